import { Dec, sum, ZERO, type Dec as Decimal } from '../money/money';
import { CONTRACT_YEAR_COUNT } from '../calendar/contract';
import { comparisonDetail, type ComparisonDetail } from './compare-detail';
import { comparisonRow, type ComparedScenario, type ComparisonRow } from './compare-row';
import type { Projection } from '../projection/model';

/**
 * Scenarios side by side: the set's totals per contract year and per calendar year, and each scenario's
 * difference from the first (the reference), in euros and in percent. Pure: the projections are the engine's.
 */
export interface Comparison {
  readonly names: readonly string[];
  readonly byContractYear: readonly ComparisonRow[];
  readonly byCalendarYear: readonly ComparisonRow[];
  readonly total: ComparisonRow;
  /** Who moved: per CPTS and per mission, on calendar years, the largest contributors first. */
  readonly detail: ComparisonDetail;
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
