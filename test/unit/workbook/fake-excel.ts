import { parseRange, rangeAddress, sheetRange, type CellValue } from '../../../src/workbook/cells';
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
 * A recording stand-in for `Excel.RequestContext`: it keeps cells, tables and charts like Excel (a string
 * starting with « ' » is text without it, one starting with =, +, - or @ a formula), counts syncs, and
 * measures each request as the JSON of what was queued since the previous sync.
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
}

/** Per queued action: ids and method names in Excel's JSON request. */
const ACTION_BYTES = 100;

class PropertyNotLoaded extends Error {
  readonly code = 'PropertyNotLoaded';
}

export class FakeExcel {
  readonly calls: FakeCall[] = [];
  readonly requestBytes: number[] = [];
  readonly sheets: FakeWorksheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  syncs = 0;
  suspends = 0;
  pending = 0;
  options: FakeOptions;

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

  /** Calls that change the workbook (everything but loads and syncs). */
  writes(): FakeCall[] {
    return this.calls.filter((c) => c.op !== 'load' && c.op !== 'sync');
  }

  sheet(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): FakeWorksheet {
    if (this.sheet(name)) throw Object.assign(new Error(`Sheet exists: ${name}`), { code: 'ItemAlreadyExists' });
    const s = new FakeWorksheet(this, name);
    this.sheets.push(s);
    return s;
  }

  /** Puts a table with its values in the workbook, as a user would have typed them (no coercion). */
  seedTable(sheet: string, name: string, row: number, col: number, values: readonly (readonly CellValue[])[]): void {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    values.forEach((r, i) => r.forEach((v, j) => s.cells.set(key(row + i, col + j), v)));
    this.tables.push(new FakeTable(this, s, name, rangeAddress(row, col, values.length, values[0]?.length ?? 1)));
  }

  seedCell(sheet: string, address: string, value: CellValue): void {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const r = parseRange(address)!;
    s.cells.set(key(r.row, r.col), value);
  }
}

const key = (row: number, col: number): string => `${row}:${col}`;

class FakeContext implements XlContext {
  readonly workbook: FakeWorkbook;
  constructor(private readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(excel);
  }

  async sync(): Promise<void> {
    this.excel.syncs++;
    this.excel.calls.push({ op: 'sync', target: '' });
    this.excel.requestBytes.push(this.excel.pending);
    this.excel.pending = 0;
    if (this.excel.options.editMode) throw Object.assign(new Error('Cell edit mode'), { code: 'InvalidOperationInCellEditMode' });
    this.workbook.synced = true;
  }
}

class FakeWorkbook implements XlWorkbook {
  synced = false;
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
        return excel.addSheet(name ?? `Feuil${excel.sheets.length + 1}`);
      },
      getItem: (name: string) => {
        const s = excel.sheet(name);
        if (!s) throw Object.assign(new Error(`No sheet ${name}`), { code: 'ItemNotFound' });
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
        const t = new FakeTable(this.excel, this, `Tableau${this.excel.tables.length + 1}`, address);
        this.excel.tables.push(t);
        return t;
      },
    };
  }
  get charts(): XlWorksheet['charts'] {
    return {
      add: (type: string, source: XlRange, seriesBy?: string) => {
        const src = source as FakeRange;
        this.excel.record('charts.add', sheetRange(this.name, src.local), null, `${type} ${seriesBy ?? 'Auto'}`);
        const chart = new FakeChart(this.excel, this, type, src.local);
        this.excel.charts.push(chart);
        return chart;
      },
    };
  }
  get freezePanes(): XlWorksheet['freezePanes'] {
    return {
      freezeRows: (count?: number) => {
        this.excel.record('freezeRows', this.name, count ?? 0);
        this.frozenRows = count ?? 0;
      },
    };
  }
  get pageLayout(): XlWorksheet['pageLayout'] {
    const record = (key: string, value: unknown): void => {
      this.excel.record('pageLayout', this.name, value, key);
      this.print = { ...(this.print ?? {}), [key]: value };
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
    const i = this.excel.sheets.indexOf(this);
    if (i >= 0) this.excel.sheets.splice(i, 1);
    for (let t = this.excel.tables.length - 1; t >= 0; t--) if (this.excel.tables[t]!.sheet === this) this.excel.tables.splice(t, 1);
    for (let c = this.excel.charts.length - 1; c >= 0; c--) if (this.excel.charts[c]!.sheet === this) this.excel.charts.splice(c, 1);
    this.deleted = true;
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
    for (const n of names.split(',')) this.loaded.add(n.trim());
    return this;
  }
  private need(name: string): void {
    if (!this.loaded.has(name)) throw new PropertyNotLoaded(`${name} not loaded`);
  }

  get address(): string {
    this.need('address');
    return sheetRange(this.sheet.name, this.local);
  }

  get values(): CellValue[][] {
    this.need('values');
    const { row, col, rows, cols } = this.pos;
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.sheet.cells.get(key(row + i, col + j)) ?? null));
  }
  set values(values: CellValue[][]) {
    const { row, col, rows, cols } = this.pos;
    if (values.length !== rows || values.some((r) => r.length !== cols)) {
      throw Object.assign(new Error(`Dimensions mismatch for ${this.local}`), { code: 'InvalidArgument' });
    }
    this.excel.record('values', sheetRange(this.sheet.name, this.local), values);
    values.forEach((r, i) => r.forEach((v, j) => setCell(this.sheet, row + i, col + j, v)));
  }

  get numberFormat(): string[][] {
    throw new PropertyNotLoaded('numberFormat is write-only in this fake');
  }
  set numberFormat(formats: string[][]) {
    const { row, col, rows, cols } = this.pos;
    // As Excel: a 2-D array of the range's dimensions, or a 1×1 array applied to every cell.
    const single = formats.length === 1 && formats[0]!.length === 1;
    if (!single && (formats.length !== rows || formats.some((r) => r.length !== cols))) {
      throw Object.assign(new Error(`Dimensions mismatch for the number formats of ${this.local}`), { code: 'InvalidArgument' });
    }
    this.excel.record('numberFormat', sheetRange(this.sheet.name, this.local), formats);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) this.sheet.formats.set(key(row + i, col + j), single ? formats[0]![0]! : formats[i]![j]!);
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
        sheet.widths.set(col, v);
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
        sheet.validations.push({ address: local, rule });
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
 * Writes one value as Excel's `Range.values` setter does: null leaves the cell unchanged, « ' » makes text,
 * =, +, - or @ a formula.
 */
function setCell(sheet: FakeWorksheet, row: number, col: number, v: CellValue): void {
  if (v === null) return;
  const k = key(row, col);
  sheet.formulas.delete(k);
  if (typeof v === 'string' && v.startsWith("'")) sheet.cells.set(k, v.slice(1));
  else if (typeof v === 'string' && /^[=+@-]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v)) {
    sheet.formulas.set(k, v);
    sheet.cells.set(k, '#FORMULE');
  } else sheet.cells.set(k, v);
}

export class FakeTable implements XlTable {
  private tableName: string;
  style = '';
  constructor(
    private readonly excel: FakeExcel,
    readonly sheet: FakeWorksheet,
    name: string,
    public address: string,
  ) {
    this.tableName = name;
  }

  /** Like Excel: deleting a row shifts the table's rows below it up; adding appends under the last row. */
  get rows(): XlTable['rows'] {
    const table = this;
    const excel = this.excel;
    const pos = (): { row: number; col: number; rows: number; cols: number } => parseRange(table.address)!;
    return {
      getItemAt: (index: number) => ({
        delete: () => {
          excel.record('tableRow.delete', `table ${table.tableName}`, index);
          const p = pos();
          if (index < 0 || index >= p.rows - 1) throw Object.assign(new Error(`No row ${index}`), { code: 'ItemNotFound' });
          for (let r = p.row + 1 + index; r < p.row + p.rows - 1; r++) {
            for (let c = p.col; c < p.col + p.cols; c++) {
              const below = table.sheet.cells.get(key(r + 1, c));
              if (below === undefined) table.sheet.cells.delete(key(r, c));
              else table.sheet.cells.set(key(r, c), below);
            }
          }
          for (let c = p.col; c < p.col + p.cols; c++) table.sheet.cells.delete(key(p.row + p.rows - 1, c));
          table.address = rangeAddress(p.row, p.col, p.rows - 1, p.cols);
        },
      }),
      add: (index?: number, values?: (string | number | boolean)[][]) => {
        excel.record('tableRow.add', `table ${table.tableName}`, values ?? null, String(index ?? 'fin'));
        if (index !== undefined) throw new Error('the adapter appends rows');
        const p = pos();
        const rows = values ?? [[]];
        rows.forEach((r, i) => {
          if (r.length !== p.cols) throw Object.assign(new Error('Dimensions mismatch'), { code: 'InvalidArgument' });
          r.forEach((v, j) => setCell(table.sheet, p.row + p.rows + i, p.col + j, v));
        });
        table.address = rangeAddress(p.row, p.col, p.rows + rows.length, p.cols);
        return null;
      },
    };
  }
  get name(): string {
    return this.tableName;
  }
  set name(value: string) {
    this.excel.record('table.name', sheetRange(this.sheet.name, this.address), value);
    this.tableName = value;
  }
  get worksheet(): { readonly name: string } {
    return { name: this.sheet.name };
  }
  load(names: string): unknown {
    this.excel.record('load', `table ${this.tableName}`, null, names);
    return this;
  }
  getRange(): FakeRange {
    return new FakeRange(this.excel, this.sheet, this.address);
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
    this.values = (source as FakeRange).local;
    this.excel.record('series.setValues', sheetRange(this.chart.sheet.name, this.values));
  }
  setXAxisValues(source: XlRange): void {
    this.xAxis = (source as FakeRange).local;
    this.excel.record('series.setXAxisValues', sheetRange(this.chart.sheet.name, this.xAxis));
  }
}

export class FakeChart implements XlChart {
  name = '';
  readonly title = { text: '' };
  readonly axes = { categoryAxis: { title: { text: '' } }, valueAxis: { title: { text: '' } } };
  readonly legend = { position: '' };
  readonly seriesList: FakeSeries[] = [];
  position: [string, string | undefined] | null = null;

  constructor(
    private readonly excel: FakeExcel,
    readonly sheet: FakeWorksheet,
    readonly type: string,
    source: string,
  ) {
    // Like Excel: a chart added on one column has one series, reading that column.
    const first = new FakeSeries(excel, this);
    first.values = source;
    this.seriesList.push(first);
  }

  get series(): XlChart['series'] {
    return {
      getItemAt: (index: number) => {
        const s = this.seriesList[index];
        if (!s) throw Object.assign(new Error(`No series ${index}`), { code: 'ItemNotFound' });
        return s;
      },
      add: (name?: string) => {
        this.excel.record('series.add', this.sheet.name, name ?? '');
        const s = new FakeSeries(this.excel, this);
        s.name = name ?? '';
        this.seriesList.push(s);
        return s;
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.excel.record('chart.setPosition', this.sheet.name, [start, end ?? null]);
    this.position = [start, end];
  }
}

export type { XlBasicRule };
