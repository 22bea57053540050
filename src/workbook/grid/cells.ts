import { fromDayNumber, isValidIsoDate, toDayNumber, type IsoDate } from '../../engine/calendar/dates';

/** What a cell holds once Excel has computed it: the shape of `Range.values`. */
export type CellValue = string | number | boolean | null;

/** Column index (0-based) to letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address of a rectangle given by its top-left cell and size. */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellAddress(row, col);
  if (rows === 1 && cols === 1) return first;
  return `${first}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** Parses « C7 » or « $C$7 » into 0-based row and column. */
export function parseCell(address: string): CellPosition | null {
  const m = A1.exec(address.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export interface RangePosition extends CellPosition {
  readonly rows: number;
  readonly cols: number;
}

/** Parses « A3:G10 », « 'Ma feuille'!A3:G10 » or a single cell; the sheet part is dropped. */
export function parseRange(address: string): RangePosition | null {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = local.split(':');
  const first = parseCell(a ?? '');
  const last = b === undefined ? first : parseCell(b);
  if (!first || !last) return null;
  return { row: first.row, col: first.col, rows: last.row - first.row + 1, cols: last.col - first.col + 1 };
}

/** `'Feuille'!A1:B2`, the form charts and formulas use. */
export function sheetRange(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug is folded into that origin for dates after March 1900). */
const EXCEL_EPOCH_DAY = toDayNumber('1899-12-30');

/**
 * A workbook's date system: « 1900 » (Windows and the web, the default) or « 1904 » (an option, once the Mac's
 * default), where serial 0 is 1904-01-01. The same date is 1 462 days lower in a 1904 workbook.
 */
export type DateSystem = '1900' | '1904';
export const DATE_1904_OFFSET = 1462;

export function isoToSerial(date: IsoDate, system: DateSystem = '1900'): number {
  return toDayNumber(date) - EXCEL_EPOCH_DAY - (system === '1904' ? DATE_1904_OFFSET : 0);
}

/** A date cell's serial to an ISO date; the time of day, if any, is ignored. Null when out of Excel's range. */
export function serialToIso(serial: number, system: DateSystem = '1900'): IsoDate | null {
  const shift = system === '1904' ? DATE_1904_OFFSET : 0;
  // The 1900 system starts at serial 1 (1900-01-01); the 1904 one at serial 0 (1904-01-01); both end on 9999-12-31.
  if (!Number.isFinite(serial) || serial < (system === '1904' ? 0 : 1) || serial + shift > 2_958_465) return null;
  return fromDayNumber(Math.floor(serial) + shift + EXCEL_EPOCH_DAY);
}

/**
 * Dates typed as text: ISO (2024-03-15) or French (15/03/2024), the two forms an Excel whose locale does not
 * parse French dates leaves as text.
 */
export function textToIso(text: string): IsoDate | null {
  const t = text.trim();
  if (isValidIsoDate(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/**
 * Text that comes from users, written so Excel never parses it: a leading apostrophe is Excel's own « this is
 * text » prefix (it is not part of the value and is not shown). Every user string gets it, not only those
 * starting with = + - @, because Excel also turns « 0123 », « 1/2 » or « VRAI » into numbers, dates, booleans.
 */
export function asText(value: string): string {
  return `'${value}`;
}

/** Excel error values as `Range.values` returns them. */
const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function isExcelError(value: CellValue): value is string {
  return typeof value === 'string' && EXCEL_ERROR.test(value);
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
