import { makeStyles, tokens } from '@fluentui/react-components';
import { memo, startTransition, useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { columnLetters, parseCell, parseRange } from '../../workbook/grid/cells';
import { STYLES } from '../../workbook/contract/layout';
import type { CellRef } from '../../workbook/port';
import { useI18n } from '../i18n-context';
import { displayValue, editText, type PreviewValue } from './cell-text';

/** The part of the memory workbook the preview reads (src/workbook/memory's preview API). */
export interface PreviewSheet {
  readonly name: string;
  readonly generated: boolean;
  /** The rows asked for (`maxRows`), from row 1. */
  readonly rows: readonly (readonly PreviewValue[])[];
  readonly formats: readonly (readonly (string | null)[])[];
  readonly kinds: readonly (readonly (string | null)[])[];
  /** All the sheet's rows, shown or not: the grid says how many it leaves out. */
  readonly rowCount: number;
  /** The sheet's tables: an input table's rows can be added and removed (« header » row included in `address`). */
  readonly tables?: readonly { readonly name: string; readonly address: string; readonly kind: 'input' | 'output' }[];
}

export interface PreviewSheetOptions {
  /** The first rows only (default: the whole sheet). */
  readonly maxRows?: number;
}

export interface PreviewWorkbook {
  sheetNames(): readonly string[];
  /** The same object while the sheet and the options are unchanged: the grid then skips rendering its rows. */
  sheet(name: string, options?: PreviewSheetOptions): PreviewSheet | undefined;
  setValue(sheet: string, address: string, value: PreviewValue): void;
  /** Replaces an input table's body (the preview's « add a row » and « remove this row »). */
  setTableRows?(table: string, rows: readonly (readonly PreviewValue[])[]): void;
  subscribe(listener: () => void): () => void;
  selection(): CellRef | null;
}

/**
 * Rows shown at first, and added by « Afficher plus de lignes »: output sheets hold tens of thousands, and a
 * hundred rows of about fifteen cells (an editor in each input cell) render without a long task.
 */
export const PAGE_ROWS = 100;

const useStyles = makeStyles({
  root: {
    flex: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
    // The grid is laid out apart from the pane: results appearing beside it do not re-lay its hundreds of cells.
    // No layer of its own (will-change): Chromium then repainted it whole, 7 to 13 ms, on every frame the pane changed.
    contain: 'content',
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
  const { t } = useI18n();
  const styles = useStyles();
  const { workbook } = props;
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const [current, setCurrent] = useState<string | null>(null);
  // Rows shown on the current sheet; back to the first page on another sheet.
  const [shown, setShown] = useState<{ readonly sheet: string; readonly rows: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
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
  const names = workbook.sheetNames();
  const name = current && names.includes(current) ? current : names[0];
  const selected = selection && selection.sheet === name ? selection.address : null;
  const selectedRow = selected ? (parseCell(selected)?.row ?? -1) : -1;
  // The selected cell is shown even below the rows shown so far.
  const maxRows = Math.max(shown && shown.sheet === name ? shown.rows : PAGE_ROWS, selectedRow + 1);
  // The cached view: the same object while the sheet is unchanged, so the memoized table below skips its rows.
  const sheet = name ? workbook.sheet(name, { maxRows }) : undefined;
  useEffect(() => {
    scrollRef.current?.querySelector('[data-selected]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectionKey, name]);
  const hidden = sheet ? sheet.rowCount - sheet.rows.length : 0;
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
          <div className={styles.scroll} role="region" aria-label={sheet.name} tabIndex={0} ref={scrollRef}>
            <SheetTable sheet={sheet} workbook={workbook} selected={selected} />
            {hidden > 0 ? (
              <>
                <p className={styles.more}>… {hidden}</p>
                <button
                  type="button"
                  className={styles.tab}
                  data-testid="preview-more-rows"
                  onClick={() => {
                    const next = { sheet: sheet.name, rows: sheet.rows.length + PAGE_ROWS };
                    startTransition(() => setShown(next));
                  }}
                >
                  {t.previewMoreRows}
                </button>
              </>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}

/**
 * The sheet's rows. Memoized: a run that wrote other sheets gives the same view object, and the grid's parent
 * re-renders (progress, results) do not reach the rows.
 */
const SheetTable = memo(function SheetTable(props: {
  readonly sheet: PreviewSheet;
  readonly workbook: PreviewWorkbook;
  readonly selected: string | null;
}): ReactNode {
  const styles = useStyles();
  const { sheet, workbook, selected } = props;
  const width = useMemo(() => sheet.rows.reduce((w, r) => Math.max(w, r.length), 0), [sheet]);
  const areas = useMemo(() => inputTables(sheet), [sheet]);
  const editable = workbook.setTableRows !== undefined;
  const selectedCell = selected ? parseCell(selected) : null;
  const onCommit = useCallback((address: string, text: string) => workbook.setValue(sheet.name, address, text === '' ? null : text), [workbook, sheet.name]);
  const onRemove = useCallback((table: string, index: number) => removeTableRow(workbook, sheet.name, table, index), [workbook, sheet.name]);
  return (
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
        {sheet.rows.map((row, r) => {
          const area = editable ? areas.find((a) => r > a.header && r <= a.header + a.bodyRows) : undefined;
          // A table keeps one (empty) row, as Excel's tables do: that one cannot be removed.
          const lastBlank = area !== undefined && area.bodyRows === 1 && isBlankRow(row.slice(area.col, area.col + area.cols));
          return (
            <SheetRow
              key={r}
              r={r}
              sheetName={sheet.name}
              values={row}
              formats={sheet.formats[r]}
              kinds={sheet.kinds[r]}
              width={width}
              selectedCol={selectedCell?.row === r ? selectedCell.col : -1}
              removable={area && !lastBlank ? area.name : null}
              removeIndex={area ? r - area.header - 1 : -1}
              onCommit={onCommit}
              onRemove={onRemove}
            />
          );
        })}
      </tbody>
    </table>
  );
});

interface SheetRowProps {
  readonly r: number;
  readonly sheetName: string;
  readonly values: readonly PreviewValue[];
  readonly formats: readonly (string | null)[] | undefined;
  readonly kinds: readonly (string | null)[] | undefined;
  readonly width: number;
  /** The selected cell's column on this row, or −1. */
  readonly selectedCol: number;
  /** The input table this row is a removable body row of. */
  readonly removable: string | null;
  readonly removeIndex: number;
  readonly onCommit: (address: string, text: string) => void;
  readonly onRemove: (table: string, index: number) => void;
}

const sameItems = <T,>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

/** A new view (the sheet changed) has new arrays: rows whose cells are the same are not rendered again. */
const sameRow = (a: SheetRowProps, b: SheetRowProps): boolean =>
  a.r === b.r &&
  a.sheetName === b.sheetName &&
  a.width === b.width &&
  a.selectedCol === b.selectedCol &&
  a.removable === b.removable &&
  a.removeIndex === b.removeIndex &&
  a.onCommit === b.onCommit &&
  a.onRemove === b.onRemove &&
  sameItems(a.values, b.values) &&
  sameItems(a.formats, b.formats) &&
  sameItems(a.kinds, b.kinds);

const SheetRow = memo(function SheetRow(props: SheetRowProps): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { r, sheetName, values, formats, kinds, removable, removeIndex, onCommit, onRemove } = props;
  return (
    <tr>
      <th className={styles.head} scope="row">
        {r + 1}
        {removable !== null ? (
          <button
            type="button"
            aria-label={t.dept.removeRow(removable, r + 1)}
            title={t.dept.removeRow(removable, r + 1)}
            data-testid={`remove-row-${removable}-${removeIndex}`}
            onClick={() => onRemove(removable, removeIndex)}
            style={{ marginLeft: '2px', padding: '0 2px', font: 'inherit', cursor: 'pointer' }}
          >
            ×
          </button>
        ) : null}
      </th>
      {Array.from({ length: props.width }, (_, c) => {
        const address = `${columnLetters(c)}${r + 1}`;
        const value = values[c] ?? null;
        const format = formats?.[c] ?? null;
        const kind = kinds?.[c] ?? null;
        const isSelected = c === props.selectedCol;
        const classes = [styles.cell, kindClass(kind, styles), isSelected ? styles.selected : ''].join(' ');
        return (
          <td key={c} className={classes} data-address={address} data-selected={isSelected || undefined}>
            {kind === 'input' ? (
              <CellEditor
                label={t.cellLabel(sheetName, address)}
                text={editText(value, format)}
                className={styles.editor}
                onCommit={(text) => onCommit(address, text)}
              />
            ) : (
              displayValue(value, format, lang)
            )}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);

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

/** An input table's body as it is now, from the whole sheet: the grid's view may hold the first rows only. */
function tableBody(workbook: PreviewWorkbook, sheetName: string, table: string): PreviewValue[][] | null {
  const whole = workbook.sheet(sheetName);
  const area = whole ? inputTables(whole).find((a) => a.name === table) : undefined;
  return whole && area ? bodyOf(whole, area) : null;
}

function removeTableRow(workbook: PreviewWorkbook, sheetName: string, table: string, index: number): void {
  const body = tableBody(workbook, sheetName, table);
  if (body)
    workbook.setTableRows?.(
      table,
      body.filter((_, i) => i !== index),
    );
}

/** « Ajouter une ligne » for each input table of the sheet: a department is entered a CPTS at a time. */
const TableRowControls = memo(function TableRowControls(props: { readonly sheet: PreviewSheet; readonly workbook: PreviewWorkbook }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const { sheet, workbook } = props;
  const tables = useMemo(() => inputTables(sheet), [sheet]);
  if (!workbook.setTableRows || tables.length === 0) return null;
  return (
    <div className={styles.tabs}>
      {tables.map((area) => (
        <button
          key={area.name}
          type="button"
          className={styles.tab}
          data-testid={`add-row-${area.name}`}
          onClick={() => {
            const body = tableBody(workbook, sheet.name, area.name);
            if (body) workbook.setTableRows?.(area.name, [...body, Array.from({ length: area.cols }, () => null)]);
          }}
        >
          {t.dept.addRow(area.name)}
        </button>
      ))}
    </div>
  );
});
