import type { IsoDate } from '../calendar/dates';
import { centsOf, fromCents } from '../money/cents';
import type { Dec as Decimal } from '../money/money';
import type { CptsProjection, Projection } from '../projection/model';

/**
 * Cash by month (issue 12 §3): what the planned calendar pays in each month, for each CPTS and for the set, ACI
 * and « hors ACI » apart (a treasurer plans salaries by month). Sums of the calendar's payments, already rounded
 * to the cent: no rounding here.
 */

/** `YYYY-MM`. */
export type Month = string;

export interface MonthCash {
  readonly month: Month;
  readonly aci: Decimal;
  readonly horsAci: Decimal;
  /** aci + horsAci (« y compris hors ACI »). */
  readonly total: Decimal;
}

export interface CptsCash {
  readonly id: string;
  readonly name: string;
  /** Only the months with a payment, in order. */
  readonly months: readonly MonthCash[];
}

export interface CashByMonth {
  readonly cpts: readonly CptsCash[];
  /** The set: every month from the first payment to the last, empty months included (a chart's axis). */
  readonly set: readonly MonthCash[];
}

export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

/** Months from `first` to `last` inclusive. */
export function monthRange(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** Sums in integer cents (exact, see cents.ts): a department's months add up tens of thousands of payments. */
type Sums = Map<Month, { aci: number; horsAci: number }>;

function add(sums: Sums, month: Month, aci: number, horsAci: number): void {
  const s = sums.get(month);
  if (s) {
    s.aci += aci;
    s.horsAci += horsAci;
  } else sums.set(month, { aci, horsAci });
}

function rows(sums: Sums, months: readonly Month[]): MonthCash[] {
  return months.map((month) => {
    const s = sums.get(month) ?? { aci: 0, horsAci: 0 };
    return { month, aci: fromCents(s.aci), horsAci: fromCents(s.horsAci), total: fromCents(s.aci + s.horsAci) };
  });
}

export function cptsCash(c: CptsProjection): CptsCash {
  const sums: Sums = new Map();
  for (const p of c.payments) add(sums, monthOf(p.date), centsOf(p.amount), 0);
  for (const h of c.horsAci) add(sums, monthOf(h.date), 0, centsOf(h.amount));
  return { id: c.id, name: c.name, months: rows(sums, [...sums.keys()].sort()) };
}

/** Per projection (never changed once made): the pane's chart and the « Trésorerie » sheet read the same months. */
const byProjection = new WeakMap<Projection, CashByMonth>();

export function cashByMonth(p: Projection): CashByMonth {
  let cash = byProjection.get(p);
  if (!cash) byProjection.set(p, (cash = monthsOf(p)));
  return cash;
}

function monthsOf(p: Projection): CashByMonth {
  const cpts = p.cpts.map(cptsCash);
  const sums: Sums = new Map();
  for (const c of cpts) for (const m of c.months) add(sums, m.month, centsOf(m.aci), centsOf(m.horsAci));
  const known = [...sums.keys()].sort();
  const set = known.length === 0 ? [] : rows(sums, monthRange(known[0]!, known[known.length - 1]!));
  return { cpts, set };
}
