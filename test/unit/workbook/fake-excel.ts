import { parseRange, rangeAddress, sheetRange, type CellValue } from '../../../src/workbook/grid/cells';
import type {
  XlBasicRule,
  XlChart,
  XlContext,
  XlDataValidationRule,
  XlRange,
  XlSeries,
  XlTable,
  XlWorkbook,
  XlWorksheet,
} from '../../../src/workbook/office/excel-api';

/**
 * A recording stand-in for `Excel.RequestContext`, strict where real Excel is: sheet names compared without
 * case; table names unique across the workbook; an invalid operation fails at the next `sync()` (operations
 * queued before it took effect, those after it did not); a response over 5 MB is refused at `sync()`;
 * `rows.add` inserts (cells below the table, in its columns, move down; a table there refuses) and deleting
 * rows moves cells up. It keeps cells, tables and charts, counts syncs, and measures each request as the JSON
 * of what was queued since the previous sync. User formulas and charts bound to a table (`userFormula`,
 * `userChart`) read it as Excel would: `#REF!` for good once the table object is deleted.
 */

export interface FakeCall {
  readonly op: string;
  readonly target: string;
  readonly detail?: string;
}

export interface FakeOptions {
  readonly editMode?: boolean;
  readonly workbookProtected?: boolean;
  readonly readOnly?: boolean;
  /** The workbook uses the 1904 date system (Excel's option; `=DATE(1904;1;1)` is then 0). */
  readonly date1904?: boolean;
  /** The sync (1-based, counted over the fake's life) that Excel refuses, after applying what was queued. */
  readonly failAtSync?: number;
}

/** Per queued action: ids and method names in Excel's JSON request. */
const ACTION_BYTES = 100;
/** Excel on the web refuses responses (and requests) over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

class PropertyNotLoaded extends Error {
  readonly code = 'PropertyNotLoaded';
}

const excelError = (code: string, message: string): Error => Object.assign(new Error(message), { code });
const key = (row: number, col: number): string => `${row}:${col}`;
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class FakeExcel {
  readonly calls: FakeCall[] = [];
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  readonly sheets: FakeWorksheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  syncs = 0;
  suspends = 0;
  pending = 0;
  pendingResponse = 0;
  /** The first operation Excel would refuse since the last sync: raised by the next sync. */
  pendingError: Error | null = null;
  options: FakeOptions;
  private readonly formulasBound: { sheet: FakeWorksheet; address: string; table: FakeTable; column: string }[] = [];

  constructor(options: FakeOptions = {}) {
    this.options = options;
  }

  context(): FakeContext {
    return new FakeContext(this);
  }

  /** Runs a batch like `Excel.run` does, on a fresh context over this workbook. */
  readonly run = <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => batch(this.context());

  record(op: string, target: string, payload: unknown = null, detail?: string): void {
    this.calls.push(detail === undefined ? { op, target } : { op, target, detail });
    this.pending += ACTION_BYTES + (payload === null ? 0 : JSON.stringify(payload).length);
  }

  /** Runs a change unless an earlier operation of this request already failed; a failure waits for the sync. */
  mutate(change: () => void): void {
    if (this.pendingError) return;
    try {
      change();
    } catch (error) {
      this.pendingError = error instanceof Error ? error : new Error(String(error));
    }
  }

  /** Calls that change the workbook (everything but loads and syncs). */
  writes(): FakeCall[] {
    return this.calls.filter((c) => c.op !== 'load' && c.op !== 'sync');
  }

  sheet(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => same(s.name, name));
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => same(t.name, name));
  }

  addSheet(name: string): FakeWorksheet {
    if (this.sheet(name)) throw excelError('ItemAlreadyExists', `Sheet exists: ${name}`);
    const s = new FakeWorksheet(this, name);
    this.sheets.push(s);
    return s;
  }

  /** Puts a table with its values in the workbook, as a user would have typed them (no coercion). */
  seedTable(sheet: string, name: string, row: number, col: number, values: readonly (readonly CellValue[])[]): FakeTable {
    if (this.table(name)) throw new Error(`seedTable: ${name} exists`);
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    values.forEach((r, i) => r.forEach((v, j) => s.cells.set(key(row + i, col + j), v)));
    const t = new FakeTable(this, s, name, rangeAddress(row, col, values.length, values[0]?.length ?? 1));
    this.tables.push(t);
    return t;
  }

  seedCell(sheet: string, address: string, value: CellValue): void {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const r = parseRange(address)!;
    s.cells.set(key(r.row, r.col), value);
  }

  /** A user's `=SUM(Table[Column])` in a cell, bound to the table object as Excel binds a structured reference. */
  userFormula(sheet: string, address: string, table: string, column: string): void {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const t = this.table(table);
    if (!t) throw new Error(`userFormula: no table ${table}`);
    s.formulas.set(key(parseRange(address)!.row, parseRange(address)!.col), `=SUM(${t.name}[${column}])`);
    this.formulasBound.push({ sheet: s, address, table: t, column });
  }

  /** What a user formula shows now: the sum of the column, or #REF! if its table was deleted. */
  evaluate(sheet: string, address: string): number | string {
    const f = this.formulasBound.find((x) => same(x.sheet.name, sheet) && x.address === address);
    if (!f) throw new Error(`no user formula at ${address}`);
    const values = f.table.columnValues(f.column);
    if (values === null) return '#REF!';
    return values.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
  }

  /** A user's chart on `sheet`, one series per column of a table (Excel follows the table as it grows). */
  userChart(sheet: string, table: string, columns: readonly string[]): UserChart {
    const t = this.table(table);
    if (!t) throw new Error(`userChart: no table ${table}`);
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    return new UserChart(s, t, columns);
  }
}

/** A chart a user made from a table: its series read the table's columns, or #REF! once the table is gone. */
export class UserChart {
  constructor(
    readonly sheet: FakeWorksheet,
    private readonly table: FakeTable,
    private readonly columns: readonly string[],
  ) {}
  series(): (CellValue[] | '#REF!')[] {
    return this.columns.map((c) => this.table.columnValues(c) ?? '#REF!');
  }
}

class FakeContext implements XlContext {
  readonly workbook: FakeWorkbook;
  constructor(private readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(excel);
  }

  async sync(): Promise<void> {
    const excel = this.excel;
    excel.syncs++;
    excel.calls.push({ op: 'sync', target: '' });
    excel.requestBytes.push(excel.pending);
    excel.responseBytes.push(excel.pendingResponse);
    const request = excel.pending;
    const response = excel.pendingResponse;
    const failed = excel.pendingError;
    excel.pending = 0;
    excel.pendingResponse = 0;
    excel.pendingError = null;
    if (excel.options.editMode) throw excelError('InvalidOperationInCellEditMode', 'Cell edit mode');
    if (request > PAYLOAD_LIMIT) throw excelError('RequestPayloadSizeLimitExceeded', `Request of ${request} bytes`);
    if (response > PAYLOAD_LIMIT) throw excelError('ResponsePayloadSizeLimitExceeded', `Response of ${response} bytes`);
    if (failed) throw failed;
    if (excel.options.failAtSync === excel.syncs) throw excelError('GeneralException', 'Simulated failure');
  }
}

class FakeWorkbook implements XlWorkbook {
  constructor(private readonly excel: FakeExcel) {}

  load(names: string): unknown {
    this.excel.record('load', 'workbook', null, names);
    return this;
  }
  get readOnly(): boolean {
    return this.excel.options.readOnly ?? false;
  }
  get protection(): XlWorkbook['protection'] {
    const excel = this.excel;
    return {
      load: (names: string) => excel.record('load', 'workbook.protection', null, names),
      protected: excel.options.workbookProtected ?? false,
    };
  }
  get worksheets(): XlWorkbook['worksheets'] {
    const excel = this.excel;
    return {
      load: (names: string) => excel.record('load', 'worksheets', null, names),
      get items(): XlWorksheet[] {
        return [...excel.sheets];
      },
      add: (name?: string) => {
        excel.record('worksheets.add', name ?? '');
        let sheet: FakeWorksheet | undefined;
        excel.mutate(() => {
          sheet = excel.addSheet(name ?? `Feuil${excel.sheets.length + 1}`);
        });
        return sheet ?? new FakeWorksheet(excel, name ?? '');
      },
      getItem: (name: string) => {
        const s = excel.sheet(name);
        if (!s) throw excelError('ItemNotFound', `No sheet ${name}`);
        return s;
      },
    };
  }
  get tables(): XlWorkbook['tables'] {
    const excel = this.excel;
    return {
      load: (names: string) => excel.record('load', 'tables', null, names),
      get items(): XlTable[] {
        return [...excel.tables];
      },
      getItem: (name: string) => {
        const t = excel.table(name);
        if (!t) throw excelError('ItemNotFound', `No table ${name}`);
        return t;
      },
    };
  }
  get functions(): XlWorkbook['functions'] {
    const excel = this.excel;
    return {
      date: (year: number, month: number, day: number) => {
        // Days from the system's day 0 (1899-12-30, or 1904-01-01): exact for the dates the add-in asks about.
        const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000) - (excel.options.date1904 ? 1462 : 0);
        // Evaluating a function changes nothing: recorded as the load it is.
        return { load: (names: string) => excel.record('load', `functions.date(${year},${month},${day})`, null, names), value: days };
      },
    };
  }
  get application(): XlWorkbook['application'] {
    return {
      suspendApiCalculationUntilNextSync: () => {
        this.excel.suspends++;
        this.excel.record('suspendApiCalculationUntilNextSync', '');
      },
    };
  }
}

export class FakeWorksheet implements XlWorksheet {
  readonly cells = new Map<string, CellValue>();
  readonly formulas = new Map<string, string>();
  readonly formats = new Map<string, string>();
  readonly validations: { address: string; rule: XlDataValidationRule }[] = [];
  readonly widths = new Map<number, number>();
  frozenRows = 0;
  /** What the page set-up received (ExcelApi 1.9), null until set. */
  print: Record<string, unknown> | null = null;
  isProtected = false;
  deleted = false;
  tabColor = '';

  constructor(
    private readonly excel: FakeExcel,
    public name: string,
  ) {}

  load(names: string): unknown {
    this.excel.record('load', this.name, null, names);
    return this;
  }
  get protection(): { readonly protected: boolean } {
    return { protected: this.isProtected };
  }
  getRange(address = 'A1'): FakeRange {
    return new FakeRange(this.excel, this, address);
  }
  get tables(): XlWorksheet['tables'] {
    return {
      add: (address: string, hasHeaders: boolean) => {
        this.excel.record('tables.add', sheetRange(this.name, address), null, String(hasHeaders));
        let n = this.excel.tables.length + 1;
        while (this.excel.table(`Tableau${n}`)) n++;
        const t = new FakeTable(this.excel, this, `Tableau${n}`, address);
        this.excel.mutate(() => {
          const p = parseRange(address)!;
          const overlap = this.excel.tables.find((o) => o.sheet === this && overlaps(parseRange(o.address)!, p));
          if (overlap) throw excelError('InvalidOperation', `Table overlaps ${overlap.name}`);
          this.excel.tables.push(t);
        });
        return t;
      },
    };
  }
  get charts(): XlWorksheet['charts'] {
    const excel = this.excel;
    const mine = (): FakeChart[] => excel.charts.filter((c) => c.sheet === this);
    return {
      load: (names: string) => excel.record('load', `${this.name}.charts`, null, names),
      get items(): XlChart[] {
        return mine();
      },
      getItem: (name: string) => {
        const c = mine().find((x) => same(x.name, name));
        if (!c) throw excelError('ItemNotFound', `No chart ${name}`);
        return c;
      },
      add: (type: string, source: XlRange, seriesBy?: string) => {
        const src = source as FakeRange;
        excel.record('charts.add', sheetRange(this.name, src.local), null, `${type} ${seriesBy ?? 'Auto'}`);
        const chart = new FakeChart(excel, this, type, src.local);
        excel.mutate(() => void excel.charts.push(chart));
        return chart;
      },
    };
  }
  get freezePanes(): XlWorksheet['freezePanes'] {
    return {
      freezeRows: (count?: number) => {
        this.excel.record('freezeRows', this.name, count ?? 0);
        this.excel.mutate(() => (this.frozenRows = count ?? 0));
      },
    };
  }
  get pageLayout(): XlWorksheet['pageLayout'] {
    const record = (key: string, value: unknown): void => {
      this.excel.record('pageLayout', this.name, value, key);
      this.excel.mutate(() => (this.print = { ...(this.print ?? {}), [key]: value }));
    };
    const hf = {} as XlWorksheet['pageLayout']['headersFooters']['defaultForAllPages'];
    for (const key of ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const)
      Object.defineProperty(hf, key, { set: (v: string) => record(key, v), get: () => String(this.print?.[key] ?? '') });
    const layout = {
      setPrintTitleRows: (rows: string) => record('printTitleRows', rows),
      headersFooters: { defaultForAllPages: hf },
    } as XlWorksheet['pageLayout'];
    for (const key of ['orientation', 'paperSize', 'zoom'] as const)
      Object.defineProperty(layout, key, { set: (v: unknown) => record(key, v), get: () => this.print?.[key] });
    return layout;
  }
  delete(): void {
    this.excel.record('worksheet.delete', this.name);
    this.excel.mutate(() => {
      const i = this.excel.sheets.indexOf(this);
      if (i >= 0) this.excel.sheets.splice(i, 1);
      for (let t = this.excel.tables.length - 1; t >= 0; t--) if (this.excel.tables[t]!.sheet === this) this.excel.tables.splice(t, 1)[0]!.deleted = true;
      for (let c = this.excel.charts.length - 1; c >= 0; c--) if (this.excel.charts[c]!.sheet === this) this.excel.charts.splice(c, 1);
      this.deleted = true;
    });
  }
  activate(): void {
    this.excel.record('activate', this.name);
  }

  value(address: string): CellValue {
    const r = parseRange(address)!;
    return this.cells.get(key(r.row, r.col)) ?? null;
  }
  formulaAt(address: string): string | null {
    const r = parseRange(address)!;
    return this.formulas.get(key(r.row, r.col)) ?? null;
  }

  /** Moves every cell of columns `col`…`col + cols − 1` at or below `fromRow` by `delta` rows (Excel's insert/delete). */
  shift(fromRow: number, col: number, cols: number, delta: number): void {
    for (const map of [this.cells, this.formulas, this.formats] as Map<string, unknown>[]) {
      const moved: [string, unknown][] = [];
      for (const [k, v] of [...map.entries()]) {
        const [r, c] = k.split(':').map(Number) as [number, number];
        if (c >= col && c < col + cols && r >= fromRow) {
          map.delete(k);
          moved.push([key(r + delta, c), v]);
        }
      }
      for (const [k, v] of moved) map.set(k, v);
    }
  }
}

function overlaps(a: { row: number; col: number; rows: number; cols: number }, b: { row: number; col: number; rows: number; cols: number }): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

class FakeRange implements XlRange {
  private loaded = new Set<string>();
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: FakeWorksheet,
    readonly local: string,
  ) {}

  private get pos(): { row: number; col: number; rows: number; cols: number } {
    const r = parseRange(this.local);
    if (!r) throw new Error(`Bad address ${this.local}`);
    return r;
  }

  load(names: string): unknown {
    this.excel.record('load', sheetRange(this.sheet.name, this.local), null, names);
    for (const n of names.split(',')) {
      const name = n.trim();
      this.loaded.add(name);
      // The response carries the loaded values: Excel on the web refuses it over 5 MB.
      if (name === 'values') this.excel.pendingResponse += JSON.stringify(this.read()).length;
      if (name === 'formulas') this.excel.pendingResponse += JSON.stringify(this.readFormulas()).length;
    }
    return this;
  }
  private need(name: string): void {
    if (!this.loaded.has(name)) throw new PropertyNotLoaded(`${name} not loaded`);
  }

  get address(): string {
    this.need('address');
    return sheetRange(this.sheet.name, this.local);
  }

  private read(): CellValue[][] {
    const { row, col, rows, cols } = this.pos;
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.sheet.cells.get(key(row + i, col + j)) ?? null));
  }
  private readFormulas(): CellValue[][] {
    const { row, col, rows, cols } = this.pos;
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.sheet.formulas.get(key(row + i, col + j)) ?? this.sheet.cells.get(key(row + i, col + j)) ?? ''),
    );
  }

  get values(): CellValue[][] {
    this.need('values');
    return this.read();
  }
  set values(values: CellValue[][]) {
    this.excel.record('values', sheetRange(this.sheet.name, this.local), values);
    this.excel.mutate(() => {
      const { row, col, rows, cols } = this.pos;
      if (values.length !== rows || values.some((r) => r.length !== cols)) throw excelError('InvalidArgument', `Dimensions mismatch for ${this.local}`);
      values.forEach((r, i) => r.forEach((v, j) => setCell(this.sheet, row + i, col + j, v)));
    });
  }

  get formulas(): CellValue[][] {
    this.need('formulas');
    return this.readFormulas();
  }

  get numberFormat(): string[][] {
    throw new PropertyNotLoaded('numberFormat is write-only in this fake');
  }
  set numberFormat(formats: string[][]) {
    this.excel.record('numberFormat', sheetRange(this.sheet.name, this.local), formats);
    this.excel.mutate(() => {
      const { row, col, rows, cols } = this.pos;
      // As Excel: a 2-D array of the range's dimensions, or a 1×1 array applied to every cell.
      const single = formats.length === 1 && formats[0]!.length === 1;
      if (!single && (formats.length !== rows || formats.some((r) => r.length !== cols))) {
        throw excelError('InvalidArgument', `Dimensions mismatch for the number formats of ${this.local}`);
      }
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) this.sheet.formats.set(key(row + i, col + j), single ? formats[0]![0]! : formats[i]![j]!);
    });
  }

  clear(): void {
    this.excel.record('clear', sheetRange(this.sheet.name, this.local));
    this.excel.mutate(() => {
      const { row, col, rows, cols } = this.pos;
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++)
          for (const map of [this.sheet.cells, this.sheet.formulas, this.sheet.formats] as Map<string, unknown>[]) map.delete(key(row + i, col + j));
    });
  }

  get format(): XlRange['format'] {
    const excel = this.excel;
    const target = sheetRange(this.sheet.name, this.local);
    const sheet = this.sheet;
    const col = this.pos.col;
    const prop = (name: string) => ({
      set(value: string | number | boolean) {
        excel.record(`format.${name}`, target, value);
      },
    });
    const fill = prop('fill.color');
    const fontColor = prop('font.color');
    const bold = prop('font.bold');
    const italic = prop('font.italic');
    return {
      fill: {
        set color(v: string) {
          fill.set(v);
        },
        get color(): string {
          return '';
        },
      },
      font: {
        set color(v: string) {
          fontColor.set(v);
        },
        get color(): string {
          return '';
        },
        set bold(v: boolean) {
          bold.set(v);
        },
        get bold(): boolean {
          return false;
        },
        set italic(v: boolean) {
          italic.set(v);
        },
        get italic(): boolean {
          return false;
        },
      },
      set columnWidth(v: number) {
        excel.record('format.columnWidth', target, v);
        excel.mutate(() => sheet.widths.set(col, v));
      },
      get columnWidth(): number {
        return sheet.widths.get(col) ?? 0;
      },
      set wrapText(v: boolean) {
        excel.record('format.wrapText', target, v);
      },
      get wrapText(): boolean {
        return false;
      },
    };
  }

  get dataValidation(): XlRange['dataValidation'] {
    const excel = this.excel;
    const sheet = this.sheet;
    const local = this.local;
    return {
      set rule(rule: XlDataValidationRule) {
        excel.record('dataValidation.rule', sheetRange(sheet.name, local), rule);
        excel.mutate(() => void sheet.validations.push({ address: local, rule }));
      },
      get rule(): XlDataValidationRule {
        return {};
      },
      errorAlert: { message: '', showAlert: false, style: 'Stop', title: '' },
    };
  }

  select(): void {
    this.excel.record('select', sheetRange(this.sheet.name, this.local));
  }
}

/**
 * Writes one value as Excel's `Range.values` setter does: null leaves the cell unchanged, '' empties it,
 * « ' » makes text, =, +, - or @ a formula.
 */
function setCell(sheet: FakeWorksheet, row: number, col: number, v: CellValue): void {
  if (v === null) return;
  const k = key(row, col);
  sheet.formulas.delete(k);
  if (v === '') sheet.cells.delete(k);
  else if (typeof v === 'string' && v.startsWith("'")) sheet.cells.set(k, v.slice(1));
  else if (typeof v === 'string' && /^[=+@-]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v)) {
    sheet.formulas.set(k, v);
    sheet.cells.set(k, '#FORMULE');
  } else sheet.cells.set(k, v);
}

export class FakeTable implements XlTable {
  private tableName: string;
  style = '';
  showTotals = false;
  showHeaders = true;
  filtered = false;
  deleted = false;
  constructor(
    private readonly excel: FakeExcel,
    readonly sheet: FakeWorksheet,
    name: string,
    public address: string,
  ) {
    this.tableName = name;
  }

  /** The body values of a column found by header, or null once the table is deleted. */
  columnValues(header: string): CellValue[] | null {
    if (this.deleted) return null;
    const p = parseRange(this.address)!;
    const j = Array.from({ length: p.cols }, (_, c) => this.sheet.cells.get(key(p.row, p.col + c))).findIndex((h) => typeof h === 'string' && same(h, header));
    if (j < 0) return null;
    return Array.from({ length: p.rows - 1 }, (_, i) => this.sheet.cells.get(key(p.row + 1 + i, p.col + j)) ?? null);
  }

  /** Another table in the table's columns below row `row`: Excel refuses to move part of a table. */
  private blockerBelow(row: number): FakeTable | undefined {
    const p = parseRange(this.address)!;
    return this.excel.tables.find((o) => {
      if (o === this || o.sheet !== this.sheet) return false;
      const q = parseRange(o.address)!;
      return q.row + q.rows > row && q.col < p.col + p.cols && p.col < q.col + q.cols;
    });
  }

  private deleteBodyRows(index: number, count: number): void {
    const p = parseRange(this.address)!;
    if (index < 0 || count < 1 || index + count > p.rows - 1) throw excelError('ItemNotFound', `No rows ${index}+${count}`);
    const blocker = this.blockerBelow(p.row + p.rows);
    if (blocker) throw excelError('InvalidOperation', `Would move part of ${blocker.name}`);
    const from = p.row + 1 + index;
    for (const map of [this.sheet.cells, this.sheet.formulas, this.sheet.formats] as Map<string, unknown>[])
      for (let r = from; r < from + count; r++) for (let c = p.col; c < p.col + p.cols; c++) map.delete(key(r, c));
    this.sheet.shift(from + count, p.col, p.cols, -count);
    this.address = rangeAddress(p.row, p.col, p.rows - count, p.cols);
  }

  get rows(): XlTable['rows'] {
    const excel = this.excel;
    return {
      getItemAt: (index: number) => ({
        delete: () => {
          excel.record('tableRow.delete', `table ${this.tableName}`, index);
          excel.mutate(() => this.deleteBodyRows(index, 1));
        },
      }),
      deleteRowsAt: (index: number, count?: number) => {
        excel.record('tableRow.deleteRowsAt', `table ${this.tableName}`, [index, count ?? 1]);
        excel.mutate(() => this.deleteBodyRows(index, count ?? 1));
      },
      add: (index?: number, values?: (string | number | boolean)[][]) => {
        excel.record('tableRow.add', `table ${this.tableName}`, values ?? null, String(index ?? 'fin'));
        excel.mutate(() => {
          if (index !== undefined) throw new Error('the adapter appends rows');
          const p = parseRange(this.address)!;
          const rows = values ?? [[]];
          if (rows.some((r) => r.length !== p.cols)) throw excelError('InvalidArgument', 'Dimensions mismatch');
          const end = p.row + p.rows;
          const blocker = this.blockerBelow(end);
          if (blocker) throw excelError('InvalidOperation', `Would move part of ${blocker.name}`);
          // Inserted, not written over: what lies below the table in its columns moves down.
          this.sheet.shift(end, p.col, p.cols, rows.length);
          rows.forEach((r, i) => r.forEach((v, j) => setCell(this.sheet, end + i, p.col + j, v)));
          this.address = rangeAddress(p.row, p.col, p.rows + rows.length, p.cols);
        });
        return null;
      },
    };
  }
  get name(): string {
    return this.tableName;
  }
  set name(value: string) {
    this.excel.record('table.name', sheetRange(this.sheet.name, this.address), value);
    this.excel.mutate(() => {
      const taken = this.excel.tables.find((t) => t !== this && same(t.name, value));
      if (taken) throw excelError('InvalidArgument', `A table named ${value} exists (${taken.sheet.name})`);
      this.tableName = value;
    });
  }
  get worksheet(): { readonly name: string } {
    return { name: this.sheet.name };
  }
  get autoFilter(): XlTable['autoFilter'] {
    return { load: (names: string) => this.excel.record('load', `table ${this.tableName}.autoFilter`, null, names), isDataFiltered: this.filtered };
  }
  load(names: string): unknown {
    this.excel.record('load', `table ${this.tableName}`, null, names);
    return this;
  }
  getRange(): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.address);
  }
  clearFilters(): void {
    this.excel.record('table.clearFilters', this.tableName);
    this.excel.mutate(() => (this.filtered = false));
  }
  delete(): void {
    this.excel.record('table.delete', this.tableName);
    this.excel.mutate(() => {
      const i = this.excel.tables.indexOf(this);
      if (i < 0) throw excelError('ItemNotFound', `No table ${this.tableName}`);
      this.excel.tables.splice(i, 1);
      const p = parseRange(this.address)!;
      for (let r = p.row; r < p.row + p.rows; r++) for (let c = p.col; c < p.col + p.cols; c++) this.sheet.cells.delete(key(r, c));
      this.deleted = true;
    });
  }
}

export class FakeSeries implements XlSeries {
  name = '';
  values: string | null = null;
  xAxis: string | null = null;
  constructor(
    private readonly excel: FakeExcel,
    private readonly chart: FakeChart,
  ) {}
  setValues(source: XlRange): void {
    this.excel.record('series.setValues', sheetRange(this.chart.sheet.name, (source as FakeRange).local));
    this.excel.mutate(() => (this.values = (source as FakeRange).local));
  }
  setXAxisValues(source: XlRange): void {
    this.excel.record('series.setXAxisValues', sheetRange(this.chart.sheet.name, (source as FakeRange).local));
    this.excel.mutate(() => (this.xAxis = (source as FakeRange).local));
  }
  delete(): void {
    this.excel.record('series.delete', this.chart.name, this.name);
    this.excel.mutate(() => void this.chart.seriesList.splice(this.chart.seriesList.indexOf(this), 1));
  }
}

export class FakeChart implements XlChart {
  name = '';
  readonly title = { text: '' };
  readonly axes = { categoryAxis: { title: { text: '' } }, valueAxis: { title: { text: '' } } };
  readonly legend = { position: '' };
  readonly seriesList: FakeSeries[] = [];
  position: [string, string | undefined] | null = null;
  /** Set by a user: kept as long as the chart object is. */
  userColour = '';

  constructor(
    private readonly excel: FakeExcel,
    readonly sheet: FakeWorksheet,
    public chartType: string,
    source: string,
  ) {
    // Like Excel: a chart added on one column has one series, reading that column.
    const first = new FakeSeries(excel, this);
    first.values = source;
    this.seriesList.push(first);
  }

  get type(): string {
    return this.chartType;
  }

  get series(): XlChart['series'] {
    const list = this.seriesList;
    return {
      load: (names: string) => this.excel.record('load', `${this.name}.series`, null, names),
      get count(): number {
        return list.length;
      },
      getItemAt: (index: number) => {
        const s = this.seriesList[index];
        if (!s) throw excelError('ItemNotFound', `No series ${index}`);
        return s;
      },
      add: (name?: string) => {
        this.excel.record('series.add', this.sheet.name, name ?? '');
        const s = new FakeSeries(this.excel, this);
        s.name = name ?? '';
        this.excel.mutate(() => void this.seriesList.push(s));
        return s;
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.excel.record('chart.setPosition', this.sheet.name, [start, end ?? null]);
    this.excel.mutate(() => (this.position = [start, end]));
  }
  delete(): void {
    this.excel.record('chart.delete', this.name);
    this.excel.mutate(() => void this.excel.charts.splice(this.excel.charts.indexOf(this), 1));
  }
}

export type { XlBasicRule };
