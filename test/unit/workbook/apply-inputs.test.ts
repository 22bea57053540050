import { columnLetters } from '../../../src/workbook/grid/cells';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { FakeExcel } from './fake-excel';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows } from './fixtures';
import { clock, t3Parcours } from './scenario-fixtures';

/** Input tables with a column the user added (« Notes », last) and a formula in the first population (C4). */
function workbookWithFormula(): { excel: FakeExcel; wb: OfficeWorkbook } {
  const fixture = inputRows(3);
  const excel = new FakeExcel();
  excel.seedTable(SHEETS.cpts, TABLES.cpts, 2, 0, [
    [...CPTS_HEADER, 'Notes'],
    ...fixture.cpts.map((r, i) => [...r, ...new Array<null>(CPTS_HEADER.length - r.length).fill(null), `note ${i + 1}`]),
  ]);
  excel.seedTable(SHEETS.achievements, TABLES.achievements, 2, 0, [ACHIEVEMENT_HEADER, ...fixture.achievements]);
  excel.sheet(SHEETS.cpts)!.formulas.set('3:2', '=50000+2000');
  return { excel, wb: new OfficeWorkbook({ run: excel.run, supports: () => true, clock }) };
}

describe('« Appliquer un scénario » respecte les saisies', () => {
  it('liste les formules qu’il remplacerait et demande ; confirmé, il les remplace sans toucher la colonne ajoutée', async () => {
    const { excel, wb } = workbookWithFormula();
    await wb.importScenarios([t3Parcours('Une CPTS', 0.7)], null);
    const before = excel.writes().length;
    const asked = await wb.applyScenario('Une CPTS');
    expect(asked).toEqual({ ok: false, formulas: [{ sheet: SHEETS.cpts, address: 'C4' }] });
    expect(excel.writes().length).toBe(before);

    const applied = await wb.applyScenario('Une CPTS', { overwriteFormulas: true });
    expect(applied.ok).toBe(true);
    const sheet = excel.sheet(SHEETS.cpts)!;
    expect(sheet.formulaAt('C4')).toBeNull();
    // The user's column keeps its value on the kept row; the rows deleted took theirs with them.
    const notes = columnLetters(CPTS_HEADER.length);
    expect(sheet.value(`${notes}4`)).toBe('note 1');
    expect(sheet.value(`${notes}5`)).toBeNull();
    expect(excel.table(TABLES.cpts)!.address).toBe(`A3:${notes}4`);
  });

  it('refuse une ligne de totaux, un en-tête masqué ou un filtre actif, en nommant le tableau', async () => {
    for (const shape of [{ showTotals: true }, { showHeaders: false }, { filtered: true }] as const) {
      const { excel, wb } = workbookWithFormula();
      await wb.importScenarios([t3Parcours('Une CPTS', 0.7)], null);
      Object.assign(excel.table(TABLES.achievements)!, shape);
      const before = excel.writes().length;
      const out = await wb.applyScenario('Une CPTS', { overwriteFormulas: true });
      if (out.ok || !('issues' in out)) throw new Error('expected a refusal');
      expect(out.issues[0]!.message).toMatch(new RegExp(`^Le tableau « ${TABLES.achievements} » de la feuille « ${SHEETS.achievements} » `));
      expect(out.issues[0]!.message).toMatch(/Rien n’a été modifié\.$/);
      expect(excel.writes().length).toBe(before);
    }
  });

  it('dans l’aperçu aussi : formule signalée, colonne ajoutée gardée, ligne de totaux refusée', async () => {
    const wb = new MemoryWorkbook({ clock });
    await wb.insertTemplate('ask');
    const fixture = inputRows(2);
    wb.setTableRows(TABLES.cpts, fixture.cpts);
    wb.setTableRows(TABLES.achievements, fixture.achievements);
    wb.setFormula(SHEETS.cpts, 'C4', '=50000+2000', 52000);
    await wb.importScenarios([t3Parcours('Une CPTS', 0.7)], null);
    expect(await wb.applyScenario('Une CPTS')).toEqual({ ok: false, formulas: [{ sheet: SHEETS.cpts, address: 'C4' }] });
    wb.setTableShape(TABLES.cpts, { showTotals: true });
    const refused = await wb.applyScenario('Une CPTS', { overwriteFormulas: true });
    expect(!refused.ok && 'issues' in refused && refused.issues[0]!.message).toMatch(/affiche une ligne de totaux/);
    wb.setTableShape(TABLES.cpts, { showTotals: false });
    expect((await wb.applyScenario('Une CPTS', { overwriteFormulas: true })).ok).toBe(true);
    expect(wb.formulaAt(SHEETS.cpts, 'C4')).toBeNull();
  });
});
