import {
  Dec,
  localIsoDate,
  provisionalAmountOf,
  STANDARD_MISSION_IDS,
  type CalendarYearTotal,
  type StandardMissionId,
  type CptsProjection,
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

export interface ResultSummary {
  /** Contract years 1 to 5, summed over the CPTS (each CPTS's years run from its own signature). */
  readonly byContractYear: readonly YearTotal[];
  readonly byCalendarYear: readonly YearTotal[];
  readonly total: Dec;
  readonly upcoming: readonly UpcomingPayment[];
  readonly upcomingTotal: Dec;
  readonly window: { readonly from: string; readonly to: string };
}

export function contractYearTotals(cpts: readonly CptsProjection[]): YearTotal[] {
  const totals: Dec[] = [];
  const provisional: Dec[] = [];
  for (const c of cpts) {
    for (const y of c.years) {
      const k = y.contractYear - 1;
      totals[k] = (totals[k] ?? new Dec(0)).plus(y.total);
      provisional[k] = (provisional[k] ?? new Dec(0)).plus(provisionalAmountOf(y.lines));
    }
  }
  return totals.map((total, i) => ({ label: String(i + 1), total, provisional: provisional[i]! }));
}

/** The last day of the twelve months starting on `today` (2025-07-02 → 2026-07-01). */
export function twelveMonthsEnd(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
}

export function upcomingPayments(cpts: readonly CptsProjection[], today: string): UpcomingPayment[] {
  const end = twelveMonthsEnd(today);
  const list: UpcomingPayment[] = [];
  for (const c of cpts) for (const p of c.payments) if (p.date >= today && p.date <= end) list.push({ cpts: c.name, payment: p });
  return list.sort((a, b) => (a.payment.date < b.payment.date ? -1 : a.payment.date > b.payment.date ? 1 : 0));
}

/** The set's figures: the engine's totals, the contract years summed, the payments of the next twelve months. */
export function summarizeProjection(projection: Projection, today: string): ResultSummary {
  const upcoming = upcomingPayments(projection.cpts, today);
  return {
    byContractYear: contractYearTotals(projection.cpts),
    byCalendarYear: calendarTotals(projection.totalsByCalendarYear),
    total: projection.total,
    upcoming,
    upcomingTotal: upcoming.reduce((acc, u) => acc.plus(u.payment.amount), new Dec(0)),
    window: { from: today, to: twelveMonthsEnd(today) },
  };
}

/** One CPTS's figures, the same shape as the set's. */
export function summarizeCpts(cpts: CptsProjection, today: string): ResultSummary {
  const upcoming = upcomingPayments([cpts], today);
  return {
    byContractYear: contractYearTotals([cpts]),
    byCalendarYear: calendarTotals(cpts.totalsByCalendarYear),
    total: cpts.total,
    upcoming,
    upcomingTotal: upcoming.reduce((acc, u) => acc.plus(u.payment.amount), new Dec(0)),
    window: { from: today, to: twelveMonthsEnd(today) },
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
