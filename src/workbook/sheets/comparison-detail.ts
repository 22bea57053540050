import type { ComparisonDetail, ContributorRow } from '../../engine';
import { asText, type CellValue } from '../grid/cells';
import { COMPARISON_TABLES, FORMATS, MISSION_LABELS, type ColumnSpec } from '../contract/layout';
import type { CellsPlan, TablePlan } from '../grid/plan';

/**
 * Who moved, on the « Comparaison » sheet (issue 11 §5): one table per CPTS and one per mission, the largest
 * contributors first, with each scenario's total, each other scenario's total difference from the reference,
 * and that difference per calendar year. ACI payments only, like every ACI total.
 */

function isMissionKey(key: string): key is keyof typeof MISSION_LABELS {
  return key in MISSION_LABELS;
}

function columns(first: readonly ColumnSpec[], detail: ComparisonDetail): ColumnSpec[] {
  const others = detail.names.slice(1);
  const headers = [
    ...first.map((c) => c.header),
    ...detail.names.map((n) => `${n} : total`),
    ...others.map((n) => `${n} : écart total (€)`),
    ...others.flatMap((n) => detail.calendarYears.map((y) => `${n} : écart ${y}`)),
  ];
  // Excel refuses two headers of one table that differ only by case: the later one gets « (2) ».
  const used: string[] = [];
  const unique = headers.map((h) => {
    let name = h;
    for (let i = 2; used.some((u) => u.toLowerCase() === name.toLowerCase()); i++) name = `${h} (${i})`;
    used.push(name);
    return name;
  });
  return unique.map((header, j) => (j < first.length ? { ...first[j]!, header } : { header, format: FORMATS.euro, width: 16 }));
}

function rowCells(lead: readonly CellValue[], row: ContributorRow): CellValue[] {
  return [
    ...lead,
    ...row.total.cells.map((c) => c.amount.toNumber()),
    ...row.total.cells.slice(1).map((c) => c.difference.toNumber()),
    ...row.total.cells.slice(1).flatMap((_, i) => row.byCalendarYear.map((y) => y.cells[i + 1]!.difference.toNumber())),
  ];
}

/** The two tables from `row` (0-based header row of the first), with their titles; returns the next free row. */
export function contributorTables(detail: ComparisonDetail, row: number): { readonly tables: TablePlan[]; readonly cells: CellsPlan[]; readonly next: number } {
  const cptsRow = row;
  const missionRow = cptsRow + 1 + detail.byCpts.length + 3;
  const cpts: TablePlan = {
    name: COMPARISON_TABLES.byCpts,
    row: cptsRow,
    col: 0,
    columns: columns(
      [
        { header: 'Identifiant CPTS', format: null, width: 18 },
        { header: 'CPTS', format: null, width: 30 },
      ],
      detail,
    ),
    rows: detail.byCpts.map((r) => rowCells([asText(r.key), asText(r.label)], r)),
    kind: 'output',
  };
  const missions: TablePlan = {
    name: COMPARISON_TABLES.byMission,
    row: missionRow,
    col: 0,
    columns: columns([{ header: 'Mission', format: null, width: 32 }], detail),
    rows: detail.byMission.map((r) => rowCells([isMissionKey(r.key) ? MISSION_LABELS[r.key] : asText(r.key)], r)),
    kind: 'output',
  };
  const cells: CellsPlan[] = [
    { row: cptsRow - 1, col: 0, values: [['Écarts par CPTS, les plus grands d’abord (versements ACI par année civile)']], kind: 'info' },
    { row: missionRow - 1, col: 0, values: [['Écarts par mission, les plus grands d’abord (versements ACI par année civile)']], kind: 'info' },
  ];
  return { tables: [cpts, missions], cells, next: missionRow + 1 + detail.byMission.length };
}
