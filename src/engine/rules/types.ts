import type { IsoDate } from '../calendar/dates';
import type { Size } from '../vocabulary/sizes';
import type { StandardMissionId } from '../vocabulary/missions';

/**
 * How sure we are of a figure (shared/aci-rules.md):
 * - confirmed: a source states it;
 * - derived: computed from confirmed figures, arithmetic in `note`;
 * - to-verify (« à vérifier »): read in secondary material (contract data, press), not in the official text;
 * - provisional (« provisoire »): a working hypothesis until the official table is read.
 */
export type RuleStatus = 'confirmed' | 'derived' | 'to-verify' | 'provisional';

/** A rule value with its legal reference and the evidence we hold for it. */
export interface Sourced<T> {
  readonly value: T;
  readonly status: RuleStatus;
  /** Article or annex of the text that sets it, e.g. « ACI 2019, art. 8 ; contrat type, art. 5 ». */
  readonly ref: string;
  /** Where it was read, with a short quote, or the arithmetic for a derived figure. */
  readonly evidence: string;
}

/** An amount in euros per year, as a decimal string ("87500.00"). */
export type RuleAmount = Sourced<string>;
export type BySize<T> = Readonly<Record<Size, T>>;

export interface SizeBand {
  readonly size: Size;
  readonly min: number;
  /** Inclusive; null for the last band. */
  readonly max: number | null;
  /** The text's own words for this band. */
  readonly wording: string;
}

export interface SizeRule {
  readonly bands: readonly SizeBand[];
  /** Populations whose band the text leaves open: the UI marks them. */
  readonly ambiguousPopulations: Sourced<readonly number[]>;
}

export interface MissionTiming {
  readonly kind: 'mandatory' | 'optional';
  /** « démarrage au plus tard » after signature, in months; null when the CPTS chooses. */
  readonly startWithinMonths: number | null;
  /** « déploiement au plus tard » after signature, in months. */
  readonly deployedWithinMonths: number | null;
  readonly ref: string;
}

export interface StandardMissionRule extends MissionTiming {
  readonly fixed: BySize<RuleAmount>;
  readonly variable: BySize<RuleAmount>;
}

export interface CrisisMissionRule extends MissionTiming {
  /** The contract year the crisis plan is written (the mission's first year). */
  readonly plan: BySize<RuleAmount>;
  /** Later years: the plan's update. */
  readonly update: BySize<RuleAmount>;
  /** A year in which the ARS recognises a serious health crisis. */
  readonly activation: BySize<RuleAmount>;
}

/** Year 1's fonctionnement: in full at signature (the text) or a 75 % advance with the fixed parts, balance at the first anniversary. */
export type FirstYearFonctionnement = 'integral' | 'avance';
/** Prorata of a part-year: actual days ÷ days in the contract year, or whole months ÷ 12. */
export type ProrataDayCount = 'actual-days' | 'whole-months';
/** Avenant 2's +75 % on fonctionnement: every contract year, or only the payment at signature. */
export type FonctionnementIncrease = 'yearly' | 'signature-only';

export interface PaymentRule {
  /** Share of the year's amount paid as an advance (fonctionnement from year 2, fixed parts). */
  readonly advanceShare: Sourced<string>;
  /** How contract year 1's fonctionnement is paid. */
  readonly firstYearFonctionnement: Sourced<FirstYearFonctionnement>;
  /** How a part-year is counted (from the mission's start to the next anniversary). */
  readonly prorataDayCount: Sourced<ProrataDayCount>;
  /** Whether the variable part's maximum is prorated like the fixed part in a mission's first, partial year. */
  readonly prorateVariablePart: Sourced<boolean>;
  /** Achievement rate below which no variable part is paid (0: none). */
  readonly variableThreshold: Sourced<string>;
}

/**
 * A version that raises the fonctionnement over an earlier one (avenant 2: +75 %) where the sources disagree on
 * whether the rise is yearly or only the payment at signature: the reading held, and the amounts before the rise.
 */
export interface FonctionnementIncreaseRule {
  readonly reading: Sourced<FonctionnementIncrease>;
  /** The fonctionnement of contract years 2 to 5 under the « signature-only » reading. */
  readonly before: BySize<RuleAmount>;
}

export interface RuleVersion {
  readonly id: string;
  readonly label: string;
  /** The text, with its approval and publication. */
  readonly legalText: string;
  /** First day the version applies (also to contracts signed earlier, from their next contract year). */
  readonly inForceFrom: Sourced<IsoDate>;
  /** The date the tables below were last checked against the sources (« règles à jour au … »). */
  readonly currentTo: IsoDate;
  readonly sizes: SizeRule;
  readonly fonctionnement: BySize<RuleAmount>;
  /** Where the version's fonctionnement is a disputed rise over an earlier version's. */
  readonly fonctionnementIncrease?: FonctionnementIncreaseRule;
  readonly missions: Readonly<Record<StandardMissionId, StandardMissionRule>>;
  /** Null where the version has no crisis mission (ACI 2019). */
  readonly crisis: CrisisMissionRule | null;
  readonly payment: PaymentRule;
  /**
   * Published « jusqu'à … » maxima per year (plan year of the crisis mission, every mission at 100 %, no activation):
   * the tables must add up to them. Null where none was published.
   */
  readonly publishedMaxima: BySize<RuleAmount | null>;
}
