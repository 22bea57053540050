import { asText, cellAddress, isBlank, parseRange, type CellValue } from '../grid/cells';
import { normaliseHeader, sameName, type TableRead } from '../grid/tables';
import type { SheetPlan } from '../grid/plan';
import type { CellRef, ScenarioStoreOutcome, WorkbookIssue } from '../port';
import type { StoreChange } from './operations';
import { readStore, STORE_COLUMN_ORDER, STORE_COLUMNS, STORE_SHEET, STORE_TABLE, storeRows, type StoredScenario } from './scenario-store';

/**
 * The « Scénarios ACI » sheet as both workbooks read and rewrite it: the store table found by name, its
 * columns by header, broken scenarios kept verbatim (reported, never dropped), and the sheet plan that
 * rewrites it after a change (in place: same sheet, same table, resized). Pure: the workbooks only load values and apply the plan.
 */

export const STORE_BANNER =
  'Scénarios enregistrés par le Simulateur ACI CPTS : une ligne par scénario, CPTS et champ. Les lignes peuvent être corrigées à la main, mais une somme de contrôle (colonne « Contrôle ») qui ne correspond plus sera signalée jusqu’au prochain enregistrement depuis le volet.';
export const STORE_NOTE =
  'Statuts : brouillon, validé (avec la date de la réunion), réalisé. Un scénario validé ou réalisé est verrouillé : dupliquez-le pour le modifier. Ne renommez ni le tableau ni ses en-têtes.';
/** Header row of the store table (0-based): under the banner and the note, like the input sheets. */
export const STORE_TABLE_ROW = 2;

export interface StoreState {
  /** The sheet holding the store table, or null when the workbook has no store yet. */
  readonly sheet: string | null;
  readonly scenarios: readonly StoredScenario[];
  /** One per broken row, naming its cell. */
  readonly issues: readonly WorkbookIssue[];
  /** Rows of broken scenarios, in the store's column order: rewritten as they are, after the readable ones. */
  readonly keptRows: readonly (readonly CellValue[])[];
  /** Each broken scenario's name and the cell of its first row: no action may touch or reuse these names. */
  readonly broken: ReadonlyMap<string, CellRef>;
}

export type StoreStateOutcome = { readonly ok: true; readonly state: StoreState } | { readonly ok: false; readonly issues: readonly WorkbookIssue[] };

function nothingChanged(message: string, cell: CellRef | null = null): WorkbookIssue {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return { path: '', message: `${text}. Rien n’a été modifié.`, cell };
}

/**
 * Reads the store table. `sheets` are the workbook's sheet names: a « Scénarios ACI » sheet without the
 * store table is a person's own sheet, which the add-in will not overwrite.
 */
export function readStoreTable(table: TableRead | null, sheets: readonly string[]): StoreStateOutcome {
  if (!table) {
    const taken = sheets.find((s) => sameName(s, STORE_SHEET));
    if (taken) {
      return {
        ok: false,
        issues: [
          nothingChanged(
            `la feuille « ${taken} » existe mais ne contient pas le tableau des scénarios (« ${STORE_TABLE} ») : renommez-la pour que le simulateur puisse y enregistrer les scénarios`,
            { sheet: taken, address: 'A1' },
          ),
        ],
      };
    }
    return { ok: true, state: { sheet: null, scenarios: [], issues: [], keptRows: [], broken: new Map() } };
  }
  const origin = parseRange(table.address) ?? { row: 0, col: 0 };
  const header = (table.values[0] ?? []).map((h) => (typeof h === 'string' ? normaliseHeader(h) : ''));
  const columns: number[] = [];
  const issues: WorkbookIssue[] = [];
  const headerCell: CellRef = { sheet: table.sheet, address: cellAddress(origin.row, origin.col) };
  for (const key of STORE_COLUMN_ORDER) {
    const j = header.indexOf(normaliseHeader(STORE_COLUMNS[key].header));
    if (j < 0)
      issues.push(
        nothingChanged(`colonne « ${STORE_COLUMNS[key].header} » introuvable dans le tableau des scénarios ; ne renommez pas ses en-têtes`, headerCell),
      );
    columns.push(j);
  }
  if (issues.length > 0) return { ok: false, issues };
  const rows = table.values.slice(1).map((row) => columns.map((j) => row[j] ?? null));
  const cellOf = (row: number, column: number): CellRef => ({ sheet: table.sheet, address: cellAddress(origin.row + 1 + row, origin.col + columns[column]!) });
  const read = readStore(rows, cellOf);
  const readable = new Set(read.scenarios.map((s) => s.scenario.name));
  const keptRows: CellValue[][] = [];
  const broken = new Map<string, CellRef>();
  rows.forEach((row, i) => {
    if (row.every((v) => isBlank(v))) return;
    const name = row[0] === null || row[0] === undefined ? '' : String(row[0]);
    if (readable.has(name)) return;
    keptRows.push(row);
    if (name.trim() !== '' && !broken.has(name)) broken.set(name, cellOf(i, 0));
  });
  return { ok: true, state: { sheet: table.sheet, scenarios: read.scenarios, issues: read.issues, keptRows, broken } };
}

/** Refuses an action that names a broken scenario: its rows must be fixed (or deleted) by hand first. */
export function brokenNameIssue(state: StoreState, names: readonly string[]): WorkbookIssue | null {
  for (const name of names) {
    for (const candidate of [name, name.trim()]) {
      const cell = state.broken.get(candidate);
      if (cell) {
        return nothingChanged(
          `le scénario « ${candidate} » a des lignes illisibles dans la feuille « ${cell.sheet} » (voir les problèmes signalés) : corrigez-les ou supprimez-les à la main d’abord`,
          cell,
        );
      }
    }
  }
  return null;
}

/** What a change writes: the plan of the whole store sheet, the sheet it updates, and the outcome to report. */
export interface StoreWrite {
  readonly plan: SheetPlan;
  /** The existing store sheet, updated in place by the plan (null on the first save). */
  readonly replaces: string | null;
  readonly outcome: Extract<ScenarioStoreOutcome, { ok: true }>;
}

export type StoreWriteOutcome = { readonly ok: true; readonly write: StoreWrite } | { readonly ok: false; readonly issues: readonly WorkbookIssue[] };

/**
 * Applies a pure change (scenario-operations) to the store as read. `touched` are the names the action
 * reads or creates: a broken scenario's name refuses the action. The outcome is the new sheet read back,
 * so the cells its issues name are those of the rewritten sheet.
 */
export function planStoreChange(state: StoreState, touched: readonly string[], change: (list: readonly StoredScenario[]) => StoreChange): StoreWriteOutcome {
  const refused = brokenNameIssue(state, touched);
  if (refused) return { ok: false, issues: [refused] };
  const result = change(state.scenarios);
  if (!result.ok) return { ok: false, issues: [nothingChanged(result.message)] };
  const sheet = state.sheet ?? STORE_SHEET;
  const rows: CellValue[][] = [...storeRows(result.scenarios), ...state.keptRows.map((r) => [...r])].map((r) => r.map((v) => (v === '' ? null : v)));
  const back = readStore(rows, (row, column) => ({ sheet, address: cellAddress(STORE_TABLE_ROW + 1 + row, column) }));
  return {
    ok: true,
    write: { plan: storeSheetPlan(sheet, rows), replaces: state.sheet, outcome: { ok: true, scenarios: back.scenarios, issues: back.issues } },
  };
}

/** Text is written with Excel's text prefix: a date, a checksum of digits or « =… » must stay the text saved. */
const guard = (v: CellValue): CellValue => (typeof v === 'string' ? asText(v) : v);

export function storeSheetPlan(name: string, rows: readonly (readonly CellValue[])[]): SheetPlan {
  return {
    name,
    generated: false,
    cells: [{ row: 0, col: 0, values: [[STORE_BANNER], [STORE_NOTE]], kind: 'info' }],
    tables: [
      {
        name: STORE_TABLE,
        row: STORE_TABLE_ROW,
        col: 0,
        columns: STORE_COLUMN_ORDER.map((k) => STORE_COLUMNS[k]),
        rows: rows.map((r) => r.map(guard)),
        kind: 'input',
      },
    ],
    charts: [],
    freezeRows: STORE_TABLE_ROW + 1,
  };
}

export function listOutcome(state: StoreState): Extract<ScenarioStoreOutcome, { ok: true }> {
  return { ok: true, scenarios: state.scenarios, issues: state.issues };
}
