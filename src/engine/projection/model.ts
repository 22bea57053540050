/**
 * The projection's model: what `project` returns, line by line, year by year, payment by payment. Types only,
 * so that the projection, the payment calendar and every analysis share them without importing each other.
 */
import type { ContractPeriod } from '../calendar/contract';
import type { IsoDate } from '../calendar/dates';
import type { Dec as Decimal } from '../money/money';
import type { LineSource } from '../rules/amounts';
import type { ResolvedParameters } from '../rules/parameters';
import type { PaidInput } from '../scenario/types';
import type { Component, LineMission } from '../vocabulary/missions';
import type { Size } from '../vocabulary/sizes';
import type { HorsAciLine } from './hors-aci';
import type { IndicatorRate } from './indicators';
import type { Prorata } from './line-amount';
import type { Warning } from './warnings';

/** Where a variable part's rate comes from: the contract's indicators, or the rate typed in `rates`. */
export type RateSource = 'indicateurs' | 'saisie';

/** One amount: a component of a mission (or the fonctionnement) for one contract year. */
export interface ProjectionLine {
  readonly mission: LineMission;
  readonly component: Component;
  /** Full-year maximum from the table in force. */
  readonly max: Decimal;
  /** Null for a full year. */
  readonly prorata: Prorata | null;
  /** Achievement rate applied (1 for fixed amounts). */
  readonly rate: Decimal;
  /** max × prorata × rate, computed exactly and rounded half-up to the cent once (`lineAmount`). */
  readonly amount: Decimal;
  /** Variable parts: the threshold below which nothing was paid (the scenario's `variableThreshold`). */
  readonly threshold?: Decimal;
  /** First day of the year the component is due from (its advance date, for fixed parts). */
  readonly activeFrom: IsoDate;
  readonly source: LineSource;
  /** Variable parts only: whether the rate comes from the indicators or was typed. */
  readonly rateSource?: RateSource;
  /** Variable parts whose rate comes from the indicators: each indicator's arithmetic. */
  readonly indicators?: IndicatorRate;
}

export interface YearProjection extends ContractPeriod {
  /** 1 for the signed contract, 2 for an assumed renewal (renewal.ts). */
  readonly contract: number;
  /** « renouvellement supposé »: every line of the year rests on the renewal the scenario assumes. */
  readonly renewalAssumed: boolean;
  readonly ruleVersion: string;
  readonly lines: readonly ProjectionLine[];
  readonly total: Decimal;
}

export interface CptsProjection {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly size: Size;
  /** The population sits where the text does not say which size applies (40 000, 80 000, 175 000). */
  readonly sizeOnBoundary: boolean;
  readonly signatureDate: IsoDate;
  /** Last day of the signed contract (an assumed renewal runs on to `years`' last end). */
  readonly contractEnd: IsoDate;
  /** Contract years of the signed contract, then those of the assumed renewal if any. */
  readonly years: readonly YearProjection[];
  readonly payments: readonly Payment[];
  readonly totalsByCalendarYear: readonly CalendarYearTotal[];
  readonly total: Decimal;
  /** « Hors ACI » amounts, dated: never in `total`, `payments` or `totalsByCalendarYear`. */
  readonly horsAci: readonly HorsAciLine[];
  /** Some of its euros rest on amounts « à vérifier » or « provisoire » (`provisionalAmount` > 0). */
  readonly provisional: boolean;
  /** The sum of its lines whose own amount is « à vérifier » or « provisoire » (`isProvisionalStatus`). */
  readonly provisionalAmount: Decimal;
  /** provisionalAmount ÷ total (0 when the total is 0), a fraction. */
  readonly provisionalShare: Decimal;
  /**
   * Payments made, as the scenario gives them (`paid`; empty when none). Their reconciliation with `payments` is
   * worked out where it is shown (`reconciliationOf`), not for every CPTS of every run.
   */
  readonly paid: readonly PaidInput[];
}

export interface Projection {
  readonly scenarioName: string;
  /** The scenario's setting: "auto" or the forced version id. */
  readonly ruleSetting: string;
  /** Every version used, in order. */
  readonly ruleVersions: readonly string[];
  readonly cpts: readonly CptsProjection[];
  readonly totalsByCalendarYear: readonly CalendarYearTotal[];
  readonly total: Decimal;
  readonly warnings: readonly Warning[];
  /** The open rules' settings the run used: the scenario's own, else the built-in ones. */
  readonly parameters: ResolvedParameters;
}

export type PaymentKind = 'fonctionnement' | 'advance' | 'balance';

export interface PaymentPart {
  readonly mission: LineMission;
  readonly component: Component;
  readonly amount: Decimal;
  /** The line's amount is not confirmed (derived, à vérifier, provisoire): budgets say how much rests on such. */
  readonly provisional: boolean;
}

export interface Payment {
  readonly date: IsoDate;
  /** 1, or 2 for an assumed renewal. */
  readonly contract: number;
  /** Paid under an assumed renewal (« renouvellement supposé »). */
  readonly renewalAssumed: boolean;
  readonly contractYear: number;
  readonly kind: PaymentKind;
  readonly amount: Decimal;
  readonly parts: readonly PaymentPart[];
}

export interface CalendarYearTotal {
  readonly year: string;
  readonly total: Decimal;
}

export interface PaymentPart {
  readonly mission: LineMission;
  readonly component: Component;
  readonly amount: Decimal;
  /** The line's amount is not confirmed (derived, à vérifier, provisoire): budgets say how much rests on such. */
  readonly provisional: boolean;
}

export interface Payment {
  readonly date: IsoDate;
  /** 1, or 2 for an assumed renewal. */
  readonly contract: number;
  /** Paid under an assumed renewal (« renouvellement supposé »). */
  readonly renewalAssumed: boolean;
  readonly contractYear: number;
  readonly kind: PaymentKind;
  readonly amount: Decimal;
  readonly parts: readonly PaymentPart[];
}

export interface CalendarYearTotal {
  readonly year: string;
  readonly total: Decimal;
}
