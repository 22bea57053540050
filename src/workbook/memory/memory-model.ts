import { parseRange, rangeAddress, sheetRange, type CellValue } from '../grid/cells';
import { GENERATED_MARKER, type CellKind } from '../contract/layout';
import type { ChartPlan, ChartType, PrintPlan } from '../grid/plan';
import { findByName, sameName } from '../grid/tables';
import type { StepOp } from '../actions/session';

/**
 * The in-memory workbook's cells, tables and charts, changed by the same write steps Excel runs, with Excel's
 * rules where they matter: names compared without case and table names unique across the workbook; adding
 * table rows inserts (cells below, in the table's columns, move down), deleting them moves cells up; a string
 * written starting with « ' » is text, one starting with =, +, - or @ a formula, one reading as a number a number.
 */

export interface MemoryCell {
  value: CellValue;
  /** Set when a write put a formula here (the memory workbook does not compute it). */
  formula: string | null;
  format: string | null;
  kind: CellKind | null;
}

export interface MemoryTable {
  name: string;
  /** Header row included, on the table's sheet (« A3:G5 »). */
  address: string;
  kind: 'input' | 'output';
  showTotals: boolean;
  showHeaders: boolean;
  filtered: boolean;
}

export interface MemoryChart {
  readonly name: string;
  title: string;
  type: ChartType;
  /** A1 addresses on the chart's sheet. */
  categories: string;
  series: { name: string; values: string }[];
  xAxisTitle: string;
  yAxisTitle: string;
  position: [string, string];
}

export interface MemorySheet {
  name: string;
  readonly cells: MemoryCell[][];
  readonly tables: MemoryTable[];
  readonly charts: MemoryChart[];
  readonly widths: Map<number, number>;
  frozenRows: number;
  protected: boolean;
  /** The page set-up Excel would get (printable sheets only). */
  print: PrintPlan | null;
  /**
   * Moves on every change to the sheet (cells, tables, charts, layout), from a counter shared by the workbook's
   * sheets: the preview caches its view of a sheet per revision. A spurious bump only costs a render.
   */
  revision: number;
}

/** Excel's refusal, with its code, as Office.js raises it at sync. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /^-?\d+(\.\d+)?(E[+-]?\d+)?$/i;

export class MemoryModel {
  sheets: MemorySheet[] = [];
  active: string | null = null;
  private revisions = 0;

  /** The sheet changed (or is about to, within the same synchronous step): its cached views are stale. */
  touch(s: MemorySheet): void {
    s.revision = ++this.revisions;
  }

  find(name: string): MemorySheet | undefined {
    return findByName(this.sheets, name);
  }

  sheetOf(name: string): MemorySheet {
    const s = this.find(name);
    if (!s) throw new ExcelError('ItemNotFound', `Feuille inconnue : ${name}`);
    return s;
  }

  table(name: string): { sheet: MemorySheet; table: MemoryTable } | undefined {
    for (const sheet of this.sheets) {
      const table = findByName(sheet.tables, name);
      if (table) return { sheet, table };
    }
    return undefined;
  }

  tableOf(name: string): { sheet: MemorySheet; table: MemoryTable } {
    const t = this.table(name);
    if (!t) throw new ExcelError('ItemNotFound', `Tableau inconnu : ${name}`);
    return t;
  }

  addSheet(name: string): MemorySheet {
    if (this.find(name)) throw new ExcelError('ItemAlreadyExists', `La feuille « ${name} » existe déjà`);
    const s: MemorySheet = {
      name,
      cells: [],
      tables: [],
      charts: [],
      widths: new Map(),
      frozenRows: 0,
      protected: false,
      print: null,
      revision: ++this.revisions,
    };
    this.sheets.push(s);
    return s;
  }

  /** The write path for cells: callers change the cell it returns, so the sheet's revision moves here. */
  cellAt(s: MemorySheet, row: number, col: number): MemoryCell {
    this.touch(s);
    while (s.cells.length <= row) s.cells.push([]);
    const r = s.cells[row]!;
    while (r.length <= col) r.push({ value: null, formula: null, format: null, kind: null });
    return r[col]!;
  }

  /** Writes a value as Excel's `Range.values` setter would (null leaves the cell as it is, '' empties it). */
  write(s: MemorySheet, row: number, col: number, value: CellValue): void {
    if (value === null) return;
    const cell = this.cellAt(s, row, col);
    cell.formula = null;
    if (typeof value !== 'string') cell.value = value;
    else if (value === '') cell.value = null;
    else if (value.startsWith("'")) cell.value = value.slice(1);
    else if (/^[=+@-]/.test(value) && !NUMBER.test(value)) {
      cell.formula = value;
      cell.value = null;
    } else cell.value = NUMBER.test(value) ? Number(value) : value;
  }

  isGenerated(s: MemorySheet): boolean {
    const a1 = s.cells[0]?.[0]?.value;
    return typeof a1 === 'string' && a1.startsWith(GENERATED_MARKER);
  }

  /** A step's sheet, about to change (clear and the layout steps do not go through cellAt). */
  private changing(name: string): MemorySheet {
    const s = this.sheetOf(name);
    this.touch(s);
    return s;
  }

  /** Runs one write step, or throws as Excel would refuse it. */
  run(step: StepOp): void {
    switch (step.op) {
      case 'addSheet':
        this.addSheet(step.sheet);
        return;
      case 'deleteSheet': {
        const s = this.changing(step.sheet);
        this.sheets = this.sheets.filter((x) => x !== s);
        return;
      }
      case 'clear':
        this.clear(this.changing(step.sheet), step.address);
        return;
      case 'values': {
        const s = this.changing(step.sheet);
        const r = parseRange(step.address)!;
        if (step.values.length !== r.rows || step.values.some((row) => row.length !== r.cols))
          throw new ExcelError('InvalidArgument', `Dimensions : ${step.address}`);
        step.values.forEach((row, i) => row.forEach((v, j) => this.write(s, r.row + i, r.col + j, v)));
        return;
      }
      case 'numberFormat':
        this.each(this.changing(step.sheet), step.address, (c) => (c.format = step.format));
        return;
      case 'style':
        this.each(this.changing(step.sheet), step.address, (c) => (c.kind = step.kind));
        return;
      case 'columnWidth':
        this.changing(step.sheet).widths.set(step.col, step.characters);
        return;
      case 'validation':
        return;
      case 'addTable': {
        const s = this.changing(step.sheet);
        if (this.table(step.name)) throw new ExcelError('InvalidArgument', `Le nom de tableau « ${step.name} » existe déjà`);
        s.tables.push({ name: step.name, address: step.address, kind: step.kind, showTotals: false, showHeaders: true, filtered: false });
        return;
      }
      case 'deleteTable': {
        const { sheet, table } = this.tableOf(step.table);
        this.touch(sheet);
        sheet.tables.splice(sheet.tables.indexOf(table), 1);
        this.clear(sheet, table.address);
        return;
      }
      case 'clearFilters': {
        const { sheet, table } = this.tableOf(step.table);
        this.touch(sheet);
        table.filtered = false;
        return;
      }
      case 'addRows':
        this.addRows(step.table, step.values);
        return;
      case 'deleteRows':
        this.deleteRows(step.table, step.index, step.count);
        return;
      case 'chart':
        this.chart(this.changing(step.sheet), step.chart);
        return;
      case 'freeze':
        this.changing(step.sheet).frozenRows = step.rows;
        return;
      case 'pageLayout':
        this.changing(step.sheet).print = step.print;
        return;
      case 'activate':
        this.active = this.sheetOf(step.sheet).name;
        return;
    }
  }

  /** Empties existing cells only: a cleared range does not grow the sheet. */
  private clear(s: MemorySheet, address: string): void {
    const r = parseRange(address)!;
    for (let i = 0; i < r.rows; i++) {
      const row = s.cells[r.row + i];
      if (!row) continue;
      for (let j = 0; j < r.cols; j++) {
        const c = row[r.col + j];
        if (c) Object.assign(c, { value: null, formula: null, format: null, kind: null });
      }
    }
  }

  private each(s: MemorySheet, address: string, f: (cell: MemoryCell) => void): void {
    const r = parseRange(address)!;
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) f(this.cellAt(s, r.row + i, r.col + j));
  }

  /** Tables of `s` other than `t` that overlap columns `col`…`col + cols − 1` below row `row`. */
  private below(s: MemorySheet, t: MemoryTable, row: number): MemoryTable | undefined {
    const p = parseRange(t.address)!;
    return s.tables.find((o) => {
      if (o === t) return false;
      const q = parseRange(o.address)!;
      return q.row + q.rows > row && q.col < p.col + p.cols && p.col < q.col + q.cols;
    });
  }

  /** As Excel: appended rows are inserted, cells below them in the table's columns move down. */
  addRows(name: string, values: readonly (readonly CellValue[])[]): void {
    const { sheet, table } = this.tableOf(name);
    this.touch(sheet);
    const p = parseRange(table.address)!;
    const k = values.length;
    if (values.some((r) => r.length !== p.cols)) throw new ExcelError('InvalidArgument', `Dimensions : ${name}`);
    const end = p.row + p.rows;
    const blocking = this.below(sheet, table, end);
    if (blocking) throw new ExcelError('InvalidOperation', `Le tableau « ${blocking.name} » serait déplacé`);
    for (let c = p.col; c < p.col + p.cols; c++) {
      for (let r = sheet.cells.length - 1; r >= end; r--) {
        const cell = sheet.cells[r]?.[c];
        if (cell) Object.assign(this.cellAt(sheet, r + k, c), { ...cell });
      }
      const look = sheet.cells[end - 1]?.[c];
      for (let i = 0; i < k; i++)
        Object.assign(this.cellAt(sheet, end + i, c), { value: null, formula: null, format: look?.format ?? null, kind: look?.kind ?? null });
    }
    values.forEach((row, i) => row.forEach((v, j) => this.write(sheet, end + i, p.col + j, v)));
    table.address = rangeAddress(p.row, p.col, p.rows + k, p.cols);
  }

  /** As Excel: the rows' cells go, cells below them in the table's columns move up. */
  deleteRows(name: string, index: number, count: number): void {
    const { sheet, table } = this.tableOf(name);
    this.touch(sheet);
    const p = parseRange(table.address)!;
    if (index < 0 || index + count > p.rows - 1) throw new ExcelError('ItemNotFound', `Lignes ${index}…${index + count - 1} de ${name}`);
    const from = p.row + 1 + index;
    const blocking = this.below(sheet, table, p.row + p.rows);
    if (blocking) throw new ExcelError('InvalidOperation', `Le tableau « ${blocking.name} » serait déplacé`);
    const last = sheet.cells.length;
    for (let c = p.col; c < p.col + p.cols; c++) {
      for (let r = from; r < last; r++) {
        const src = sheet.cells[r + count]?.[c];
        Object.assign(this.cellAt(sheet, r, c), src ? { ...src } : { value: null, formula: null, format: null, kind: null });
      }
    }
    table.address = rangeAddress(p.row, p.col, p.rows - count, p.cols);
  }

  private chart(s: MemorySheet, plan: ChartPlan): void {
    const fields = {
      title: plan.title,
      type: plan.type,
      categories: plan.categories,
      series: plan.series.map((x) => ({ name: x.name, values: x.values })),
      xAxisTitle: plan.xAxisTitle,
      yAxisTitle: plan.yAxisTitle,
      position: [plan.topLeft, plan.bottomRight] as [string, string],
    };
    const existing = s.charts.find((c) => sameName(c.name, plan.name));
    if (existing) Object.assign(existing, fields);
    else s.charts.push({ name: plan.name, ...fields });
  }

  values(s: MemorySheet, address: string): CellValue[][] {
    const r = parseRange(address)!;
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => s.cells[r.row + i]?.[r.col + j]?.value ?? null));
  }

  formulas(s: MemorySheet, address: string): (string | null)[][] {
    const r = parseRange(address)!;
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => s.cells[r.row + i]?.[r.col + j]?.formula ?? null));
  }
}

export function chartRange(sheet: string, address: string): string {
  return sheetRange(sheet, address);
}
