import { parseRange, rangeAddress, type CellValue } from '../grid/cells';
import { ACHIEVEMENT_COLUMNS, CPTS_COLUMNS, LIST_TABLES, listColumns, TABLES, type ColumnSpec } from '../contract/layout';
import type { CellRef } from '../port';
import type { ApplyPlan, BodyWrite, ColumnWrite } from '../inputs/apply-scenario';
import { nameKey, normaliseHeader } from '../grid/tables';
import { slices } from './sheet-writer';
import type { TableData, WriteStep } from './session';

/**
 * « Appliquer un scénario » as write steps on the input tables: only the columns the add-in knows are written
 * (a column a user added inside a table keeps its values), surplus rows are deleted, missing ones added.
 * Before that, the formula cells those steps would replace are listed, so that the pane can ask.
 */

type ApplyWrites = Extract<ApplyPlan, { ok: true }>;

const SPECS: Readonly<Record<string, readonly ColumnSpec[]>> = {
  [nameKey(TABLES.cpts)]: Object.values(CPTS_COLUMNS),
  [nameKey(TABLES.achievements)]: Object.values(ACHIEVEMENT_COLUMNS),
  ...Object.fromEntries(LIST_TABLES.map((t) => [nameKey(t.table), listColumns(t).map((c) => c.spec)])),
};

/** The single columns an apply rewrites, with the table each belongs to. */
function columnWrites(plan: ApplyWrites): { write: ColumnWrite; table: string }[] {
  return [
    ...(plan.bareme ? [{ write: plan.bareme, table: TABLES.bareme }] : []),
    ...(plan.parameters ? [{ write: plan.parameters, table: TABLES.parameters }] : []),
  ];
}

/** The sheets an apply writes. */
export function applySheets(plan: ApplyWrites): string[] {
  return [...new Set([plan.cpts.sheet, plan.achievements.sheet, ...plan.lists.map((l) => l.sheet), ...columnWrites(plan).map((c) => c.write.sheet)])];
}

/** Indexes of the columns of `table` that the scenario fills, found by header. */
function knownColumns(w: BodyWrite, data: TableData | undefined): Set<number> {
  const specs = SPECS[nameKey(w.table)] ?? [];
  const wanted = new Set(specs.map((s) => normaliseHeader(s.header)));
  const header = data?.values[0] ?? [];
  const out = new Set<number>();
  header.forEach((h, j) => {
    if (typeof h === 'string' && wanted.has(normaliseHeader(h))) out.add(j);
  });
  return out;
}

/** Contiguous runs of known columns, so that one range write never crosses a user's column. */
function runs(columns: ReadonlySet<number>, width: number): { from: number; count: number }[] {
  const out: { from: number; count: number }[] = [];
  for (let j = 0; j < width; j++) {
    if (!columns.has(j)) continue;
    const last = out[out.length - 1];
    if (last && last.from + last.count === j) last.count++;
    else out.push({ from: j, count: 1 });
  }
  return out;
}

const hasFormula = (f: string | null | undefined): boolean => typeof f === 'string' && f.startsWith('=');
const clearing = (v: CellValue): CellValue => (v === null ? '' : v);

/** Formula cells the apply would replace: known columns of kept rows, every cell of deleted rows, the barème column. */
export function overwrittenFormulas(plan: ApplyWrites, tables: ReadonlyMap<string, TableData>): CellRef[] {
  const cells: CellRef[] = [];
  for (const w of [plan.cpts, plan.achievements, ...plan.lists]) {
    const data = tables.get(nameKey(w.table));
    const formulas = data?.formulas;
    if (!data || !formulas) continue;
    const known = knownColumns(w, data);
    for (let k = 0; k < w.currentRows; k++) {
      const row = formulas[k + 1] ?? [];
      row.forEach((f, j) => {
        if (hasFormula(f) && (k >= w.rows.length || known.has(j))) cells.push({ sheet: w.sheet, address: rangeAddress(w.row + 1 + k, w.col + j, 1, 1) });
      });
    }
  }
  for (const { write: b, table } of columnWrites(plan)) {
    const data = tables.get(nameKey(table));
    const origin = data ? parseRange(data.address) : null;
    if (!data?.formulas || !origin) continue;
    data.formulas.slice(1).forEach((row, k) => {
      if (hasFormula(row[b.col - origin.col])) cells.push({ sheet: b.sheet, address: rangeAddress(origin.row + 1 + k, b.col, 1, 1) });
    });
  }
  return cells;
}

function bodySteps(w: BodyWrite, data: TableData | undefined, budget: number, filterUnknown: boolean): WriteStep[] {
  const out: WriteStep[] = [];
  const step = (s: WriteStep): void => void out.push(s);
  const known = knownColumns(w, data);
  const n = w.currentRows;
  const m = w.rows.length;
  // Below ExcelApi 1.9 an active filter cannot be seen: clearing it is the safe way to write by position.
  if (filterUnknown) step({ output: w.sheet, op: 'clearFilters', table: w.table });
  if (m < n) step({ output: w.sheet, op: 'deleteRows', table: w.table, index: m, count: n - m });
  const kept = Math.min(n, m);
  for (const run of runs(known, w.width)) {
    const part = w.rows.slice(0, kept).map((r) => r.slice(run.from, run.from + run.count).map(clearing));
    for (const s of slices(part, budget))
      step({
        output: w.sheet,
        op: 'values',
        sheet: w.sheet,
        address: rangeAddress(w.row + 1 + s.from, w.col + run.from, s.rows.length, run.count),
        values: s.rows,
      });
  }
  if (m > n)
    for (const s of slices(
      w.rows.slice(n).map((r) => r.map(clearing)),
      budget,
    ))
      step({ output: w.sheet, op: 'addRows', table: w.table, values: s.rows });
  w.formats.forEach((format, j) => {
    if (format && m > 0 && known.has(j))
      step({ output: w.sheet, op: 'numberFormat', sheet: w.sheet, address: rangeAddress(w.row + 1, w.col + j, m, 1), format });
  });
  return out;
}

function columnSteps(w: ColumnWrite): WriteStep[] {
  if (w.values.length === 0) return [];
  const address = rangeAddress(w.row, w.col, w.values.length, 1);
  const out: WriteStep[] = [{ output: w.sheet, op: 'values', sheet: w.sheet, address, values: w.values.map((v) => [clearing(v)]) }];
  if (w.format) out.push({ output: w.sheet, op: 'numberFormat', sheet: w.sheet, address, format: w.format });
  return out;
}

export function applySteps(plan: ApplyWrites, tables: ReadonlyMap<string, TableData>, budget: number, filterUnknown: boolean): WriteStep[] {
  return [
    ...[plan.cpts, plan.achievements, ...plan.lists].flatMap((w) => bodySteps(w, tables.get(nameKey(w.table)), budget, filterUnknown)),
    ...columnWrites(plan).flatMap((c) => columnSteps(c.write)),
  ];
}
