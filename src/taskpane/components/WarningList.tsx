import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { WARNING_KINDS, type WarningKind } from '../../engine';
import { formatCellRef, type CellRef, type WorkbookIssue } from '../../workbook/port';
import { useI18n } from '../i18n-context';
import { messageWithoutCell } from '../issues';

/** A department of a thousand CPTS has a thousand warnings: in each group the first ones are shown, the rest counted. */
export const WARNINGS_SHOWN = 50;

/** Warnings of one kind (or the reader's own, which have none), in the order a reader needs them. */
export interface WarningGroup {
  readonly kind: WarningKind | null;
  readonly items: readonly WorkbookIssue[];
}

/**
 * One group per kind of warning, size-boundary warnings first (they change every amount of a CPTS), then the
 * engine's order of kinds, then warnings without a kind (the workbook reader's).
 */
export function groupWarnings(warnings: readonly WorkbookIssue[]): WarningGroup[] {
  const groups: WarningGroup[] = [];
  for (const kind of WARNING_KINDS) {
    const items = warnings.filter((w) => w.kind === kind);
    if (items.length > 0) groups.push({ kind, items });
  }
  const others = warnings.filter((w) => !w.kind);
  if (others.length > 0) groups.push({ kind: null, items: others });
  return groups;
}

/** Warnings of a run that did write: one line per kind with its count, the cells behind a disclosure. */
export function WarningList(props: { readonly warnings: readonly WorkbookIssue[]; readonly onSelect: (cell: CellRef) => void }): ReactNode {
  const { t } = useI18n();
  if (props.warnings.length === 0) return null;
  const text = (w: WorkbookIssue): string => (w.kind && w.params ? t.dept.warningText[w.kind](w.params) : messageWithoutCell(w));
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="warning-list">
      <MessageBarBody>
        <MessageBarTitle>{t.warningsTitle}</MessageBarTitle>
        <ul>
          {groupWarnings(props.warnings).map((g) => {
            // A kind with a single warning (the set's « contracts end ») reads best as its own sentence.
            if (g.kind === null || g.items.length === 1)
              return [
                ...g.items
                  .slice(0, WARNINGS_SHOWN)
                  .map((w, i) => <WarningItem key={`${g.kind ?? 'other'}-${i}`} text={text(w)} cell={w.cell} onSelect={props.onSelect} />),
                g.items.length > WARNINGS_SHOWN ? (
                  <li key="more" data-testid="more-warnings">
                    {t.moreWarnings(g.items.length - WARNINGS_SHOWN)}
                  </li>
                ) : null,
              ];
            return (
              <li key={g.kind} data-testid={`warning-group-${g.kind}`}>
                <details>
                  <summary>{t.dept.warningGroup[g.kind](g.items.length)}</summary>
                  <ul>
                    {g.items.slice(0, WARNINGS_SHOWN).map((w, i) => (
                      <WarningItem key={i} text={text(w)} cell={w.cell} onSelect={props.onSelect} />
                    ))}
                    {g.items.length > WARNINGS_SHOWN ? <li data-testid="more-warnings">{t.moreWarnings(g.items.length - WARNINGS_SHOWN)}</li> : null}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function WarningItem(props: { readonly text: string; readonly cell: CellRef | null; readonly onSelect: (cell: CellRef) => void }): ReactNode {
  const { t } = useI18n();
  const cell = props.cell;
  return (
    <li>
      {cell ? (
        <Link as="button" inline title={t.goToCell(formatCellRef(cell))} onClick={() => props.onSelect(cell)}>
          {formatCellRef(cell)}
        </Link>
      ) : null}
      {cell ? ' — ' : ''}
      {props.text}
    </li>
  );
}
