import { project } from '../../../src/engine';
import { readScenario } from '../../../src/workbook/inputs/read-inputs';
import { SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { outputPlans, writtenSummary } from '../../../src/workbook/sheets/outputs';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows } from './fixtures';

function plansFor(names: string[]) {
  const f = inputRows(names.length, (i) => names[i]!);
  const read = readScenario({
    cpts: { sheet: SHEETS.cpts, address: 'A3', values: [CPTS_HEADER, ...f.cpts] },
    achievements: { sheet: SHEETS.achievements, address: 'A3', values: [ACHIEVEMENT_HEADER, ...f.achievements] },
    bareme: null,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const projection = project(read.scenario);
  return { plans: outputPlans(read.scenario, projection), projection };
}

describe('outputPlans', () => {
  it('guards every user text so Excel keeps it as text (=, +, -, @, and text that looks like a number)', () => {
    const names = ['=1+1', '+33 CPTS', '-CPTS', '@CPTS', '0123'];
    const { plans } = plansFor(names);
    const projection = plans.find((p) => p.name === SHEETS.projection)!.tables[0]!;
    const written = new Set(projection.rows.map((r) => r[1]));
    expect([...written]).toEqual(names.map((n) => `'${n}`));
  });

  it('writes the schedule’s calendar-year totals and the set’s totals from the engine, as numbers', () => {
    const { plans, projection } = plansFor(['A', 'B']);
    const schedule = plans.find((p) => p.name === SHEETS.schedule)!;
    const totals = schedule.tables.find((t) => t.name === TABLES.calendarTotals)!;
    expect(totals.rows).toEqual(projection.totalsByCalendarYear.map((t) => [Number(t.year), t.total.toNumber()]));
    const summary = plans.find((p) => p.name === SHEETS.summary)!.tables.find((t) => t.name === TABLES.setTotals)!;
    // Two identical CPTS: each contract year of the set is twice one CPTS's year.
    const one = projection.cpts[0]!.years.map((y) => y.total.toNumber());
    expect(summary.rows.slice(0, 5)).toEqual(one.map((t, k) => [`Année ${k + 1}`, t * 2]));
    expect(summary.rows[5]).toEqual(['Total', projection.total.toNumber()]);
    expect(writtenSummary(plans)).toEqual({
      sheets: [SHEETS.projection, SHEETS.schedule, SHEETS.summary, SHEETS.charts, SHEETS.budget, SHEETS.cash],
      projectionRows: projection.cpts.reduce((n, c) => n + c.years.reduce((m, y) => m + y.lines.length, 0), 0),
      paymentRows: projection.cpts.reduce((n, c) => n + c.payments.length, 0),
      charts: 4,
    });
  });

  it('says on row 1 of every output that it is generated, and on row 2 which rules it used', () => {
    const { plans, projection } = plansFor(['A']);
    // The versions the dates called for (avenant 2 today), read from the run rather than written here.
    const versions = projection.ruleVersions.join(', ');
    expect(projection.ruleVersions).toContain('avenant-2');
    for (const p of plans) {
      expect(p.generated).toBe(true);
      expect(String(p.cells[0]!.values[0]![0])).toMatch(/^Feuille générée par le Simulateur ACI CPTS : elle est mise à jour à chaque calcul/);
      expect(String(p.cells[1]!.values[0]![0])).toContain(`version(s) des règles : ${versions} (selon les dates) — règles à jour au `);
    }
  });
});
