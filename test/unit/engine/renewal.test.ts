import { project, projectionToJson, ruleVersionInForce, type CptsInput, type Scenario } from '../../../src/engine';
import { scenario } from './support';

/**
 * Renewals (shared/aci-rules.md « Contract end and renewal »; issue 11 §2). Amounts are avenant 2's for a
 * taille 1 (population 30 000), from aci-rules.md: fonctionnement 87 500; access 57 600 fixed + 22 400
 * variable; parcours 25 000 + 25 000; crisis plan 25 000, update 12 500.
 */
const cpts = (extra: Partial<CptsInput> = {}): unknown => ({
  id: 'a',
  name: 'CPTS A',
  population: 30_000,
  signatureDate: '2022-09-01',
  renewal: true,
  missions: [
    { mission: 'acces-soins', startDate: '2022-09-01', rates: [1, 1, 1, 1, 0.5] },
    { mission: 'parcours', startDate: '2023-03-01', rates: [1, 1, 1, 1, 0.8] },
    { mission: 'crises-sanitaires', startDate: '2022-09-01', crisisYears: [2] },
  ],
  ...extra,
});

const one = (ruleVersion: string, extra: Partial<CptsInput> = {}): Scenario =>
  scenario({ format: 'aci-cpts-scenario/2', name: 'test', ruleVersion, cpts: [cpts(extra)] });

const amounts = (lines: readonly { mission: string; component: string; amount: { toFixed(n: number): string } }[]): Record<string, string> =>
  Object.fromEntries(lines.map((l) => [`${l.mission}/${l.component}`, l.amount.toFixed(2)]));

describe('an assumed renewal', () => {
  const p = project(one('avenant-2'));
  const c = p.cpts[0]!;

  it('adds a second five-year contract signed the day after the first ends: 10 contract years, the second contract from 2027-09-01', () => {
    expect(c.years).toHaveLength(10);
    expect(c.years.map((y) => `${y.contract}.${y.contractYear}`)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(c.years[5]).toMatchObject({ contract: 2, contractYear: 1, start: '2027-09-01', end: '2028-08-31', renewalAssumed: true });
    expect(c.years[9]).toMatchObject({ start: '2031-09-01', end: '2032-08-31' });
    expect(c.years.slice(0, 5).every((y) => !y.renewalAssumed)).toBe(true);
    expect(c.contractEnd).toBe('2027-08-31');
  });

  it('runs the same missions from its first day at the last year’s rates, the crisis mission in update years, no activation', () => {
    // Every year of contract 2: fonctionnement 87 500; access 57 600 + 22 400 × 0.5 = 11 200; parcours (no prorata)
    // 25 000 + 25 000 × 0.8 = 20 000; crisis update 12 500 (the plan was written in contract 1).
    // 87 500 + 57 600 + 11 200 + 25 000 + 20 000 + 12 500 = 213 800.
    for (const y of c.years.slice(5)) {
      expect(amounts(y.lines)).toEqual({
        'fonctionnement/fonctionnement': '87500.00',
        'acces-soins/fixe': '57600.00',
        'acces-soins/variable': '11200.00',
        'parcours/fixe': '25000.00',
        'parcours/variable': '20000.00',
        'crises-sanitaires/mise-a-jour': '12500.00',
      });
      expect(y.lines.every((l) => l.prorata === null)).toBe(true);
      expect(y.total.toFixed(2)).toBe('213800.00');
    }
    // Contract 1 keeps its plan year and its crisis year.
    expect(amounts(c.years[0]!.lines)['crises-sanitaires/plan']).toBe('25000.00');
    expect(amounts(c.years[1]!.lines)['crises-sanitaires/activation']).toBe('37500.00');
  });

  it('pays year 1’s fonctionnement in full at the renewal’s signature, every payment marked', () => {
    const at = c.payments.filter((pay) => pay.date === '2027-09-01');
    // Contract 1's year-5 balance: 87 500 × 25 % = 21 875; 57 600 × 25 % = 14 400; 22 400 × 0.5 = 11 200;
    // 25 000 × 25 % = 6 250; 25 000 × 0.8 = 20 000; 12 500 × 25 % = 3 125 → 76 850.
    // Contract 2: fonctionnement 87 500 in full; advances 75 % × (57 600 + 25 000 + 12 500) = 71 325.
    expect(at.map((pay) => [pay.contract, pay.contractYear, pay.kind, pay.amount.toFixed(2), pay.renewalAssumed])).toEqual([
      [1, 5, 'balance', '76850.00', false],
      [2, 1, 'fonctionnement', '87500.00', true],
      [2, 1, 'advance', '71325.00', true],
    ]);
    expect(c.payments.filter((pay) => pay.contract === 2).every((pay) => pay.renewalAssumed)).toBe(true);
    expect(c.payments.at(-1)).toMatchObject({ date: '2032-09-01', contract: 2, contractYear: 5, kind: 'balance' });
  });

  it('says in the CLI output which contract each year belongs to and how much of each calendar year rests on the renewal', () => {
    const json = projectionToJson(p);
    const years = json.cpts[0]!.years;
    expect(years.map((y) => [y.contract, y.renewalAssumed])).toEqual([
      ...Array.from({ length: 5 }, () => [1, false]),
      ...Array.from({ length: 5 }, () => [2, true]),
    ]);
    // 2027: 76 850 (contract 1) + 87 500 + 71 325 (contract 2) = 235 675, of which 158 825 assumed.
    expect(json.totalsByCalendarYear['2027']).toBe('235675.00');
    expect(json.renewalAssumedByCalendarYear['2027']).toBe('158825.00');
    expect(json.renewalAssumedByCalendarYear['2026']).toBe('0.00');
    expect(json.cpts[0]!.renewalAssumedByCalendarYear['2027']).toBe('158825.00');
    // 2028: contract 2 only. Year-1 balance 25 % × 95 100 + 11 200 + 20 000 = 54 975; year-2 advances
    // 75 % × (87 500 + 95 100) = 136 950 → 191 925, all of it assumed.
    expect(json.totalsByCalendarYear['2028']).toBe('191925.00');
    expect(json.renewalAssumedByCalendarYear['2028']).toBe('191925.00');
    expect(json.warnings.some((w) => w.includes('sans renouvellement supposé'))).toBe(false);
  });

  it('follows the rule version in force on the renewal’s first day when the setting is "auto"', () => {
    const auto = project(one('auto')).cpts[0]!;
    expect(auto.years[5]!.ruleVersion).toBe(ruleVersionInForce('2027-09-01')!.id);
  });

  it('keeps a forced version forced', () => {
    expect(c.years.every((y) => y.ruleVersion === 'avenant-2')).toBe(true);
  });

  it('is off by default: one contract of five years', () => {
    const p1 = project(one('avenant-2', { renewal: false }));
    expect(p1.cpts[0]!.years).toHaveLength(5);
    expect(p1.cpts[0]!.payments.every((pay) => pay.contract === 1 && !pay.renewalAssumed)).toBe(true);
  });
});

describe('contracts ending without an assumed renewal', () => {
  it('give one warning for the set, with the horizon: 31 December of the last year with an ACI payment', () => {
    const s = scenario({
      format: 'aci-cpts-scenario/2',
      name: 'test',
      ruleVersion: 'avenant-2',
      cpts: [
        { id: 'x', name: 'X', population: 30_000, signatureDate: '2020-01-15', missions: [] },
        { id: 'y', name: 'Y', population: 30_000, signatureDate: '2021-03-01', missions: [] },
        // Renewed: contract 2 runs 2029-06-01 → 2034-05-31, its last balance on 2034-06-01.
        { id: 'z', name: 'Z', population: 30_000, signatureDate: '2024-06-01', renewal: true, missions: [] },
      ],
    });
    const warnings = project(s).warnings.filter((w) => w.kind === 'contracts-end');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ path: '', params: { count: 2, horizon: '2034-12-31', cpts: 'x, y' } });
    expect(warnings[0]!.message).toMatch(/^2 contrats se terminent avant le 31\/12\/2034 sans renouvellement supposé/);
  });
});
