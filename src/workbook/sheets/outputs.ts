import {
  CONTRACT_BAREME_LABEL,
  Dec,
  provisionalShareOf,
  FONCTIONNEMENT,
  HORS_ACI_NATURES,
  type YearProjection,
  MISSION_IDS,
  type LineMission,
  type CptsProjection,
  type Payment,
  type Projection,
  type Scenario,
  finish,
  finishInSlices,
  prorataFactor,
  type Prorata,
  type Slices,
  type Work,
} from '../../engine';
import { asText, isoToSerial, rangeAddress, type CellValue } from '../grid/cells';
import {
  CALENDAR_TOTAL_COLUMNS,
  COMPONENT_LABELS,
  contractYearLabel,
  FORMATS,
  GENERATED_BANNER,
  MISSION_LABELS,
  PAYMENT_KIND_LABELS,
  PROJECTION_COLUMNS,
  SCHEDULE_COLUMNS,
  SET_TOTAL_COLUMNS,
  SHEETS,
  STATUS_LABELS,
  SUMMARY_COLUMNS,
  TABLES,
  type ColumnSpec,
} from '../contract/layout';
import { budgetSheet } from './budget-sheet';
import { cashSheet } from './cash-sheet';
import type { CellsPlan, ChartPlan, SheetPlan, TablePlan } from '../grid/plan';
import type { WrittenSummary } from '../port';
import { headingCells, originText, rulesAndTime, WORKBOOK_ORIGIN, type RunStamp } from './stamp';

/**
 * The projection as the sheets « Calculer » writes. Amounts leave decimal.js here and only here
 * (`toNumber()`), after the engine rounded each line to the cent; dates become Excel serials with a date
 * format; user text (identifiers, names) is guarded so Excel never reads it as a formula.
 */

/** Header row of every output table: row 4, under the banner, the run's description and a blank row. */
export const TABLE_ROW = 3;

/** `run`: where the inputs came from and when (the stamp of every sheet); by default the workbook's inputs, now. */
export function outputPlans(scenario: Scenario, projection: Projection, run: RunStamp = { origin: WORKBOOK_ORIGIN, at: new Date() }): SheetPlan[] {
  const head = heading(scenario, projection, run);
  return SHEET_BUILDERS.map((build) => finish(build(projection, head)));
}

/** The output sheets, in order, each built from the projection and the heading as a work that yields after each CPTS. */
const SHEET_BUILDERS: readonly ((projection: Projection, head: CellsPlan[]) => Work<SheetPlan>)[] = [
  projectionSheet,
  scheduleSheet,
  summarySheet,
  chartsSheet,
  budgetSheet,
  (projection, head) => cashSheet(projection, head, TABLE_ROW),
];

/** outputPlans in time slices: the preview's page breathes while 1 000 CPTS' sheets are built. */
export async function outputPlansInSlices(scenario: Scenario, projection: Projection, run: RunStamp, slices: Slices): Promise<SheetPlan[]> {
  const head = heading(scenario, projection, run);
  const plans: SheetPlan[] = [];
  for (const build of SHEET_BUILDERS) plans.push(await finishInSlices(build(projection, head), slices));
  return plans;
}

/** What a run wrote, for the pane's report. */
export function writtenSummary(plans: readonly SheetPlan[]): WrittenSummary {
  const rowsOf = (name: string): number => plans.flatMap((p) => p.tables).find((t) => t.name === name)?.rows.length ?? 0;
  return {
    sheets: plans.map((p) => p.name),
    projectionRows: rowsOf(TABLES.projection),
    paymentRows: rowsOf(TABLES.schedule),
    charts: plans.reduce((n, p) => n + p.charts.length, 0),
  };
}

/** Rows 1 and 2 of a generated sheet: it is generated; which inputs, rules and barème it comes from, and when. */
export function heading(scenario: Scenario, projection: Projection, run: RunStamp): CellsPlan[] {
  const setting = projection.ruleSetting === 'auto' ? 'selon les dates' : 'imposée';
  const [current, time] = rulesAndTime(run.at);
  const parts = [
    `Entrées : ${originText(run.origin)}`,
    `version(s) des règles : ${projection.ruleVersions.join(', ')} (${setting})`,
    current!,
    ...(scenario.bareme ? [`montants du ${CONTRACT_BAREME_LABEL} pour les tailles ${Object.keys(scenario.bareme.sizes).join(', ')}`] : []),
    time!,
  ];
  return headingCells(GENERATED_BANNER, parts);
}

/**
 * An amount or a rate as the number Excel stores. Remembered per decimal: a department's lines share the same few
 * amounts and rates (the engine shares their instances), and `toNumber` goes through the decimal's text.
 */
const numbers = new WeakMap<Dec, number>();
export function money(d: Dec): number {
  let n = numbers.get(d);
  if (n === undefined) numbers.set(d, (n = d.toNumber()));
  return n;
}

/**
 * The share of its contract year a line covers (1 for a full year), as the number Excel stores: for display only,
 * the amount was computed exactly. Remembered per day count, as thousands of lines share a few.
 */
const prorataShares = new Map<string, number>();
export function prorataShare(prorata: Prorata | null): number {
  if (!prorata) return 1;
  const key = `${prorata.days}/${prorata.daysInYear}`;
  let share = prorataShares.get(key);
  if (share === undefined) prorataShares.set(key, (share = prorataFactor(prorata).toNumber()));
  return share;
}
const yesNo = (b: boolean): string => (b ? 'oui' : 'non');

/** « Hors ACI » lines as schedule rows: no contract year, their own nature. */
function horsAciScheduleRows(p: Projection): CellValue[][] {
  const lines = p.cpts.flatMap((c) => c.horsAci.map((h) => ({ c, h })));
  lines.sort((a, b) => (a.h.date < b.h.date ? -1 : a.h.date > b.h.date ? 1 : 0));
  return lines.map(({ c, h }) => [isoToSerial(h.date), asText(c.id), asText(c.name), null, HORS_ACI_NATURES[h.kind], money(h.amount), null, 'non']);
}

export function outputTable(name: string, col: number, columns: readonly ColumnSpec[], rows: CellValue[][]): TablePlan {
  return { name, row: TABLE_ROW, col, columns, rows, kind: 'output' };
}

export function outputSheet(name: string, head: CellsPlan[], tables: TablePlan[], charts: ChartPlan[] = []): SheetPlan {
  return { name, generated: true, cells: head, tables, charts, freezeRows: TABLE_ROW + 1 };
}

function* projectionSheet(p: Projection, head: CellsPlan[]): Work<SheetPlan> {
  const rows: CellValue[][] = [];
  for (const c of p.cpts) {
    const id = asText(c.id);
    const name = asText(c.name);
    for (const y of c.years) {
      const start = isoToSerial(y.start);
      const end = isoToSerial(y.end);
      const renewal = yesNo(y.renewalAssumed);
      for (const l of y.lines) {
        rows.push([
          id,
          name,
          y.contractYear,
          start,
          end,
          MISSION_LABELS[l.mission],
          COMPONENT_LABELS[l.component],
          money(l.max),
          prorataShare(l.prorata),
          money(l.rate),
          money(l.amount),
          l.source.ruleVersion,
          asText(l.source.reference),
          STATUS_LABELS[l.source.status],
          y.contract,
          renewal,
        ]);
      }
    }
    yield;
  }
  return outputSheet(SHEETS.projection, head, [outputTable(TABLES.projection, 0, PROJECTION_COLUMNS, rows)]);
}

function* scheduleSheet(p: Projection, head: CellsPlan[]): Work<SheetPlan> {
  const payments: { readonly c: CptsProjection; readonly pay: Payment }[] = [];
  for (const c of p.cpts) for (const pay of c.payments) payments.push({ c, pay });
  yield;
  // ACI payments first, then hors ACI ones (their own natures), so the table's ACI rows read as before. Stable: same date keeps the CPTS order, then the engine's own order.
  payments.sort((a, b) => (a.pay.date < b.pay.date ? -1 : a.pay.date > b.pay.date ? 1 : 0));
  yield;
  const rows: CellValue[][] = [];
  for (let i = 0; i < payments.length; i++) {
    const { c, pay } = payments[i]!;
    rows.push([
      isoToSerial(pay.date),
      asText(c.id),
      asText(c.name),
      pay.contractYear,
      PAYMENT_KIND_LABELS[pay.kind],
      money(pay.amount),
      pay.contract,
      yesNo(pay.renewalAssumed),
    ]);
    if (i % 1000 === 999) yield;
  }
  rows.push(...horsAciScheduleRows(p));
  const totals = p.totalsByCalendarYear.map((t): CellValue[] => [Number(t.year), money(t.total)]);
  return outputSheet(SHEETS.schedule, head, [
    outputTable(TABLES.schedule, 0, SCHEDULE_COLUMNS, rows),
    outputTable(TABLES.calendarTotals, SCHEDULE_COLUMNS.length + 1, CALENDAR_TOTAL_COLUMNS, totals),
  ]);
}

/** The CPTS whose years run longest (a renewal adds five): its years label the set's contract-year rows. */
function longestYears(p: Projection): readonly YearProjection[] {
  return p.cpts.reduce<readonly YearProjection[]>((longest, c) => (c.years.length > longest.length ? c.years : longest), []);
}

function* summarySheet(p: Projection, head: CellsPlan[]): Work<SheetPlan> {
  const labels = longestYears(p).map(contractYearLabel);
  const years = labels.length;
  const byYear: Dec[] = Array.from({ length: years }, () => new Dec(0));
  const rows: CellValue[][] = [];
  for (const c of p.cpts) {
    c.years.forEach((y, k) => {
      byYear[k] = byYear[k]!.plus(y.total);
      rows.push([
        asText(c.id),
        asText(c.name),
        c.size,
        y.contractYear,
        isoToSerial(y.start),
        isoToSerial(y.end),
        y.ruleVersion,
        money(y.total),
        provisionalShareOf(y.lines, y.total).toNumber(),
        y.contract,
        yesNo(y.renewalAssumed),
      ]);
    });
    yield;
  }
  const totals: CellValue[][] = [...byYear.map((t, k): CellValue[] => [labels[k]!, money(t)]), ['Total', money(p.total)]];
  return outputSheet(SHEETS.summary, head, [
    outputTable(TABLES.setTotals, 0, SET_TOTAL_COLUMNS, totals),
    outputTable(TABLES.summary, SET_TOTAL_COLUMNS.length + 1, SUMMARY_COLUMNS, rows),
  ]);
}

function* chartsSheet(p: Projection, head: CellsPlan[]): Work<SheetPlan> {
  const labels = longestYears(p).map(contractYearLabel);
  const years = labels.length;
  const order: LineMission[] = [FONCTIONNEMENT, ...MISSION_IDS];
  const sums = new Map<LineMission, Dec[]>(order.map((m) => [m, Array.from({ length: years }, () => new Dec(0))]));
  for (const c of p.cpts) {
    c.years.forEach((y, k) => {
      for (const l of y.lines) sums.get(l.mission)![k] = sums.get(l.mission)![k]!.plus(l.amount);
    });
    yield;
  }
  // A mission no CPTS has would be an empty series: keep fonctionnement and the missions with an amount.
  const missions = order.filter((m) => m === FONCTIONNEMENT || sums.get(m)!.some((d) => !d.isZero()));
  const missionColumns: ColumnSpec[] = [
    { header: 'Année de contrat', format: null, width: 16 },
    ...missions.map((m): ColumnSpec => ({ header: MISSION_LABELS[m], format: FORMATS.euro, width: 16 })),
  ];
  const missionRows = Array.from({ length: years }, (_, k): CellValue[] => [labels[k]!, ...missions.map((m) => money(sums.get(m)![k]!))]);
  const calendarCol = missionColumns.length + 1;
  const calendarRows = p.totalsByCalendarYear.map((t): CellValue[] => [t.year, money(t.total)]);
  const calendarColumns: ColumnSpec[] = [
    { header: 'Année civile', format: null, width: 12 },
    { header: 'Versements', format: FORMATS.euro, width: 18 },
  ];
  const body = TABLE_ROW + 1;
  const chartTop = body + Math.max(missionRows.length, calendarRows.length) + 2;
  const missionChart: ChartPlan = {
    name: 'GraphiqueMissions',
    title: 'Montants par mission et par année de contrat',
    type: 'ColumnStacked',
    categories: rangeAddress(body, 0, missionRows.length, 1),
    series: missions.map((m, j) => ({ name: MISSION_LABELS[m], values: rangeAddress(body, 1 + j, missionRows.length, 1) })),
    xAxisTitle: 'Année de contrat',
    yAxisTitle: 'Montant (€)',
    topLeft: rangeAddress(chartTop, 0, 1, 1),
    bottomRight: rangeAddress(chartTop + 18, 6, 1, 1),
  };
  const calendarChart: ChartPlan = {
    name: 'GraphiqueVersements',
    title: 'Versements par année civile',
    type: 'ColumnClustered',
    categories: rangeAddress(body, calendarCol, calendarRows.length, 1),
    series: [{ name: 'Versements', values: rangeAddress(body, calendarCol + 1, calendarRows.length, 1) }],
    xAxisTitle: 'Année civile',
    yAxisTitle: 'Versements (€)',
    topLeft: rangeAddress(chartTop, 8, 1, 1),
    bottomRight: rangeAddress(chartTop + 18, 14, 1, 1),
  };
  return outputSheet(
    SHEETS.charts,
    head,
    [outputTable(TABLES.chartMissions, 0, missionColumns, missionRows), outputTable(TABLES.chartCalendar, calendarCol, calendarColumns, calendarRows)],
    [missionChart, calendarChart],
  );
}
