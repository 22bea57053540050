import { cptsBudget, Dec, setBudget, type CalendarYearBudget, type Projection } from '../engine';
import { asText, rangeAddress, type CellValue } from './cells';
import {
  BUDGET_CPTS_COLUMNS,
  BUDGET_SET_ROW,
  BUDGET_TOTAL_COLUMN,
  BUDGET_YEAR_COLUMNS,
  budgetYearColumn,
  FORMATS,
  SHEETS,
  TABLES,
  type ColumnSpec,
} from './layout';
import { outputSheet, TABLE_ROW } from './outputs';
import type { CellsPlan, ChartPlan, SheetPlan, TablePlan } from './plan';

/**
 * « Budget annuel » (issue 11 §4): what a CPAM or a treasurer votes, per calendar year. First the set's years,
 * ACI split between signed contracts and assumed renewals, with the shares resting on renewals and on
 * provisional amounts, and hors ACI apart; then one row per CPTS and one column per calendar year, for ACI and
 * for hors ACI, each with a totals row (« Ensemble ») and a totals column. A chart stacks the years.
 */

const money = (d: Dec): number => d.toNumber();
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

/** One row per CPTS, one column per year, a total column, and the set's row last (sums of the rows' amounts). */
function cptsByYearRows(p: Projection, years: readonly string[], pick: (b: CalendarYearBudget) => Dec): CellValue[][] {
  const zero = new Dec(0);
  const set = years.map(() => zero);
  const rows = p.cpts.map((c): CellValue[] => {
    const byYear = new Map(cptsBudget(c).map((b) => [b.year, pick(b)]));
    const amounts = years.map((y) => byYear.get(y) ?? zero);
    amounts.forEach((a, j) => (set[j] = set[j]!.plus(a)));
    return [asText(c.id), asText(c.name), ...amounts.map(money), money(amounts.reduce((t, a) => t.plus(a), zero))];
  });
  rows.push([BUDGET_SET_ROW, null, ...set.map(money), money(set.reduce((t, a) => t.plus(a), zero))]);
  return rows;
}

function table(name: string, row: number, columns: readonly ColumnSpec[], rows: CellValue[][]): TablePlan {
  return { name, row, col: 0, columns, rows, kind: 'output' };
}

export function budgetSheet(p: Projection, head: CellsPlan[]): SheetPlan {
  const budget = setBudget(p);
  const years = budget.map((b) => b.year);
  const yearRows = budget.map(yearRow);
  const cptsColumns: ColumnSpec[] = [...BUDGET_CPTS_COLUMNS, ...years.map(budgetYearColumn), { header: BUDGET_TOTAL_COLUMN, format: FORMATS.euro, width: 16 }];
  // Tables one under the other, two blank rows apart, the chart beside the first.
  const aciRow = TABLE_ROW + yearRows.length + 3;
  const horsAciRow = aciRow + p.cpts.length + 4;
  const body = TABLE_ROW + 1;
  const seriesColumns = [1, 2, 3];
  const chart: ChartPlan = {
    name: 'GraphiqueBudgetAnnuel',
    title: 'Budget par année civile : ACI (contrats signés, renouvellements supposés) et hors ACI',
    type: 'ColumnStacked',
    categories: rangeAddress(body, 0, yearRows.length, 1),
    series: seriesColumns.map((j) => ({ name: BUDGET_YEAR_COLUMNS[j]!.header, values: rangeAddress(body, j, yearRows.length, 1) })),
    xAxisTitle: 'Année civile',
    yAxisTitle: 'Versements (€)',
    topLeft: rangeAddress(TABLE_ROW, BUDGET_YEAR_COLUMNS.length + 1, 1, 1),
    bottomRight: rangeAddress(TABLE_ROW + 18, BUDGET_YEAR_COLUMNS.length + 8, 1, 1),
  };
  const titles: CellsPlan[] = [
    { row: aciRow - 1, col: 0, values: [['Versements ACI par CPTS et par année civile']], kind: 'info' },
    { row: horsAciRow - 1, col: 0, values: [['Hors ACI par CPTS et par année civile (jamais compris dans les totaux ACI)']], kind: 'info' },
  ];
  return outputSheet(
    SHEETS.budget,
    [...head, ...titles],
    [
      table(TABLES.budgetYears, TABLE_ROW, BUDGET_YEAR_COLUMNS, yearRows),
      table(
        TABLES.budgetAci,
        aciRow,
        cptsColumns,
        cptsByYearRows(p, years, (b) => b.aci),
      ),
      table(
        TABLES.budgetHorsAci,
        horsAciRow,
        cptsColumns,
        cptsByYearRows(p, years, (b) => b.horsAci),
      ),
    ],
    [chart],
  );
}
