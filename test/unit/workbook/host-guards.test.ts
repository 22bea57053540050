import { OfficeWorkbook } from '../../../src/workbook/office';
import { OUTPUT_SHEETS } from '../../../src/workbook/contract/layout';
import { inputRows } from './fixtures';
import { fakeWithInputs, officeOn } from './office-setup';

describe('hôtes en deçà des ensembles d’API utilisés', () => {
  test('volets figés posés avec ExcelApi 1.7, omis (sans erreur) quand l’hôte dit moins', async () => {
    const full = fakeWithInputs(inputRows(1));
    expect((await officeOn(full, '1.8').calculate()).ok).toBe(true);
    // Every output sheet, each frozen under its table header (row 4).
    expect(full.calls.filter((c) => c.op === 'freezeRows').map((c) => c.target)).toEqual(OUTPUT_SHEETS);
    const old = fakeWithInputs(inputRows(1));
    expect((await officeOn(old, '1.6').calculate()).ok).toBe(true);
    expect(old.calls.filter((c) => c.op === 'freezeRows')).toEqual([]);
  });
});

describe('événements de tableau (ExcelApi 1.7)', () => {
  test('posés quand le volet s’abonne si l’hôte a 1.7, jamais en deçà', () => {
    let watched = 0;
    const watchTables = async (): Promise<() => Promise<void>> => {
      watched++;
      return async () => undefined;
    };
    const supports = (max: number) => (v: string) => Number(v.split('.')[1]) <= max;
    const excel = fakeWithInputs(inputRows(1));
    new OfficeWorkbook({ run: excel.run, supports: supports(7), watchTables }).onInputsChanged(() => undefined);
    expect(watched).toBe(1);
    new OfficeWorkbook({ run: excel.run, supports: supports(6), watchTables }).onInputsChanged(() => undefined);
    expect(watched).toBe(1);
  });
});
