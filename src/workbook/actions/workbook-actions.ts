import { finishInSlices, NO_SLICES, project, projectInSlices, type IsoDate, type Scenario, type Slices } from '../../engine';
import { appliedRecord, originOf } from '../store/applied';
import type { DateSystem } from '../grid/cells';
import { compareStored, comparisonPlan, foreignComparisonIssue } from '../sheets/comparison';
import { applyPlanForWorkbook, tablesFromWorkbook } from '../grid/date-system';
import { sessionAppliedStore, type AppliedStore } from '../store/applied-store';
import { INPUT_TABLE_NAMES, inputTablesFrom, placeIssues, readScenario, readWorkbook, readWorkbookWork, type InputTables } from '../inputs/read-inputs';
import { dialoguePlan, momentOf } from '../sheets/dialogue';
import { COMPARISON_SHEET, DIALOGUE_SHEET, GENERATED_MARKER, OUTPUT_SHEETS, SHEETS, TABLES } from '../contract/layout';
import { outputPlansInSlices, writtenSummary } from '../sheets/outputs';
import type {
  ApplyOptions,
  ApplyScenarioOutcome,
  CalculateOptions,
  CalculateOutcome,
  CellRef,
  CompareScenariosOutcome,
  ComputedRun,
  DialogueOutcome,
  InsertTemplateOutcome,
  Progress,
  ReadOutcome,
  Refusal,
  ScenarioStoreOutcome,
  TemplateConflictPolicy,
  TemplateOptions,
  WorkbookIssue,
  WorkbookPort,
} from '../port';
import * as operations from '../store/operations';
import { planApply } from '../inputs/apply-scenario';
import { listOutcome, planStoreChange, readStoreTable, type StoreState, type StoreWriteOutcome } from '../store/store-sheet';
import { STORE_SHEET, STORE_TABLE, type ScenarioStatus } from '../store/scenario-store';
import { blockingIssue, foreignSheetIssue, tableShapeIssue } from './states';
import { planTemplate, templatePlans } from '../inputs/template';
import { findByName, nameKey, sameName } from '../grid/tables';
import { applySheets, applySteps, overwrittenFormulas } from './apply-inputs';
import type { Inspection, ReadResult, TableData, WorkbookSession } from './session';
import { existingSheets, writeSheets, writeSteps } from './write-sheets';

/**
 * Every user action, described once: inspect, read, check, plan, write. The Office and memory workbooks
 * extend this class and only say how to open a session (one `Excel.run`, or the in-memory model); the steps
 * of each action, their checks and their order are the same in both.
 */

const INPUT_TABLES: readonly string[] = Object.values(INPUT_TABLE_NAMES);

export abstract class WorkbookActions implements WorkbookPort {
  /** Runs one action in one session; Excel's refusals (cell editing, protection) become a French refusal. */
  protected abstract session<T>(body: (session: WorkbookSession) => Promise<T>): Promise<T | Refusal>;
  /** The time stamped on saved scenarios and comparisons (ISO, UTC). */
  protected abstract now(): string;
  /** Where « Appliquer » records the scenario it applied, for the next run's stamp (Excel: the document's settings). */
  protected applied: AppliedStore = sessionAppliedStore();
  /** After a run wrote its outputs: their stamps are fresh (stale detection starts over). */
  protected outputsWritten(): void {}
  /** After « Appliquer » changed the input tables (Excel tells it through its own change events). */
  protected inputsApplied(): void {}
  /** Calls `listener` after an input table or the barème changed; the stamps then read « périmé ». */
  abstract onInputsChanged(listener: () => void): () => void;
  /** Time slices of the projection: none by default; the preview pauses every few milliseconds. */
  protected slices(): Slices {
    return NO_SLICES;
  }

  async insertTemplate(policy: TemplateConflictPolicy, options: TemplateOptions = { example: true }): Promise<InsertTemplateOutcome> {
    return this.session(async (s) => {
      const ins = await s.inspect(true);
      if (ins.blocked) return refuse(ins.blocked);
      const decision = planTemplate(
        ins.sheets.map((x) => x.name),
        ins.tables,
        policy,
      );
      if (!decision.ok) return decision;
      const plans = templatePlans(decision.names, options);
      const written = await writeSheets(s, ins, new Map(), plans, { activate: decision.names.cpts, deletes: decision.replace });
      return written.ok ? { ok: true, sheets: plans.map((p) => p.name) } : written;
    });
  }

  async readInputs(): Promise<ReadOutcome> {
    return this.session(async (s) => {
      const ins = await s.inspect(false);
      const got = await readInputTables(s, ins, []);
      return 'inputs' in got ? readScenario(got.inputs) : got;
    });
  }

  async calculate(
    onProgress?: (progress: Progress) => void,
    options: CalculateOptions = {},
    onComputed?: (run: ComputedRun) => void | Promise<void>,
  ): Promise<CalculateOutcome> {
    return this.session(async (s) => {
      // One time budget for the whole run: each stage pauses only once its slice is spent (none in Excel).
      const slices = this.slices();
      const between = async (): Promise<void> => {
        if (slices.due()) await slices.pause();
      };
      onProgress?.({ stage: 'read', fraction: 0 });
      // In the preview, the pane's busy state (a render of its own) goes before the reading, not in the same task.
      await slices.pause();
      const ins = await s.inspect(true);
      if (ins.blocked) return refuse(ins.blocked);
      const got = await readInputTables(s, ins, existingSheets(ins, OUTPUT_SHEETS));
      if (!('inputs' in got)) return got;
      const { read, inputs } = got;
      onProgress?.({ stage: 'validate', fraction: 0.2 });
      await between();
      const { outcome, cellOf } = await finishInSlices(readWorkbookWork(inputs, options), slices);
      if (!outcome.ok) return outcome;
      onProgress?.({ stage: 'compute', fraction: 0.4 });
      const projection = await projectInSlices(outcome.scenario, slices);
      const warnings: WorkbookIssue[] = [...outcome.warnings, ...placeIssues(projection.warnings, cellOf)];
      // The pane shows the figures before the sheets are written: the writing waits until they are on screen.
      await onComputed?.({ scenario: outcome.scenario, projection, warnings });
      await between();
      const origin = originOf(inputs, options, outcome.scenario, this.applied.load());
      const plans = await outputPlansInSlices(outcome.scenario, projection, { origin, at: new Date(this.now()) }, slices);
      onProgress?.({ stage: 'write', fraction: 0.7 });
      await between();
      const written = await writeSheets(s, ins, read.sheets, plans, { activate: SHEETS.summary, slices });
      if (!written.ok) return written;
      this.outputsWritten();
      onProgress?.({ stage: 'write', fraction: 1 });
      return { ok: true, scenario: outcome.scenario, projection, warnings, written: writtenSummary(plans) };
    });
  }

  /**
   * « Dialogue de gestion » for one CPTS: reads and computes the inputs as « Calculer » does, and updates the printable
   * sheet in place; its A4 page set-up where ExcelApi 1.9 is there (`pageLayout` says whether it was applied).
   */
  async writeDialogue(cptsId: string, options: CalculateOptions = {}): Promise<DialogueOutcome> {
    return this.session(async (s): Promise<DialogueOutcome> => {
      const ins = await s.inspect(true);
      if (ins.blocked) return refuse(ins.blocked);
      const got = await readInputTables(s, ins, existingSheets(ins, [DIALOGUE_SHEET]));
      if (!('inputs' in got)) return got;
      const { read, inputs } = got;
      const { outcome } = readWorkbook(inputs, options);
      if (!outcome.ok) return outcome;
      const planned = dialoguePlan(outcome.scenario, project(outcome.scenario), cptsId, momentOf(new Date(this.now())));
      if (!planned.ok) return { ok: false, issues: planned.issues.map((i) => ({ ...i, cell: null })) };
      // Its sections move with each CPTS's row counts: the sheet is replaced whole rather than updated in place,
      // once it is known to be the add-in's own (A1), never a sheet of the user's under that name.
      const existing = existingSheets(ins, [DIALOGUE_SHEET])[0];
      const first = existing ? read.sheets.get(nameKey(existing))?.firstCell : undefined;
      if (existing && !(typeof first === 'string' && first.startsWith(GENERATED_MARKER))) return refuse(foreignSheetIssue(existing));
      const written = await writeSheets(s, ins, read.sheets, [planned.plan], { activate: planned.plan.name, deletes: existing ? [existing] : [] });
      if (!written.ok) return written;
      return { ok: true, sheet: planned.plan.name, cptsId, pageLayout: s.supports('1.9') };
    });
  }

  async selectCell(cell: CellRef): Promise<void> {
    const outcome = await this.session(async (s) => {
      await s.select(cell);
      return { ok: true as const };
    });
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('\n'));
  }

  // ——— Scenarios ———

  async listScenarios(): Promise<ScenarioStoreOutcome> {
    return this.session(async (s) => {
      const ins = await s.inspect(false);
      const read = await s.read({ tables: [{ name: STORE_TABLE }], sheets: [] });
      const store = readStoreTable(
        tableOf(read, STORE_TABLE),
        ins.sheets.map((x) => x.name),
      );
      return store.ok ? listOutcome(store.state) : store;
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
        scenarios.map((x) => x.name),
        (list) => operations.importScenarios(list, scenarios, this.stamp(author)),
      ),
    );
  }

  async applyScenario(name: string, options: ApplyOptions = {}): Promise<ApplyScenarioOutcome> {
    return this.session(async (s): Promise<ApplyScenarioOutcome> => {
      const ins = await s.inspect(true);
      if (ins.blocked) return refuse(ins.blocked);
      const read = await s.read({ tables: [{ name: STORE_TABLE }, ...INPUT_TABLES.map((t) => ({ name: t, formulas: true }))], sheets: [] });
      const store = readStoreTable(
        tableOf(read, STORE_TABLE),
        ins.sheets.map((x) => x.name),
      );
      if (!store.ok) return store;
      const stored = store.state.scenarios.find((x) => x.scenario.name === name);
      if (!stored) {
        return refuse({
          path: '',
          message: `Aucun scénario lisible ne s’appelle « ${name} ». Rien n’a été modifié.`,
          cell: store.state.broken.get(name) ?? null,
        });
      }
      const shape = shapeIssues(read, INPUT_TABLES, true);
      if (shape.length > 0) return { ok: false, issues: shape };
      const planned = planApply(stored.scenario, inputTablesOf(read, ins.dateSystem));
      if (!planned.ok) return planned;
      const plan = applyPlanForWorkbook(planned, tableOf(read, TABLES.parameters), ins.dateSystem ?? '1900');
      const sheets = applySheets(plan);
      const locked = ins.sheets.find((x) => x.protected && sheets.some((n) => sameName(n, x.name)));
      if (locked) return refuse(blockingIssue('protected', `feuille « ${locked.name} »`));
      if (!options.overwriteFormulas) {
        const formulas = overwrittenFormulas(plan, read.tables);
        if (formulas.length > 0) return { ok: false, formulas };
      }
      const budget = Math.max(1024, s.maxRequestBytes - 64 * 1024);
      const written = await writeSteps(s, applySteps(plan, read.tables, budget, !s.supports('1.9')));
      if (!written.ok) return written;
      // The record holds what the inputs now read as (tables do not carry everything a scenario file may say:
      // a barème's label, an empty list of crisis years…), so the next run names the scenario unless edited.
      const after = await s.read({ tables: INPUT_TABLES.map((t) => ({ name: t })), sheets: [] });
      const held = readScenario(inputTablesOf(after, ins.dateSystem));
      await this.applied.save(appliedRecord(stored, held.ok ? held.scenario : stored.scenario));
      this.inputsApplied();
      return { ok: true, scenario: stored.scenario, sheets };
    });
  }

  async compareScenarios(names: readonly string[]): Promise<CompareScenariosOutcome> {
    return this.session(async (s) => {
      const ins = await s.inspect(true);
      if (ins.blocked) return refuse(ins.blocked);
      const read = await s.read({ tables: [{ name: STORE_TABLE }], sheets: existingSheets(ins, [COMPARISON_SHEET]) });
      const store = readStoreTable(
        tableOf(read, STORE_TABLE),
        ins.sheets.map((x) => x.name),
      );
      if (!store.ok) return store;
      const compared = compareStored(store.state, names);
      if (!compared.ok) return compared;
      const plan = comparisonPlan(compared.comparison, { ...compared.stamp, at: new Date(this.now()) });
      const written = await writeSheets(s, ins, read.sheets, [plan], { activate: plan.name, foreign: foreignComparisonIssue });
      if (!written.ok) return written;
      return { ok: true, comparison: compared.comparison, sheet: findByName(ins.sheets, plan.name)?.name ?? plan.name, charts: plan.charts.length };
    });
  }

  // ——— internals ———

  private stamp(author: string | null): operations.Stamp {
    return { author, now: this.now() };
  }

  /** Read the store (and, for a save, the inputs), plan the change, update the store sheet in place: or refuse. */
  private async changeStore(withInputs: boolean, plan: (state: StoreState, inputs: InputTables) => StoreWriteOutcome): Promise<ScenarioStoreOutcome> {
    return this.session(async (s) => {
      const ins = await s.inspect(true);
      if (ins.blocked) return refuse(ins.blocked);
      const holder = findByName(ins.tables, STORE_TABLE)?.sheet;
      const tables = [{ name: STORE_TABLE }, ...(withInputs ? INPUT_TABLES.map((name) => ({ name })) : [])];
      const read = await s.read({ tables, sheets: existingSheets(ins, holder ? [holder] : [STORE_SHEET]) });
      if (withInputs) {
        const shape = shapeIssues(read, INPUT_TABLES, false);
        if (shape.length > 0) return { ok: false, issues: shape };
      }
      const store = readStoreTable(
        tableOf(read, STORE_TABLE),
        ins.sheets.map((x) => x.name),
      );
      if (!store.ok) return store;
      const planned = plan(store.state, inputTablesOf(read, ins.dateSystem));
      if (!planned.ok) return { ok: false, issues: planned.issues };
      const { plan: sheet, outcome } = planned.write;
      const written = await writeSheets(s, ins, read.sheets, [sheet], { activate: sheet.name });
      return written.ok ? outcome : written;
    });
  }
}

function refuse(issue: WorkbookIssue): Refusal {
  return { ok: false, issues: [issue] };
}

function tableOf(read: ReadResult, name: string): TableData | null {
  const t = read.tables.get(nameKey(name));
  if (!t) return null;
  // A totals row is not data: read without it.
  return t.showTotals ? { ...t, values: t.values.slice(0, -1), formulas: t.formulas?.slice(0, -1) ?? null } : t;
}

/**
 * The input tables as « Calculer », « Dialogue de gestion » and readInputs read them (with the states of `sheets`),
 * in the workbook's date system; or the refusal of a table in a shape they cannot be read from (shapeIssues).
 */
async function readInputTables(
  s: WorkbookSession,
  ins: Inspection,
  sheets: readonly string[],
): Promise<{ readonly read: ReadResult; readonly inputs: InputTables } | Refusal> {
  const read = await s.read({ tables: INPUT_TABLES.map((name) => ({ name })), sheets });
  const shape = shapeIssues(read, INPUT_TABLES, false);
  return shape.length > 0 ? { ok: false, issues: shape } : { read, inputs: inputTablesOf(read, ins.dateSystem) };
}

/**
 * The input tables as the reading code expects them: dates in the 1900 system, whatever the workbook's. `system`
 * is the inspection's, always passed (no default: a forgotten one read a 1904 workbook's dates 4 years early).
 */
function inputTablesOf(read: ReadResult, system: DateSystem | undefined): InputTables {
  return tablesFromWorkbook<InputTables>(
    inputTablesFrom((name) => tableOf(read, name)),
    INPUT_TABLE_NAMES,
    system ?? '1900',
  );
}

/** A hidden header row is refused (columns are found by header); a totals row or a filter, before a write by position. */
function shapeIssues(read: ReadResult, names: readonly string[], forWrite: boolean): WorkbookIssue[] {
  const issues: WorkbookIssue[] = [];
  for (const name of names) {
    const t = read.tables.get(nameKey(name));
    if (!t) continue;
    if (!t.showHeaders) issues.push(tableShapeIssue(t.name, t.sheet, 'headers'));
    else if (forWrite && t.showTotals) issues.push(tableShapeIssue(t.name, t.sheet, 'totals'));
    else if (forWrite && t.filtered) issues.push(tableShapeIssue(t.name, t.sheet, 'filter'));
  }
  return issues;
}

export type { Inspection };
