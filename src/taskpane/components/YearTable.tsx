import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatMoney, formatPercent } from '../format';
import { useI18n } from '../i18n-context';
import type { YearTotal } from '../results';

export const useTableStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  th: { textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 4px' },
  num: { textAlign: 'right', whiteSpace: 'nowrap', padding: '2px 4px', fontVariantNumeric: 'tabular-nums' },
  td: { padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  total: { fontWeight: tokens.fontWeightSemibold },
  /** Read by screen readers, not shown. */
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

/** Totals per year (contract or calendar) with their sum; test ids let the browser tests read the figures. */
export function YearTable(props: {
  readonly caption: string;
  readonly yearHeader: string;
  readonly rows: readonly YearTotal[];
  readonly total: YearTotal['total'];
  readonly yearLabel: (label: string) => string;
  readonly testId: string;
}): ReactNode {
  const { t, lang } = useI18n();
  const styles = useTableStyles();
  // Contract years carry the euros resting on provisional amounts: shown as a share of each year's total.
  const withShare = props.rows.some((r) => r.provisional !== undefined);
  const share = (r: YearTotal): string => (r.provisional && !r.total.isZero() ? formatPercent(r.provisional.div(r.total).toDecimalPlaces(2), lang) : '—');
  return (
    <table className={styles.table} data-testid={props.testId}>
      <caption className={styles.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {props.yearHeader}
          </th>
          <th scope="col" className={`${styles.th} ${styles.num}`}>
            {t.amount}
          </th>
          {withShare ? (
            <th scope="col" className={`${styles.th} ${styles.num}`} title={t.provisionalHint}>
              {t.provisionalShareHeader}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.label}>
            <th scope="row" className={`${styles.td} ${styles.th}`}>
              {props.yearLabel(r.label)}
            </th>
            <td className={`${styles.td} ${styles.num}`} data-testid={`${props.testId}-${r.label}`}>
              {formatMoney(r.total, lang)}
            </td>
            {withShare ? (
              <td className={`${styles.td} ${styles.num}`} data-testid={`${props.testId}-${r.label}-provisional`}>
                {share(r)}
              </td>
            ) : null}
          </tr>
        ))}
        <tr className={styles.total}>
          <th scope="row" className={styles.th}>
            {t.total}
          </th>
          <td className={styles.num} data-testid={`${props.testId}-total`}>
            {formatMoney(props.total, lang)}
          </td>
          {withShare ? <td className={styles.num} /> : null}
        </tr>
      </tbody>
    </table>
  );
}
