import { formatAmount, formatRate } from './money';
import type { CalendarYearTotal } from './payments';
import type { Projection, ProjectionLine } from './projection';
import { latePayments, type Reconciliation } from './reconciliation';
import type { IsoDate } from './dates';
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
  /** Variable lines only: `indicateurs` (the year's indicators) or `saisie` (the rate typed in `rates`). */
  readonly rateSource?: string;
  /** Lines rated by indicators: the rate as the exact fraction the amount was computed with (« 2/3 »). */
  readonly rateFraction?: string;
}

export interface ProjectionJson {
  readonly ruleVersion: string;
  readonly ruleVersions: readonly string[];
  readonly rulesCurrentTo: string;
  readonly scenario: string;
  readonly cpts: readonly {
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
      readonly contractYear: number;
      readonly start: string;
      readonly end: string;
      readonly ruleVersion: string;
      readonly lines: readonly LineJson[];
      readonly total: string;
    }[];
    readonly payments: readonly { readonly date: string; readonly contractYear: number; readonly kind: string; readonly amount: string }[];
    readonly totalsByCalendarYear: Readonly<Record<string, string>>;
    readonly total: string;
    readonly reconciliation: ReconciliationJson;
  }[];
  readonly totalsByCalendarYear: Readonly<Record<string, string>>;
  readonly total: string;
  readonly warnings: readonly string[];
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

function byYear(totals: readonly CalendarYearTotal[]): Record<string, string> {
  return Object.fromEntries(totals.map((t) => [t.year, formatAmount(t.total)]));
}

export function projectionToJson(p: Projection, options: JsonOptions = {}): ProjectionJson {
  return {
    ruleVersion: p.ruleSetting,
    ruleVersions: p.ruleVersions,
    rulesCurrentTo: rulesCurrentTo(),
    scenario: p.scenarioName,
    cpts: p.cpts.map((c) => ({
      id: c.id,
      name: c.name,
      population: c.population,
      size: c.size,
      sizeOnBoundary: c.sizeOnBoundary,
      provisional: c.provisional,
      provisionalAmount: formatAmount(c.provisionalAmount),
      provisionalShare: c.provisionalShare.toSignificantDigits(6).toString(),
      years: c.years.map((y) => ({
        contractYear: y.contractYear,
        start: y.start,
        end: y.end,
        ruleVersion: y.ruleVersion,
        lines: y.lines.map(lineJson),
        total: formatAmount(y.total),
      })),
      payments: c.payments.map((pay) => ({ date: pay.date, contractYear: pay.contractYear, kind: pay.kind, amount: formatAmount(pay.amount) })),
      totalsByCalendarYear: byYear(c.totalsByCalendarYear),
      total: formatAmount(c.total),
      reconciliation: reconciliationJson(c.reconciliation, options.today),
    })),
    totalsByCalendarYear: byYear(p.totalsByCalendarYear),
    total: formatAmount(p.total),
    warnings: p.warnings.map(formatIssue),
  };
}
