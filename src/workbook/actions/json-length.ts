import type { CellValue } from '../grid/cells';

/**
 * The length of `JSON.stringify(row)` without building the text: write steps are cut under Excel's request
 * limit by this size, for every row of every output table (a department's « Projection » has tens of thousands).
 * Numbers are written as `String` writes them (JSON does the same; non-finite ones as null), and a string
 * is escaped by JSON.stringify only when it holds a quote, a backslash or a control character (or a lone
 * surrogate): those few are measured by JSON.stringify itself.
 */
export function jsonLength(row: readonly CellValue[]): number {
  // Brackets and commas.
  let length = row.length === 0 ? 2 : row.length + 1;
  for (const value of row) {
    if (value === null) length += 4;
    else if (typeof value === 'number') length += Number.isFinite(value) ? String(value).length : 4;
    else if (typeof value === 'boolean') length += value ? 4 : 5;
    else length += NEEDS_ESCAPE.test(value) ? JSON.stringify(value).length : value.length + 2;
  }
  return length;
}

/** What JSON.stringify escapes in a string: quote, backslash, control characters, lone surrogates. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The JSON length of rows as one array (`JSON.stringify(rows).length`). */
export function rowsJsonLength(rows: readonly (readonly CellValue[])[]): number {
  let length = rows.length === 0 ? 2 : rows.length + 1;
  for (const row of rows) length += jsonLength(row);
  return length;
}
