import { compareProjections, project, type Comparison, type ComparisonRow } from '../../engine';
import { rangeAddress, type CellValue } from '../grid/cells';
import { COMPARISON_BANNER, COMPARISON_SHEET, COMPARISON_TABLES, FORMATS, type ColumnSpec } from '../contract/layout';
import { contributorTables } from './comparison-detail';
import type { ChartPlan, SheetPlan, TablePlan } from '../grid/plan';
import type { WorkbookIssue } from '../port';
import { brokenNameIssue, type StoreState } from '../store/store-sheet';
import { headingCells, rulesAndTime, scenarioLabel } from './stamp';

/**
 * Stored scenarios side by side: each is computed by the engine, compared (the first is the reference), and
 * written as the generated « Comparaison » sheet: per contract year (with the total) and per calendar year,
 * each scenario's amount, then for each other scenario its difference from the reference in euros and in
 * percent (a number with a % format, empty when the reference is zero), and a clustered-column chart of the
 * payments per calendar year, one series per scenario.
 */

/** What the comparison sheet's stamp says besides the names: each scenario's revision and the rule versions used. */
export interface ComparisonStamp {
  readonly revisions: readonly number[];
  readonly ruleVersions: readonly string[];
  readonly at: Date;
}

export type CompareOutcome =
  | { readonly ok: true; readonly comparison: Comparison; readonly stamp: Omit<ComparisonStamp, 'at'> }
  | { readonly ok: false; readonly issues: readonly WorkbookIssue[] };

function refusal(message: string): WorkbookIssue {
  return { path: '', message: `${message}. Rien n’a été modifié.`, cell: null };
}

export function compareStored(state: StoreState, names: readonly string[]): CompareOutcome {
  if (names.length < 2) return { ok: false, issues: [refusal('Choisissez au moins deux scénarios à comparer')] };
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) return { ok: false, issues: [refusal(`Le scénario « ${twice} » est choisi deux fois : dupliquez-le pour le comparer à lui-même`)] };
  const broken = brokenNameIssue(state, names);
  if (broken) return { ok: false, issues: [broken] };
  const issues: WorkbookIssue[] = [];
  const found = names.map((name) => {
    const stored = state.scenarios.find((s) => s.scenario.name === name);
    if (!stored) issues.push(refusal(`Aucun scénario ne s’appelle « ${name} »`));
    return stored;
  });
  if (issues.length > 0) return { ok: false, issues };
  const projections = found.map((s) => ({ name: s!.scenario.name, projection: project(s!.scenario) }));
  const comparison = compareProjections(projections);
  const ruleVersions = [...new Set(projections.flatMap((p) => p.projection.ruleVersions))];
  return { ok: true, comparison, stamp: { revisions: found.map((s) => s!.revision), ruleVersions } };
}

/** Header rows (0-based) of the two tables; titles sit on the row above each. */
const CONTRACT_TABLE_ROW = 3;
const GAP = 2;

/** Excel refuses two headers of one table that differ only by case: the later one gets « (2) ». */
function uniqueHeaders(headers: readonly string[]): string[] {
  const used: string[] = [];
  return headers.map((h) => {
    let name = h;
    for (let i = 2; used.some((u) => u.toLowerCase() === name.toLowerCase()); i++) name = `${h} (${i})`;
    used.push(name);
    return name;
  });
}

function columns(first: ColumnSpec, names: readonly string[]): ColumnSpec[] {
  const headers = uniqueHeaders([first.header, ...names, ...names.slice(1).flatMap((n) => [`${n} : écart (€)`, `${n} : écart (%)`])]);
  const specs: ColumnSpec[] = [{ ...first, header: headers[0]! }];
  names.forEach((_, i) => specs.push({ header: headers[1 + i]!, format: FORMATS.euro, width: 18 }));
  names.slice(1).forEach((_, i) => {
    specs.push({ header: headers[1 + names.length + 2 * i]!, format: FORMATS.euro, width: 16 });
    specs.push({ header: headers[2 + names.length + 2 * i]!, format: FORMATS.prorata, width: 12 });
  });
  return specs;
}

/** Amounts leave decimal.js here, after the engine's rounding; a ratio keeps its precision (the format rounds). */
function cells(period: CellValue, row: ComparisonRow): CellValue[] {
  const amounts = row.cells.map((c) => c.amount.toNumber());
  const differences = row.cells.slice(1).flatMap((c) => [c.difference.toNumber(), c.ratio ? c.ratio.toNumber() : null]);
  return [period, ...amounts, ...differences];
}

export function comparisonPlan(comparison: Comparison, stamp: ComparisonStamp): SheetPlan {
  const names = comparison.names;
  const contractRows = [...comparison.byContractYear.map((r) => cells(`Année ${r.period}`, r)), cells('Total', comparison.total)];
  const calendarRows = comparison.byCalendarYear.map((r) => cells(Number(r.period), r));
  const calendarTableRow = CONTRACT_TABLE_ROW + 1 + contractRows.length + GAP;
  const contract: TablePlan = {
    name: COMPARISON_TABLES.contractYears,
    row: CONTRACT_TABLE_ROW,
    col: 0,
    columns: columns({ header: 'Année de contrat', format: null, width: 16 }, names),
    rows: contractRows,
    kind: 'output',
  };
  const calendar: TablePlan = {
    name: COMPARISON_TABLES.calendarYears,
    row: calendarTableRow,
    col: 0,
    columns: columns({ header: 'Année civile', format: FORMATS.year, width: 16 }, names),
    rows: calendarRows,
    kind: 'output',
  };
  const body = calendarTableRow + 1;
  const count = Math.max(1, calendarRows.length);
  const chartTop = body + count + 1;
  const chart: ChartPlan = {
    name: 'GraphiqueComparaison',
    title: 'Versements par année civile, par scénario',
    type: 'ColumnClustered',
    categories: rangeAddress(body, 0, count, 1),
    series: names.map((name, i) => ({ name, values: rangeAddress(body, 1 + i, count, 1) })),
    xAxisTitle: 'Année civile',
    yAxisTitle: 'Versements (€)',
    topLeft: rangeAddress(chartTop, 0, 1, 1),
    bottomRight: rangeAddress(chartTop + 18, 7, 1, 1),
  };
  // Who moved, under the chart.
  const detail = contributorTables(comparison.detail, chartTop + 21);
  const [reference, ...others] = names;
  const named = (name: string, i: number): string =>
    stamp.revisions[i] === undefined ? `« ${name} »` : scenarioLabel({ name, revision: stamp.revisions[i]! });
  const parts = [
    `Référence : ${named(reference ?? '', 0)}`,
    `écarts de ${others.map((n, i) => named(n, i + 1)).join(', ')} par rapport à elle`,
    ...(stamp.ruleVersions.length > 0 ? [`version(s) des règles : ${stamp.ruleVersions.join(', ')}`] : []),
    ...rulesAndTime(stamp.at),
  ];
  return {
    name: COMPARISON_SHEET,
    generated: true,
    cells: [
      ...headingCells(COMPARISON_BANNER, parts),
      { row: CONTRACT_TABLE_ROW - 1, col: 0, values: [['Montants par année de contrat (total des CPTS de chaque scénario)']], kind: 'info' },
      { row: calendarTableRow - 1, col: 0, values: [['Versements par année civile (échéancier de chaque scénario)']], kind: 'info' },
      ...detail.cells,
    ],
    tables: [contract, calendar, ...detail.tables],
    charts: [chart],
    freezeRows: 0,
  };
}

/** A « Comparaison » sheet the add-in did not create is never deleted. */
export function foreignComparisonIssue(sheet: string): WorkbookIssue {
  return {
    path: '',
    message: `La feuille « ${sheet} » existe déjà et n’a pas été créée par le simulateur : renommez-la pour que la comparaison puisse s’écrire. Rien n’a été modifié.`,
    cell: { sheet, address: 'A1' },
  };
}
