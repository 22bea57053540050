import { project, validateScenario } from '../../../src/engine';
import { isoToSerial } from '../../../src/workbook/grid/cells';
import { FORMATS, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { outputPlans } from '../../../src/workbook/sheets/outputs';
import { ownBareme } from '../engine/bareme-fixture';

describe('feuille « Trésorerie »', () => {
  // One taille-1 CPTS signed 2024-03-10, fonctionnement only at 100 000 a year (barème du classeur, avenant 2 forced).
  const parsed = validateScenario({
    format: 'aci-cpts-scenario/2',
    name: 'trésorerie',
    ruleVersion: 'avenant-2',
    bareme: ownBareme('1', '100000.00'),
    cpts: [{ id: 'b', name: 'B', population: 30_000, signatureDate: '2024-03-10', missions: [] }],
  });
  if (!parsed.ok) throw new Error('scénario invalide');
  const plan = outputPlans(parsed.value, project(parsed.value)).find((p) => p.name === SHEETS.cash)!;

  test('l’ensemble, mois par mois, en dates au 1er du mois', () => {
    const set = plan.tables.find((t) => t.name === TABLES.cashSet)!;
    expect(set.columns[0]!.format).toBe(FORMATS.month);
    // March 2024: 100 000 at signature; April 2024: nothing; March 2025: the advance of year 2, 75 000.
    expect(set.rows[0]).toEqual([isoToSerial('2024-03-01'), 100000, 0, 100000]);
    expect(set.rows[1]).toEqual([isoToSerial('2024-04-01'), 0, 0, 0]);
    expect(set.rows[12]).toEqual([isoToSerial('2025-03-01'), 75000, 0, 75000]);
    // 2024-03 … 2029-03: 61 months.
    expect(set.rows).toHaveLength(61);
  });

  test('par CPTS, seulement les mois avec un versement ; un graphique empilé ACI / hors ACI', () => {
    const cpts = plan.tables.find((t) => t.name === TABLES.cashCpts)!;
    // 2024-03, 2025-03 … 2028-03 (balance + advance), 2029-03 (last balance): 6 months.
    expect(cpts.rows.map((r) => r[3])).toEqual([100000, 75000, 100000, 100000, 100000, 25000]);
    expect(plan.charts[0]!.series.map((s) => s.name)).toEqual(['ACI', 'Hors ACI']);
    expect(plan.charts[0]!.categories).toBe('A5:A65');
  });
});
