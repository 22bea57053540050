import { horsAciTotal } from './budget';
import type { IsoDate } from '../calendar/dates';
import type { HorsAciLine } from '../projection/hors-aci';
import { Dec, sum, ZERO, type Dec as Decimal } from '../money/money';
import type { Payment, PaymentKind } from '../projection/model';
import type { PaidInput, PaidNature } from '../scenario/types';

/**
 * Payments made against the planned calendar (issue 12 §2), per CPTS. Pure: « today » only decides what is
 * late, and is given by the caller (`latePayments`).
 * - per contract (1, or 2 for an assumed renewal) and contract year: planned, paid, difference (paid − planned,
 *   negative while something is still due);
 * - « reste à verser » = the CPTS's ACI total minus the ACI payments made; hors ACI payments are reconciled
 *   apart and never enter ACI figures;
 * - each planned payment receives what was paid for its contract, contract year and nature, in date order;
 * - a payment made that matches no planned payment (no such nature that year) is listed, never dropped.
 */

/** The planned payment's contract: 1 unless the projection says otherwise (renewals add contract 2). */
type Planned = Payment & { readonly contract?: number };

/** What a payment made of each nature pays, in the calendar's kinds; hors ACI is not an ACI kind. */
const KIND_OF: Readonly<Record<Exclude<PaidNature, 'hors-aci'>, PaymentKind>> = { fonctionnement: 'fonctionnement', avance: 'advance', solde: 'balance' };

export interface ReconciliationRow {
  readonly contract: number;
  readonly contractYear: number;
  readonly planned: Decimal;
  readonly paid: Decimal;
  /** paid − planned: negative while something is still due, positive when more was paid than planned. */
  readonly difference: Decimal;
}

/** A planned payment and what was paid against it. */
export interface PlannedAgainstPaid {
  readonly date: IsoDate;
  readonly contract: number;
  readonly contractYear: number;
  readonly kind: PaymentKind;
  readonly planned: Decimal;
  readonly paid: Decimal;
}

export interface LatePayment extends PlannedAgainstPaid {
  /** planned − paid. */
  readonly missing: Decimal;
}

export interface Reconciliation {
  /**
   * Some payment made was entered for this CPTS. Without any, nothing can be late: « nothing entered » is not
   * « nothing paid » (a workbook that does not track payments would otherwise show every past date as late).
   */
  readonly recorded: boolean;
  readonly byContractYear: readonly ReconciliationRow[];
  /** Every planned payment, in date order, with what was paid against it. */
  readonly planned: readonly PlannedAgainstPaid[];
  /** ACI payments made (hors ACI excluded). */
  readonly paid: Decimal;
  /** The CPTS's ACI total minus the ACI payments made. */
  readonly remaining: Decimal;
  /** Payments made with no planned payment of their contract, year and nature: shown, never dropped. */
  readonly unmatched: readonly PaidInput[];
  /** Hors ACI amounts planned (the CPTS's « hors ACI » lines) and paid, reconciled apart from the ACI. */
  readonly horsAciPlanned: Decimal;
  readonly horsAciPaid: Decimal;
}

/** What a CPTS's reconciliation reads from its projection. */
export interface ReconciledCpts {
  readonly payments: readonly Planned[];
  readonly total: Decimal;
  readonly paid: readonly PaidInput[];
  readonly horsAci: readonly HorsAciLine[];
}

/**
 * A CPTS's payments made against its planned calendar, hors ACI apart. Worked out where it is shown (the CLI's
 * JSON, the dialogue sheet, the pane), so that a run does not build it for every CPTS it projects.
 */
export function reconciliationOf(c: ReconciledCpts): Reconciliation {
  return reconcile(c.payments, c.total, c.paid, horsAciTotal(c.horsAci));
}

const keyOf = (contract: number, contractYear: number, kind: PaymentKind): string => `${contract}/${contractYear}/${kind}`;
/** An ACI payment made's key: its contract, year and the calendar's kind its nature pays. */
const paidKey = (p: PaidInput): string => keyOf(p.contract, p.contractYear, KIND_OF[p.nature as keyof typeof KIND_OF]);

export function reconcile(payments: readonly Planned[], aciTotal: Decimal, paid: readonly PaidInput[] = [], horsAciPlanned: Decimal = ZERO): Reconciliation {
  const aciPaid = paid.filter((p) => p.nature !== 'hors-aci');
  const horsAci = paid.filter((p) => p.nature === 'hors-aci');
  // What was paid per contract, year and nature, to share among that key's planned payments in date order.
  const pool = new Map<string, Decimal>();
  for (const p of aciPaid) {
    const key = paidKey(p);
    pool.set(key, (pool.get(key) ?? ZERO).plus(new Dec(p.amount)));
  }
  const plannedKeys = new Set<string>();
  const lastOfKey = new Map<string, number>();
  payments.forEach((pay, i) => {
    const key = keyOf(pay.contract ?? 1, pay.contractYear, pay.kind);
    plannedKeys.add(key);
    lastOfKey.set(key, i);
  });
  const planned = payments.map((pay, i): PlannedAgainstPaid => {
    const contract = pay.contract ?? 1;
    const key = keyOf(contract, pay.contractYear, pay.kind);
    const available = pool.get(key) ?? ZERO;
    // The last planned payment of a key takes whatever is left, so an overpayment stays visible on it.
    const taken = lastOfKey.get(key) === i ? available : smaller(available, pay.amount);
    pool.set(key, available.minus(taken));
    return { date: pay.date, contract, contractYear: pay.contractYear, kind: pay.kind, planned: pay.amount, paid: taken };
  });
  const unmatched = aciPaid.filter((p) => !plannedKeys.has(paidKey(p)));
  const years = new Map<string, { contract: number; contractYear: number; planned: Decimal; paid: Decimal }>();
  const year = (contract: number, contractYear: number) => {
    const key = `${contract}/${contractYear}`;
    let row = years.get(key);
    if (!row) years.set(key, (row = { contract, contractYear, planned: ZERO, paid: ZERO }));
    return row;
  };
  for (const pay of payments) {
    const row = year(pay.contract ?? 1, pay.contractYear);
    row.planned = row.planned.plus(pay.amount);
  }
  for (const p of aciPaid) {
    const row = year(p.contract, p.contractYear);
    row.paid = row.paid.plus(new Dec(p.amount));
  }
  const byContractYear = [...years.values()]
    .sort((a, b) => a.contract - b.contract || a.contractYear - b.contractYear)
    .map((r) => ({ ...r, difference: r.paid.minus(r.planned) }));
  const paidTotal = sum(aciPaid.map((p) => new Dec(p.amount)));
  return {
    recorded: paid.length > 0,
    byContractYear,
    planned,
    paid: paidTotal,
    remaining: aciTotal.minus(paidTotal),
    unmatched,
    horsAciPlanned,
    horsAciPaid: sum(horsAci.map((p) => new Dec(p.amount))),
  };
}

function smaller(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

/** Planned payments whose date has passed (strictly before `today`) with less paid than planned; none when no payment was entered. */
export function latePayments(reconciliation: Reconciliation, today: IsoDate): LatePayment[] {
  return reconciliation.recorded ? owing(reconciliation, (date) => date < today) : [];
}

/** Planned payments still to come on `today` (on or after it), with what is still due on each. */
export function paymentsToCome(reconciliation: Reconciliation, today: IsoDate): LatePayment[] {
  return owing(reconciliation, (date) => date >= today);
}

/** What the payments listed still miss, in all (the « dont en retard » of a contract's balance). */
export function missingTotal(payments: readonly LatePayment[]): Decimal {
  return sum(payments.map((p) => p.missing));
}

/** Planned payments on the dates kept with less paid than planned, and what is missing on each. */
function owing(reconciliation: Reconciliation, keep: (date: IsoDate) => boolean): LatePayment[] {
  return reconciliation.planned.filter((p) => keep(p.date) && p.paid.lessThan(p.planned)).map((p) => ({ ...p, missing: p.planned.minus(p.paid) }));
}
