import { explainLine, project, provisionalShareOf, type Scenario } from '../../../src/engine';

/**
 * Taille 2 (52 000), signed 2024-03-15 under avenant 2, parcours from signature at 100 %: each year fonctionnement
 * 105 000 (dérivé: 60 000 × 1.75, not provisional) + parcours 35 000 + 35 000 (à vérifier) = 175 000, of which
 * 70 000 provisional: 70 000 / 175 000 = 40 %.
 */
const SCENARIO: Scenario = {
  format: 'aci-cpts-scenario/1',
  name: 'T',
  ruleVersion: 'avenant-2',
  cpts: [
    {
      id: 'a',
      name: 'A',
      population: 52_000,
      signatureDate: '2024-03-15',
      missions: [{ mission: 'parcours', startDate: '2024-03-15', rates: [1, 1, 1, 1, 1] }],
    },
  ],
};

describe('montants provisoires', () => {
  test('une ligne est provisoire seulement si son propre montant l’est ; part provisoire 40 %', () => {
    const c = project(SCENARIO).cpts[0]!;
    const [fonct, fixe] = c.years[0]!.lines;
    expect(explainLine(fonct!).provisional).toBe(false);
    expect(explainLine(fixe!).provisional).toBe(true);
    // 5 × 70 000 = 350 000 of 5 × 175 000 = 875 000
    expect(c.provisionalAmount.toFixed(2)).toBe('350000.00');
    expect(c.total.toFixed(2)).toBe('875000.00');
    expect(c.provisionalShare.toString()).toBe('0.4');
    expect(c.provisional).toBe(true);
    expect(provisionalShareOf(c.years[0]!.lines, c.years[0]!.total).toString()).toBe('0.4');
  });

  test('statuts des lignes ; sans montant provisoire, part de 0 %', () => {
    const v = project(SCENARIO).cpts[0]!.years[0]!.lines.map((l) => l.source.status);
    expect(v).toEqual(['derived', 'to-verify', 'to-verify']);
    const own = { ...SCENARIO, cpts: [{ ...SCENARIO.cpts[0]!, missions: [] }] };
    const c = project(own).cpts[0]!;
    // fonctionnement only (dérivé): nothing provisional
    expect([c.provisional, c.provisionalShare.toString()]).toEqual([false, '0']);
  });
});
