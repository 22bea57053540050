import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatCellRef, type CellRef, type WorkbookIssue } from '../../workbook/port';
import { useI18n } from '../i18n-context';
import { messageWithoutCell } from '../issues';

/** A department of a thousand CPTS has a thousand warnings: the first ones are shown, the rest counted. */
export const WARNINGS_SHOWN = 50;

/** Warnings of a run that did write: points to check (a contract past the rules' date, a size boundary…). */
export function WarningList(props: { readonly warnings: readonly WorkbookIssue[]; readonly onSelect: (cell: CellRef) => void }): ReactNode {
  const { t } = useI18n();
  if (props.warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="warning-list">
      <MessageBarBody>
        <MessageBarTitle>{t.warningsTitle}</MessageBarTitle>
        <ul>
          {props.warnings.slice(0, WARNINGS_SHOWN).map((w, i) => {
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
          {props.warnings.length > WARNINGS_SHOWN ? <li data-testid="more-warnings">{t.moreWarnings(props.warnings.length - WARNINGS_SHOWN)}</li> : null}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
