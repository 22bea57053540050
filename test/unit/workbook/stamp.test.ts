import { rulesCurrentTo } from '../../../src/engine';
import { appliedRecord, inputsFingerprint, parseAppliedRecord, runOrigin } from '../../../src/workbook/store/applied';
import { COMPARISON_SHEET, OUTPUT_SHEETS, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { sessionAppliedStore } from '../../../src/workbook/store/applied-store';
import { isStaleStamp, localDateTime, originText, STALE_MARK, staleStamp } from '../../../src/workbook/sheets/stamp';
import { FakeExcel } from './fake-excel';
import { inputRows } from './fixtures';
import { fakeWithInputs } from './office-setup';

/** 23 November 2026, 14:05, in the machine's own time zone: the stamp shows local time. */
const LOCAL_RUN = new Date(2026, 10, 23, 14, 5, 59);
const clock = (): string => LOCAL_RUN.toISOString();
const RULES_CURRENT = rulesCurrentTo().split('-').reverse().join('/');

describe('le tampon des feuilles générées', () => {
  test('date et heure locales au format jj/mm/aaaa hh:mm (les secondes ne comptent pas)', () => {
    expect(localDateTime(LOCAL_RUN)).toBe('23/11/2026 14:05');
    expect(localDateTime(new Date(2027, 0, 2, 9, 3))).toBe('02/01/2027 09:03');
  });

  test('nomme le scénario appliqué et sa révision, sinon « saisies du classeur »', () => {
    expect(originText({ kind: 'workbook' })).toBe('saisies du classeur');
    expect(originText({ kind: 'stored', scenario: { name: 'Hypothèse haute', revision: 3 } })).toBe('scénario « Hypothèse haute » (révision 3)');
    expect(originText({ kind: 'workbook', editedFrom: { name: 'H', revision: 1 } })).toBe(
      'saisies du classeur (scénario « H » (révision 1) appliqué puis modifié)',
    );
  });

  test('« périmé » se pose une fois, devant la description du calcul', () => {
    const once = staleStamp('Entrées : saisies du classeur');
    expect(once).toBe(`${STALE_MARK} — Entrées : saisies du classeur`);
    expect(staleStamp(once)).toBe(once);
    expect(isStaleStamp(once)).toBe(true);
  });

  test('l’empreinte ignore le nom et le format ; un enregistrement abîmé n’est pas lu', () => {
    const a = { format: 'aci-cpts-scenario/1', name: 'A', ruleVersion: 'auto', cpts: [] } as const;
    expect(inputsFingerprint(a)).toBe(inputsFingerprint({ ...a, name: 'B', format: 'aci-cpts-scenario/2' as never }));
    expect(inputsFingerprint(a)).not.toBe(inputsFingerprint({ ...a, ruleVersion: 'avenant-2' }));
    const record = appliedRecord({ scenario: a, revision: 2, status: 'brouillon', meetingDate: null, author: null, savedAt: '' } as never);
    expect(parseAppliedRecord(JSON.stringify(record))).toEqual(record);
    expect(parseAppliedRecord('{"name":"A"}')).toBeNull();
    expect(parseAppliedRecord('pas du JSON')).toBeNull();
    expect(runOrigin(a, record)).toEqual({ kind: 'stored', scenario: { name: 'A', revision: 2 } });
    expect(runOrigin({ ...a, ruleVersion: 'aci-2019' }, record)).toEqual({ kind: 'workbook', editedFrom: { name: 'A', revision: 2 } });
    expect(runOrigin(a, null)).toEqual({ kind: 'workbook' });
  });
});

const stampOf = (wb: MemoryWorkbook, sheet: string): string => String(wb.value(sheet, 'A2'));

describe('classeur en mémoire : tampon, scénario appliqué, périmé', () => {
  test('chaque feuille générée dit ses entrées, ses règles et l’heure ; Appliquer puis Calculer nomme le scénario', async () => {
    const wb = new MemoryWorkbook({ clock });
    await wb.insertTemplate('ask');
    const first = await wb.calculate();
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    for (const sheet of OUTPUT_SHEETS) {
      expect(stampOf(wb, sheet)).toBe(
        `Entrées : saisies du classeur — version(s) des règles : ${first.projection.ruleVersions.join(', ')} (selon les dates) — règles à jour au ${RULES_CURRENT} — calculé le 23/11/2026 14:05`,
      );
    }
    const saved = await wb.saveScenario('Hypothèse haute', null);
    expect(saved.ok).toBe(true);
    expect((await wb.applyScenario('Hypothèse haute')).ok).toBe(true);
    await wb.calculate();
    expect(stampOf(wb, SHEETS.summary)).toMatch(/^Entrées : scénario « Hypothèse haute » \(révision 1\) — /);
    // Edited after the apply: the inputs are the workbook's own again, and the stamp says where they came from.
    wb.setValue(SHEETS.cpts, 'C4', '30000');
    await wb.calculate();
    expect(stampOf(wb, SHEETS.summary)).toMatch(/^Entrées : saisies du classeur \(scénario « Hypothèse haute » \(révision 1\) appliqué puis modifié\) — /);
    // Put back as applied: the scenario is named again (the content decides, not the history).
    wb.setValue(SHEETS.cpts, 'C4', '52000');
    await wb.calculate();
    expect(stampOf(wb, SHEETS.summary)).toMatch(/^Entrées : scénario « Hypothèse haute » \(révision 1\)/);
  });

  test('un scénario importé que les tableaux ne portent pas mot pour mot (années de crise vides) est nommé après Appliquer', async () => {
    const wb = new MemoryWorkbook({ clock });
    await wb.insertTemplate('ask');
    const read = await wb.readInputs();
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    // `crisisYears: []` (no crisis) reads back as no list at all: the same inputs, another JSON.
    const imported = {
      ...read.scenario,
      name: 'Importé',
      cpts: read.scenario.cpts.map((c) => ({ ...c, missions: c.missions.map((m) => (m.mission === 'crises-sanitaires' ? { ...m, crisisYears: [] } : m)) })),
    };
    expect(imported.cpts.some((c) => c.missions.some((m) => m.crisisYears?.length === 0))).toBe(true);
    expect((await wb.importScenarios([imported], null)).ok).toBe(true);
    expect((await wb.applyScenario('Importé')).ok).toBe(true);
    await wb.calculate();
    expect(stampOf(wb, SHEETS.summary)).toMatch(/^Entrées : scénario « Importé » \(révision 1\) — /);
  });

  test('une saisie après le calcul : les tampons disent « périmé », l’écouteur est prévenu ; une cellule hors tableau ne compte pas', async () => {
    const wb = new MemoryWorkbook({ clock });
    await wb.insertTemplate('ask');
    let heard = 0;
    const off = wb.onInputsChanged(() => heard++);
    await wb.calculate();
    wb.setValue(SHEETS.cpts, 'A1', 'note hors tableau');
    expect(heard).toBe(0);
    expect(isStaleStamp(stampOf(wb, SHEETS.summary))).toBe(false);
    wb.setValue(SHEETS.cpts, 'C4', '30000');
    expect(heard).toBe(1);
    for (const sheet of OUTPUT_SHEETS)
      expect(stampOf(wb, sheet)).toMatch(/^PÉRIMÉ : saisies modifiées depuis ce calcul, recalculer — Entrées : saisies du classeur/);
    // A whole body rewritten (as a paste would): the same rows, still a change.
    wb.setTableRows(TABLES.achievements, wb.sheet(SHEETS.achievements)!.rows.slice(3));
    expect(heard).toBe(2);
    // Marked once, not twice.
    expect(stampOf(wb, SHEETS.summary).split('PÉRIMÉ').length).toBe(2);
    await wb.calculate();
    expect(isStaleStamp(stampOf(wb, SHEETS.summary))).toBe(false);
    off();
    wb.setValue(SHEETS.cpts, 'C4', '31000');
    expect(heard).toBe(2);
  });
});

describe('Excel (faux contexte) : tampon, scénario appliqué, périmé par les événements de tableau', () => {
  function setup(): { excel: FakeExcel; wb: OfficeWorkbook; change: (table: string) => Promise<void>; stopped: () => boolean } {
    const excel = fakeWithInputs(inputRows(1));
    let handler: ((name: string) => void) | null = null;
    let stopped = false;
    const wb = new OfficeWorkbook({
      run: excel.run,
      supports: () => true,
      clock,
      applied: sessionAppliedStore(),
      watchTables: async (onChange) => {
        handler = onChange;
        return async () => {
          stopped = true;
        };
      },
    });
    const change = async (table: string): Promise<void> => {
      handler?.(table);
      // The handler's Excel.run settles on the next turns of the event loop.
      for (let i = 0; i < 10; i++) await Promise.resolve();
    };
    return { excel, wb, change, stopped: () => stopped };
  }
  const a2 = (excel: FakeExcel, sheet: string): string => String(excel.sheet(sheet)!.cells.get('1:0'));

  test('le calcul tamponne l’heure locale ; Appliquer le fait nommer au calcul suivant', async () => {
    const { excel, wb } = setup();
    await wb.calculate();
    expect(a2(excel, SHEETS.summary)).toMatch(/^Entrées : saisies du classeur — .* — calculé le 23\/11\/2026 14:05$/);
    await wb.saveScenario('Hypothèse basse', null);
    expect((await wb.applyScenario('Hypothèse basse')).ok).toBe(true);
    await wb.calculate();
    expect(a2(excel, SHEETS.projection)).toMatch(/^Entrées : scénario « Hypothèse basse » \(révision 1\) — /);
  });

  test('un changement dans un tableau de saisie marque les feuilles (une fois) et prévient le volet ; un tableau de résultats, non', async () => {
    const { excel, wb, change, stopped } = setup();
    let heard = 0;
    const off = wb.onInputsChanged(() => heard++);
    await wb.calculate();
    await change(TABLES.projection);
    expect(heard).toBe(0);
    expect(a2(excel, SHEETS.summary)).toMatch(/^Entrées/);
    const before = excel.writes().length;
    await change(TABLES.cpts);
    expect(heard).toBe(1);
    for (const sheet of OUTPUT_SHEETS) expect(a2(excel, sheet)).toMatch(/^PÉRIMÉ : saisies modifiées depuis ce calcul, recalculer — Entrées/);
    const marking = excel.writes().length - before;
    expect(marking).toBe(OUTPUT_SHEETS.length);
    // A second change writes nothing more (no further loss of Excel's undo history).
    await change(TABLES.achievements);
    expect(heard).toBe(2);
    expect(excel.writes().length - before).toBe(marking);
    // After a run, the next change marks again.
    await wb.calculate();
    await change(TABLES.bareme);
    expect(a2(excel, SHEETS.charts)).toMatch(/^PÉRIMÉ/);
    off();
    await Promise.resolve();
    expect(stopped()).toBe(true);
  });

  test('la feuille de comparaison dit les révisions, les versions de règles et l’heure locale', async () => {
    const { excel, wb } = setup();
    await wb.saveScenario('A', null);
    await wb.saveScenario('A', null);
    await wb.saveScenario('B', null);
    const compared = await wb.compareScenarios(['A', 'B']);
    if (!compared.ok) throw new Error(JSON.stringify(compared.issues));
    expect(a2(excel, COMPARISON_SHEET)).toMatch(
      new RegExp(
        `^Référence : « A » \\(révision 2\\) — écarts de « B » \\(révision 1\\) par rapport à elle — version\\(s\\) des règles : [a-z0-9-]+(, [a-z0-9-]+)* — règles à jour au ${RULES_CURRENT} — calculé le 23/11/2026 14:05$`,
      ),
    );
  });
});
