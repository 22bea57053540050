import { AmountTables, type LineSource, type ResolvedAmount, type ResolvedTable } from './amounts';
import { centsOf, fromCents } from './cents';
import { contractEnd, contractPeriods, type ContractPeriod } from './contract';
import { daysBetween, type IsoDate } from './dates';
import { CRISIS_MISSION_ID, FONCTIONNEMENT, isStandardMission, type Component, type LineMission } from './missions';
import { Dec, ONE, roundToCent, ZERO, type Dec as Decimal } from './money';
import { addByYear, buildPayments, totalsByCalendarYear, type CalendarYearTotal, type Payment } from './payments';
import { forcedRuleVersion, ruleVersionInForce, type RuleVersion } from './rules';
import { ruleSettingOf, type CptsInput, type MissionInput, type Scenario } from './scenario';
import { isOnAmbiguousBoundary, sizeOf, type Size } from './size';
import { projectionWarnings } from './warnings';
import type { Issue } from './validation';

/** A part-year: the mission was active `days` of the contract year's `daysInYear`. */
export interface Prorata {
  readonly days: number;
  readonly daysInYear: number;
}

/** The share of a contract year a part-year covers (1 for a full year): days ÷ days in the contract year. */
export function prorataFactor(prorata: Prorata | null): Decimal {
  if (!prorata) return ONE;
  // At most 366 × 2 distinct factors: each is divided once per run, not once per line.
  const key = prorata.days * 1000 + prorata.daysInYear;
  let factor = prorataFactors.get(key);
  if (factor === undefined) prorataFactors.set(key, (factor = new Dec(prorata.days).div(prorata.daysInYear)));
  return factor;
}
const prorataFactors = new Map<number, Decimal>();

/** The rate a variable part is paid at: nothing below the version's threshold (0 unless the rules set one). */
export function effectiveRate(rate: Decimal, threshold: Decimal): Decimal {
  return rate.lessThan(threshold) ? ZERO : rate;
}

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
  return assemble(scenario, [...projectEach(scenario)]);
}

/**
 * Time slices for a long projection, decided by the caller (the engine reads no clock and sets no timer):
 * `due()` says a slice is over, `pause()` lets the page breathe before the next one.
 */
export interface Slices {
  due(): boolean;
  pause(): Promise<void>;
}

/** The same projection as project(), paused between CPTS whenever a slice is over: no long task in a page. */
export async function projectInSlices(scenario: Scenario, slices: Slices): Promise<Projection> {
  const cpts: CptsProjection[] = [];
  for (const c of projectEach(scenario)) {
    cpts.push(c);
    if (slices.due()) await slices.pause();
  }
  return assemble(scenario, cpts);
}

function assemble(scenario: Scenario, cpts: readonly CptsProjection[]): Projection {
  const used = new Set<string>();
  for (const c of cpts) for (const y of c.years) used.add(y.ruleVersion);
  return {
    scenarioName: scenario.name,
    ruleSetting: scenario.ruleVersion,
    ruleVersions: [...used].sort(),
    cpts,
    totalsByCalendarYear: addByYear(cpts.flatMap((c) => c.totalsByCalendarYear)),
    total: sumOfCents(cpts, (c) => c.total),
    warnings: projectionWarnings(scenario),
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

/** A sum of whole-cent amounts, added as integer cents (exact, see cents.ts). */
function sumOfCents<T>(items: readonly T[], amount: (item: T) => Decimal): Decimal {
  let cents = 0;
  for (const item of items) cents += centsOf(amount(item));
  return fromCents(cents);
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
  const years = periods.map((period): YearProjection => {
    const version = versionFor(period, forced);
    const lines = yearLines(missions, period, tables.get(version, size));
    // Written out, not spread from `period`: a spread copies through a slow path on every year of every CPTS.
    const { contractYear, start, end, anniversary, days } = period;
    return { contractYear, start, end, anniversary, days, ruleVersion: version.id, lines, total: sumOfCents(lines, (l) => l.amount) };
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
    total: sumOfCents(years, (y) => y.total),
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
  const amount = factor === ONE && rate === ONE ? resolved.value : rate === ZERO ? ZERO : roundToCent(times(times(resolved.value, factor), rate));
  return { mission, component, max: resolved.value, prorata, rate, amount, activeFrom, source: resolved.source };
}

/** a × b, without a new decimal when b is 1 (most lines: full years, fixed parts at 100 %). */
function times(a: Decimal, b: Decimal): Decimal {
  return b === ONE ? a : a.times(b);
}

/** A mission's input with its rates as decimals and its first contract year, worked out once per CPTS. */
interface PreparedMission {
  readonly input: MissionInput;
  readonly rates: readonly Decimal[];
  readonly firstYear: number;
}

/** Rates as decimals, one instance per value: a department's CPTS repeat the same few rates. */
const rateDecimals = new Map<number, Decimal>([
  [1, ONE],
  [0, ZERO],
]);
function toRate(value: number): Decimal {
  let rate = rateDecimals.get(value);
  if (rate === undefined) {
    rate = new Dec(value);
    if (rateDecimals.size < 10_000) rateDecimals.set(value, rate);
  }
  return rate;
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
