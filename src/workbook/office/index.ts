/** The port on Excel (Office.js): the only module that touches `Excel`. */
export { OfficeWorkbook } from './office-workbook';
export type { ExcelRunner, OfficeRunStats, OfficeWorkbookOptions } from './office-workbook';
export type { XlContext } from './excel-api';
