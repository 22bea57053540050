import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { assumptionsOf, Dec, RULE_VERSIONS, type Assumption } from '../../engine';
import { formatDate, formatInteger, formatPercent } from '../format';
import { useI18n } from '../i18n-context';
import type { Messages, Language } from '../i18n';

const useStyles = makeStyles({
  details: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  intro: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  evidence: { display: 'block', color: tokens.colorNeutralForeground2 },
});

function valueText(a: Assumption, t: Messages, lang: Language): string {
  const v = a.value;
  if (typeof v === 'boolean') return v ? t.yes : t.no;
  if (Array.isArray(v)) return v.map((n) => formatInteger(n, lang)).join(', ');
  if (a.id === 'in-force-from') return formatDate(v as string, lang);
  if (a.id === 'prorata-day-count') return t.dayCountActual;
  return formatPercent(new Dec(v as string), lang);
}

/**
 * « Hypothèses de calcul »: every parameter of the rules that a text leaves open (status other than
 * confirmed), for each version, with its value, status and evidence — the choices behind « provisoire ».
 */
export function AssumptionsPanel(): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const open = RULE_VERSIONS.flatMap((v) =>
    assumptionsOf(v)
      .filter((a) => a.status !== 'confirmed')
      .map((a) => ({ a, label: v.label })),
  );
  return (
    <details className={styles.details} data-testid="assumptions">
      <summary className={styles.summary}>{t.assumptionsTitle}</summary>
      <p className={styles.intro}>{t.assumptionsIntro}</p>
      <ul className={styles.list}>
        {open.map(({ a, label }) => (
          <li key={`${a.ruleVersion}/${a.id}`}>
            {label} — {t.assumptionLabels[a.id]} : <strong>{valueText(a, t, lang)}</strong>{' '}
            <Badge appearance="tint" color={a.status === 'derived' ? 'informative' : 'warning'} size="small">
              {t.statuses[a.status]}
            </Badge>
            <span className={styles.evidence}>
              {a.ref}. {a.evidence}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
