import { GENERATED_MARKER, OUTPUT_SHEETS } from '../contract/layout';
import { staleStampValue } from '../sheets/stale';
import { STAMP_ROW } from '../sheets/stamp';
import { cellAddress } from '../grid/cells';
import type { XlContext } from './excel-api';

/**
 * Stale results in Excel. One handler on `workbook.tables.onChanged` (ExcelApi 1.7: it fires for a change in
 * any table of the workbook, local or from a co-author, including tables created after it was registered) tells
 * which table changed; a change in an input table marks the generated sheets' stamps « périmé » and tells the
 * pane. Handlers live as long as the pane's page (Microsoft: they do not persist across sessions and go when
 * the add-in reloads); they are removed with the context that added them.
 */

/** Starts watching table changes (`onChange` gets the changed table's name); resolves to the stop function. */
export type TableWatcher = (onChange: (tableName: string) => void) => Promise<() => Promise<void>>;

/** The real watcher: `workbook.tables.onChanged`, the table's name looked up by id once and kept. */
export const watchExcelTables: TableWatcher = async (onChange) => {
  const names = new Map<string, string>();
  const handler = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    let name = names.get(event.tableId);
    if (name === undefined) {
      name = await Excel.run(async (context) => {
        const table = context.workbook.tables.getItem(event.tableId);
        table.load('name');
        await context.sync();
        return table.name;
      });
      names.set(event.tableId, name);
    }
    onChange(name);
  };
  const registration = await Excel.run(async (context) => {
    const result = context.workbook.tables.onChanged.add(handler);
    await context.sync();
    return result;
  });
  return async () => {
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
};

/**
 * Writes the « périmé » mark on the stamp (row 2) of every generated output sheet not yet marked: one sync to
 * read A1 and A2 of the output sheets present, one to write. Returns the sheets marked. The comparison sheet
 * is about stored scenarios, not the inputs: it never goes stale this way.
 */
export async function markStale(ctx: XlContext, sync: () => Promise<void>): Promise<string[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await sync();
  const outputs = sheets.items.filter((s) => OUTPUT_SHEETS.some((n) => n.toLowerCase() === s.name.toLowerCase()));
  if (outputs.length === 0) return [];
  const cells = outputs.map((s) => {
    const range = s.getRange(`A1:${cellAddress(STAMP_ROW, 0)}`);
    range.load('values');
    return { sheet: s, range };
  });
  await sync();
  const marked: string[] = [];
  for (const { sheet, range } of cells) {
    const banner = range.values[0]?.[0];
    if (typeof banner !== 'string' || !banner.startsWith(GENERATED_MARKER)) continue;
    const next = staleStampValue(range.values[STAMP_ROW]?.[0]);
    if (next === null) continue;
    sheet.getRange(cellAddress(STAMP_ROW, 0)).values = [[next]];
    marked.push(sheet.name);
  }
  if (marked.length > 0) await sync();
  return marked;
}
