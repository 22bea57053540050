import { Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { amountCurve, Dec, rateProblemFor, requiredRate, type CptsProjection, type RequiredRate, type StandardMissionId, type TargetScope } from '../../engine';
import { formatExactPercent, formatMoney, formatPercent, parseEuros } from '../format';
import { isStandardMissionId } from '../results';
import { useI18n } from '../i18n-context';
import { RateCurve } from './RateCurve';

const useStyles = makeStyles({
  grid: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  result: { margin: 0 },
});

/** « Taux nécessaire »: for a CPTS, a mission, a contract year and a target, the exact rate (engine/inverse). */
export function RateNeeded(props: { readonly cpts: CptsProjection }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const ids = { year: useId(), mission: useId() };
  const missions = useMemo(() => {
    const found = new Set<StandardMissionId>();
    for (const y of props.cpts.years) for (const l of y.lines) if (l.component === 'variable' && isStandardMissionId(l.mission)) found.add(l.mission);
    return [...found];
  }, [props.cpts]);
  const [mission, setMission] = useState<StandardMissionId | null>(missions[0] ?? null);
  // An index into the CPTS's years: with an assumed renewal, contract years 1 to 5 come twice.
  const [yearIndex, setYearIndex] = useState(0);
  const [scope, setScope] = useState<TargetScope>('mission');
  const [targetText, setTargetText] = useState('');
  const current = mission && missions.includes(mission) ? mission : (missions[0] ?? null);
  const year = props.cpts.years[yearIndex];
  const problem = current && year ? rateProblemFor(year, current, scope) : null;
  const parsed = targetText.trim() === '' ? null : parseEuros(targetText);
  const target = parsed === null ? null : new Dec(parsed);
  const answer = problem && target ? requiredRate(problem, target) : null;
  if (!current) return <p>{t.rateNoVariable}</p>;
  return (
    <div className={styles.grid} data-testid="rate-needed">
      <p className={styles.result}>{t.rateIntro}</p>
      <div className={styles.row}>
        <Field label={t.mission}>
          <Select id={ids.mission} value={current} onChange={(_, d) => setMission(isStandardMissionId(d.value) ? d.value : null)}>
            {missions.map((m) => (
              <option key={m} value={m}>
                {t.missions[m]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.contractYear}>
          <Select id={ids.year} value={String(yearIndex)} onChange={(_, d) => setYearIndex(Number(d.value))}>
            {props.cpts.years.map((y, i) => (
              <option key={i} value={i}>
                {y.renewalAssumed ? t.dept.renewalYearN(y.contractYear) : t.contractYearN(y.contractYear)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t.rateScope}>
        <RadioGroup value={scope} onChange={(_, d) => setScope(d.value === 'year' ? 'year' : 'mission')} layout="horizontal">
          <Radio value="mission" label={t.rateScopeMission} />
          <Radio value="year" label={t.rateScopeYear} />
        </RadioGroup>
      </Field>
      <Field label={t.target} validationMessage={targetText.trim() !== '' && parsed === null ? t.targetInvalid : undefined}>
        <Input value={targetText} onChange={(_, d) => setTargetText(d.value)} inputMode="decimal" data-testid="rate-target" />
      </Field>
      {problem ? null : <p className={styles.result}>{t.rateNoVariable}</p>}
      {answer ? (
        <p className={styles.result} role="status" data-testid="rate-answer">
          {describe(answer, t, lang)}
        </p>
      ) : null}
      {problem ? (
        <RateCurve
          points={amountCurve(problem)}
          target={target}
          needed={answer && answer.kind !== 'unreachable' ? answer.rate : null}
          title={t.curveTitle(t.missions[current], year?.contractYear ?? 1)}
        />
      ) : null}
    </div>
  );
}

function describe(answer: RequiredRate, t: ReturnType<typeof useI18n>['t'], lang: ReturnType<typeof useI18n>['lang']): string {
  const money = (v: Dec): string => formatMoney(v, lang);
  switch (answer.kind) {
    case 'without-variable':
      return t.rateWithoutVariable(money(answer.amount));
    case 'unreachable':
      return t.rateUnreachable(money(answer.maxAmount));
    case 'threshold':
      return t.rateThreshold(formatPercent(answer.rateToEnter, lang), money(answer.amount));
    case 'rate': {
      const exact = t.rateNeeded(formatExactPercent(answer.rate, lang), money(answer.amount));
      return answer.rateToEnter.equals(answer.rate) ? exact : `${exact} ${t.rateToEnter(formatPercent(answer.rateToEnter, lang))}`;
    }
  }
}
