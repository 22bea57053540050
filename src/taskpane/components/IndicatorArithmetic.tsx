import type { ReactNode } from 'react';
import { fractionValue, type Fraction, type IndicatorRate } from '../../engine';
import { formatPercent } from '../format';
import type { Language } from '../i18n';
import { useI18n } from '../i18n-context';
import { useDialogueMessages } from '../i18n-dialogue';

/** An exact fraction as the pane writes it: « 2/3 », or « 0,5 » when it ends. */
export function fractionText(f: Fraction, lang: Language): string {
  if (f.denominator.equals(1)) return plain(f.numerator.toNumber(), lang);
  const value = fractionValue(f);
  // A fraction that ends (1/2, 6/5) reads better as a decimal; 2/3 stays 2/3.
  return value.decimalPlaces() <= 6 ? plain(value.toNumber(), lang) : `${f.numerator.toString()}/${f.denominator.toString()}`;
}

/** A value typed by the user (an indicator's 12,5): display only, nothing is computed from it. */
function plain(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 6 }).format(n);
}

/** Each indicator's (actual − baseline) ÷ (target − baseline), the weighted mean, and the step under « paliers ». */
export function IndicatorArithmetic(props: { readonly rate: IndicatorRate }): ReactNode {
  const { lang } = useI18n();
  const d = useDialogueMessages();
  const r = props.rate;
  const n = (v: { toNumber(): number }): string => plain(v.toNumber(), lang);
  const terms = r.indicators.map((i) => `${n(i.weight)} × ${fractionText(i.achievement, lang)}`).join(' + ');
  const weights = r.indicators.reduce((s, i) => s + i.weight.toNumber(), 0);
  return (
    <ul data-testid="explain-indicators" style={{ margin: 0, paddingLeft: '1.2em' }}>
      {r.indicators.map((i, k) => (
        <li key={k}>
          {d.indicatorLine(i.name, n(i.actual), n(i.baseline), n(i.target), fractionText(i.raw, lang), formatPercent(fractionValue(i.achievement), lang))}
        </li>
      ))}
      <li>{d.weightedMean(terms, plain(weights, lang), `${fractionText(r.weightedMean, lang)} (${formatPercent(fractionValue(r.weightedMean), lang)})`)}</li>
      {r.method.kind === 'steps' ? <li>{r.step ? d.stepReached(formatPercent(r.step, lang)) : d.noStepReached}</li> : null}
      <li>{d.indicatorConvention}</li>
    </ul>
  );
}
