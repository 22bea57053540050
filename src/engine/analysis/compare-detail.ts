import { calendarYear } from '../calendar/dates';
import type { LineMission } from '../vocabulary/missions';
import { Dec, ZERO, type Dec as Decimal } from '../money/money';
import type { Projection } from '../projection/model';
import { comparisonRow, type ComparedScenario, type ComparisonRow } from './compare-row';

/**
 * Who moved between scenarios (issue 11 §5): the ACI payments of each CPTS and of each mission (fonctionnement
 * counted as one), per calendar year and in total, each scenario beside the reference, the largest
 * contributors to the difference first. CPTS are matched by identifier; a CPTS in one scenario only counts
 * zero in the others. Hors ACI amounts are not ACI payments and stay out, as in every ACI total.
 */
export interface ContributorRow {
  /** CPTS identifier, or mission id. */
  readonly key: string;
  /** CPTS name (the reference's, else the first scenario holding it), or the mission id for missions. */
  readonly label: string;
  /** One row per calendar year of the comparison, in order. */
  readonly byCalendarYear: readonly ComparisonRow[];
  readonly total: ComparisonRow;
  /** The largest absolute difference of its total from the reference's, over the scenarios: the sort key. */
  readonly weight: Decimal;
}

export interface ComparisonDetail {
  readonly names: readonly string[];
  readonly calendarYears: readonly string[];
  readonly byCpts: readonly ContributorRow[];
  readonly byMission: readonly ContributorRow[];
}

/** key → calendar year → amount, for one scenario. */
type Amounts = Map<string, Map<string, Decimal>>;

function addTo(map: Amounts, key: string, year: string, amount: Decimal): void {
  let years = map.get(key);
  if (!years) map.set(key, (years = new Map()));
  years.set(year, (years.get(year) ?? ZERO).plus(amount));
}

function byCpts(p: Projection): Amounts {
  const map: Amounts = new Map();
  for (const c of p.cpts) {
    if (!map.has(c.id)) map.set(c.id, new Map());
    for (const pay of c.payments) addTo(map, c.id, calendarYear(pay.date), pay.amount);
  }
  return map;
}

function byMission(p: Projection): Amounts {
  const map: Amounts = new Map();
  for (const c of p.cpts) for (const pay of c.payments) for (const part of pay.parts) addTo(map, part.mission, calendarYear(pay.date), part.amount);
  return map;
}

function rows(maps: readonly Amounts[], years: readonly string[], labelOf: (key: string) => string): ContributorRow[] {
  const keys: string[] = [];
  for (const m of maps) for (const k of m.keys()) if (!keys.includes(k)) keys.push(k);
  const list = keys.map((key): ContributorRow => {
    const byYear = years.map((y) =>
      comparisonRow(
        y,
        maps.map((m) => m.get(key)?.get(y) ?? ZERO),
      ),
    );
    const total = comparisonRow(
      'total',
      maps.map((m) => [...(m.get(key)?.values() ?? [])].reduce((t, a) => t.plus(a), new Dec(0))),
    );
    const weight = total.cells.reduce((w, c) => Dec.max(w, c.difference.abs()), ZERO);
    return { key, label: labelOf(key), byCalendarYear: byYear, total, weight };
  });
  // Largest contributors first; ties keep the scenarios' order (stable sort).
  return list.sort((a, b) => b.weight.comparedTo(a.weight));
}

export function comparisonDetail(scenarios: readonly ComparedScenario[]): ComparisonDetail {
  const years = [...new Set(scenarios.flatMap((s) => s.projection.cpts.flatMap((c) => c.payments.map((p) => calendarYear(p.date)))))].sort();
  const names = new Map<string, string>();
  for (const s of scenarios) for (const c of s.projection.cpts) if (!names.has(c.id)) names.set(c.id, c.name);
  return {
    names: scenarios.map((s) => s.name),
    calendarYears: years,
    byCpts: rows(
      scenarios.map((s) => byCpts(s.projection)),
      years,
      (id) => names.get(id) ?? id,
    ),
    byMission: rows(
      scenarios.map((s) => byMission(s.projection)),
      years,
      (mission) => mission as LineMission,
    ),
  };
}
