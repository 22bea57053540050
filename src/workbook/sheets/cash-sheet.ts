import { cashByMonth, type Projection, type Work } from '../../engine';
import { asText, isoToSerial, rangeAddress, type CellValue } from '../grid/cells';
import { CASH_CPTS_COLUMNS, CASH_SET_COLUMNS, SHEETS, TABLES } from '../contract/layout';
import { money } from './outputs';
import type { CellsPlan, ChartPlan, SheetPlan } from '../grid/plan';

/**
 * « Trésorerie » (issue 12 §3): the planned calendar's payments per month, for the set (every month from the first
 * payment to the last, so a chart's axis has no gaps) and per CPTS (only months with a payment), ACI and hors ACI
 * apart. Months are written as the 1st of the month, a real date shown « mm/aaaa ».
 */
export function* cashSheet(p: Projection, head: CellsPlan[], tableRow: number): Work<SheetPlan> {
  const cash = cashByMonth(p);
  yield;
  const month = (m: string): number => isoToSerial(`${m}-01`);
  const setRows = cash.set.map((m): CellValue[] => [month(m.month), money(m.aci), money(m.horsAci), money(m.total)]);
  const cptsRows: CellValue[][] = [];
  for (const c of cash.cpts) {
    const id = asText(c.id);
    const name = asText(c.name);
    for (const m of c.months) cptsRows.push([id, name, month(m.month), money(m.aci), money(m.horsAci), money(m.total)]);
    yield;
  }
  const cptsCol = CASH_SET_COLUMNS.length + 1;
  const body = tableRow + 1;
  const rows = Math.max(1, setRows.length);
  const chart: ChartPlan = {
    name: 'GraphiqueTresorerie',
    title: 'Versements par mois (ensemble)',
    type: 'ColumnStacked',
    categories: rangeAddress(body, 0, rows, 1),
    series: [
      { name: 'ACI', values: rangeAddress(body, 1, rows, 1) },
      { name: 'Hors ACI', values: rangeAddress(body, 2, rows, 1) },
    ],
    xAxisTitle: 'Mois',
    yAxisTitle: 'Versements (€)',
    // Beside the two tables, at the top: the set's table may run to sixty rows and more.
    topLeft: rangeAddress(tableRow, cptsCol + CASH_CPTS_COLUMNS.length + 1, 1, 1),
    bottomRight: rangeAddress(tableRow + 20, cptsCol + CASH_CPTS_COLUMNS.length + 10, 1, 1),
  };
  return {
    name: SHEETS.cash,
    generated: true,
    cells: head,
    tables: [
      { name: TABLES.cashSet, row: tableRow, col: 0, columns: CASH_SET_COLUMNS, rows: setRows, kind: 'output' },
      { name: TABLES.cashCpts, row: tableRow, col: cptsCol, columns: CASH_CPTS_COLUMNS, rows: cptsRows, kind: 'output' },
    ],
    charts: [chart],
    freezeRows: tableRow + 1,
  };
}
