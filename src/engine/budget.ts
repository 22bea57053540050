import { calendarYear } from './dates';
import type { HorsAciLine } from './hors-aci';
import { sum, ZERO, type Dec as Decimal } from './money';
import type { CptsProjection, Projection } from './projection';
import type { HorsAciKind } from './scenario';

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

interface Sums {
  aci: Decimal;
  renewalAssumed: Decimal;
  provisional: Decimal;
  horsAci: Decimal;
}

function add(map: Map<string, Sums>, year: string, part: Partial<Sums>): void {
  let s = map.get(year);
  if (!s) map.set(year, (s = { aci: ZERO, renewalAssumed: ZERO, provisional: ZERO, horsAci: ZERO }));
  for (const key of Object.keys(part) as (keyof Sums)[]) s[key] = s[key].plus(part[key]!);
}

function collect(map: Map<string, Sums>, c: CptsProjection): void {
  for (const pay of c.payments) {
    const provisional = sum(pay.parts.filter((p) => p.provisional).map((p) => p.amount));
    add(map, calendarYear(pay.date), { aci: pay.amount, renewalAssumed: pay.renewalAssumed ? pay.amount : ZERO, provisional });
  }
  for (const h of c.horsAci) add(map, calendarYear(h.date), { horsAci: h.amount });
}

function rows(map: Map<string, Sums>): CalendarYearBudget[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, s]) => ({ year, ...s, includingHorsAci: s.aci.plus(s.horsAci) }));
}

export function cptsBudget(c: CptsProjection): CalendarYearBudget[] {
  const map = new Map<string, Sums>();
  collect(map, c);
  return rows(map);
}

/** The set's budget: every CPTS's, year by year (a year appears when anything is paid in it). */
export function setBudget(p: Projection): CalendarYearBudget[] {
  const budget = new BudgetAccumulator();
  for (const c of p.cpts) budget.add(c);
  return budget.rows();
}

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
