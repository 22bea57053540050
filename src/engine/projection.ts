import { AmountTables, type LineSource, type ResolvedAmount, type ResolvedTable } from './amounts';
import { contractEnd, type ContractPeriod } from './contract';
import { horsAciLines, type HorsAciLine } from './hors-aci';
import { contractTerms } from './renewal';
import { daysBetween, type IsoDate } from './dates';
import { CRISIS_MISSION_ID, FONCTIONNEMENT, isStandardMission, type Component, type LineMission } from './missions';
import { Dec, ONE, roundToCent, sum, ZERO, type Dec as Decimal } from './money';
import { addByYear, buildPayments, totalsByCalendarYear, type CalendarYearTotal, type Payment } from './payments';
import { forcedRuleVersion, ruleVersionInForce, type RuleVersion } from './rules';
import { ruleSettingOf, type CptsInput, type MissionInput, type Scenario } from './scenario';
import { isOnAmbiguousBoundary, sizeOf, type Size } from './size';
import { projectionWarnings, type Warning } from './warnings';

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
  /** 1 for the signed contract, 2 for an assumed renewal (renewal.ts). */
  readonly contract: number;
  /** « renouvellement supposé »: every line of the year rests on the renewal the scenario assumes. */
  readonly renewalAssumed: boolean;
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
  /** Last day of the signed contract (an assumed renewal runs on to `years`' last end). */
  readonly contractEnd: IsoDate;
  /** Contract years of the signed contract, then those of the assumed renewal if any. */
  readonly years: readonly YearProjection[];
  readonly payments: readonly Payment[];
  readonly totalsByCalendarYear: readonly CalendarYearTotal[];
  readonly total: Decimal;
  /** « Hors ACI » amounts, dated: never in `total`, `payments` or `totalsByCalendarYear`. */
  readonly horsAci: readonly HorsAciLine[];
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
  readonly warnings: readonly Warning[];
}

/** Projects a validated scenario. Pure: the same scenario always gives the same projection. */
export function project(scenario: Scenario): Projection {
  const tables = new AmountTables(scenario.bareme);
  const cpts = scenario.cpts.map((c) => projectCpts(c, tables, forcedRuleVersion(ruleSettingOf(scenario, c))));
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

function projectCpts(input: CptsInput, tables: AmountTables, forced: RuleVersion | undefined): CptsProjection {
  const terms = contractTerms(input);
  const first = versionFor(terms[0]!.periods[0]!, forced);
  const size = sizeOf(input.population, first.sizes);
  const years = terms.flatMap((term) => {
    // A renewal is a new contract: its size follows the rules in force on its first day.
    const termSize = sizeOf(input.population, versionFor(term.periods[0]!, forced).sizes);
    const missions = term.missions.map((m) => prepare(m, term.periods, term.crisisPlanInFirstYear));
    return term.periods.map((period): YearProjection => {
      const version = versionFor(period, forced);
      const lines = yearLines(missions, period, tables.get(version, termSize));
      return {
        ...period,
        contract: term.contract,
        renewalAssumed: term.renewalAssumed,
        ruleVersion: version.id,
        lines,
        total: sum(lines.map((l) => l.amount)),
      };
    });
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
    horsAci: horsAciLines(input.horsAci ?? [], size),
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
  /** The contract year the crisis plan is written: the mission's first, or none in a renewal. */
  readonly planYear: number | null;
}

function toRate(value: number): Decimal {
  return value === 1 ? ONE : value === 0 ? ZERO : new Dec(value);
}

function prepare(m: MissionInput, periods: readonly ContractPeriod[], planInFirstYear: boolean): PreparedMission {
  const first = periods.find((p) => m.startDate <= p.end);
  const firstYear = first ? first.contractYear : periods.length + 1;
  return { input: m, rates: m.rates.map(toRate), firstYear, planYear: planInFirstYear ? firstYear : null };
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
    prepared.planYear === period.contractYear
      ? line(CRISIS_MISSION_ID, 'plan', crisis.plan, factor, prorata, ONE, activeFrom)
      : line(CRISIS_MISSION_ID, 'mise-a-jour', crisis.update, factor, prorata, ONE, activeFrom),
  );
  if (m.crisisYears?.includes(period.contractYear)) lines.push(line(CRISIS_MISSION_ID, 'activation', crisis.activation, ONE, null, ONE, activeFrom));
}
