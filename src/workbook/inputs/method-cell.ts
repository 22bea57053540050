import { SCENARIO_FIELDS, type IndicatorMethod } from '../../engine';
import { normaliseLabel } from './field-cells';

/**
 * The indicator method (`scenario.indicatorMethod`) as one row of the Barème sheet's parameter table: « linéaire »,
 * or « paliers 25 % ; 50 % ; 75 % ; 100 % ». The scenario's validation then checks the steps.
 */
const label = SCENARIO_FIELDS.indicatorMethod.label;
export const INDICATOR_METHOD_LABEL = `${label.charAt(0).toUpperCase()}${label.slice(1)} (convention du classeur)`;
export const LINEAR_TEXT = 'linéaire';
export const METHOD_NOTE = 'linéaire, ou des paliers croissants, par ex. « paliers 25 % ; 50 % ; 75 % ; 100 % »';

const percent = (f: number): string => `${String(Math.round(f * 1e6) / 1e4).replace('.', ',')} %`;

export function methodText(method: IndicatorMethod | undefined): string | null {
  if (!method) return null;
  return method.kind === 'linear' ? LINEAR_TEXT : `paliers ${method.steps.map(percent).join(' ; ')}`;
}

/** The raw value for validation, or null when the text is neither « linéaire » nor « paliers … ». */
export function methodFromText(text: string): unknown {
  const t = normaliseLabel(text);
  if (t === LINEAR_TEXT || t === 'lineaire' || t === 'linear') return { kind: 'linear' };
  const m = /^paliers?\s*:?\s*(.*)$/.exec(t);
  if (!m) return null;
  const steps = m[1]!
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const pct = p.endsWith('%');
      const n = Number(p.replace('%', '').trim().replace(',', '.'));
      return Number.isFinite(n) ? (pct ? Math.round(n * 1e4) / 1e6 : n) : p;
    });
  return { kind: 'steps', steps };
}

export function isMethodLabel(text: string): boolean {
  return normaliseLabel(text) === normaliseLabel(INDICATOR_METHOD_LABEL) || text.trim() === 'indicatorMethod';
}
