import { isStandardMission, type StandardMissionId } from '../vocabulary/missions';
import { lineAmount, type Prorata } from '../projection/line-amount';
import { Dec, ONE, ZERO, type Dec as Decimal } from '../money/money';
import { effectiveRate } from '../projection/project';
import type { YearProjection } from '../projection/model';

/**
 * « Taux nécessaire »: the achievement rate a CPTS needs on one mission, in one contract year, to reach a
 * target amount. Solved exactly (the amount is affine in the rate above the threshold), not by a search.
 *
 * amount(rate) = base + lineAmount(max, prorata, effective(rate)) (max × prorata × rate exactly, rounded once), where
 * - base: what does not depend on the rate (the mission's fixed part, or the whole year but this variable part);
 * - variableMax: the variable part's maximum after prorata (max × days ÷ days in year), to solve and to show;
 * - effective(rate) = 0 below the version's threshold, the rate itself from the threshold up.
 */
export type TargetScope =
  /** The mission's amount for the year: fixed part + variable part. */
  | 'mission'
  /** The CPTS's whole amount for the contract year, every other line as projected. */
  | 'year';

export interface RateProblem {
  readonly mission: StandardMissionId;
  readonly contractYear: number;
  readonly scope: TargetScope;
  readonly base: Decimal;
  /** The variable part's full-year maximum and the prorata it is paid at (null: a full year). */
  readonly max: Decimal;
  readonly prorata: Prorata | null;
  /** max × prorata, to 40 digits: the slope of the curve (never used to compute an amount). */
  readonly variableMax: Decimal;
  readonly threshold: Decimal;
}

export type RequiredRate =
  /** The base alone reaches the target: every rate does, 0 included. */
  | { readonly kind: 'without-variable'; readonly rate: Decimal; readonly amount: Decimal }
  /** `rate` is the exact rate; `rateToEnter` the same rounded up to 0.01 % (what a user types). */
  | { readonly kind: 'rate'; readonly rate: Decimal; readonly rateToEnter: Decimal; readonly amount: Decimal }
  /** The exact rate falls below the threshold, where nothing is paid: the threshold itself is needed. */
  | { readonly kind: 'threshold'; readonly rate: Decimal; readonly rateToEnter: Decimal; readonly amount: Decimal }
  /** Even 100 % does not reach the target. */
  | { readonly kind: 'unreachable'; readonly maxAmount: Decimal };

export interface CurvePoint {
  readonly rate: Decimal;
  readonly amount: Decimal;
}

/** The problem for a mission in a contract year, or null when the mission has no variable part that year. */
export function rateProblemFor(year: YearProjection, mission: StandardMissionId, scope: TargetScope): RateProblem | null {
  if (!isStandardMission(mission)) return null;
  const variable = year.lines.find((l) => l.mission === mission && l.component === 'variable');
  if (!variable) return null;
  const others = scope === 'mission' ? year.lines.filter((l) => l.mission === mission) : year.lines;
  const base = others.filter((l) => l !== variable).reduce((acc, l) => acc.plus(l.amount), ZERO);
  return {
    mission,
    contractYear: year.contractYear,
    scope,
    base,
    max: variable.max,
    prorata: variable.prorata,
    // Multiplied before divided, as the line's own amount.
    variableMax: variable.prorata ? variable.max.times(variable.prorata.days).div(variable.prorata.daysInYear) : variable.max,
    threshold: variable.threshold ?? ZERO,
  };
}

/** The amount the engine gives at a rate: the same formula as the projection's line, rounded the same way. */
export function amountAt(problem: RateProblem, rate: Decimal): Decimal {
  const effective = effectiveRate(rate, problem.threshold);
  return problem.base.plus(lineAmount(problem.max, problem.prorata, effective));
}

/** 1 = 100 %; rates are entered with at most 0.01 % precision (4 decimals of a fraction). */
const RATE_STEP_DECIMALS = 4;

/**
 * The rate whose amount reaches the target. Exact: (target − base) ÷ variableMax, raised to the threshold
 * when below it; out of reach when even 100 % gives less. Targets are in cents (two decimals at most).
 */
export function requiredRate(problem: RateProblem, target: Decimal): RequiredRate {
  const needed = target.minus(problem.base);
  if (needed.lessThanOrEqualTo(0)) return { kind: 'without-variable', rate: ZERO, amount: amountAt(problem, ZERO) };
  const maxAmount = amountAt(problem, ONE);
  if (maxAmount.lessThan(target)) return { kind: 'unreachable', maxAmount };
  // A prorated maximum may have sub-cent digits that the rounding of 100 % makes up: the rate is then 1.
  const exact = Dec.min(needed.div(problem.variableMax), ONE);
  if (exact.lessThan(problem.threshold)) {
    return { kind: 'threshold', rate: problem.threshold, rateToEnter: enterable(problem.threshold), amount: amountAt(problem, problem.threshold) };
  }
  // Rounded up (a rate, not money): typing the rounded rate must still reach the target.
  const toEnter = enterable(exact);
  return { kind: 'rate', rate: exact, rateToEnter: toEnter, amount: amountAt(problem, exact) };
}

function enterable(rate: Decimal): Decimal {
  const up = rate.toDecimalPlaces(RATE_STEP_DECIMALS, Dec.ROUND_UP);
  return up.greaterThan(ONE) ? ONE : up;
}

/**
 * The curve amount(rate) from 0 to 1 as its corners: affine pieces, with a jump at the threshold when
 * there is one. Enough to draw it exactly.
 */
export function amountCurve(problem: RateProblem): CurvePoint[] {
  const points: CurvePoint[] = [{ rate: ZERO, amount: amountAt(problem, ZERO) }];
  const t = problem.threshold;
  if (t.greaterThan(0) && t.lessThan(1)) {
    points.push({ rate: t, amount: problem.base }, { rate: t, amount: amountAt(problem, t) });
  }
  points.push({ rate: ONE, amount: amountAt(problem, ONE) });
  return points;
}
