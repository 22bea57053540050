import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatCellRef, type CellRef, type WorkbookIssue } from '../../workbook/port';
import { useI18n } from '../i18n-context';
import { messageWithoutCell } from '../issues';

/** Warnings of a run that did write: points to check (a contract past the rules' date, a size boundary…). */
export function WarningList(props: { readonly warnings: readonly WorkbookIssue[]; readonly onSelect: (cell: CellRef) => void }): ReactNode {
  const { t } = useI18n();
  if (props.warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="warning-list">
      <MessageBarBody>
        <MessageBarTitle>{t.warningsTitle}</MessageBarTitle>
        <ul>
          {props.warnings.map((w, i) => {
            const cell = w.cell;
            return (
              <li key={i}>
                {cell ? (
                  <Link as="button" inline title={t.goToCell(formatCellRef(cell))} onClick={() => props.onSelect(cell)}>
                    {formatCellRef(cell)}
                  </Link>
                ) : null}
                {cell ? ' — ' : ''}
                {messageWithoutCell(w)}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
