import { tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MonthCash } from '../../engine';
import { formatMoney } from '../format';
import { useI18n } from '../i18n-context';
import { useDialogueMessages } from '../i18n-dialogue';

const W = 300;
const H = 150;
const PAD = { left: 4, right: 4, top: 14, bottom: 20 };

/**
 * Payments per month for the set, ACI and hors ACI stacked (no chart library, like RateCurve). Floats only place
 * bars on screen; every figure written is the engine's, formatted from its decimals.
 */
export function CashChart(props: { readonly months: readonly MonthCash[] }): ReactNode {
  const { lang } = useI18n();
  const d = useDialogueMessages();
  const months = props.months;
  if (months.length === 0) return <p>{d.cashEmpty}</p>;
  const top = Math.max(...months.map((m) => m.total.toNumber()), 1);
  const slot = (W - PAD.left - PAD.right) / months.length;
  const bar = Math.max(1, slot * 0.8);
  const h = (amount: number): number => (amount / top) * (H - PAD.top - PAD.bottom);
  const base = H - PAD.bottom;
  const highest = months.reduce((a, b) => (b.total.greaterThan(a.total) ? b : a));
  const description = `${d.cashTitle} : ${months[0]!.month} – ${months[months.length - 1]!.month} ; maximum ${highest.month}, ${formatMoney(highest.total, lang)}`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={description} data-testid="cash-chart">
      <title>{description}</title>
      <line x1={PAD.left} x2={W - PAD.right} y1={base} y2={base} stroke={tokens.colorNeutralStroke1} />
      {months.map((m, i) => {
        const x = PAD.left + i * slot + (slot - bar) / 2;
        const aci = h(m.aci.toNumber());
        const hors = h(m.horsAci.toNumber());
        return (
          <g key={m.month}>
            <title>{`${m.month} : ${d.cashAci} ${formatMoney(m.aci, lang)}, ${d.cashHorsAci} ${formatMoney(m.horsAci, lang)}`}</title>
            {aci > 0 ? <rect x={x} y={base - aci} width={bar} height={aci} fill={tokens.colorBrandBackground} /> : null}
            {hors > 0 ? <rect x={x} y={base - aci - hors} width={bar} height={hors} fill={tokens.colorPaletteMarigoldBackground3} /> : null}
          </g>
        );
      })}
      <text x={PAD.left} y={H - 6} fontSize="10" fill={tokens.colorNeutralForeground2}>
        {months[0]!.month}
      </text>
      <text x={W - PAD.right} y={H - 6} fontSize="10" textAnchor="end" fill={tokens.colorNeutralForeground2}>
        {months[months.length - 1]!.month}
      </text>
      <text x={PAD.left} y={10} fontSize="10" fill={tokens.colorNeutralForeground1}>
        {`${d.cashAci} ■  ${d.cashHorsAci} ■  max ${formatMoney(highest.total, lang)}`}
      </text>
    </svg>
  );
}
