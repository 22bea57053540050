import { findRuleVersion } from '../../../src/engine';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';

const EXAMPLES = join(__dirname, '../../../assets/examples');

describe('CLI', () => {
  test.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')))('exemple %s : projection complète', (file) => {
    const out = runCli([join(EXAMPLES, file)]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as {
      cpts: { years: { contract: number; lines: { amount: string }[] }[]; payments: { date: string; amount: string }[] }[];
    };
    for (const c of json.cpts) {
      // Five contract years, and five more for an assumed renewal (contract 2).
      expect(c.years.filter((y) => y.contract === 1)).toHaveLength(5);
      expect([5, 10]).toContain(c.years.length);
      for (const p of c.payments) {
        expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(p.amount).toMatch(/^\d+\.\d{2}$/);
      }
    }
  });

  test('forme de la sortie pour une CPTS de taille 2 (exemple de la conception)', () => {
    // cpts-taille-2.json, year 1: fonctionnement T2 avenant 2 = 105 000 (paid in full at signature 2024-03-15);
    // parcours from 2024-09-15: 181 days of 365 → 35 000 × 181/365 = 17 356,1643… → 17 356,16.
    const json = JSON.parse(runCli([join(EXAMPLES, 'cpts-taille-2.json')]).stdout);
    expect(json.ruleVersion).toBe('auto');
    const c = json.cpts[0];
    expect(c).toMatchObject({ id: 'cpts-exemple', name: 'CPTS Exemple', population: 52000, size: 2 });
    expect(c.years[0]).toMatchObject({ contractYear: 1, start: '2024-03-15', end: '2025-03-14' });
    expect(c.years[0].lines[0]).toEqual({
      mission: 'fonctionnement',
      component: 'fonctionnement',
      max: '105000.00',
      prorata: null,
      rate: '1',
      amount: '105000.00',
      source: { ruleVersion: 'avenant-2', reference: findRuleVersion('avenant-2')!.fonctionnement[2].ref, status: 'derived' },
    });
    expect(c.years[0].lines.find((l: { mission: string; component: string }) => l.mission === 'parcours' && l.component === 'fixe')).toMatchObject({
      max: '35000.00',
      prorata: '181/365',
      amount: '17356.16',
    });
    expect(c.payments[0]).toEqual({ date: '2024-03-15', contract: 1, renewalAssumed: false, contractYear: 1, kind: 'fonctionnement', amount: '105000.00' });
  });

  test('par npm : entrée invalide → messages sur stderr, code 2, rien sur stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aci-'));
    const file = join(dir, 'mauvais.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'aci-cpts-scenario/1',
        name: 'x',
        ruleVersion: 'auto',
        cpts: [{ id: 'a', name: 'A', population: -3, signatureDate: '2024-02-30', missions: [] }],
      }),
    );
    const run = spawnSync('npm', ['run', '--silent', 'simulate', '--', file], { cwd: join(__dirname, '../../..'), encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file} : cpts[0].population : la population doit être un entier positif (reçu : -3)`);
    expect(run.stderr).toContain(`${file} : cpts[0].signatureDate : date impossible « 2024-02-30 »`);
  });

  test('fichier introuvable ou arguments manquants : code 2', () => {
    expect(runCli(['/nonexistent/x.json'])).toEqual({ code: 2, stdout: '', stderr: '/nonexistent/x.json : fichier introuvable\n' });
    expect(runCli([]).code).toBe(2);
  });
});
