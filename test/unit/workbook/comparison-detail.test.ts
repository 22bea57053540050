import { compareProjections, project } from '../../../src/engine';
import { comparisonPlan } from '../../../src/workbook/sheets/comparison';
import { COMPARISON_TABLES } from '../../../src/workbook/contract/layout';
import { scenario } from '../engine/support';

/**
 * Who moved, on the « Comparaison » sheet. Two taille-3 CPTS signed 2023-01-01 with parcours, avenant 2 forced:
 * A at 80 % in both scenarios, B at 70 % then 100 %: B's variable part moves by 45 000 × 30 % = 13 500 per
 * contract year, paid with each balance (calendar 2024 to 2028), 67 500 in all; A does not move.
 */
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
          name: `CPTS ${id}`,
          population: 100_000,
          signatureDate: '2023-01-01',
          missions: [{ mission: 'parcours', startDate: '2023-01-01', rates: [r, r, r, r, r] }],
        };
      }),
    }),
  );

describe('« Comparaison » sheet: who moved', () => {
  const plan = comparisonPlan(
    compareProjections([
      { name: 'basse', projection: two('basse', 0.7) },
      { name: 'haute', projection: two('haute', 1) },
    ]),
    { revisions: [1, 1], ruleVersions: ['avenant-2'], at: new Date('2026-11-23T12:00:00Z') },
  );
  const cpts = plan.tables.find((t) => t.name === COMPARISON_TABLES.byCpts)!;
  const missions = plan.tables.find((t) => t.name === COMPARISON_TABLES.byMission)!;

  it('lists the CPTS largest difference first, with totals, the total difference and the difference per calendar year', () => {
    expect(cpts.columns.map((c) => c.header)).toEqual([
      'Identifiant CPTS',
      'CPTS',
      'basse : total',
      'haute : total',
      'haute : écart total (€)',
      'haute : écart 2023',
      'haute : écart 2024',
      'haute : écart 2025',
      'haute : écart 2026',
      'haute : écart 2027',
      'haute : écart 2028',
    ]);
    const [b, a] = cpts.rows;
    expect(b!.slice(0, 2)).toEqual(["'b", "'CPTS b"]);
    expect(b!.slice(4)).toEqual([67500, 0, 13500, 13500, 13500, 13500, 13500]);
    expect(a!.slice(0, 1)).toEqual(["'a"]);
    expect(a!.slice(4)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // Totals: B's five years at 70 %, 207 750 each (131 250 + 45 000 + 31 500) = 1 038 750; at 100 % 1 106 250.
    expect(b!.slice(2, 4)).toEqual([1038750, 1106250]);
  });

  it('lists the missions the same way, under the CPTS', () => {
    expect(missions.rows.map((r) => [r[0], r[3]])).toEqual([
      ['Parcours pluriprofessionnels', 67500],
      ['Fonctionnement', 0],
    ]);
    expect(missions.row).toBeGreaterThan(cpts.row + cpts.rows.length);
  });
});
