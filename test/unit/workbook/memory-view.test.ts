import { MemoryWorkbook } from '../../../src/workbook/memory';
import { SHEETS } from '../../../src/workbook/contract/layout';

/** A sheet « Grande » holding a table of `n` body rows under its header (n + 1 rows in all). */
function bigSheet(n: number): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet('Grande');
  wb.addTable('Grande', 'TableGrande', 'A1:C2');
  wb.setTableRows(
    'TableGrande',
    Array.from({ length: n }, (_, i) => [i + 1, `ligne ${i + 1}`, i * 2]),
  );
  wb.addSheet('Autre');
  return wb;
}

/** The preview grid asks for a sheet's first rows, and the same view again while the sheet is unchanged. */
describe('MemoryWorkbook: views of a sheet for the preview', () => {
  it('holds only the first rows asked for, and says how many the sheet has', () => {
    const wb = bigSheet(5000);
    const view = wb.sheet('Grande', { maxRows: 100 })!;
    expect(view.rows).toHaveLength(100);
    expect(view.formats).toHaveLength(100);
    expect(view.kinds).toHaveLength(100);
    expect(view.rowCount).toBe(5001);
    expect(view.rows[99]).toEqual([99, 'ligne 99', 196]);
    // The table is whole, wherever it ends.
    expect(view.tables[0]!.address).toBe('A1:C5001');
    // By default, the whole sheet (what the tests read).
    const whole = wb.sheet('Grande')!;
    expect(whole.rows).toHaveLength(5001);
    expect(whole.rowCount).toBe(5001);
    // More rows asked for than the sheet has: all of them.
    expect(wb.sheet('Autre', { maxRows: 100 })!.rows).toHaveLength(0);
  });

  it('gives the same view while the sheet is unchanged, and a new one once it changed', () => {
    const wb = bigSheet(500);
    const first = wb.sheet('Grande', { maxRows: 100 })!;
    expect(wb.sheet('Grande', { maxRows: 100 })).toBe(first);
    // Another sheet's change is no change of this one.
    wb.setValue('Autre', 'A1', 'note');
    expect(wb.sheet('Grande', { maxRows: 100 })).toBe(first);
    // Other rows asked for: another view.
    expect(wb.sheet('Grande', { maxRows: 200 })!.rows).toHaveLength(200);
    const again = wb.sheet('Grande', { maxRows: 100 })!;
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // An edit, a table's new body, a column width: each renews the view.
    wb.setValue('Grande', 'B3', 'modifiée');
    const edited = wb.sheet('Grande', { maxRows: 100 })!;
    expect(edited).not.toBe(again);
    expect(edited.rows[2]![1]).toBe('modifiée');
    wb.setTableRows('TableGrande', [[1, 'seule', 2]]);
    const replaced = wb.sheet('Grande', { maxRows: 100 })!;
    expect(replaced.rowCount).toBe(2);
    expect(replaced.tables[0]!.address).toBe('A1:C2');
    wb.setColumnWidth('Grande', 1, 30);
    const widened = wb.sheet('Grande', { maxRows: 100 })!;
    expect(widened).not.toBe(replaced);
    expect(widened.widths.get(1)).toBe(30);
  });

  it('keeps an input sheet’s view across a run that writes the output sheets, and renews the outputs’', async () => {
    const wb = new MemoryWorkbook();
    await wb.insertTemplate('ask');
    const run = await wb.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    const inputs = wb.sheet(SHEETS.cpts, { maxRows: 100 })!;
    const projection = wb.sheet(SHEETS.projection, { maxRows: 100 })!;
    const again = await wb.calculate();
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect(wb.sheet(SHEETS.cpts, { maxRows: 100 })).toBe(inputs);
    // A run rewrites its output sheets: their views are new (a missed change would show stale cells).
    expect(wb.sheet(SHEETS.projection, { maxRows: 100 })).not.toBe(projection);
    // An input edit makes the outputs' stamps read « périmé »: the edited sheet and the outputs are renewed.
    const cpts = wb.sheet(SHEETS.cpts, { maxRows: 100 })!;
    const summary = wb.sheet(SHEETS.summary, { maxRows: 100 })!;
    wb.setValue(SHEETS.cpts, 'C4', '31000');
    expect(wb.sheet(SHEETS.cpts, { maxRows: 100 })).not.toBe(cpts);
    expect(wb.sheet(SHEETS.summary, { maxRows: 100 })).not.toBe(summary);
    expect(JSON.stringify(wb.sheet(SHEETS.summary, { maxRows: 100 })!.rows)).toMatch(/PÉRIMÉ/);
  });
});
