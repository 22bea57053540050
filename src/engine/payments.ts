import { calendarYear, type IsoDate } from './dates';
import type { Component, LineMission } from './missions';
import { Dec, roundToCent, sum, type Dec as Decimal } from './money';
import { findRuleVersion } from './rules';
import type { YearProjection } from './projection';

/**
 * What is paid when (shared/aci-rules.md « Payments »):
 * - fonctionnement: year 1 in full at signature (ACI art. 9.1); from year 2, 75 % at the anniversary that
 *   opens the year and the balance at the one that closes it;
 * - fixed parts (and the crisis plan or its update): 75 % of the year's (prorated) amount when the mission
 *   starts or at the anniversary that opens the year, the balance at the anniversary that closes it
 *   (contrat type art. 6.2);
 * - variable parts and crisis activation: assessed at the year's end, paid with its balance.
 */
export type PaymentKind = 'fonctionnement' | 'advance' | 'balance';

export interface PaymentPart {
  readonly mission: LineMission;
  readonly component: Component;
  readonly amount: Decimal;
}

export interface Payment {
  readonly date: IsoDate;
  readonly contractYear: number;
  readonly kind: PaymentKind;
  readonly amount: Decimal;
  readonly parts: readonly PaymentPart[];
}

export interface CalendarYearTotal {
  readonly year: string;
  readonly total: Decimal;
}

const KIND_ORDER: Record<PaymentKind, number> = { fonctionnement: 0, balance: 1, advance: 2 };
const ADVANCED: ReadonlySet<Component> = new Set<Component>(['fixe', 'plan', 'mise-a-jour']);
const AT_BALANCE: ReadonlySet<Component> = new Set<Component>(['variable', 'activation']);

export function buildPayments(years: readonly YearProjection[]): Payment[] {
  const groups = new Map<string, { date: IsoDate; contractYear: number; kind: PaymentKind; parts: PaymentPart[] }>();
  const pay = (date: IsoDate, contractYear: number, kind: PaymentKind, part: PaymentPart): void => {
    if (part.amount.isZero()) return;
    const key = `${date}|${contractYear}|${kind}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { date, contractYear, kind, parts: [] }));
    group.parts.push(part);
  };
  for (const year of years) {
    const rules = findRuleVersion(year.ruleVersion);
    if (!rules) throw new Error(`Version des règles inconnue : ${year.ruleVersion}`);
    const share = new Dec(rules.payment.advanceShare.value);
    const inFull = rules.payment.firstYearFonctionnementInFull.value && year.contractYear === 1;
    for (const l of year.lines) {
      const part = (amount: Decimal): PaymentPart => ({ mission: l.mission, component: l.component, amount });
      if (l.component === 'fonctionnement' && inFull) {
        pay(year.start, year.contractYear, 'fonctionnement', part(l.amount));
      } else if (l.component === 'fonctionnement' || ADVANCED.has(l.component)) {
        // The balance is what the advance left: the two always add up to the line, to the cent.
        const advance = roundToCent(l.amount.times(share));
        pay(l.activeFrom, year.contractYear, 'advance', part(advance));
        pay(year.anniversary, year.contractYear, 'balance', part(l.amount.minus(advance)));
      } else if (AT_BALANCE.has(l.component)) {
        pay(year.anniversary, year.contractYear, 'balance', part(l.amount));
      }
    }
  }
  return [...groups.values()]
    .map((g) => ({ ...g, amount: sum(g.parts.map((p) => p.amount)) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.contractYear - b.contractYear || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
}

/** What is paid between 1 January and 31 December: budgets are voted per calendar year. */
export function totalsByCalendarYear(payments: readonly Payment[]): CalendarYearTotal[] {
  const totals = new Map<string, Decimal>();
  for (const p of payments) {
    const y = calendarYear(p.date);
    totals.set(y, (totals.get(y) ?? new Dec(0)).plus(p.amount));
  }
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, total]) => ({ year, total }));
}
