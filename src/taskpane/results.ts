import {
  centsOf,
  cptsBudget,
  Dec,
  fromCents,
  localIsoDate,
  provisionalAmountOf,
  setBudget,
  type CalendarYearBudget,
  STANDARD_MISSION_IDS,
  type CalendarYearTotal,
  type StandardMissionId,
  type CptsProjection,
  type HorsAciLine,
  type Payment,
  type Projection,
} from '../engine';

/** What the pane shows of a projection: pure derivations, tested without React. */
export interface YearTotal {
  readonly label: string;
  readonly total: Dec;
  /** Contract years: the euros of the total resting on « à vérifier » or « provisoire » amounts. */
  readonly provisional?: Dec;
}

export interface UpcomingPayment {
  readonly cpts: string;
  readonly payment: Payment;
}

/** A « hors ACI » amount to come: listed with its nature, apart from the ACI payments and never in their total. */
export interface UpcomingHorsAci {
  readonly cpts: string;
  readonly line: HorsAciLine;
}

/** « Versements à venir »: the next twelve months from today, or the next calendar year (next year's budget). */
export type UpcomingChoice = 'twelve-months' | 'next-year';
export const UPCOMING_CHOICES: readonly UpcomingChoice[] = ['twelve-months', 'next-year'];

export interface ResultSummary {
  /**
   * Contract years summed over the CPTS (each CPTS's years run from its own signature): labels "1" to "5",
   * then "R1" to "R5" for an assumed renewal. Meaningful per CPTS; the set's view leads with calendar years.
   */
  readonly byContractYear: readonly YearTotal[];
  readonly byCalendarYear: readonly YearTotal[];
  /** Per calendar year: ACI, of which assumed renewals and provisional amounts, hors ACI apart. */
  readonly budget: readonly CalendarYearBudget[];
  readonly total: Dec;
  readonly horsAciTotal: Dec;
  readonly upcoming: readonly UpcomingPayment[];
  /** ACI payments only: the « hors ACI » amounts to come are in `upcomingHorsAci`, never here. */
  readonly upcomingTotal: Dec;
  readonly upcomingHorsAci: readonly UpcomingHorsAci[];
  readonly upcomingHorsAciTotal: Dec;
  /** `upcomingTotal` + `upcomingHorsAciTotal`: « y compris hors ACI ». */
  readonly upcomingIncludingHorsAci: Dec;
  readonly window: { readonly from: string; readonly to: string };
}

/** The label of a contract year in the pane's tables: "3", or "R3" for year 3 of an assumed renewal. */
export function contractYearKey(y: { readonly contract: number; readonly contractYear: number }): string {
  return y.contract === 1 ? String(y.contractYear) : `R${y.contractYear}`;
}

export function contractYearTotals(cpts: readonly CptsProjection[]): YearTotal[] {
  // Integer cents (exact, see the engine's cents.ts): a department has thousands of contract years.
  const totals = new Map<string, { total: number; provisional: number }>();
  const order: string[] = [];
  for (const c of cpts) {
    for (const y of c.years) {
      const key = contractYearKey(y);
      let sums = totals.get(key);
      if (!sums) {
        order.push(key);
        totals.set(key, (sums = { total: 0, provisional: 0 }));
      }
      sums.total += centsOf(y.total);
      sums.provisional += centsOf(provisionalAmountOf(y.lines));
    }
  }
  // Contract 1's years, then the renewal's, whatever CPTS came first.
  const rank = (k: string): number => (k.startsWith('R') ? 10 + Number(k.slice(1)) : Number(k));
  return order
    .sort((a, b) => rank(a) - rank(b))
    .map((label) => ({ label, total: fromCents(totals.get(label)!.total), provisional: fromCents(totals.get(label)!.provisional) }));
}

/** The days the « Versements à venir » list covers. */
export function upcomingWindow(today: string, choice: UpcomingChoice): { readonly from: string; readonly to: string } {
  if (choice === 'twelve-months') return { from: today, to: twelveMonthsEnd(today) };
  const next = String(Number(today.slice(0, 4)) + 1);
  return { from: `${next}-01-01`, to: `${next}-12-31` };
}

/** The last day of the twelve months starting on `today` (2025-07-02 → 2026-07-01). */
export function twelveMonthsEnd(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
}

export function upcomingPayments(cpts: readonly CptsProjection[], today: string, choice: UpcomingChoice = 'twelve-months'): UpcomingPayment[] {
  const { from, to } = upcomingWindow(today, choice);
  const list: UpcomingPayment[] = [];
  for (const c of cpts) for (const p of c.payments) if (p.date >= from && p.date <= to) list.push({ cpts: c.name, payment: p });
  return list.sort((a, b) => (a.payment.date < b.payment.date ? -1 : a.payment.date > b.payment.date ? 1 : 0));
}

/** The « hors ACI » amounts dated in the same window as the payments to come, in date order. */
export function upcomingHorsAci(cpts: readonly CptsProjection[], today: string, choice: UpcomingChoice = 'twelve-months'): UpcomingHorsAci[] {
  const { from, to } = upcomingWindow(today, choice);
  const list: UpcomingHorsAci[] = [];
  for (const c of cpts) for (const line of c.horsAci) if (line.date >= from && line.date <= to) list.push({ cpts: c.name, line });
  return list.sort((a, b) => (a.line.date < b.line.date ? -1 : a.line.date > b.line.date ? 1 : 0));
}

/** The set's figures: the engine's totals, the calendar-year budget, the contract years summed, the payments to come. */
export function summarizeProjection(projection: Projection, today: string, choice: UpcomingChoice = 'twelve-months'): ResultSummary {
  return summaryOf(projection.cpts, setBudget(projection), projection.totalsByCalendarYear, projection.total, today, choice);
}

/** One CPTS's figures, the same shape as the set's. */
export function summarizeCpts(cpts: CptsProjection, today: string, choice: UpcomingChoice = 'twelve-months'): ResultSummary {
  return summaryOf([cpts], cptsBudget(cpts), cpts.totalsByCalendarYear, cpts.total, today, choice);
}

/** A summary of these CPTS; what is to come with ACI payments and hors ACI amounts apart, each with its total, and both together. */
function summaryOf(
  cpts: readonly CptsProjection[],
  budget: readonly CalendarYearBudget[],
  byCalendarYear: readonly CalendarYearTotal[],
  total: Dec,
  today: string,
  choice: UpcomingChoice,
): ResultSummary {
  const upcoming = upcomingPayments(cpts, today, choice);
  const horsAci = upcomingHorsAci(cpts, today, choice);
  const upcomingTotal = fromCents(upcoming.reduce((cents, u) => cents + centsOf(u.payment.amount), 0));
  const upcomingHorsAciTotal = fromCents(horsAci.reduce((cents, u) => cents + centsOf(u.line.amount), 0));
  return {
    byContractYear: contractYearTotals(cpts),
    byCalendarYear: calendarTotals(byCalendarYear),
    budget,
    total,
    horsAciTotal: budget.reduce((acc, b) => acc.plus(b.horsAci), new Dec(0)),
    upcoming,
    upcomingTotal,
    upcomingHorsAci: horsAci,
    upcomingHorsAciTotal,
    upcomingIncludingHorsAci: upcomingTotal.plus(upcomingHorsAciTotal),
    window: upcomingWindow(today, choice),
  };
}

function calendarTotals(totals: readonly CalendarYearTotal[]): YearTotal[] {
  return totals.map((t) => ({ label: t.year, total: t.total }));
}

/** Today as an ISO civil date in the user's time zone (the day they see on their calendar). */
export function localToday(): string {
  return localIsoDate(new Date());
}

export function isStandardMissionId(value: string): value is StandardMissionId {
  return (STANDARD_MISSION_IDS as readonly string[]).includes(value);
}
