import { setFunctionsDateSystem } from '../functions/aci-functions';
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
    const { OfficeWorkbook } = await import(/* webpackChunkName: "office-workbook" */ '../workbook/office');
    // Shared runtime: the custom functions read date cells in the workbook's date system, learnt by each action.
    return { port: new OfficeWorkbook({ onDateSystem: setFunctionsDateSystem }), preview: null };
  }
  const memory = new MemoryWorkbook();
  return { port: memory, preview: memory };
}
