import { Dec, findRuleVersion, RULE_VERSIONS, ruleVersionInForce, SIZES, STANDARD_MISSION_IDS } from '../../../src/engine';
import { AMOUNT_PATTERN } from '../../../src/engine/money';
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

  // Avenant 2, plan year, all at 100 % (shared/aci-rules.md « Checks against the published maxima »):
  // T1 87 500 + 80 000 + 50 000 + 20 000 + 15 000 + 10 000 + 25 000 = 287 500 (published: fits);
  // T2 105 000 + 100 000 + 70 000 + 30 000 + 20 000 + 15 000 + 35 000 = 375 000;
  // T3 131 250 + 125 000 + 90 000 + 35 000 + 30 000 + 20 000 + 45 000 = 476 250;
  // T4 157 500 + 150 000 + 100 000 + 40 000 + 40 000 + 30 000 + 50 000 = 567 500 (published 580 000: gap left open, not tuned away).
  test.each([
    [1, '287500.00'],
    [2, '375000.00'],
    [3, '476250.00'],
    [4, '567500.00'],
  ] as const)('avenant 2 taille %i : maximum annuel de l’année du plan %s €', (size, expected) => {
    expect(maxPerYear(findRuleVersion('avenant-2')!, size)).toBe(expected);
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
