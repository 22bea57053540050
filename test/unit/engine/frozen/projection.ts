/**
 * A frozen copy of the engine's projection and payment calendar as they were before integer-cent accumulation
 * (main at the merge of the rules and runner work), all in decimal.js: the oracle the exactness property test
 * compares the engine with. Never used by the application. Only the sums and the grouping live here; line
 * amounts, rule data, dates and tables are the engine's own.
 */
/* eslint-disable */
import type { CptsProjection, Projection, ProjectionLine, YearProjection } from '../../../../src/engine/projection/model';
import { AmountTables, provisionalAmountOf, type LineSource, type ResolvedAmount, type ResolvedTable } from '../../../../src/engine/rules/amounts';
import { contractEnd, contractPeriods, type ContractPeriod } from '../../../../src/engine/calendar/contract';
import { addMonths, daysBetween, type IsoDate } from '../../../../src/engine/calendar/dates';
import { lineAmount, type Prorata } from '../../../../src/engine/projection/line-amount';
import { CRISIS_MISSION_ID, FONCTIONNEMENT, isStandardMission, type Component, type LineMission } from '../../../../src/engine/vocabulary/missions';
import { Dec, ONE, sum, ZERO, type Dec as Decimal } from '../../../../src/engine/money/money';
import { effectiveDates, resolveParameters, type ResolvedParameters } from '../../../../src/engine/rules/parameters';
import { addByYear, buildPayments, totalsByCalendarYear } from './payments';
import type { CalendarYearTotal, Payment } from '../../../../src/engine/projection/model';
import { forcedRuleVersion, ruleVersionInForce, type RuleVersion } from '../../../../src/engine/rules';
import type { ProrataDayCount } from '../../../../src/engine/rules/types';
import { ruleSettingOf, type CptsInput, type MissionInput, type Scenario } from '../../../../src/engine/scenario/types';
import { isOnAmbiguousBoundary, sizeOf } from '../../../../src/engine/rules/size';
import type { Size } from '../../../../src/engine/vocabulary/sizes';

import { effectiveRate } from '../../../../src/engine/projection/project';

/** Projects a validated scenario. Pure: the same scenario always gives the same projection. */
export function projectFrozen(scenario: Scenario): Projection {
  const parameters = resolveParameters(scenario.parameters);
  const run: Run = { tables: new AmountTables(scenario.bareme, parameters), parameters, dates: effectiveDates(parameters) };
  const cpts = scenario.cpts.map((c) => projectCpts(c, run, forcedRuleVersion(ruleSettingOf(scenario, c))));
  const used = new Set<string>();
  for (const c of cpts) for (const y of c.years) used.add(y.ruleVersion);
  return {
    scenarioName: scenario.name,
    ruleSetting: scenario.ruleVersion,
    ruleVersions: [...used].sort(),
    cpts,
    totalsByCalendarYear: addByYear(cpts.flatMap((c) => c.totalsByCalendarYear)),
    total: sum(cpts.map((c) => c.total)),
    warnings: [],
    parameters,
  };
}

/** What every CPTS of a run shares: the resolved tables and parameters. */
interface Run {
  readonly tables: AmountTables;
  readonly parameters: ResolvedParameters;
  readonly dates: Readonly<Record<string, IsoDate>>;
}

/** "auto": each contract year follows the version in force on its first day (validation guarantees one). */
function versionFor(period: ContractPeriod, forced: RuleVersion | undefined, dates: Readonly<Record<string, IsoDate>>): RuleVersion {
  const version = forced ?? ruleVersionInForce(period.start, dates);
  if (!version) throw new Error(`Aucune version des règles en vigueur le ${period.start}`);
  return version;
}

function projectCpts(input: CptsInput, run: Run, forced: RuleVersion | undefined): CptsProjection {
  const periods = contractPeriods(input.signatureDate);
  const first = versionFor(periods[0]!, forced, run.dates);
  const size = sizeOf(input.population, first.sizes, run.parameters.sizeBoundaries);
  const missions = input.missions.map((m) => prepare(m, periods));
  const years = periods.map((period) => {
    const version = versionFor(period, forced, run.dates);
    const lines = yearLines(missions, period, run.tables.get(version, size), run.parameters.prorataDayCount);
    return { ...period, contract: 1, renewalAssumed: false, ruleVersion: version.id, lines, total: sum(lines.map((l) => l.amount)) };
  });
  const payments = buildPayments(years, run.parameters);
  const total = sum(years.map((y) => y.total));
  const provisionalAmount = sum(years.map((y) => provisionalAmountOf(y.lines)));
  return {
    id: input.id,
    name: input.name,
    population: input.population,
    size,
    sizeOnBoundary: isOnAmbiguousBoundary(input.population, first.sizes),
    signatureDate: input.signatureDate,
    contractEnd: contractEnd(input.signatureDate),
    years,
    payments,
    totalsByCalendarYear: totalsByCalendarYear(payments),
    total,
    provisional: provisionalAmount.greaterThan(0),
    provisionalAmount,
    provisionalShare: total.isZero() ? ZERO : provisionalAmount.div(total),
    // The frozen algorithm predates « hors ACI » lines: the comparison runs on scenarios without them.
    horsAci: [],
    paid: input.paid ?? [],
  };
}

function line(
  mission: LineMission,
  component: Component,
  resolved: ResolvedAmount,
  prorata: Prorata | null,
  rate: Decimal,
  activeFrom: IsoDate,
  threshold?: Decimal,
): ProjectionLine {
  const amount = lineAmount(resolved.value, prorata, rate);
  const base = { mission, component, max: resolved.value, prorata, rate, amount, activeFrom, source: resolved.source };
  return threshold ? { ...base, threshold } : base;
}

/** A mission's input with its rates as decimals and its first contract year, worked out once per CPTS. */
interface PreparedMission {
  readonly input: MissionInput;
  readonly rates: readonly Decimal[];
  readonly firstYear: number;
}

function toRate(value: number): Decimal {
  return value === 1 ? ONE : value === 0 ? ZERO : new Dec(value);
}

function prepare(m: MissionInput, periods: readonly ContractPeriod[]): PreparedMission {
  const first = periods.find((p) => m.startDate <= p.end);
  return { input: m, rates: m.rates.map(toRate), firstYear: first ? first.contractYear : periods.length + 1 };
}

function yearLines(missions: readonly PreparedMission[], period: ContractPeriod, table: ResolvedTable, dayCount: ProrataDayCount): ProjectionLine[] {
  const fonctionnement = period.contractYear === 1 ? table.fonctionnement : table.fonctionnementLaterYears;
  const lines: ProjectionLine[] = [line(FONCTIONNEMENT, 'fonctionnement', fonctionnement, null, ONE, period.start)];
  for (const m of missions) if (m.firstYear <= period.contractYear) addMissionLines(lines, m, period, table, dayCount);
  return lines;
}

import { prorataOf } from '../../../../src/engine/projection/project';

function addMissionLines(lines: ProjectionLine[], prepared: PreparedMission, period: ContractPeriod, table: ResolvedTable, dayCount: ProrataDayCount): void {
  const m = prepared.input;
  const partial = m.startDate > period.start;
  const prorata: Prorata | null = partial ? prorataOf(m.startDate, period, dayCount) : null;
  const activeFrom = partial ? m.startDate : period.start;
  if (isStandardMission(m.mission)) {
    const amounts = table.missions[m.mission];
    const rate = effectiveRate(prepared.rates[period.contractYear - 1] ?? ZERO, table.variableThreshold);
    const variableProrata = table.prorateVariablePart ? prorata : null;
    lines.push(
      line(m.mission, 'fixe', amounts.fixed, prorata, ONE, activeFrom),
      // The scenarios compared carry no indicators: every variable rate is the typed one.
      { ...line(m.mission, 'variable', amounts.variable, variableProrata, rate, activeFrom, table.variableThreshold), rateSource: 'saisie' as const },
    );
    return;
  }
  const crisis = table.crisis;
  if (!crisis) return; // validation refuses a crisis mission under a version without one
  lines.push(
    prepared.firstYear === period.contractYear
      ? line(CRISIS_MISSION_ID, 'plan', crisis.plan, prorata, ONE, activeFrom)
      : line(CRISIS_MISSION_ID, 'mise-a-jour', crisis.update, prorata, ONE, activeFrom),
  );
  if (m.crisisYears?.includes(period.contractYear)) lines.push(line(CRISIS_MISSION_ID, 'activation', crisis.activation, null, ONE, activeFrom));
}
