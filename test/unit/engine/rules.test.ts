import { Dec, findRuleVersion, RULE_VERSIONS, ruleVersionInForce, SIZES, STANDARD_MISSION_IDS } from '../../../src/engine';
import { AMOUNT_PATTERN } from '../../../src/engine/money/money';
import { parameterSources } from '../../../src/engine/rules/parameters';
import { CONTRACT_DURATION } from '../../../src/engine/rules/shared-2019';
import type { RuleAmount, RuleVersion } from '../../../src/engine/rules/types';

function everyAmount(v: RuleVersion): RuleAmount[] {
  const list: RuleAmount[] = [];
  for (const s of SIZES) {
    list.push(v.fonctionnement[s]);
    for (const m of STANDARD_MISSION_IDS) list.push(v.missions[m].fixed[s], v.missions[m].variable[s]);
    if (v.crisis) list.push(v.crisis.plan[s], v.crisis.update[s], v.crisis.activation[s]);
  }
  return list;
}

/** Fonctionnement + every mission at 100 % (+ the crisis plan year where the version has one). */
function maxPerYear(v: RuleVersion, size: 1 | 2 | 3 | 4): string {
  let total = new Dec(v.fonctionnement[size].value);
  for (const m of STANDARD_MISSION_IDS) total = total.plus(v.missions[m].fixed[size].value).plus(v.missions[m].variable[size].value);
  if (v.crisis) total = total.plus(v.crisis.plan[size].value);
  return total.toFixed(2);
}

describe('tables de règles', () => {
  test.each(RULE_VERSIONS.map((v) => [v.id, v] as const))('%s : chaque montant a un statut, une référence et une preuve', (_id, v) => {
    for (const a of everyAmount(v)) {
      expect(a.value).toMatch(AMOUNT_PATTERN);
      expect(['confirmed', 'derived', 'to-verify', 'provisional']).toContain(a.status);
      expect(a.ref.length).toBeGreaterThan(5);
      expect(a.evidence.length).toBeGreaterThan(10);
    }
  });

  // shared/aci-rules.md: 50 000 + 75 000 + 50 000 + 20 000 + 15 000 + 10 000 = 220 000;
  // 60 000 + 92 000 + 70 000 + 30 000 + 20 000 + 15 000 = 287 000; 75 000 + 120 000 + 90 000 + 35 000 + 30 000 + 20 000 = 370 000;
  // 90 000 + 150 000 + 100 000 + 40 000 + 40 000 + 30 000 = 450 000 (the published « jusqu'à » maxima).
  test.each([
    [1, '220000.00'],
    [2, '287000.00'],
    [3, '370000.00'],
    [4, '450000.00'],
  ] as const)('ACI 2019 taille %i : maximum annuel %s €, égal au maximum publié', (size, expected) => {
    const v = findRuleVersion('aci-2019')!;
    expect(maxPerYear(v, size)).toBe(expected);
    expect(v.publishedMaxima[size]!.value).toBe(expected);
  });

  // Avenant 2, plan year of the crisis mission, every mission at 100 %, no activation (shared/aci-rules.md
  // « The published maxima are confirmed; the per-mission tables must add up to them »):
  // T1 87 500 + 80 000 + 50 000 + 20 000 + 15 000 + 10 000 + 25 000 = 287 500 (published);
  // T2 105 000 + 107 500 + 70 000 + 30 000 + 20 000 + 15 000 + 35 000 = 382 500 (published);
  // T3 131 250 + 125 000 + 90 000 + 35 000 + 30 000 + 20 000 + 45 000 = 476 250 (derived, none published);
  // T4 157 500 + 162 500 + 100 000 + 40 000 + 40 000 + 30 000 + 50 000 = 580 000 (published).
  test.each([
    [1, '287500.00', '287500.00'],
    [2, '382500.00', '382500.00'],
    [3, '476250.00', null],
    [4, '580000.00', '580000.00'],
  ] as const)('avenant 2 taille %i : maximum annuel de l’année du plan %s €, publié : %s', (size, expected, published) => {
    const v = findRuleVersion('avenant-2')!;
    expect(maxPerYear(v, size)).toBe(expected);
    expect(v.publishedMaxima[size]?.value ?? null).toBe(published);
  });

  test.each(RULE_VERSIONS.map((v) => [v.id, v] as const))('%s : chaque maximum publié est la somme exacte de la table', (_id, v) => {
    for (const size of SIZES) {
      const published = v.publishedMaxima[size];
      if (published) expect(`${size}: ${maxPerYear(v, size)}`).toBe(`${size}: ${published.value}`);
    }
  });

  // Access mission split at 72 % / 28 % (taille 3's 90 000 / 125 000): 80 000 → 57 600 + 22 400; 107 500 → 77 400 + 30 100;
  // 162 500 → 117 000 + 45 500.
  test.each([
    [1, '57600.00', '22400.00'],
    [2, '77400.00', '30100.00'],
    [3, '90000.00', '35000.00'],
    [4, '117000.00', '45500.00'],
  ] as const)('avenant 2, accès aux soins, taille %i : %s fixe + %s variable', (size, fixed, variable) => {
    const m = findRuleVersion('avenant-2')!.missions['acces-soins'];
    expect([m.fixed[size].value, m.variable[size].value]).toEqual([fixed, variable]);
  });

  test('les références nomment les textes (NOR, JORF) et aucune preuve ne cite un fichier hors du dépôt', () => {
    for (const v of RULE_VERSIONS) {
      for (const a of everyAmount(v)) {
        expect(a.ref).toMatch(/NOR SSAS1924409A|JORFTEXT000045443303/);
        expect(a.evidence).not.toMatch(/shared\/|aci-rules\.md/);
      }
    }
    expect(CONTRACT_DURATION.evidence).not.toMatch(/shared\/|aci-rules\.md/);
    for (const p of Object.values(parameterSources())) expect(p.evidence).not.toMatch(/shared\/|aci-rules\.md/);
  });

  test('un montant non confirmé n’est jamais marqué confirmé sans preuve tirée d’une source', () => {
    const v = findRuleVersion('avenant-2')!;
    expect(v.missions['acces-soins'].fixed[1].status).toBe('provisional');
    expect(v.crisis!.activation[3].status).toBe('to-verify');
    expect(v.fonctionnement[1].status).toBe('confirmed');
  });

  test.each([
    ['2019-08-24', undefined],
    ['2019-08-25', 'aci-2019'],
    ['2022-03-31', 'aci-2019'],
    ['2022-04-01', 'avenant-2'],
    ['2030-01-01', 'avenant-2'],
  ])('version en vigueur le %s : %s', (date, expected) => {
    expect(ruleVersionInForce(date)?.id).toBe(expected);
  });
});
