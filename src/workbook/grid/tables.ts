import { cellAddress, isBlank, parseRange, type CellValue } from './cells';
import type { CellRef } from '../port';

/**
 * Tables as both workbooks read them, written once: names compared as Excel compares them (without case),
 * headers normalised (users may retype or reorder them), and a table's cells addressed from its origin.
 * The input readers, the scenario store and the action runner all use these.
 */

/** A table as read from a workbook: its sheet, its address (header row included) and its values. */
export interface TableRead {
  readonly sheet: string;
  /** « A3:G10 » on `sheet`, as Excel gives `Table.getRange().address` (a sheet prefix is accepted). */
  readonly address: string;
  /** Header row first. */
  readonly values: readonly (readonly CellValue[])[];
}

/** Excel compares sheet and table names without case: « synthèse » is the « Synthèse » sheet. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('fr') === b.toLocaleLowerCase('fr');
}

/** The key of a name in maps that must behave as Excel does. */
export function nameKey(name: string): string {
  return name.toLocaleLowerCase('fr');
}

export function findByName<T extends { readonly name: string }>(items: readonly T[], name: string): T | undefined {
  return items.find((item) => sameName(item.name, name));
}

/** A header as compared: trimmed, without case, inner blanks folded. */
export function normaliseHeader(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A table's body with each cell's address, and its columns found by header. */
export class TableGrid {
  readonly row: number;
  readonly col: number;
  /** Normalised headers, in the table's order ('' for a header that is not text). */
  readonly header: readonly string[];
  readonly rowCount: number;

  constructor(readonly table: TableRead) {
    const r = parseRange(table.address);
    this.row = r?.row ?? 0;
    this.col = r?.col ?? 0;
    this.header = (table.values[0] ?? []).map((h) => (typeof h === 'string' ? normaliseHeader(h) : ''));
    this.rowCount = Math.max(0, table.values.length - 1);
  }

  /** Index of the column with this header, or -1. */
  column(header: string): number {
    return this.header.indexOf(normaliseHeader(header));
  }

  value(row: number, col: number): CellValue {
    return this.table.values[row + 1]?.[col] ?? null;
  }

  cell(row: number, col: number): CellRef {
    return { sheet: this.table.sheet, address: cellAddress(this.row + 1 + row, this.col + col) };
  }

  headerCell(): CellRef {
    return { sheet: this.table.sheet, address: cellAddress(this.row, this.col) };
  }

  blankRow(row: number): boolean {
    // A plain loop: readers call this for every row of a department's tables.
    const values = this.table.values[row + 1];
    if (values) for (let j = 0; j < values.length; j++) if (!isBlank(values[j])) return false;
    return true;
  }
}
