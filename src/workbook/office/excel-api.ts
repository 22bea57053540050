/**
 * The part of the Excel JavaScript API the adapter uses, as narrow interfaces: the adapter is written against
 * them, the tests drive it with a recording fake, and `fromExcel` proves at compile time that the real
 * `Excel.RequestContext` fits them. Property types are as wide as the real ones (`formula1` may be a Range).
 */

export type XlCellValue = string | number | boolean | null;

export interface XlLoadable {
  load(propertyNames: string): unknown;
}

export interface XlRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; color: string };
  columnWidth: number;
  wrapText: boolean;
}

export interface XlBasicRule {
  formula1: string | number | object;
  formula2?: string | number | object;
  operator: string;
}

export interface XlDataValidationRule {
  wholeNumber?: XlBasicRule;
  decimal?: XlBasicRule;
  date?: XlBasicRule;
  list?: { inCellDropDown: boolean; source: string | object };
}

export interface XlRange extends XlLoadable {
  readonly address: string;
  /** Office.js also takes a single value for a whole range (« applied to all cells »): used for formats. */
  values: XlCellValue[][];
  /** A 2-D array; a 1×1 array applies to every cell (the form Microsoft's Excel tutorial uses on a table column). */
  numberFormat: string[][];
  readonly format: XlRangeFormat;
  readonly dataValidation: { rule: XlDataValidationRule; errorAlert: { message: string; showAlert: boolean; style: string; title: string } };
  /** Loaded with `formulas`: the formula of each cell, or its value where it holds none. */
  readonly formulas: XlCellValue[][];
  select(): void;
  /** Clears values and formats (ExcelApi 1.1). */
  clear(): void;
}

export interface XlTable extends XlLoadable {
  name: string;
  style: string;
  readonly worksheet: { readonly name: string };
  readonly showTotals: boolean;
  readonly showHeaders: boolean;
  /** ExcelApi 1.9. */
  readonly autoFilter: XlLoadable & { readonly isDataFiltered: boolean };
  getRange(): XlRange;
  /** Adding several rows at once needs ExcelApi 1.4; the index is left out to append. `deleteRowsAt` needs 1.13. */
  readonly rows: {
    add(index?: number, values?: (string | number | boolean)[][]): unknown;
    getItemAt(index: number): { delete(): void };
    deleteRowsAt(index: number, count?: number): void;
  };
  clearFilters(): void;
  delete(): void;
}

export interface XlSeries {
  name: string;
  /** ExcelApi 1.14. */
  delete(): void;
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
}

export interface XlChart {
  name: string;
  chartType: string;
  readonly title: { text: string };
  readonly axes: { readonly categoryAxis: { readonly title: { text: string } }; readonly valueAxis: { readonly title: { text: string } } };
  readonly legend: { position: string };
  readonly series: XlLoadable & { readonly count: number; getItemAt(index: number): XlSeries; add(name?: string): XlSeries };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface XlHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Page set-up (ExcelApi 1.9): only touched where `isSetSupported('ExcelApi', '1.9')`. */
export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(rows: string): void;
  readonly headersFooters: { readonly defaultForAllPages: XlHeaderFooter };
}

export interface XlWorksheet extends XlLoadable {
  name: string;
  readonly protection: { readonly protected: boolean };
  getRange(address?: string): XlRange;
  readonly tables: { add(address: string, hasHeaders: boolean): XlTable };
  readonly charts: XlLoadable & {
    readonly items: XlChart[];
    add(type: string, sourceData: XlRange, seriesBy?: string): XlChart;
    getItem(name: string): XlChart;
  };
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: XlPageLayout;
  delete(): void;
  activate(): void;
}

export interface XlWorkbook extends XlLoadable {
  readonly readOnly: boolean;
  readonly protection: XlLoadable & { readonly protected: boolean };
  readonly worksheets: XlLoadable & {
    readonly items: XlWorksheet[];
    add(name?: string): XlWorksheet;
    getItem(key: string): XlWorksheet;
  };
  readonly tables: XlLoadable & { readonly items: XlTable[]; getItem(key: string): XlTable };
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  /** Worksheet functions evaluated without a cell (ExcelApi 1.2): the date-system probe uses DATE. */
  readonly functions: { date(year: number, month: number, day: number): XlLoadable & { readonly value: unknown } };
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** Compile-time proof that the real API fits the narrow one; no conversion happens at run time. */
export function fromExcel(context: Excel.RequestContext): XlContext {
  return context;
}
