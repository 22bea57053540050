import {
  CPTS_FIELDS,
  HORS_ACI_FIELDS,
  INDICATOR_FIELDS,
  MISSION_FIELDS,
  PAID_FIELDS,
  RULE_VERSIONS,
  SCENARIO_FIELDS,
  type Scenario,
} from '../../../src/engine';
import { isoToSerial, type CellValue } from '../../../src/workbook/grid/cells';
import { readScenario, type InputTables } from '../../../src/workbook/inputs/read-inputs';
import { LIST_TABLES, listColumns, MISSION_LABELS, PARAMETER_COLUMNS, SHEETS, TABLES, type ListTableSpec } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import type { ReadOutcome } from '../../../src/workbook/port';
import { readStore, storeRows } from '../../../src/workbook/store/scenario-store';
import { CPTS_ID_RULE, templatePlans } from '../../../src/workbook/inputs/template';
import { format2Scenario } from '../fixtures/format2';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows } from './fixtures';
import { asReadBack, clock, valid } from './scenario-fixtures';

const spec = (field: ListTableSpec['field']): ListTableSpec => LIST_TABLES.find((t) => t.field === field)!;
const header = (field: ListTableSpec['field']): string[] => listColumns(spec(field)).map((c) => c.spec.header);

/** One CPTS (cpts-1, signed 2024-03-15, five missions; see fixtures.ts), with format-2 tables given as body rows. */
function tables(
  extra: { renewal?: CellValue; horsAci?: CellValue[][]; indicators?: CellValue[][]; paid?: CellValue[][]; parameters?: CellValue[][] } = {},
): InputTables {
  const f = inputRows(1);
  const cptsHeader = extra.renewal === undefined ? CPTS_HEADER.slice(0, 7) : CPTS_HEADER;
  const cpts = f.cpts.map((r) => (extra.renewal === undefined ? r : [...r, extra.renewal]));
  const list = (field: ListTableSpec['field'], rows?: CellValue[][]) =>
    rows ? { sheet: spec(field).sheet, address: `A3:Z${3 + rows.length}`, values: [header(field), ...rows] } : null;
  const p = PARAMETER_COLUMNS;
  return {
    cpts: { sheet: SHEETS.cpts, address: 'A3:H4', values: [cptsHeader, ...cpts] },
    achievements: { sheet: SHEETS.achievements, address: 'A3:H8', values: [ACHIEVEMENT_HEADER, ...f.achievements] },
    bareme: null,
    horsAci: list('horsAci', extra.horsAci),
    indicators: list('indicators', extra.indicators),
    paid: list('paid', extra.paid),
    parameters: extra.parameters
      ? { sheet: SHEETS.bareme, address: 'A62:D70', values: [[p.parameter.header, p.builtIn.header, p.value.header, p.note.header], ...extra.parameters] }
      : null,
  };
}

/** The sheet row (1-based) of a parameter row of the Barème sheet, found by its label. */
function parameterRow(wb: MemoryWorkbook, label: string): number {
  return wb.sheet(SHEETS.bareme)!.rows.findIndex((r) => r[0] === label) + 1;
}

function issuesOf(outcome: ReadOutcome): string[] {
  if (outcome.ok) throw new Error('attendu des erreurs');
  return outcome.issues.map((i) => i.message);
}

function scenarioOf(outcome: ReadOutcome): Scenario {
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('\n'));
  return outcome.scenario;
}

describe('tableaux de saisie du format 2, tirés du schéma', () => {
  test('un classeur sans les nouveaux tableaux ni la colonne « Renouvellement supposé » se lit comme avant', () => {
    const c = scenarioOf(readScenario(tables())).cpts[0]!;
    expect(c.renewal).toBeUndefined();
    expect(c.horsAci).toBeUndefined();
  });

  test('« Renouvellement supposé » : Oui / Non, une autre valeur nommée à sa cellule', () => {
    expect(scenarioOf(readScenario(tables({ renewal: 'Oui' }))).cpts[0]!.renewal).toBe(true);
    expect(scenarioOf(readScenario(tables({ renewal: 'non' }))).cpts[0]!.renewal).toBe(false);
    expect(issuesOf(readScenario(tables({ renewal: 'peut-être' })))).toEqual([
      "'Paramètres CPTS'!H4 : le renouvellement supposé : attendu Oui ou Non (la cellule contient « peut-être »)",
    ]);
  });

  test('« Hors ACI » : nature en toutes lettres, montant facultatif ; une CPTS inconnue et une nature inconnue nommées', () => {
    // Columns: Identifiant CPTS, Nature, Date, Montant.
    const ok = scenarioOf(
      readScenario(
        tables({
          horsAci: [
            ['cpts-1', 'Aide au démarrage ARS', isoToSerial('2024-01-10'), 15000],
            ['cpts-1', "Forfait lettre d'intention", isoToSerial('2023-11-02'), null],
          ],
        }),
      ),
    );
    expect(ok.cpts[0]!.horsAci).toEqual([
      { kind: 'aide-demarrage-ars', date: '2024-01-10', amount: '15000.00' },
      { kind: 'forfait-lettre-intention', date: '2023-11-02' },
    ]);
    expect(
      issuesOf(
        readScenario(
          tables({
            horsAci: [
              ['cpts-9', 'Aide au démarrage ARS', isoToSerial('2024-01-10'), null],
              ['cpts-1', 'Subvention', isoToSerial('2024-01-10'), 12.345],
            ],
          }),
        ),
      ),
    ).toEqual([
      "'Hors ACI'!A4 : aucune CPTS « cpts-9 » dans le tableau des CPTS (colonne « Identifiant »)",
      "'Hors ACI'!B5 : la nature : valeur inconnue « Subvention » : choisissez-la dans la liste (Aide au démarrage ARS, Forfait lettre d’intention)",
      "'Hors ACI'!D5 : le montant : montant invalide 12.345 : attendu un nombre positif ou nul, deux décimales au plus",
    ]);
  });

  test('« Indicateurs » : une ligne par indicateur ; cible égale à la valeur de départ et réalisé avant le démarrage nommés à leur cellule', () => {
    // Columns: Identifiant CPTS, Mission, Indicateur, Poids, Valeur de départ, Cible 1–5 (F–J), Réalisé 1–5 (K–O).
    const row = (mission: string, targets: CellValue[], actuals: CellValue[]): CellValue[] => ['cpts-1', mission, 'Délai', 2, 10, ...targets, ...actuals];
    const ok = scenarioOf(readScenario(tables({ indicators: [row(MISSION_LABELS['acces-soins'], [20, 30, 40, 50, 60], [15, null, null, null, null])] })));
    expect(ok.cpts[0]!.missions[0]!.indicators).toEqual([
      { name: 'Délai', weight: 2, baseline: 10, targets: [20, 30, 40, 50, 60], actuals: [15, null, null, null, null] },
    ]);
    // Parcours starts on 2024-09-15, in contract year 1; accompagnement on 2025-03-15, in year 2.
    const bad = issuesOf(
      readScenario(
        tables({
          indicators: [
            row(MISSION_LABELS.parcours, [20, 10, 40, 50, 60], [null, null, null, null, null]),
            row(MISSION_LABELS['accompagnement-professionnels'], [20, 30, 40, 50, 60], [12, null, null, null, null]),
            row(MISSION_LABELS['qualite-pertinence'], [20, 30, 40, 50, 60], [null, null, null, null, null]),
          ],
        }),
      ),
    );
    expect(bad).toEqual([
      "'Indicateurs'!B6 : la CPTS « cpts-1 » n’a pas de ligne « Qualité et pertinence » dans « Atteinte des missions » : ajoutez-la d’abord",
      "'Indicateurs'!G4 : cible égale à la valeur de départ (10) : l’atteinte ne peut pas être calculée",
      "'Indicateurs'!K5 : réalisé donné pour l’année 1, mais la mission ne démarre qu’en année 2 (2025-03-15)",
    ]);
  });

  test('« Indicateurs » : poids négatif à sa cellule ; poids tous nuls sur la première ligne de la mission', () => {
    const row = (weight: number): CellValue[] => [
      'cpts-1',
      MISSION_LABELS['acces-soins'],
      'Délai',
      weight,
      10,
      20,
      30,
      40,
      50,
      60,
      null,
      null,
      null,
      null,
      null,
    ];
    expect(issuesOf(readScenario(tables({ indicators: [row(-1)] })))).toEqual([
      "'Indicateurs'!D4 : poids impossible -1 : un poids est un nombre positif ou nul",
    ]);
    expect(issuesOf(readScenario(tables({ indicators: [row(0), row(0)] })))).toEqual([
      "'Indicateurs'!A4 : les poids des indicateurs de la mission sont tous nuls : au moins un doit être positif",
    ]);
  });

  test('« Versements réalisés » : contrat vide = 1 ; un contrat 2 sans renouvellement nommé à sa cellule', () => {
    // Columns: Identifiant CPTS, Date, Contrat, Année de contrat, Nature, Montant.
    const ok = scenarioOf(readScenario(tables({ paid: [['cpts-1', isoToSerial('2024-03-20'), null, 1, 'Fonctionnement', 105000]] })));
    expect(ok.cpts[0]!.paid).toEqual([{ date: '2024-03-20', contract: 1, contractYear: 1, nature: 'fonctionnement', amount: '105000.00' }]);
    expect(issuesOf(readScenario(tables({ renewal: 'Non', paid: [['cpts-1', isoToSerial('2029-04-01'), 2, 1, 'Avance', 1000]] })))).toEqual([
      '\'Versements réalisés\'!C4 : contrat 2 : seulement pour une CPTS dont le renouvellement est supposé ("renewal": true)',
    ]);
  });

  test('paramètres du Barème : « Votre valeur » vide = valeur intégrée ; une valeur refusée nommée à sa cellule, en français', () => {
    const out = scenarioOf(
      readScenario(
        tables({
          parameters: [
            ['Part versée en avance', '60 %', 0.5, null],
            ['Fonctionnement de l’année 1', 'intégral à la signature', 'avance de 75 %', null],
            ['Décompte du prorata', 'jours réels', null, null],
          ],
        }),
      ),
    );
    expect(out.parameters).toEqual({ advanceShare: 0.5, firstYearFonctionnement: 'avance' });
    const method = (text: string) => readScenario(tables({ parameters: [['Méthode des indicateurs (convention du classeur)', 'linéaire', text, null]] }));
    expect(scenarioOf(method('paliers 25 % ; 50 % ; 75 % ; 100 %')).indicatorMethod).toEqual({ kind: 'steps', steps: [0.25, 0.5, 0.75, 1] });
    expect(scenarioOf(method('Linéaire')).indicatorMethod).toEqual({ kind: 'linear' });
    expect(issuesOf(method('paliers 50 % ; 25 %'))).toEqual(["'Barème ACI'!C63 : palier 0.25 : les paliers doivent être strictement croissants"]);
    // Body rows start on row 63 (header on 62); « Votre valeur » is column C.
    expect(
      issuesOf(
        readScenario(
          tables({
            parameters: [
              ['Part versée en avance', '60 %', 1.5, null],
              ['Fonctionnement de l’année 1', 'intégral à la signature', 'moitié', null],
            ],
          }),
        ),
      ),
    ).toEqual([
      "'Barème ACI'!C64 : « Fonctionnement de l’année 1 » : valeur inconnue « moitié » : choisissez-la dans la liste (intégral à la signature, avance de 75 %)",
      "'Barème ACI'!C63 : la valeur doit être comprise entre 0 (exclu) et 1, soit jusqu’à 100 % (reçu : 1.5)",
    ]);
  });
});

describe('identifiants en double nommés à leurs cellules (les deux lignes), sans autres messages trompeurs', () => {
  test('une CPTS en double dans le tableau des CPTS', () => {
    const t = tables();
    const cpts = t.cpts!;
    const second = [...cpts.values[1]!];
    second[1] = 'Autre nom';
    const doubled: InputTables = { ...t, cpts: { ...cpts, values: [...cpts.values, second] } };
    const messages = issuesOf(readScenario(doubled));
    const text = 'identifiant « cpts-1 » en double dans le tableau des CPTS (cellules A4, A5) : chaque CPTS doit avoir le sien ; corrigez l’une des lignes';
    expect(messages).toEqual([`'Paramètres CPTS'!A4 : ${text}`, `'Paramètres CPTS'!A5 : ${text}`]);
  });
});

describe('un scénario de format 2 : JSON → tableaux (« Appliquer ») → scénario, et JSON → magasin → scénario', () => {
  const full = valid(format2Scenario());

  test('le scénario d’essai porte chaque champ du schéma, à chaque niveau (sinon ces allers-retours ne prouveraient rien)', () => {
    const c = full.cpts[0]!;
    const keysOf = (objects: readonly object[]): Set<string> => new Set(objects.flatMap((o) => Object.keys(o)));
    expect(keysOf([full])).toEqual(new Set(Object.keys(SCENARIO_FIELDS)));
    expect(keysOf(full.cpts)).toEqual(new Set(Object.keys(CPTS_FIELDS)));
    expect(keysOf(c.missions)).toEqual(new Set(Object.keys(MISSION_FIELDS)));
    expect(keysOf(c.horsAci!)).toEqual(new Set(Object.keys(HORS_ACI_FIELDS)));
    expect(keysOf(c.paid!)).toEqual(new Set(Object.keys(PAID_FIELDS)));
    expect(keysOf(c.missions[0]!.indicators!)).toEqual(new Set(Object.keys(INDICATOR_FIELDS)));
  });

  test('modèle vide puis « Appliquer » : chaque champ revient tel quel à la relecture', async () => {
    const wb = new MemoryWorkbook({ clock });
    expect((await wb.insertTemplate('ask', { example: false })).ok).toBe(true);
    expect(await wb.importScenarios([full], null)).toMatchObject({ ok: true });
    const applied = await wb.applyScenario(full.name);
    if (!applied.ok) throw new Error(JSON.stringify(applied));
    expect(wb.value(SHEETS.bareme, `C${parameterRow(wb, 'Méthode des indicateurs (convention du classeur)')}`)).toBe('paliers 25 % ; 50 % ; 75 % ; 100 %');
    expect(applied.sheets).toEqual([SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme]);
    const back = await wb.readInputs();
    expect(scenarioOf(back)).toEqual(asReadBack(full));
  });

  test('le magasin garde aussi la méthode des indicateurs', () => {
    const stored = { scenario: full, status: 'brouillon' as const, meetingDate: null, revision: 1, author: null, savedAt: '2026-11-23T10:00:00Z' };
    const read = readStore(storeRows([stored]), (row, column) => ({ sheet: 'S', address: `${row}:${column}` }));
    expect(read.scenarios).toEqual([stored]);
  });
});

describe('« Insérer le modèle »', () => {
  const names = {
    cpts: SHEETS.cpts,
    achievements: SHEETS.achievements,
    horsAci: SHEETS.horsAci,
    indicators: SHEETS.indicators,
    paid: SHEETS.paid,
    bareme: SHEETS.bareme,
  };

  test('modèle vide : une ligne vide par tableau de saisie ; exemple : les deux CPTS de l’exemple', () => {
    const empty = templatePlans(names, { example: false });
    expect(empty.flatMap((p) => p.tables.filter((t) => t.kind === 'input').map((t) => [t.name, t.rows.length, t.rows[0]!.every((v) => v === null)]))).toEqual([
      [TABLES.cpts, 1, true],
      [TABLES.achievements, 1, true],
      [TABLES.horsAci, 1, true],
      [TABLES.indicators, 1, true],
      [TABLES.paid, 1, true],
    ]);
    const example = templatePlans(names, { example: true });
    expect(example[0]!.tables[0]!.rows).toHaveLength(2);
  });

  test('la colonne CPTS des tableaux par CPTS est une liste déroulante des identifiants du tableau des CPTS', () => {
    const plans = templatePlans(names, { example: true });
    for (const name of [TABLES.achievements, TABLES.horsAci, TABLES.indicators, TABLES.paid]) {
      const table = plans.flatMap((p) => p.tables).find((t) => t.name === name)!;
      expect(table.rules?.get(0)).toEqual(CPTS_ID_RULE);
    }
    expect(CPTS_ID_RULE).toEqual({ type: 'list', items: [], formula: '=INDIRECT("TableCPTS[Identifiant]")' });
  });

  test('les taux de la mission crise, inutilisés, sont vides et ne ressemblent pas à des saisies', () => {
    const table = templatePlans(names, { example: true })[1]!.tables[0]!;
    const crisisRows = table.rows.flatMap((r, i) => (r[1] === MISSION_LABELS['crises-sanitaires'] ? [i] : []));
    expect(crisisRows).toEqual([3, 8]);
    for (const i of crisisRows) expect(table.rows[i]!.slice(3)).toEqual([null, null, null, null, null]);
    expect(table.cellKinds?.filter((k) => k.kind === 'unused').map((k) => `${k.row}:${k.col}`)).toEqual(
      crisisRows.flatMap((i) => [3, 4, 5, 6, 7].map((c) => `${i}:${c}`)),
    );
  });

  test('la colonne « Montant de votre contrat » est juste à côté des montants intégrés, et les paramètres sont des lignes du Barème', () => {
    const bareme = templatePlans(names, { example: true }).find((p) => p.name === SHEETS.bareme)!;
    const headers = bareme.tables[0]!.columns.map((c) => c.header);
    // One built-in amount per rule version (read from the rule table, so a new version changes nothing here).
    const amounts = RULE_VERSIONS.map((v) => `${v.label} : montant`);
    expect(headers.slice(0, 4 + amounts.length)).toEqual(['Taille', 'Mission', 'Composante', ...amounts, 'Montant de votre contrat']);
    const parameters = bareme.tables[1]!;
    expect(parameters.name).toBe(TABLES.parameters);
    expect(parameters.columns.map((c) => c.header)).toEqual(['Paramètre', 'Valeur intégrée', 'Votre valeur', 'Note']);
    expect(parameters.rows.every((r) => r[2] === null)).toBe(true);
  });
});
