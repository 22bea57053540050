import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  byEffect,
  Dec,
  openRules,
  readingEffects,
  parameterSpec,
  type CalculationAssumption,
  type ParameterId,
  type ParameterValue,
  type Projection,
  type ReadingEffect,
  type Scenario,
} from '../../engine';
import { formatDate, formatMoneyDifference, formatPercent } from '../format';
import { useI18n } from '../i18n-context';
import type { Language, Messages } from '../i18n';
import { yieldToBrowser } from '../yield';

const useStyles = makeStyles({
  details: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  intro: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  evidence: { display: 'block', color: tokens.colorNeutralForeground2 },
  effect: { display: 'block' },
});

/** How many CPTS an effect names before « … »: a department may have hundreds. */
const CPTS_SHOWN = 3;
const YEARS_SHOWN = 4;

export function parameterValueText(id: ParameterId, value: ParameterValue, t: Messages, lang: Language): string {
  const kind = parameterSpec(id).kind;
  if (kind.type === 'boolean') return value ? t.yes : t.no;
  if (kind.type === 'choice') return t.parameterChoices[String(value)] ?? String(value);
  if (kind.type === 'date') return formatDate(String(value), lang);
  return formatPercent(new Dec(value as number), lang);
}

function effectText(a: CalculationAssumption, e: ReadingEffect, t: Messages, lang: Language): string {
  const money = (d: Dec): string => formatMoneyDifference(d, lang);
  const parts: string[] = [];
  if (!e.total.isZero()) {
    for (const c of e.cpts.slice(0, CPTS_SHOWN)) {
      const changed = c.byContractYear.filter((d) => !d.isZero());
      // The same change every year it applies reads best per year (« −45 000 €/an »).
      parts.push(
        changed.every((d) => d.equals(changed[0]!)) && changed.length > 1
          ? t.effectPerYear(money(changed[0]!), c.name)
          : t.effectForCpts(money(c.total), c.name),
      );
    }
    if (e.cpts.length > CPTS_SHOWN) parts.push('…');
    parts.push(t.effectTotal(money(e.total)));
  } else if (e.byCalendarYear.length > 0) {
    const years = e.byCalendarYear.slice(0, YEARS_SHOWN).map((y) => `${y.year} : ${money(y.total)}`);
    parts.push(t.effectCalendarOnly(years.join(', ') + (e.byCalendarYear.length > YEARS_SHOWN ? ', …' : '')));
  } else {
    parts.push(t.effectNone);
  }
  return `${t.effectIf(parameterValueText(a.id, e.value, t, lang))} ${parts.join(' ; ')}`;
}

/**
 * « Hypothèses de calcul »: every open rule with the value used, its status and evidence, and — once a run has
 * given a scenario — its effect in euros under each other reading (the engine re-run, biggest first). The
 * re-runs happen only while the panel is open.
 */
export function AssumptionsPanel(props: { readonly scenario?: Scenario | null; readonly projection?: Projection | null }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const scenario = props.scenario ?? null;
  const projection = props.projection ?? null;
  const rules = useMemo(() => openRules(scenario), [scenario]);
  // Effects by parameter, filled one re-run at a time while the panel is open (a department of many CPTS takes a
  // moment per re-run: the pane stays responsive, and the list re-sorts as they come).
  // Kept with the run they belong to: effects of an earlier run are never shown against a later one.
  const [computed, setComputed] = useState<{ readonly of: Projection | null; readonly map: ReadonlyMap<ParameterId, readonly ReadingEffect[]> }>({
    of: null,
    map: new Map(),
  });
  const effects = useMemo(
    () => (open && computed.of === projection ? computed.map : new Map<ParameterId, readonly ReadingEffect[]>()),
    [open, computed, projection],
  );
  useEffect(() => {
    if (!open || !scenario || !projection) return;
    let cancelled = false;
    void (async () => {
      const found = new Map<ParameterId, readonly ReadingEffect[]>();
      for (const a of rules) {
        await yieldToBrowser();
        if (cancelled) return;
        found.set(a.id, readingEffects(scenario, projection, a.id));
        setComputed({ of: projection, map: new Map(found) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [open, scenario, projection, rules]);
  const list = useMemo(() => byEffect(rules.map((a) => ({ ...a, effects: effects.get(a.id) ?? [] }))), [rules, effects]);
  return (
    <details
      className={styles.details}
      data-testid="assumptions"
      data-effects={scenario && projection ? `${effects.size}/${rules.length}` : undefined}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className={styles.summary}>{t.assumptionsTitle}</summary>
      <p className={styles.intro}>{t.assumptionsIntro}</p>
      {scenario ? null : <p className={styles.intro}>{t.effectsAfterRun}</p>}
      <ul className={styles.list}>
        {list.map((a) => (
          <li key={a.id} data-testid={`assumption-${a.id}`}>
            {t.assumptionLabels[a.id]} : <strong>{parameterValueText(a.id, a.value, t, lang)}</strong>{' '}
            <Badge appearance="tint" color={a.status === 'confirmed' || a.status === 'derived' ? 'informative' : 'warning'} size="small">
              {t.statuses[a.status]}
            </Badge>
            {a.setByScenario ? ` (${t.setByScenario})` : ''}
            {scenario && projection && effects.has(a.id) ? (
              a.effects.length === 0 ? (
                <span className={styles.effect}>{t.noOtherReading}</span>
              ) : (
                a.effects.map((e) => (
                  <span key={String(e.value)} className={styles.effect}>
                    {effectText(a, e, t, lang)}
                  </span>
                ))
              )
            ) : null}
            <span className={styles.evidence}>
              {a.ref}. {a.evidence}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
