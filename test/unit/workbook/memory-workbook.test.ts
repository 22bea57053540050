import { MemoryWorkbook } from '../../../src/workbook/memory';
import { SHEETS, TABLES } from '../../../src/workbook/layout';

describe('MemoryWorkbook: template, read, calculate', () => {
  it('inserts the template, reads the example back and writes every output sheet', async () => {
    const wb = new MemoryWorkbook();
    const inserted = await wb.insertTemplate('ask');
    expect(inserted).toEqual({ ok: true, sheets: [SHEETS.cpts, SHEETS.achievements, SHEETS.bareme] });
    const read = await wb.readInputs();
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.scenario.cpts.map((c) => c.id)).toEqual(['cpts-exemple', 'cpts-du-val']);
    // 52000 written as a number, 2024-03-15 written as serial 45366 (2024-03-15 − 1899-12-30 = 45 366 days).
    expect(wb.value(SHEETS.cpts, 'C4')).toBe(52000);
    expect(wb.value(SHEETS.cpts, 'D4')).toBe(45366);
    expect(read.scenario.cpts[0]!.signatureDate).toBe('2024-03-15');
    const run = await wb.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    expect(wb.sheetNames()).toEqual([SHEETS.cpts, SHEETS.achievements, SHEETS.bareme, SHEETS.projection, SHEETS.schedule, SHEETS.summary, SHEETS.charts]);
    expect(run.written.charts).toBe(2);
    const projection = wb.sheet(SHEETS.projection)!;
    expect(projection.generated).toBe(true);
    expect(String(projection.rows[0]![0])).toMatch(/^Feuille générée/);
    expect(projection.tables[0]!.name).toBe(TABLES.projection);
  });

  it('notifies subscribers and records the selection', async () => {
    const wb = new MemoryWorkbook();
    let calls = 0;
    const off = wb.subscribe(() => calls++);
    await wb.insertTemplate('ask');
    await wb.selectCell({ sheet: SHEETS.cpts, address: 'C4' });
    expect(wb.selection()).toEqual({ sheet: SHEETS.cpts, address: 'C4' });
    wb.setValue(SHEETS.cpts, 'C4', '30 000');
    expect(wb.value(SHEETS.cpts, 'C4')).toBe(30000);
    off();
    wb.setValue(SHEETS.cpts, 'C4', 31000);
    expect(calls).toBe(3);
  });
});
