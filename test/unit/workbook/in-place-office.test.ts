import { rangeAddress, type CellValue } from '../../../src/workbook/grid/cells';
import {
  COMPARISON_SHEET,
  COMPARISON_TABLES,
  GENERATED_MARKER,
  OUTPUT_SHEETS,
  PROJECTION_COLUMNS,
  SHEETS,
  TABLES,
} from '../../../src/workbook/contract/layout';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { clock, t3Parcours } from './scenario-fixtures';
import { INCOMPLETE_BANNER } from '../../../src/workbook/actions/states';
import { FakeExcel, PAYLOAD_LIMIT, type FakeTable } from './fake-excel';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows, type InputFixture } from './fixtures';
import { fakeWithInputs, officeOn } from './office-setup';

/** Replaces the input tables' bodies as a user would retype them (no add-in involved). */
function retype(excel: FakeExcel, fixture: InputFixture): void {
  const put = (name: string, header: readonly CellValue[], rows: CellValue[][]): void => {
    const t = excel.table(name)!;
    const s = t.sheet;
    for (const k of [...s.cells.keys()]) if (Number(k.split(':')[0]) >= 2) s.cells.delete(k);
    [header, ...rows].forEach((r, i) => r.forEach((v, j) => s.cells.set(`${2 + i}:${j}`, v)));
    t.address = rangeAddress(2, 0, rows.length + 1, header.length);
  };
  put(TABLES.cpts, CPTS_HEADER, fixture.cpts);
  put(TABLES.achievements, ACHIEVEMENT_HEADER, fixture.achievements);
}

const sum = (values: readonly CellValue[]): number => values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);

describe('sorties mises à jour en place, sur le faux Excel strict', () => {
  it('survit au recalcul : une formule et un graphique d’une autre feuille, pointant sur les tableaux générés, restent justes après deux « Calculer »', async () => {
    const excel = fakeWithInputs(inputRows(2));
    const workbook = officeOn(excel, '1.7');
    const first = await workbook.calculate();
    if (!first.ok) throw new Error(JSON.stringify(first.issues));

    // The user builds on the outputs: a formula and a chart on their own sheet, a note and a width on « Synthèse ».
    excel.userFormula('Tableau de bord', 'B2', TABLES.projection, 'Montant');
    const chart = excel.userChart('Tableau de bord', TABLES.schedule, ['Montant']);
    excel.seedCell(SHEETS.summary, 'Z1', 'Ma note');
    excel.sheet(SHEETS.projection)!.widths.set(2, 321);
    excel.sheet(SHEETS.projection)!.tabColor = '#00AA00';
    const order = excel.sheets.map((s) => s.name);
    const tables = new Map<string, FakeTable>(excel.tables.map((t) => [t.name, t]));
    const charts = [...excel.charts];
    charts[0]!.userColour = 'rouge';

    for (const n of [5, 1]) {
      retype(excel, inputRows(n));
      const run = await workbook.calculate();
      if (!run.ok) throw new Error(JSON.stringify(run.issues));
      // Σ Montant of TableProjection is the projection's total: Σ of the rounded lines.
      expect(excel.evaluate('Tableau de bord', 'B2')).toBeCloseTo(run.projection.total.toNumber(), 2);
      const payments = run.projection.cpts.flatMap((c) => c.payments);
      const [series] = chart.series();
      if (series === '#REF!' || series === undefined) throw new Error('chart lost its table');
      expect(series).toHaveLength(payments.length);
      expect(sum(series)).toBeCloseTo(sum(payments.map((p) => p.amount.toNumber())), 2);
      expect(excel.table(TABLES.projection)!.address).toBe(rangeAddress(3, 0, run.written.projectionRows + 1, PROJECTION_COLUMNS.length));
    }
    expect(excel.calls.filter((c) => c.op === 'worksheet.delete' || c.op === 'table.delete' || c.op === 'chart.delete')).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual(order);
    for (const [name, t] of tables) expect(excel.table(name)).toBe(t);
    expect(excel.charts).toEqual(charts);
    expect(excel.charts[0]!.userColour).toBe('rouge');
    expect(excel.sheet(SHEETS.summary)!.value('Z1')).toBe('Ma note');
    expect(excel.sheet(SHEETS.projection)!.widths.get(2)).toBe(321);
    expect(excel.sheet(SHEETS.projection)!.tabColor).toBe('#00AA00');
    // Shrinking at ExcelApi 1.7: one row at a time (deleteRowsAt needs 1.13).
    expect(excel.calls.some((c) => c.op === 'tableRow.delete')).toBe(true);
    expect(excel.calls.some((c) => c.op === 'tableRow.deleteRowsAt')).toBe(false);
  });

  it('supprime les lignes en trop d’un coup avec ExcelApi 1.13, et le même nombre de syncs à chaque calcul', async () => {
    const excel = fakeWithInputs(inputRows(4));
    const workbook = officeOn(excel, '1.14');
    await workbook.calculate();
    retype(excel, inputRows(1));
    const before = excel.syncs;
    const run = await workbook.calculate();
    expect(run.ok).toBe(true);
    // Inspect, addresses, values (with the charts' series counts), one write.
    expect(excel.syncs - before).toBe(4);
    expect(excel.calls.filter((c) => c.op === 'tableRow.deleteRowsAt').length).toBeGreaterThan(0);
    expect(excel.calls.some((c) => c.op === 'tableRow.delete')).toBe(false);
  });

  it('nom de table déjà pris : un tableau de l’utilisateur nommé « TableProjection » arrête le calcul avant toute écriture', async () => {
    const excel = fakeWithInputs(inputRows(1));
    excel.seedTable('Mes données', 'tableprojection', 0, 0, [['Montant'], [1]]);
    const before = excel.writes().length;
    const run = await officeOn(excel).calculate();
    if (run.ok) throw new Error('expected a refusal');
    expect(run.issues.map((i) => i.message)).toEqual([
      'Le nom de tableau « tableprojection » est déjà pris par un tableau de la feuille « Mes données » : le simulateur en a besoin pour ses résultats. Renommez ce tableau (Création de tableau > Nom du tableau), puis relancez. Rien n’a été modifié.',
    ]);
    expect(run.incomplete).toBeUndefined();
    expect(excel.writes().length).toBe(before);
    expect(excel.sheet(SHEETS.projection)).toBeUndefined();
  });

  it('compare les noms de feuilles sans la casse : une feuille « synthèse » de l’utilisateur n’est pas écrasée', async () => {
    const excel = fakeWithInputs(inputRows(1));
    excel.seedCell('synthèse', 'A1', 'Mes calculs');
    const run = await officeOn(excel).calculate();
    if (run.ok) throw new Error('expected a refusal');
    expect(run.issues[0]!.message).toMatch(/^La feuille « synthèse » existe déjà et n’a pas été créée par le simulateur/);
    expect(excel.writes()).toEqual([]);
  });

  it('rien à moitié : un morceau refusé en cours d’écriture nomme les feuilles incomplètes et les marque, sans dire « rien n’a été modifié »', async () => {
    const excel = fakeWithInputs(inputRows(60));
    // Small requests: the write takes several syncs; Excel refuses the third of them (sync 3 + 3 = 6).
    const workbook = officeOn(excel, '1.8', 200_000);
    excel.options = { failAtSync: 6 };
    const run = await workbook.calculate();
    if (run.ok || !run.incomplete) throw new Error('expected an incomplete write');
    expect(run.incomplete.length).toBeGreaterThan(0);
    expect(run.issues[0]!.message).toMatch(/^L’écriture s’est interrompue en cours de route/);
    expect(run.issues[0]!.message).not.toMatch(/Rien n’a été modifié/);
    for (const name of run.incomplete) if (excel.sheet(name)) expect(excel.sheet(name)!.value('A1')).toBe(INCOMPLETE_BANNER);
    const done = OUTPUT_SHEETS.filter((s) => !run.incomplete!.includes(s) && excel.sheet(s));
    for (const name of done) expect(String(excel.sheet(name)!.value('A1'))).not.toBe(INCOMPLETE_BANNER);

    // The next run recognises its marked sheets and completes them.
    excel.options = {};
    const again = await workbook.calculate();
    expect(again.ok).toBe(true);
    for (const name of OUTPUT_SHEETS) expect(String(excel.sheet(name)!.value('A1'))).toMatch(new RegExp(`^${GENERATED_MARKER} :`));
  });

  it('lit par tranches : une réponse de plus de 5 Mo est refusée par le faux Excel, le classeur la relit en deux', async () => {
    const excel = fakeWithInputs(inputRows(1));
    const big = 'x'.repeat(120_000);
    // 60 cells of 120 000 characters: 7,2 MB in one response.
    excel.seedTable('Notes', 'TableScenarios', 0, 0, [['Scénario'], ...Array.from({ length: 60 }, () => [big])]);
    const workbook = officeOn(excel);
    const listed = await workbook.listScenarios();
    // Read whole (in slices under 5 MB each): the store's headers are then checked, and refused.
    expect(listed.ok).toBe(false);
    // One response refused (7,2 MB), then the same cells read in halves.
    expect(excel.responseBytes.filter((b) => b > PAYLOAD_LIMIT)).toHaveLength(1);
    expect(excel.responseBytes.filter((b) => b <= PAYLOAD_LIMIT).reduce((s, b) => s + b, 0)).toBeGreaterThan(7_000_000);
  });

  it('refuse, avant d’écrire, un tableau de l’utilisateur placé sous un tableau généré dont le nombre de lignes change', async () => {
    const excel = fakeWithInputs(inputRows(1));
    const workbook = officeOn(excel);
    const first = await workbook.calculate();
    if (!first.ok) throw new Error('first run');
    excel.seedTable(SHEETS.projection, 'MesTotaux', 200, 1, [['Total'], [1]]);
    retype(excel, inputRows(2));
    const before = excel.writes().length;
    const run = await workbook.calculate();
    if (run.ok) throw new Error('expected a refusal');
    expect(run.issues[0]!.message).toMatch(/votre tableau « MesTotaux » est sous le tableau « TableProjection » du simulateur/);
    expect(excel.writes().length).toBe(before);
  });

  it('compare deux, trois puis deux scénarios : feuille gardée, tableaux reconstruits quand leurs colonnes changent, graphique gardé', async () => {
    for (const version of ['1.7', '1.14']) {
      const excel = fakeWithInputs(inputRows(1));
      const [maj, min] = version.split('.').map(Number) as [number, number];
      const wb = new OfficeWorkbook({ run: excel.run, clock, supports: (v) => Number(v.split('.')[1]) <= min && Number(v.split('.')[0]) <= maj });
      await wb.importScenarios([t3Parcours('A', 1), t3Parcours('B', 0.8), t3Parcours('C', 0.5)], null);
      for (const names of [
        ['A', 'B'],
        ['A', 'B', 'C'],
        ['A', 'B'],
      ]) {
        const out = await wb.compareScenarios(names);
        if (!out.ok) throw new Error(JSON.stringify(out));
        const chart = excel.charts.filter((c) => c.sheet.name === COMPARISON_SHEET);
        expect(chart).toHaveLength(1);
        expect(chart[0]!.seriesList.map((x) => x.name)).toEqual(names);
        // Period, each scenario, and two differences per other scenario.
        const width = 1 + names.length + 2 * (names.length - 1);
        expect(excel.table(COMPARISON_TABLES.contractYears)!.address).toMatch(new RegExp(`^A4:${String.fromCharCode(64 + width)}`));
      }
      expect(excel.calls.filter((c) => c.op === 'worksheet.delete')).toEqual([]);
      // Fewer series: deleted where ExcelApi 1.14 allows it, else the chart is rebuilt.
      expect(excel.calls.some((c) => c.op === 'series.delete')).toBe(version === '1.14');
      expect(excel.calls.some((c) => c.op === 'chart.delete')).toBe(version === '1.7');
    }
  });

  it('met à jour la feuille « Scénarios ACI » en place : même feuille, même tableau, une formule de l’utilisateur sur le magasin reste juste', async () => {
    const excel = fakeWithInputs(inputRows(2));
    const wb = new OfficeWorkbook({ run: excel.run, supports: () => true, clock });
    await wb.saveScenario('A', null);
    const store = excel.table('TableScenarios')!;
    const sheet = excel.sheet('Scénarios ACI')!;
    excel.userFormula('Tableau de bord', 'A1', 'TableScenarios', 'Révision');
    await wb.saveScenario('A', null);
    await wb.importScenarios([t3Parcours('B', 1)], null);
    await wb.deleteScenario('B');
    expect(excel.table('TableScenarios')).toBe(store);
    expect(excel.sheet('Scénarios ACI')).toBe(sheet);
    expect(excel.calls.filter((c) => c.op === 'worksheet.delete' || c.op === 'table.delete')).toEqual([]);
    // Every row of « A » now says revision 2: Σ = 2 × its rows.
    const rows = store.columnValues('Révision')!.length;
    expect(excel.evaluate('Tableau de bord', 'A1')).toBe(2 * rows);
  });
});
