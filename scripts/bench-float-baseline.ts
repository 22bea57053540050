import {
  contractEnd,
  contractPeriods,
  CRISIS_MISSION_ID,
  forcedRuleVersion,
  FONCTIONNEMENT,
  ruleSettingOf,
  ruleVersionInForce,
  sizeOf,
  type Component,
  type CptsInput,
  type IsoDate,
  type LineMission,
  type LineSource,
  type PaymentKind,
  type RuleAmount,
  type RuleVersion,
  type Scenario,
  type Size,
  type StandardMissionId,
} from '../src/engine';
import { daysBetween } from '../src/engine/calendar/dates';
import { isOnAmbiguousBoundary } from '../src/engine/rules/size';
import { isStandardMission } from '../src/engine/vocabulary/missions';
import { projectionWarnings } from '../src/engine/projection/warnings';
import { isProvisionalStatus } from '../src/engine/rules/amounts';
import { effectiveDates, resolveParameters, type ResolvedParameters } from '../src/engine/rules/parameters';
import type { ContractPeriod } from '../src/engine/calendar/contract';

/**
 * The engine's projection redone in binary floats, for the benchmark's baseline only. A fair baseline builds
 * what the engine builds: every line object (mission, component, max, prorata, rate, amount, start, source),
 * every contract year with its total, every payment with its parts, grouped by date, contract year and kind
 * and sorted, the totals per calendar year and per contract, and the department's. Only the arithmetic differs
 * (plain numbers rounded with Math.round): it shows what exact decimals cost, and is never used for a figure
 * anyone reads.
 */
const cents = (x: number): number => Math.round(x * 100) / 100;

interface FloatAmount {
  readonly value: number;
  readonly source: LineSource;
}
interface FloatTable {
  readonly fonctionnement: FloatAmount;
  readonly fonctionnementLaterYears: FloatAmount;
  readonly missions: Readonly<Record<StandardMissionId, { readonly fixed: FloatAmount; readonly variable: FloatAmount }>>;
  readonly crisis: { readonly plan: FloatAmount; readonly update: FloatAmount; readonly activation: FloatAmount } | null;
  readonly advanceShare: number;
  readonly variableThreshold: number;
  readonly prorateVariablePart: boolean;
}
interface FloatLine {
  readonly mission: LineMission;
  readonly component: Component;
  readonly max: number;
  readonly prorata: { readonly days: number; readonly daysInYear: number } | null;
  readonly rate: number;
  readonly amount: number;
  readonly activeFrom: IsoDate;
  readonly source: LineSource;
}
interface FloatYear extends ContractPeriod {
  readonly ruleVersion: string;
  readonly lines: readonly FloatLine[];
  readonly total: number;
}
interface FloatPayment {
  readonly date: IsoDate;
  readonly contractYear: number;
  readonly kind: PaymentKind;
  readonly amount: number;
  readonly parts: readonly { readonly mission: LineMission; readonly component: Component; readonly amount: number }[];
}
interface FloatYearTotal {
  readonly year: string;
  readonly total: number;
}
export interface FloatProjection {
  readonly cpts: readonly {
    readonly id: string;
    readonly size: Size;
    readonly sizeOnBoundary: boolean;
    readonly contractEnd: IsoDate;
    readonly years: readonly FloatYear[];
    readonly payments: readonly FloatPayment[];
    readonly totalsByCalendarYear: readonly FloatYearTotal[];
    readonly total: number;
    readonly provisional: boolean;
    readonly provisionalAmount: number;
    readonly provisionalShare: number;
  }[];
  readonly totalsByCalendarYear: readonly FloatYearTotal[];
  readonly total: number;
  readonly warnings: readonly { readonly path: string; readonly message: string }[];
}

const tables = new Map<string, FloatTable>();
function tableOf(version: RuleVersion, size: Size, params: ResolvedParameters): FloatTable {
  const key = `${version.id}/${size}`;
  let table = tables.get(key);
  if (table) return table;
  const pick = (r: RuleAmount): FloatAmount => ({
    value: Number(r.value),
    source: { ruleVersion: version.id, reference: r.ref, status: r.status, evidence: r.evidence },
  });
  const missions = {} as Record<StandardMissionId, { fixed: FloatAmount; variable: FloatAmount }>;
  for (const [id, rule] of Object.entries(version.missions) as [StandardMissionId, RuleVersion['missions'][StandardMissionId]][]) {
    missions[id] = { fixed: pick(rule.fixed[size]), variable: pick(rule.variable[size]) };
  }
  const c = version.crisis;
  const fonctionnement = pick(version.fonctionnement[size]);
  const increase = version.fonctionnementIncrease;
  table = {
    fonctionnement,
    fonctionnementLaterYears: increase && params.fonctionnementIncrease === 'signature-only' ? pick(increase.before[size]) : fonctionnement,
    missions,
    crisis: c ? { plan: pick(c.plan[size]), update: pick(c.update[size]), activation: pick(c.activation[size]) } : null,
    advanceShare: params.advanceShare,
    variableThreshold: params.variableThreshold,
    prorateVariablePart: params.prorateVariablePart,
  };
  tables.set(key, table);
  return table;
}

function line(
  mission: LineMission,
  component: Component,
  a: FloatAmount,
  factor: number,
  prorata: FloatLine['prorata'],
  rate: number,
  activeFrom: IsoDate,
): FloatLine {
  return { mission, component, max: a.value, prorata, rate, amount: cents(a.value * factor * rate), activeFrom, source: a.source };
}

function yearLines(c: CptsInput, firstYears: readonly number[], period: ContractPeriod, table: FloatTable): FloatLine[] {
  const fonctionnement = period.contractYear === 1 ? table.fonctionnement : table.fonctionnementLaterYears;
  const lines = [line(FONCTIONNEMENT, 'fonctionnement', fonctionnement, 1, null, 1, period.start)];
  c.missions.forEach((m, i) => {
    if (firstYears[i]! > period.contractYear) return;
    const partial = m.startDate > period.start;
    const prorata = partial ? { days: daysBetween(m.startDate, period.anniversary), daysInYear: period.days } : null;
    const factor = prorata ? prorata.days / prorata.daysInYear : 1;
    const from = partial ? m.startDate : period.start;
    if (isStandardMission(m.mission)) {
      const amounts = table.missions[m.mission];
      const raw = m.rates[period.contractYear - 1] ?? 0;
      const rate = raw < table.variableThreshold ? 0 : raw;
      const variableProrata = table.prorateVariablePart ? prorata : null;
      lines.push(
        line(m.mission, 'fixe', amounts.fixed, factor, prorata, 1, from),
        line(m.mission, 'variable', amounts.variable, variableProrata ? factor : 1, variableProrata, rate, from),
      );
      return;
    }
    const crisis = table.crisis;
    if (!crisis) return;
    lines.push(
      firstYears[i] === period.contractYear
        ? line(CRISIS_MISSION_ID, 'plan', crisis.plan, factor, prorata, 1, from)
        : line(CRISIS_MISSION_ID, 'mise-a-jour', crisis.update, factor, prorata, 1, from),
    );
    if (m.crisisYears?.includes(period.contractYear)) lines.push(line(CRISIS_MISSION_ID, 'activation', crisis.activation, 1, null, 1, from));
  });
  return lines;
}

const KIND_ORDER: Record<PaymentKind, number> = { fonctionnement: 0, balance: 1, advance: 2 };
const ADVANCED = new Set<Component>(['fixe', 'plan', 'mise-a-jour']);

function payments(years: readonly FloatYear[], tablesOfYears: readonly FloatTable[], firstInFull: boolean): FloatPayment[] {
  type Group = { date: IsoDate; contractYear: number; kind: PaymentKind; amount: number; parts: FloatPayment['parts'][number][] };
  const byDate = new Map<IsoDate, Group[]>();
  const all: Group[] = [];
  const pay = (date: IsoDate, contractYear: number, kind: PaymentKind, l: FloatLine, amount: number): void => {
    if (amount === 0) return;
    let onDate = byDate.get(date);
    if (!onDate) byDate.set(date, (onDate = []));
    const part = { mission: l.mission, component: l.component, amount };
    const group = onDate.find((g) => g.contractYear === contractYear && g.kind === kind);
    if (group) {
      group.parts.push(part);
      group.amount += amount;
    } else {
      const created: Group = { date, contractYear, kind, amount, parts: [part] };
      onDate.push(created);
      all.push(created);
    }
  };
  years.forEach((year, i) => {
    const table = tablesOfYears[i]!;
    const cy = year.contractYear;
    for (const l of year.lines) {
      if (l.component === 'fonctionnement' && cy === 1 && firstInFull) pay(year.start, cy, 'fonctionnement', l, l.amount);
      else if (l.component === 'fonctionnement' || ADVANCED.has(l.component)) {
        const advance = cents(l.amount * table.advanceShare);
        pay(l.activeFrom, cy, 'advance', l, advance);
        pay(year.anniversary, cy, 'balance', l, cents(l.amount - advance));
      } else pay(year.anniversary, cy, 'balance', l, l.amount);
    }
  });
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.contractYear - b.contractYear || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
}

function byCalendarYear(entries: readonly { readonly year: string; readonly total: number }[]): FloatYearTotal[] {
  const totals = new Map<string, number>();
  for (const e of entries) totals.set(e.year, cents((totals.get(e.year) ?? 0) + e.total));
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, total]) => ({ year, total }));
}

export function projectWithFloats(scenario: Scenario): FloatProjection {
  const params = resolveParameters(scenario.parameters);
  const dates = effectiveDates(params);
  tables.clear();
  const cpts = scenario.cpts.map((c) => {
    const periods = contractPeriods(c.signatureDate);
    const forced = forcedRuleVersion(ruleSettingOf(scenario, c));
    const inForce = (date: IsoDate): RuleVersion => forced ?? ruleVersionInForce(date, dates)!;
    const first = inForce(periods[0]!.start);
    const size = sizeOf(c.population, first.sizes, params.sizeBoundaries);
    const firstYears = c.missions.map((m) => periods.find((p) => m.startDate <= p.end)?.contractYear ?? periods.length + 1);
    const tablesOfYears = periods.map((p) => tableOf(inForce(p.start), size, params));
    const years = periods.map((p, i): FloatYear => {
      const lines = yearLines(c, firstYears, p, tablesOfYears[i]!);
      const { contractYear, start, end, anniversary, days } = p;
      return {
        contractYear,
        start,
        end,
        anniversary,
        days,
        ruleVersion: inForce(p.start).id,
        lines,
        total: cents(lines.reduce((s, l) => s + l.amount, 0)),
      };
    });
    const paid = payments(years, tablesOfYears, params.firstYearFonctionnement === 'integral');
    const total = cents(years.reduce((s, y) => s + y.total, 0));
    let provisionalAmount = 0;
    for (const y of years) for (const l of y.lines) if (isProvisionalStatus(l.source.status)) provisionalAmount += l.amount;
    provisionalAmount = cents(provisionalAmount);
    return {
      id: c.id,
      size,
      sizeOnBoundary: isOnAmbiguousBoundary(c.population, first.sizes),
      contractEnd: contractEnd(c.signatureDate),
      years,
      payments: paid,
      totalsByCalendarYear: byCalendarYear(paid.map((p) => ({ year: p.date.slice(0, 4), total: p.amount }))),
      total,
      provisional: provisionalAmount > 0,
      provisionalAmount,
      provisionalShare: total === 0 ? 0 : provisionalAmount / total,
    };
  });
  return {
    cpts,
    totalsByCalendarYear: byCalendarYear(cpts.flatMap((c) => c.totalsByCalendarYear)),
    total: cents(cpts.reduce((s, c) => s + c.total, 0)),
    // No arithmetic in them, but the engine returns them: the same work on both sides.
    warnings: projectionWarnings(scenario),
  };
}
