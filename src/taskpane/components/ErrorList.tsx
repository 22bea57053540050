import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatCellRef, type CellRef, type WorkbookIssue } from '../../workbook/port';
import { useI18n } from '../i18n-context';
import { messageWithoutCell } from '../issues';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Validation errors: nothing was written. Each names its cell and is a link that selects it (in Excel) or
 * highlights it (in the preview).
 */
export function ErrorList(props: { readonly issues: readonly WorkbookIssue[]; readonly onSelect: (cell: CellRef) => void }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="error-list">
      <MessageBarBody>
        <MessageBarTitle>{t.errorsTitle(props.issues.length)}</MessageBarTitle>
        <p>{t.errorsIntro}</p>
        <ul className={styles.list}>
          {props.issues.map((issue, i) => {
            const cell = issue.cell;
            return (
            <li key={i} data-testid="error-item">
              {cell ? (
                <Link as="button" inline title={t.goToCell(formatCellRef(cell))} onClick={() => props.onSelect(cell)}>
                  <span className={styles.cell}>{formatCellRef(cell)}</span> — {messageWithoutCell(issue)}
                </Link>
              ) : (
                <span>{issue.message}</span>
              )}
            </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
