import { project } from '../../../src/engine';
import { PROVISIONAL_SCENARIO as SCENARIO } from '../fixtures/provisional';
import { SHEETS, SUMMARY_COLUMNS, TABLES } from '../../../src/workbook/contract/layout';
import { outputPlans } from '../../../src/workbook/sheets/outputs';

describe('Synthèse : part provisoire', () => {
  test('chaque année de contrat donne la part de son montant qui repose sur des montants provisoires (40 %)', () => {
    const plans = outputPlans(SCENARIO, project(SCENARIO));
    const table = plans.find((p) => p.name === SHEETS.summary)!.tables.find((t) => t.name === TABLES.summary)!;
    const column = SUMMARY_COLUMNS.findIndex((c) => c.header === 'Part provisoire');
    expect(column).toBeGreaterThanOrEqual(0);
    expect(table.rows.map((r) => r[column])).toEqual([0.4, 0.4, 0.4, 0.4, 0.4]);
  });
});
