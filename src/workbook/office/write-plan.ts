import { asText, rangeAddress, type CellValue } from '../cells';
import { STYLES, type CellKind } from '../layout';
import type { ColumnRule, PrintPlan, SheetPlan, TablePlan } from '../plan';
import type { XlContext, XlDataValidationRule, XlRange, XlWorksheet } from './excel-api';

/**
 * Turns sheet plans into queued Office.js calls, packed into batches below the request-size budget: one
 * `context.sync()` per batch. Small runs are one batch; a run whose values would exceed the budget gets one
 * more batch (and sync) per extra chunk. Proxy objects stay valid across syncs of one `Excel.run`, so a sheet
 * added in the first batch is written by the next ones.
 */

/** One queued call (or a few) with the size it adds to the request. */
interface WriteOp {
  readonly bytes: number;
  run(context: XlContext): void;
}

export interface WriteStats {
  readonly batches: number;
  readonly maxEstimatedBytes: number;
}

export interface WriteOptions {
  readonly maxRequestBytes: number;
  /** Data validation needs ExcelApi 1.8 (the manifest asks for 1.7): skipped where missing. */
  readonly dataValidation: boolean;
  readonly suspendCalculation: boolean;
  /** Page set-up needs ExcelApi 1.9: skipped where missing (the action says so). */
  readonly pageLayout?: boolean;
  /** Sheets to delete first (outputs of the previous run, sheets the user agreed to replace). */
  readonly deletes: readonly string[];
  /** Sheet shown when done. */
  readonly activate: string | null;
}

/** Per action in the request: ids, method name, property path; measured on Excel on the web's JSON requests. */
const OP_OVERHEAD = 160;

/**
 * One number format for every cell of a range: a 1×1 array, which Excel applies to the whole range (Microsoft's
 * Excel tutorial formats a table column this way). A full array would cost a request as large as the values.
 */
export function wholeRangeFormat(format: string): string[][] {
  return [[format]];
}

export function estimateBytes(values: readonly (readonly CellValue[])[]): number {
  return JSON.stringify(values).length + OP_OVERHEAD;
}

const POINTS_PER_CHARACTER = 7;

export async function writePlans(context: XlContext, plans: readonly SheetPlan[], options: WriteOptions): Promise<WriteStats> {
  const sheets = new Map<string, XlWorksheet>();
  const ops: WriteOp[] = [];
  const small = (run: (c: XlContext) => void): WriteOp => ({ bytes: OP_OVERHEAD, run });
  const ws = (name: string): XlWorksheet => {
    const sheet = sheets.get(name);
    if (!sheet) throw new Error(`Feuille non créée : ${name}`);
    return sheet;
  };
  for (const name of options.deletes) ops.push(small((c) => c.workbook.worksheets.getItem(name).delete()));
  const pieceBudget = Math.max(1024, options.maxRequestBytes - 64 * 1024);
  for (const plan of plans) {
    ops.push(small((c) => void sheets.set(plan.name, c.workbook.worksheets.add(plan.name))));
    for (const block of plan.cells) {
      const address = rangeAddress(block.row, block.col, block.values.length, block.values[0]?.length ?? 1);
      ops.push({
        bytes: estimateBytes(block.values),
        run: () => {
          const range = ws(plan.name).getRange(address);
          range.values = block.values.map((r) => [...r]);
          style(range, block.kind);
        },
      });
    }
    for (const table of plan.tables) {
      ops.push(...tableValueOps(plan.name, table, ws, pieceBudget));
      ops.push(...tableFinishOps(plan.name, table, ws, options.dataValidation));
    }
    for (const chart of plan.charts) {
      ops.push(
        small(() => {
          const sheet = ws(plan.name);
          // Series are set one by one from explicit columns: Excel on the web and on the desktop guess differently.
          const first = chart.series[0];
          if (!first) return;
          const c = sheet.charts.add(chart.type, sheet.getRange(first.values), 'Columns');
          c.name = chart.name;
          c.title.text = chart.title;
          c.axes.categoryAxis.title.text = chart.xAxisTitle;
          c.axes.valueAxis.title.text = chart.yAxisTitle;
          c.legend.position = 'Bottom';
          const categories = sheet.getRange(chart.categories);
          chart.series.forEach((s, i) => {
            const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.name);
            series.name = s.name;
            if (i > 0) series.setValues(sheet.getRange(s.values));
            series.setXAxisValues(categories);
          });
          c.setPosition(chart.topLeft, chart.bottomRight);
        }),
      );
    }
    if (plan.freezeRows > 0) ops.push(small(() => ws(plan.name).freezePanes.freezeRows(plan.freezeRows)));
    const print = plan.print;
    if (print && options.pageLayout) ops.push(small(() => applyPrint(ws(plan.name), print)));
  }
  if (options.activate) {
    const name = options.activate;
    ops.push(small(() => ws(name).activate()));
  }
  return runBatches(context, ops, options);
}

function tableValueOps(sheet: string, table: TablePlan, ws: (name: string) => XlWorksheet, pieceBudget: number): WriteOp[] {
  const width = table.columns.length;
  // Headers may hold users' text (scenario names in the comparison): never a formula.
  const header = [table.columns.map((c) => asText(c.header))];
  const ops: WriteOp[] = [
    {
      bytes: estimateBytes(header),
      run: () => {
        ws(sheet).getRange(rangeAddress(table.row, table.col, 1, width)).values = header;
      },
    },
  ];
  let start = 0;
  while (start < table.rows.length) {
    let bytes = OP_OVERHEAD;
    let end = start;
    while (end < table.rows.length) {
      const rowBytes = JSON.stringify(table.rows[end]).length + 1;
      if (end > start && bytes + rowBytes > pieceBudget) break;
      bytes += rowBytes;
      end++;
    }
    const from = start;
    const slice = table.rows.slice(from, end);
    ops.push({
      bytes,
      run: () => {
        ws(sheet).getRange(rangeAddress(table.row + 1 + from, table.col, slice.length, width)).values = slice.map((r) => [...r]);
      },
    });
    start = end;
  }
  return ops;
}

function tableFinishOps(sheet: string, table: TablePlan, ws: (name: string) => XlWorksheet, validation: boolean): WriteOp[] {
  const bodyRows = Math.max(1, table.rows.length);
  const width = table.columns.length;
  return [
    {
      bytes: OP_OVERHEAD * (3 + width * 3),
      run: () => {
        const s = ws(sheet);
        const t = s.tables.add(rangeAddress(table.row, table.col, bodyRows + 1, width), true);
        t.name = table.name;
        t.style = table.kind === 'input' ? 'TableStyleLight1' : 'TableStyleLight9';
        style(s.getRange(rangeAddress(table.row, table.col, 1, width)), 'header');
        table.columns.forEach((c, j) => {
          const body = s.getRange(rangeAddress(table.row + 1, table.col + j, bodyRows, 1));
          if (c.format) body.numberFormat = wholeRangeFormat(c.format);
          const kind = table.columnKinds?.get(j) ?? table.kind;
          if (kind !== 'output') style(body, kind);
          const rule = table.rules?.get(j);
          if (rule && validation) body.dataValidation.rule = validationRule(rule);
          s.getRange(rangeAddress(0, table.col + j, 1, 1)).format.columnWidth = c.width * POINTS_PER_CHARACTER;
        });
        for (const k of table.cellKinds ?? []) style(s.getRange(rangeAddress(table.row + 1 + k.row, table.col + k.col, 1, 1)), k.kind);
      },
    },
  ];
}

function applyPrint(sheet: XlWorksheet, print: PrintPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation;
  layout.paperSize = print.paperSize;
  // verticalFitToPages 0: as many pages tall as needed (the file's fitToHeight="0").
  layout.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: 0 };
  layout.setPrintTitleRows(print.titleRows);
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = print.header.left;
  hf.centerHeader = print.header.center;
  hf.rightHeader = print.header.right;
  hf.leftFooter = print.footer.left;
  hf.centerFooter = print.footer.center;
  hf.rightFooter = print.footer.right;
}

function style(range: XlRange, kind: CellKind): void {
  const s = STYLES[kind];
  if (s.fill) range.format.fill.color = s.fill;
  range.format.font.color = s.font;
  range.format.font.bold = s.bold;
  range.format.font.italic = s.italic;
}

export function validationRule(rule: ColumnRule): XlDataValidationRule {
  switch (rule.type) {
    case 'wholeNumber':
      return { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } };
    case 'decimal':
      return { decimal: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } };
    case 'percent':
      return { decimal: { formula1: 0, formula2: 1, operator: 'Between' } };
    case 'date':
      return { date: { formula1: '2019-01-01', formula2: '2200-12-31', operator: 'Between' } };
    case 'list':
      return { list: { inCellDropDown: true, source: rule.formula ?? rule.items.join(',') } };
  }
}

async function runBatches(context: XlContext, ops: readonly WriteOp[], options: WriteOptions): Promise<WriteStats> {
  let batches = 0;
  let maxBytes = 0;
  let index = 0;
  while (index < ops.length) {
    if (options.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    let bytes = 0;
    while (index < ops.length) {
      const op = ops[index]!;
      if (bytes > 0 && bytes + op.bytes > options.maxRequestBytes) break;
      op.run(context);
      bytes += op.bytes;
      index++;
    }
    maxBytes = Math.max(maxBytes, bytes);
    batches++;
    await context.sync();
  }
  return { batches, maxEstimatedBytes: maxBytes };
}
