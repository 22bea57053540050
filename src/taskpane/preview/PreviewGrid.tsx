import { makeStyles, tokens } from '@fluentui/react-components';
import { startTransition, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { columnLetters, parseRange } from '../../workbook/cells';
import { STYLES } from '../../workbook/layout';
import type { CellRef } from '../../workbook/port';
import { useI18n } from '../i18n-context';
import { displayValue, editText, type PreviewValue } from './cell-text';

/** The part of the memory workbook the preview reads (src/workbook/memory's preview API). */
export interface PreviewSheet {
  readonly name: string;
  readonly generated: boolean;
  readonly rows: readonly (readonly PreviewValue[])[];
  readonly formats: readonly (readonly (string | null)[])[];
  readonly kinds: readonly (readonly (string | null)[])[];
  /** The sheet's tables: an input table's rows can be added and removed (« header » row included in `address`). */
  readonly tables?: readonly { readonly name: string; readonly address: string; readonly kind: 'input' | 'output' }[];
}

export interface PreviewWorkbook {
  sheetNames(): readonly string[];
  sheet(name: string): PreviewSheet | undefined;
  setValue(sheet: string, address: string, value: PreviewValue): void;
  /** Replaces an input table's body (the preview's « add a row » and « remove this row »). */
  setTableRows?(table: string, rows: readonly (readonly PreviewValue[])[]): void;
  subscribe(listener: () => void): () => void;
  selection(): CellRef | null;
}

/** Output sheets can hold thousands of rows: the preview shows the first ones. */
const MAX_ROWS = 300;

const useStyles = makeStyles({
  root: {
    flex: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
  },
  h2: { fontSize: tokens.fontSizeBase400, margin: 0 },
  scroll: { overflow: 'auto', flex: 1, maxHeight: 'calc(100vh - 100px)' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: 'normal',
    padding: '0 4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '1px 4px',
    whiteSpace: 'nowrap',
    maxWidth: '320px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  // The workbook's own cell styles, so the preview looks like the sheet Excel would show.
  header: { backgroundColor: STYLES.header.fill ?? undefined, color: STYLES.header.font, fontWeight: tokens.fontWeightSemibold },
  banner: { backgroundColor: STYLES.banner.fill ?? undefined, color: STYLES.banner.font, fontWeight: tokens.fontWeightSemibold },
  total: { backgroundColor: STYLES.total.fill ?? undefined, fontWeight: tokens.fontWeightSemibold },
  input: { backgroundColor: STYLES.input.fill ?? undefined, padding: 0 },
  info: { color: STYLES.info.font, fontStyle: 'italic' },
  editor: { border: 'none', background: 'transparent', font: 'inherit', width: '100%', minWidth: '80px', padding: '1px 4px', boxSizing: 'border-box' },
  selected: { outline: `3px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px' },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: '2px', margin: `${tokens.spacingVerticalS} 0` },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: '2px 8px',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
  },
  tabSelected: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `1px solid ${tokens.colorBrandBackground}`,
  },
  more: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The browser preview: the workbook's sheets as a grid, input cells editable, the selected cell highlighted. */
export function PreviewGrid(props: { readonly workbook: PreviewWorkbook }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { workbook } = props;
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const [current, setCurrent] = useState<string | null>(null);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const selection = workbook.selection();
  // A transition: after a large run the grid re-renders in slices instead of one long task.
  useEffect(() => workbook.subscribe(() => startTransition(refresh)), [workbook]);
  // Following a new selection (a click on an error) means showing its sheet: adjusted during render, not in an effect.
  const selectionKey = selection ? `${selection.sheet}!${selection.address}` : null;
  const [followed, setFollowed] = useState<string | null>(null);
  if (selectionKey !== followed) {
    setFollowed(selectionKey);
    if (selection) setCurrent(selection.sheet);
  }
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  });
  const names = workbook.sheetNames();
  const name = current && names.includes(current) ? current : names[0];
  const sheet = name ? workbook.sheet(name) : undefined;
  const width = sheet ? Math.max(0, ...sheet.rows.slice(0, MAX_ROWS).map((r) => r.length)) : 0;
  return (
    <section className={styles.root} aria-labelledby="preview-title" data-testid="preview">
      <h2 id="preview-title" className={styles.h2}>
        {t.previewTitle}
      </h2>
      {names.length === 0 || !sheet ? (
        <p>{t.previewEmpty}</p>
      ) : (
        <>
          <SheetTabs names={names} current={sheet.name} onSelect={setCurrent} />
          <TableRowControls sheet={sheet} workbook={workbook} />
          <div className={styles.scroll} role="region" aria-label={sheet.name} tabIndex={0}>
            <table className={styles.table} data-testid="preview-grid" data-sheet={sheet.name}>
              <thead>
                <tr>
                  <th className={styles.head} scope="col">
                    #
                  </th>
                  {Array.from({ length: width }, (_, c) => (
                    <th key={c} className={styles.head} scope="col">
                      {columnLetters(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sheet.rows.slice(0, MAX_ROWS).map((row, r) => (
                  <tr key={r}>
                    <th className={styles.head} scope="row">
                      {r + 1}
                      <RemoveRowButton sheet={sheet} workbook={workbook} row={r} />
                    </th>
                    {Array.from({ length: width }, (_, c) => {
                      const address = `${columnLetters(c)}${r + 1}`;
                      const value = row[c] ?? null;
                      const format = sheet.formats[r]?.[c] ?? null;
                      const kind = sheet.kinds[r]?.[c] ?? null;
                      const isSelected = selection?.sheet === sheet.name && selection.address === address;
                      const classes = [styles.cell, kindClass(kind, styles), isSelected ? styles.selected : ''].join(' ');
                      return (
                        <td
                          key={c}
                          className={classes}
                          data-address={address}
                          data-selected={isSelected || undefined}
                          ref={isSelected ? selectedRef : undefined}
                        >
                          {kind === 'input' ? (
                            <CellEditor
                              label={t.cellLabel(sheet.name, address)}
                              text={editText(value, format)}
                              className={styles.editor}
                              onCommit={(text) => workbook.setValue(sheet.name, address, text === '' ? null : text)}
                            />
                          ) : (
                            displayValue(value, format, lang)
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            {sheet.rows.length > MAX_ROWS ? <p className={styles.more}>… {sheet.rows.length - MAX_ROWS}</p> : null}
          </div>
        </>
      )}
    </section>
  );
}

function kindClass(kind: string | null, styles: ReturnType<typeof useStyles>): string {
  switch (kind) {
    case 'header':
      return styles.header;
    case 'banner':
      return styles.banner;
    case 'total':
      return styles.total;
    case 'input':
      return styles.input;
    case 'info':
      return styles.info;
    default:
      return '';
  }
}

/** An input cell: edits are committed on Enter or when leaving the cell, like Excel. */
function CellEditor(props: {
  readonly label: string;
  readonly text: string;
  readonly className: string;
  readonly onCommit: (text: string) => void;
}): ReactNode {
  const [draft, setDraft] = useState(props.text);
  // The cell's value changed under the editor (a run, an apply): show it, adjusted during render.
  const [shownText, setShownText] = useState(props.text);
  if (props.text !== shownText) {
    setShownText(props.text);
    setDraft(props.text);
  }
  const commit = (): void => {
    if (draft !== props.text) props.onCommit(draft.trim());
  };
  return (
    <input
      className={props.className}
      aria-label={props.label}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setDraft(props.text);
      }}
    />
  );
}

/**
 * The sheet tabs, like Excel's. Plain buttons with the tab roles: Fluent's TabList adds focus sentinels that
 * accessibility checkers flag (aria-hidden yet focusable).
 */
function SheetTabs(props: { readonly names: readonly string[]; readonly current: string; readonly onSelect: (name: string) => void }): ReactNode {
  const styles = useStyles();
  const move = (from: number, step: number): void => {
    const next = props.names[(from + step + props.names.length) % props.names.length];
    if (next) props.onSelect(next);
  };
  return (
    <div role="tablist" className={styles.tabs}>
      {props.names.map((n, i) => (
        <button
          key={n}
          type="button"
          role="tab"
          aria-selected={n === props.current}
          tabIndex={n === props.current ? 0 : -1}
          className={`${styles.tab} ${n === props.current ? styles.tabSelected : ''}`}
          data-testid={`sheet-tab-${n}`}
          onClick={() => props.onSelect(n)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(i, 1);
            if (e.key === 'ArrowLeft') move(i, -1);
          }}
        >
          {n}
        </button>
      ))}
    </div>
  );
}

/** An input table's place on its sheet, 0-based: header row, first body row, body row count, columns. */
interface TableArea {
  readonly name: string;
  readonly header: number;
  readonly col: number;
  readonly cols: number;
  readonly bodyRows: number;
}

function inputTables(sheet: PreviewSheet): TableArea[] {
  const areas: TableArea[] = [];
  for (const t of sheet.tables ?? []) {
    const r = t.kind === 'input' ? parseRange(t.address) : null;
    if (r) areas.push({ name: t.name, header: r.row, col: r.col, cols: r.cols, bodyRows: r.rows - 1 });
  }
  return areas;
}

function bodyOf(sheet: PreviewSheet, t: TableArea): PreviewValue[][] {
  return Array.from({ length: t.bodyRows }, (_, i) => Array.from({ length: t.cols }, (_, j) => sheet.rows[t.header + 1 + i]?.[t.col + j] ?? null));
}

const isBlankRow = (row: readonly PreviewValue[]): boolean => row.every((v) => v === null || v === '');

/** « Ajouter une ligne » for each input table of the sheet: a department is entered a CPTS at a time. */
function TableRowControls(props: { readonly sheet: PreviewSheet; readonly workbook: PreviewWorkbook }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const set = props.workbook.setTableRows?.bind(props.workbook);
  const tables = inputTables(props.sheet);
  if (!set || tables.length === 0) return null;
  return (
    <div className={styles.tabs}>
      {tables.map((area) => (
        <button
          key={area.name}
          type="button"
          className={styles.tab}
          data-testid={`add-row-${area.name}`}
          onClick={() => set(area.name, [...bodyOf(props.sheet, area), Array.from({ length: area.cols }, () => null)])}
        >
          {t.dept.addRow(area.name)}
        </button>
      ))}
    </div>
  );
}

/** A body row of an input table can be removed; a table keeps one (empty) row, as Excel's tables do. */
function RemoveRowButton(props: { readonly sheet: PreviewSheet; readonly workbook: PreviewWorkbook; readonly row: number }): ReactNode {
  const { t } = useI18n();
  const set = props.workbook.setTableRows?.bind(props.workbook);
  const area = inputTables(props.sheet).find((a) => props.row > a.header && props.row <= a.header + a.bodyRows);
  if (!set || !area) return null;
  const body = bodyOf(props.sheet, area);
  const index = props.row - area.header - 1;
  if (body.length === 1 && isBlankRow(body[0]!)) return null;
  return (
    <button
      type="button"
      aria-label={t.dept.removeRow(area.name, props.row + 1)}
      title={t.dept.removeRow(area.name, props.row + 1)}
      data-testid={`remove-row-${area.name}-${index}`}
      onClick={() =>
        set(
          area.name,
          body.filter((_, i) => i !== index),
        )
      }
      style={{ marginLeft: '2px', padding: '0 2px', font: 'inherit', cursor: 'pointer' }}
    >
      ×
    </button>
  );
}
