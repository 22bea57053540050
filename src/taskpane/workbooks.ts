import { MemoryWorkbook } from '../workbook/memory';
import type { WorkbookPort } from '../workbook/port';
import type { PreviewWorkbook } from './preview/PreviewGrid';

export interface OpenedWorkbook {
  readonly port: WorkbookPort;
  /** Set outside Excel: the memory workbook, for the grid preview. */
  readonly preview: PreviewWorkbook | null;
}

/** The Office adapter is loaded only in Excel (a separate chunk): the browser preview never downloads it. */
export async function openWorkbook(inExcel: boolean): Promise<OpenedWorkbook> {
  if (inExcel) {
    // PENDING: src/workbook/office (OfficeWorkbook) is being written; wired here as a lazy chunk once it lands.
    throw new Error('OfficeWorkbook indisponible');
  }
  const memory = new MemoryWorkbook();
  return { port: memory, preview: memory };
}
