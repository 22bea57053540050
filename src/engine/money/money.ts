import Decimal from 'decimal.js';

/**
 * Money and rates are decimal.js values, never binary floats.
 * A private clone keeps our configuration from leaking into (or being changed by) other users of decimal.js.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = Decimal;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);

/** The one place that rounds: to the cent, half-up (design: « arrondi au centime, une fois, en fin de ligne »). */
export function roundToCent(value: Dec): Dec {
  // Already in cents (most products of a round amount and a rate): the same value, no new decimal.
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Wide enough that a product of an amount, a day count and a rate's numerator and denominator is never rounded
 * (40 digits could round a quotient-rate's product): used only to round a quotient exactly.
 */
const Exact = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_DOWN, toExpNeg: -1000, toExpPos: 1000 });

/**
 * (product of `factors`) ÷ (product of `divisors`) rounded to the cent, half-up (away from zero), with no
 * intermediate rounding: products are exact and the quotient is never formed, cents = ⌊(200·|n| + |d|) ÷ (2·|d|)⌋.
 * Exact where `roundToCent(a.times(b).div(c))` first rounds to 40 digits (a non-terminating days ÷ days-in-year).
 */
export function roundFractionToCent(factors: readonly Decimal.Value[], divisors: readonly Decimal.Value[]): Dec {
  // Exact: engine values have at most 40 significant digits and small exponents, so each product and the sum
  // below need a few hundred digits at most, far under the 1 000 of `Exact`.
  const n = exactProduct(factors);
  const d = exactProduct(divisors);
  if (d.isZero()) throw new Error('Division par zéro dans un montant');
  if (n.isZero()) return new Dec(0);
  const absD = d.abs();
  const cents = n.abs().times(200).plus(absD).divToInt(absD.times(2)).toFixed();
  // The cents' digits with the decimal point put back: exact, and cheaper than a division by 100.
  const padded = cents.padStart(3, '0');
  const value = new Dec(`${padded.slice(0, -2)}.${padded.slice(-2)}`);
  return n.isNeg() !== d.isNeg() ? value.negated() : value;
}

function exactProduct(values: readonly Decimal.Value[]): Decimal {
  let product = new Exact(values.length === 0 ? 1 : values[0]!);
  for (let i = 1; i < values.length; i++) product = product.times(values[i]!);
  return product;
}

/** Amounts leave the engine as decimal strings with two decimals ("1234.50"). */
export function formatAmount(value: Dec): string {
  return value.toFixed(2);
}

/** A rate leaves the engine as its shortest exact decimal string ("0.8", "1"). */
export function formatRate(value: Dec): string {
  return value.toString();
}

export function sum(values: readonly Dec[]): Dec {
  if (values.length === 0) return ZERO;
  let total = values[0]!;
  for (let i = 1; i < values.length; i++) total = total.plus(values[i]!);
  return total;
}

/** A money literal from rule data or user input: digits with at most two decimals. */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;
