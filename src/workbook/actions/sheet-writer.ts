import { finish, type Work } from '../../engine';
import { asText, parseRange, rangeAddress, type CellValue } from '../grid/cells';
import { GENERATED_MARKER } from '../contract/layout';
import type { SheetPlan, TablePlan } from '../grid/plan';
import type { WorkbookIssue } from '../port';
import { blockingIssue, foreignSheetIssue } from './states';
import { findByName, nameKey, sameName } from '../grid/tables';
import { jsonLength, rowsJsonLength } from './json-length';
import type { Inspection, SheetState, StepOp, WriteStep } from './session';

/**
 * Sheet plans turned into write steps that update what a previous run wrote in place: the same sheet (its
 * position, tab colour and column widths are left alone), the same tables resized to the new number of rows,
 * the same charts with their series pointed at the new ranges. What the add-in owns on a sheet: the rows
 * above its tables (banner, stamp, titles) as wide as its tables reach, each table, each chart. Nothing else
 * on the sheet is touched. A table whose place or width changes (another number of compared scenarios) is
 * rebuilt at its new place under the same name.
 *
 * Everything that can refuse the write is checked here, before any step exists: protection, a sheet of the
 * user's under a generated name (names compared without case, as Excel does), a table name already taken
 * elsewhere in the workbook, sizes beyond Excel's grid.
 */

/** Excel's grid and cell limits. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_TEXT = 32_767;

/** Per step in the request: ids, method name, property path; measured on Excel on the web's JSON requests. */
export const OP_OVERHEAD = 160;

export interface WriteOptions {
  /** Sheet shown when done. */
  readonly activate: string | null;
  /** Sheets deleted first (only « Insérer le modèle » after the user said yes): treated as absent. */
  readonly deletes?: readonly string[];
  /** Data validation needs ExcelApi 1.8. */
  readonly dataValidation: boolean;
  /** Page set-up (a plan's `print`) needs ExcelApi 1.9: skipped where missing, and the action says so. */
  readonly pageLayout?: boolean;
  /** Largest request: table values are cut in slices under it. */
  readonly maxRequestBytes: number;
  /** The refusal for a sheet of the user's under a plan's name (default: the generated sheets' one). */
  readonly foreign?: (sheet: string) => WorkbookIssue;
}

export type PlannedWrite = { readonly ok: true; readonly steps: readonly WriteStep[] } | { readonly ok: false; readonly issues: readonly WorkbookIssue[] };

/** Whether an existing sheet is the add-in's to rewrite: a generated sheet says so in A1; the store holds its tables. */
export function ownsSheet(plan: SheetPlan, state: SheetState): boolean {
  if (plan.generated) return typeof state.firstCell === 'string' && state.firstCell.startsWith(GENERATED_MARKER);
  return plan.tables.every((t) => state.tables.some((x) => sameName(x.name, t.name)));
}

export function takenTableIssue(table: string, sheet: string): WorkbookIssue {
  return {
    path: '',
    message: `Le nom de tableau « ${table} » est déjà pris par un tableau de la feuille « ${sheet} » : le simulateur en a besoin pour ses résultats. Renommez ce tableau (Création de tableau > Nom du tableau), puis relancez. Rien n’a été modifié.`,
    cell: { sheet, address: 'A1' },
  };
}

function sizeIssue(sheet: string, message: string): WorkbookIssue {
  return { path: '', message: `Feuille « ${sheet} » : ${message}. Rien n’a été modifié.`, cell: null };
}

/** Rows between two seams of the planning work: a department's « Projection » has tens of thousands. */
const ROWS_PER_SEAM = 2000;

/**
 * Checks, then the steps; with any issue, no step. `states` holds every existing sheet a plan names. A work
 * (work.ts) that yields every few thousand rows, for a page to finish it in time slices.
 */
export function* planWritesWork(
  plans: readonly SheetPlan[],
  inspection: Inspection,
  states: ReadonlyMap<string, SheetState>,
  options: WriteOptions,
): Work<PlannedWrite> {
  const deleted = (sheet: string): boolean => (options.deletes ?? []).some((d) => sameName(d, sheet));
  const issues: WorkbookIssue[] = [];
  const targets = plans.map((plan) => {
    const existing = findByName(inspection.sheets, plan.name);
    return existing && !deleted(existing.name) ? existing : undefined;
  });
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i]!;
    const existing = targets[i];
    if (existing) {
      const state = states.get(nameKey(existing.name));
      if (!state || !ownsSheet(plan, state)) issues.push((options.foreign ?? foreignSheetIssue)(existing.name));
      else if (existing.protected) issues.push(blockingIssue('protected', `feuille « ${existing.name} »`));
    }
    for (const t of plan.tables) {
      const holder = findByName(inspection.tables, t.name);
      if (holder && !deleted(holder.sheet) && !(existing && sameName(holder.sheet, existing.name))) issues.push(takenTableIssue(holder.name, holder.sheet));
      if (t.row + 1 + Math.max(1, t.rows.length) > MAX_ROWS)
        issues.push(sizeIssue(plan.name, `le tableau « ${t.name} » dépasse les ${MAX_ROWS} lignes d’une feuille Excel`));
      if (t.col + t.columns.length > MAX_COLS)
        issues.push(sizeIssue(plan.name, `le tableau « ${t.name} » dépasse les ${MAX_COLS} colonnes d’une feuille Excel`));
      if (yield* hasTooLongText(t.rows))
        issues.push(sizeIssue(plan.name, `une cellule du tableau « ${t.name} » dépasserait les ${MAX_TEXT} caractères qu’Excel accepte`));
    }
  }
  plans.forEach((plan, i) => {
    const state = targets[i] ? states.get(nameKey(targets[i]!.name)) : undefined;
    if (state) issues.push(...blockedBelow(plan, state));
  });
  for (const name of options.deletes ?? []) {
    if (findByName(inspection.sheets, name)?.protected) issues.push(blockingIssue('protected', `feuille « ${name} »`));
  }
  if (issues.length > 0) return { ok: false, issues };

  const steps: WriteStep[] = [];
  for (const sheet of options.deletes ?? []) steps.push({ output: sheet, op: 'deleteSheet', sheet });
  for (let i = 0; i < plans.length; i++) {
    const existing = targets[i];
    const state = existing ? states.get(nameKey(existing.name)) : undefined;
    steps.push(...(yield* sheetSteps(plans[i]!, existing?.name ?? null, state, options)));
  }
  if (options.activate) {
    const target = findByName(inspection.sheets, options.activate);
    const name = target && !deleted(target.name) ? target.name : options.activate;
    steps.push({ output: name, op: 'activate', sheet: name });
  }
  return { ok: true, steps };
}

const clearing = (v: CellValue): CellValue => (v === null ? '' : v);

function* hasTooLongText(rows: readonly (readonly CellValue[])[]): Work<boolean> {
  for (let i = 0; i < rows.length; i++) {
    for (const v of rows[i]!) if (typeof v === 'string' && v.length > MAX_TEXT) return true;
    if (i % ROWS_PER_SEAM === ROWS_PER_SEAM - 1) yield;
  }
  return false;
}

/** A table of the user's under one of the add-in's that changes rows: Excel would refuse to move it. */
function blockedBelow(plan: SheetPlan, state: SheetState): WorkbookIssue[] {
  const issues: WorkbookIssue[] = [];
  for (const t of plan.tables) {
    const old = state.tables.find((x) => sameName(x.name, t.name));
    const pos = old ? parseRange(old.address) : null;
    if (!pos || pos.rows - 1 === Math.max(1, t.rows.length)) continue;
    for (const other of state.tables) {
      if (plan.tables.some((p) => sameName(p.name, other.name))) continue;
      const q = parseRange(other.address);
      if (q && q.row > pos.row && q.col < pos.col + pos.cols && pos.col < q.col + q.cols) {
        issues.push({
          path: '',
          message: `Feuille « ${state.name} » : votre tableau « ${other.name} » est sous le tableau « ${t.name} » du simulateur, dont le nombre de lignes change. Déplacez-le à droite de ses colonnes ou sur une autre feuille, puis relancez. Rien n’a été modifié.`,
          cell: { sheet: state.name, address: other.address.slice(other.address.lastIndexOf('!') + 1).split(':')[0]! },
        });
      }
    }
  }
  return issues;
}

function* sheetSteps(plan: SheetPlan, existing: string | null, state: SheetState | undefined, options: WriteOptions): Work<WriteStep[]> {
  const sheet = existing ?? plan.name;
  const out: WriteStep[] = [];
  const push = (step: StepOp): void => void out.push({ ...step, output: sheet });
  if (!existing) push({ op: 'addSheet', sheet });

  // The rows above the tables are the add-in's (banner, stamp, titles), as wide as its tables reach: cleared, rewritten.
  const oldTables = (state?.tables ?? []).map((t) => ({ name: t.name, pos: parseRange(t.address)! })).filter((t) => t.pos !== null);
  if (state) {
    const tops = [...plan.tables.map((t) => t.row), ...oldTables.map((t) => t.pos.row)];
    const head = tops.length > 0 ? Math.min(...tops) : Math.max(0, ...plan.cells.map((b) => b.row + b.values.length));
    const right = Math.max(
      1,
      ...plan.tables.map((t) => t.col + t.columns.length),
      ...oldTables.map((t) => t.pos.col + t.pos.cols),
      ...plan.cells.map((b) => b.col + (b.values[0]?.length ?? 1)),
    );
    if (head > 0) push({ op: 'clear', sheet, address: rangeAddress(0, 0, head, right) });
  }
  for (const block of plan.cells) {
    const address = rangeAddress(block.row, block.col, block.values.length, block.values[0]?.length ?? 1);
    push({ op: 'values', sheet, address, values: block.values });
    push({ op: 'style', sheet, address, kind: block.kind });
  }

  // Tables that move or change width are deleted first, so that none overlaps another while it is rebuilt. So is a
  // table under one whose rows change: Excel refuses to move part of a table.
  const inPlace = new Set<TablePlan>();
  for (const t of plan.tables) {
    const old = oldTables.find((x) => sameName(x.name, t.name));
    if (old && old.pos.row === t.row && old.pos.col === t.col && old.pos.cols === t.columns.length) inPlace.add(t);
  }
  for (const t of [...inPlace]) {
    const old = oldTables.find((x) => sameName(x.name, t.name))!;
    if (old.pos.rows - 1 === Math.max(1, t.rows.length)) continue;
    for (const u of [...inPlace]) if (u !== t && u.row > t.row && u.col < t.col + t.columns.length && t.col < u.col + u.columns.length) inPlace.delete(u);
  }
  for (const t of plan.tables) {
    const old = oldTables.find((x) => sameName(x.name, t.name));
    if (!old || inPlace.has(t)) continue;
    push({ op: 'deleteTable', table: old.name });
    push({ op: 'clear', sheet, address: rangeAddress(old.pos.row, old.pos.col, old.pos.rows, old.pos.cols) });
  }
  for (const t of plan.tables) {
    const old = oldTables.find((x) => sameName(x.name, t.name));
    if (old && inPlace.has(t)) out.push(...(yield* updateTable(sheet, old.name, old.pos.rows - 1, t, options)));
    else out.push(...(yield* createTable(sheet, t, !existing, options)));
  }
  for (const chart of plan.charts) {
    const old = state?.charts.find((c) => sameName(c.name, chart.name));
    push({ op: 'chart', sheet, chart, existingSeries: old ? old.series : null });
  }
  if (!existing && plan.freezeRows > 0) push({ op: 'freeze', sheet, rows: plan.freezeRows });
  // Every time, not only on creation: the title rows and the header's stamp follow the sheet's content.
  if (plan.print && options.pageLayout) push({ op: 'pageLayout', sheet, print: plan.print });
  return out;
}

/** Header row and body of a table as written: headers may hold users' text (scenario names), never a formula. */
function headerValues(t: TablePlan): CellValue[][] {
  return [t.columns.map((c) => asText(c.header))];
}

function* bodyOf(t: TablePlan): Work<(readonly CellValue[])[]> {
  // An Excel table always keeps one body row, even empty.
  if (t.rows.length === 0) return [t.columns.map(() => '')];
  const width = t.columns.length;
  const body: CellValue[][] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const r = t.rows[i]!;
    const row: CellValue[] = new Array<CellValue>(width);
    for (let j = 0; j < width; j++) row[j] = clearing(r[j] ?? null);
    body.push(row);
    if (i % ROWS_PER_SEAM === ROWS_PER_SEAM - 1) yield;
  }
  return body;
}

type RowSlice = { from: number; rows: (readonly CellValue[])[] };

/** Row slices of at most `budget` bytes of JSON each (at least one row). */
export function slices(rows: readonly (readonly CellValue[])[], budget: number): RowSlice[] {
  return finish(slicesWork(rows, budget));
}

function* slicesWork(rows: readonly (readonly CellValue[])[], budget: number): Work<RowSlice[]> {
  const out: RowSlice[] = [];
  let start = 0;
  let measured = 0;
  while (start < rows.length) {
    let bytes = OP_OVERHEAD;
    let end = start;
    while (end < rows.length) {
      const rowBytes = jsonLength(rows[end]!) + 1;
      if (end > start && bytes + rowBytes > budget) break;
      bytes += rowBytes;
      end++;
      if (++measured % ROWS_PER_SEAM === 0) yield;
    }
    out.push({ from: start, rows: rows.slice(start, end) });
    start = end;
  }
  return out;
}

const pieceBudget = (options: WriteOptions): number => Math.max(1024, options.maxRequestBytes - 64 * 1024);

function finishSteps(sheet: string, t: TablePlan, bodyRows: number, created: boolean, newSheet: boolean, options: WriteOptions): WriteStep[] {
  const out: WriteStep[] = [];
  const width = t.columns.length;
  out.push({ output: sheet, op: 'style', sheet, address: rangeAddress(t.row, t.col, 1, width), kind: 'header' });
  t.columns.forEach((c, j) => {
    const body = rangeAddress(t.row + 1, t.col + j, bodyRows, 1);
    if (c.format) out.push({ output: sheet, op: 'numberFormat', sheet, address: body, format: c.format });
    const kind = t.columnKinds?.get(j) ?? t.kind;
    if (kind !== 'output') out.push({ output: sheet, op: 'style', sheet, address: body, kind });
    const rule = t.rules?.get(j);
    if (created && rule && options.dataValidation) out.push({ output: sheet, op: 'validation', sheet, address: body, rule });
    // Column widths are set once, on a new sheet: after that they are the user's.
    if (newSheet) out.push({ output: sheet, op: 'columnWidth', sheet, col: t.col + j, characters: c.width });
  });
  for (const k of t.cellKinds ?? []) {
    if (k.row < bodyRows) out.push({ output: sheet, op: 'style', sheet, address: rangeAddress(t.row + 1 + k.row, t.col + k.col, 1, 1), kind: k.kind });
  }
  return out;
}

function* createTable(sheet: string, t: TablePlan, newSheet: boolean, options: WriteOptions): Work<WriteStep[]> {
  const body = yield* bodyOf(t);
  const width = t.columns.length;
  const out: WriteStep[] = [{ output: sheet, op: 'values', sheet, address: rangeAddress(t.row, t.col, 1, width), values: headerValues(t) }];
  for (const s of yield* slicesWork(body, pieceBudget(options)))
    out.push({ output: sheet, op: 'values', sheet, address: rangeAddress(t.row + 1 + s.from, t.col, s.rows.length, width), values: s.rows });
  out.push({ output: sheet, op: 'addTable', sheet, address: rangeAddress(t.row, t.col, body.length + 1, width), name: t.name, kind: t.kind });
  out.push(...finishSteps(sheet, t, body.length, true, newSheet, options));
  return out;
}

/** Same place, same width: header rewritten, surplus rows deleted, kept rows overwritten, missing rows added. */
function* updateTable(sheet: string, table: string, current: number, t: TablePlan, options: WriteOptions): Work<WriteStep[]> {
  const body = yield* bodyOf(t);
  const width = t.columns.length;
  const m = body.length;
  const out: WriteStep[] = [{ output: sheet, op: 'values', sheet, address: rangeAddress(t.row, t.col, 1, width), values: headerValues(t) }];
  if (m < current) out.push({ output: sheet, op: 'deleteRows', table, index: m, count: current - m });
  const kept = Math.min(current, m);
  for (const s of yield* slicesWork(body.slice(0, kept), pieceBudget(options)))
    out.push({ output: sheet, op: 'values', sheet, address: rangeAddress(t.row + 1 + s.from, t.col, s.rows.length, width), values: s.rows });
  if (m > current) for (const s of yield* slicesWork(body.slice(kept), pieceBudget(options))) out.push({ output: sheet, op: 'addRows', table, values: s.rows });
  out.push(...finishSteps(sheet, t, m, false, false, options));
  return out;
}

/** What a step adds to a request, for cutting writes in chunks under the budget. */
export function stepBytes(step: WriteStep, rowDeletesAtOnce: boolean): number {
  switch (step.op) {
    case 'values':
    case 'addRows':
      return rowsJsonLength(step.values) + OP_OVERHEAD;
    case 'deleteRows':
      return rowDeletesAtOnce ? OP_OVERHEAD : OP_OVERHEAD * step.count;
    case 'chart':
      return OP_OVERHEAD * (8 + 4 * step.chart.series.length);
    case 'style':
      return OP_OVERHEAD * 4;
    default:
      return OP_OVERHEAD;
  }
}
