import { BudgetAccumulator, cptsBudget, HORS_ACI_NATURES, horsAciTotal, type CalendarYearBudget } from '../analysis/budget';
import type { HorsAciLine } from './hors-aci';
import { formatAmount, formatRate, ZERO, type Dec as Decimal } from '../money/money';
import { addByYear } from './payments';
import type { CalendarYearTotal } from './model';
import type { CptsProjection, Projection, ProjectionLine } from './model';
import { latePayments, reconciliationOf, type Reconciliation } from '../analysis/reconciliation';
import type { IsoDate } from '../calendar/dates';
import type { ResolvedParameters } from '../rules/parameters';
import { rulesCurrentTo } from '../rules';
import { formatIssue } from '../scenario/validation';

/**
 * The projection as plain JSON (the CLI's output, the shape tests and other tools read): dates as
 * YYYY-MM-DD, amounts as decimal strings with two decimals, rates as exact decimal strings.
 */
export interface LineJson {
  readonly mission: string;
  readonly component: string;
  readonly max: string;
  readonly prorata: string | null;
  readonly rate: string;
  readonly amount: string;
  readonly source: { readonly ruleVersion: string; readonly reference: string; readonly status: string };
  /** Variable lines only: `indicateurs` (the year's indicators) or `saisie` (the rate typed in `rates`). */
  readonly rateSource?: string;
  /** Lines rated by indicators: the rate as the exact fraction the amount was computed with (« 2/3 »). */
  readonly rateFraction?: string;
}

/** Payments made against the calendar; `late` only when the caller says what « today » is. */
export interface ReconciliationJson {
  /** Some payment made was given for this CPTS (without any, `late` is empty: nothing entered is not nothing paid). */
  readonly recorded: boolean;
  readonly byContractYear: readonly {
    readonly contract: number;
    readonly contractYear: number;
    readonly planned: string;
    readonly paid: string;
    readonly difference: string;
  }[];
  /** The CPTS's ACI total minus the ACI payments made. */
  readonly remaining: string;
  readonly paid: string;
  readonly horsAciPlanned: string;
  readonly horsAciPaid: string;
  readonly unmatched: readonly {
    readonly date: string;
    readonly contract: number;
    readonly contractYear: number;
    readonly nature: string;
    readonly amount: string;
  }[];
  readonly late?: readonly {
    readonly date: string;
    readonly contract: number;
    readonly contractYear: number;
    readonly kind: string;
    readonly planned: string;
    readonly paid: string;
    readonly missing: string;
  }[];
}

export interface JsonOptions {
  /** « Today », for late payments (the CLI gives the local date); absent: no `late` list. */
  readonly today?: IsoDate;
}

function reconciliationJson(r: Reconciliation, today: IsoDate | undefined): ReconciliationJson {
  return {
    recorded: r.recorded,
    byContractYear: r.byContractYear.map((y) => ({
      contract: y.contract,
      contractYear: y.contractYear,
      planned: formatAmount(y.planned),
      paid: formatAmount(y.paid),
      difference: formatAmount(y.difference),
    })),
    remaining: formatAmount(r.remaining),
    paid: formatAmount(r.paid),
    horsAciPlanned: formatAmount(r.horsAciPlanned),
    horsAciPaid: formatAmount(r.horsAciPaid),
    unmatched: r.unmatched.map((p) => ({ date: p.date, contract: p.contract, contractYear: p.contractYear, nature: p.nature, amount: p.amount })),
    ...(today
      ? {
          late: latePayments(r, today).map((l) => ({
            date: l.date,
            contract: l.contract,
            contractYear: l.contractYear,
            kind: l.kind,
            planned: formatAmount(l.planned),
            paid: formatAmount(l.paid),
            missing: formatAmount(l.missing),
          })),
        }
      : {}),
  };
}

export type CptsJson = {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly size: number;
  readonly sizeOnBoundary: boolean;
  readonly provisional: boolean;
  /** Euros resting on « à vérifier » or « provisoire » amounts, and their share of the total (a decimal fraction). */
  readonly provisionalAmount: string;
  readonly provisionalShare: string;
  readonly years: readonly {
    /** 1, or 2 for an assumed renewal. */
    readonly contract: number;
    readonly renewalAssumed: boolean;
    readonly contractYear: number;
    readonly start: string;
    readonly end: string;
    readonly ruleVersion: string;
    readonly lines: readonly LineJson[];
    readonly total: string;
  }[];
  readonly payments: readonly {
    readonly date: string;
    readonly contract: number;
    readonly renewalAssumed: boolean;
    readonly contractYear: number;
    readonly kind: string;
    readonly amount: string;
  }[];
  /** ACI payments per calendar year. */
  readonly totalsByCalendarYear: Readonly<Record<string, string>>;
  /** Of those, what rests on an assumed renewal. */
  readonly renewalAssumedByCalendarYear: Readonly<Record<string, string>>;
  readonly total: string;
  readonly horsAci: readonly HorsAciJson[];
  readonly horsAciTotal: string;
  readonly reconciliation: ReconciliationJson;
};

export interface ProjectionJson {
  readonly ruleVersion: string;
  readonly ruleVersions: readonly string[];
  readonly rulesCurrentTo: string;
  /** The open rules' settings the run used (the scenario's own, else the built-in ones). */
  readonly parameters: ResolvedParameters;
  readonly scenario: string;
  readonly cpts: readonly CptsJson[];
  readonly totalsByCalendarYear: Readonly<Record<string, string>>;
  readonly renewalAssumedByCalendarYear: Readonly<Record<string, string>>;
  readonly horsAciByCalendarYear: Readonly<Record<string, string>>;
  /** ACI and hors ACI together, per calendar year: « y compris hors ACI ». */
  readonly includingHorsAciByCalendarYear: Readonly<Record<string, string>>;
  /** ACI only. */
  readonly total: string;
  readonly horsAciTotal: string;
  readonly totalIncludingHorsAci: string;
  readonly warnings: readonly string[];
}

/** A « hors ACI » line: `source` says whether the amount was entered (`saisie`) or taken from the rule table (`regles`). */
export interface HorsAciJson {
  readonly date: string;
  readonly kind: string;
  readonly nature: string;
  readonly amount: string;
  readonly source: string;
  /** The rule table's status (`confirmed`, `to-verify`…), null for an entered amount. */
  readonly status: string | null;
  readonly deductedFromContract: boolean;
}

function horsAciJson(h: HorsAciLine): HorsAciJson {
  return {
    date: h.date,
    kind: h.kind,
    nature: HORS_ACI_NATURES[h.kind],
    amount: formatAmount(h.amount),
    source: h.source,
    status: h.status,
    deductedFromContract: h.deductedFromContract,
  };
}

function budgetColumn(budget: readonly CalendarYearBudget[], pick: (b: CalendarYearBudget) => Decimal): Record<string, string> {
  return Object.fromEntries(budget.map((b) => [b.year, formatAmount(pick(b))]));
}

function lineJson(l: ProjectionLine): LineJson {
  return {
    mission: l.mission,
    component: l.component,
    max: formatAmount(l.max),
    prorata: l.prorata ? `${l.prorata.days}/${l.prorata.daysInYear}` : null,
    rate: formatRate(l.rate),
    amount: formatAmount(l.amount),
    source: { ruleVersion: l.source.ruleVersion, reference: l.source.reference, status: l.source.status },
    ...(l.rateSource ? { rateSource: l.rateSource } : {}),
    ...(l.indicators ? { rateFraction: `${l.indicators.rate.numerator.toString()}/${l.indicators.rate.denominator.toString()}` } : {}),
  };
}

export function byYear(totals: readonly CalendarYearTotal[]): Record<string, string> {
  return Object.fromEntries(totals.map((t) => [t.year, formatAmount(t.total)]));
}

export function projectionToJson(p: Projection, options: JsonOptions = {}): ProjectionJson {
  const totals = new SetTotals();
  for (const c of p.cpts) totals.add(c);
  return {
    ruleVersion: p.ruleSetting,
    ruleVersions: p.ruleVersions,
    rulesCurrentTo: rulesCurrentTo(),
    parameters: p.parameters,
    scenario: p.scenarioName,
    cpts: p.cpts.map((c) => cptsToJson(c, options)),
    ...totals.json(),
    warnings: p.warnings.map(formatIssue),
  };
}

/** The set's totals in the JSON, added up CPTS by CPTS: one computation for the whole document and the streamed one. */
export type SetTotalsJson = Pick<
  ProjectionJson,
  | 'totalsByCalendarYear'
  | 'renewalAssumedByCalendarYear'
  | 'horsAciByCalendarYear'
  | 'includingHorsAciByCalendarYear'
  | 'total'
  | 'horsAciTotal'
  | 'totalIncludingHorsAci'
>;

export class SetTotals {
  private years: CalendarYearTotal[] = [];
  private total: Decimal = ZERO;
  private horsAci: Decimal = ZERO;
  private readonly budget = new BudgetAccumulator();

  add(c: CptsProjection): void {
    // A contract spans six calendar years (eleven with a renewal): the merged list stays short.
    this.years = addByYear([...this.years, ...c.totalsByCalendarYear]);
    this.total = this.total.plus(c.total);
    this.horsAci = this.horsAci.plus(horsAciTotal(c.horsAci));
    this.budget.add(c);
  }

  json(): SetTotalsJson {
    const budget = this.budget.rows();
    return {
      totalsByCalendarYear: byYear(this.years),
      renewalAssumedByCalendarYear: budgetColumn(budget, (b) => b.renewalAssumed),
      horsAciByCalendarYear: budgetColumn(
        budget.filter((b) => !b.horsAci.isZero()),
        (b) => b.horsAci,
      ),
      includingHorsAciByCalendarYear: budgetColumn(budget, (b) => b.includingHorsAci),
      total: formatAmount(this.total),
      horsAciTotal: formatAmount(this.horsAci),
      totalIncludingHorsAci: formatAmount(this.total.plus(this.horsAci)),
    };
  }
}

/** One CPTS of the projection as JSON (also written one at a time by the CLI). */
export function cptsToJson(c: CptsProjection, options: JsonOptions = {}): CptsJson {
  return {
    id: c.id,
    name: c.name,
    population: c.population,
    size: c.size,
    sizeOnBoundary: c.sizeOnBoundary,
    provisional: c.provisional,
    provisionalAmount: formatAmount(c.provisionalAmount),
    provisionalShare: c.provisionalShare.toSignificantDigits(6).toString(),
    years: c.years.map((y) => ({
      contract: y.contract,
      renewalAssumed: y.renewalAssumed,
      contractYear: y.contractYear,
      start: y.start,
      end: y.end,
      ruleVersion: y.ruleVersion,
      lines: y.lines.map(lineJson),
      total: formatAmount(y.total),
    })),
    payments: c.payments.map((pay) => ({
      date: pay.date,
      contract: pay.contract,
      renewalAssumed: pay.renewalAssumed,
      contractYear: pay.contractYear,
      kind: pay.kind,
      amount: formatAmount(pay.amount),
    })),
    totalsByCalendarYear: byYear(c.totalsByCalendarYear),
    renewalAssumedByCalendarYear: budgetColumn(cptsBudget(c), (b) => b.renewalAssumed),
    total: formatAmount(c.total),
    horsAci: c.horsAci.map(horsAciJson),
    horsAciTotal: formatAmount(horsAciTotal(c.horsAci)),
    reconciliation: reconciliationJson(reconciliationOf(c), options.today),
  };
}
