import { MemoryWorkbook } from '../../../src/workbook/memory';
import { columnLetters } from '../../../src/workbook/grid/cells';
import { GENERATED_MARKER, OUTPUT_SHEETS, PROJECTION_COLUMNS, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { INCOMPLETE_BANNER } from '../../../src/workbook/actions/states';
import { inputRows } from './fixtures';

async function memoryWith(n: number, options: ConstructorParameters<typeof MemoryWorkbook>[0] = {}): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook(options);
  await wb.insertTemplate('ask');
  retype(wb, n);
  return wb;
}

function retype(wb: MemoryWorkbook, n: number): void {
  const f = inputRows(n);
  wb.setTableRows(TABLES.cpts, f.cpts);
  wb.setTableRows(TABLES.achievements, f.achievements);
}

describe('l’aperçu (classeur en mémoire) : mêmes règles que le faux Excel', () => {
  it('survit au recalcul : mêmes feuilles à la même place, tableaux redimensionnés, notes et largeurs de l’utilisateur gardées', async () => {
    const wb = await memoryWith(2);
    const first = await wb.calculate();
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    wb.addSheet('Tableau de bord');
    wb.setValue(SHEETS.summary, 'Z1', 'Ma note');
    wb.setColumnWidth(SHEETS.projection, 2, 45);
    const order = wb.sheetNames();
    for (const n of [5, 1]) {
      retype(wb, n);
      const run = await wb.calculate();
      if (!run.ok) throw new Error(JSON.stringify(run.issues));
      const projection = wb.sheet(SHEETS.projection)!;
      expect(projection.tables.map((t) => t.name)).toEqual([TABLES.projection]);
      expect(projection.tables[0]!.address).toBe(`A4:${columnLetters(PROJECTION_COLUMNS.length - 1)}${4 + run.written.projectionRows}`);
      // Nothing of the previous, longer run is left under the table.
      expect(projection.rows.length).toBe(4 + run.written.projectionRows);
      expect(wb.sheet(SHEETS.charts)!.charts.map((c) => c.name)).toEqual(['GraphiqueMissions', 'GraphiqueVersements']);
    }
    expect(wb.sheetNames()).toEqual(order);
    expect(wb.value(SHEETS.summary, 'Z1')).toBe('Ma note');
    expect(wb.sheet(SHEETS.projection)!.widths.get(2)).toBe(45);
  });

  it('nom de table déjà pris : un tableau de l’utilisateur arrête le calcul avant toute écriture', async () => {
    const wb = await memoryWith(1);
    wb.addTable('Mes données', 'TABLEECHEANCIER', 'A1:A2');
    const before = JSON.stringify(wb.sheetNames().map((s) => wb.sheet(s)));
    const run = await wb.calculate();
    if (run.ok) throw new Error('expected a refusal');
    expect(run.issues[0]!.message).toMatch(/^Le nom de tableau « TABLEECHEANCIER » est déjà pris par un tableau de la feuille « Mes données »/);
    expect(JSON.stringify(wb.sheetNames().map((s) => wb.sheet(s)))).toBe(before);
  });

  it('rien à moitié : une écriture refusée en cours de route nomme et marque les feuilles incomplètes', async () => {
    const failing = await memoryWith(2);
    // Fail in the middle of the outputs' steps.
    failing.failWriteAfter(60);
    const run = await failing.calculate();
    if (run.ok || !run.incomplete) throw new Error('expected an incomplete write');
    expect(run.issues[0]!.message).not.toMatch(/Rien n’a été modifié/);
    for (const name of run.incomplete) if (failing.sheet(name)) expect(failing.value(name, 'A1')).toBe(INCOMPLETE_BANNER);
    expect(run.incomplete.length).toBeGreaterThan(0);
    // The next run recognises its marked sheets and completes them.
    expect((await failing.calculate()).ok).toBe(true);
    for (const name of OUTPUT_SHEETS) expect(String(failing.value(name, 'A1'))).toMatch(new RegExp(`^${GENERATED_MARKER} :`));
  });

  it('compare les noms de feuilles sans la casse : une feuille « PROJECTION » de l’utilisateur n’est pas écrasée', async () => {
    const wb = await memoryWith(1);
    wb.addSheet('PROJECTION');
    wb.setValue('PROJECTION', 'A1', 'à moi');
    const run = await wb.calculate();
    if (run.ok) throw new Error('expected a refusal');
    expect(run.issues[0]!.message).toMatch(/^La feuille « PROJECTION » existe déjà et n’a pas été créée par le simulateur/);
    expect(wb.sheetNames().filter((s) => s.toLowerCase() === 'projection')).toEqual(['PROJECTION']);
    expect(wb.value('PROJECTION', 'A1')).toBe('à moi');
  });
});
