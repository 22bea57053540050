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
 * highlights it (in the preview). The scenarios section reuses it with its own title and introduction.
 */
export function ErrorList(props: {
  readonly issues: readonly WorkbookIssue[];
  readonly onSelect: (cell: CellRef) => void;
  readonly title?: string;
  readonly intro?: string;
  readonly intent?: 'error' | 'warning';
  readonly testId?: string;
}): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar intent={props.intent ?? 'error'} layout="multiline" role="alert" data-testid={props.testId ?? 'error-list'}>
      <MessageBarBody>
        <MessageBarTitle>{props.title ?? t.errorsTitle(props.issues.length)}</MessageBarTitle>
        <p>{props.intro ?? t.errorsIntro}</p>
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
