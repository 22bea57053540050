import type { ReactNode } from 'react';
import type { CalendarYearBudget, Dec, HorsAciLine } from '../../engine';
import type { ResultSummary } from '../results';
import { formatDate, formatMoney } from '../format';
import { useI18n } from '../i18n-context';
import { useTableStyles } from './YearTable';

/**
 * Payments per calendar year, what a budget is voted on: ACI (with the parts resting on assumed renewals and on
 * provisional amounts, budget.ts's figures, the same as the « Budget annuel » sheet's) and, apart, the « hors ACI » amounts and the total including them. The ACI cells keep the ids the browser tests
 * read (`<testId>-<year>`, `<testId>-total`); the others add a suffix.
 */
export function BudgetTable(props: {
  readonly rows: readonly CalendarYearBudget[];
  readonly total: Dec;
  readonly horsAciTotal: Dec;
  readonly testId: string;
}): ReactNode {
  const { t, lang } = useI18n();
  const styles = useTableStyles();
  const d = t.dept;
  const withRenewal = props.rows.some((r) => !r.renewalAssumed.isZero());
  const withProvisional = props.rows.some((r) => !r.provisional.isZero());
  const withHorsAci = !props.horsAciTotal.isZero();
  const sumOf = (pick: (r: CalendarYearBudget) => Dec): Dec => props.rows.reduce((acc, r) => acc.plus(pick(r)), props.total.times(0));
  const num = `${styles.td} ${styles.num}`;
  return (
    <table className={styles.table} data-testid={props.testId}>
      <caption className={styles.caption}>{d.budgetCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {t.calendarYear}
          </th>
          <th scope="col" className={`${styles.th} ${styles.num}`}>
            {d.aci}
          </th>
          {withRenewal ? (
            <th scope="col" className={`${styles.th} ${styles.num}`}>
              {d.ofWhichRenewal}
            </th>
          ) : null}
          {withProvisional ? (
            <th scope="col" className={`${styles.th} ${styles.num}`} title={t.provisionalHint}>
              {d.ofWhichProvisional}
            </th>
          ) : null}
          {withHorsAci ? (
            <>
              <th scope="col" className={`${styles.th} ${styles.num}`}>
                {d.horsAci}
              </th>
              <th scope="col" className={`${styles.th} ${styles.num}`}>
                {d.includingHorsAci}
              </th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.year}>
            <th scope="row" className={`${styles.td} ${styles.th}`}>
              {r.year}
            </th>
            <td className={num} data-testid={`${props.testId}-${r.year}`}>
              {formatMoney(r.aci, lang)}
            </td>
            {withRenewal ? (
              <td className={num} data-testid={`${props.testId}-${r.year}-renewal`}>
                {formatMoney(r.renewalAssumed, lang)}
              </td>
            ) : null}
            {withProvisional ? (
              <td className={num} data-testid={`${props.testId}-${r.year}-provisional`}>
                {formatMoney(r.provisional, lang)}
              </td>
            ) : null}
            {withHorsAci ? (
              <>
                <td className={num} data-testid={`${props.testId}-${r.year}-hors-aci`}>
                  {formatMoney(r.horsAci, lang)}
                </td>
                <td className={num}>{formatMoney(r.includingHorsAci, lang)}</td>
              </>
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
          {withRenewal ? (
            <td className={styles.num}>
              {formatMoney(
                sumOf((r) => r.renewalAssumed),
                lang,
              )}
            </td>
          ) : null}
          {withProvisional ? (
            <td className={styles.num} data-testid={`${props.testId}-total-provisional`}>
              {formatMoney(
                sumOf((r) => r.provisional),
                lang,
              )}
            </td>
          ) : null}
          {withHorsAci ? (
            <>
              <td className={styles.num} data-testid={`${props.testId}-total-hors-aci`}>
                {formatMoney(props.horsAciTotal, lang)}
              </td>
              <td className={styles.num} data-testid={`${props.testId}-total-including`}>
                {formatMoney(props.total.plus(props.horsAciTotal), lang)}
              </td>
            </>
          ) : null}
        </tr>
      </tbody>
    </table>
  );
}

/** A CPTS's « hors ACI » lines, each with its own nature; never part of the ACI totals above. */
export function HorsAciList(props: { readonly lines: readonly HorsAciLine[] }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useTableStyles();
  if (props.lines.length === 0) return null;
  return (
    <table className={styles.table} data-testid="cpts-hors-aci">
      <caption className={styles.caption}>{t.dept.horsAci}</caption>
      <tbody>
        {props.lines.map((h, i) => (
          <tr key={i}>
            <td className={styles.td}>{formatDate(h.date, lang)}</td>
            <td className={styles.td}>
              {t.dept.horsAciNatures[h.kind]}
              {h.status !== null && h.status !== 'confirmed' ? ` (${t.provisional})` : ''}
            </td>
            <td className={`${styles.td} ${styles.num}`}>{formatMoney(h.amount, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The « hors ACI » amounts of the « Versements à venir » window, each with its nature, apart from the ACI
 * payments listed above and never in their total; then their total and the total « y compris hors ACI ».
 */
export function UpcomingHorsAci(props: { readonly summary: ResultSummary; readonly testId: string; readonly showCpts: boolean }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useTableStyles();
  const s = props.summary;
  if (s.upcomingHorsAci.length === 0) return null;
  const labelSpan = props.showCpts ? 3 : 2;
  return (
    <table className={styles.table} data-testid={`${props.testId}-upcoming-hors-aci`}>
      <caption className={styles.caption}>{t.dept.upcomingHorsAci}</caption>
      <tbody>
        {s.upcomingHorsAci.map((u, i) => (
          <tr key={i}>
            <td className={styles.td}>{formatDate(u.line.date, lang)}</td>
            {props.showCpts ? <td className={styles.td}>{u.cpts}</td> : null}
            <td className={styles.td}>
              {t.dept.horsAciNatures[u.line.kind]}
              {u.line.status !== null && u.line.status !== 'confirmed' ? ` (${t.provisional})` : ''}
            </td>
            <td className={`${styles.td} ${styles.num}`}>{formatMoney(u.line.amount, lang)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row" colSpan={labelSpan} className={styles.th}>
            {t.dept.horsAciTotal}
          </th>
          <td className={`${styles.num} ${styles.total}`} data-testid={`${props.testId}-upcoming-hors-aci-total`}>
            {formatMoney(s.upcomingHorsAciTotal, lang)}
          </td>
        </tr>
        <tr>
          <th scope="row" colSpan={labelSpan} className={styles.th}>
            {t.dept.includingHorsAci}
          </th>
          <td className={`${styles.num} ${styles.total}`} data-testid={`${props.testId}-upcoming-including`}>
            {formatMoney(s.upcomingIncludingHorsAci, lang)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
