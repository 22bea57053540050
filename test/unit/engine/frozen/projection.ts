/**
 * A frozen copy of the engine's projection and payment calendar as they were before integer-cent accumulation
 * (commit 3ee7388), all in decimal.js: the oracle the exactness property test compares the engine with.
 * Never used by the application. Only arithmetic lives here; rule data, dates and tables are the engine's own.
 */
/* eslint-disable */
import type { CptsProjection, Projection, ProjectionLine, Prorata, YearProjection } from '../../../../src/engine/projection';
import type { CalendarYearTotal, Payment } from '../../../../src/engine/payments';
import { AmountTables, type LineSource, type ResolvedAmount, type ResolvedTable } from '../../../../src/engine/amounts';
import { contractEnd, contractPeriods, type ContractPeriod } from '../../../../src/engine/contract';
import { daysBetween, type IsoDate } from '../../../../src/engine/dates';
import { CRISIS_MISSION_ID, FONCTIONNEMENT, isStandardMission, type Component, type LineMission } from '../../../../src/engine/missions';
import { Dec, ONE, roundToCent, sum, ZERO, type Dec as Decimal } from '../../../../src/engine/money';
import { addByYear, buildPayments, totalsByCalendarYear } from './payments';
import { forcedRuleVersion, ruleVersionInForce, type RuleVersion } from '../../../../src/engine/rules';
import { ruleSettingOf, type CptsInput, type MissionInput, type Scenario } from '../../../../src/engine/scenario';
import { isOnAmbiguousBoundary, sizeOf, type Size } from '../../../../src/engine/size';

/** The share of a contract year a part-year covers (1 for a full year): days ÷ days in the contract year. */
export function prorataFactor(prorata: Prorata | null): Decimal {
  return prorata ? new Dec(prorata.days).div(prorata.daysInYear) : ONE;
}

/** The rate a variable part is paid at: nothing below the version's threshold (0 unless the rules set one). */
export function effectiveRate(rate: Decimal, threshold: Decimal): Decimal {
  return rate.lessThan(threshold) ? ZERO : rate;
}

/** Projects a validated scenario. Pure: the same scenario always gives the same projection. */
export function projectFrozen(scenario: Scenario): Projection {
  const cpts = [...projectEach(scenario)];
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
  };
}

/** The CPTS projected one at a time, in order: the CLI writes each and lets it go (flat memory on large files). */
export function* projectEach(scenario: Scenario): Generator<CptsProjection> {
  const tables = new AmountTables(scenario.bareme);
  for (const c of scenario.cpts) yield projectCpts(c, tables, forcedRuleVersion(ruleSettingOf(scenario, c)));
}

/** The versions a projection uses (Projection.ruleVersions) without projecting: the CLI writes them first. */
export function ruleVersionsOf(scenario: Scenario): string[] {
  const used = new Set<string>();
  for (const c of scenario.cpts) {
    const forced = forcedRuleVersion(ruleSettingOf(scenario, c));
    for (const period of contractPeriods(c.signatureDate)) used.add(versionFor(period, forced).id);
  }
  return [...used].sort();
}

/** "auto": each contract year follows the version in force on its first day (validation guarantees one). */
function versionFor(period: ContractPeriod, forced: RuleVersion | undefined): RuleVersion {
  const version = forced ?? ruleVersionInForce(period.start);
  if (!version) throw new Error(`Aucune version des règles en vigueur le ${period.start}`);
  return version;
}

function projectCpts(input: CptsInput, tables: AmountTables, forced: RuleVersion | undefined): CptsProjection {
  const periods = contractPeriods(input.signatureDate);
  const first = versionFor(periods[0]!, forced);
  const size = sizeOf(input.population, first.sizes);
  const missions = input.missions.map((m) => prepare(m, periods));
  const years = periods.map((period) => {
    const version = versionFor(period, forced);
    const lines = yearLines(missions, period, tables.get(version, size));
    return { ...period, ruleVersion: version.id, lines, total: sum(lines.map((l) => l.amount)) };
  });
  const payments = buildPayments(years);
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
    total: sum(years.map((y) => y.total)),
    provisional: years.some((y) => y.lines.some((l) => l.source.status !== 'confirmed' && l.source.status !== 'contract')),
  };
}

function line(
  mission: LineMission,
  component: Component,
  resolved: ResolvedAmount,
  factor: Decimal,
  prorata: Prorata | null,
  rate: Decimal,
  activeFrom: IsoDate,
): ProjectionLine {
  // A full year at 100 % is the table amount itself (already in cents): sharing the instance saves work
  // on large runs and lets the payment calendar reuse its advance split.
  const amount = factor === ONE && rate === ONE ? resolved.value : rate === ZERO ? ZERO : roundToCent(resolved.value.times(factor).times(rate));
  return { mission, component, max: resolved.value, prorata, rate, amount, activeFrom, source: resolved.source };
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

function yearLines(missions: readonly PreparedMission[], period: ContractPeriod, table: ResolvedTable): ProjectionLine[] {
  const lines: ProjectionLine[] = [line(FONCTIONNEMENT, 'fonctionnement', table.fonctionnement, ONE, null, ONE, period.start)];
  for (const m of missions) if (m.firstYear <= period.contractYear) addMissionLines(lines, m, period, table);
  return lines;
}

function addMissionLines(lines: ProjectionLine[], prepared: PreparedMission, period: ContractPeriod, table: ResolvedTable): void {
  const m = prepared.input;
  const partial = m.startDate > period.start;
  const prorata: Prorata | null = partial ? { days: daysBetween(m.startDate, period.anniversary), daysInYear: period.days } : null;
  const factor = prorataFactor(prorata);
  const activeFrom = partial ? m.startDate : period.start;
  if (isStandardMission(m.mission)) {
    const amounts = table.missions[m.mission];
    const rate = effectiveRate(prepared.rates[period.contractYear - 1] ?? ZERO, table.variableThreshold);
    const variableProrata = table.prorateVariablePart ? prorata : null;
    lines.push(
      line(m.mission, 'fixe', amounts.fixed, factor, prorata, ONE, activeFrom),
      line(m.mission, 'variable', amounts.variable, variableProrata ? factor : ONE, variableProrata, rate, activeFrom),
    );
    return;
  }
  const crisis = table.crisis;
  if (!crisis) return; // validation refuses a crisis mission under a version without one
  lines.push(
    prepared.firstYear === period.contractYear
      ? line(CRISIS_MISSION_ID, 'plan', crisis.plan, factor, prorata, ONE, activeFrom)
      : line(CRISIS_MISSION_ID, 'mise-a-jour', crisis.update, factor, prorata, ONE, activeFrom),
  );
  if (m.crisisYears?.includes(period.contractYear)) lines.push(line(CRISIS_MISSION_ID, 'activation', crisis.activation, ONE, null, ONE, activeFrom));
}
