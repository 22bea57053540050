import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { FONCTIONNEMENT, MISSION_IDS, type Comparison, type ComparisonRow, type ContributorRow, type Dec, type LineMission } from '../../engine';
import { formatMoney, formatMoneyDifference, formatPercentDifference } from '../format';
import { useI18n } from '../i18n-context';
import { useTableStyles } from './YearTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflowX: 'auto' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyle: 'none', margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px' },
  positive: { color: tokens.colorPaletteGreenForeground1 },
  negative: { color: tokens.colorPaletteRedForeground1 },
  nowrap: { whiteSpace: 'nowrap' },
  reference: { fontWeight: tokens.fontWeightRegular },
  name: { overflowWrap: 'anywhere', minWidth: '64px', textAlign: 'right' },
});

/** One colour per scenario, in the order compared (the reference first); beyond six they repeat. */
export const SERIES_COLOURS = [
  tokens.colorBrandBackground,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteBerryBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteRedBackground3,
];
const isLineMission = (key: string): key is LineMission => key === FONCTIONNEMENT || (MISSION_IDS as readonly string[]).includes(key);
const colourOf = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length]!;

/**
 * The comparison at a glance (the « Comparaison » sheet holds the same, with contract years too): payments
 * per calendar year for each scenario and each one's difference from the reference in € and %, a bar chart,
 * then who moved: the differences per CPTS and per mission, largest first.
 * Test ids: `compare-calendar-<period>-<index>-amount|diff|ratio`, period `total` for the sum;
 * `compare-<cpts|mission>-<key>-<index>-diff` for a contributor's total difference.
 */
export function ComparisonView(props: { readonly comparison: Comparison }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const c = props.comparison;
  return (
    <div className={styles.root} data-testid="comparison">
      <ComparisonTable
        caption={t.byCalendarYear}
        yearHeader={t.yearColumn}
        names={c.names}
        rows={c.byCalendarYear}
        total={c.total}
        view="calendar"
        label={(y) => y}
      />
      <ComparisonChart comparison={c} />
      <Contributors caption={t.dept.whoMovedByCpts} names={c.names} rows={c.detail.byCpts} view="cpts" label={(r) => r.label} />
      <Contributors
        caption={t.dept.whoMovedByMission}
        names={c.names}
        rows={c.detail.byMission}
        view="mission"
        label={(r) => (isLineMission(r.key) ? t.missions[r.key] : r.key)}
      />
    </div>
  );
}

function ComparisonTable(props: {
  readonly caption: string;
  readonly yearHeader: string;
  readonly names: readonly string[];
  readonly rows: readonly ComparisonRow[];
  readonly total: ComparisonRow;
  readonly view: 'contract' | 'calendar';
  readonly label: (period: string) => ReactNode;
}): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const sign = (d: ComparisonRow['cells'][number]['difference']): string => (d.isZero() ? '' : d.isPositive() ? styles.positive : styles.negative);
  const line = (row: ComparisonRow, header: ReactNode, total: boolean): ReactNode => (
    <tr key={row.period} className={total ? table.total : undefined}>
      <th scope="row" className={`${table.td} ${table.th} ${styles.nowrap}`}>
        {header}
      </th>
      {row.cells.map((cell, i) => {
        const id = `compare-${props.view}-${row.period}-${i}`;
        return [
          <td key={`${i}-a`} className={`${table.td} ${table.num}`} data-testid={`${id}-amount`}>
            {formatMoney(cell.amount, lang)}
          </td>,
          // The difference in € and in % share a cell, one above the other: the pane is narrow.
          i === 0 ? null : (
            <td key={`${i}-d`} className={`${table.td} ${table.num} ${sign(cell.difference)}`}>
              <span data-testid={`${id}-diff`}>{formatMoneyDifference(cell.difference, lang)}</span>
              <br />
              <span data-testid={`${id}-ratio`}>{cell.ratio === null ? t.notApplicable : formatPercentDifference(cell.ratio, lang)}</span>
            </td>
          ),
        ];
      })}
    </tr>
  );
  return (
    // A region that scrolls sideways when many scenarios are compared: reachable by keyboard, named by its caption.
    <div className={styles.scroll} role="region" aria-label={props.caption} tabIndex={0}>
      <table className={table.table} data-testid={`compare-${props.view}`}>
        <caption className={table.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={table.th}>
              {props.yearHeader}
            </th>
            {props.names.map((name, i) => [
              <th key={`${i}-a`} scope="col" className={`${table.th} ${styles.name}`}>
                {name}
                {i === 0 ? <span className={styles.reference}> ({t.reference})</span> : null}
              </th>,
              i === 0 ? null : (
                <th key={`${i}-d`} scope="col" className={`${table.th} ${table.num}`}>
                  {t.difference(props.names.length > 2 ? name : null)}
                </th>
              ),
            ])}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => line(row, props.label(row.period), false))}
          {line(props.total, t.total, true)}
        </tbody>
      </table>
    </div>
  );
}

const W = 320;
const H = 170;
const PAD = { left: 8, right: 8, top: 10, bottom: 20 };

/**
 * Grouped bars, one group per calendar year, one bar per scenario (no chart library). Amounts become floats
 * here only to place bars on screen; every figure shown is the engine's, formatted from decimals.
 */
export function ComparisonChart(props: { readonly comparison: Comparison }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { names, byCalendarYear: byContractYear, total } = props.comparison;
  const highest = Math.max(1, ...byContractYear.flatMap((r) => r.cells.map((c) => c.amount.toNumber())));
  const groupWidth = (W - PAD.left - PAD.right) / Math.max(1, byContractYear.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, names.length);
  const plotHeight = H - PAD.top - PAD.bottom;
  const summary = total.cells.map((cell, i) => t.compareChartSummary(names[i] ?? '', formatMoney(cell.amount, lang))).join(' ; ');
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${t.compareChartTitle}. ${summary}`} data-testid="comparison-chart">
        <title>{t.compareChartTitle}</title>
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotHeight} y2={PAD.top + plotHeight} stroke={tokens.colorNeutralStroke1} />
        {byContractYear.map((row, g) => {
          const x0 = PAD.left + g * groupWidth + groupWidth * 0.1;
          return (
            <g key={row.period}>
              {row.cells.map((cell, i) => {
                const h = (cell.amount.toNumber() / highest) * plotHeight;
                return (
                  <rect
                    key={i}
                    x={x0 + i * barWidth}
                    y={PAD.top + plotHeight - h}
                    width={Math.max(1, barWidth - 1)}
                    height={h}
                    fill={colourOf(i)}
                    data-testid="comparison-bar"
                  >
                    <title>{`${names[i] ?? ''}, ${row.period} : ${formatMoney(cell.amount, lang)}`}</title>
                  </rect>
                );
              })}
              <text x={x0 + (groupWidth * 0.8) / 2} y={H - 6} fontSize="8" textAnchor="middle" fill={tokens.colorNeutralForeground2}>
                {row.period}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          {names.map((n, i) => (
            <li key={n}>
              <span className={styles.swatch} style={{ backgroundColor: colourOf(i) }} aria-hidden="true" />
              {n}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Rows shown before « … and n more »: the largest contributors explain a gap; the sheet lists them all. */
const MAX_CONTRIBUTORS = 10;

/**
 * Who moved: one row per CPTS (or mission), largest difference first, each other scenario's total difference
 * from the reference; the row opens on its differences per calendar year.
 */
function Contributors(props: {
  readonly caption: string;
  readonly names: readonly string[];
  readonly rows: readonly ContributorRow[];
  readonly view: 'cpts' | 'mission';
  readonly label: (row: ContributorRow) => string;
}): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const sign = (d: Dec): string => (d.isZero() ? '' : d.isPositive() ? styles.positive : styles.negative);
  const shown = props.rows.slice(0, MAX_CONTRIBUTORS);
  return (
    <div className={styles.scroll} role="region" aria-label={props.caption} tabIndex={0}>
      <table className={table.table} data-testid={`compare-${props.view}`}>
        <caption className={table.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={table.th}>
              {t.dept.contributor}
            </th>
            {props.names.slice(1).map((name, i) => (
              <th key={i} scope="col" className={`${table.th} ${table.num}`}>
                {t.difference(props.names.length > 2 ? name : null)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key} data-testid={`compare-${props.view}-row`}>
              <th scope="row" className={`${table.td} ${table.th}`}>
                <details>
                  <summary>{props.label(row)}</summary>
                  <ul className={styles.legend}>
                    {row.byCalendarYear
                      .filter((y) => y.cells.some((c) => !c.difference.isZero()))
                      .map((y) => (
                        <li key={y.period}>
                          {y.period} :{' '}
                          {y.cells
                            .slice(1)
                            .map((c) => formatMoneyDifference(c.difference, lang))
                            .join(' / ')}
                        </li>
                      ))}
                  </ul>
                </details>
              </th>
              {row.total.cells.slice(1).map((cell, i) => (
                <td key={i} className={`${table.td} ${table.num} ${sign(cell.difference)}`} data-testid={`compare-${props.view}-${row.key}-${i + 1}-diff`}>
                  {formatMoneyDifference(cell.difference, lang)}
                </td>
              ))}
            </tr>
          ))}
          {props.rows.length > MAX_CONTRIBUTORS ? (
            <tr>
              <td colSpan={props.names.length} className={table.td}>
                {t.dept.moreContributors(props.rows.length - MAX_CONTRIBUTORS)}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
