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
