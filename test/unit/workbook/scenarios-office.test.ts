import fc from 'fast-check';
import { COMPARISON_SHEET, COMPARISON_TABLES, FORMATS, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { STORE_COLUMN_ORDER, STORE_SHEET, STORE_TABLE } from '../../../src/workbook/store/scenario-store';
import { blockingIssue } from '../../../src/workbook/actions/states';
import { validScenarioObject } from '../engine/arbitraries';
import { FakeExcel, type FakeOptions } from './fake-excel';
import { inputRows } from './fixtures';
import { fakeWithInputs } from './office-setup';
import { asReadBack, clock, NOW, t3Parcours, valid } from './scenario-fixtures';

const office = (excel: FakeExcel): OfficeWorkbook => new OfficeWorkbook({ run: excel.run, supports: () => true, clock });

function setup(n = 2, options: FakeOptions = {}): { excel: FakeExcel; wb: OfficeWorkbook } {
  const excel = fakeWithInputs(inputRows(n), options);
  return { excel, wb: office(excel) };
}

/** Syncs and changing calls made by one action. */
async function measured<T>(excel: FakeExcel, action: () => Promise<T>): Promise<{ result: T; syncs: number; writes: number }> {
  const syncs = excel.syncs;
  const calls = excel.calls.length;
  const result = await action();
  const writes = excel.calls.slice(calls).filter((c) => c.op !== 'load' && c.op !== 'sync').length;
  return { result, syncs: excel.syncs - syncs, writes };
}

const col = (key: (typeof STORE_COLUMN_ORDER)[number]): number => STORE_COLUMN_ORDER.indexOf(key);

describe('scénarios sur Excel (faux contexte enregistreur)', () => {
  it('liste (2 syncs) puis enregistre (4 syncs : inspection, adresses, valeurs, écriture) quel que soit le nombre de CPTS ; relu à l’identique', async () => {
    for (const n of [1, 40]) {
      const { excel, wb } = setup(n);
      const empty = await measured(excel, () => wb.listScenarios());
      expect(empty).toEqual({ result: { ok: true, scenarios: [], issues: [] }, syncs: 2, writes: 0 });
      const read = await wb.readInputs();
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const saved = await measured(excel, () => wb.saveScenario('Hypothèse haute', 'Trésorière'));
      expect(saved.syncs).toBe(4);
      expect(saved.result).toEqual({
        ok: true,
        scenarios: [
          { scenario: { ...read.scenario, name: 'Hypothèse haute' }, status: 'brouillon', meetingDate: null, revision: 1, author: 'Trésorière', savedAt: NOW },
        ],
        issues: [],
      });
      expect(await wb.listScenarios()).toEqual(saved.result);
      // Rewritten whole: the store sheet is replaced, never duplicated.
      const again = await measured(excel, () => wb.saveScenario('Hypothèse haute', null));
      expect(again.syncs).toBe(4);
      expect(excel.sheets.filter((s) => s.name === STORE_SHEET)).toHaveLength(1);
      expect(excel.tables.filter((t) => t.name === STORE_TABLE).map((t) => t.address.slice(0, 4))).toEqual(['A3:K']);
    }
  });

  it('écrit le texte tel quel : une date reste « 2024-03-15 », un nom « =1+1 » n’est pas une formule', async () => {
    const excel = fakeWithInputs(inputRows(1, () => '=1+1'));
    const wb = office(excel);
    await wb.saveScenario('=2+2', null);
    const sheet = excel.sheet(STORE_SHEET)!;
    expect([...sheet.formulas.keys()]).toEqual([]);
    expect(sheet.value('A4')).toBe('=2+2');
    const rows = Array.from({ length: 20 }, (_, i) => STORE_COLUMN_ORDER.map((_, j) => sheet.value(`${String.fromCharCode(65 + j)}${4 + i}`)));
    expect(rows.find((r) => r[col('field')] === 'name')![col('value')]).toBe('=1+1');
    expect(rows.find((r) => r[col('field')] === 'signatureDate')![col('value')]).toBe('2024-03-15');
  });

  it('signale un contrôle modifié à la main avec sa cellule (E4) ; refuse d’y toucher sans rien écrire', async () => {
    const { excel, wb } = setup(1);
    await wb.saveScenario('Hypothèse haute', null);
    // Row 5 of the sheet holds the CPTS's name (second field row): a person edits the value in K5.
    expect(excel.sheet(STORE_SHEET)!.value('J5')).toBe('name');
    excel.seedCell(STORE_SHEET, 'K5', 'CPTS renommée');
    const listed = await wb.listScenarios();
    if (!listed.ok) throw new Error('expected a list');
    expect(listed.scenarios).toEqual([]);
    expect(listed.issues).toEqual([
      {
        path: '',
        message:
          'scénario « Hypothèse haute » : le contenu a été modifié à la main depuis son enregistrement (somme de contrôle différente) : vérifiez-le, puis enregistrez-le de nouveau depuis le volet',
        cell: { sheet: STORE_SHEET, address: 'E4' },
      },
    ]);
    const refused = await measured(excel, () => wb.deleteScenario('Hypothèse haute'));
    expect(refused.result.ok).toBe(false);
    expect(refused.writes).toBe(0);
    expect(refused.syncs).toBe(3);
  });

  it('refuse un scénario verrouillé, une feuille protégée, la saisie en cours, sans rien écrire', async () => {
    const { excel, wb } = setup(1);
    await wb.saveScenario('Budget', null);
    await wb.setScenarioStatus('Budget', 'realise', null, null);
    const locked = await measured(excel, () => wb.renameScenario('Budget', 'Autre', null));
    expect(locked.result).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          message: 'Le scénario « Budget » est réalisé : il ne peut plus être modifié ; dupliquez-le pour travailler sur une copie. Rien n’a été modifié.',
          cell: null,
        },
      ],
    });
    expect(locked.writes).toBe(0);

    excel.sheet(STORE_SHEET)!.isProtected = true;
    const protectedSheet = await measured(excel, () => wb.duplicateScenario('Budget', 'Copie', null));
    expect(protectedSheet.result).toEqual({ ok: false, issues: [blockingIssue('protected', `feuille « ${STORE_SHEET} »`)] });
    expect(protectedSheet.writes).toBe(0);
    excel.sheet(STORE_SHEET)!.isProtected = false;

    excel.options = { editMode: true };
    expect(await wb.saveScenario('X', null)).toEqual({ ok: false, issues: [blockingIssue('editing')] });
    excel.options = { readOnly: true };
    const readOnly = await measured(excel, () => wb.applyScenario('Budget'));
    expect(readOnly.result).toEqual({ ok: false, issues: [blockingIssue('read-only')] });
    expect(readOnly.writes).toBe(0);
  });

  it('refuse une feuille « Scénarios ACI » qui n’est pas la sienne', async () => {
    const { excel, wb } = setup(1);
    excel.seedCell(STORE_SHEET, 'A1', 'Mes notes');
    const saved = await measured(excel, () => wb.saveScenario('A', null));
    expect(saved.result.ok).toBe(false);
    if (!saved.result.ok) expect(saved.result.issues[0]!.cell).toEqual({ sheet: STORE_SHEET, address: 'A1' });
    expect(saved.writes).toBe(0);
  });

  // 4 syncs to read, check and write, and 2 to read the inputs back (what the next run's stamp compares with).
  it('applique un scénario (6 syncs) : tableaux réduits puis agrandis, relus à l’identique', async () => {
    const { excel, wb } = setup(3);
    await wb.saveScenario('Trois CPTS', null);
    const three = await wb.readInputs();
    const one = t3Parcours('Une CPTS', 0.7);
    await wb.importScenarios([one], null);

    const shrink = await measured(excel, () => wb.applyScenario('Une CPTS'));
    expect(shrink.result).toEqual({ ok: true, scenario: one, sheets: [SHEETS.cpts, SHEETS.achievements] });
    expect(shrink.syncs).toBe(6);
    // 3 CPTS × 5 missions = 15 achievement rows, 3 CPTS rows: down to 1 and 1.
    expect(excel.tables.find((t) => t.name === TABLES.cpts)!.address).toBe('A3:H4');
    expect(excel.tables.find((t) => t.name === TABLES.achievements)!.address).toBe('A3:H4');
    const readOne = await wb.readInputs();
    expect(readOne.ok && readOne.scenario).toEqual(asReadBack(one));
    // The emptied cells were cleared (an empty string was written: null would leave Excel's old value).
    expect(excel.sheet(SHEETS.cpts)!.value('F4')).toBeNull();

    const grow = await measured(excel, () => wb.applyScenario('Trois CPTS'));
    expect(grow.syncs).toBe(6);
    expect(excel.tables.find((t) => t.name === TABLES.achievements)!.address).toBe('A3:H18');
    const readThree = await wb.readInputs();
    if (!three.ok || !readThree.ok) throw new Error('read');
    expect(readThree.scenario).toEqual(three.scenario);
  });

  it('propriété : appliquer puis relire redonne le scénario, sur le faux Excel aussi', async () => {
    await fc.assert(
      fc.asyncProperty(validScenarioObject, fc.integer({ min: 1, max: 4 }), async (object, n) => {
        const { wb } = setup(n);
        const scenario = valid({ ...object, name: 'Hypothèse' });
        await wb.importScenarios([scenario], null);
        expect((await wb.applyScenario('Hypothèse')).ok).toBe(true);
        const read = await wb.readInputs();
        if (!read.ok) throw new Error(JSON.stringify(read.issues));
        expect(read.scenario).toEqual(asReadBack(scenario));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('compare (4 syncs) : la feuille « Comparaison », ses deux tableaux et son graphique en colonnes groupées', async () => {
    const { excel, wb } = setup(1);
    await wb.importScenarios([t3Parcours('Prudent', 0.7), t3Parcours('Plein', 1)], null);
    const run = await measured(excel, () => wb.compareScenarios(['Prudent', 'Plein']));
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.issues));
    expect(run.syncs).toBe(4);
    expect(run.result.sheet).toBe(COMPARISON_SHEET);
    const sheet = excel.sheet(COMPARISON_SHEET)!;
    // 207 750 = 131 250 + 45 000 + 70 % × 45 000 ; 221 250 = 131 250 + 90 000 ; écart 13 500 = 6,498 % de 207 750.
    expect(['A5', 'B5', 'C5', 'D5'].map((a) => sheet.value(a))).toEqual(['Année 1', 207750, 221250, 13500]);
    expect(sheet.value('E5')).toBeCloseTo(13500 / 207750, 12);
    expect(sheet.formats.get('4:4')).toBe(FORMATS.prorata);
    expect(sheet.formats.get('4:3')).toBe(FORMATS.euro);
    expect(['A10', 'B10', 'C10', 'D10'].map((a) => sheet.value(a))).toEqual(['Total', 1038750, 1106250, 67500]);
    expect(excel.tables.filter((t) => t.sheet === sheet).map((t) => t.name)).toEqual([
      COMPARISON_TABLES.contractYears,
      COMPARISON_TABLES.calendarYears,
      COMPARISON_TABLES.byCpts,
      COMPARISON_TABLES.byMission,
    ]);
    const [chart] = excel.charts.filter((c) => c.sheet === sheet);
    expect(chart!.type).toBe('ColumnClustered');
    expect(chart!.title.text).toBe('Versements par année civile, par scénario');
    expect(chart!.seriesList.map((s) => s.name)).toEqual(['Prudent', 'Plein']);
    const calendar = excel.tables.find((t) => t.name === COMPARISON_TABLES.calendarYears)!.address;
    const [first, last] = calendar.split(':').map((a) => Number(a.replace(/^[A-Z]+/, ''))) as [number, number];
    expect(chart!.seriesList.map((s) => s.values)).toEqual([`B${first + 1}:B${last}`, `C${first + 1}:C${last}`]);
    expect(chart!.seriesList.map((s) => s.xAxis)).toEqual([`A${first + 1}:A${last}`, `A${first + 1}:A${last}`]);

    // A second comparison rewrites the sheet; one with itself (a copy) shows zero differences.
    await wb.duplicateScenario('Plein', 'Plein (copie)', null);
    const again = await measured(excel, () => wb.compareScenarios(['Plein', 'Plein (copie)']));
    expect(again.syncs).toBe(4);
    const rewritten = excel.sheet(COMPARISON_SHEET)!;
    expect(excel.sheets.filter((s) => s.name === COMPARISON_SHEET)).toHaveLength(1);
    for (const r of [5, 6, 7, 8, 9, 10]) expect([rewritten.value(`D${r}`), rewritten.value(`E${r}`)]).toEqual([0, 0]);
  });

  it('ne remplace pas une feuille « Comparaison » créée par quelqu’un d’autre', async () => {
    const { excel, wb } = setup(1);
    await wb.importScenarios([t3Parcours('A', 0.7), t3Parcours('B', 1)], null);
    excel.seedCell(COMPARISON_SHEET, 'A1', 'Mon tableau de bord');
    const run = await measured(excel, () => wb.compareScenarios(['A', 'B']));
    expect(run.result).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          message: `La feuille « ${COMPARISON_SHEET} » existe déjà et n’a pas été créée par le simulateur : renommez-la pour que la comparaison puisse s’écrire. Rien n’a été modifié.`,
          cell: { sheet: COMPARISON_SHEET, address: 'A1' },
        },
      ],
    });
    expect(run.writes).toBe(0);
    expect(excel.sheet(COMPARISON_SHEET)!.value('A1')).toBe('Mon tableau de bord');
  });
});
