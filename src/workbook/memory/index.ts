/** The in-memory workbook: the port's second implementation, for tests and the browser preview. */
export { MemoryWorkbook } from './memory-workbook';
export type {
  CellValue,
  MemoryChartSeriesView,
  MemoryChartView,
  MemorySheetView,
  MemoryTableView,
  MemoryWorkbookOptions,
  MemoryWorkbookState,
} from './memory-workbook';
export type { CellKind } from '../contract/layout';
export { formatCellRef } from '../port';
