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

describe('who moved: differences per CPTS and per mission, on calendar years', () => {
  // Two taille-3 CPTS with parcours from signature (2023-01-01), avenant 2 forced; A at 80 % in both scenarios,
  // B at 70 % then 100 %. As above, B's parcours variable moves by 45 000 × 30 % = 13 500 per contract year,
  // paid with each year's balance: calendar 2024 to 2028, 67 500 in total. A does not move.
  const two = (name: string, rateB: number) =>
    project(
      scenario({
        format: 'aci-cpts-scenario/2',
        name,
        ruleVersion: 'avenant-2',
        cpts: ['a', 'b'].map((id) => {
          const r = id === 'a' ? 0.8 : rateB;
          return {
            id,
            name: id.toUpperCase(),
            population: 100_000,
            signatureDate: '2023-01-01',
            missions: [{ mission: 'parcours', startDate: '2023-01-01', rates: [r, r, r, r, r] }],
          };
        }),
      }),
    );
  const c = compareProjections([
    { name: 'basse', projection: two('basse', 0.7) },
    { name: 'haute', projection: two('haute', 1) },
  ]);

  test('the CPTS that moved comes first, with its difference per calendar year', () => {
    expect(c.detail.byCpts.map((r) => [r.key, r.label, r.total.cells[1]!.difference.toFixed(2)])).toEqual([
      ['b', 'B', '67500.00'],
      ['a', 'A', '0.00'],
    ]);
    const b = c.detail.byCpts[0]!;
    expect(b.byCalendarYear.map((y) => [y.period, y.cells[1]!.difference.toFixed(2)])).toEqual([
      ['2023', '0.00'],
      ['2024', '13500.00'],
      ['2025', '13500.00'],
      ['2026', '13500.00'],
      ['2027', '13500.00'],
      ['2028', '13500.00'],
    ]);
  });

  test('per mission: parcours moved, fonctionnement did not', () => {
    expect(c.detail.byMission.map((r) => [r.key, r.total.cells[1]!.difference.toFixed(2)])).toEqual([
      ['parcours', '67500.00'],
      ['fonctionnement', '0.00'],
    ]);
    // The contributors add up to the set's difference.
    expect(c.total.cells[1]!.difference.toFixed(2)).toBe('67500.00');
  });
});
