/**
 * A frozen copy of the engine's projection and payment calendar as they were before integer-cent accumulation
 * (main at the merge of the rules and runner work), all in decimal.js: the oracle the exactness property test
 * compares the engine with. Never used by the application. Only the sums and the grouping live here; line
 * amounts, rule data, dates and tables are the engine's own.
 */
import type { PaymentSettings } from '../../../../src/engine/projection/payments';
import type { CalendarYearTotal, Payment, PaymentKind, PaymentPart } from '../../../../src/engine/projection/model';
import { calendarYear, type IsoDate } from '../../../../src/engine/calendar/dates';
import type { Component, LineMission } from '../../../../src/engine/vocabulary/missions';
import { Dec, roundToCent, type Dec as Decimal } from '../../../../src/engine/money/money';
import { builtInParameters } from '../../../../src/engine/rules/parameters';
import type { YearProjection } from '../../../../src/engine/projection/model';

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
const AT_BALANCE: ReadonlySet<Component> = new Set<Component>(['variable', 'activation']);

/**
 * Advance and balance of an amount. Full-year amounts are the rule table's own instances, so a
 * department of a thousand CPTS splits each of them once (memoised on the instance, never on a float).
 */
const splits = new WeakMap<Decimal, { readonly share: Decimal; readonly advance: Decimal; readonly balance: Decimal }>();
function splitAdvance(amount: Decimal, share: Decimal): { readonly advance: Decimal; readonly balance: Decimal } {
  const known = splits.get(amount);
  if (known && known.share === share) return known;
  // The balance is what the advance left: the two always add up to the amount, to the cent.
  const advance = roundToCent(amount.times(share));
  const split = { share, advance, balance: amount.minus(advance) };
  splits.set(amount, split);
  return split;
}

/** One decimal per share value, so that the memoised splits above are found again across CPTS and runs. */
const shareDecimals = new Map<number, Decimal>();
function shareOf(value: number): Decimal {
  let share = shareDecimals.get(value);
  if (!share) shareDecimals.set(value, (share = new Dec(value)));
  return share;
}

type Group = { date: IsoDate; contract: number; renewalAssumed: boolean; contractYear: number; kind: PaymentKind; amount: Decimal; parts: PaymentPart[] };

export function buildPayments(years: readonly YearProjection[], settings: PaymentSettings = builtInParameters()): Payment[] {
  const share = shareOf(settings.advanceShare);
  const firstInFull = settings.firstYearFonctionnement === 'integral';
  // A contract has a dozen payment dates: groups are found by date, then among the few on that date.
  const byDate = new Map<IsoDate, Group[]>();
  const all: Group[] = [];
  const pay = (date: IsoDate, contractYear: number, kind: PaymentKind, mission: LineMission, component: Component, amount: Decimal): void => {
    if (amount.isZero()) return;
    const part: PaymentPart = { mission, component, amount, provisional: false };
    let onDate = byDate.get(date);
    if (!onDate) byDate.set(date, (onDate = []));
    const group = onDate.find((g) => g.contractYear === contractYear && g.kind === kind);
    if (group) {
      group.parts.push(part);
      group.amount = group.amount.plus(amount);
    } else {
      const created: Group = { date, contract: 1, renewalAssumed: false, contractYear, kind, amount, parts: [part] };
      onDate.push(created);
      all.push(created);
    }
  };
  for (const year of years) {
    const inFull = year.contractYear === 1 && firstInFull;
    const cy = year.contractYear;
    for (const l of year.lines) {
      if (l.component === 'fonctionnement' && inFull) {
        pay(year.start, cy, 'fonctionnement', l.mission, l.component, l.amount);
      } else if (l.component === 'fonctionnement' || ADVANCED.has(l.component)) {
        const { advance, balance } = splitAdvance(l.amount, share);
        pay(l.activeFrom, cy, 'advance', l.mission, l.component, advance);
        pay(year.anniversary, cy, 'balance', l.mission, l.component, balance);
      } else if (AT_BALANCE.has(l.component)) {
        pay(year.anniversary, cy, 'balance', l.mission, l.component, l.amount);
      }
    }
  }
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.contractYear - b.contractYear || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
}

/** What is paid between 1 January and 31 December: budgets are voted per calendar year. */
export function totalsByCalendarYear(payments: readonly Payment[]): CalendarYearTotal[] {
  return addByYear(payments.map((p) => ({ year: calendarYear(p.date), total: p.amount })));
}

/** Adds totals that fall in the same year (a department's totals from its CPTS'). */
export function addByYear(totals: readonly CalendarYearTotal[]): CalendarYearTotal[] {
  const byYear = new Map<string, Decimal>();
  for (const t of totals) {
    const known = byYear.get(t.year);
    byYear.set(t.year, known ? known.plus(t.total) : t.total);
  }
  return [...byYear.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, total]) => ({ year, total }));
}
