import type { CellValue } from './cells';
import type { CellKind, ColumnSpec } from '../contract/layout';

/**
 * What an action writes, as plain data: built once by pure code (template.ts, outputs.ts) and applied by
 * both workbooks, so that Excel and the in-memory workbook hold the same cells, formats and tables.
 * Rows and columns are 0-based; A1 addresses are derived with cells.ts.
 */

/** Data validation of a table column (input tables only). */
export type ColumnRule =
  | { readonly type: 'wholeNumber'; readonly min: number }
  | { readonly type: 'decimal'; readonly min: number }
  | { readonly type: 'date' }
  | { readonly type: 'percent' }
  /** A drop-down of `items`, or of what `formula` gives (e.g. `=INDIRECT("TableCPTS[Identifiant]")`, a table column). */
  | { readonly type: 'list'; readonly items: readonly string[]; readonly formula?: string };

export interface TablePlan {
  readonly name: string;
  /** Header row. */
  readonly row: number;
  readonly col: number;
  readonly columns: readonly ColumnSpec[];
  /** Body values, one array per row, as `Range.values` takes them (user text already guarded). */
  readonly rows: readonly (readonly CellValue[])[];
  /** How body cells are styled: `input` for cells users fill, `output` for generated ones. */
  readonly kind: 'input' | 'output';
  /** Per column index, the validation Excel applies to the body (needs ExcelApi 1.8; skipped below). */
  readonly rules?: ReadonlyMap<number, ColumnRule>;
  /** Per column index, a different style for that column's body (e.g. the one input column of the barème). */
  readonly columnKinds?: ReadonlyMap<number, CellKind>;
  /** Body cells styled apart (0-based in the body), e.g. rate cells a mission does not use. */
  readonly cellKinds?: readonly { readonly row: number; readonly col: number; readonly kind: CellKind }[];
}

/** Loose cells: banners, notes. */
export interface CellsPlan {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly kind: CellKind;
}

export type ChartType = 'ColumnStacked' | 'ColumnClustered';

export interface ChartSeriesPlan {
  readonly name: string;
  /** A1 address, on the chart's sheet, of the series values (one column). */
  readonly values: string;
}

export interface ChartPlan {
  readonly name: string;
  readonly title: string;
  readonly type: ChartType;
  /** A1 address of the category labels (one column), shared by all series. */
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  /** Cells the chart covers. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

/** Excel's header or footer, three parts; `&P`, `&N` are Excel's page codes (a literal « & » is « && »). */
export interface HeaderFooterPlan {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** How a sheet prints (Office.js `worksheet.pageLayout`, ExcelApi 1.9: skipped, and said, where missing). */
export interface PrintPlan {
  readonly orientation: 'Landscape' | 'Portrait';
  readonly paperSize: 'A4';
  /** Fit to this many pages wide; the height runs on as needed. */
  readonly pagesWide: number;
  /** Rows repeated at the top of every page, « $1:$3 ». */
  readonly titleRows: string;
  readonly header: HeaderFooterPlan;
  readonly footer: HeaderFooterPlan;
}

export interface SheetPlan {
  readonly name: string;
  /** Generated sheets say so in A1 and are updated in place by each run (actions/sheet-writer.ts). */
  readonly generated: boolean;
  readonly cells: readonly CellsPlan[];
  readonly tables: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
  /** Rows kept in view while scrolling (banner and table header). */
  readonly freezeRows: number;
  /** Page set-up for printing, when the sheet is meant to be printed. */
  readonly print?: PrintPlan;
}
