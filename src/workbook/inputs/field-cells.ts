import { isoToSerial, asText, type CellValue } from '../grid/cells';
import type { Kind } from '../../engine';

/**
 * A field's value in a cell, by its kind in the scenario's schema: the writing half (« Appliquer », the
 * template), and the helpers the reader shares. Booleans are « Oui » / « Non »; a closed list shows its French
 * labels; dates are serials; amounts numbers; text is guarded against formulas.
 */

export const YES = 'Oui';
export const NO = 'Non';

/** Case, spacing and apostrophe (' or ’) do not matter when a label is typed by hand. */
export function normaliseLabel(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/'/g, '’');
}

/** The value of an enum typed in a cell: its id or its French label. */
export function enumFromText(kind: Extract<Kind, { type: 'enum' }>, text: string): string | null {
  const key = normaliseLabel(text);
  const i = kind.values.findIndex((v, j) => normaliseLabel(v) === key || (kind.labels?.[j] !== undefined && normaliseLabel(kind.labels[j]!) === key));
  return i < 0 ? null : kind.values[i]!;
}

export function enumLabel(kind: Extract<Kind, { type: 'enum' }>, value: string): string {
  const i = kind.values.indexOf(value);
  return kind.labels?.[i] ?? value;
}

/** « Oui », « Non », VRAI/FAUX (a boolean cell), true/false: null when it is none of them. */
export function booleanFromCell(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const key = normaliseLabel(String(value));
  if (key === 'oui' || key === 'true' || key === 'vrai') return true;
  if (key === 'non' || key === 'false' || key === 'faux') return false;
  return null;
}

/** The labels a drop-down of the kind offers (data validation), or null for a kind typed freely. */
export function choicesOf(kind: Kind): readonly string[] | null {
  if (kind.type === 'boolean') return [YES, NO];
  if (kind.type === 'enum') return kind.labels ?? kind.values;
  return null;
}

/** A clean scenario value as the cell holds it (null: empty). */
export function cellFromValue(kind: Kind, value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  switch (kind.type) {
    case 'date':
      return isoToSerial(value as string);
    case 'money':
      return Number(value);
    case 'boolean':
      return value ? YES : NO;
    case 'enum':
      return enumLabel(kind, value as string);
    case 'integer':
    case 'number':
    case 'fraction':
      return value as number;
    default:
      return typeof value === 'string' ? asText(value) : String(value);
  }
}
