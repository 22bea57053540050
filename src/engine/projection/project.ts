import { centsOf, fromCents } from '../money/cents';
import { AmountTables, provisionalAmountOf, type ResolvedAmount, type ResolvedTable } from '../rules/amounts';
import { contractEnd, type ContractPeriod } from '../calendar/contract';
import { addMonths, daysBetween, type IsoDate } from '../calendar/dates';
import { horsAciLines } from './hors-aci';
import { fractionValue, indicatorRate, LINEAR, type Fraction, type IndicatorRate } from './indicators';
import { lineAmount, type ExactRate, type Prorata } from './line-amount';
import { contractTerms } from './renewal';
import { CRISIS_MISSION_ID, FONCTIONNEMENT, isStandardMission, type Component, type LineMission } from '../vocabulary/missions';
import { Dec, ONE, ZERO, type Dec as Decimal } from '../money/money';
import { effectiveDates, resolveParameters, type ResolvedParameters } from '../rules/parameters';
import { addByYear, buildPayments, totalsByCalendarYear } from './payments';
import { forcedRuleVersion, ruleVersionInForce, type RuleVersion } from '../rules';
import type { ProrataDayCount } from '../rules/types';
import { ruleSettingOf, type CptsInput, type IndicatorMethod, type MissionInput, type PaidInput, type Scenario } from '../scenario/types';
import { isOnAmbiguousBoundary, sizeOf } from '../rules/size';
import { projectionWarningsWork, type Warning } from './warnings';
import type { CptsProjection, Projection, ProjectionLine, RateSource, YearProjection } from './model';
import { finish, finishInSlices, type Slices, type Work } from '../work';

export { prorataFactor, type Prorata } from './line-amount';

/** The rate a variable part is paid at: nothing below the version's threshold (0 unless the rules set one). */
export function effectiveRate(rate: Decimal, threshold: Decimal): Decimal {
  return rate.lessThan(threshold) ? ZERO : rate;
}

/**
 * The rate a line's amount is multiplied by: a rate from indicators as its exact fraction (2/3), unless the
 * threshold made it 0 (then 0, whatever the indicators said).
 */
export function amountRate(rate: Decimal, fromIndicators: Fraction | undefined): ExactRate {
  return fromIndicators && !rate.isZero() ? fromIndicators : rate;
}

/** Projects a validated scenario. Pure: the same scenario always gives the same projection. */
export function project(scenario: Scenario): Projection {
  return finish(projectWork(scenario));
}

/** The same projection as project(), paused between CPTS whenever a slice is over: no long task in a page. */
export function projectInSlices(scenario: Scenario, slices: Slices): Promise<Projection> {
  return finishInSlices(projectWork(scenario), slices);
}

/** The projection as a work that yields after each CPTS (work.ts). */
function* projectWork(scenario: Scenario): Work<Projection> {
  const cpts: CptsProjection[] = [];
  for (const c of projectEach(scenario)) {
    cpts.push(c);
    yield;
  }
  const warnings = yield* projectionWarningsWork(scenario);
  return assemble(scenario, cpts, warnings);
}

/** The CPTS projected one at a time, in order: the CLI writes each and lets it go (flat memory on large files). */
export function* projectEach(scenario: Scenario): Generator<CptsProjection> {
  const run = runOf(scenario);
  for (const c of scenario.cpts) yield projectCpts(c, run, forcedRuleVersion(ruleSettingOf(scenario, c)));
}

/** The versions a projection uses (Projection.ruleVersions) without projecting: the CLI writes them first. */
export function ruleVersionsOf(scenario: Scenario): string[] {
  const { dates } = runOf(scenario);
  const used = new Set<string>();
  for (const c of scenario.cpts) {
    const forced = forcedRuleVersion(ruleSettingOf(scenario, c));
    for (const term of contractTerms(c)) for (const period of term.periods) used.add(versionFor(period, forced, dates).id);
  }
  return [...used].sort();
}

function runOf(scenario: Scenario): Run {
  const parameters = resolveParameters(scenario.parameters);
  return {
    tables: new AmountTables(scenario.bareme, parameters),
    parameters,
    dates: effectiveDates(parameters),
    indicatorMethod: scenario.indicatorMethod ?? LINEAR,
  };
}

function assemble(scenario: Scenario, cpts: readonly CptsProjection[], warnings: readonly Warning[]): Projection {
  const used = new Set<string>();
  for (const c of cpts) for (const y of c.years) used.add(y.ruleVersion);
  return {
    scenarioName: scenario.name,
    ruleSetting: scenario.ruleVersion,
    ruleVersions: [...used].sort(),
    cpts,
    totalsByCalendarYear: addByYear(cpts.flatMap((c) => c.totalsByCalendarYear)),
    total: sumOfCents(cpts, (c) => c.total),
    warnings,
    parameters: resolveParameters(scenario.parameters),
  };
}

/** A sum of whole-cent amounts, added as integer cents (exact, see cents.ts). */
function sumOfCents<T>(items: readonly T[], amount: (item: T) => Decimal): Decimal {
  let cents = 0;
  for (const item of items) cents += centsOf(amount(item));
  return fromCents(cents);
}

/** What every CPTS of a run shares: the resolved tables and parameters. */
interface Run {
  readonly tables: AmountTables;
  readonly parameters: ResolvedParameters;
  readonly dates: Readonly<Record<string, IsoDate>>;
  /** How indicators become rates: linear (the workbook's convention) or « paliers ». */
  readonly indicatorMethod: IndicatorMethod;
}

/** "auto": each contract year follows the version in force on its first day (validation guarantees one). */
function versionFor(period: ContractPeriod, forced: RuleVersion | undefined, dates: Readonly<Record<string, IsoDate>>): RuleVersion {
  const version = forced ?? ruleVersionInForce(period.start, dates);
  if (!version) throw new Error(`Aucune version des règles en vigueur le ${period.start}`);
  return version;
}

const NOTHING_PAID: readonly PaidInput[] = [];

function projectCpts(input: CptsInput, run: Run, forced: RuleVersion | undefined): CptsProjection {
  const terms = contractTerms(input);
  const first = versionFor(terms[0]!.periods[0]!, forced, run.dates);
  const size = sizeOf(input.population, first.sizes, run.parameters.sizeBoundaries);
  const years = terms.flatMap((term) => {
    // A renewal is a new contract: its size follows the rules in force on its first day.
    const termSize =
      term.contract === 1 ? size : sizeOf(input.population, versionFor(term.periods[0]!, forced, run.dates).sizes, run.parameters.sizeBoundaries);
    const missions = term.missions.map((m) => prepare(m, term.periods, term.crisisPlanInFirstYear, run.indicatorMethod));
    return term.periods.map((period): YearProjection => {
      const version = versionFor(period, forced, run.dates);
      const lines = yearLines(missions, period, run.tables.get(version, termSize), run.parameters.prorataDayCount);
      // Written out, not spread from `period`: a spread copies through a slow path on every year of every CPTS.
      const { contractYear, start, end, anniversary, days } = period;
      return {
        contractYear,
        start,
        end,
        anniversary,
        days,
        contract: term.contract,
        renewalAssumed: term.renewalAssumed,
        ruleVersion: version.id,
        lines,
        total: sumOfCents(lines, (l) => l.amount),
      };
    });
  });
  const payments = buildPayments(years, run.parameters);
  const total = sumOfCents(years, (y) => y.total);
  const provisionalAmount = sumOfCents(years, (y) => provisionalAmountOf(y.lines));
  const horsAci = horsAciLines(input.horsAci ?? [], size);
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
    horsAci,
    provisional: provisionalAmount.greaterThan(0),
    provisionalAmount,
    provisionalShare: total.isZero() ? ZERO : provisionalAmount.div(total),
    paid: input.paid ?? NOTHING_PAID,
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
  exact?: Fraction,
  rateSource?: RateSource,
  indicators?: IndicatorRate,
): ProjectionLine {
  const amount = lineAmount(resolved.value, prorata, amountRate(rate, exact));
  // Two literals rather than a spread: this runs for every line of every CPTS.
  const max = resolved.value;
  const source = resolved.source;
  // Variable parts: one literal with their rate's source, not a spread of the line (a spread per line is slow).
  if (threshold && rateSource)
    return indicators
      ? { mission, component, max, prorata, rate, amount, threshold, activeFrom, source, rateSource, indicators }
      : { mission, component, max, prorata, rate, amount, threshold, activeFrom, source, rateSource };
  return threshold
    ? { mission, component, max, prorata, rate, amount, threshold, activeFrom, source }
    : { mission, component, max, prorata, rate, amount, activeFrom, source };
}

/** A mission's input with its rates as decimals and its first contract year, worked out once per CPTS. */
interface PreparedMission {
  readonly input: MissionInput;
  readonly rates: readonly Decimal[];
  /** Per contract year, the rate from the indicators when that year uses them (else null: the typed rate). */
  readonly fromIndicators: readonly (IndicatorRate | null)[];
  readonly firstYear: number;
  /** The contract year the crisis plan is written: the mission's first, or none in a renewal. */
  readonly planYear: number | null;
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

function prepare(m: MissionInput, periods: readonly ContractPeriod[], planInFirstYear: boolean, method: IndicatorMethod): PreparedMission {
  const first = periods.find((p) => m.startDate <= p.end);
  const firstYear = first ? first.contractYear : periods.length + 1;
  const fromIndicators = m.indicators ? periods.map((p) => indicatorRate(m, p.contractYear, method)) : [];
  return { input: m, rates: m.rates.map(toRate), fromIndicators, firstYear, planYear: planInFirstYear ? firstYear : null };
}

function yearLines(missions: readonly PreparedMission[], period: ContractPeriod, table: ResolvedTable, dayCount: ProrataDayCount): ProjectionLine[] {
  const fonctionnement = period.contractYear === 1 ? table.fonctionnement : table.fonctionnementLaterYears;
  const lines: ProjectionLine[] = [line(FONCTIONNEMENT, 'fonctionnement', fonctionnement, null, ONE, period.start)];
  for (const m of missions) if (m.firstYear <= period.contractYear) addMissionLines(lines, m, period, table, dayCount);
  return lines;
}

/**
 * The part-year from a mission's start to the anniversary that closes its first contract year:
 * - `actual-days`: days from the start (included) to the anniversary (excluded) ÷ days in the contract year;
 * - `whole-months`: the whole months in that span ÷ 12, a whole month ending on the same day of a later month
 *   (clamped to that month's last day): the largest m with start + m months ≤ the anniversary. A start less than a
 *   month before the anniversary gives 0/12.
 */
export function prorataOf(startDate: IsoDate, period: ContractPeriod, dayCount: ProrataDayCount): Prorata {
  if (dayCount === 'actual-days') return { days: daysBetween(startDate, period.anniversary), daysInYear: period.days };
  const [sy, sm] = startDate.split('-').map(Number) as [number, number];
  const [ay, am] = period.anniversary.split('-').map(Number) as [number, number];
  let months = (ay - sy) * 12 + (am - sm);
  while (months > 0 && addMonths(startDate, months) > period.anniversary) months--;
  return { days: months, daysInYear: 12, unit: 'months' };
}

function addMissionLines(lines: ProjectionLine[], prepared: PreparedMission, period: ContractPeriod, table: ResolvedTable, dayCount: ProrataDayCount): void {
  const m = prepared.input;
  const partial = m.startDate > period.start;
  const prorata: Prorata | null = partial ? prorataOf(m.startDate, period, dayCount) : null;
  const activeFrom = partial ? m.startDate : period.start;
  if (isStandardMission(m.mission)) {
    const amounts = table.missions[m.mission];
    const indicators = prepared.fromIndicators[period.contractYear - 1] ?? null;
    const before = indicators ? fractionValue(indicators.rate) : (prepared.rates[period.contractYear - 1] ?? ZERO);
    const rate = effectiveRate(before, table.variableThreshold);
    const variableProrata = table.prorateVariablePart ? prorata : null;
    const variable = indicators
      ? line(m.mission, 'variable', amounts.variable, variableProrata, rate, activeFrom, table.variableThreshold, indicators.rate, 'indicateurs', indicators)
      : line(m.mission, 'variable', amounts.variable, variableProrata, rate, activeFrom, table.variableThreshold, undefined, 'saisie');
    lines.push(line(m.mission, 'fixe', amounts.fixed, prorata, ONE, activeFrom), variable);
    return;
  }
  const crisis = table.crisis;
  if (!crisis) return; // validation refuses a crisis mission under a version without one
  lines.push(
    prepared.planYear === period.contractYear
      ? line(CRISIS_MISSION_ID, 'plan', crisis.plan, prorata, ONE, activeFrom)
      : line(CRISIS_MISSION_ID, 'mise-a-jour', crisis.update, prorata, ONE, activeFrom),
  );
  if (m.crisisYears?.includes(period.contractYear)) lines.push(line(CRISIS_MISSION_ID, 'activation', crisis.activation, null, ONE, activeFrom));
}
