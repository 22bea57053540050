import type Decimal from 'decimal.js';
import { fromCents } from '../money/cents';
import { integerLineCents } from '../money/integer-rounding';
import { Dec, ONE, roundFractionToCent, roundToCent, ZERO } from '../money/money';

/**
 * A part-year: the mission was active `days` of the contract year's `daysInYear` — or, under the « mois
 * entiers » day count, `days` whole months out of 12 (`unit: 'months'`).
 */
export interface Prorata {
  readonly days: number;
  readonly daysInYear: number;
  readonly unit?: 'months';
}

/** An exact rational rate (e.g. an indicator's (actual − baseline) ÷ (target − baseline)), never divided out. */
export interface Ratio {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

/** A line's rate: an exact decimal, or a ratio kept as numerator and denominator. */
export type ExactRate = Decimal | Ratio;

export function isRatio(rate: ExactRate): rate is Ratio {
  return (rate as Ratio).denominator !== undefined;
}

/** The share of a contract year a part-year covers (1 for a full year), for display: days ÷ days in the year. */
export function prorataFactor(prorata: Prorata | null): Decimal {
  return prorata ? new Dec(prorata.days).div(prorata.daysInYear) : ONE;
}

/** A rate as one decimal, for display and comparisons (a ratio's quotient to 40 digits). */
export function rateValue(rate: ExactRate): Decimal {
  return isRatio(rate) ? rate.numerator.div(rate.denominator) : rate;
}

/**
 * One line's amount: max × prorata × rate, computed exactly (every factor multiplied before the one division by
 * days-in-year × the rate's denominator) and rounded half-up to the cent once. Every line of every projection,
 * explanation and « taux nécessaire » goes through here.
 */
export function lineAmount(max: Decimal, prorata: Prorata | null, rate: ExactRate): Decimal {
  const ratio = isRatio(rate);
  if (!ratio && rate.isZero()) return ZERO;
  // A full year at 100 %: the table's own instance is kept (the payments memoise on it).
  if (prorata === null && !ratio && (rate === ONE || rate.equals(ONE))) return max;
  // Small operands (nearly every line): exact in plain integers, and the amount's decimal is shared (fromCents).
  const cents = integerLineCents(
    max,
    prorata ? prorata.days : 1,
    prorata ? prorata.daysInYear : 1,
    ratio ? rate.numerator : rate,
    ratio ? rate.denominator : ONE,
  );
  if (cents !== null) return fromCents(cents);
  if (prorata === null && !ratio) {
    // A full year at a decimal rate: max × rate is exact in 40 digits (≤ 14 digits × a rate's ≤ 20), so rounding
    // it is rounding the exact value.
    return roundToCent(max.times(rate));
  }
  const factors: Decimal.Value[] = [max];
  const divisors: Decimal.Value[] = [];
  if (prorata) {
    factors.push(prorata.days);
    divisors.push(prorata.daysInYear);
  }
  if (ratio) {
    factors.push(rate.numerator);
    divisors.push(rate.denominator);
  } else {
    factors.push(rate);
  }
  return roundFractionToCent(factors, divisors);
}
