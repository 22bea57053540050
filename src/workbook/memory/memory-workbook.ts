import type { Slices } from '../../engine';
import { WorkbookActions } from '../actions/workbook-actions';
import type { Inspection, ReadRequest, ReadResult, SheetState, TableData, WorkbookSession, WriteReport, WriteStep } from '../actions/session';
import { isoToSerial, parseCell, parseRange, rangeAddress, sheetRange, textToIso, type CellValue, type DateSystem } from '../grid/cells';
import { MAX_REQUEST_BYTES, OUTPUT_SHEETS, type CellKind } from '../contract/layout';
import { isInputTable, staleStampValue } from '../sheets/stale';
import { STAMP_ROW } from '../sheets/stamp';
import type { ChartType, PrintPlan } from '../grid/plan';
import type { CellRef, Refusal } from '../port';
import { blockingIssue, INCOMPLETE_BANNER } from '../actions/states';
import { nameKey } from '../grid/tables';
import { ExcelError, MemoryModel, type MemorySheet } from './memory-model';
import { nextTask } from './next-task';

export type { CellValue } from '../grid/cells';

/** A table as the preview shows it. `address` is on the table's sheet, header row included (« A3:G5 »). */
export interface MemoryTableView {
  readonly name: string;
  readonly address: string;
  readonly header: readonly string[];
  /** Input tables are edited by users; output tables are rewritten by each run. */
  readonly kind: 'input' | 'output';
}

export interface MemoryChartSeriesView {
  readonly name: string;
  /** `'Graphiques'!B4:B8`: the range the series reads, as Excel would show it. */
  readonly values: string;
}

export interface MemoryChartView {
  readonly name: string;
  readonly title: string;
  readonly type: ChartType;
  /** `'Graphiques'!A4:A8`. */
  readonly categories: string;
  readonly series: readonly MemoryChartSeriesView[];
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
}

/** One sheet, as plain arrays from A1, row-major: `rows[r][c]` is the cell at row r+1, column c+1. */
export interface MemorySheetView {
  readonly name: string;
  /** Written by the add-in and updated by each run (row 1 says so). */
  readonly generated: boolean;
  readonly rows: readonly (readonly CellValue[])[];
  /** Number format per cell, same shape as `rows` (null: General). */
  readonly formats: readonly (readonly (string | null)[])[];
  /** Style per cell, same shape as `rows` (null: unstyled): `input` cells are the ones to fill in. */
  readonly kinds: readonly (readonly (CellKind | null)[])[];
  readonly tables: readonly MemoryTableView[];
  readonly charts: readonly MemoryChartView[];
  readonly frozenRows: number;
  /** The page set-up Excel would get (printable sheets only). */
  readonly print: PrintPlan | null;
  /** Column widths (in characters) set by the add-in or the user, by 0-based column. */
  readonly widths: ReadonlyMap<number, number>;
  /** The sheet's rows, up to the last non-empty one: more than `rows.length` when the view holds the first ones only. */
  readonly rowCount: number;
}

/** What `sheet()` returns: the whole sheet by default. */
export interface MemorySheetViewOptions {
  /** At most this many rows from row 1 in `rows`, `formats` and `kinds`: the preview grid shows the first ones only. */
  readonly maxRows?: number;
}

/** The Excel states the preview can simulate. */
export interface MemoryWorkbookState {
  /** Simulates a protected workbook: every action fails with the French message and changes nothing. */
  readonly protected?: boolean;
  /** Simulates Excel's cell-editing mode. */
  readonly editingCell?: boolean;
  /** Simulates a workbook opened read-only. */
  readonly readOnly?: boolean;
}

export interface MemoryWorkbookOptions extends MemoryWorkbookState {
  /** The time stamped on saved scenarios and runs (ISO, UTC; runs show it in local time): fixed in tests. Default: now. */
  readonly clock?: () => string;
  /** The workbook's date system (tests of 1904 workbooks); 1900 by default, as in Excel. */
  readonly dateSystem?: DateSystem;
}

/**
 * A workbook held in memory: the port's second implementation, for the tests and the browser preview. Its
 * actions are the shared ones (actions/), run on the in-memory model with Excel's rules (memory-model.ts).
 */
export class MemoryWorkbook extends WorkbookActions {
  private readonly model = new MemoryModel();
  private listeners = new Set<() => void>();
  private inputListeners = new Set<() => void>();
  private readonly dateSystem: DateSystem;
  private selected: CellRef | null = null;
  private state: MemoryWorkbookState;
  private readonly clock: () => string;
  private failAt: number | null = null;
  private stepsRun = 0;

  constructor(options: MemoryWorkbookOptions = {}) {
    super();
    const { clock, dateSystem, ...state } = options;
    this.state = state;
    this.clock = clock ?? (() => new Date().toISOString());
    this.dateSystem = dateSystem ?? '1900';
  }

  // ——— Preview API ———

  /** The last view asked of each sheet, with the sheet's revision it shows (see `sheet`). */
  private readonly views = new WeakMap<MemorySheet, { readonly revision: number; readonly maxRows: number; readonly view: MemorySheetView }>();

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /**
   * A sheet as plain arrays. The view is cached per sheet, revision and `maxRows`: asked again while the sheet is
   * unchanged (a run that wrote other sheets), it is the same object, so the grid can skip rendering it.
   */
  sheet(name: string, options: MemorySheetViewOptions = {}): MemorySheetView | undefined {
    const s = this.model.find(name);
    if (!s) return undefined;
    const maxRows = Math.max(0, options.maxRows ?? Number.POSITIVE_INFINITY);
    const cached = this.views.get(s);
    if (cached && cached.revision === s.revision && cached.maxRows === maxRows) return cached.view;
    const view = this.buildView(s, maxRows);
    this.views.set(s, { revision: s.revision, maxRows, view });
    return view;
  }

  private buildView(s: MemorySheet, maxRows: number): MemorySheetView {
    // Rows emptied by a shorter run are not rows of the sheet any more.
    let height = s.cells.length;
    while (height > 0 && s.cells[height - 1]!.every((c) => c.value === null && c.formula === null && c.format === null && c.kind === null)) height--;
    // Only the rows asked for: the projection of a department holds tens of thousands.
    const cells = s.cells.slice(0, Math.min(height, maxRows));
    return {
      name: s.name,
      generated: this.model.isGenerated(s),
      rows: cells.map((r) => r.map((c) => c.value)),
      formats: cells.map((r) => r.map((c) => c.format)),
      kinds: cells.map((r) => r.map((c) => c.kind)),
      tables: s.tables.map((t) => ({
        name: t.name,
        address: t.address,
        header: this.model.values(s, headerOf(t.address))[0]!.map((h) => String(h ?? '')),
        kind: t.kind,
      })),
      charts: s.charts.map((c) => ({
        name: c.name,
        title: c.title,
        type: c.type,
        categories: sheetRange(s.name, c.categories),
        series: c.series.map((x) => ({ name: x.name, values: sheetRange(s.name, x.values) })),
        xAxisTitle: c.xAxisTitle,
        yAxisTitle: c.yAxisTitle,
      })),
      frozenRows: s.frozenRows,
      print: s.print,
      widths: new Map(s.widths),
      rowCount: height,
    };
  }

  /** The value of one cell (null when empty or outside the sheet). */
  value(sheet: string, address: string): CellValue {
    const pos = parseCell(address);
    const s = this.model.find(sheet);
    if (!pos || !s) return null;
    return s.cells[pos.row]?.[pos.col]?.value ?? null;
  }

  /** The formula a write put in a cell, or null: user text must never end up here. */
  formulaAt(sheet: string, address: string): string | null {
    const pos = parseCell(address);
    const s = this.model.find(sheet);
    if (!pos || !s) return null;
    return s.cells[pos.row]?.[pos.col]?.formula ?? null;
  }

  /**
   * A user's edit in the preview grid, read as Excel reads typing in a French Excel: « 52000 », « 0,8 »,
   * « 80 % » and « 15/03/2024 » become numbers (the date as a serial), anything else text. A leading « = »
   * stays text: the preview does not compute formulas.
   */
  setValue(sheet: string, address: string, value: CellValue): void {
    const s = this.model.find(sheet);
    const pos = parseCell(address);
    if (!s || !pos) throw new Error(`Cellule inconnue : ${sheetRange(sheet, address)}`);
    const cell = this.model.cellAt(s, pos.row, pos.col);
    cell.value = typeof value === 'string' ? typed(value, this.dateSystem) : value;
    cell.formula = null;
    if (s.tables.some((t) => isInputTable(t.name) && contains(t.address, pos.row, pos.col))) this.inputsChanged();
    this.notify();
  }

  /** Tests: a formula a user typed (the memory workbook keeps it, with the value given as its result). */
  setFormula(sheet: string, address: string, formula: string, result: CellValue = null): void {
    const s = this.model.find(sheet) ?? this.model.addSheet(sheet);
    const pos = parseCell(address)!;
    Object.assign(this.model.cellAt(s, pos.row, pos.col), { value: result, formula });
    this.notify();
  }

  /** Tests and the preview: a sheet of the user's. */
  addSheet(name: string): void {
    this.model.addSheet(name);
    this.notify();
  }

  /** Tests: a table of the user's. */
  addTable(sheet: string, name: string, address: string): void {
    const s = this.model.find(sheet) ?? this.model.addSheet(sheet);
    this.model.run({ op: 'addTable', sheet: s.name, address, name, kind: 'input' });
    this.notify();
  }

  /** Tests: how Excel shows a table (totals row, header row, filter). */
  setTableShape(name: string, shape: { showTotals?: boolean; showHeaders?: boolean; filtered?: boolean }): void {
    const { sheet, table } = this.model.tableOf(name);
    Object.assign(table, shape);
    this.model.touch(sheet);
  }

  /** Tests: a user's column width, in characters. */
  setColumnWidth(sheet: string, col: number, characters: number): void {
    const s = this.model.sheetOf(sheet);
    s.widths.set(col, characters);
    this.model.touch(s);
  }

  /** Tests: Excel refuses the write step `steps` steps from now (0: the next one), once. */
  failWriteAfter(steps: number): void {
    this.failAt = this.stepsRun + steps;
  }

  /** Tests: protects one sheet. */
  protectSheet(sheet: string, on = true): void {
    const s = this.model.sheetOf(sheet);
    s.protected = on;
    this.model.touch(s);
  }

  /**
   * Replaces the body of a table with these rows (values as Excel would hold them: numbers, serial dates,
   * text), keeping each column's format and style: the preview's « add a row », and test fixtures.
   */
  setTableRows(table: string, rows: readonly (readonly CellValue[])[]): void {
    const { sheet, table: t } = this.model.tableOf(table);
    const r = parseRange(t.address)!;
    const looks = Array.from({ length: r.cols }, (_, j) => {
      const c = sheet.cells[r.row + 1]?.[r.col + j];
      return { format: c?.format ?? null, kind: c?.kind ?? null };
    });
    for (let i = 1; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) Object.assign(this.model.cellAt(sheet, r.row + i, r.col + j), { value: null, formula: null, format: null, kind: null });
    const body = rows.length > 0 ? rows : [looks.map(() => null)];
    body.forEach((row, i) =>
      looks.forEach((look, j) => Object.assign(this.model.cellAt(sheet, r.row + 1 + i, r.col + j), { value: row[j] ?? null, formula: null, ...look })),
    );
    t.address = rangeAddress(r.row, r.col, body.length + 1, r.cols);
    this.model.touch(sheet);
    if (isInputTable(t.name)) this.inputsChanged();
    this.notify();
  }

  /** Called after any change (edit, template, run, selection); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  selection(): CellRef | null {
    return this.selected;
  }

  /** Like Excel's `onChanged` events on the input tables: called after an input table or the barème changed. */
  onInputsChanged(listener: () => void): () => void {
    this.inputListeners.add(listener);
    return () => {
      this.inputListeners.delete(listener);
    };
  }

  /** « Appliquer » rewrote the input tables: as Excel's events would. */
  protected override inputsApplied(): void {
    this.inputsChanged();
  }

  /** The generated output sheets' stamps read « périmé » (once), then the pane hears of it. */
  private inputsChanged(): void {
    for (const name of OUTPUT_SHEETS) {
      const s = this.model.find(name);
      if (!s || !this.model.isGenerated(s)) continue;
      const next = staleStampValue(s.cells[STAMP_ROW]?.[0]?.value ?? null);
      if (next !== null) this.model.write(s, STAMP_ROW, 0, next);
    }
    for (const listener of [...this.inputListeners]) listener();
  }

  /** Changes the simulated Excel state (protection, cell editing, read-only). */
  setState(options: MemoryWorkbookState): void {
    this.state = { editingCell: options.editingCell, protected: options.protected, readOnly: options.readOnly };
    this.notify();
  }

  // ——— The action runner's session ———

  protected now(): string {
    return this.clock();
  }

  /**
   * Slices of about 6 ms: with a garbage collection inside one (20 to 30 ms for a department), a task still stays
   * under the 50 ms a user feels. Between two, the browser paints and answers the user (the work itself is
   * synchronous).
   */
  protected override slices(sliceMs = 6): Slices {
    let since = performance.now();
    return {
      due: () => performance.now() - since > sliceMs,
      pause: async () => {
        await nextTask();
        since = performance.now();
      },
    };
  }

  protected async session<T>(body: (session: WorkbookSession) => Promise<T>): Promise<T | Refusal> {
    const session = new MemorySession(this);
    try {
      return await body(session);
    } catch (error) {
      if (error instanceof ExcelError && error.code === 'InvalidOperationInCellEditMode') return { ok: false, issues: [blockingIssue('editing')] };
      throw error;
    } finally {
      // Subscribers (the preview grid) re-render after a change, not after a read.
      if (session.changed) this.notify();
    }
  }

  /** For the session: the model and the simulated state. */
  internals(): {
    model: MemoryModel;
    state: MemoryWorkbookState;
    dateSystem: DateSystem;
    select: (cell: CellRef) => void;
    nextStep: () => boolean;
    slices: () => Slices;
  } {
    return {
      slices: () => this.slices(),
      model: this.model,
      state: this.state,
      dateSystem: this.dateSystem,
      select: (cell) => {
        this.selected = { sheet: cell.sheet, address: cell.address };
      },
      nextStep: () => this.stepsRun++ === this.failAt,
    };
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

const headerOf = (address: string): string => {
  const r = parseRange(address)!;
  return rangeAddress(r.row, r.col, 1, r.cols);
};

/** The shared actions' operations on the in-memory model: no syncs, the same checks and results as in Excel. */
class MemorySession implements WorkbookSession {
  /** Smaller pieces than Excel's limit: the preview pauses between them, so no one piece holds the page long. */
  readonly maxRequestBytes = MAX_REQUEST_BYTES / 16;
  changed = false;
  constructor(private readonly workbook: MemoryWorkbook) {}

  supports(): boolean {
    return true;
  }

  private get model(): MemoryModel {
    return this.workbook.internals().model;
  }

  async inspect(forWrite: boolean): Promise<Inspection> {
    const state = this.workbook.internals().state;
    if (state.editingCell) throw new ExcelError('InvalidOperationInCellEditMode', 'Cell edit mode');
    const blocked = !forWrite ? null : state.readOnly ? blockingIssue('read-only') : state.protected ? blockingIssue('protected') : null;
    return {
      sheets: this.model.sheets.map((s) => ({ name: s.name, protected: s.protected })),
      tables: this.model.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, sheet: s.name }))),
      blocked,
      dateSystem: this.workbook.internals().dateSystem,
    };
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    const tables = new Map<string, TableData>();
    for (const r of request.tables) {
      const found = this.model.table(r.name);
      if (!found) continue;
      const { sheet, table } = found;
      tables.set(nameKey(table.name), {
        name: table.name,
        sheet: sheet.name,
        address: table.address,
        values: this.model.values(sheet, table.address),
        formulas: r.formulas ? this.model.formulas(sheet, table.address) : null,
        showTotals: table.showTotals,
        showHeaders: table.showHeaders,
        filtered: table.filtered,
      });
    }
    const sheets = new Map<string, SheetState>();
    for (const name of request.sheets) {
      const s: MemorySheet = this.model.sheetOf(name);
      sheets.set(nameKey(s.name), {
        name: s.name,
        firstCell: s.cells[0]?.[0]?.value ?? null,
        tables: s.tables.map((t) => ({ name: t.name, address: t.address })),
        charts: s.charts.map((c) => ({ name: c.name, series: c.series.length })),
      });
    }
    return { tables, sheets };
  }

  async write(steps: readonly WriteStep[]): Promise<WriteReport> {
    const { nextStep, slices } = this.workbook.internals();
    // Writing 1 000 CPTS' sheets takes seconds in the model: the page breathes between steps, as in the projection.
    const slice = slices();
    this.changed = true;
    for (let i = 0; i < steps.length; i++) {
      try {
        if (nextStep()) throw new ExcelError('GeneralException', 'échec simulé');
        this.model.run(steps[i]!);
        if (slice.due()) await slice.pause();
      } catch (error) {
        const incomplete = [...new Set(steps.slice(i).map((s) => s.output))];
        for (const name of incomplete) {
          const s = this.model.find(name);
          if (s) this.model.write(s, 0, 0, INCOMPLETE_BANNER);
        }
        const code = error instanceof ExcelError ? error.code : error instanceof Error ? error.message : String(error);
        return { complete: false, incomplete, reason: `Excel a refusé une requête : ${code}` };
      }
    }
    return { complete: true, batches: 1 };
  }

  async select(cell: CellRef): Promise<void> {
    this.workbook.internals().select(cell);
    this.changed = true;
  }
}

const NUMBER = /^-?\d+(\.\d+)?(E[+-]?\d+)?$/i;

/** Typing in a French Excel: numbers with a comma or a dot, percentages, dd/mm/yyyy dates. */
function typed(text: string, system: DateSystem): CellValue {
  const t = text.trim();
  if (t === '') return null;
  const number = t.replace(/\s/g, '').replace(',', '.');
  if (NUMBER.test(number)) return Number(number);
  const percent = /^(-?\d+(?:[.,]\d+)?)\s*%$/.exec(t);
  if (percent) return Number(percent[1]!.replace(',', '.')) / 100;
  const iso = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t) ? textToIso(t) : null;
  if (iso) return isoToSerial(iso, system);
  return text;
}

function contains(address: string, row: number, col: number): boolean {
  const r = parseRange(address);
  return r !== null && row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}
