import { isProvisionalStatus, type AmountStatus } from '../rules/amounts';
import { ONE, type Dec as Decimal } from '../money/money';
import type { Fraction, IndicatorRate } from '../projection/indicators';
import { isRatio } from '../projection/line-amount';
import { amountRate, prorataFactor } from '../projection/project';
import type { ProjectionLine, RateSource } from '../projection/model';
import { findRuleVersion } from '../rules';

/**
 * « Pourquoi ce montant ? »: everything a line's amount comes from, as data. The task pane words it (in
 * French or English) and formats the numbers; the arithmetic is the projection's own, term by term.
 */
export interface LineExplanation {
  readonly ruleVersion: string;
  /** The version's label and legal text; null if the id is unknown (a forced id from an old workbook). */
  readonly ruleLabel: string | null;
  readonly legalText: string | null;
  /** Article or annex, or « barème du classeur » for amounts the user entered. */
  readonly reference: string;
  readonly status: AmountStatus;
  /** The line's own amount is « à vérifier » or « provisoire » (`isProvisionalStatus`): shown as « provisoire ». */
  readonly provisional: boolean;
  readonly evidence: string;
  readonly max: Decimal;
  /** `unit: 'months'`: whole months out of 12 (the « mois entiers » day count). */
  readonly prorata: { readonly days: number; readonly daysInYear: number; readonly unit?: 'months'; readonly factor: Decimal } | null;
  /** Null for parts not scaled by an achievement rate (fonctionnement, fixed parts, crisis amounts). */
  readonly rate: Decimal | null;
  /** Variable parts: where the rate comes from (null for other parts). */
  readonly rateSource: RateSource | null;
  /** Variable parts whose rate comes from the indicators: each indicator's arithmetic and the weighted mean. */
  readonly indicators: IndicatorRate | null;
  /** The exact fraction the amount is multiplied by instead of `rate` (indicators, above the threshold), else null. */
  readonly exactRate: Fraction | null;
  /** Threshold below which the variable part is nothing, when the version sets one (else null). */
  readonly threshold: Decimal | null;
  /** max × prorata × rate before rounding (to 40 digits: the amount itself is rounded from the exact value). */
  readonly unrounded: Decimal;
  /** The line's amount: `unrounded` rounded to the cent, half-up. */
  readonly amount: Decimal;
  readonly rounded: boolean;
}

export function isConfirmedStatus(status: AmountStatus): boolean {
  return status === 'confirmed' || status === 'contract';
}

export function explainLine(line: ProjectionLine): LineExplanation {
  const version = findRuleVersion(line.source.ruleVersion);
  const factor = prorataFactor(line.prorata);
  // Multiplied before divided, as the amount itself, and by the same rate.
  const paid = amountRate(line.rate, line.indicators?.rate);
  const ratio = isRatio(paid) ? paid : null;
  const numerator = line.max.times(line.prorata ? line.prorata.days : 1).times(ratio ? ratio.numerator : line.rate);
  const unrounded = numerator.div((ratio ? ratio.denominator : ONE).times(line.prorata ? line.prorata.daysInYear : 1));
  const variable = line.component === 'variable';
  const threshold = variable ? (line.threshold ?? null) : null;
  return {
    ruleVersion: line.source.ruleVersion,
    ruleLabel: version?.label ?? null,
    legalText: version?.legalText ?? null,
    reference: line.source.reference,
    status: line.source.status,
    provisional: isProvisionalStatus(line.source.status),
    evidence: line.source.evidence,
    max: line.max,
    prorata: line.prorata ? { ...line.prorata, factor } : null,
    rate: variable ? line.rate : null,
    rateSource: line.rateSource ?? null,
    indicators: line.indicators ?? null,
    exactRate: ratio,
    threshold: threshold && threshold.greaterThan(0) ? threshold : null,
    unrounded,
    amount: line.amount,
    rounded: !unrounded.equals(line.amount),
  };
}
