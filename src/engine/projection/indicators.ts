import type { Ratio } from './line-amount';
import { Dec, ONE, ZERO, type Dec as Decimal } from '../money/money';
import type { IndicatorInput, IndicatorMethod, MissionInput } from '../scenario/types';

/**
 * From a contract's indicators to a mission's achievement rate (issue 12 §1). This is the workbook's convention,
 * not the contract's: the texts leave the method to each CPTS's contract (shared/aci-rules.md « Variable part »).
 * - an indicator's achievement for a year = (actual − baseline) / (target − baseline), clamped to [0, 1], so an
 *   indicator that must go down (target below baseline) works as well as one that must go up;
 * - the mission's rate = the weighted mean of its indicators' achievements;
 * - « paliers »: the scenario may pay the highest step reached by that mean instead of the mean itself.
 * Rates are kept as exact fractions (numerator ÷ denominator, both decimal integers): 2/3 is never rounded
 * before the line's single rounding to the cent.
 */

/**
 * An exact non-negative fraction: `numerator / denominator`, both integers held in decimal.js, denominator > 0 —
 * the line amount's exact ratio (`lineAmount` divides by its denominator once, at the end).
 */
export type Fraction = Ratio;

export const FRACTION_ONE: Fraction = { numerator: ONE, denominator: ONE };
export const FRACTION_ZERO: Fraction = { numerator: ZERO, denominator: ONE };

/** The fraction's value as a decimal (40 significant digits): for display and comparisons, not for money. */
export function fractionValue(f: Fraction): Decimal {
  return f.denominator.equals(ONE) ? f.numerator : f.numerator.div(f.denominator);
}

function gcd(a: Decimal, b: Decimal): Decimal {
  let x = a.abs();
  let y = b.abs();
  while (!y.isZero()) [x, y] = [y, x.mod(y)];
  return x;
}

/** a / b from two decimals (numbers as typed: 12.5, 0.25), as a reduced fraction with integer terms and b > 0. */
export function fractionOf(a: Decimal, b: Decimal): Fraction {
  if (b.isZero()) throw new Error('fraction de dénominateur nul');
  const places = Math.max(a.decimalPlaces(), b.decimalPlaces());
  const scale = new Dec(10).pow(places);
  let n = a.times(scale);
  let d = b.times(scale);
  if (d.isNegative()) [n, d] = [n.neg(), d.neg()];
  const g = gcd(n, d);
  return g.isZero() || g.equals(ONE) ? { numerator: n, denominator: d } : { numerator: n.div(g), denominator: d.div(g) };
}

function compare(a: Fraction, b: Fraction): number {
  return a.numerator.times(b.denominator).comparedTo(b.numerator.times(a.denominator));
}

function clamp01(f: Fraction): Fraction {
  if (f.numerator.isNegative()) return FRACTION_ZERO;
  if (f.numerator.greaterThan(f.denominator)) return FRACTION_ONE;
  return f;
}

/** One indicator's arithmetic for one year, as « Pourquoi ce montant ? » shows it. */
export interface IndicatorAchievement {
  readonly name: string;
  readonly weight: Decimal;
  readonly baseline: Decimal;
  readonly target: Decimal;
  readonly actual: Decimal;
  /** (actual − baseline) / (target − baseline), before clamping. */
  readonly raw: Fraction;
  /** `raw` clamped to [0, 1]. */
  readonly achievement: Fraction;
}

/** A mission's rate for one year from its indicators. */
export interface IndicatorRate {
  readonly method: IndicatorMethod;
  readonly indicators: readonly IndicatorAchievement[];
  /** Σ weight × achievement ÷ Σ weight. */
  readonly weightedMean: Fraction;
  /** The highest step reached, under « paliers » (null when linear, or when no step is reached: the rate is 0). */
  readonly step: Decimal | null;
  /** What the variable part is paid at: the weighted mean (linear) or the step reached (paliers). */
  readonly rate: Fraction;
}

export const LINEAR: IndicatorMethod = { kind: 'linear' };

/** True when every indicator of the mission has an actual for this contract year (1–5): that year uses them. */
export function usesIndicators(indicators: readonly IndicatorInput[] | undefined, contractYear: number): indicators is readonly IndicatorInput[] {
  if (!indicators || indicators.length === 0) return false;
  return indicators.every((i) => typeof i.actuals[contractYear - 1] === 'number');
}

function achievementOf(i: IndicatorInput, contractYear: number): IndicatorAchievement {
  const baseline = new Dec(i.baseline);
  const target = new Dec(i.targets[contractYear - 1]!);
  const actual = new Dec(i.actuals[contractYear - 1]!);
  const raw = fractionOf(actual.minus(baseline), target.minus(baseline));
  return { name: i.name, weight: new Dec(i.weight), baseline, target, actual, raw, achievement: clamp01(raw) };
}

/** Σ wᵢ × nᵢ/dᵢ ÷ Σ wᵢ, exactly: every term over the product of the denominators, reduced once at the end. */
function weightedMean(list: readonly IndicatorAchievement[]): Fraction {
  const weights = list.reduce((s, a) => s.plus(a.weight), ZERO);
  let n: Decimal = ZERO;
  let d: Decimal = ONE;
  for (const a of list) {
    const term = fractionOf(a.weight.times(a.achievement.numerator), a.achievement.denominator);
    n = n.times(term.denominator).plus(term.numerator.times(d));
    d = d.times(term.denominator);
    const reduced = fractionOf(n, d);
    n = reduced.numerator;
    d = reduced.denominator;
  }
  return fractionOf(n, d.times(weights));
}

/**
 * The rate a year's indicators give, or null when the year does not use them (some actual is missing): the
 * rate typed in `rates` applies then. Validation guarantees targets ≠ baseline and weights not all zero.
 */
export function indicatorRate(mission: MissionInput, contractYear: number, method: IndicatorMethod = LINEAR): IndicatorRate | null {
  if (!usesIndicators(mission.indicators, contractYear)) return null;
  const indicators = mission.indicators.map((i) => achievementOf(i, contractYear));
  const mean = weightedMean(indicators);
  if (method.kind === 'linear') return { method, indicators, weightedMean: mean, step: null, rate: mean };
  let reached: Decimal | null = null;
  for (const s of method.steps) {
    const step = new Dec(s);
    if (compare(fractionOf(step, ONE), mean) <= 0) reached = step;
  }
  return { method, indicators, weightedMean: mean, step: reached, rate: reached ? fractionOf(reached, ONE) : FRACTION_ZERO };
}
