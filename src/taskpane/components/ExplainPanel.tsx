import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { explainLine, type Dec, type ProjectionLine } from '../../engine';
import { formatDecimal, formatMoney, formatPercent } from '../format';
import { useI18n } from '../i18n-context';
import { useDialogueMessages } from '../i18n-dialogue';
import { fractionText, IndicatorArithmetic } from './IndicatorArithmetic';

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase400, margin: 0 },
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  evidence: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  arithmetic: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'pre-wrap' },
});

export interface ExplainTarget {
  readonly line: ProjectionLine;
  /** « CPTS Exemple, année 2 »: what the line belongs to. */
  readonly context: string;
}

/** « Pourquoi ce montant ? »: the rule, its source and the projection's arithmetic for one line. */
export function ExplainPanel(props: { readonly target: ExplainTarget; readonly onClose: () => void }): ReactNode {
  const { t, lang } = useI18n();
  const d = useDialogueMessages();
  const styles = useStyles();
  const { line } = props.target;
  const e = explainLine(line);
  const money = (v: Dec): string => formatMoney(v, lang);
  const factors = [money(e.max)];
  if (e.prorata) factors.push(`${e.prorata.days}/${e.prorata.daysInYear}`);
  // A rate from indicators is an exact fraction (2/3): shown as such, as the engine multiplies by it.
  if (e.rate) factors.push(e.exactRate ? fractionText(e.exactRate, lang) : formatPercent(e.rate, lang));
  const arithmetic = e.rounded
    ? `${factors.join(' × ')} = ${formatDecimal(e.unrounded, lang)}\n→ ${money(e.amount)} (${t.explainRounded})`
    : `${factors.join(' × ')} = ${money(e.amount)}`;
  return (
    <section className={styles.panel} aria-labelledby="explain-title" data-testid="explain-panel">
      <div className={styles.header}>
        <h3 id="explain-title" className={styles.title}>
          {t.whyTitle} {t.missions[line.mission]} — {t.components[line.component]}, {props.target.context}
        </h3>
        <Button size="small" onClick={props.onClose}>
          {t.close}
        </Button>
      </div>
      <dl className={styles.list}>
        <dt className={styles.term}>{t.amount}</dt>
        <dd className={styles.detail} data-testid="explain-amount">
          {money(e.amount)}{' '}
          {e.provisional ? (
            <Badge appearance="tint" color="warning">
              {t.provisional}
            </Badge>
          ) : null}
        </dd>
        <dt className={styles.term}>{t.explainVersion}</dt>
        <dd className={styles.detail}>{e.ruleLabel ? `${e.ruleLabel} (${e.ruleVersion})` : e.ruleVersion}</dd>
        <dt className={styles.term}>{t.explainReference}</dt>
        <dd className={styles.detail}>{e.reference}</dd>
        <dt className={styles.term}>{t.explainStatus}</dt>
        <dd className={styles.detail}>{t.statuses[e.status]}</dd>
        <dt className={styles.term}>{t.explainMax}</dt>
        <dd className={styles.detail}>{money(e.max)}</dd>
        <dt className={styles.term}>{t.prorata}</dt>
        <dd className={styles.detail}>
          {e.prorata
            ? e.prorata.unit === 'months'
              ? t.explainProrataMonths(e.prorata.days)
              : t.explainProrata(e.prorata.days, e.prorata.daysInYear)
            : t.noProrata}
        </dd>
        {e.rate ? (
          <>
            <dt className={styles.term}>{t.explainRate}</dt>
            <dd className={styles.detail}>
              {formatPercent(e.rate, lang)}
              {e.rateSource ? ` (${e.rateSource === 'indicateurs' ? d.rateFromIndicators : d.rateTyped})` : null}
              {e.threshold ? ` — ${t.explainThreshold(formatPercent(e.threshold, lang))}` : null}
            </dd>
          </>
        ) : null}
        {e.indicators ? (
          <>
            <dt className={styles.term}>{d.indicatorsTitle}</dt>
            <dd className={styles.detail}>
              <IndicatorArithmetic rate={e.indicators} />
            </dd>
          </>
        ) : null}
        <dt className={styles.term}>{t.explainArithmetic}</dt>
        <dd className={`${styles.detail} ${styles.arithmetic}`} data-testid="explain-arithmetic">
          {arithmetic}
        </dd>
        <dt className={styles.term}>{t.explainEvidence}</dt>
        <dd className={`${styles.detail} ${styles.evidence}`}>{e.evidence}</dd>
      </dl>
    </section>
  );
}
