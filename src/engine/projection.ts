import { AmountTables, type LineSource, type ResolvedAmount, type ResolvedTable } from './amounts';
import { contractEnd, contractPeriods, type ContractPeriod } from './contract';
import { daysBetween, type IsoDate } from './dates';
import { CRISIS_MISSION_ID, FONCTIONNEMENT, isStandardMission, type Component, type LineMission } from './missions';
import { Dec, ONE, roundToCent, sum, ZERO, type Dec as Decimal } from './money';
import { fractionValue, indicatorRate, LINEAR, type Fraction, type IndicatorRate } from './indicators';
import { addByYear, buildPayments, totalsByCalendarYear, type CalendarYearTotal, type Payment } from './payments';
import { forcedRuleVersion, ruleVersionInForce, type RuleVersion } from './rules';
import { ruleSettingOf, type CptsInput, type IndicatorMethod, type MissionInput, type Scenario } from './scenario';
import { isOnAmbiguousBoundary, sizeOf, type Size } from './size';
import { reconcile, type Reconciliation } from './reconciliation';
import { projectionWarnings } from './warnings';
import type { Issue } from './validation';

/** A part-year: the mission was active `days` of the contract year's `daysInYear`. */
export interface Prorata {
  readonly days: number;
  readonly daysInYear: number;
}

/** The share of a contract year a part-year covers (1 for a full year): days ÷ days in the contract year. */
export function prorataFactor(prorata: Prorata | null): Decimal {
  return prorata ? new Dec(prorata.days).div(prorata.daysInYear) : ONE;
}

/** The rate a variable part is paid at: nothing below the version's threshold (0 unless the rules set one). */
export function effectiveRate(rate: Decimal, threshold: Decimal): Decimal {
  return rate.lessThan(threshold) ? ZERO : rate;
}

/** Where a variable part's rate comes from: the contract's indicators, or the rate typed in `rates`. */
export type RateSource = 'indicateurs' | 'saisie';

/** One amount: a component of a mission (or the fonctionnement) for one contract year. */
export interface ProjectionLine {
  readonly mission: LineMission;
  readonly component: Component;
  /** Full-year maximum from the table in force. */
  readonly max: Decimal;
  /** Null for a full year. */
  readonly prorata: Prorata | null;
  /** Achievement rate applied (1 for fixed amounts). */
  readonly rate: Decimal;
  /** max × prorata × rate, rounded to the cent. */
  readonly amount: Decimal;
  /** First day of the year the component is due from (its advance date, for fixed parts). */
  readonly activeFrom: IsoDate;
  readonly source: LineSource;
  /** Variable parts only: whether the rate comes from the indicators or was typed. */
  readonly rateSource?: RateSource;
  /** Variable parts whose rate comes from the indicators: each indicator's arithmetic. */
  readonly indicators?: IndicatorRate;
}

export interface YearProjection extends ContractPeriod {
  readonly ruleVersion: string;
  readonly lines: readonly ProjectionLine[];
  readonly total: Decimal;
}

export interface CptsProjection {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly size: Size;
  /** The population sits where the text does not say which size applies (40 000, 80 000, 175 000). */
  readonly sizeOnBoundary: boolean;
  readonly signatureDate: IsoDate;
  readonly contractEnd: IsoDate;
  readonly years: readonly YearProjection[];
  readonly payments: readonly Payment[];
  readonly totalsByCalendarYear: readonly CalendarYearTotal[];
  readonly total: Decimal;
  /** Some amount used is not confirmed (derived, à vérifier or provisoire). */
  readonly provisional: boolean;
  /** Payments made (the scenario's `paid`) against this calendar. */
  readonly reconciliation: Reconciliation;
}

export interface Projection {
  readonly scenarioName: string;
  /** The scenario's setting: "auto" or the forced version id. */
  readonly ruleSetting: string;
  /** Every version used, in order. */
  readonly ruleVersions: readonly string[];
  readonly cpts: readonly CptsProjection[];
  readonly totalsByCalendarYear: readonly CalendarYearTotal[];
  readonly total: Decimal;
  readonly warnings: readonly Issue[];
}

/** Projects a validated scenario. Pure: the same scenario always gives the same projection. */
export function project(scenario: Scenario): Projection {
  const tables = new AmountTables(scenario.bareme);
  const method = scenario.indicatorMethod ?? LINEAR;
  const cpts = scenario.cpts.map((c) => projectCpts(c, tables, forcedRuleVersion(ruleSettingOf(scenario, c)), method));
  const used = new Set<string>();
  for (const c of cpts) for (const y of c.years) used.add(y.ruleVersion);
  return {
    scenarioName: scenario.name,
    ruleSetting: scenario.ruleVersion,
    ruleVersions: [...used].sort(),
    cpts,
    totalsByCalendarYear: addByYear(cpts.flatMap((c) => c.totalsByCalendarYear)),
    total: sum(cpts.map((c) => c.total)),
    warnings: projectionWarnings(scenario),
  };
}

/** "auto": each contract year follows the version in force on its first day (validation guarantees one). */
function versionFor(period: ContractPeriod, forced: RuleVersion | undefined): RuleVersion {
  const version = forced ?? ruleVersionInForce(period.start);
  if (!version) throw new Error(`Aucune version des règles en vigueur le ${period.start}`);
  return version;
}

function projectCpts(input: CptsInput, tables: AmountTables, forced: RuleVersion | undefined, method: IndicatorMethod): CptsProjection {
  const periods = contractPeriods(input.signatureDate);
  const first = versionFor(periods[0]!, forced);
  const size = sizeOf(input.population, first.sizes);
  const missions = input.missions.map((m) => prepare(m, periods, method));
  const years = periods.map((period) => {
    const version = versionFor(period, forced);
    const lines = yearLines(missions, period, tables.get(version, size));
    return { ...period, ruleVersion: version.id, lines, total: sum(lines.map((l) => l.amount)) };
  });
  const payments = buildPayments(years);
  const total = sum(years.map((y) => y.total));
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
    provisional: years.some((y) => y.lines.some((l) => l.source.status !== 'confirmed' && l.source.status !== 'contract')),
    reconciliation: reconcile(payments, total, input.paid),
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
  exact?: Fraction,
): ProjectionLine {
  // A full year at 100 % is the table amount itself (already in cents): sharing the instance saves work
  // on large runs and lets the payment calendar reuse its advance split.
  const amount =
    factor === ONE && rate === ONE
      ? resolved.value
      : rate.isZero()
        ? ZERO
        : exact
          ? roundToCent(exactProduct(resolved.value, prorata, exact))
          : roundToCent(resolved.value.times(factor).times(rate));
  return { mission, component, max: resolved.value, prorata, rate, amount, activeFrom, source: resolved.source };
}

/**
 * max × prorata × rate with one division at the end: a rate from indicators (2/3) is never rounded before the
 * line's rounding to the cent.
 */
export function exactProduct(max: Decimal, prorata: Prorata | null, rate: Fraction): Decimal {
  const numerator = max.times(prorata ? prorata.days : 1).times(rate.numerator);
  return numerator.div(rate.denominator.times(prorata ? prorata.daysInYear : 1));
}

/** A mission's input with its rates as decimals and its first contract year, worked out once per CPTS. */
interface PreparedMission {
  readonly input: MissionInput;
  readonly rates: readonly Decimal[];
  /** Per contract year, the rate from the indicators when that year uses them (else null: the typed rate). */
  readonly fromIndicators: readonly (IndicatorRate | null)[];
  readonly firstYear: number;
}

function toRate(value: number): Decimal {
  return value === 1 ? ONE : value === 0 ? ZERO : new Dec(value);
}

function prepare(m: MissionInput, periods: readonly ContractPeriod[], method: IndicatorMethod): PreparedMission {
  const first = periods.find((p) => m.startDate <= p.end);
  const fromIndicators = m.indicators ? periods.map((p) => indicatorRate(m, p.contractYear, method)) : [];
  return { input: m, rates: m.rates.map(toRate), fromIndicators, firstYear: first ? first.contractYear : periods.length + 1 };
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
    const indicators = prepared.fromIndicators[period.contractYear - 1] ?? null;
    const before = indicators ? fractionValue(indicators.rate) : (prepared.rates[period.contractYear - 1] ?? ZERO);
    const rate = effectiveRate(before, table.variableThreshold);
    const variableProrata = table.prorateVariablePart ? prorata : null;
    const variable = line(m.mission, 'variable', amounts.variable, variableProrata ? factor : ONE, variableProrata, rate, activeFrom, indicators?.rate);
    lines.push(
      line(m.mission, 'fixe', amounts.fixed, factor, prorata, ONE, activeFrom),
      indicators ? { ...variable, rateSource: 'indicateurs', indicators } : { ...variable, rateSource: 'saisie' },
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
