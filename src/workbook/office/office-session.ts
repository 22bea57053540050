import { parseRange, rangeAddress, type CellValue } from '../grid/cells';
import type { DateSystem } from '../grid/cells';
import { DATE_PROBE, dateSystemOf } from '../grid/date-system';
import { STYLES, type CellKind } from '../contract/layout';
import type { ChartPlan, ColumnRule, PrintPlan } from '../grid/plan';
import type { CellRef } from '../port';
import { blockingIssue, INCOMPLETE_BANNER } from '../actions/states';
import { findByName, nameKey } from '../grid/tables';
import { stepBytes } from '../actions/sheet-writer';
import type { ChartState, Inspection, ReadRequest, ReadResult, SheetState, TableData, WorkbookSession, WriteReport, WriteStep } from '../actions/session';
import type { XlCellValue, XlChart, XlContext, XlDataValidationRule, XlRange, XlTable, XlWorksheet } from './excel-api';

/**
 * The action runner's operations as Office.js calls inside one `Excel.run`. Sync 1 inspects (names,
 * protection); reading takes one sync for addresses and one per slice group of values (responses stay under
 * Excel on the web's 5 MB limit); writing takes one sync per chunk of steps under the request budget.
 */

export interface OfficeSessionOptions {
  readonly supports: (version: string) => boolean;
  readonly maxRequestBytes: number;
  /** Cells read per sync: at ~20 bytes a cell in a response, under the 5 MB limit. */
  readonly readCellsPerSync: number;
  /** Told the workbook's date system each time an inspection learns it. */
  readonly onDateSystem?: (system: DateSystem) => void;
}

export interface WriteStats {
  readonly batches: number;
  readonly maxEstimatedBytes: number;
}

const EDIT_MODE = 'InvalidOperationInCellEditMode';
const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';
const POINTS_PER_CHARACTER = 7;

/** One number format for every cell of a range: a 1×1 array, which Excel applies to the whole range. */
export function wholeRangeFormat(format: string): string[][] {
  return [[format]];
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export class OfficeSession implements WorkbookSession {
  readonly maxRequestBytes: number;
  writeStats: WriteStats | null = null;
  private tables: Inspection['tables'] = [];

  constructor(
    private readonly ctx: XlContext,
    private readonly sync: () => Promise<void>,
    private readonly options: OfficeSessionOptions,
  ) {
    this.maxRequestBytes = options.maxRequestBytes;
  }

  supports(version: string): boolean {
    return this.options.supports(version);
  }

  async inspect(forWrite: boolean): Promise<Inspection> {
    const wb = this.ctx.workbook;
    wb.worksheets.load('items/name,items/protection/protected');
    wb.tables.load('items/name,items/worksheet/name');
    const readOnlyKnown = forWrite && this.supports('1.8');
    if (forWrite) wb.protection.load('protected');
    if (readOnlyKnown) wb.load('readOnly');
    // The date system, from Excel itself and without writing: =DATE(1904;1;1) is 0 in a 1904 workbook.
    const probe = wb.functions.date(DATE_PROBE.year, DATE_PROBE.month, DATE_PROBE.day);
    probe.load('value');
    await this.sync();
    const dateSystem = dateSystemOf(probe.value);
    this.options.onDateSystem?.(dateSystem);
    const sheets = wb.worksheets.items.map((s) => ({ name: s.name, protected: s.protection.protected }));
    this.tables = wb.tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
    const blocked =
      forWrite && readOnlyKnown && wb.readOnly
        ? blockingIssue('read-only')
        : forWrite && wb.protection.protected
          ? blockingIssue('protected', 'structure du classeur')
          : null;
    return { sheets, tables: this.tables, blocked, dateSystem };
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    const wb = this.ctx.workbook;
    const filters = this.supports('1.9');
    // Sync: addresses and table settings; each sheet's first cell and charts.
    const tables = request.tables
      .map((r) => ({ request: r, info: findByName(this.tables, r.name) }))
      .filter((t): t is { request: (typeof request.tables)[number]; info: NonNullable<typeof t.info> } => t.info !== undefined)
      .map(({ request: r, info }) => {
        const table = wb.tables.getItem(info.name);
        const range = table.getRange();
        range.load('address');
        table.load('showTotals,showHeaders');
        if (filters) table.autoFilter.load('isDataFiltered');
        return { r, info, table, range };
      });
    const sheets = request.sheets.map((name) => {
      const ws = wb.worksheets.getItem(name);
      const a1 = ws.getRange('A1');
      a1.load('values');
      ws.charts.load('items/name');
      const own = this.tables.filter((t) => nameKey(t.sheet) === nameKey(name));
      const ranges = own.map((t) => {
        const range = wb.tables.getItem(t.name).getRange();
        range.load('address');
        return { name: t.name, range };
      });
      return { name, ws, a1, ranges };
    });
    await this.sync();

    // Syncs: values (and formulas) in row slices; chart series counts.
    const charts = sheets.map((s) => s.ws.charts.items.map((c) => ({ chart: c, name: c.name })));
    const countSeries = charts.some((list) => list.length > 0) ? (): void => charts.forEach((list) => list.forEach((c) => c.chart.series.load('count'))) : null;
    const pieces = tables.map((t) => ({ t, pos: parseRange(t.range.address)!, values: [] as CellValue[][], formulas: [] as (string | null)[][] }));
    const jobs = pieces.flatMap((p) => {
      const perSlice = Math.max(1, Math.floor(this.options.readCellsPerSync / Math.max(1, p.pos.cols) / (p.t.r.formulas ? 2 : 1)));
      const out: { piece: typeof p; from: number; rows: number }[] = [];
      for (let from = 0; from < p.pos.rows; from += perSlice) out.push({ piece: p, from, rows: Math.min(perSlice, p.pos.rows - from) });
      return out;
    });
    await this.readSlices(jobs, this.options.readCellsPerSync, countSeries);

    const result = new Map<string, TableData>();
    for (const p of pieces) {
      const table: XlTable = p.t.table;
      result.set(nameKey(p.t.info.name), {
        name: p.t.info.name,
        sheet: p.t.info.sheet,
        address: p.t.range.address,
        values: p.values,
        formulas: p.t.r.formulas ? p.formulas : null,
        showTotals: table.showTotals,
        showHeaders: table.showHeaders,
        filtered: filters ? table.autoFilter.isDataFiltered : false,
      });
    }
    const states = new Map<string, SheetState>();
    sheets.forEach((s, i) => {
      const list: ChartState[] = charts[i]!.map((c) => ({ name: c.name, series: c.chart.series.count }));
      states.set(nameKey(s.name), {
        name: s.name,
        firstCell: s.a1.values[0]?.[0] ?? null,
        tables: s.ranges.map((r) => ({ name: r.name, address: r.range.address })),
        charts: list,
      });
    });
    return { tables: result, sheets: states };
  }

  /**
   * Slices grouped under the cell budget, one sync a group; a response still too large halves the budget.
   * `extras` queues other loads (the charts' series counts) with the first group, again after a refusal.
   */
  private async readSlices(
    jobs: readonly {
      piece: {
        t: { info: { sheet: string }; r: { formulas?: boolean } };
        pos: { row: number; col: number; cols: number };
        values: CellValue[][];
        formulas: (string | null)[][];
      };
      from: number;
      rows: number;
    }[],
    budget: number,
    extras: (() => void) | null,
  ): Promise<void> {
    let index = 0;
    let pending = extras;
    while (index < jobs.length || pending) {
      const queued = pending;
      queued?.();
      pending = null;
      let cells = 0;
      const group: { job: (typeof jobs)[number]; range: XlRange }[] = [];
      while (index < jobs.length) {
        const job = jobs[index]!;
        const size = job.rows * job.piece.pos.cols * (job.piece.t.r.formulas ? 2 : 1);
        if (group.length > 0 && cells + size > budget) break;
        const range = this.ctx.workbook.worksheets
          .getItem(job.piece.t.info.sheet)
          .getRange(rangeAddress(job.piece.pos.row + job.from, job.piece.pos.col, job.rows, job.piece.pos.cols));
        range.load(job.piece.t.r.formulas ? 'values,formulas' : 'values');
        group.push({ job, range });
        cells += size;
        index++;
      }
      try {
        await this.sync();
      } catch (error) {
        if (errorCode(error) !== RESPONSE_TOO_LARGE || (group.length === 1 && group[0]!.job.rows === 1)) throw error;
        // Cells longer than estimated: read these slices again, half as many cells per sync.
        const again = group.flatMap(({ job }) => {
          const half = Math.max(1, Math.ceil(job.rows / 2));
          return job.rows > 1
            ? [
                { ...job, rows: half },
                { ...job, from: job.from + half, rows: job.rows - half },
              ]
            : [job];
        });
        await this.readSlices(again, Math.max(1, Math.floor(cells / 2)), queued);
        continue;
      }
      for (const { job, range } of group) {
        job.piece.values.push(...range.values);
        if (job.piece.t.r.formulas)
          job.piece.formulas.push(...range.formulas.map((r) => r.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null))));
      }
    }
  }

  async write(steps: readonly WriteStep[]): Promise<WriteReport> {
    const atOnce = this.supports('1.13');
    let index = 0;
    let batches = 0;
    let maxBytes = 0;
    while (index < steps.length) {
      const start = index;
      if (this.supports('1.6')) this.ctx.workbook.application.suspendApiCalculationUntilNextSync();
      let bytes = 0;
      try {
        while (index < steps.length) {
          const step = steps[index]!;
          const size = stepBytes(step, atOnce);
          if (bytes > 0 && bytes + size > this.maxRequestBytes) break;
          // Office.js raises errors at sync; a proxy refused at once (an item already missing) counts the same.
          this.run(step);
          bytes += size;
          index++;
        }
        maxBytes = Math.max(maxBytes, bytes);
        batches++;
        await this.sync();
      } catch (error) {
        this.writeStats = { batches, maxEstimatedBytes: maxBytes };
        const incomplete = [...new Set(steps.slice(start).map((s) => s.output))];
        await this.markIncomplete(incomplete);
        const code = errorCode(error);
        const reason =
          code === EDIT_MODE
            ? 'Excel est passé en modification de cellule'
            : `Excel a refusé une requête : ${code ?? (error instanceof Error ? error.message : String(error))}`;
        return { complete: false, incomplete, reason };
      }
    }
    this.writeStats = { batches, maxEstimatedBytes: maxBytes };
    return { complete: true, batches };
  }

  /** Best effort: A1 of each incomplete sheet says so; a sheet that could not be created is skipped. */
  private async markIncomplete(sheets: readonly string[]): Promise<void> {
    for (const name of sheets) {
      try {
        this.ctx.workbook.worksheets.getItem(name).getRange('A1').values = [[INCOMPLETE_BANNER]];
        await this.sync();
      } catch {
        // The sheet may not exist (its creation was in the failed chunk), or Excel still refuses: nothing more to do.
      }
    }
  }

  async select(cell: CellRef): Promise<void> {
    const sheet = this.ctx.workbook.worksheets.getItem(cell.sheet);
    sheet.activate();
    sheet.getRange(cell.address).select();
    await this.sync();
  }

  private ws(name: string): XlWorksheet {
    return this.ctx.workbook.worksheets.getItem(name);
  }

  private run(step: WriteStep): void {
    const wb = this.ctx.workbook;
    switch (step.op) {
      case 'addSheet':
        wb.worksheets.add(step.sheet);
        return;
      case 'deleteSheet':
        this.ws(step.sheet).delete();
        return;
      case 'clear':
        this.ws(step.sheet).getRange(step.address).clear();
        return;
      case 'values':
        this.ws(step.sheet).getRange(step.address).values = step.values.map((r) => [...r]);
        return;
      case 'numberFormat':
        this.ws(step.sheet).getRange(step.address).numberFormat = wholeRangeFormat(step.format);
        return;
      case 'style':
        style(this.ws(step.sheet).getRange(step.address), step.kind);
        return;
      case 'columnWidth':
        this.ws(step.sheet).getRange(rangeAddress(0, step.col, 1, 1)).format.columnWidth = step.characters * POINTS_PER_CHARACTER;
        return;
      case 'validation':
        this.ws(step.sheet).getRange(step.address).dataValidation.rule = validationRule(step.rule);
        return;
      case 'addTable': {
        const t = this.ws(step.sheet).tables.add(step.address, true);
        t.name = step.name;
        t.style = step.kind === 'input' ? 'TableStyleLight1' : 'TableStyleLight9';
        return;
      }
      case 'deleteTable':
        wb.tables.getItem(step.table).delete();
        return;
      case 'clearFilters':
        wb.tables.getItem(step.table).clearFilters();
        return;
      case 'addRows':
        wb.tables.getItem(step.table).rows.add(
          undefined,
          step.values.map((r) => r.map((v) => v ?? '')),
        );
        return;
      case 'deleteRows': {
        const rows = wb.tables.getItem(step.table).rows;
        if (this.supports('1.13')) rows.deleteRowsAt(step.index, step.count);
        // From the end, so that each index still names the row meant.
        else for (let k = step.index + step.count - 1; k >= step.index; k--) rows.getItemAt(k).delete();
        return;
      }
      case 'chart':
        this.chart(this.ws(step.sheet), step.chart, step.existingSeries);
        return;
      case 'freeze':
        // Freezing panes needs ExcelApi 1.7 (the manifest's minimum): a host reporting less gets unfrozen sheets, not an error.
        if (this.supports('1.7')) this.ws(step.sheet).freezePanes.freezeRows(step.rows);
        return;
      case 'pageLayout':
        applyPrint(this.ws(step.sheet), step.print);
        return;
      case 'activate':
        this.ws(step.sheet).activate();
        return;
    }
  }

  /** An existing chart keeps its object (and what a user set on it): its series read the new ranges. */
  private chart(sheet: XlWorksheet, plan: ChartPlan, existing: number | null): void {
    const first = plan.series[0];
    if (!first) return;
    const canDropSeries = this.supports('1.14');
    let c: XlChart;
    let have: number;
    if (existing === null || (existing > plan.series.length && !canDropSeries)) {
      // Series cannot be deleted before ExcelApi 1.14: a chart with too many is rebuilt.
      if (existing !== null) sheet.charts.getItem(plan.name).delete();
      // Series are set one by one from explicit columns: Excel on the web and on the desktop guess differently.
      c = sheet.charts.add(plan.type, sheet.getRange(first.values), 'Columns');
      c.name = plan.name;
      have = 1;
    } else {
      c = sheet.charts.getItem(plan.name);
      c.chartType = plan.type;
      have = existing;
    }
    c.title.text = plan.title;
    c.axes.categoryAxis.title.text = plan.xAxisTitle;
    c.axes.valueAxis.title.text = plan.yAxisTitle;
    c.legend.position = 'Bottom';
    const categories = sheet.getRange(plan.categories);
    plan.series.forEach((s, i) => {
      const series = i < have ? c.series.getItemAt(i) : c.series.add(s.name);
      series.name = s.name;
      series.setValues(sheet.getRange(s.values));
      series.setXAxisValues(categories);
    });
    for (let i = have - 1; i >= plan.series.length; i--) c.series.getItemAt(i).delete();
    c.setPosition(plan.topLeft, plan.bottomRight);
  }
}

/** A4 landscape, n pages wide, title rows, header and footer (ExcelApi 1.9; the writer plans it only there). */
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

export type { XlCellValue };
