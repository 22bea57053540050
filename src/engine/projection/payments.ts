import { centsOf, fromCents } from '../money/cents';
import { calendarYear, type IsoDate } from '../calendar/dates';
import type { Component } from '../vocabulary/missions';
import { Dec, roundToCent, ZERO, type Dec as Decimal } from '../money/money';
import type { AmountStatus } from '../rules/amounts';
import { builtInParameters } from '../rules/parameters';
import type { FirstYearFonctionnement } from '../rules/types';
import type { CalendarYearTotal, Payment, PaymentKind, PaymentPart, ProjectionLine, YearProjection } from './model';

/**
 * What is paid when (shared/aci-rules.md « Payments »):
 * - fonctionnement: year 1 in full at signature (ACI art. 9.1; or, under the « avance » reading, 75 % at
 *   signature with the fixed parts and the balance at the first anniversary); from year 2, 75 % at the
 *   anniversary that opens the year and the balance at the one that closes it;
 * - fixed parts (and the crisis plan or its update): 75 % of the year's (prorated) amount when the mission
 *   starts or at the anniversary that opens the year, the balance at the anniversary that closes it
 *   (contrat type art. 6.2);
 * - variable parts and crisis activation: assessed at the year's end, paid with its balance.
 */

const KIND_ORDER: Record<PaymentKind, number> = { fonctionnement: 0, balance: 1, advance: 2 };
const ADVANCED: ReadonlySet<Component> = new Set<Component>(['fixe', 'plan', 'mise-a-jour']);
/** Amounts a source states, or the CPTS's own contract: the rest is provisional. */
const CONFIRMED: ReadonlySet<AmountStatus> = new Set<AmountStatus>(['confirmed', 'contract']);
const AT_BALANCE: ReadonlySet<Component> = new Set<Component>(['variable', 'activation']);

/** An advance and its balance, with their cents (the payments add them up as integers). */
interface Split {
  readonly share: Decimal;
  readonly advance: Decimal;
  readonly advanceCents: number;
  readonly balance: Decimal;
  readonly balanceCents: number;
}

/**
 * Advance and balance of an amount, remembered by its cents: a department's CPTS of one size share their
 * full-year amounts, so each is split once per run.
 */
const splits = new Map<number, Split>();
function splitAdvance(amount: Decimal, cents: number, share: Decimal): Split {
  const known = splits.get(cents);
  if (known && known.share === share) return known;
  // The balance is what the advance left: the two always add up to the amount, to the cent.
  const advance = roundToCent(amount.times(share));
  const advanceCents = centsOf(advance);
  const balanceCents = cents - advanceCents;
  const split = { share, advance, advanceCents, balance: fromCents(balanceCents), balanceCents };
  if (splits.size >= 50_000) splits.clear();
  splits.set(cents, split);
  return split;
}

/** One decimal per share value, so that the memoised splits above are found again across CPTS and runs. */
const shareDecimals = new Map<number, Decimal>();
function shareOf(value: number): Decimal {
  let share = shareDecimals.get(value);
  if (!share) shareDecimals.set(value, (share = new Dec(value)));
  return share;
}

/** A payment being gathered; its amount is set once complete, from the integer cents added up meanwhile. */
type Group = { date: IsoDate; contract: number; renewalAssumed: boolean; contractYear: number; kind: PaymentKind; amount: Decimal; parts: PaymentPart[] };

/** The payment settings of a run (shared/aci-rules.md « Payments »; open readings are scenario parameters). */
export interface PaymentSettings {
  /** Share paid as an advance (0.75, ACI art. 9.1 and contrat type art. 6.2). */
  readonly advanceShare: number;
  /** Year 1's fonctionnement: in full at signature, or an advance at signature and the balance at the first anniversary. */
  readonly firstYearFonctionnement: FirstYearFonctionnement;
}

export function buildPayments(years: readonly YearProjection[], settings: PaymentSettings = builtInParameters()): Payment[] {
  const share = shareOf(settings.advanceShare);
  const firstInFull = settings.firstYearFonctionnement === 'integral';
  // A contract has a dozen payment dates: groups are found by date, then among the few on that date.
  const byDate = new Map<IsoDate, number[]>();
  const all: Group[] = [];
  // Each group's amount in integer cents (exact, see cents.ts), by its index in `all`.
  const cents: number[] = [];
  let year: YearProjection;
  const pay = (date: IsoDate, contractYear: number, kind: PaymentKind, line: ProjectionLine, amount: Decimal, amountCents: number): void => {
    if (amountCents === 0) return;
    const part: PaymentPart = { mission: line.mission, component: line.component, amount, provisional: !CONFIRMED.has(line.source.status) };
    let onDate = byDate.get(date);
    if (!onDate) byDate.set(date, (onDate = []));
    for (const i of onDate) {
      const group = all[i]!;
      if (group.contract === year.contract && group.contractYear === contractYear && group.kind === kind) {
        group.parts.push(part);
        cents[i]! += amountCents;
        return;
      }
    }
    onDate.push(all.length);
    all.push({ date, contract: year.contract, renewalAssumed: year.renewalAssumed, contractYear, kind, amount: ZERO, parts: [part] });
    cents.push(amountCents);
  };
  for (year of years) {
    // Year 1 of a renewal is a new contract's first year: its fonctionnement is paid as the rules say for one.
    const inFull = year.contractYear === 1 && firstInFull;
    const cy = year.contractYear;
    for (const l of year.lines) {
      const lineCents = centsOf(l.amount);
      if (l.component === 'fonctionnement' && inFull) {
        pay(year.start, cy, 'fonctionnement', l, l.amount, lineCents);
      } else if (l.component === 'fonctionnement' || ADVANCED.has(l.component)) {
        const split = splitAdvance(l.amount, lineCents, share);
        pay(l.activeFrom, cy, 'advance', l, split.advance, split.advanceCents);
        pay(year.anniversary, cy, 'balance', l, split.balance, split.balanceCents);
      } else if (AT_BALANCE.has(l.component)) {
        pay(year.anniversary, cy, 'balance', l, l.amount, lineCents);
      }
    }
  }
  for (let i = 0; i < all.length; i++) all[i]!.amount = fromCents(cents[i]!);
  return all.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.contract - b.contract || a.contractYear - b.contractYear || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

/** What is paid between 1 January and 31 December: budgets are voted per calendar year. */
export function totalsByCalendarYear(payments: readonly Payment[]): CalendarYearTotal[] {
  const byYear = new Map<string, number>();
  for (const p of payments) {
    const year = calendarYear(p.date);
    byYear.set(year, (byYear.get(year) ?? 0) + centsOf(p.amount));
  }
  return sortedTotals(byYear);
}

/** Adds totals that fall in the same year (a department's totals from its CPTS'). */
export function addByYear(totals: readonly CalendarYearTotal[]): CalendarYearTotal[] {
  const byYear = new Map<string, number>();
  for (const t of totals) byYear.set(t.year, (byYear.get(t.year) ?? 0) + centsOf(t.total));
  return sortedTotals(byYear);
}

function sortedTotals(byYear: ReadonlyMap<string, number>): CalendarYearTotal[] {
  return [...byYear.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, cents]) => ({ year, total: fromCents(cents) }));
}
