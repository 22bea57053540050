import { centsOf, fromCents } from '../money/cents';
import { calendarYear } from '../calendar/dates';
import type { HorsAciLine } from '../projection/hors-aci';
import { sum, type Dec as Decimal } from '../money/money';
import type { CptsProjection, Projection } from '../projection/model';
import type { HorsAciKind } from '../scenario/types';

/**
 * What is paid per calendar year, the way a CPAM or a treasurer budgets (shared/aci-rules.md « Payments »):
 * ACI payments, and apart from them the « hors ACI » amounts; for each year, how much of the ACI amount rests
 * on an assumed renewal and how much on amounts not confirmed by a text.
 */
export interface CalendarYearBudget {
  readonly year: string;
  /** ACI payments dated in the year. */
  readonly aci: Decimal;
  /** Of `aci`, the payments of assumed renewals (« renouvellement supposé »). */
  readonly renewalAssumed: Decimal;
  /** Of `aci`, the parts whose rule amount is not confirmed (derived, à vérifier, provisoire). */
  readonly provisional: Decimal;
  /** « Hors ACI » amounts dated in the year: never in `aci`. */
  readonly horsAci: Decimal;
  /** `aci` + `horsAci`: « y compris hors ACI ». */
  readonly includingHorsAci: Decimal;
}

/** Natures of the « hors ACI » lines, as every output names them. */
export const HORS_ACI_NATURES: Readonly<Record<HorsAciKind, string>> = {
  'aide-demarrage-ars': 'Hors ACI — aide au démarrage ARS',
  'forfait-lettre-intention': 'Hors ACI — forfait lettre d’intention',
};

/** A year's sums in integer cents (exact, see cents.ts): a department adds up tens of thousands of payments. */
interface Sums {
  aci: number;
  renewalAssumed: number;
  provisional: number;
  horsAci: number;
}

function sumsOf(map: Map<string, Sums>, year: string): Sums {
  let s = map.get(year);
  if (!s) map.set(year, (s = { aci: 0, renewalAssumed: 0, provisional: 0, horsAci: 0 }));
  return s;
}

function collect(map: Map<string, Sums>, c: CptsProjection): void {
  for (const pay of c.payments) {
    const s = sumsOf(map, calendarYear(pay.date));
    const cents = centsOf(pay.amount);
    s.aci += cents;
    if (pay.renewalAssumed) s.renewalAssumed += cents;
    for (const part of pay.parts) if (part.provisional) s.provisional += centsOf(part.amount);
  }
  for (const h of c.horsAci) sumsOf(map, calendarYear(h.date)).horsAci += centsOf(h.amount);
}

function rows(map: Map<string, Sums>): CalendarYearBudget[] {
  return [...map.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([year, s]) => ({
      year,
      aci: fromCents(s.aci),
      renewalAssumed: fromCents(s.renewalAssumed),
      provisional: fromCents(s.provisional),
      horsAci: fromCents(s.horsAci),
      includingHorsAci: fromCents(s.aci + s.horsAci),
    }));
}

export function cptsBudget(c: CptsProjection): CalendarYearBudget[] {
  const map = new Map<string, Sums>();
  collect(map, c);
  return rows(map);
}

/** The set's budget: every CPTS's, year by year (a year appears when anything is paid in it). */
export function setBudget(p: Projection): readonly CalendarYearBudget[] {
  let rows = setBudgets.get(p);
  if (!rows) {
    const budget = new BudgetAccumulator();
    for (const c of p.cpts) budget.add(c);
    setBudgets.set(p, (rows = budget.rows()));
  }
  return rows;
}

/** Per projection (never changed once made): the pane's summary and the « Budget annuel » sheet read the same rows. */
const setBudgets = new WeakMap<Projection, readonly CalendarYearBudget[]>();

/** A set's budget added up CPTS by CPTS, so that the streaming CLI never holds the whole projection. */
export class BudgetAccumulator {
  private readonly map = new Map<string, Sums>();
  add(c: CptsProjection): void {
    collect(this.map, c);
  }
  rows(): CalendarYearBudget[] {
    return rows(this.map);
  }
}

export function horsAciTotal(lines: readonly HorsAciLine[]): Decimal {
  return sum(lines.map((h) => h.amount));
}
