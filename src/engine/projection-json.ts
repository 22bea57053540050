import { BudgetAccumulator, cptsBudget, HORS_ACI_NATURES, horsAciTotal, type CalendarYearBudget } from './budget';
import type { HorsAciLine } from './hors-aci';
import { formatAmount, formatRate, ZERO, type Dec as Decimal } from './money';
import { addByYear, type CalendarYearTotal } from './payments';
import type { CptsProjection, Projection, ProjectionLine } from './projection';
import type { ResolvedParameters } from './parameters';
import { rulesCurrentTo } from './rules';
import { formatIssue } from './validation';

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
  };
}

export function byYear(totals: readonly CalendarYearTotal[]): Record<string, string> {
  return Object.fromEntries(totals.map((t) => [t.year, formatAmount(t.total)]));
}

export function projectionToJson(p: Projection): ProjectionJson {
  const totals = new SetTotals();
  for (const c of p.cpts) totals.add(c);
  return {
    ruleVersion: p.ruleSetting,
    ruleVersions: p.ruleVersions,
    rulesCurrentTo: rulesCurrentTo(),
    parameters: p.parameters,
    scenario: p.scenarioName,
    cpts: p.cpts.map(cptsToJson),
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
export function cptsToJson(c: CptsProjection): CptsJson {
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
  };
}
