import { reconciliationOf, roundToCent } from '../../../src/engine';
import { isoToSerial } from '../../../src/workbook/grid/cells';
import { DIALOGUE_SHEET, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';

/**
 * The whole path in the preview's workbook: the template's example, the issue's two indicators typed in
 * « Indicateurs » and one payment in « Versements réalisés », then « Calculer » and « Dialogue de gestion ».
 */
describe('indicateurs et versements saisis dans le classeur', () => {
  async function workbook(): Promise<MemoryWorkbook> {
    const wb = new MemoryWorkbook({ clock: () => '2024-06-01T10:00:00Z' });
    await wb.insertTemplate('ask');
    const empty = [null, null, null, null];
    wb.setTableRows(TABLES.indicators, [
      ['cpts-exemple', 'Accès aux soins', 'Patients avec médecin traitant', 2, 10, 20, 30, 40, 50, 60, 15, ...empty],
      ['cpts-exemple', 'Accès aux soins', 'Délai de rendez-vous', 1, 100, 50, 40, 30, 20, 10, 40, ...empty],
    ]);
    wb.setTableRows(TABLES.paid, [['cpts-exemple', isoToSerial('2024-03-20'), 1, 1, 'Fonctionnement', 105000]]);
    return wb;
  }

  test('« Calculer » : l’année 1 de l’accès aux soins vient des indicateurs, 2/3 du maximum lu dans la table', async () => {
    const wb = await workbook();
    const run = await wb.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    const c = run.projection.cpts[0]!;
    const line = c.years[0]!.lines.find((l) => l.mission === 'acces-soins' && l.component === 'variable')!;
    expect(line.rateSource).toBe('indicateurs');
    // (2 × 1/2 + 1 × 1) ÷ 3 = 2/3 of the table's maximum, rounded once.
    expect(line.amount.equals(roundToCent(line.max.times(2).div(3)))).toBe(true);
    expect(reconciliationOf(c).paid.toFixed(2)).toBe('105000.00');
    expect(wb.sheetNames()).toContain(SHEETS.cash);
  });

  test('« Dialogue de gestion » : les indicateurs et le versement figurent sur la feuille', async () => {
    const wb = await workbook();
    const out = await wb.writeDialogue('cpts-exemple');
    expect(out.ok).toBe(true);
    const rows = wb.sheet(DIALOGUE_SHEET)!.rows;
    const text = rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join('|'));
    expect(text).toContain('Accès aux soins|Délai de rendez-vous|1|100|50|40|30|20|10|40||||');
    // Year 1's fonctionnement, planned at signature (2024-03-15), paid on 2024-03-20: « versé ».
    expect(text.some((t) => t.startsWith(`${isoToSerial('2024-03-15')}|1|1|Fonctionnement (année 1)|`) && t.endsWith('|versé'))).toBe(true);
  });
});
