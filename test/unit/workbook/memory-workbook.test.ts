import type { Slices } from '../../../src/engine';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { cellAddress } from '../../../src/workbook/grid/cells';
import { FORMATS, PROJECTION_COLUMNS, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { inputRows, type InputFixture } from './fixtures';

describe('MemoryWorkbook: template, read, calculate', () => {
  it('inserts the template, reads the example back and writes every output sheet', async () => {
    const wb = new MemoryWorkbook();
    const inserted = await wb.insertTemplate('ask');
    expect(inserted).toEqual({ ok: true, sheets: [SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme] });
    const read = await wb.readInputs();
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.scenario.cpts.map((c) => c.id)).toEqual(['cpts-exemple', 'cpts-du-val']);
    // 52000 written as a number, 2024-03-15 written as serial 45366 (2024-03-15 − 1899-12-30 = 45 366 days).
    expect(wb.value(SHEETS.cpts, 'C4')).toBe(52000);
    expect(wb.value(SHEETS.cpts, 'D4')).toBe(45366);
    expect(read.scenario.cpts[0]!.signatureDate).toBe('2024-03-15');
    const run = await wb.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    expect(wb.sheetNames()).toEqual([
      SHEETS.cpts,
      SHEETS.achievements,
      SHEETS.horsAci,
      SHEETS.indicators,
      SHEETS.paid,
      SHEETS.bareme,
      SHEETS.projection,
      SHEETS.schedule,
      SHEETS.summary,
      SHEETS.charts,
      SHEETS.budget,
      SHEETS.cash,
    ]);
    expect(run.written.charts).toBe(4);
    const projection = wb.sheet(SHEETS.projection)!;
    expect(projection.generated).toBe(true);
    expect(String(projection.rows[0]![0])).toMatch(/^Feuille générée/);
    expect(projection.tables[0]!.name).toBe(TABLES.projection);
  });

  it('pauses once before reading, so that the pane paints its busy state in a task of its own', async () => {
    const log: string[] = [];
    class Logged extends MemoryWorkbook {
      protected override slices(): Slices {
        return { due: () => false, pause: async () => void log.push('pause') };
      }
    }
    const wb = new Logged();
    await wb.insertTemplate('ask');
    const run = await wb.calculate((p) => log.push(p.stage));
    expect(run.ok).toBe(true);
    // « validate » is reported once the tables are read: the pause came before the reading.
    expect(log.slice(0, 3)).toEqual(['read', 'pause', 'validate']);
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

async function memoryFor(n: number, edit?: (f: InputFixture) => void, name?: (i: number) => string): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.insertTemplate('ask');
  const f = inputRows(n, name);
  edit?.(f);
  wb.setTableRows(TABLES.cpts, f.cpts);
  wb.setTableRows(TABLES.achievements, f.achievements);
  return wb;
}

const snapshot = (wb: MemoryWorkbook): string => JSON.stringify(wb.sheetNames().map((s) => wb.sheet(s)));
const projectionCol = (header: string): number => PROJECTION_COLUMNS.findIndex((c) => c.header === header);

describe('MemoryWorkbook: the same flows as the Office adapter', () => {
  it('writes nothing when a cell is bad, and names that cell', async () => {
    const wb = await memoryFor(3, (f) => {
      f.cpts[1]![2] = 'cinquante mille';
    });
    const before = snapshot(wb);
    const run = await wb.calculate();
    if (run.ok) throw new Error('expected a refusal');
    expect(run.issues.map((i) => i.cell)).toEqual([{ sheet: SHEETS.cpts, address: 'C5' }]);
    expect(snapshot(wb)).toBe(before);
  });

  it('writes a CPTS named =1+1 as text, never as a formula', async () => {
    const wb = await memoryFor(1, undefined, () => '=1+1');
    const run = await wb.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    const address = cellAddress(4, projectionCol('CPTS'));
    expect(wb.value(SHEETS.projection, address)).toBe('=1+1');
    expect(wb.formulaAt(SHEETS.projection, address)).toBeNull();
  });

  it('writes numbers with formats, and charts that read the columns written', async () => {
    const wb = await memoryFor(2);
    const run = await wb.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    const projection = wb.sheet(SHEETS.projection)!;
    // Row 5 (index 4) is CPTS 1, year 1, fonctionnement: 60 000 × 1,75 = 105 000 € for size 2.
    expect(projection.rows[4]![projectionCol('Montant')]).toBe(105000);
    expect(projection.formats[4]![projectionCol('Montant')]).toBe(FORMATS.euro);
    expect(projection.formats[4]![projectionCol('Début')]).toBe(FORMATS.date);
    expect(projection.frozenRows).toBe(4);
    const charts = wb.sheet(SHEETS.charts)!;
    expect(charts.charts[0]!.series.map((s) => s.values)).toEqual([
      "'Graphiques'!B5:B9",
      "'Graphiques'!C5:C9",
      "'Graphiques'!D5:D9",
      "'Graphiques'!E5:E9",
      "'Graphiques'!F5:F9",
      "'Graphiques'!G5:G9",
    ]);
    expect(charts.charts[0]!.categories).toBe("'Graphiques'!A5:A9");
    // Two CPTS with 105 000 € of fonctionnement each in year 1.
    expect(charts.rows[4]![1]).toBe(210000);
  });

  it('rewrites outputs whole on a second run', async () => {
    const wb = await memoryFor(2);
    await wb.calculate();
    const first = snapshot(wb);
    await wb.calculate();
    expect(snapshot(wb)).toBe(first);
  });

  it('refuses with one French message, changing nothing, when editing, protected or read-only', async () => {
    for (const state of [{ editingCell: true }, { protected: true }, { readOnly: true }]) {
      const wb = await memoryFor(1);
      wb.setState(state);
      const before = snapshot(wb);
      const run = await wb.calculate();
      if (run.ok) throw new Error('expected a refusal');
      expect(run.issues).toHaveLength(1);
      expect(run.issues[0]!.message).toMatch(/Rien n’a été modifié/);
      expect(snapshot(wb)).toBe(before);
    }
  });

  it('asks before inserting the template over existing sheets, or picks free names', async () => {
    const wb = new MemoryWorkbook();
    await wb.insertTemplate('ask');
    expect(await wb.insertTemplate('ask')).toEqual({
      ok: false,
      conflicts: [SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme],
    });
    const renamed = await wb.insertTemplate('rename');
    // The input tables already exist (table names are unique in a workbook): a second copy could never be read.
    expect(renamed.ok).toBe(false);
    const replaced = await wb.insertTemplate('replace');
    expect(replaced).toEqual({ ok: true, sheets: [SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme] });
    expect(wb.sheetNames()).toEqual([SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme]);
  });
});
