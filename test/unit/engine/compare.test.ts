import { compareProjections, project } from '../../../src/engine';
import { scenario } from './support';

const make = (name: string, rate: number) =>
  project(
    scenario({
      format: 'aci-cpts-scenario/1',
      name,
      ruleVersion: 'avenant-2',
      cpts: [
        {
          id: 'a',
          name: 'A',
          population: 100_000,
          signatureDate: '2023-01-01',
          missions: [{ mission: 'parcours', startDate: '2023-01-01', rates: [rate, rate, rate, rate, rate] }],
        },
      ],
    }),
  );

describe('comparaison de scénarios', () => {
  test('un scénario comparé à lui-même : aucune différence', () => {
    const p = make('Référence', 0.7);
    const c = compareProjections([
      { name: 'A', projection: p },
      { name: 'A bis', projection: p },
    ]);
    for (const r of [...c.byContractYear, ...c.byCalendarYear, c.total]) {
      expect(r.cells[1]!.difference.isZero()).toBe(true);
      expect(r.cells[1]!.ratio!.isZero()).toBe(true);
    }
  });

  test('hypothèse basse (70 %) contre haute (100 %) : différences calculées à la main', () => {
    // T3 avenant 2, parcours from signature. Year total = fonctionnement 131 250 + fixe 45 000 + variable 45 000 × rate.
    // Low (70 %): 131 250 + 45 000 + 31 500 = 207 750; high (100 %): 221 250. Difference +13 500 = 13 500 / 207 750 = 6,498… %.
    // Contract: low 5 × 207 750 = 1 038 750; high 5 × 221 250 = 1 106 250; difference 67 500.
    // Calendar 2023 (year 1: fonctionnement in full + 75 % of the fixed part, 33 750): 165 000 in both → 0.
    // Calendar 2024: balance of year 1 (11 250 + variable) + advance of year 2 (98 437,50 + 33 750):
    // low 11 250 + 31 500 + 132 187,50 = 174 937,50; high 11 250 + 45 000 + 132 187,50 = 188 437,50; difference 13 500.
    const c = compareProjections([
      { name: 'Hypothèse basse (70 %)', projection: make('b', 0.7) },
      { name: 'Hypothèse haute (100 %)', projection: make('h', 1) },
    ]);
    expect(c.names).toEqual(['Hypothèse basse (70 %)', 'Hypothèse haute (100 %)']);
    const y1 = c.byContractYear[0]!;
    expect(y1.cells.map((x) => x.amount.toFixed(2))).toEqual(['207750.00', '221250.00']);
    expect(y1.cells[1]!.difference.toFixed(2)).toBe('13500.00');
    expect(y1.cells[1]!.ratio!.times(100).toFixed(4)).toBe('6.4982');
    expect(c.total.cells.map((x) => x.amount.toFixed(2))).toEqual(['1038750.00', '1106250.00']);
    expect(c.total.cells[1]!.difference.toFixed(2)).toBe('67500.00');
    const cal = Object.fromEntries(c.byCalendarYear.map((r) => [r.period, r.cells.map((x) => x.amount.toFixed(2))]));
    expect(cal['2023']).toEqual(['165000.00', '165000.00']);
    expect(cal['2024']).toEqual(['174937.50', '188437.50']);
  });
});
