import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { parseScenarioJson, validateScenario, type Scenario } from '../../../src/engine';
import { cellAddress } from '../../../src/workbook/grid/cells';
import type { CellValue } from '../../../src/workbook/grid/cells';
import {
  checksumOf,
  readStore,
  STORE_COLUMN_ORDER,
  STORE_COLUMNS,
  STORE_SHEET,
  storeRows,
  type StoredScenario,
} from '../../../src/workbook/store/scenario-store';
import { validScenarioObject } from '../engine/arbitraries';
import { format2Scenario } from '../fixtures/format2';

/** Body rows start on the sheet's row 2, under the header. */
const cellOf = (row: number, column: number) => ({ sheet: STORE_SHEET, address: cellAddress(row + 1, column) });

function valid(value: unknown): Scenario {
  const r = validateScenario(value);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

const stored = (scenario: Scenario, extra: Partial<StoredScenario> = {}): StoredScenario => ({
  scenario,
  status: 'brouillon',
  meetingDate: null,
  revision: 1,
  author: 'Trésorière',
  savedAt: '2026-11-23T10:00:00Z',
  ...extra,
});

const example = valid({
  format: 'aci-cpts-scenario/1',
  name: 'Hypothèse haute',
  ruleVersion: 'auto',
  cpts: [
    {
      id: 'cpts-exemple',
      name: '=1+1 CPTS',
      population: 52000,
      signatureDate: '2024-03-15',
      missions: [
        { mission: 'acces-soins', startDate: '2024-03-15', rates: [1, 1, 0.8, 0.8, 0.8] },
        { mission: 'crises-sanitaires', startDate: '2024-03-15', crisisYears: [3] },
      ],
    },
  ],
});

describe('magasin de scénarios du classeur', () => {
  test('une ligne par scénario × CPTS × champ, lisible', () => {
    const rows = storeRows([stored(example)]);
    const fields = rows.map((r) => `${r[8]}|${r[9]}|${r[10]}`);
    expect(fields).toEqual([
      '|ruleVersion|auto',
      'cpts-exemple|name|=1+1 CPTS',
      'cpts-exemple|population|52000',
      'cpts-exemple|signatureDate|2024-03-15',
      'cpts-exemple|missions.acces-soins.startDate|2024-03-15',
      'cpts-exemple|missions.acces-soins.rates|1 ; 1 ; 0.8 ; 0.8 ; 0.8',
      'cpts-exemple|missions.crises-sanitaires.startDate|2024-03-15',
      'cpts-exemple|missions.crises-sanitaires.crisisYears|3',
    ]);
    // Every row repeats the scenario's name, status, revision and checksum.
    expect(new Set(rows.map((r) => `${r[0]}|${r[1]}|${r[3]}|${r[4]}`)).size).toBe(1);
    expect(STORE_COLUMN_ORDER.map((k) => STORE_COLUMNS[k].header)).toEqual([
      'Scénario',
      'Statut',
      'Date de réunion',
      'Révision',
      'Contrôle',
      'Auteur',
      'Enregistré le',
      'Format',
      'CPTS',
      'Champ',
      'Valeur',
    ]);
  });

  test('propriété : tout scénario valide enregistré puis relu est identique', () => {
    fc.assert(
      fc.property(fc.array(validScenarioObject, { minLength: 1, maxLength: 3 }), (objects) => {
        const list = objects.map((o, i) => stored(valid({ ...o, name: `Scénario ${i + 1}` }), { revision: i + 1 }));
        const read = readStore(storeRows(list), cellOf);
        expect(read.issues).toEqual([]);
        expect(read.scenarios).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  test('propriété : export JSON puis import donne le même scénario', () => {
    fc.assert(
      fc.property(validScenarioObject, (o) => {
        const s = valid(o);
        const back = parseScenarioJson(JSON.stringify(s, null, 2));
        expect(back.ok && back.value).toEqual(s);
      }),
      { numRuns: 200 },
    );
  });

  test('survit à un aller-retour par un fichier .xlsx écrit et relu par une autre bibliothèque (ExcelJS)', async () => {
    const list = [stored(example, { status: 'valide', meetingDate: '2026-11-20', revision: 3 }), stored({ ...example, name: 'Hypothèse basse' })];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(STORE_SHEET);
    sheet.addRow(STORE_COLUMN_ORDER.map((k) => STORE_COLUMNS[k].header));
    for (const row of storeRows(list)) sheet.addRow(row);
    const buffer = await book.xlsx.writeBuffer();

    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(buffer as ArrayBuffer);
    const back = reopened.getWorksheet(STORE_SHEET)!;
    const body: CellValue[][] = [];
    back.eachRow((row, n) => {
      if (n === 1) return;
      body.push(STORE_COLUMN_ORDER.map((_, i) => row.getCell(i + 1).value as CellValue));
    });
    const read = readStore(body, cellOf);
    expect(read.issues).toEqual([]);
    expect(read.scenarios).toEqual(list);
  });

  test('une modification à la main est signalée, avec sa cellule', () => {
    const rows = storeRows([stored(example)]);
    // Row 6 of the body (sheet row 7) holds the access mission's rates: a person changes year 3 from 0.8 to 0.9.
    rows[5]![10] = '1 ; 1 ; 0.9 ; 0.8 ; 0.8';
    const read = readStore(rows, cellOf);
    expect(read.scenarios).toEqual([]);
    expect(read.issues).toEqual([
      {
        path: '',
        message:
          'scénario « Hypothèse haute » : le contenu a été modifié à la main depuis son enregistrement (somme de contrôle différente) : vérifiez-le, puis enregistrez-le de nouveau depuis le volet',
        cell: { sheet: STORE_SHEET, address: 'E2' },
      },
    ]);
  });

  test('une valeur refusée par le format nomme la cellule de la ligne du champ', () => {
    const rows = storeRows([stored(example)]);
    rows[2]![10] = '-52000'; // population row (sheet row 4), « Valeur » is column K
    const read = readStore(rows, cellOf);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ path: 'cpts[0].population', cell: { sheet: STORE_SHEET, address: 'K4' } });
    expect(read.issues[0]!.message).toContain('la population doit être un entier positif');
  });

  test('un validé sans date de réunion, un statut inconnu, des métadonnées qui divergent : refusés', () => {
    const rows = storeRows([stored(example)]);
    rows[0]![1] = 'validé';
    rows[0]![1] = 'validé';
    for (const r of rows) r[1] = 'validé';
    expect(readStore(rows, cellOf).issues[0]!.message).toContain('un scénario validé doit porter la date de la réunion');
    for (const r of rows) r[1] = 'archivé';
    expect(readStore(rows, cellOf).issues[0]!.message).toContain('statut inconnu « archivé »');
    const rows2 = storeRows([stored(example)]);
    rows2[3]![3] = 7;
    expect(readStore(rows2, cellOf).issues[0]).toMatchObject({ cell: { address: 'D5' } });
  });

  test('la somme de contrôle couvre le statut : déverrouiller à la main se voit', () => {
    const locked = stored(example, { status: 'valide', meetingDate: '2026-11-20' });
    expect(checksumOf(locked)).not.toBe(checksumOf({ ...locked, status: 'brouillon', meetingDate: null }));
  });
});

describe('magasin : format 2, tiré du schéma', () => {
  const full = valid(format2Scenario());

  test('chaque champ du format 2 a sa ligne, et se relit à l’identique', () => {
    const rows = storeRows([stored(full)]);
    const fields = rows.map((r) => `${r[8]}|${r[9]}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        '|parameters.firstYearFonctionnement',
        '|parameters.advanceShare',
        '|parameters.prorateVariablePart',
        '|parameters.avenant2EffectiveDate',
        '|indicatorMethod',
        'a|renewal',
        'a|horsAci',
        'a|paid',
        'a|missions.acces-soins.indicators',
      ]),
    );
    expect(rows.find((r) => r[9] === 'parameters.advanceShare')![10]).toBe('0.75');
    expect(rows.find((r) => r[9] === 'renewal')![10]).toBe('true');
    expect(rows.every((r) => r[7] === 'aci-cpts-scenario/2')).toBe(true);
    const read = readStore(rows, cellOf);
    expect(read.issues).toEqual([]);
    expect(read.scenarios).toEqual([stored(full)]);
  });

  test('des lignes enregistrées au format 1 se relisent (leur somme de contrôle est celle du format 1)', () => {
    const s = stored(example);
    const rows = storeRows([s]).map((r) => {
      const row = [...r];
      row[7] = 'aci-cpts-scenario/1';
      row[4] = checksumOf(s, 'aci-cpts-scenario/1');
      return row;
    });
    const read = readStore(rows, cellOf);
    expect(read.issues).toEqual([]);
    expect(read.scenarios[0]!.scenario.format).toBe('aci-cpts-scenario/2');
  });

  test('un format ultérieur est refusé clairement, à sa cellule', () => {
    const rows = storeRows([stored(example)]).map((r) => r.map((v, j) => (j === 7 ? 'aci-cpts-scenario/3' : v)));
    const read = readStore(rows, cellOf);
    expect(read.issues[0]).toMatchObject({ cell: { address: 'H2' } });
    expect(read.issues[0]!.message).toContain('format « aci-cpts-scenario/3 » non pris en charge (formats lus : aci-cpts-scenario/1, aci-cpts-scenario/2)');
  });

  test('un paramètre illisible est nommé à sa cellule, avec le message du schéma', () => {
    const rows = storeRows([stored(full)]);
    const at = rows.findIndex((r) => r[9] === 'parameters.advanceShare');
    rows[at]![10] = '1.5';
    const read = readStore(rows, cellOf);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ cell: { address: `K${at + 2}` } });
    expect(read.issues[0]!.message).toContain('la valeur doit être comprise entre 0 (exclu) et 1');
  });
});
