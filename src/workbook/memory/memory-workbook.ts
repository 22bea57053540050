import { project, type IsoDate, type Scenario } from '../../engine';
import { compareStored, comparisonPlan, foreignComparisonIssue } from '../comparison';
import { isoToSerial, parseCell, parseRange, rangeAddress, sheetRange, textToIso, type CellValue } from '../cells';
import { inputTablesFrom, placeIssues, readScenario, readWorkbook, type InputTables, type TableRead } from '../inputs';
import { COMPARISON_SHEET, DIALOGUE_SHEET, GENERATED_MARKER, OUTPUT_SHEETS, type CellKind } from '../layout';
import { dialoguePlan, momentOf } from '../dialogue';
import { outputPlans, writtenSummary } from '../outputs';
import type { ChartPlan, ChartType, PrintPlan, SheetPlan } from '../plan';
import type {
  ApplyScenarioOutcome,
  CalculateOptions,
  CompareScenariosOutcome,
  CalculateOutcome,
  CellRef,
  DialogueOutcome,
  InsertTemplateOutcome,
  Progress,
  ReadOutcome,
  ScenarioStoreOutcome,
  TemplateConflictPolicy,
  TemplateOptions,
  WorkbookIssue,
  WorkbookPort,
} from '../port';
import * as operations from '../scenario-operations';
import { planApply, type ColumnWrite } from '../scenario-inputs';
import { listOutcome, planStoreChange, readStoreTable, type StoreStateOutcome } from '../scenario-plans';
import { STORE_TABLE, type ScenarioStatus, type StoredScenario } from '../scenario-store';
import { blockingIssue, foreignSheetIssue, type BlockingState } from '../states';
import { planTemplate, templatePlans } from '../template';

export type { CellValue } from '../cells';

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
  /** Written by « Calculer » and rewritten by each run (row 1 says so). */
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
  /** The time stamped on saved scenarios (ISO, UTC): fixed in tests. Default: now. */
  readonly clock?: () => string;
}

interface MemoryCell {
  value: CellValue;
  /** Set when a write put a formula here (the memory workbook does not compute it). */
  formula: string | null;
  format: string | null;
  kind: CellKind | null;
}

interface MemorySheet {
  readonly name: string;
  readonly generated: boolean;
  readonly cells: MemoryCell[][];
  readonly tables: MemoryTableView[];
  readonly charts: MemoryChartView[];
  frozenRows: number;
  print: PrintPlan | null;
}

/**
 * A workbook held in memory: implements the port exactly like Excel (same plans, same reading code), for the
 * tests and for the browser preview. Writes follow Excel's `Range.values` rules where they matter: a string
 * starting with « ' » is text without the apostrophe, one starting with =, +, - or @ is a formula, one that
 * reads as a number becomes a number — so a test here catches user text that was not guarded.
 */
export class MemoryWorkbook implements WorkbookPort {
  private sheets: MemorySheet[] = [];
  private listeners = new Set<() => void>();
  private selected: CellRef | null = null;
  private state: MemoryWorkbookState;
  private readonly clock: () => string;

  constructor(options: MemoryWorkbookOptions = {}) {
    const { clock, ...state } = options;
    this.state = state;
    this.clock = clock ?? (() => new Date().toISOString());
  }

  // ——— Preview API ———

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(name: string): MemorySheetView | undefined {
    const s = this.find(name);
    if (!s) return undefined;
    const rows = s.cells.map((r) => r.map((c) => c.value));
    return {
      name: s.name,
      generated: s.generated,
      rows,
      formats: s.cells.map((r) => r.map((c) => c.format)),
      kinds: s.cells.map((r) => r.map((c) => c.kind)),
      tables: s.tables.map((t) => ({ ...t })),
      charts: s.charts.map((c) => ({ ...c, series: c.series.map((x) => ({ ...x })) })),
      frozenRows: s.frozenRows,
      print: s.print,
    };
  }

  /** The value of one cell (null when empty or outside the sheet). */
  value(sheet: string, address: string): CellValue {
    const pos = parseCell(address);
    const s = this.find(sheet);
    if (!pos || !s) return null;
    return s.cells[pos.row]?.[pos.col]?.value ?? null;
  }

  /** The formula a write put in a cell, or null: user text must never end up here. */
  formulaAt(sheet: string, address: string): string | null {
    const pos = parseCell(address);
    const s = this.find(sheet);
    if (!pos || !s) return null;
    return s.cells[pos.row]?.[pos.col]?.formula ?? null;
  }

  /**
   * A user's edit in the preview grid, read as Excel reads typing in a French Excel: « 52000 », « 0,8 »,
   * « 80 % » and « 15/03/2024 » become numbers (the date as a serial), anything else text. A leading « = »
   * stays text: the preview does not compute formulas.
   */
  setValue(sheet: string, address: string, value: CellValue): void {
    const s = this.find(sheet);
    const pos = parseCell(address);
    if (!s || !pos) throw new Error(`Cellule inconnue : ${sheetRange(sheet, address)}`);
    const cell = this.cellAt(s, pos.row, pos.col);
    cell.value = typeof value === 'string' ? typed(value) : value;
    cell.formula = null;
    this.notify();
  }

  /**
   * Replaces the body of a table with these rows (values as Excel would hold them: numbers, serial dates,
   * text), keeping each column's format and style: the preview's « add a row », and test fixtures.
   */
  setTableRows(table: string, rows: readonly (readonly CellValue[])[]): void {
    this.replaceBody(table, rows, false);
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

  /** Changes the simulated Excel state (protection, cell editing, read-only). */
  setState(options: MemoryWorkbookState): void {
    this.state = { editingCell: options.editingCell, protected: options.protected, readOnly: options.readOnly };
    this.notify();
  }

  // ——— WorkbookPort ———

  async insertTemplate(policy: TemplateConflictPolicy, options: TemplateOptions = { example: true }): Promise<InsertTemplateOutcome> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, issues: [blocked] };
    const decision = planTemplate(
      this.sheets.map((s) => s.name),
      this.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, sheet: s.name }))),
      policy,
    );
    if (!decision.ok) return decision;
    for (const name of decision.replace) this.sheets = this.sheets.filter((s) => s.name !== name);
    const plans = templatePlans(decision.names, options);
    for (const plan of plans) this.apply(plan);
    this.notify();
    return { ok: true, sheets: plans.map((p) => p.name) };
  }

  async readInputs(): Promise<ReadOutcome> {
    const blocked = this.blocked('read');
    if (blocked) return { ok: false, issues: [blocked] };
    return readScenario(this.inputTables());
  }

  async calculate(onProgress?: (progress: Progress) => void, options: CalculateOptions = {}): Promise<CalculateOutcome> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, issues: [blocked] };
    onProgress?.({ stage: 'read', fraction: 0 });
    const { outcome: read, cellOf } = readWorkbook(this.inputTables(), options);
    onProgress?.({ stage: 'validate', fraction: 0.2 });
    if (!read.ok) return read;
    const foreign = this.foreignOutputSheets();
    if (foreign.length > 0) return { ok: false, issues: foreign };
    onProgress?.({ stage: 'compute', fraction: 0.4 });
    await yieldToBrowser();
    const projection = project(read.scenario);
    const plans = outputPlans(read.scenario, projection);
    onProgress?.({ stage: 'write', fraction: 0.7 });
    await yieldToBrowser();
    // A cell edited during a pause does not enter this run: the outputs are those of the inputs read above.
    this.sheets = this.sheets.filter((s) => !OUTPUT_SHEETS.includes(s.name));
    for (const plan of plans) this.apply(plan);
    this.notify();
    onProgress?.({ stage: 'write', fraction: 1 });
    const warnings = [...read.warnings, ...placeIssues(projection.warnings, cellOf)];
    return { ok: true, scenario: read.scenario, projection, warnings, written: writtenSummary(plans) };
  }

  async writeDialogue(cptsId: string, options: CalculateOptions = {}): Promise<DialogueOutcome> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, issues: [blocked] };
    const { outcome: read } = readWorkbook(this.inputTables(), options);
    if (!read.ok) return read;
    const existing = this.find(DIALOGUE_SHEET);
    const a1 = existing?.cells[0]?.[0]?.value;
    if (existing && !(typeof a1 === 'string' && a1.startsWith(GENERATED_MARKER))) return { ok: false, issues: [foreignSheetIssue(existing.name)] };
    const planned = dialoguePlan(read.scenario, project(read.scenario), cptsId, momentOf(new Date(this.clock())));
    if (!planned.ok) return { ok: false, issues: planned.issues.map((i) => ({ ...i, cell: null })) };
    const at = existing ? this.sheets.indexOf(existing) : this.sheets.length;
    this.sheets = this.sheets.filter((s) => s !== existing);
    this.apply(planned.plan, at);
    this.notify();
    // The preview has no printer: the page set-up is kept with the sheet, as Excel would get it.
    return { ok: true, sheet: planned.plan.name, cptsId, pageLayout: true };
  }

  async selectCell(cell: CellRef): Promise<void> {
    this.selected = { sheet: cell.sheet, address: cell.address };
    this.notify();
  }

  // ——— Scenarios ———

  async listScenarios(): Promise<ScenarioStoreOutcome> {
    const blocked = this.blocked('read');
    if (blocked) return { ok: false, issues: [blocked] };
    const read = this.store();
    return read.ok ? listOutcome(read.state) : read;
  }

  async saveScenario(name: string, author: string | null): Promise<ScenarioStoreOutcome> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, issues: [blocked] };
    const read = readScenario(this.inputTables());
    if (!read.ok) return read;
    const scenario: Scenario = { ...read.scenario, name: name.trim() };
    return this.changeStore([scenario.name], (list) => operations.saveScenario(list, scenario, this.stamp(author)));
  }

  async applyScenario(name: string): Promise<ApplyScenarioOutcome> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, issues: [blocked] };
    const read = this.store();
    if (!read.ok) return read;
    const stored = read.state.scenarios.find((s) => s.scenario.name === name);
    if (!stored)
      return {
        ok: false,
        issues: [{ path: '', message: `Aucun scénario lisible ne s’appelle « ${name} ». Rien n’a été modifié.`, cell: read.state.broken.get(name) ?? null }],
      };
    const plan = planApply(stored.scenario, this.inputTables());
    if (!plan.ok) return plan;
    this.replaceBody(plan.cpts.table, plan.cpts.rows);
    this.replaceBody(plan.achievements.table, plan.achievements.rows);
    for (const list of plan.lists) this.replaceBody(list.table, list.rows);
    const columns = [plan.bareme, plan.parameters].filter((c): c is ColumnWrite => c !== null);
    for (const column of columns) this.writeColumn(column);
    this.notify();
    return {
      ok: true,
      scenario: stored.scenario,
      sheets: [...new Set([plan.cpts.sheet, plan.achievements.sheet, ...plan.lists.map((l) => l.sheet), ...columns.map((c) => c.sheet)])],
    };
  }

  async renameScenario(from: string, to: string, author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore([from, to], (list) => operations.renameScenario(list, from, to, this.stamp(author)));
  }

  async duplicateScenario(from: string, to: string, author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore([from, to], (list) => operations.duplicateScenario(list, from, to, this.stamp(author)));
  }

  async deleteScenario(name: string): Promise<ScenarioStoreOutcome> {
    return this.changeStore([name], (list) => operations.deleteScenario(list, name));
  }

  async setScenarioStatus(name: string, status: ScenarioStatus, meetingDate: IsoDate | null, author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore([name], (list) => operations.setScenarioStatus(list, name, status, meetingDate, this.stamp(author)));
  }

  async importScenarios(scenarios: readonly Scenario[], author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore(
      scenarios.map((s) => s.name),
      (list) => operations.importScenarios(list, scenarios, this.stamp(author)),
    );
  }

  async compareScenarios(names: readonly string[]): Promise<CompareScenariosOutcome> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, issues: [blocked] };
    const read = this.store();
    if (!read.ok) return read;
    const compared = compareStored(read.state, names);
    if (!compared.ok) return compared;
    const existing = this.find(COMPARISON_SHEET);
    const a1 = existing?.cells[0]?.[0]?.value;
    if (existing && !(typeof a1 === 'string' && a1.startsWith(GENERATED_MARKER))) return { ok: false, issues: [foreignComparisonIssue(existing.name)] };
    const plan = comparisonPlan(compared.comparison, this.clock());
    const at = existing ? this.sheets.indexOf(existing) : this.sheets.length;
    this.sheets = this.sheets.filter((s) => s !== existing);
    this.apply(plan, at);
    this.notify();
    return { ok: true, comparison: compared.comparison, sheet: plan.name, charts: plan.charts.length };
  }

  // ——— internals ———

  private stamp(author: string | null): operations.Stamp {
    return { author, now: this.clock() };
  }

  private store(): StoreStateOutcome {
    return readStoreTable(this.tableRead(STORE_TABLE), this.sheetNames());
  }

  /** Read the store, apply a pure change, rewrite the store sheet whole (in place): or refuse, changing nothing. */
  private async changeStore(touched: readonly string[], change: (list: readonly StoredScenario[]) => operations.StoreChange): Promise<ScenarioStoreOutcome> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, issues: [blocked] };
    const read = this.store();
    if (!read.ok) return read;
    const planned = planStoreChange(read.state, touched, change);
    if (!planned.ok) return planned;
    const { plan, replaces, outcome } = planned.write;
    const old = replaces === null ? undefined : this.find(replaces);
    const at = old ? this.sheets.indexOf(old) : this.sheets.length;
    this.sheets = this.sheets.filter((s) => s !== old);
    this.apply(plan, at);
    this.notify();
    return outcome;
  }

  /**
   * Replaces a table's body, keeping each column's format and style (new rows look like the first one).
   * `asExcel`: values go through Excel's `Range.values` rules (an add-in's write), else are stored as given.
   */
  private replaceBody(table: string, rows: readonly (readonly CellValue[])[], asExcel = true): void {
    const s = this.sheets.find((x) => x.tables.some((t) => t.name === table));
    const index = s?.tables.findIndex((t) => t.name === table) ?? -1;
    const view = s?.tables[index];
    const r = view ? parseRange(view.address) : null;
    if (!s || !view || !r) throw new Error(`Tableau inconnu : ${table}`);
    const looks = Array.from({ length: r.cols }, (_, j) => {
      const c = s.cells[r.row + 1]?.[r.col + j];
      return { format: c?.format ?? null, kind: c?.kind ?? null };
    });
    for (let i = 1; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) {
        const c = s.cells[r.row + i]?.[r.col + j];
        if (c) Object.assign(c, { value: null, formula: null, format: null, kind: null });
      }
    const body = rows.length > 0 ? rows : [looks.map(() => null)];
    body.forEach((row, i) =>
      looks.forEach((look, j) => {
        if (asExcel) this.write(s, r.row + 1 + i, r.col + j, row[j] ?? null, look.format, look.kind);
        else Object.assign(this.cellAt(s, r.row + 1 + i, r.col + j), { value: row[j] ?? null, formula: null, ...look });
      }),
    );
    s.tables[index] = { ...view, address: rangeAddress(r.row, r.col, body.length + 1, r.cols) };
  }

  private writeColumn(w: ColumnWrite): void {
    const s = this.find(w.sheet);
    if (!s) throw new Error(`Feuille inconnue : ${w.sheet}`);
    w.values.forEach((v, i) => {
      const cell = this.cellAt(s, w.row + i, w.col);
      this.write(s, w.row + i, w.col, v, w.format ?? cell.format, cell.kind);
    });
  }

  private blocked(action: 'read' | 'write' = 'write'): WorkbookIssue | null {
    const state: BlockingState | null = this.state.editingCell
      ? 'editing'
      : action === 'write' && this.state.protected
        ? 'protected'
        : action === 'write' && this.state.readOnly
          ? 'read-only'
          : null;
    return state ? blockingIssue(state) : null;
  }

  private find(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private cellAt(s: MemorySheet, row: number, col: number): MemoryCell {
    while (s.cells.length <= row) s.cells.push([]);
    const r = s.cells[row]!;
    while (r.length <= col) r.push({ value: null, formula: null, format: null, kind: null });
    return r[col]!;
  }

  /** Writes a value as Excel's `Range.values` setter would. */
  private write(s: MemorySheet, row: number, col: number, value: CellValue, format: string | null, kind: CellKind | null): void {
    const cell = this.cellAt(s, row, col);
    cell.format = format;
    cell.kind = kind;
    cell.formula = null;
    if (typeof value !== 'string') {
      cell.value = value;
    } else if (value.startsWith("'")) {
      cell.value = value.slice(1);
    } else if (/^[=+@-]/.test(value) && !NUMBER.test(value)) {
      cell.formula = value;
      cell.value = null;
    } else {
      cell.value = NUMBER.test(value) ? Number(value) : value;
    }
  }

  private apply(plan: SheetPlan, at: number = this.sheets.length): void {
    const s: MemorySheet = {
      name: plan.name,
      generated: plan.generated,
      cells: [],
      tables: [],
      charts: [],
      frozenRows: plan.freezeRows,
      print: plan.print ?? null,
    };
    this.sheets.splice(at, 0, s);
    for (const block of plan.cells) {
      block.values.forEach((r, i) => r.forEach((v, j) => this.write(s, block.row + i, block.col + j, v, null, block.kind)));
    }
    for (const t of plan.tables) {
      t.columns.forEach((c, j) => this.write(s, t.row, t.col + j, `'${c.header}`, null, 'header'));
      // An Excel table always has a body row, even when empty.
      const body = t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
      const kindAt = (i: number, j: number): CellKind => t.cellKinds?.find((k) => k.row === i && k.col === j)?.kind ?? t.columnKinds?.get(j) ?? t.kind;
      body.forEach((r, i) => t.columns.forEach((c, j) => this.write(s, t.row + 1 + i, t.col + j, r[j] ?? null, c.format, kindAt(i, j))));
      s.tables.push({
        name: t.name,
        address: rangeAddress(t.row, t.col, body.length + 1, t.columns.length),
        header: t.columns.map((c) => c.header),
        kind: t.kind,
      });
    }
    s.charts.push(...plan.charts.map((c) => chartView(plan.name, c)));
  }

  private inputTables(): InputTables {
    return inputTablesFrom((name) => this.tableRead(name));
  }

  private tableRead(name: string): TableRead | null {
    for (const s of this.sheets) {
      const t = s.tables.find((x) => x.name === name);
      if (!t) continue;
      const r = parseRange(t.address)!;
      const values: CellValue[][] = [];
      for (let i = 0; i < r.rows; i++) {
        const row: CellValue[] = [];
        for (let j = 0; j < r.cols; j++) row.push(s.cells[r.row + i]?.[r.col + j]?.value ?? null);
        values.push(row);
      }
      return { sheet: s.name, address: t.address, values };
    }
    return null;
  }

  private foreignOutputSheets(): WorkbookIssue[] {
    return this.sheets
      .filter((s) => OUTPUT_SHEETS.includes(s.name))
      .filter((s) => {
        const a1 = s.cells[0]?.[0]?.value;
        return !(typeof a1 === 'string' && a1.startsWith(GENERATED_MARKER));
      })
      .map((s) => foreignSheetIssue(s.name));
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

const NUMBER = /^-?\d+(\.\d+)?(E[+-]?\d+)?$/i;

/** Typing in a French Excel: numbers with a comma or a dot, percentages, dd/mm/yyyy dates. */
function typed(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  const number = t.replace(/\s/g, '').replace(',', '.');
  if (NUMBER.test(number)) return Number(number);
  const percent = /^(-?\d+(?:[.,]\d+)?)\s*%$/.exec(t);
  if (percent) return Number(percent[1]!.replace(',', '.')) / 100;
  const iso = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t) ? textToIso(t) : null;
  if (iso) return isoToSerial(iso);
  return text;
}

function chartView(sheet: string, c: ChartPlan): MemoryChartView {
  return {
    name: c.name,
    title: c.title,
    type: c.type,
    categories: sheetRange(sheet, c.categories),
    series: c.series.map((x) => ({ name: x.name, values: sheetRange(sheet, x.values) })),
    xAxisTitle: c.xAxisTitle,
    yAxisTitle: c.yAxisTitle,
  };
}

/** Lets the browser paint the progress bar between stages of a long run (the work itself is synchronous). */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
