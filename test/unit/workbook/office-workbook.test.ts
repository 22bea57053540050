import { cellAddress } from '../../../src/workbook/grid/cells';
import { FORMATS, GENERATED_MARKER, PROJECTION_COLUMNS, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { FakeExcel } from './fake-excel';
import { inputRows } from './fixtures';
import { fakeWithInputs, officeFor, officeOn } from './office-setup';

const PROJECTION_BODY = 4; // header on row 4 (index 3), first line on row 5 (index 4)
const col = (header: string): number => PROJECTION_COLUMNS.findIndex((c) => c.header === header);

describe('OfficeWorkbook against a recording fake Excel', () => {
  it('needs the same syncs for 1, 100 and 1 000 CPTS (inspect, addresses, values + 1 per write batch), each request under 5 MB', async () => {
    const seen: { n: number; syncs: number; batches: number; max: number }[] = [];
    for (const n of [1, 100, 1000]) {
      const { excel, workbook } = officeFor(n);
      const run = await workbook.calculate();
      if (!run.ok) throw new Error(JSON.stringify(run.issues.slice(0, 3)));
      const batches = workbook.lastRunStats().write!.batches;
      seen.push({ n, syncs: excel.syncs, batches, max: Math.max(...excel.requestBytes) });
      expect(run.written.projectionRows).toBe(run.projection.cpts.reduce((s, c) => s + c.years.reduce((t, y) => t + y.lines.length, 0), 0));
    }
    for (const s of seen) expect(s.syncs - (s.batches - 1)).toBe(4);
    expect(seen[0]!.batches).toBe(1);
    expect(seen[1]!.batches).toBe(1);
    expect(seen[2]!.batches).toBeGreaterThan(1);
    for (const s of seen) expect(s.max).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);

  it('writes nothing when a cell is bad, and names that cell', async () => {
    const { excel, workbook } = officeFor(3, (f) => {
      f.cpts[1]![2] = 'cinquante mille';
    });
    const run = await workbook.calculate();
    expect(run.ok).toBe(false);
    if (run.ok) return;
    // CPTS table header on row 3, second CPTS on row 5, population in column C.
    expect(run.issues.map((i) => i.cell)).toEqual([{ sheet: SHEETS.cpts, address: 'C5' }]);
    expect(run.issues[0]!.message).toBe("'Paramètres CPTS'!C5 : la population doit être un nombre, la cellule contient du texte « cinquante mille »");
    expect(excel.writes()).toEqual([]);
    expect(excel.syncs).toBe(3);
  });

  it('refuses a rate over 100 % naming its cell', async () => {
    const { excel, workbook } = officeFor(1, (f) => {
      f.achievements[0]![5] = 1.2; // first row, « Taux année 3 » (column F)
    });
    const run = await workbook.calculate();
    if (run.ok) throw new Error('expected a refusal');
    expect(run.issues).toEqual([
      {
        path: '',
        message: "'Atteinte des missions'!F4 : taux de 120 % : un taux d’atteinte va de 0 % à 100 %",
        cell: { sheet: SHEETS.achievements, address: 'F4' },
      },
    ]);
    expect(excel.writes()).toEqual([]);
  });

  it('writes a CPTS named =1+1 as text, never as a formula', async () => {
    const fixture = inputRows(1, () => '=1+1');
    const excel = fakeWithInputs(fixture);
    const run = await officeOn(excel).calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    const sheet = excel.sheet(SHEETS.projection)!;
    const name = cellAddress(PROJECTION_BODY, col('CPTS'));
    expect(sheet.value(name)).toBe('=1+1');
    expect(sheet.formulaAt(name)).toBeNull();
    expect([...sheet.formulas.keys()]).toEqual([]);
  });

  it('writes numbers with formats: euros, dates, percentages; the first line is year 1’s fonctionnement', async () => {
    const { excel, workbook } = officeFor(1);
    const run = await workbook.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    const sheet = excel.sheet(SHEETS.projection)!;
    const at = (header: string): string => cellAddress(PROJECTION_BODY, col(header));
    // 52 000 inhabitants: size 2; avenant 2 fonctionnement for size 2 = 60 000 × 1,75 = 105 000 €.
    expect(sheet.value(at('Montant'))).toBe(105000);
    expect(sheet.formats.get(`${PROJECTION_BODY}:${col('Montant')}`)).toBe(FORMATS.euro);
    // 2024-03-15 is serial 45 366; contract year 1 ends 2025-03-14 = 45 730.
    expect(sheet.value(at('Début'))).toBe(45366);
    expect(sheet.value(at('Fin'))).toBe(45730);
    expect(sheet.formats.get(`${PROJECTION_BODY}:${col('Début')}`)).toBe(FORMATS.date);
    expect(sheet.formats.get(`${PROJECTION_BODY}:${col('Taux')}`)).toBe(FORMATS.percent);
    expect(String(sheet.value('A1'))).toMatch(new RegExp(`^${GENERATED_MARKER}`));
    expect(sheet.frozenRows).toBe(4);
    expect(excel.suspends).toBe(1);
  });

  it('builds charts whose series read the columns it wrote, set one by one', async () => {
    const { excel, workbook } = officeFor(2);
    const run = await workbook.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    const charts = excel.charts;
    expect(charts.map((c) => [c.type, c.title.text])).toEqual([
      ['ColumnStacked', 'Montants par mission et par année de contrat'],
      ['ColumnClustered', 'Versements par année civile'],
      ['ColumnStacked', 'Budget par année civile : ACI (contrats signés, renouvellements supposés) et hors ACI'],
      ['ColumnStacked', 'Versements par mois (ensemble)'],
    ]);
    const missions = charts[0]!;
    const table = excel.tables.find((t) => t.name === TABLES.chartMissions)!;
    // Table A4:G9 (header + 5 contract years; fonctionnement + 5 missions with an amount): series B5:B9 … G5:G9.
    expect(table.address).toBe('A4:G9');
    expect(missions.seriesList.map((s) => s.values)).toEqual(['B5:B9', 'C5:C9', 'D5:D9', 'E5:E9', 'F5:F9', 'G5:G9']);
    expect(missions.seriesList.every((s) => s.xAxis === 'A5:A9')).toBe(true);
    expect(missions.seriesList[0]!.name).toBe('Fonctionnement');
    // Two CPTS, each 105 000 € of fonctionnement in year 1: 210 000 € in B5.
    expect(excel.sheet(SHEETS.charts)!.value('B5')).toBe(210000);
    expect(excel.calls.some((c) => c.op === 'charts.add' && c.detail === 'ColumnStacked Columns')).toBe(true);
  });

  it('updates outputs in place on a second run: no sheet deleted, each table once, same address for the same inputs', async () => {
    const { excel, workbook } = officeFor(2);
    const first = await workbook.calculate();
    const table = excel.tables.find((t) => t.name === TABLES.projection)!;
    const rowsAfterFirst = table.address;
    const second = await workbook.calculate();
    expect(first.ok && second.ok).toBe(true);
    expect(excel.calls.filter((c) => c.op === 'worksheet.delete' || c.op === 'table.delete')).toEqual([]);
    // The same table object, resized to the same rows: never appended, never recreated.
    expect(excel.tables.find((t) => t.name === TABLES.projection)).toBe(table);
    expect(table.address).toBe(rowsAfterFirst);
    expect(excel.tables.filter((t) => t.name === TABLES.projection)).toHaveLength(1);
  });

  it('refuses, changing nothing, when the user is editing a cell', async () => {
    const excel = fakeWithInputs(inputRows(1), { editMode: true });
    const run = await officeOn(excel).calculate();
    expect(run).toEqual({
      ok: false,
      issues: [expect.objectContaining({ message: expect.stringMatching(/^Excel est en train de modifier une cellule/), cell: null })],
    });
    expect(excel.writes()).toEqual([]);
  });

  it('refuses, changing nothing, when the workbook is protected or read-only', async () => {
    for (const options of [{ workbookProtected: true }, { readOnly: true }]) {
      const excel = fakeWithInputs(inputRows(1), options);
      const run = await officeOn(excel).calculate();
      if (run.ok) throw new Error('expected a refusal');
      expect(run.issues).toHaveLength(1);
      expect(run.issues[0]!.message).toMatch(/Rien n’a été modifié/);
      expect(excel.writes()).toEqual([]);
      expect(excel.syncs).toBe(1);
    }
  });

  it('does not delete a sheet named like an output that it did not create', async () => {
    const excel = fakeWithInputs(inputRows(1));
    excel.seedCell(SHEETS.projection, 'A1', 'Mes notes');
    const run = await officeOn(excel).calculate();
    if (run.ok) throw new Error('expected a refusal');
    expect(run.issues[0]!.message).toMatch(/La feuille « Projection » existe déjà/);
    expect(excel.writes()).toEqual([]);
  });

  it('inserts the template in 2 syncs, with validation where ExcelApi 1.8 exists, and refuses to overwrite', async () => {
    const excel = new FakeExcel();
    const workbook = officeOn(excel);
    const out = await workbook.insertTemplate('ask');
    expect(out).toEqual({ ok: true, sheets: [SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme] });
    expect(excel.syncs).toBe(2);
    expect(excel.tables.map((t) => t.name)).toEqual([
      TABLES.cpts,
      TABLES.achievements,
      TABLES.horsAci,
      TABLES.indicators,
      TABLES.paid,
      TABLES.bareme,
      TABLES.parameters,
    ]);
    const population = excel.sheet(SHEETS.cpts)!.validations.find((v) => v.address === 'C4:C5');
    expect(population?.rule).toEqual({ wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } });
    const read = await workbook.readInputs();
    expect(read.ok).toBe(true);

    const before = excel.writes().length;
    expect(await workbook.insertTemplate('ask')).toEqual({
      ok: false,
      conflicts: [SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme],
    });
    expect(excel.writes().length).toBe(before);

    const older = new FakeExcel();
    expect((await officeOn(older, '1.7').insertTemplate('ask')).ok).toBe(true);
    expect(older.sheet(SHEETS.cpts)!.validations).toEqual([]);
  });

  it('selects a cell in one sync', async () => {
    const excel = fakeWithInputs(inputRows(1));
    await officeOn(excel).selectCell({ sheet: SHEETS.cpts, address: 'C4' });
    expect(excel.calls.filter((c) => c.op === 'select').map((c) => c.target)).toEqual(["'Paramètres CPTS'!C4"]);
    expect(excel.syncs).toBe(1);
  });
});
