/** The scenario format: field names and mission ids are a contract with users' files (schema.ts describes each field once). */
import type { IsoDate } from '../calendar/dates';
import type { MissionId, StandardMissionId } from '../vocabulary/missions';
import type { HORS_ACI_KINDS, PAID_NATURES, ScenarioFormat } from './choices';

/**
 * One result indicator of a mission, as the CPTS's contract sets it (format 2). Its achievement for a year is
 * (actual − baseline) / (target − baseline), clamped to [0, 1]; the mission's rate is the weighted mean.
 */
export interface IndicatorInput {
  readonly name: string;
  /** Relative weight (≥ 0; the weights of a mission must not all be 0). */
  readonly weight: number;
  /** Starting value (« valeur de départ »). */
  readonly baseline: number;
  /** Target for contract years 1 to 5. */
  readonly targets: readonly number[];
  /** Achieved value for contract years 1 to 5; null where not known yet. */
  readonly actuals: readonly (number | null)[];
}

export interface MissionInput {
  readonly mission: MissionId;
  readonly startDate: IsoDate;
  /** Achievement of the variable part for contract years 1 to 5, fractions from 0 to 1. */
  readonly rates: readonly number[];
  /** Contract years in which the ARS recognises a serious health crisis (crisis mission only). */
  readonly crisisYears?: readonly number[];
  /** Format 2: the contract's indicators; a year where every one has an actual uses them instead of `rates`. */
  readonly indicators?: readonly IndicatorInput[];
}

/** Format 2: amounts paid outside the ACI (shared/aci-rules.md « Outside the ACI »), never in ACI totals. */
export type HorsAciKind = (typeof HORS_ACI_KINDS)[number];
export interface HorsAciInput {
  readonly kind: HorsAciKind;
  readonly date: IsoDate;
  /** Decimal string with two decimals; absent: the rule table's amount for the CPTS's size. */
  readonly amount?: string;
}

/** Format 2: a payment actually received, for the reconciliation with the planned calendar. */
export type PaidNature = (typeof PAID_NATURES)[number];
export interface PaidInput {
  readonly date: IsoDate;
  /** 1, or 2 for an assumed renewal; defaults to 1 in files. */
  readonly contract: number;
  readonly contractYear: number;
  readonly nature: PaidNature;
  /** Decimal string with two decimals. */
  readonly amount: string;
}

/**
 * Format 2: the open rules' settings (shared/aci-rules.md), each overriding the rule versions' default for this
 * scenario. Absent: the default of the rule version in force.
 */
export interface ScenarioParameters {
  /** Year 1's fonctionnement: in full at signature (the text) or a 75 % advance with the fixed parts. */
  readonly firstYearFonctionnement?: 'integral' | 'avance';
  /** Share paid as an advance, a fraction in ]0, 1]. */
  readonly advanceShare?: number;
  /** Prorata of a part-year: actual days ÷ days in the contract year, or whole months ÷ 12. */
  readonly prorataDayCount?: 'actual-days' | 'whole-months';
  /** Whether the variable part of a mission started mid-year is prorated like its fixed part. */
  readonly prorateVariablePart?: boolean;
  /** Achievement rate below which no variable part is paid, a fraction in [0, 1]. */
  readonly variableThreshold?: number;
  /**
   * Which size a population of exactly 40 000, 80 000 or 175 000 falls in: `text` (40 000 and 80 000 in taille 2,
   * 175 000 in taille 3), `lower` (each in the smaller size), `upper` (each in the larger size).
   */
  readonly sizeBoundaries?: 'text' | 'lower' | 'upper';
  /** First day avenant 2 applies. */
  readonly avenant2EffectiveDate?: IsoDate;
  /** Avenant 2's +75 % on fonctionnement: every year, or only the payment at signature. */
  readonly fonctionnementIncrease?: 'yearly' | 'signature-only';
}

/** Format 2: how indicators turn into a rate: linear (the workbook's convention) or steps (« paliers »). */
export type IndicatorMethod = { readonly kind: 'linear' } | { readonly kind: 'steps'; readonly steps: readonly number[] };

export interface CptsInput {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly signatureDate: IsoDate;
  /** Overrides the scenario's setting for this CPTS ("auto" or a version id). */
  readonly ruleVersion?: string;
  readonly missions: readonly MissionInput[];
  /** Format 2: a second five-year contract assumed, signed the day after the first ends. Default false. */
  readonly renewal?: boolean;
  /** Format 2: « hors ACI » amounts (ARS start-up aid, pre-contract forfait). */
  readonly horsAci?: readonly HorsAciInput[];
  /** Format 2: payments actually received. */
  readonly paid?: readonly PaidInput[];
}

export interface StandardMissionBareme {
  readonly fixed: string;
  readonly variable: string;
}
export interface CrisisMissionBareme {
  readonly plan: string;
  readonly update: string;
  readonly activation: string;
}
export type MissionsBareme = { readonly [K in StandardMissionId]: StandardMissionBareme } & {
  readonly 'crises-sanitaires': CrisisMissionBareme;
};
export interface SizeBareme {
  readonly fonctionnement: string;
  readonly missions: MissionsBareme;
}
export type SizeKey = '1' | '2' | '3' | '4';
/** Amounts of a CPTS's own contract (its art. 5 table), overriding the built-in table for the sizes given. */
export interface Bareme {
  readonly label?: string;
  readonly sizes: Readonly<Partial<Record<SizeKey, SizeBareme>>>;
}

export interface Scenario {
  /** Validation always gives the format written today; objects built in code may still say format 1. */
  readonly format: ScenarioFormat;
  readonly name: string;
  /** "auto": the version in force at each contract year's start; or a version id, forced for every year. */
  readonly ruleVersion: string;
  readonly cpts: readonly CptsInput[];
  readonly bareme?: Bareme;
  /** Format 2: settings of the open rules for this scenario. */
  readonly parameters?: ScenarioParameters;
  /** Format 2: how indicators become rates; absent: linear. */
  readonly indicatorMethod?: IndicatorMethod;
}

/** The rule setting that governs a CPTS: its own, else the scenario's. */
export function ruleSettingOf(scenario: Scenario, cpts: CptsInput): string {
  return cpts.ruleVersion ?? scenario.ruleVersion;
}
