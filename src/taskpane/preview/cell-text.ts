import { Dec } from '../../engine';
import { serialToIso } from '../../workbook/grid/cells';
import { formatDate, formatInteger, formatMoney } from '../format';
import type { Language } from '../i18n';

/** What a cell holds in the memory workbook (the shape of Excel's `Range.values`). */
export type PreviewValue = string | number | boolean | null;

type FormatKind = 'euro' | 'percent' | 'date' | 'integer' | 'general';

/** The number formats of the workbook contract (src/workbook/layout.ts), recognised by their Excel syntax. */
export function formatKind(format: string | null | undefined): FormatKind {
  if (!format) return 'general';
  if (format.includes('€')) return 'euro';
  if (format.endsWith('%')) return 'percent';
  if (format.includes('yy')) return 'date';
  if (format.startsWith('#,##0') || format === '0') return 'integer';
  return 'general';
}

/** A cell as Excel would show it with its number format (display only). */
export function displayValue(value: PreviewValue, format: string | null | undefined, lang: Language): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (typeof value === 'string') return value;
  switch (formatKind(format)) {
    case 'euro':
      // Cells hold what Excel holds (a double); shown to the cent like Excel's format.
      return formatMoney(new Dec(value).toDecimalPlaces(2, Dec.ROUND_HALF_UP), lang);
    case 'percent':
      return `${percentText(value, lang)} %`;
    case 'date': {
      const iso = serialToIso(value);
      return iso ? formatDate(iso, lang) : String(value);
    }
    case 'integer':
      return format === '0' ? String(value) : formatInteger(value, lang);
    case 'general':
      return lang === 'fr' ? String(value).replace('.', ',') : String(value);
  }
}

/**
 * The text an input cell shows while edited: what a French Excel user would type to get the same value back
 * (« 52000 », « 80 % », « 15/03/2024 »); the memory workbook reads typing the same way Excel does.
 */
export function editText(value: PreviewValue, format: string | null | undefined): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  switch (formatKind(format)) {
    case 'percent':
      return `${percentText(value, 'fr')} %`;
    case 'date': {
      const iso = serialToIso(value);
      return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : String(value);
    }
    default:
      return String(value).replace('.', ',');
  }
}

function percentText(value: number, lang: Language): string {
  const text = new Dec(value).times(100).toString();
  return lang === 'fr' ? text.replace('.', ',') : text;
}
