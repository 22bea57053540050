import { DATE_1904_OFFSET, type CellValue, type DateSystem } from './cells';
import type { TableRead } from '../inputs/read-inputs';
import { PARAMETER_FIELDS, PARAMETERS } from '../../engine';
import { normaliseLabel } from '../inputs/field-cells';
import { FORMATS, PARAMETER_COLUMNS, TABLES } from '../contract/layout';
import type { SheetPlan, TablePlan } from './plan';
import type { BodyWrite, ColumnWrite } from '../inputs/apply-scenario';
import { planTemplate, templatePlans } from '../inputs/template';

/**
 * The workbook's date system, handled where cells enter and leave: everything else (reading, validation,
 * plans) works in the 1900 system. A date column is one whose number format is the date format — in the plans
 * written, and, for the input tables read, in the template that defines them (found by header, like the reader).
 */

/** `=DATE(1904;1;1)` is 0 in a 1904 workbook and 1 462 in a 1900 one (Excel's own answer, read without writing). */
export const DATE_PROBE = { year: 1904, month: 1, day: 1 } as const;

export function dateSystemOf(probe: unknown): DateSystem {
  return probe === 0 ? '1904' : '1900';
}

const shiftCell = (value: CellValue | undefined, by: number): CellValue => (typeof value === 'number' ? value + by : (value ?? null));

function shiftColumns(rows: readonly (readonly CellValue[])[], columns: ReadonlySet<number>, by: number): CellValue[][] {
  return rows.map((r) => r.map((v, j) => (columns.has(j) ? shiftCell(v, by) : v)));
}

const dateColumns = (t: TablePlan): Set<number> => new Set(t.columns.flatMap((c, j) => (c.format === FORMATS.date ? [j] : [])));

/** Plans as a workbook in `system` must receive them: date serials 1 462 lower in a 1904 workbook. */
export function plansForWorkbook(plans: readonly SheetPlan[], system: DateSystem): SheetPlan[] {
  if (system === '1900') return [...plans];
  return plans.map((p) => ({ ...p, tables: p.tables.map((t) => ({ ...t, rows: shiftColumns(t.rows, dateColumns(t), -DATE_1904_OFFSET) })) }));
}

/** An input table body write (« Appliquer ») as a workbook in `system` must receive it. */
export function bodyForWorkbook<W extends Pick<BodyWrite, 'rows' | 'formats'>>(write: W, system: DateSystem): W {
  if (system === '1900') return write;
  const columns = new Set(write.formats.flatMap((f, j) => (f === FORMATS.date ? [j] : [])));
  return { ...write, rows: shiftColumns(write.rows, columns, -DATE_1904_OFFSET) };
}

let templateDates: ReadonlyMap<string, ReadonlySet<string>> | null = null;

/** Per input table (lower-case name), the headers (normalised) of its date columns, from the template. */
function inputDateHeaders(): ReadonlyMap<string, ReadonlySet<string>> {
  if (templateDates === null) {
    const decision = planTemplate([], [], 'ask');
    const plans = decision.ok && 'names' in decision ? templatePlans(decision.names) : [];
    templateDates = new Map(
      plans
        .flatMap((p) => p.tables)
        .map((t) => [t.name.toLowerCase(), new Set(t.columns.filter((c) => c.format === FORMATS.date).map((c) => normalise(c.header)))]),
    );
  }
  return templateDates;
}

const normalise = (header: string): string => header.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The parameter rows (on the Barème sheet) hold one setting per row: a date setting (the avenant 2's date) is a
 * date serial in the « Votre valeur » column of its row only. Rows found by their label, as the reader does.
 */
const DATE_PARAMETER_LABELS: ReadonlySet<string> = new Set(
  PARAMETERS.filter((p) => PARAMETER_FIELDS[p.id].kind.type === 'date').flatMap((p) => [normaliseLabel(p.label), normaliseLabel(p.id)]),
);

/** Per body row of the parameters table: is its value a date? */
function parameterDateRows(read: TableRead): boolean[] {
  const [header = [], ...body] = read.values;
  const labelCol = header.findIndex((h) => typeof h === 'string' && normalise(h) === normalise(PARAMETER_COLUMNS.parameter.header));
  return body.map((r) => labelCol >= 0 && DATE_PARAMETER_LABELS.has(normaliseLabel(String(r[labelCol] ?? ''))));
}

function parametersFromWorkbook(read: TableRead): TableRead {
  const [header = [], ...body] = read.values;
  const valueCol = header.findIndex((h) => typeof h === 'string' && normalise(h) === normalise(PARAMETER_COLUMNS.value.header));
  const dates = parameterDateRows(read);
  if (valueCol < 0) return read;
  return { ...read, values: [header, ...body.map((r, i) => (dates[i] ? r.map((v, j) => (j === valueCol ? shiftCell(v, DATE_1904_OFFSET) : v)) : r))] };
}

/** The parameters' « Votre valeur » column write (« Appliquer »), its date rows as a workbook in `system` holds them. */
export function parameterColumnForWorkbook<W extends Pick<ColumnWrite, 'values'>>(write: W, parameters: TableRead | null | undefined, system: DateSystem): W {
  if (system === '1900' || !parameters) return write;
  const dates = parameterDateRows(parameters);
  return { ...write, values: write.values.map((v, i) => (dates[i] ? shiftCell(v, -DATE_1904_OFFSET) : v)) };
}

function tableFromWorkbook(read: TableRead | null, name: string, system: DateSystem): TableRead | null {
  if (!read || system === '1900') return read;
  if (name.toLowerCase() === TABLES.parameters.toLowerCase()) return parametersFromWorkbook(read);
  const headers = inputDateHeaders().get(name.toLowerCase());
  if (!headers || headers.size === 0) return read;
  const [header = [], ...body] = read.values;
  const columns = new Set(header.flatMap((h, j) => (typeof h === 'string' && headers.has(normalise(h)) ? [j] : [])));
  return { ...read, values: [header, ...shiftColumns(body, columns, DATE_1904_OFFSET)] };
}

/** The input tables as read from a workbook in `system`, their date serials brought to the 1900 system. */
export function tablesFromWorkbook<T extends { readonly [K in keyof T]: TableRead | null }>(
  tables: T,
  names: { readonly [K in keyof T]: string },
  system: DateSystem,
): T {
  if (system === '1900') return tables;
  const out = { ...tables };
  for (const key of Object.keys(tables) as (keyof T)[]) out[key] = tableFromWorkbook(tables[key], names[key], system) as T[keyof T];
  return out;
}

/** A single column write (the barème's contract column, the parameters' values) as a workbook in `system` must receive it. */
export function columnForWorkbook<W extends Pick<ColumnWrite, 'values' | 'format'>>(write: W, system: DateSystem): W {
  if (system === '1900' || write.format !== FORMATS.date) return write;
  return { ...write, values: write.values.map((v) => shiftCell(v, -DATE_1904_OFFSET)) };
}

/** Everything « Appliquer » writes, as a workbook in `system` must receive it (`parameters`: the parameter table as read). */
export function applyPlanForWorkbook<
  P extends {
    readonly cpts: BodyWrite;
    readonly achievements: BodyWrite;
    readonly lists: readonly BodyWrite[];
    readonly bareme: ColumnWrite | null;
    readonly parameters: ColumnWrite | null;
  },
>(plan: P, parameters: TableRead | null | undefined, system: DateSystem): P {
  if (system === '1900') return plan;
  return {
    ...plan,
    cpts: bodyForWorkbook(plan.cpts, system),
    achievements: bodyForWorkbook(plan.achievements, system),
    lists: plan.lists.map((l) => bodyForWorkbook(l, system)),
    bareme: plan.bareme && columnForWorkbook(plan.bareme, system),
    parameters: plan.parameters && parameterColumnForWorkbook(plan.parameters, parameters, system),
  };
}
