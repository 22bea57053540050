import type { CellValue, DateSystem } from '../grid/cells';
import type { CellKind } from '../contract/layout';
import type { ChartPlan, ColumnRule, PrintPlan } from '../grid/plan';
import type { CellRef, WorkbookIssue } from '../port';
import type { TableRead } from '../grid/tables';

/**
 * What an action asks of a workbook, as the few operations both workbooks execute: inspect (names,
 * protection), read (tables, the state of sheets about to be written), write (a list of steps), select.
 * The actions (this folder) describe each user action's steps once; `office/` runs them as Office.js calls
 * inside one `Excel.run`, `memory/` on its in-memory model.
 */

export interface SheetInfo {
  /** As the workbook spells it (a plan may name it with another case). */
  readonly name: string;
  readonly protected: boolean;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
}

/** Sync 1: every sheet and table of the workbook, and whether an action may write at all. */
export interface Inspection {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly TableInfo[];
  /** Edit mode, workbook protection, read-only: the French message, or null. */
  readonly blocked: WorkbookIssue | null;
  /** The workbook's date system (1900 when unknown): dates are converted where cells are read and written. */
  readonly dateSystem?: DateSystem;
}

export interface TableRequest {
  readonly name: string;
  /** Also the formulas (« Appliquer » must not overwrite one without asking). */
  readonly formulas?: boolean;
}

export interface ReadRequest {
  readonly tables: readonly TableRequest[];
  /** Existing sheets an action may rewrite: what the add-in owns on them is read (A1, tables, charts). */
  readonly sheets: readonly string[];
}

/** A table read whole, with what decides how it can be written back. */
export interface TableData extends TableRead {
  readonly name: string;
  /** Same shape as `values`; '' or null where a cell holds no formula. Only when asked. */
  readonly formulas: readonly (readonly (string | null)[])[] | null;
  readonly showTotals: boolean;
  readonly showHeaders: boolean;
  /** An active filter hides rows: writing by position would land in hidden rows. */
  readonly filtered: boolean;
}

export interface ChartState {
  readonly name: string;
  readonly series: number;
}

/** What a previous run left on a sheet: its first cell (the generated banner), its tables and charts. */
export interface SheetState {
  readonly name: string;
  readonly firstCell: CellValue;
  readonly tables: readonly { readonly name: string; readonly address: string }[];
  readonly charts: readonly ChartState[];
}

export interface ReadResult {
  /** By `nameKey` of the table's name; absent tables are absent. */
  readonly tables: ReadonlyMap<string, TableData>;
  /** By `nameKey` of the sheet's name. */
  readonly sheets: ReadonlyMap<string, SheetState>;
}

/** One write operation. */
export type StepOp =
  | { readonly op: 'addSheet'; readonly sheet: string }
  | { readonly op: 'deleteSheet'; readonly sheet: string }
  | { readonly op: 'clear'; readonly sheet: string; readonly address: string }
  | { readonly op: 'values'; readonly sheet: string; readonly address: string; readonly values: readonly (readonly CellValue[])[] }
  | { readonly op: 'numberFormat'; readonly sheet: string; readonly address: string; readonly format: string }
  | { readonly op: 'style'; readonly sheet: string; readonly address: string; readonly kind: CellKind }
  | { readonly op: 'columnWidth'; readonly sheet: string; readonly col: number; readonly characters: number }
  | { readonly op: 'validation'; readonly sheet: string; readonly address: string; readonly rule: ColumnRule }
  | { readonly op: 'addTable'; readonly sheet: string; readonly address: string; readonly name: string; readonly kind: 'input' | 'output' }
  | { readonly op: 'deleteTable'; readonly table: string }
  | { readonly op: 'clearFilters'; readonly table: string }
  /** Appended under the table's last row (Excel inserts: cells below, in the table's columns, move down). */
  | { readonly op: 'addRows'; readonly table: string; readonly values: readonly (readonly CellValue[])[] }
  /** Body rows `index` to `index + count - 1` (cells below move up). */
  | { readonly op: 'deleteRows'; readonly table: string; readonly index: number; readonly count: number }
  /** Creates the chart, or updates the existing one of that name (its series: `existingSeries` of them). */
  | { readonly op: 'chart'; readonly sheet: string; readonly chart: ChartPlan; readonly existingSeries: number | null }
  | { readonly op: 'freeze'; readonly sheet: string; readonly rows: number }
  /** Page set-up for printing (ExcelApi 1.9: planned only where the session supports it). */
  | { readonly op: 'pageLayout'; readonly sheet: string; readonly print: PrintPlan }
  | { readonly op: 'activate'; readonly sheet: string };

/** `output` is the sheet a step belongs to: a failed write names the sheets left incomplete. */
export type WriteStep = StepOp & { readonly output: string };

/** A write that stopped part-way: the sheets whose steps did not all run, and Excel's reason. */
export type WriteReport =
  { readonly complete: true; readonly batches: number } | { readonly complete: false; readonly incomplete: readonly string[]; readonly reason: string };

export interface WorkbookSession {
  /** ExcelApi requirement sets (the memory workbook has them all). */
  supports(version: string): boolean;
  /** Requests larger than this are split into chunks (Excel on the web refuses requests over 5 MB). */
  readonly maxRequestBytes: number;
  inspect(forWrite: boolean): Promise<Inspection>;
  read(request: ReadRequest): Promise<ReadResult>;
  write(steps: readonly WriteStep[]): Promise<WriteReport>;
  select(cell: CellRef): Promise<void>;
}
