import { tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { CurvePoint, Dec } from '../../engine';
import { formatMoney, formatPercent } from '../format';
import { useI18n } from '../i18n-context';

const W = 300;
const H = 160;
const PAD = { left: 8, right: 8, top: 12, bottom: 22 };

/**
 * Amount against rate, drawn from the curve's exact corners (no chart library). Coordinates are pixels:
 * converting amounts to floats here only places points on screen; every figure shown is the engine's.
 */
export function RateCurve(props: {
  readonly points: readonly CurvePoint[];
  readonly target: Dec | null;
  readonly needed: Dec | null;
  readonly title: string;
}): ReactNode {
  const { t, lang } = useI18n();
  const amounts = props.points.map((p) => p.amount.toNumber());
  const highest = Math.max(...amounts, 1);
  // A target far out of reach would flatten the curve: the scale stops at 1.5 × the most reachable, the target line at the top.
  const targetY = props.target ? Math.min(props.target.toNumber(), highest * 1.5) : null;
  const top = Math.max(highest, targetY ?? 0) * 1.05;
  const x = (rate: number): number => PAD.left + rate * (W - PAD.left - PAD.right);
  const y = (amount: number): number => PAD.top + (1 - amount / top) * (H - PAD.top - PAD.bottom);
  const path = props.points.map((p) => `${x(p.rate.toNumber()).toFixed(1)},${y(p.amount.toNumber()).toFixed(1)}`).join(' ');
  const first = props.points[0];
  const last = props.points[props.points.length - 1];
  const description =
    first && last
      ? `${formatPercent(first.rate, lang)} : ${formatMoney(first.amount, lang)} ; ${formatPercent(last.rate, lang)} : ${formatMoney(last.amount, lang)}`
      : '';
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${props.title}. ${description}`} data-testid="rate-curve">
      <title>{props.title}</title>
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(0)} stroke={tokens.colorNeutralStroke1} />
      <line x1={x(0)} y1={y(0)} x2={x(0)} y2={PAD.top} stroke={tokens.colorNeutralStroke1} />
      {targetY !== null ? <line x1={x(0)} x2={x(1)} y1={y(targetY)} y2={y(targetY)} stroke={tokens.colorPaletteRedBorder2} strokeDasharray="4 3" /> : null}
      <polyline points={path} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
      {props.needed && targetY !== null ? <circle cx={x(props.needed.toNumber())} cy={y(targetY)} r={4} fill={tokens.colorPaletteRedBackground3} /> : null}
      <text x={x(0)} y={H - 6} fontSize="10" fill={tokens.colorNeutralForeground2}>
        0 %
      </text>
      <text x={x(1)} y={H - 6} fontSize="10" textAnchor="end" fill={tokens.colorNeutralForeground2}>
        100 %
      </text>
      <text x={x(0.5)} y={H - 6} fontSize="10" textAnchor="middle" fill={tokens.colorNeutralForeground2}>
        {t.curveRate}
      </text>
      {last ? (
        <text x={x(1)} y={y(last.amount.toNumber()) - 4} fontSize="10" textAnchor="end" fill={tokens.colorNeutralForeground1}>
          {formatMoney(last.amount, lang)}
        </text>
      ) : null}
    </svg>
  );
}
