import {
  CONTRACT_BAREME_LABEL,
  Dec,
  provisionalShareOf,
  FONCTIONNEMENT,
  MISSION_IDS,
  rulesCurrentTo,
  type LineMission,
  type Projection,
  type Scenario,
} from '../engine';
import { asText, isoToSerial, rangeAddress, type CellValue } from './cells';
import {
  CALENDAR_TOTAL_COLUMNS,
  COMPONENT_LABELS,
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
} from './layout';
import { cashSheet } from './outputs-cash';
import type { CellsPlan, ChartPlan, SheetPlan, TablePlan } from './plan';
import type { WrittenSummary } from './port';

/**
 * The projection as the sheets « Calculer » writes. Amounts leave decimal.js here and only here
 * (`toNumber()`), after the engine rounded each line to the cent; dates become Excel serials with a date
 * format; user text (identifiers, names) is guarded so Excel never reads it as a formula.
 */

/** Header row of every output table: row 4, under the banner, the run's description and a blank row. */
const TABLE_ROW = 3;

export function outputPlans(scenario: Scenario, projection: Projection): SheetPlan[] {
  const head = heading(scenario, projection);
  return [
    projectionSheet(projection, head),
    scheduleSheet(projection, head),
    summarySheet(projection, head),
    chartsSheet(projection, head),
    cashSheet(projection, head, TABLE_ROW),
  ];
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

/** Rows 1 and 2 of a generated sheet: it is generated; which scenario, rules and barème it comes from. */
function heading(scenario: Scenario, projection: Projection): CellsPlan[] {
  const current = rulesCurrentTo().split('-').reverse().join('/');
  const setting = projection.ruleSetting === 'auto' ? 'selon les dates' : 'imposée';
  const parts = [
    `Scénario « ${scenario.name} »`,
    `version(s) des règles : ${projection.ruleVersions.join(', ')} (${setting})`,
    `règles à jour au ${current}`,
    ...(scenario.bareme ? [`montants du ${CONTRACT_BAREME_LABEL} pour les tailles ${Object.keys(scenario.bareme.sizes).join(', ')}`] : []),
  ];
  return [
    { row: 0, col: 0, values: [[GENERATED_BANNER]], kind: 'banner' },
    { row: 1, col: 0, values: [[parts.join(' — ')]], kind: 'info' },
  ];
}

const money = (d: Dec): number => d.toNumber();

function table(name: string, col: number, columns: readonly ColumnSpec[], rows: CellValue[][]): TablePlan {
  return { name, row: TABLE_ROW, col, columns, rows, kind: 'output' };
}

function sheet(name: string, head: CellsPlan[], tables: TablePlan[], charts: ChartPlan[] = []): SheetPlan {
  return { name, generated: true, cells: head, tables, charts, freezeRows: TABLE_ROW + 1 };
}

function projectionSheet(p: Projection, head: CellsPlan[]): SheetPlan {
  const rows: CellValue[][] = [];
  for (const c of p.cpts) {
    for (const y of c.years) {
      for (const l of y.lines) {
        const prorata = l.prorata ? new Dec(l.prorata.days).div(l.prorata.daysInYear).toNumber() : 1;
        rows.push([
          asText(c.id),
          asText(c.name),
          y.contractYear,
          isoToSerial(y.start),
          isoToSerial(y.end),
          MISSION_LABELS[l.mission],
          COMPONENT_LABELS[l.component],
          money(l.max),
          prorata,
          l.rate.toNumber(),
          money(l.amount),
          l.source.ruleVersion,
          asText(l.source.reference),
          STATUS_LABELS[l.source.status],
        ]);
      }
    }
  }
  return sheet(SHEETS.projection, head, [table(TABLES.projection, 0, PROJECTION_COLUMNS, rows)]);
}

function scheduleSheet(p: Projection, head: CellsPlan[]): SheetPlan {
  const payments = p.cpts.flatMap((c) => c.payments.map((pay) => ({ c, pay })));
  // Stable: same date keeps the CPTS order, then the engine's own order.
  payments.sort((a, b) => (a.pay.date < b.pay.date ? -1 : a.pay.date > b.pay.date ? 1 : 0));
  const rows = payments.map(({ c, pay }): CellValue[] => [
    isoToSerial(pay.date),
    asText(c.id),
    asText(c.name),
    pay.contractYear,
    PAYMENT_KIND_LABELS[pay.kind],
    money(pay.amount),
  ]);
  const totals = p.totalsByCalendarYear.map((t): CellValue[] => [Number(t.year), money(t.total)]);
  return sheet(SHEETS.schedule, head, [
    table(TABLES.schedule, 0, SCHEDULE_COLUMNS, rows),
    table(TABLES.calendarTotals, SCHEDULE_COLUMNS.length + 1, CALENDAR_TOTAL_COLUMNS, totals),
  ]);
}

function summarySheet(p: Projection, head: CellsPlan[]): SheetPlan {
  const years = p.cpts[0]?.years.length ?? 0;
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
      ]);
    });
  }
  const totals: CellValue[][] = [...byYear.map((t, k): CellValue[] => [`Année ${k + 1}`, money(t)]), ['Total', money(p.total)]];
  return sheet(SHEETS.summary, head, [
    table(TABLES.setTotals, 0, SET_TOTAL_COLUMNS, totals),
    table(TABLES.summary, SET_TOTAL_COLUMNS.length + 1, SUMMARY_COLUMNS, rows),
  ]);
}

function chartsSheet(p: Projection, head: CellsPlan[]): SheetPlan {
  const years = p.cpts[0]?.years.length ?? 0;
  const order: LineMission[] = [FONCTIONNEMENT, ...MISSION_IDS];
  const sums = new Map<LineMission, Dec[]>(order.map((m) => [m, Array.from({ length: years }, () => new Dec(0))]));
  for (const c of p.cpts) {
    c.years.forEach((y, k) => {
      for (const l of y.lines) sums.get(l.mission)![k] = sums.get(l.mission)![k]!.plus(l.amount);
    });
  }
  // A mission no CPTS has would be an empty series: keep fonctionnement and the missions with an amount.
  const missions = order.filter((m) => m === FONCTIONNEMENT || sums.get(m)!.some((d) => !d.isZero()));
  const missionColumns: ColumnSpec[] = [
    { header: 'Année de contrat', format: null, width: 16 },
    ...missions.map((m): ColumnSpec => ({ header: MISSION_LABELS[m], format: FORMATS.euro, width: 16 })),
  ];
  const missionRows = Array.from({ length: years }, (_, k): CellValue[] => [`Année ${k + 1}`, ...missions.map((m) => money(sums.get(m)![k]!))]);
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
  return sheet(
    SHEETS.charts,
    head,
    [table(TABLES.chartMissions, 0, missionColumns, missionRows), table(TABLES.chartCalendar, calendarCol, calendarColumns, calendarRows)],
    [missionChart, calendarChart],
  );
}
