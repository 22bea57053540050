import { formatCellRef, type WorkbookIssue } from '../workbook/port';

/**
 * The workbook's messages name their cell (« 'Paramètres CPTS'!C4 : … ») so they read well anywhere; the
 * pane shows the cell as a link next to the message, so it drops that prefix rather than say it twice.
 */
export function messageWithoutCell(issue: WorkbookIssue): string {
  if (!issue.cell) return issue.message;
  const prefix = `${formatCellRef(issue.cell)} : `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}
