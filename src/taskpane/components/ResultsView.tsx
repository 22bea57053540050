import { Badge, Button, Combobox, Field, Option, Select, makeStyles, tokens } from '@fluentui/react-components';
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { cashByMonth, isProvisionalStatus, type CptsProjection, type Projection, type ProjectionLine } from '../../engine';
import { formatDate, formatInteger, formatMoney, formatPercent } from '../format';
import { useI18n } from '../i18n-context';
import { summarizeCpts, summarizeProjection, UPCOMING_CHOICES, type ResultSummary, type UpcomingChoice } from '../results';
import { BudgetTable, HorsAciList, UpcomingHorsAci } from './BudgetTable';
import { useDialogueMessages } from '../i18n-dialogue';
import { CashChart } from './CashChart';
import { DialogueSection } from './DialogueSection';
import { ExplainPanel, type ExplainTarget } from './ExplainPanel';
import { RateNeeded } from './RateNeeded';
import { YearTable, useTableStyles } from './YearTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The CPTS in detail is long and mostly below the fold: laid out and painted only near the view.
  detail: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, contentVisibility: 'auto', containIntrinsicSize: 'auto 1500px' },
  h3: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The run's figures: the set, then one CPTS at a time (a department may have hundreds). */
export function ResultsView(props: {
  readonly projection: Projection;
  readonly today: string;
  /** « Dialogue de gestion » for the CPTS shown; absent: no button. */
  readonly onDialogue?: (cpts: CptsProjection) => void;
  readonly dialogueBusy?: boolean;
}): ReactNode {
  const { t, lang } = useI18n();
  const d = useDialogueMessages();
  const styles = useStyles();
  const { projection } = props;
  const [choice, setChoice] = useState<UpcomingChoice>('twelve-months');
  const set = useMemo(() => summarizeProjection(projection, props.today, choice), [projection, props.today, choice]);
  // The set's figures come first; the cash chart and the CPTS in detail follow in a second render, so that a
  // department's results reach the screen sooner and no single render holds the page long.
  const [detailFor, setDetailFor] = useState<Projection | null>(null);
  const detail = detailFor === projection;
  useEffect(() => {
    if (!detail) startTransition(() => setDetailFor(projection));
  }, [projection, detail]);
  const cash = useMemo(() => (detail ? cashByMonth(projection).set : null), [projection, detail]);
  const [cptsIndex, setCptsIndex] = useState(0);
  const cpts = detail ? (projection.cpts[cptsIndex] ?? projection.cpts[0]) : undefined;
  return (
    <div className={styles.root} data-testid="results">
      <h2 className={styles.h3}>{t.allCpts}</h2>
      <Field label={t.dept.upcomingWindow}>
        <Select value={choice} onChange={(_, d) => setChoice(d.value as UpcomingChoice)} data-testid="upcoming-choice">
          {UPCOMING_CHOICES.map((c) => (
            <option key={c} value={c}>
              {c === 'twelve-months' ? t.dept.windowTwelveMonths : t.dept.windowNextYear(String(Number(props.today.slice(0, 4)) + 1))}
            </option>
          ))}
        </Select>
      </Field>
      <SummaryTables summary={set} testId="set" showCpts />
      {cash ? (
        <>
          <h3 className={styles.h3}>{d.cashTitle}</h3>
          <CashChart months={cash} />
        </>
      ) : null}
      {cpts ? (
        <div className={styles.detail}>
          <CptsPicker projection={projection} index={cptsIndex} onPick={setCptsIndex} />
          <h2 className={styles.h3}>
            {cpts.name} {cpts.provisional ? <ProvisionalShare cpts={cpts} /> : null}
          </h2>
          <p className={styles.meta}>
            {t.sizeLabel(cpts.size, formatInteger(cpts.population, lang))} ·{' '}
            {t.contractDates(formatDate(cpts.signatureDate, lang), formatDate(cpts.contractEnd, lang))}
            {renewalOf(cpts) ? ` · ${t.dept.renewalAssumed} : ${formatDate(renewalOf(cpts)!.from, lang)} – ${formatDate(renewalOf(cpts)!.to, lang)}` : ''}
          </p>
          <SummaryTables summary={summarizeCpts(cpts, props.today, choice)} testId="cpts" showCpts={false} />
          <HorsAciList lines={cpts.horsAci} />
          <DialogueSection cpts={cpts} today={props.today} onDialogue={props.onDialogue} busy={props.dialogueBusy} />
          <CptsDetail key={cpts.id} cpts={cpts} />
          <h2 className={styles.h3}>{t.rateTitle}</h2>
          <RateNeeded key={`rate-${cpts.id}`} cpts={cpts} />
        </div>
      ) : null}
    </div>
  );
}

/** The picker lists this many CPTS at most: a department's thousand options would weigh on every render. */
const MAX_CPTS_OPTIONS = 50;

/**
 * The CPTS shown in detail, picked by typing part of its name (or its identifier): a department may have
 * hundreds. The list shows the first matches; once one is picked its name stays in the field.
 */
function CptsPicker(props: { readonly projection: Projection; readonly index: number; readonly onPick: (index: number) => void }): ReactNode {
  const { t } = useI18n();
  const picked = props.projection.cpts[props.index];
  const [query, setQuery] = useState(picked?.name ?? '');
  // The field showing the picked CPTS's name is no search: the list then starts from the top.
  const searching = query !== (picked?.name ?? '');
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('fr');
    const all = props.projection.cpts.map((c, i) => ({ c, i }));
    return searching && q !== '' ? all.filter(({ c }) => c.name.toLocaleLowerCase('fr').includes(q) || c.id.toLocaleLowerCase('fr').includes(q)) : all;
  }, [props.projection, query, searching]);
  return (
    <Field label={t.cpts}>
      <Combobox
        data-testid="cpts-select"
        value={query}
        selectedOptions={[String(props.index)]}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, d) => {
          if (d.optionValue === undefined) return;
          props.onPick(Number(d.optionValue));
          setQuery(d.optionText ?? '');
        }}
      >
        {matches.slice(0, MAX_CPTS_OPTIONS).map(({ c, i }) => (
          <Option key={c.id} value={String(i)} text={c.name}>
            {c.name}
          </Option>
        ))}
        {matches.length > MAX_CPTS_OPTIONS ? (
          <Option disabled value="" text="">
            {t.moreCpts(matches.length - MAX_CPTS_OPTIONS)}
          </Option>
        ) : null}
        {matches.length === 0 ? (
          <Option disabled value="" text="">
            {t.noCptsMatch}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}

/** The assumed renewal's dates, when the CPTS has one (its years of contract 2). */
function renewalOf(cpts: CptsProjection): { readonly from: string; readonly to: string } | null {
  const years = cpts.years.filter((y) => y.renewalAssumed);
  return years.length > 0 ? { from: years[0]!.start, to: years[years.length - 1]!.end } : null;
}

/** A department's next twelve months can hold thousands of payments: the list shows the first, the total counts all. */
const MAX_UPCOMING_ROWS = 50;

/** The share of the CPTS's euros that rests on « à vérifier » or « provisoire » amounts (a whole percent, never 0 % when some do). */
function ProvisionalShare(props: { readonly cpts: CptsProjection }): ReactNode {
  const { t, lang } = useI18n();
  const share = props.cpts.provisionalShare;
  const shown = share.greaterThan(0) && share.lessThan('0.01') ? share : share.toDecimalPlaces(2);
  return (
    <Badge appearance="tint" color="warning" title={t.provisionalHint} data-testid="provisional-share">
      {t.provisionalShare(formatPercent(shown, lang))}
    </Badge>
  );
}

function SummaryTables(props: { readonly summary: ResultSummary; readonly testId: string; readonly showCpts: boolean }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useTableStyles();
  const s = props.summary;
  // The set leads with calendar years (what a budget votes); contract years mean something per CPTS only.
  return (
    <>
      <BudgetTable rows={s.budget} total={s.total} horsAciTotal={s.horsAciTotal} testId={`${props.testId}-calendar`} />
      {props.showCpts ? null : (
        <YearTable
          caption={t.dept.byContractYearOfCpts}
          yearHeader={t.contractYear}
          rows={s.byContractYear}
          total={s.total}
          yearLabel={(l) => (l.startsWith('R') ? t.dept.renewalYearN(Number(l.slice(1))) : t.contractYearN(Number(l)))}
          testId={`${props.testId}-contract`}
        />
      )}
      <table className={styles.table} data-testid={`${props.testId}-upcoming`}>
        <caption className={styles.caption}>{t.nextTwelveMonths(formatDate(s.window.from, lang), formatDate(s.window.to, lang))}</caption>
        {s.upcoming.length === 0 ? (
          <tbody>
            <tr>
              <td className={styles.td}>{t.noPaymentsSoon}</td>
            </tr>
          </tbody>
        ) : (
          <>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  {t.date}
                </th>
                {props.showCpts ? (
                  <th scope="col" className={styles.th}>
                    {t.cpts}
                  </th>
                ) : null}
                <th scope="col" className={styles.th}>
                  {t.kind}
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {t.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.upcoming.slice(0, MAX_UPCOMING_ROWS).map((u, i) => (
                <tr key={i}>
                  <td className={styles.td}>{formatDate(u.payment.date, lang)}</td>
                  {props.showCpts ? <td className={styles.td}>{u.cpts}</td> : null}
                  <td className={styles.td}>
                    {t.paymentKinds[u.payment.kind]} (
                    {u.payment.renewalAssumed ? t.dept.renewalYearN(u.payment.contractYear) : t.contractYearN(u.payment.contractYear)})
                  </td>
                  <td className={`${styles.td} ${styles.num}`}>{formatMoney(u.payment.amount, lang)}</td>
                </tr>
              ))}
              {s.upcoming.length > MAX_UPCOMING_ROWS ? (
                <tr>
                  <td colSpan={props.showCpts ? 4 : 3} className={styles.td}>
                    {t.morePayments(s.upcoming.length - MAX_UPCOMING_ROWS)}
                  </td>
                </tr>
              ) : null}
              <tr>
                <th scope="row" colSpan={props.showCpts ? 3 : 2} className={styles.th}>
                  {t.total}
                </th>
                <td className={`${styles.num} ${styles.total}`} data-testid={`${props.testId}-upcoming-total`}>
                  {formatMoney(s.upcomingTotal, lang)}
                </td>
              </tr>
            </tbody>
          </>
        )}
      </table>
      <UpcomingHorsAci summary={s} testId={props.testId} showCpts={props.showCpts} />
    </>
  );
}

/** Lines of one contract year, each with « Pourquoi ce montant ? ». */
function CptsDetail(props: { readonly cpts: CptsProjection }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useTableStyles();
  const [yearIndex, setYearIndex] = useState(0);
  const [explained, setExplained] = useState<ExplainTarget | null>(null);
  const year = props.cpts.years[yearIndex];
  if (!year) return null;
  const yearName = year.renewalAssumed ? t.dept.renewalYearN(year.contractYear) : t.contractYearN(year.contractYear);
  const explain = (line: ProjectionLine): void => setExplained({ line, context: `${props.cpts.name}, ${yearName.toLowerCase()}` });
  return (
    <>
      <Field label={t.detailTitle}>
        <Select
          value={String(yearIndex)}
          data-testid="detail-year"
          onChange={(_, d) => {
            setYearIndex(Number(d.value));
            setExplained(null);
          }}
        >
          {props.cpts.years.map((y, i) => (
            <option key={i} value={i}>
              {y.renewalAssumed ? t.dept.renewalYearN(y.contractYear) : t.contractYearN(y.contractYear)} ({formatDate(y.start, lang)} –{' '}
              {formatDate(y.end, lang)}) · {y.ruleVersion}
            </option>
          ))}
        </Select>
      </Field>
      <table className={styles.table} data-testid="detail-lines">
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t.mission}
            </th>
            <th scope="col" className={`${styles.th} ${styles.num}`}>
              {t.amount}
            </th>
            <th scope="col" className={styles.th}>
              <span className={styles.hidden}>{t.why}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {year.lines.map((l, i) => (
            <tr key={i}>
              <td className={styles.td}>
                {t.missions[l.mission]}
                {l.component !== 'fonctionnement' ? ` — ${t.components[l.component]}` : ''}
                {isProvisionalStatus(l.source.status) ? ` (${t.provisional})` : ''}
              </td>
              <td className={`${styles.td} ${styles.num}`}>{formatMoney(l.amount, lang)}</td>
              <td className={styles.td}>
                <Button
                  size="small"
                  appearance="transparent"
                  onClick={() => explain(l)}
                  aria-label={`${t.why} ${t.missions[l.mission]}, ${t.components[l.component]}`}
                >
                  ?
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {explained ? <ExplainPanel target={explained} onClose={() => setExplained(null)} /> : null}
    </>
  );
}
