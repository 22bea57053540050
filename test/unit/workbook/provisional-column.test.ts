import { project, type Scenario } from '../../../src/engine';
import { SHEETS, SUMMARY_COLUMNS, TABLES } from '../../../src/workbook/layout';
import { outputPlans } from '../../../src/workbook/outputs';

/**
 * Taille 2, avenant 2 (forced), parcours from signature at 100 %: each year 105 000 (fonctionnement, dérivé) +
 * 35 000 + 35 000 (parcours, à vérifier) = 175 000, of which 70 000 / 175 000 = 40 % rests on provisional amounts.
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

describe('Synthèse : part provisoire', () => {
  test('chaque année de contrat donne la part de son montant qui repose sur des montants provisoires (40 %)', () => {
    const plans = outputPlans(SCENARIO, project(SCENARIO));
    const table = plans.find((p) => p.name === SHEETS.summary)!.tables.find((t) => t.name === TABLES.summary)!;
    const column = SUMMARY_COLUMNS.findIndex((c) => c.header === 'Part provisoire');
    expect(column).toBe(SUMMARY_COLUMNS.length - 1);
    expect(table.rows.map((r) => r[column])).toEqual([0.4, 0.4, 0.4, 0.4, 0.4]);
  });
});
