import { project, type IsoDate, type Scenario } from '../../engine';
import { rangeAddress, type CellValue } from '../cells';
import { compareStored, comparisonPlan, foreignComparisonIssue } from '../comparison';
import { INPUT_TABLE_NAMES, inputTablesFrom, placeIssues, readScenario, readWorkbook, type InputTables, type TableRead, type WorkbookRead } from '../inputs';
import { COMPARISON_SHEET, DIALOGUE_SHEET, GENERATED_MARKER, MAX_REQUEST_BYTES, OUTPUT_SHEETS, SHEETS } from '../layout';
import { dialoguePlan, momentOf } from '../dialogue';
import { outputPlans, writtenSummary } from '../outputs';
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
import { planApply, type BodyWrite, type ColumnWrite } from '../scenario-inputs';
import { listOutcome, planStoreChange, readStoreTable, type StoreState, type StoreWriteOutcome } from '../scenario-plans';
import { STORE_TABLE, type ScenarioStatus } from '../scenario-store';
import { blockingIssue, foreignSheetIssue, type BlockingState } from '../states';
import { planTemplate, templatePlans } from '../template';
import { fromExcel, type XlContext, type XlRange, type XlTable, type XlWorksheet } from './excel-api';
import { wholeRangeFormat, writePlans, type WriteStats } from './write-plan';

/** Runs one batch in one `Excel.run`: the real one by default, a recording fake in tests. */
export type ExcelRunner = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  readonly run?: ExcelRunner;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)` by default. */
  readonly supports?: (version: string) => boolean;
  readonly maxRequestBytes?: number;
  /** The time stamped on saved scenarios (ISO, UTC): fixed in tests. Default: now. */
  readonly clock?: () => string;
}

/** What the last write did, for the sync benchmark. */
export interface OfficeRunStats {
  readonly syncs: number;
  readonly write: WriteStats | null;
}

/** What the first sync learns about the workbook: sheets, tables, protection. */
interface Snapshot {
  readonly sheets: readonly XlWorksheet[];
  readonly tables: readonly XlTable[];
  readonly blocked: BlockingState | null;
  readonly blockedDetail?: string;
}

const EDIT_MODE = 'InvalidOperationInCellEditMode';

/**
 * The port on Excel, through Office.js: the only code that touches `Excel`. Each action is one `Excel.run`:
 * sync 1 learns the sheets, tables and protection; sync 2 reads the values; sync 3 writes — plus one sync per
 * extra chunk when the values would exceed the request budget (Excel on the web refuses requests over 5 MB).
 * With any issue, nothing is queued for writing, so nothing changes.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly supports: (version: string) => boolean;
  private readonly maxRequestBytes: number;
  private readonly clock: () => string;
  private stats: OfficeRunStats = { syncs: 0, write: null };

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run((context) => batch(fromExcel(context))));
    this.supports = options.supports ?? ((version) => Office.context.requirements.isSetSupported('ExcelApi', version));
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
    this.clock = options.clock ?? (() => new Date().toISOString());
  }

  lastRunStats(): OfficeRunStats {
    return this.stats;
  }

  async insertTemplate(policy: TemplateConflictPolicy, options: TemplateOptions = { example: true }): Promise<InsertTemplateOutcome> {
    return this.guard(async (ctx, sync) => {
      const snap = await this.snapshot(ctx, sync);
      if (snap.blocked) return { ok: false, issues: [blockingIssue(snap.blocked, snap.blockedDetail)] };
      const decision = planTemplate(
        snap.sheets.map((s) => s.name),
        snap.tables.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
        policy,
      );
      if (!decision.ok) return decision;
      const locked = snap.sheets.find((s) => decision.replace.includes(s.name) && s.protection.protected);
      if (locked) return { ok: false, issues: [blockingIssue('protected', `feuille « ${locked.name} »`)] };
      const plans = templatePlans(decision.names, options);
      await this.write(ctx, sync, plans, decision.replace, decision.names.cpts);
      return { ok: true, sheets: plans.map((p) => p.name) };
    });
  }

  async readInputs(): Promise<ReadOutcome> {
    return this.guard(async (ctx, sync) => {
      const snap = await this.snapshot(ctx, sync, false);
      const { read } = await this.readValues(ctx, sync, snap, []);
      return read.outcome;
    });
  }

  async calculate(onProgress?: (progress: Progress) => void, options: CalculateOptions = {}): Promise<CalculateOutcome> {
    return this.guard(async (ctx, sync) => {
      onProgress?.({ stage: 'read', fraction: 0 });
      const snap = await this.snapshot(ctx, sync);
      if (snap.blocked) return { ok: false, issues: [blockingIssue(snap.blocked, snap.blockedDetail)] };
      const outputs = snap.sheets.filter((s) => OUTPUT_SHEETS.includes(s.name));
      const locked = outputs.find((s) => s.protection.protected);
      if (locked) return { ok: false, issues: [blockingIssue('protected', `feuille « ${locked.name} »`)] };
      const { read, firstCells } = await this.readValues(ctx, sync, snap, outputs, options);
      onProgress?.({ stage: 'validate', fraction: 0.2 });
      if (!read.outcome.ok) return read.outcome;
      const foreign = outputs.filter((s, i) => !startsGenerated(firstCells[i])).map((s) => foreignSheetIssue(s.name));
      if (foreign.length > 0) return { ok: false, issues: foreign };
      onProgress?.({ stage: 'compute', fraction: 0.4 });
      const scenario = read.outcome.scenario;
      const projection = project(scenario);
      const plans = outputPlans(scenario, projection);
      onProgress?.({ stage: 'write', fraction: 0.7 });
      await this.write(
        ctx,
        sync,
        plans,
        outputs.map((s) => s.name),
        SHEETS.summary,
      );
      onProgress?.({ stage: 'write', fraction: 1 });
      const warnings: WorkbookIssue[] = [...read.outcome.warnings, ...placeIssues(projection.warnings, read.cellOf)];
      return { ok: true, scenario, projection, warnings, written: writtenSummary(plans) };
    });
  }

  /** Sync 1 (sheets), sync 2 (inputs, A1 of an existing dialogue sheet), sync 3 (the write and, with ExcelApi 1.9, the page set-up). */
  async writeDialogue(cptsId: string, options: CalculateOptions = {}): Promise<DialogueOutcome> {
    return this.guard(async (ctx, sync) => {
      const snap = await this.snapshot(ctx, sync);
      if (snap.blocked) return { ok: false, issues: [blockingIssue(snap.blocked, snap.blockedDetail)] };
      const existing = snap.sheets.find((s) => s.name.toLowerCase() === DIALOGUE_SHEET.toLowerCase());
      if (existing?.protection.protected) return { ok: false, issues: [blockingIssue('protected', `feuille « ${existing.name} »`)] };
      const { read, firstCells } = await this.readValues(ctx, sync, snap, existing ? [existing] : [], options);
      if (!read.outcome.ok) return read.outcome;
      if (existing && !startsGenerated(firstCells[0])) return { ok: false, issues: [foreignSheetIssue(existing.name)] };
      const scenario = read.outcome.scenario;
      const planned = dialoguePlan(scenario, project(scenario), cptsId, momentOf(new Date(this.clock())));
      if (!planned.ok) return { ok: false, issues: planned.issues.map((i) => ({ ...i, cell: null })) };
      const pageLayout = this.supports('1.9');
      await this.write(ctx, sync, [planned.plan], existing ? [existing.name] : [], planned.plan.name, pageLayout);
      return { ok: true, sheet: planned.plan.name, cptsId, pageLayout };
    });
  }

  async selectCell(cell: CellRef): Promise<void> {
    const outcome = await this.guard(async (ctx, sync) => {
      const sheet = ctx.workbook.worksheets.getItem(cell.sheet);
      sheet.activate();
      sheet.getRange(cell.address).select();
      await sync();
      return { ok: true as const };
    });
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('\n'));
  }

  // ——— Scenarios: sync 1 (sheets, tables, protection), sync 2 (the tables' values), sync 3 (the write) ———

  async listScenarios(): Promise<ScenarioStoreOutcome> {
    return this.guard(async (ctx, sync) => {
      const snap = await this.snapshot(ctx, sync, false);
      const tables = await this.readTables(ctx, sync, snap, [STORE_TABLE]);
      const read = readStoreTable(
        tables.get(STORE_TABLE) ?? null,
        snap.sheets.map((s) => s.name),
      );
      return read.ok ? listOutcome(read.state) : read;
    });
  }

  async saveScenario(name: string, author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore(true, (state, inputs) => {
      const read = readScenario(inputs);
      if (!read.ok) return read;
      const scenario: Scenario = { ...read.scenario, name: name.trim() };
      return planStoreChange(state, [scenario.name], (list) => operations.saveScenario(list, scenario, this.stamp(author)));
    });
  }

  async renameScenario(from: string, to: string, author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore(false, (state) => planStoreChange(state, [from, to], (list) => operations.renameScenario(list, from, to, this.stamp(author))));
  }

  async duplicateScenario(from: string, to: string, author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore(false, (state) => planStoreChange(state, [from, to], (list) => operations.duplicateScenario(list, from, to, this.stamp(author))));
  }

  async deleteScenario(name: string): Promise<ScenarioStoreOutcome> {
    return this.changeStore(false, (state) => planStoreChange(state, [name], (list) => operations.deleteScenario(list, name)));
  }

  async setScenarioStatus(name: string, status: ScenarioStatus, meetingDate: IsoDate | null, author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore(false, (state) =>
      planStoreChange(state, [name], (list) => operations.setScenarioStatus(list, name, status, meetingDate, this.stamp(author))),
    );
  }

  async importScenarios(scenarios: readonly Scenario[], author: string | null): Promise<ScenarioStoreOutcome> {
    return this.changeStore(false, (state) =>
      planStoreChange(
        state,
        scenarios.map((s) => s.name),
        (list) => operations.importScenarios(list, scenarios, this.stamp(author)),
      ),
    );
  }

  async applyScenario(name: string): Promise<ApplyScenarioOutcome> {
    return this.guard(async (ctx, sync) => {
      const snap = await this.snapshot(ctx, sync);
      if (snap.blocked) return { ok: false, issues: [blockingIssue(snap.blocked, snap.blockedDetail)] };
      const tables = await this.readTables(ctx, sync, snap, [STORE_TABLE, ...Object.values(INPUT_TABLE_NAMES)]);
      const read = readStoreTable(
        tables.get(STORE_TABLE) ?? null,
        snap.sheets.map((s) => s.name),
      );
      if (!read.ok) return read;
      const stored = read.state.scenarios.find((s) => s.scenario.name === name);
      if (!stored) {
        return {
          ok: false,
          issues: [{ path: '', message: `Aucun scénario lisible ne s’appelle « ${name} ». Rien n’a été modifié.`, cell: read.state.broken.get(name) ?? null }],
        };
      }
      const plan = planApply(stored.scenario, inputTablesOf(tables));
      if (!plan.ok) return plan;
      const columns = [plan.bareme, plan.parameters].filter((c): c is ColumnWrite => c !== null);
      const sheets = [...new Set([plan.cpts.sheet, plan.achievements.sheet, ...plan.lists.map((l) => l.sheet), ...columns.map((c) => c.sheet)])];
      const locked = snap.sheets.find((s) => sheets.includes(s.name) && s.protection.protected);
      if (locked) return { ok: false, issues: [blockingIssue('protected', `feuille « ${locked.name} »`)] };
      if (this.supports('1.6')) ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const table = (w: BodyWrite): XlTable => snap.tables.find((t) => t.name.toLowerCase() === w.table.toLowerCase())!;
      writeBody(ctx, table(plan.cpts), plan.cpts);
      writeBody(ctx, table(plan.achievements), plan.achievements);
      for (const list of plan.lists) writeBody(ctx, table(list), list);
      for (const column of columns) writeColumn(ctx, column);
      await sync();
      return { ok: true, scenario: stored.scenario, sheets };
    });
  }

  async compareScenarios(names: readonly string[]): Promise<CompareScenariosOutcome> {
    return this.guard(async (ctx, sync) => {
      const snap = await this.snapshot(ctx, sync);
      if (snap.blocked) return { ok: false, issues: [blockingIssue(snap.blocked, snap.blockedDetail)] };
      const existing = snap.sheets.find((s) => s.name.toLowerCase() === COMPARISON_SHEET.toLowerCase());
      if (existing?.protection.protected) return { ok: false, issues: [blockingIssue('protected', `feuille « ${existing.name} »`)] };
      const a1 = existing?.getRange('A1');
      a1?.load('values');
      const tables = await this.readTables(ctx, sync, snap, [STORE_TABLE]);
      const read = readStoreTable(
        tables.get(STORE_TABLE) ?? null,
        snap.sheets.map((s) => s.name),
      );
      if (!read.ok) return read;
      const compared = compareStored(read.state, names);
      if (!compared.ok) return compared;
      if (existing && a1 && !startsGenerated(a1.values[0]?.[0])) return { ok: false, issues: [foreignComparisonIssue(existing.name)] };
      const plan = comparisonPlan(compared.comparison, this.clock());
      await this.write(ctx, sync, [plan], existing ? [existing.name] : [], plan.name);
      return { ok: true, comparison: compared.comparison, sheet: plan.name, charts: plan.charts.length };
    });
  }

  // ——— internals ———

  private stamp(author: string | null): operations.Stamp {
    return { author, now: this.clock() };
  }

  /** Read the store (and, for a save, the inputs), plan the change, rewrite the store sheet whole: or refuse. */
  private async changeStore(withInputs: boolean, plan: (state: StoreState, inputs: InputTables) => StoreWriteOutcome): Promise<ScenarioStoreOutcome> {
    return this.guard(async (ctx, sync) => {
      const snap = await this.snapshot(ctx, sync);
      if (snap.blocked) return { ok: false, issues: [blockingIssue(snap.blocked, snap.blockedDetail)] };
      const wanted = withInputs ? [STORE_TABLE, ...Object.values(INPUT_TABLE_NAMES)] : [STORE_TABLE];
      const tables = await this.readTables(ctx, sync, snap, wanted);
      const read = readStoreTable(
        tables.get(STORE_TABLE) ?? null,
        snap.sheets.map((s) => s.name),
      );
      if (!read.ok) return read;
      const planned = plan(read.state, inputTablesOf(tables));
      if (!planned.ok) return { ok: false, issues: planned.issues };
      const { plan: sheet, replaces, outcome } = planned.write;
      const locked = snap.sheets.find((s) => s.name === replaces && s.protection.protected);
      if (locked) return { ok: false, issues: [blockingIssue('protected', `feuille « ${locked.name} »`)] };
      await this.write(ctx, sync, [sheet], replaces ? [replaces] : [], sheet.name);
      return outcome;
    });
  }

  /** Sync 2 for the scenario actions: the named tables' addresses and values (found by name, whatever their sheet). */
  private async readTables(ctx: XlContext, sync: () => Promise<void>, snap: Snapshot, names: readonly string[]): Promise<Map<string, TableRead>> {
    const ranges: { name: string; table: XlTable; range: XlRange }[] = [];
    for (const name of names) {
      const table = snap.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) continue;
      const range = table.getRange();
      range.load('address,values');
      ranges.push({ name, table, range });
    }
    await sync();
    return new Map(ranges.map(({ name, table, range }) => [name, { sheet: table.worksheet.name, address: range.address, values: range.values }]));
  }

  /** One `Excel.run`, its syncs counted; Excel's cell-editing refusal becomes the one French message. */
  private async guard<T>(action: (ctx: XlContext, sync: () => Promise<void>) => Promise<T>): Promise<T | { ok: false; issues: WorkbookIssue[] }> {
    let syncs = 0;
    this.stats = { syncs: 0, write: null };
    try {
      return await this.run(async (ctx) => {
        const sync = async (): Promise<void> => {
          syncs++;
          await ctx.sync();
        };
        const result = await action(ctx, sync);
        this.stats = { ...this.stats, syncs };
        return result;
      });
    } catch (error) {
      this.stats = { ...this.stats, syncs };
      if (errorCode(error) === EDIT_MODE) return { ok: false, issues: [blockingIssue('editing')] };
      if (errorCode(error) === 'AccessDenied') return { ok: false, issues: [blockingIssue('protected')] };
      throw error;
    }
  }

  /** Sync 1: sheet names and protection, table names and sheets, workbook protection and read-only state. */
  private async snapshot(ctx: XlContext, sync: () => Promise<void>, forWrite = true): Promise<Snapshot> {
    const wb = ctx.workbook;
    wb.worksheets.load('items/name,items/protection/protected');
    wb.tables.load('items/name,items/worksheet/name');
    const readOnlyKnown = forWrite && this.supports('1.8');
    if (forWrite) wb.protection.load('protected');
    if (readOnlyKnown) wb.load('readOnly');
    await sync();
    const sheets = wb.worksheets.items;
    const tables = wb.tables.items;
    if (forWrite && readOnlyKnown && wb.readOnly) return { sheets, tables, blocked: 'read-only' };
    if (forWrite && wb.protection.protected) return { sheets, tables, blocked: 'protected', blockedDetail: 'structure du classeur' };
    return { sheets, tables, blocked: null };
  }

  /** Sync 2: the input tables' values (formulas already computed by Excel) and A1 of existing output sheets. */
  private async readValues(
    ctx: XlContext,
    sync: () => Promise<void>,
    snap: Snapshot,
    outputs: readonly XlWorksheet[],
    options: CalculateOptions = {},
  ): Promise<{ read: WorkbookRead; firstCells: CellValue[] }> {
    const find = (name: string): XlTable | undefined => snap.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const wanted = Object.fromEntries(Object.entries(INPUT_TABLE_NAMES).map(([key, name]) => [key, find(name)]));
    const ranges = new Map<XlTable, XlRange>();
    for (const t of Object.values(wanted)) {
      if (!t) continue;
      const range = t.getRange();
      range.load('address,values');
      ranges.set(t, range);
    }
    const firsts = outputs.map((s) => {
      const a1 = s.getRange('A1');
      a1.load('values');
      return a1;
    });
    await sync();
    const tableRead = (t: XlTable | undefined): TableRead | null => {
      const range = t ? ranges.get(t) : undefined;
      return t && range ? { sheet: t.worksheet.name, address: range.address, values: range.values } : null;
    };
    const tables: InputTables = inputTablesFrom((name) => tableRead(find(name)));
    return { read: readWorkbook(tables, options), firstCells: firsts.map((r) => r.values[0]?.[0] ?? null) };
  }

  private async write(
    ctx: XlContext,
    sync: () => Promise<void>,
    plans: Parameters<typeof writePlans>[1],
    deletes: readonly string[],
    activate: string,
    pageLayout = false,
  ): Promise<void> {
    const syncingContext: XlContext = { workbook: ctx.workbook, sync };
    const stats = await writePlans(syncingContext, plans, {
      maxRequestBytes: this.maxRequestBytes,
      dataValidation: this.supports('1.8'),
      suspendCalculation: this.supports('1.6'),
      pageLayout,
      deletes,
      activate,
    });
    this.stats = { ...this.stats, write: stats };
  }
}

function inputTablesOf(tables: ReadonlyMap<string, TableRead>): InputTables {
  return inputTablesFrom((name) => tables.get(name) ?? null);
}

/** In a write to existing cells, null means « leave unchanged » to Excel: an empty string clears. */
const clearing = (v: CellValue): string | number | boolean => v ?? '';

/**
 * Replaces a table's body in place (the sheet is the user's: it is not recreated). Surplus rows are deleted
 * from the end, the rows kept are overwritten, missing ones appended; then each column gets its format.
 */
function writeBody(ctx: XlContext, table: XlTable, w: BodyWrite): void {
  const sheet = ctx.workbook.worksheets.getItem(w.sheet);
  const n = w.currentRows;
  const m = w.rows.length;
  for (let k = n - 1; k >= m; k--) table.rows.getItemAt(k).delete();
  const kept = Math.min(n, m);
  if (kept > 0) sheet.getRange(rangeAddress(w.row + 1, w.col, kept, w.width)).values = w.rows.slice(0, kept).map((r) => r.map(clearing));
  if (m > n)
    table.rows.add(
      undefined,
      w.rows.slice(n).map((r) => r.map(clearing)),
    );
  w.formats.forEach((format, j) => {
    if (format && m > 0) sheet.getRange(rangeAddress(w.row + 1, w.col + j, m, 1)).numberFormat = wholeRangeFormat(format);
  });
}

function writeColumn(ctx: XlContext, w: ColumnWrite): void {
  if (w.values.length === 0) return;
  const range = ctx.workbook.worksheets.getItem(w.sheet).getRange(rangeAddress(w.row, w.col, w.values.length, 1));
  range.values = w.values.map((v) => [clearing(v)]);
  if (w.format) range.numberFormat = wholeRangeFormat(w.format);
}

function startsGenerated(value: CellValue | undefined): boolean {
  return typeof value === 'string' && value.startsWith(GENERATED_MARKER);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
