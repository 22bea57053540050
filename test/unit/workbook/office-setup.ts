import type { CellValue } from '../../../src/workbook/grid/cells';
import { SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { FakeExcel, type FakeOptions } from './fake-excel';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows, type InputFixture } from './fixtures';

/** A fake Excel holding the input tables at A3 of their sheets (as « Insérer le modèle » puts them). */
export function fakeWithInputs(fixture: InputFixture, options: FakeOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  excel.seedTable(SHEETS.cpts, TABLES.cpts, 2, 0, [CPTS_HEADER, ...fixture.cpts]);
  excel.seedTable(SHEETS.achievements, TABLES.achievements, 2, 0, [ACHIEVEMENT_HEADER, ...fixture.achievements]);
  return excel;
}

export function officeOn(excel: FakeExcel, supported = '1.8', maxRequestBytes?: number): OfficeWorkbook {
  const [maj, min] = supported.split('.').map(Number) as [number, number];
  const supports = (v: string): boolean => {
    const [a, b] = v.split('.').map(Number) as [number, number];
    return a < maj || (a === maj && b <= min);
  };
  return new OfficeWorkbook({ run: excel.run, supports, ...(maxRequestBytes ? { maxRequestBytes } : {}) });
}

export function officeFor(n: number, edit?: (f: InputFixture) => void): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const fixture = inputRows(n);
  edit?.(fixture);
  const excel = fakeWithInputs(fixture);
  return { excel, workbook: officeOn(excel) };
}

export type Rows = CellValue[][];
