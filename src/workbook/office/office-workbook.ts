import { WorkbookActions } from '../actions/workbook-actions';
import type { WorkbookSession } from '../actions/session';
import { MAX_REQUEST_BYTES } from '../contract/layout';
import type { Refusal } from '../port';
import { blockingIssue } from '../actions/states';
import type { AppliedStore } from '../store/applied-store';
import type { DateSystem } from '../grid/cells';
import { isInputTable } from '../sheets/stale';
import { documentAppliedStore } from './document-settings';
import { markStale, watchExcelTables, type TableWatcher } from './events';
import { fromExcel, type XlContext } from './excel-api';
import { errorCode, OfficeSession, type WriteStats } from './office-session';

/** Runs one batch in one `Excel.run`: the real one by default, a recording fake in tests. */
export type ExcelRunner = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  readonly run?: ExcelRunner;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)` by default. */
  readonly supports?: (version: string) => boolean;
  readonly maxRequestBytes?: number;
  /** Cells read per sync (responses over 5 MB are refused by Excel on the web). */
  readonly readCellsPerSync?: number;
  /** The time stamped on saved scenarios and runs (ISO, UTC; runs show it in local time): fixed in tests. Default: now. */
  readonly clock?: () => string;
  /** Where « Appliquer » records the scenario it applied: the document's settings by default. */
  readonly applied?: AppliedStore;
  /** How table changes are heard: `workbook.tables.onChanged` by default (tests inject their own). */
  readonly watchTables?: TableWatcher;
  /** Told the workbook's date system each time an action learns it (the custom functions read date cells with it). */
  readonly onDateSystem?: (system: DateSystem) => void;
}

/** What the last action did, for the sync benchmark. */
export interface OfficeRunStats {
  readonly syncs: number;
  readonly write: WriteStats | null;
}

/** About 20 bytes a cell in a response: 200 000 cells stay near 4 MB. */
const READ_CELLS_PER_SYNC = 200_000;

/**
 * The port on Excel, through Office.js: the only code that touches `Excel`. The actions' steps are the shared
 * ones (actions/); each action is one `Excel.run` on an OfficeSession: one sync to inspect, one for addresses,
 * one per slice of values read, one per chunk of writes.
 */
export class OfficeWorkbook extends WorkbookActions {
  private readonly run: ExcelRunner;
  private readonly supports: (version: string) => boolean;
  private readonly maxRequestBytes: number;
  private readonly readCellsPerSync: number;
  private readonly clock: () => string;
  private readonly onDateSystem: ((system: DateSystem) => void) | undefined;
  private readonly watchTables: TableWatcher;
  private readonly inputListeners = new Set<() => void>();
  private watching: Promise<() => Promise<void>> | null = null;
  /** The stamps are marked « périmé » since the last run: a further edit only tells the pane (no write, no lost undo). */
  private staleMarked = false;
  private stats: OfficeRunStats = { syncs: 0, write: null };

  constructor(options: OfficeWorkbookOptions = {}) {
    super();
    this.run = options.run ?? ((batch) => Excel.run((context) => batch(fromExcel(context))));
    this.supports = options.supports ?? ((version) => Office.context.requirements.isSetSupported('ExcelApi', version));
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
    this.readCellsPerSync = options.readCellsPerSync ?? READ_CELLS_PER_SYNC;
    this.clock = options.clock ?? (() => new Date().toISOString());
    this.applied = options.applied ?? documentAppliedStore();
    this.watchTables = options.watchTables ?? watchExcelTables;
    this.onDateSystem = options.onDateSystem;
  }

  /**
   * Hears input changes while someone listens (the pane): the first change after a run marks the stamps
   * « périmé » (a write, so Excel's undo history of that moment is lost once per run), every change is told.
   * `tables.onChanged` is ExcelApi 1.7: below it, or if events cannot be registered, nothing is heard.
   */
  onInputsChanged(listener: () => void): () => void {
    this.inputListeners.add(listener);
    if (this.supports('1.7')) this.watching ??= this.watchTables((name) => void this.tableChanged(name)).catch(() => async () => undefined);
    return () => {
      this.inputListeners.delete(listener);
      if (this.inputListeners.size > 0 || !this.watching) return;
      const watching = this.watching;
      this.watching = null;
      void watching.then((stop) => stop()).catch(() => undefined);
    };
  }

  protected override outputsWritten(): void {
    this.staleMarked = false;
  }

  private async tableChanged(name: string): Promise<void> {
    if (!isInputTable(name)) return;
    if (!this.staleMarked) {
      try {
        await this.run((ctx) => markStale(ctx, async () => void (await ctx.sync())));
        this.staleMarked = true;
      } catch {
        // Cell-edit mode or protection: the stamps stay as they are; the pane is told all the same.
      }
    }
    for (const listener of [...this.inputListeners]) listener();
  }

  lastRunStats(): OfficeRunStats {
    return this.stats;
  }

  protected now(): string {
    return this.clock();
  }

  /** One `Excel.run`, its syncs counted; Excel's cell-editing refusal becomes the one French message. */
  protected async session<T>(body: (session: WorkbookSession) => Promise<T>): Promise<T | Refusal> {
    let syncs = 0;
    let session: OfficeSession | null = null;
    this.stats = { syncs: 0, write: null };
    try {
      return await this.run(async (ctx) => {
        const sync = async (): Promise<void> => {
          syncs++;
          await ctx.sync();
        };
        session = new OfficeSession(ctx, sync, {
          supports: this.supports,
          maxRequestBytes: this.maxRequestBytes,
          readCellsPerSync: this.readCellsPerSync,
          onDateSystem: this.onDateSystem,
        });
        return await body(session);
      });
    } catch (error) {
      if (errorCode(error) === 'InvalidOperationInCellEditMode') return { ok: false, issues: [blockingIssue('editing')] };
      if (errorCode(error) === 'AccessDenied') return { ok: false, issues: [blockingIssue('protected')] };
      throw error;
    } finally {
      this.stats = { syncs, write: (session as OfficeSession | null)?.writeStats ?? null };
    }
  }
}
