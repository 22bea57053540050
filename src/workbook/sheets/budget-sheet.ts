import { cptsBudget, Dec, horsAciTotal, setBudget, type CalendarYearBudget, type Projection, type Work } from '../../engine';
import { asText, rangeAddress, type CellValue } from '../grid/cells';
import {
  BUDGET_CPTS_COLUMNS,
  BUDGET_HORS_ACI_PREFIX,
  BUDGET_SET_ROW,
  BUDGET_TOTAL_COLUMN,
  BUDGET_YEAR_COLUMNS,
  budgetYearColumn,
  FORMATS,
  SHEETS,
  TABLES,
  type ColumnSpec,
} from '../contract/layout';
import { money, outputSheet, TABLE_ROW } from './outputs';
import type { CellsPlan, ChartPlan, SheetPlan } from '../grid/plan';

/**
 * « Budget annuel » (issue 11 §4): what a CPAM or a treasurer votes, per calendar year. First the set's years,
 * ACI split between signed contracts and assumed renewals, with the shares resting on renewals and on
 * provisional amounts, and hors ACI apart; beside it one row per CPTS and one column per calendar year, ACI
 * then hors ACI, each with its total column, and the set's row (« Ensemble »). A chart stacks the years.
 */

/** A share as a fraction for a percent format; an empty cell where the year has no ACI payment. */
const share = (part: Dec, whole: Dec): CellValue => (whole.isZero() ? null : part.div(whole).toNumber());

function yearRow(b: CalendarYearBudget): CellValue[] {
  return [
    Number(b.year),
    money(b.aci.minus(b.renewalAssumed)),
    money(b.renewalAssumed),
    money(b.horsAci),
    money(b.aci),
    share(b.renewalAssumed, b.aci),
    money(b.provisional),
    share(b.provisional, b.aci),
    money(b.includingHorsAci),
  ];
}

/**
 * One row per CPTS: its ACI payments per calendar year and their total, then its hors ACI amounts for the years
 * that have any and their total; the set's row (« Ensemble ») last, the sums of the rows above.
 */
function* cptsByYearRows(p: Projection, years: readonly string[], horsAciYears: readonly string[]): Work<CellValue[][]> {
  const zero = new Dec(0);
  const columns = years.length + 1 + horsAciYears.length + 1;
  const set: Dec[] = Array.from({ length: columns }, () => zero);
  const rows: CellValue[][] = [];
  for (const c of p.cpts) {
    const budget = new Map(cptsBudget(c).map((b) => [b.year, b]));
    const aci = years.map((y) => budget.get(y)?.aci ?? zero);
    const horsAci = horsAciYears.map((y) => budget.get(y)?.horsAci ?? zero);
    const amounts = [...aci, aci.reduce((t, a) => t.plus(a), zero), ...horsAci, horsAciTotal(c.horsAci)];
    amounts.forEach((a, j) => (set[j] = set[j]!.plus(a)));
    rows.push([asText(c.id), asText(c.name), ...amounts.map(money)]);
    yield;
  }
  rows.push([BUDGET_SET_ROW, null, ...set.map(money)]);
  return rows;
}

export function* budgetSheet(p: Projection, head: CellsPlan[]): Work<SheetPlan> {
  const budget = setBudget(p);
  yield;
  const years = budget.map((b) => b.year);
  const horsAciYears = budget.filter((b) => !b.horsAci.isZero()).map((b) => b.year);
  const yearRows = budget.map(yearRow);
  const euro = (header: string): ColumnSpec => ({ header, format: FORMATS.euro, width: 16 });
  const cptsColumns: ColumnSpec[] = [
    ...BUDGET_CPTS_COLUMNS,
    ...years.map(budgetYearColumn),
    euro(BUDGET_TOTAL_COLUMN),
    ...horsAciYears.map((y) => euro(`${BUDGET_HORS_ACI_PREFIX} ${y}`)),
    euro(`${BUDGET_HORS_ACI_PREFIX} total`),
  ];
  // Side by side, each table on its own columns: the writer updates them in place whatever their row counts
  // (a table under another would be rebuilt when the one above grows). The CPTS table, whose columns follow
  // the calendar years, is the rightmost; the chart sits under the years' table.
  const cptsCol = BUDGET_YEAR_COLUMNS.length + 1;
  const body = TABLE_ROW + 1;
  const chartTop = body + yearRows.length + 2;
  const chart: ChartPlan = {
    name: 'GraphiqueBudgetAnnuel',
    title: 'Budget par année civile : ACI (contrats signés, renouvellements supposés) et hors ACI',
    type: 'ColumnStacked',
    categories: rangeAddress(body, 0, yearRows.length, 1),
    series: [1, 2, 3].map((j) => ({ name: BUDGET_YEAR_COLUMNS[j]!.header, values: rangeAddress(body, j, yearRows.length, 1) })),
    xAxisTitle: 'Année civile',
    yAxisTitle: 'Versements (€)',
    topLeft: rangeAddress(chartTop, 0, 1, 1),
    bottomRight: rangeAddress(chartTop + 18, 7, 1, 1),
  };
  const titles: CellsPlan[] = [
    { row: TABLE_ROW - 1, col: cptsCol, values: [['Par CPTS et par année civile : ACI, puis hors ACI (jamais compris dans les totaux ACI)']], kind: 'info' },
  ];
  return outputSheet(
    SHEETS.budget,
    [...head, ...titles],
    [
      { name: TABLES.budgetYears, row: TABLE_ROW, col: 0, columns: BUDGET_YEAR_COLUMNS, rows: yearRows, kind: 'output' },
      { name: TABLES.budgetCpts, row: TABLE_ROW, col: cptsCol, columns: cptsColumns, rows: yield* cptsByYearRows(p, years, horsAciYears), kind: 'output' },
    ],
    [chart],
  );
}
