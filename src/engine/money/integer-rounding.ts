import type Decimal from 'decimal.js';

/**
 * The fast path of `lineAmount`: max × prorata × rate rounded half-up to the cent with plain integers, when every
 * operand is a small decimal (a table amount in cents, day counts, a rate with a few decimals) and every product
 * stays below 2^53, where JavaScript numbers are exact integers. Otherwise it answers null and decimal.js does it.
 */

/** A non-negative decimal as p ÷ q, q a power of ten, both exact integers; null when it does not fit. */
interface SmallFraction {
  readonly p: number;
  readonly q: number;
}

/** Per decimal instance: a run shares the same few table amounts and rates, so each is read once. */
const fractions = new WeakMap<Decimal, SmallFraction | null>();

function smallFraction(value: Decimal): SmallFraction | null {
  let f = fractions.get(value);
  if (f === undefined) {
    f = readSmallFraction(value);
    fractions.set(value, f);
  }
  return f;
}

function readSmallFraction(value: Decimal): SmallFraction | null {
  if (!value.isFinite() || value.isNeg()) return null;
  const [int = '', frac = ''] = value.toFixed().split('.');
  const digits = int + frac;
  // 15 digits always fit a double exactly (below 2^53 ≈ 9.007 × 10^15).
  if (digits.length > 15) return null;
  return { p: Number(digits), q: 10 ** frac.length };
}

const LIMIT = 2 ** 53;

/** a × b when the exact product is below 2^53 (a rounded product ≥ 2^53 exactly when the true one is), else NaN. */
function times(a: number, b: number): number {
  const product = a * b;
  return product < LIMIT ? product : NaN;
}

/**
 * The whole cents of max × (days ÷ daysInYear) × (rateNumerator ÷ rateDenominator), half-up, or null when an
 * operand is negative, not a small decimal, or a product would leave the exact integers.
 * cents = ⌊(2·100·N + D) ÷ 2D⌋ for the fraction N ÷ D, the integer quotient corrected for the division's rounding.
 */
export function integerLineCents(max: Decimal, days: number, daysInYear: number, rateNumerator: Decimal, rateDenominator: Decimal): number | null {
  const m = smallFraction(max);
  const rn = smallFraction(rateNumerator);
  const rd = rateDenominator === rateNumerator ? rn : smallFraction(rateDenominator);
  if (m === null || rn === null || rd === null || rd.p === 0) return null;
  if (!Number.isSafeInteger(days) || !Number.isSafeInteger(daysInYear) || days < 0 || daysInYear <= 0) return null;
  // (m.p ÷ m.q) × (days ÷ daysInYear) × ((rn.p ÷ rn.q) ÷ (rd.p ÷ rd.q)) = N ÷ D
  const n = times(times(times(times(m.p, days), rn.p), rd.q), 200);
  const d = times(times(times(m.q, daysInYear), rn.q), rd.p);
  const twoD = times(d, 2);
  const top = n + d;
  // top + 2D below 2^53 too: the check below multiplies the quotient back (at most top + 2D).
  if (Number.isNaN(n) || Number.isNaN(twoD) || !(top + twoD < LIMIT)) return null;
  // The float quotient can be off by one near an integer; the remainder, exact below 2^53, puts it right.
  let cents = Math.floor(top / twoD);
  const rest = top - cents * twoD;
  if (rest < 0) cents -= 1;
  else if (rest >= twoD) cents += 1;
  return cents;
}
