import fc from 'fast-check';
import { BAREME_ROWS } from '../../../src/workbook/inputs/bareme-rows';
import { cellAddress, parseRange } from '../../../src/workbook/grid/cells';
import { BAREME_CONTRACT_COLUMN, COMPARISON_SHEET, COMPARISON_TABLES, FORMATS, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { blockingIssue } from '../../../src/workbook/actions/states';
import { STORE_COLUMN_ORDER, STORE_SHEET, STORE_TABLE } from '../../../src/workbook/store/scenario-store';
import { STORE_BANNER } from '../../../src/workbook/store/store-sheet';
import { validScenarioObject } from '../engine/arbitraries';
import { asReadBack, clock, NOW, t3Parcours, valid } from './scenario-fixtures';

async function withTemplate(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ clock });
  await wb.insertTemplate('ask');
  return wb;
}

const snapshot = (wb: MemoryWorkbook): string => JSON.stringify(wb.sheetNames().map((s) => wb.sheet(s)));

/** Store table: header on row 3, first scenario row on row 4; columns A (Scénario) … K (Valeur). */
const col = (key: (typeof STORE_COLUMN_ORDER)[number]): number => STORE_COLUMN_ORDER.indexOf(key);
function storeBody(wb: MemoryWorkbook): (string | number | boolean | null)[][] {
  const view = wb.sheet(STORE_SHEET)!;
  const t = parseRange(view.tables.find((x) => x.name === STORE_TABLE)!.address)!;
  return view.rows.slice(t.row + 1, t.row + t.rows).map((r) => [...r]);
}

describe('scénarios dans le classeur en mémoire', () => {
  it('enregistre les saisies sous un nom : une feuille « Scénarios ACI » lisible, relue à l’identique', async () => {
    const wb = await withTemplate();
    const read = await wb.readInputs();
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(await wb.listScenarios()).toEqual({ ok: true, scenarios: [], issues: [] });

    const saved = await wb.saveScenario('  Hypothèse haute ', 'Trésorière');
    const expected = {
      scenario: { ...read.scenario, name: 'Hypothèse haute' },
      status: 'brouillon',
      meetingDate: null,
      revision: 1,
      author: 'Trésorière',
      savedAt: NOW,
    };
    expect(saved).toEqual({ ok: true, scenarios: [expected], issues: [] });
    expect(await wb.listScenarios()).toEqual(saved);

    const view = wb.sheet(STORE_SHEET)!;
    expect(view.generated).toBe(false);
    expect(view.rows[0]![0]).toBe(STORE_BANNER);
    expect(view.tables.map((t) => t.name)).toEqual([STORE_TABLE]);
    expect(view.tables[0]!.address.startsWith('A3:K')).toBe(true);
    // The signature date is kept as the text « 2024-03-15 », not turned into a date serial by the write.
    const body = storeBody(wb);
    const signature = body.find((r) => r[col('cpts')] === 'cpts-exemple' && r[col('field')] === 'signatureDate')!;
    expect(signature[col('value')]).toBe('2024-03-15');

    // Saving the same name again is the next revision of the draft.
    const again = await wb.saveScenario('Hypothèse haute', null);
    expect(again.ok && again.scenarios.map((s) => [s.scenario.name, s.revision, s.author])).toEqual([['Hypothèse haute', 2, null]]);
  });

  it('signale un scénario modifié à la main, avec sa cellule, le garde tel quel et refuse d’y toucher', async () => {
    const wb = await withTemplate();
    await wb.saveScenario('Hypothèse haute', null);
    const body = storeBody(wb);
    const ratesRow = body.findIndex((r) => r[col('field')] === 'missions.acces-soins.rates');
    // A person changes a rate: the table's row i is on sheet row 4 + i, « Valeur » is column K.
    wb.setValue(STORE_SHEET, `K${4 + ratesRow}`, '1 ; 1 ; 0.9 ; 0.8 ; 0.8');
    const listed = await wb.listScenarios();
    if (!listed.ok) throw new Error('expected a list');
    expect(listed.scenarios).toEqual([]);
    expect(listed.issues.map((i) => i.cell)).toEqual([{ sheet: STORE_SHEET, address: 'E4' }]);
    expect(listed.issues[0]!.message).toContain('modifié à la main');

    // Another save keeps the broken rows (after the readable ones) and still reports them, at their new cell.
    const other = await wb.saveScenario('Autre', null);
    if (!other.ok) throw new Error(JSON.stringify(other.issues));
    const otherRows = storeBody(wb).filter((r) => r[0] === 'Autre').length;
    expect(other.scenarios.map((s) => s.scenario.name)).toEqual(['Autre']);
    expect(other.issues.map((i) => i.cell)).toEqual([{ sheet: STORE_SHEET, address: `E${4 + otherRows}` }]);
    expect(storeBody(wb).filter((r) => r[0] === 'Hypothèse haute')).toHaveLength(body.length);

    const before = snapshot(wb);
    const renamed = await wb.renameScenario('Hypothèse haute', 'Nouveau nom', null);
    expect(renamed.ok).toBe(false);
    if (!renamed.ok) expect(renamed.issues[0]!.message).toMatch(/^Le scénario « Hypothèse haute » a des lignes illisibles .* Rien n’a été modifié\.$/);
    // Nor may a new scenario take the broken one's name (its rows would mix).
    expect((await wb.saveScenario('Hypothèse haute', null)).ok).toBe(false);
    expect(snapshot(wb)).toBe(before);
  });

  it('verrouille un scénario validé : ni enregistré, ni renommé, ni supprimé ; dupliqué en brouillon', async () => {
    const wb = await withTemplate();
    await wb.saveScenario('Budget 2027', null);
    expect((await wb.setScenarioStatus('Budget 2027', 'valide', null, null)).ok).toBe(false);
    const validated = await wb.setScenarioStatus('Budget 2027', 'valide', '2026-11-20', 'CPAM');
    expect(validated.ok && validated.scenarios.map((s) => [s.status, s.meetingDate, s.revision])).toEqual([['valide', '2026-11-20', 2]]);
    const before = snapshot(wb);
    for (const attempt of [wb.saveScenario('Budget 2027', null), wb.renameScenario('Budget 2027', 'X', null), wb.deleteScenario('Budget 2027')]) {
      const r = await attempt;
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues[0]!.message).toBe(
          'Le scénario « Budget 2027 » est validé (réunion du 2026-11-20) : il ne peut plus être modifié ; dupliquez-le pour travailler sur une copie. Rien n’a été modifié.',
        );
    }
    expect(snapshot(wb)).toBe(before);
    const copy = await wb.duplicateScenario('Budget 2027', 'Budget 2027 (bis)', null);
    expect(copy.ok && copy.scenarios.map((s) => [s.scenario.name, s.status, s.revision])).toEqual([
      ['Budget 2027', 'valide', 2],
      ['Budget 2027 (bis)', 'brouillon', 1],
    ]);
    const deleted = await wb.deleteScenario('Budget 2027 (bis)');
    expect(deleted.ok && deleted.scenarios.map((s) => s.scenario.name)).toEqual(['Budget 2027']);
  });

  it('refuse, sans rien changer, dans un classeur protégé, en lecture seule ou en cours de saisie', async () => {
    const wb = await withTemplate();
    await wb.saveScenario('A', null);
    const before = snapshot(wb);
    wb.setState({ protected: true });
    expect(await wb.saveScenario('B', null)).toEqual({ ok: false, issues: [blockingIssue('protected')] });
    expect(await wb.compareScenarios(['A', 'A'])).toEqual({ ok: false, issues: [blockingIssue('protected')] });
    wb.setState({ readOnly: true });
    expect(await wb.applyScenario('A')).toEqual({ ok: false, issues: [blockingIssue('read-only')] });
    wb.setState({ editingCell: true });
    expect(await wb.listScenarios()).toEqual({ ok: false, issues: [blockingIssue('editing')] });
    wb.setState({});
    expect(snapshot(wb)).toBe(before);
  });

  it('refuse des saisies invalides à l’enregistrement en nommant la cellule, sans rien écrire', async () => {
    const wb = await withTemplate();
    wb.setValue(SHEETS.cpts, 'C4', 'beaucoup');
    const before = snapshot(wb);
    const saved = await wb.saveScenario('A', null);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.issues.map((i) => i.cell)).toEqual([{ sheet: SHEETS.cpts, address: 'C4' }]);
    expect(snapshot(wb)).toBe(before);
  });

  it('propriété : appliquer un scénario puis relire les saisies redonne ce scénario', async () => {
    await fc.assert(
      fc.asyncProperty(validScenarioObject, async (object) => {
        const scenario = valid({ ...object, name: 'Hypothèse' });
        const wb = await withTemplate();
        expect((await wb.importScenarios([scenario], null)).ok).toBe(true);
        const applied = await wb.applyScenario('Hypothèse');
        expect(applied).toEqual({
          ok: true,
          scenario,
          sheets: [SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme],
        });
        const read = await wb.readInputs();
        if (!read.ok) throw new Error(JSON.stringify(read.issues));
        expect(read.scenario).toEqual(asReadBack(scenario));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('applique le barème du scénario dans la colonne « Montant de votre contrat » et vide les autres tailles', async () => {
    const wb = await withTemplate();
    const base = await wb.readInputs();
    if (!base.ok) throw new Error('template');
    // Amounts of a size-2 contract: 1 000,00 € + 10 € per row, in the rule table's shape.
    const sizes: Record<string, unknown> = {};
    BAREME_ROWS.filter((r) => r.size === 2).forEach((r, i) => {
      let node = sizes;
      const keys = r.path.split('.').slice(2);
      keys.forEach((k, j) => {
        if (j === keys.length - 1) node[k] = (1000 + 10 * i).toFixed(2);
        else node = (node[k] ??= {}) as Record<string, unknown>;
      });
    });
    const scenario = valid({ ...base.scenario, name: 'Contrat', bareme: { sizes } });
    await wb.importScenarios([scenario], null);
    // A size-1 amount typed earlier is cleared by the apply (the scenario has no size 1).
    const bareme = wb.sheet(SHEETS.bareme)!;
    const header = bareme.rows[2]!;
    const amountCol = header.indexOf(BAREME_CONTRACT_COLUMN.header);
    wb.setValue(SHEETS.bareme, cellAddress(3, amountCol), 12345);
    expect((await wb.applyScenario('Contrat')).ok).toBe(true);
    expect(wb.value(SHEETS.bareme, cellAddress(3, amountCol))).toBeNull();
    const firstSize2 = bareme.rows.findIndex((r) => r[0] === 2);
    expect(wb.value(SHEETS.bareme, cellAddress(firstSize2, amountCol))).toBe(1000);
    const read = await wb.readInputs();
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.scenario).toEqual(asReadBack(scenario));
  });

  it('refuse d’appliquer un scénario inconnu, ou sans tableaux de saisie, sans rien changer', async () => {
    const wb = new MemoryWorkbook({ clock });
    await wb.importScenarios([t3Parcours('A', 1)], null);
    const before = snapshot(wb);
    const unknown = await wb.applyScenario('B');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok && 'issues' in unknown) expect(unknown.issues[0]!.message).toBe('Aucun scénario lisible ne s’appelle « B ». Rien n’a été modifié.');
    const noTables = await wb.applyScenario('A');
    expect(noTables.ok).toBe(false);
    if (!noTables.ok && 'issues' in noTables)
      expect(noTables.issues.map((i) => i.message)).toEqual([
        `Tableau « ${TABLES.cpts} » introuvable : utilisez « Insérer le modèle » pour créer les tableaux de saisie. Rien n’a été modifié.`,
        `Tableau « ${TABLES.achievements} » introuvable : utilisez « Insérer le modèle » pour créer les tableaux de saisie. Rien n’a été modifié.`,
      ]);
    expect(snapshot(wb)).toBe(before);
  });
});

describe('comparaison de scénarios (classeur en mémoire)', () => {
  /** Contract-year table: header on row 4 (A4), « Année 1 » … « Année 5 » on rows 5 to 9, « Total » on row 10. */
  const CONTRACT_ROWS = [5, 6, 7, 8, 9, 10];

  it('d’un scénario avec sa copie : écarts nuls partout, en € et en %', async () => {
    const wb = await withTemplate();
    await wb.saveScenario('A', null);
    await wb.duplicateScenario('A', 'B', null);
    const compared = await wb.compareScenarios(['A', 'B']);
    if (!compared.ok) throw new Error(JSON.stringify(compared.issues));
    const view = wb.sheet(COMPARISON_SHEET)!;
    expect(view.generated).toBe(true);
    expect(view.tables.map((t) => t.name)).toEqual([
      COMPARISON_TABLES.contractYears,
      COMPARISON_TABLES.calendarYears,
      COMPARISON_TABLES.byCpts,
      COMPARISON_TABLES.byMission,
    ]);
    expect(view.rows[3]!.slice(0, 5)).toEqual(['Année de contrat', 'A', 'B', 'B : écart (€)', 'B : écart (%)']);
    for (const r of CONTRACT_ROWS) {
      expect(wb.value(COMPARISON_SHEET, `B${r}`)).toBe(wb.value(COMPARISON_SHEET, `C${r}`));
      expect(wb.value(COMPARISON_SHEET, `D${r}`)).toBe(0);
      expect(wb.value(COMPARISON_SHEET, `E${r}`)).toBe(0);
    }
    const calendar = parseRange(view.tables[1]!.address)!;
    for (let r = calendar.row + 1; r < calendar.row + calendar.rows; r++) {
      expect(view.rows[r]![3]).toBe(0);
      expect(view.rows[r]![4]).toBe(0);
    }
    // Rewritten whole: a second comparison replaces the sheet, it does not add one.
    await wb.compareScenarios(['B', 'A']);
    expect(wb.sheetNames().filter((s) => s === COMPARISON_SHEET)).toHaveLength(1);
    expect(wb.value(COMPARISON_SHEET, 'B4')).toBe('B');
  });

  it('de deux scénarios calculés à la main (taille 3, parcours, 70 % contre 100 %)', async () => {
    const wb = new MemoryWorkbook({ clock });
    await wb.importScenarios([t3Parcours('Prudent', 0.7), t3Parcours('Plein', 1)], null);
    const compared = await wb.compareScenarios(['Prudent', 'Plein']);
    if (!compared.ok) throw new Error(JSON.stringify(compared.issues));
    // Each contract year (avenant 2, taille 3): fonctionnement 131 250 + parcours fixe 45 000 + variable 45 000 × taux.
    // 70 %: 131 250 + 45 000 + 31 500 = 207 750 ; 100 %: 131 250 + 45 000 + 45 000 = 221 250 ;
    // écart 13 500, soit 13 500 / 207 750 = 6,498 % (affiché 6,50 %).
    for (const r of [5, 6, 7, 8, 9]) {
      expect(wb.value(COMPARISON_SHEET, `A${r}`)).toBe(`Année ${r - 4}`);
      expect(wb.value(COMPARISON_SHEET, `B${r}`)).toBe(207750);
      expect(wb.value(COMPARISON_SHEET, `C${r}`)).toBe(221250);
      expect(wb.value(COMPARISON_SHEET, `D${r}`)).toBe(13500);
      expect(wb.value(COMPARISON_SHEET, `E${r}`)).toBeCloseTo(13500 / 207750, 12);
    }
    // Total: 5 × 207 750 = 1 038 750 ; 5 × 221 250 = 1 106 250 ; écart 67 500 (même 6,498 %).
    expect([10].map((r) => ['A', 'B', 'C', 'D'].map((c) => wb.value(COMPARISON_SHEET, `${c}${r}`)))).toEqual([['Total', 1038750, 1106250, 67500]]);
    expect(wb.value(COMPARISON_SHEET, 'E10')).toBeCloseTo(0.0649819, 7);
    const view = wb.sheet(COMPARISON_SHEET)!;
    expect(view.formats[4]![1]).toBe(FORMATS.euro);
    expect(view.formats[4]![3]).toBe(FORMATS.euro);
    expect(view.formats[4]![4]).toBe(FORMATS.prorata);
    // The calendar-year table holds every payment: its rows add up to the same five-year totals.
    const calendar = parseRange(view.tables[1]!.address)!;
    const rows = view.rows.slice(calendar.row + 1, calendar.row + calendar.rows);
    const sumOf = (j: number): number => rows.reduce((s, r) => s + Number(r[j]), 0);
    expect(sumOf(1)).toBeCloseTo(1038750, 6);
    expect(sumOf(2)).toBeCloseTo(1106250, 6);
    expect(sumOf(3)).toBeCloseTo(67500, 6);
    // One clustered-column chart, one series per scenario, each set from its own column.
    const body = calendar.row + 2;
    const last = calendar.row + calendar.rows;
    expect(view.charts).toEqual([
      {
        name: 'GraphiqueComparaison',
        title: 'Versements par année civile, par scénario',
        type: 'ColumnClustered',
        categories: `'Comparaison'!A${body}:A${last}`,
        series: [
          { name: 'Prudent', values: `'Comparaison'!B${body}:B${last}` },
          { name: 'Plein', values: `'Comparaison'!C${body}:C${last}` },
        ],
        xAxisTitle: 'Année civile',
        yAxisTitle: 'Versements (€)',
      },
    ]);
    expect(compared.comparison.names).toEqual(['Prudent', 'Plein']);
  });

  it('refuse une comparaison d’un seul scénario, d’un nom inconnu ou choisi deux fois', async () => {
    const wb = new MemoryWorkbook({ clock });
    await wb.importScenarios([t3Parcours('A', 1), t3Parcours('B', 0.5)], null);
    const messages = async (names: string[]): Promise<string[]> => {
      const r = await wb.compareScenarios(names);
      return r.ok ? [] : r.issues.map((i) => i.message);
    };
    expect(await messages(['A'])).toEqual(['Choisissez au moins deux scénarios à comparer. Rien n’a été modifié.']);
    expect(await messages(['A', 'C'])).toEqual(['Aucun scénario ne s’appelle « C ». Rien n’a été modifié.']);
    expect(await messages(['A', 'A'])).toEqual(['Le scénario « A » est choisi deux fois : dupliquez-le pour le comparer à lui-même. Rien n’a été modifié.']);
    expect(wb.sheetNames()).toEqual([STORE_SHEET]);
  });
});
