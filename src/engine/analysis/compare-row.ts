/** One row of a comparison: amounts, one per scenario, each with its difference from the first (the reference). */
import type { Dec as Decimal } from '../money/money';
import { ZERO } from '../money/money';
import type { Projection } from '../projection/model';

export interface ComparedScenario {
  readonly name: string;
  readonly projection: Projection;
}

export interface ComparisonCell {
  readonly amount: Decimal;
  /** amount − reference amount (zero for the reference itself). */
  readonly difference: Decimal;
  /** difference ÷ reference, as a fraction; null when the reference is zero. */
  readonly ratio: Decimal | null;
}

export interface ComparisonRow {
  /** "1" to "5" for contract years, "2026"… for calendar years, "total" for the whole. */
  readonly period: string;
  readonly cells: readonly ComparisonCell[];
}

/** A row of amounts, one per scenario, each with its difference from the first (the reference). */
export function comparisonRow(period: string, amounts: readonly Decimal[]): ComparisonRow {
  const reference = amounts[0] ?? ZERO;
  return {
    period,
    cells: amounts.map((amount) => {
      const difference = amount.minus(reference);
      // A ratio keeps full precision: it is formatted as a percentage at the edge, never stored rounded.
      return { amount, difference, ratio: reference.isZero() ? null : difference.div(reference) };
    }),
  };
}
