import { Dec, sum, ZERO, type Dec as Decimal } from '../money/money';
import { CONTRACT_YEAR_COUNT } from '../calendar/contract';
import { comparisonDetail, type ComparisonDetail } from './compare-detail';
import type { Projection } from '../projection/project';

/**
 * Scenarios side by side: the set's totals per contract year and per calendar year, and each scenario's
 * difference from the first (the reference), in euros and in percent. Pure: the projections are the engine's.
 */
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

export interface Comparison {
  readonly names: readonly string[];
  readonly byContractYear: readonly ComparisonRow[];
  readonly byCalendarYear: readonly ComparisonRow[];
  readonly total: ComparisonRow;
  /** Who moved: per CPTS and per mission, on calendar years, the largest contributors first. */
  readonly detail: ComparisonDetail;
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

/** The set's total of contract year k: every CPTS's year k, whatever its dates. */
function contractYearTotal(p: Projection, k: number): Decimal {
  return sum(p.cpts.map((c) => c.years[k - 1]?.total ?? ZERO));
}

export function compareProjections(scenarios: readonly ComparedScenario[]): Comparison {
  if (scenarios.length < 2) throw new Error('Une comparaison porte sur deux scénarios au moins');
  const years = Array.from({ length: CONTRACT_YEAR_COUNT }, (_, i) => i + 1);
  const calendar = [...new Set(scenarios.flatMap((s) => s.projection.totalsByCalendarYear.map((t) => t.year)))].sort();
  return {
    names: scenarios.map((s) => s.name),
    byContractYear: years.map((k) =>
      comparisonRow(
        String(k),
        scenarios.map((s) => contractYearTotal(s.projection, k)),
      ),
    ),
    byCalendarYear: calendar.map((y) =>
      comparisonRow(
        y,
        scenarios.map((s) => s.projection.totalsByCalendarYear.find((t) => t.year === y)?.total ?? new Dec(0)),
      ),
    ),
    total: comparisonRow(
      'total',
      scenarios.map((s) => s.projection.total),
    ),
    detail: comparisonDetail(scenarios),
  };
}
