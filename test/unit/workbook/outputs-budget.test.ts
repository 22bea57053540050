import { project, type Scenario } from '../../../src/engine';
import { SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { outputPlans } from '../../../src/workbook/sheets/outputs';
import { scenario } from '../engine/support';

/**
 * « Budget annuel » (issue 11 §4), avenant 2 forced, two taille-1 CPTS signed 2022-09-01 (amounts from
 * shared/aci-rules.md: fonctionnement 87 500 confirmed; access 57 600 fixed + 22 400 variable, provisional;
 * parcours 25 000 + 25 000, à vérifier; crisis plan 25 000, update 12 500, provisional).
 * Texts are written guarded (a leading apostrophe), as every output writes user text.
 * A: access, parcours from 2023-03-01, crisis; renewal assumed. B: access only, no renewal, an ARS aid.
 */
const s: Scenario = scenario({
  format: 'aci-cpts-scenario/2',
  name: 'Département',
  ruleVersion: 'avenant-2',
  cpts: [
    {
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
    },
    {
      id: 'b',
      name: 'CPTS B',
      population: 30_000,
      signatureDate: '2022-09-01',
      horsAci: [{ kind: 'aide-demarrage-ars', date: '2022-03-01' }],
      missions: [{ mission: 'acces-soins', startDate: '2022-09-01', rates: [1, 1, 1, 1, 1] }],
    },
  ],
});
const projection = project(s);
const sheet = outputPlans(s, projection).find((p) => p.name === SHEETS.budget)!;
const tableNamed = (name: string) => sheet.tables.find((t) => t.name === name)!;

describe('Budget annuel', () => {
  it('gives per calendar year the ACI of signed contracts and of assumed renewals, the shares, and hors ACI apart', () => {
    const years = tableNamed(TABLES.budgetYears);
    expect(years.rows.map((r) => r[0])).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
    // 2022: A pays 87 500 (fonctionnement in full) + 75 % × 57 600 = 43 200 + 75 % × 25 000 (crisis plan) = 18 750
    // → 149 450; B pays 87 500 + 43 200 = 130 700. ACI 280 150, hors ACI 15 000 (the ARS aid, from the table).
    // Provisional: the access advances 43 200 × 2 and the crisis plan's 18 750 → 105 150.
    expect(years.rows[0]).toEqual([2022, 280150, 0, 15000, 280150, 0, 105150, 105150 / 280150, 295150]);
    // 2027-09-01: A's contract-1 balance 76 850 and its renewal's 87 500 + 71 325 = 158 825 (see the engine's
    // renewal test); B's year-5 balance 25 % × 87 500 + 25 % × 57 600 + 22 400 = 58 675.
    // ACI 294 350 of which 158 825 assumed; signed 135 525.
    const y2027 = years.rows[5]!;
    expect(y2027.slice(0, 5)).toEqual([2027, 135525, 158825, 0, 294350]);
    expect(y2027[5]).toBeCloseTo(158825 / 294350, 12);
    expect(y2027[8]).toBe(294350);
  });

  it('has one row per CPTS and one column per calendar year, a totals row and column, ACI and hors ACI apart', () => {
    const cpts = tableNamed(TABLES.budgetCpts);
    const years = ['2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032'];
    // Hors ACI columns only for the years that have any (2022, the ARS aid), and their total.
    expect(cpts.columns.map((c) => c.header)).toEqual(['Identifiant CPTS', 'CPTS', ...years, 'Total', 'Hors ACI 2022', 'Hors ACI total']);
    expect(cpts.rows.map((r) => r[0])).toEqual(["'a", "'b", 'Ensemble']);
    expect(cpts.rows.map((r) => r[2])).toEqual([149450, 130700, 280150]);
    // Every payment lands in a year: the ACI total column is each CPTS's ACI total, the set's row the set's.
    const total = 2 + years.length;
    expect(cpts.rows.map((r) => r[total])).toEqual([projection.cpts[0]!.total.toNumber(), projection.cpts[1]!.total.toNumber(), projection.total.toNumber()]);
    expect(cpts.rows.map((r) => r.slice(total + 1))).toEqual([
      [0, 0],
      [15000, 15000],
      [15000, 15000],
    ]);
    // Beside the years' table, never under it: the writer updates both in place whatever their row counts.
    expect(cpts.row).toBe(tableNamed(TABLES.budgetYears).row);
    expect(cpts.col).toBeGreaterThan(tableNamed(TABLES.budgetYears).columns.length);
  });

  it('charts the calendar years, stacked: signed contracts, assumed renewals, hors ACI', () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0]!;
    // Table header on row 4, 11 years on rows 5 to 15.
    expect(chart.categories).toBe('A5:A15');
    expect(chart.series.map((x) => [x.name, x.values])).toEqual([
      ['ACI, contrats signés', 'B5:B15'],
      ['ACI, renouvellement supposé', 'C5:C15'],
      ['Hors ACI', 'D5:D15'],
    ]);
  });

  it('marks the schedule’s renewal payments and lists hors ACI payments with their own nature', () => {
    const schedule = outputPlans(s, projection)
      .find((p) => p.name === SHEETS.schedule)!
      .tables.find((t) => t.name === TABLES.schedule)!;
    const ars = schedule.rows.filter((r) => r[4] === 'Hors ACI — aide au démarrage ARS');
    expect(ars).toHaveLength(1);
    expect(ars[0]!.slice(1, 6)).toEqual(["'b", "'CPTS B", null, 'Hors ACI — aide au démarrage ARS', 15000]);
    expect(schedule.rows.filter((r) => r[7] === 'oui').every((r) => r[6] === 2)).toBe(true);
    expect(schedule.rows.some((r) => r[7] === 'oui')).toBe(true);
  });
});
