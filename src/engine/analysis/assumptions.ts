import { ZERO, type Dec } from '../money/money';
import { otherReadings, PARAMETERS, parameterSources, resolveParameters, type ParameterId, type ParameterValue } from '../rules/parameters';
import { project } from '../projection/project';
import type { Projection } from '../projection/model';
import type { RuleStatus } from '../rules/types';
import type { Scenario, ScenarioParameters } from '../scenario/types';

/**
 * « Hypothèses de calcul »: every open rule (a parameter of the rule version) with the value the run used, its
 * status, reference and evidence, and what the scenario would get under each other reading — worked out by
 * re-running the engine with that one parameter changed, not estimated.
 */
export interface CptsEffect {
  readonly id: string;
  readonly name: string;
  /** Other reading − this run, over the contract. */
  readonly total: Dec;
  /** The same by contract year (index 0 = year 1). */
  readonly byContractYear: readonly Dec[];
}

export interface CalendarYearEffect {
  readonly year: string;
  readonly total: Dec;
}

export interface ReadingEffect {
  /** The other reading's value. */
  readonly value: ParameterValue;
  /** Other reading − this run, for the whole scenario over the contracts (0 for a pure change of dates). */
  readonly total: Dec;
  /** Per CPTS, only those whose amounts change. */
  readonly cpts: readonly CptsEffect[];
  /** Per calendar year of payment, only the years that change: a change of payment dates shows here. */
  readonly byCalendarYear: readonly CalendarYearEffect[];
  /** The largest change in absolute value, of the total or of one calendar year: what the list is sorted by. */
  readonly magnitude: Dec;
}

export interface CalculationAssumption {
  readonly id: ParameterId;
  /** French label (engine/parameters.ts). */
  readonly label: string;
  readonly value: ParameterValue;
  /** The scenario sets this parameter itself (`scenario.parameters`). */
  readonly setByScenario: boolean;
  /** Status, reference and evidence of the built-in reading (the rule data's). */
  readonly status: RuleStatus;
  readonly ref: string;
  readonly evidence: string;
  /** One per other reading; empty when no other reading has a source (a confirmed fraction at its built-in value). */
  readonly effects: readonly ReadingEffect[];
}

/** The open rules of a scenario, biggest effect first (no scenario: the built-in values, without effects). */
export function calculationAssumptions(scenario: Scenario | null, baseline?: Projection): CalculationAssumption[] {
  const list = openRules(scenario);
  if (!scenario) return list;
  const base = baseline ?? project(scenario);
  return byEffect(list.map((a) => ({ ...a, effects: readingEffects(scenario, base, a.id) })));
}

/** Every open rule with the value the scenario uses, its status and evidence, in the parameters' order; no effects yet. */
export function openRules(scenario: Scenario | null): CalculationAssumption[] {
  const sources = parameterSources();
  const own: ScenarioParameters = scenario?.parameters ?? {};
  const used = resolveParameters(own);
  return PARAMETERS.map((spec): CalculationAssumption => {
    const source = sources[spec.id];
    return {
      id: spec.id,
      label: spec.label,
      value: used[spec.id],
      setByScenario: own[spec.id] !== undefined,
      status: source.status,
      ref: source.ref,
      evidence: source.evidence,
      effects: [],
    };
  });
}

/** One parameter's effects: the engine re-run once per other reading (a pane may spread these over several frames). */
export function readingEffects(scenario: Scenario, base: Projection, id: ParameterId): ReadingEffect[] {
  const value = resolveParameters(scenario.parameters)[id];
  return otherReadings(id, value).map((other) => readingEffect(base, project(withParameter(scenario, id, other)), other));
}

/** Biggest effect first; equal effects keep the parameters' own order. */
export function byEffect(list: readonly CalculationAssumption[]): CalculationAssumption[] {
  const size = (a: CalculationAssumption): Dec => a.effects.reduce((m, e) => (e.magnitude.greaterThan(m) ? e.magnitude : m), ZERO);
  return list
    .map((a, i) => ({ a, i, s: size(a) }))
    .sort((x, y) => y.s.comparedTo(x.s) || x.i - y.i)
    .map((x) => x.a);
}

function withParameter(scenario: Scenario, id: ParameterId, value: ParameterValue): Scenario {
  return { ...scenario, parameters: { ...scenario.parameters, [id]: value } };
}

/** What changes from `base` to `other`, the same scenario under another reading of one parameter. */
export function readingEffect(base: Projection, other: Projection, value: ParameterValue): ReadingEffect {
  const cpts: CptsEffect[] = [];
  base.cpts.forEach((c, i) => {
    const o = other.cpts[i]!;
    const byContractYear = c.years.map((y, k) => o.years[k]!.total.minus(y.total));
    if (byContractYear.some((d) => !d.isZero())) cpts.push({ id: c.id, name: c.name, total: o.total.minus(c.total), byContractYear });
  });
  const years = new Map<string, Dec>();
  for (const t of base.totalsByCalendarYear) years.set(t.year, t.total.negated());
  for (const t of other.totalsByCalendarYear) years.set(t.year, (years.get(t.year) ?? ZERO).plus(t.total));
  const byCalendarYear = [...years.entries()]
    .filter(([, d]) => !d.isZero())
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([year, total]) => ({ year, total }));
  const total = other.total.minus(base.total);
  const magnitude = byCalendarYear.reduce((m, y) => (y.total.abs().greaterThan(m) ? y.total.abs() : m), total.abs());
  return { value, total, cpts, byCalendarYear, magnitude };
}
