import type { Comparison, IsoDate, Issue, Projection, Scenario, WarningKind, WarningParams } from '../engine';
import type { ScenarioStatus, StoredScenario } from './store/scenario-store';

/**
 * The interface the task pane uses to talk to a workbook. Two implementations: `office/` (Excel, through
 * Office.js) and `memory/` (a plain in-memory workbook for tests and the browser preview). Every method is
 * one user action: the Office implementation makes it one `Excel.run` with a constant number of syncs.
 */

/** A cell as Excel shows it, e.g. sheet « Paramètres CPTS », address « C7 ». */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** `'Paramètres CPTS'!C7`: the form Excel itself uses in formulas (quotes doubled inside the name). */
export function formatCellRef(cell: CellRef): string {
  return `'${cell.sheet.replace(/'/g, "''")}'!${cell.address}`;
}

/** A validation issue or warning, with the cell it comes from when it comes from one. */
export interface WorkbookIssue extends Issue {
  readonly cell: CellRef | null;
  /** Engine warnings only: their kind and parameters, so the pane groups and translates them. */
  readonly kind?: WarningKind;
  readonly params?: WarningParams;
}

/**
 * An action that did not complete. Without `incomplete`, nothing was changed. With it, a write began and
 * stopped part-way (Excel refused a later chunk): these sheets are incomplete, marked « incomplet — recalculer ».
 */
export interface Refusal {
  readonly ok: false;
  readonly issues: readonly WorkbookIssue[];
  readonly incomplete?: readonly string[];
}

export type ReadOutcome = { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly WorkbookIssue[] } | Refusal;

/** What a run wrote, for the pane to report. */
export interface WrittenSummary {
  readonly sheets: readonly string[];
  readonly projectionRows: number;
  readonly paymentRows: number;
  readonly charts: number;
}

/** A run's figures: known once the inputs are read, checked and computed, before any sheet is written. */
export interface ComputedRun {
  readonly scenario: Scenario;
  readonly projection: Projection;
  readonly warnings: readonly WorkbookIssue[];
}

/** With any issue, nothing was written (a write Excel stopped part-way says which sheets it left incomplete). */
export type CalculateOutcome = (ComputedRun & { readonly ok: true; readonly written: WrittenSummary }) | Refusal;

/** « Insérer le modèle »: the filled example, or empty tables (default: the example). */
export interface TemplateOptions {
  readonly example: boolean;
}

/** How « Insérer le modèle » treats sheets that already exist. */
export type TemplateConflictPolicy =
  /** Create nothing if a sheet to create already exists; report the conflicts so the pane can ask. */
  | 'ask'
  /** Create the sheets under free names (« Paramètres CPTS (2) »). */
  | 'rename'
  /** Replace the existing sheets: only after the user has said yes. */
  | 'replace';

export type InsertTemplateOutcome =
  { readonly ok: true; readonly sheets: readonly string[] } | { readonly ok: false; readonly conflicts: readonly string[] } | Refusal;

export interface Progress {
  readonly stage: 'read' | 'validate' | 'compute' | 'write';
  /** 0 to 1. */
  readonly fraction: number;
}

/** The pane's settings for one run. */
export interface CalculateOptions {
  /** The pane's « Version des règles » setting: "auto", or a version id forced over the workbook's own setting. */
  readonly ruleVersion?: string;
}

/** The scenarios kept in the « Scénarios ACI » sheet. */
export type { ScenarioStatus, StoredScenario } from './store/scenario-store';

/**
 * The store as read (or as rewritten by a change): the readable scenarios, and one issue per broken row,
 * naming its cell. A broken scenario is reported here, never dropped: its rows stay in the sheet as they are.
 */
export type ScenarioStoreOutcome = { readonly ok: true; readonly scenarios: readonly StoredScenario[]; readonly issues: readonly WorkbookIssue[] } | Refusal;

/**
 * With any issue, the input tables were left as they were. `formulas`: input cells holding a formula that the
 * scenario's values would replace; nothing was written, the pane asks, then calls again with `overwriteFormulas`.
 */
export type ApplyScenarioOutcome =
  | { readonly ok: true; readonly scenario: Scenario; readonly sheets: readonly string[] }
  | { readonly ok: false; readonly formulas: readonly CellRef[] }
  | Refusal;

export interface ApplyOptions {
  /** The user agreed to replace these formulas by values. */
  readonly overwriteFormulas?: boolean;
}

/** The comparison the « Comparaison » sheet shows, for the pane to show it too. */
export type CompareScenariosOutcome = { readonly ok: true; readonly comparison: Comparison; readonly sheet: string; readonly charts: number } | Refusal;

/**
 * The scenario actions, a part of the port of their own so that the scenarios panel depends only on them.
 * Each method is one action (one `Excel.run`, a constant number of syncs); a refusal changes nothing and says
 * why, in French.
 */
export interface ScenarioPort {
  /** The stored scenarios; an absent store is an empty list. */
  listScenarios(): Promise<ScenarioStoreOutcome>;
  /** Reads the inputs (with the barème) as readInputs does, and saves them under `name` (a new draft, or the next revision of a draft). */
  saveScenario(name: string, author: string | null): Promise<ScenarioStoreOutcome>;
  /** Overwrites the input tables (and the barème's contract column) with a stored scenario. The pane asks first. */
  applyScenario(name: string, options?: ApplyOptions): Promise<ApplyScenarioOutcome>;
  renameScenario(from: string, to: string, author: string | null): Promise<ScenarioStoreOutcome>;
  /** A copy as a new draft, whatever the original's status (the way to work on a validated scenario). */
  duplicateScenario(from: string, to: string, author: string | null): Promise<ScenarioStoreOutcome>;
  deleteScenario(name: string): Promise<ScenarioStoreOutcome>;
  /** « validé » needs the meeting's date; « validé » and « réalisé » lock the scenario. */
  setScenarioStatus(name: string, status: ScenarioStatus, meetingDate: IsoDate | null, author: string | null): Promise<ScenarioStoreOutcome>;
  /** Scenarios already validated by the engine (parseScenarioJson, done by the pane) join as drafts. */
  importScenarios(scenarios: readonly Scenario[], author: string | null): Promise<ScenarioStoreOutcome>;
  /** Computes each named scenario (two or more, the first is the reference) and rewrites the « Comparaison » sheet. */
  compareScenarios(names: readonly string[]): Promise<CompareScenariosOutcome>;
}

/**
 * « Dialogue de gestion » written for one CPTS. `pageLayout`: the A4 page set-up was applied; false where Excel
 * lacks ExcelApi 1.9 (the sheet is written, the pane says the page set-up is to do by hand).
 */
export type DialogueOutcome =
  | { readonly ok: true; readonly sheet: string; readonly cptsId: string; readonly pageLayout: boolean }
  | { readonly ok: false; readonly issues: readonly WorkbookIssue[] };

/** Everything the pane asks of a workbook. */
export interface WorkbookPort extends ScenarioPort {
  /** Creates the input sheets (the filled example, or empty tables with `{ example: false }`) and the « Barème ACI » sheet. */
  insertTemplate(policy: TemplateConflictPolicy, options?: TemplateOptions): Promise<InsertTemplateOutcome>;
  /** Reads and validates the inputs (and the barème sheet) into a scenario; writes nothing. */
  readInputs(): Promise<ReadOutcome>;
  /**
   * Read, validate, compute, write: one action. With any issue, nothing is written. `onComputed` receives the
   * figures as soon as they are computed, before the sheets are written (a department's sheets take far longer
   * to write than to compute): the pane shows them at once, and the writing waits for the promise it returns.
   */
  calculate(
    onProgress?: (progress: Progress) => void,
    options?: CalculateOptions,
    onComputed?: (run: ComputedRun) => void | Promise<void>,
  ): Promise<CalculateOutcome>;
  /** Reads and computes the inputs as `calculate` does, and rewrites the printable « Dialogue de gestion » sheet for one CPTS. */
  writeDialogue(cptsId: string, options?: CalculateOptions): Promise<DialogueOutcome>;
  /** Brings a cell into view and selects it (the preview highlights it). */
  selectCell(cell: CellRef): Promise<void>;
  /**
   * Calls `listener` after an input table or the barème changed (an edit, a paste, a co-author, « Appliquer »);
   * the generated sheets' stamps then read « périmé ». Returns the unsubscribe function.
   */
  onInputsChanged(listener: () => void): () => void;
}
