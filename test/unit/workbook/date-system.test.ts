import { isoToSerial, serialToIso } from '../../../src/workbook/grid/cells';
import { dateSystemOf } from '../../../src/workbook/grid/date-system';
import { DIALOGUE_SHEET, SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { FakeExcel } from './fake-excel';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows } from './fixtures';
import { officeOn } from './office-setup';

/**
 * 1904 workbooks: serial 0 is 1904-01-01. 2024-03-15 is serial 45 366 in the 1900 system (days since
 * 1899-12-30) and 45 366 − 1 462 = 43 904 in the 1904 system (1 462 days from 1899-12-30 to 1904-01-01:
 * 1900–1903 is 365 × 3 + 366 = 1 461 days, plus 1899-12-30 → 1900-01-01, two days, minus the 1900 system's
 * phantom 29/02/1900, one day).
 */
describe('système de dates 1904', () => {
  test('conversions à la main', () => {
    expect(isoToSerial('2024-03-15')).toBe(45366);
    expect(isoToSerial('2024-03-15', '1904')).toBe(43904);
    expect(serialToIso(43904, '1904')).toBe('2024-03-15');
    expect(serialToIso(0, '1904')).toBe('1904-01-01');
    expect(serialToIso(0, '1900')).toBeNull();
    expect(isoToSerial('1904-01-01')).toBe(1462);
    // Excel's own probe: =DATE(1904;1;1).
    expect(dateSystemOf(0)).toBe('1904');
    expect(dateSystemOf(1462)).toBe('1900');
  });

  test('Excel 1904 (faux contexte) : saisies lues, résultats et Appliquer écrits sans décalage de 1 462 jours', async () => {
    const excel = new FakeExcel({ date1904: true });
    const f = inputRows(1);
    const signature = CPTS_HEADER.indexOf('Date de signature');
    const start = ACHIEVEMENT_HEADER.indexOf('Date de démarrage');
    const to1904 = (rows: (string | number | boolean | null)[][], col: number) => rows.map((r) => r.map((v, j) => (j === col ? (v as number) - 1462 : v)));
    excel.seedTable(SHEETS.cpts, TABLES.cpts, 2, 0, [CPTS_HEADER, ...to1904(f.cpts, signature)]);
    excel.seedTable(SHEETS.achievements, TABLES.achievements, 2, 0, [ACHIEVEMENT_HEADER, ...to1904(f.achievements, start)]);
    const wb = officeOn(excel);
    const read = await wb.readInputs();
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.scenario.cpts[0]!.signatureDate).toBe('2024-03-15');
    expect(read.scenario.cpts[0]!.missions.map((m) => m.startDate)).toEqual(['2024-03-15', '2024-09-15', '2024-09-15', '2024-03-15', '2025-03-15']);
    const run = await wb.calculate();
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    // Projection row 5 (first body row): Début 2024-03-15 → 43 904, Fin 2025-03-14 → 44 268 in the 1904 system.
    const projection = excel.sheet(SHEETS.projection)!;
    expect(projection.cells.get('4:3')).toBe(43904);
    expect(projection.cells.get('4:4')).toBe(44268);
    // The schedule's first payment is at signature: 43 904.
    expect(excel.sheet(SHEETS.schedule)!.cells.get('4:0')).toBe(43904);
    // Save then apply: the signature date goes back as a 1904 serial, not shifted.
    expect((await wb.saveScenario('S', null)).ok).toBe(true);
    expect((await wb.applyScenario('S')).ok).toBe(true);
    expect(excel.sheet(SHEETS.cpts)!.cells.get(`3:${signature}`)).toBe(43904);
    const again = await wb.readInputs();
    expect(again.ok && again.scenario.cpts[0]!.signatureDate).toBe('2024-03-15');
  });

  test('un classeur en mémoire en 1904 : la saisie « 14/03/2024 » devient 43 903 et se relit 2024-03-14', async () => {
    const wb = new MemoryWorkbook({ dateSystem: '1904' });
    await wb.insertTemplate('ask');
    // The template's example is written in the workbook's system too.
    expect(wb.value(SHEETS.cpts, 'D4')).toBe(43904);
    wb.setValue(SHEETS.cpts, 'D4', '14/03/2024');
    expect(wb.value(SHEETS.cpts, 'D4')).toBe(43903);
    const read = await wb.readInputs();
    expect(read.ok && read.scenario.cpts[0]!.signatureDate).toBe('2024-03-14');
  });
});

describe('système de dates 1904 : « Dialogue de gestion »', () => {
  test('la feuille lit les saisies dans le calendrier du classeur, comme « Calculer »', async () => {
    // The example's signature, 2024-03-15, is serial 43 904 in a 1904 workbook (see above); year 1's fonctionnement
    // is planned on that day. Read as a 1900 serial, 43 904 would be 2020-03-14, four years early.
    const wb = new MemoryWorkbook({ dateSystem: '1904' });
    await wb.insertTemplate('ask');
    const out = await wb.writeDialogue('cpts-exemple');
    expect(out.ok).toBe(true);
    const text = wb.sheet(DIALOGUE_SHEET)!.rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join('|'));
    expect(text.some((t) => t.startsWith('43904|1|1|Fonctionnement (année 1)|'))).toBe(true);
  });
});

describe('système de dates 1904 : les lignes de paramètres', () => {
  test('la date d’effet de l’avenant 2 saisie dans « Votre valeur » se lit et se réécrit dans le calendrier du classeur', async () => {
    // 2022-05-01 is 44 682 days after 1899-12-30, hence serial 44 682 − 1 462 = 43 220 in a 1904 workbook.
    const wb = new MemoryWorkbook({ dateSystem: '1904' });
    await wb.insertTemplate('ask');
    const sheet = wb.sheet(SHEETS.bareme)!;
    const headerRow = sheet.rows.findIndex((r) => r.includes('Votre valeur') && r.includes('Paramètre'));
    const valueCol = sheet.rows[headerRow]!.indexOf('Votre valeur');
    const row = sheet.rows.findIndex((r) => r[0] === 'Date d’effet de l’avenant 2');
    expect(row).toBeGreaterThan(headerRow);
    const address = `${String.fromCharCode(65 + valueCol)}${row + 1}`;
    wb.setValue(SHEETS.bareme, address, '01/05/2022');
    expect(wb.value(SHEETS.bareme, address)).toBe(43220);
    const read = await wb.readInputs();
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.scenario.parameters?.avenant2EffectiveDate).toBe('2022-05-01');
    expect((await wb.saveScenario('P', null)).ok).toBe(true);
    wb.setValue(SHEETS.bareme, address, null);
    expect((await wb.applyScenario('P')).ok).toBe(true);
    expect(wb.value(SHEETS.bareme, address)).toBe(43220);
  });
});
