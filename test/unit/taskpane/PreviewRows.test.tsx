/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import { PreviewGrid } from '../../../src/taskpane/preview/PreviewGrid';
import { SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';

/** The preview lets a user add and remove rows of the input tables (issue 11 §8). */
describe('preview: rows of input tables', () => {
  it('adds an empty row at the end of a table and removes a chosen one', async () => {
    const wb = new MemoryWorkbook();
    await wb.insertTemplate('ask');
    render(
      <I18nProvider lang="fr">
        <PreviewGrid workbook={wb} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByTestId(`sheet-tab-${SHEETS.cpts}`));
    const table = () => wb.sheet(SHEETS.cpts)!.tables.find((t) => t.name === TABLES.cpts)!;
    const before = table().address;
    const rows = (address: string) => Number(address.split(':')[1]!.replace(/^[A-Z]+/, '')) - Number(address.split(':')[0]!.replace(/^[A-Z]+/, ''));
    const count = rows(before);
    const firstId = wb.value(SHEETS.cpts, 'A5');
    act(() => fireEvent.click(screen.getByTestId(`add-row-${TABLES.cpts}`)));
    expect(rows(table().address)).toBe(count + 1);
    // The new row is empty and styled as input: the user fills it in the grid.
    const last = Number(
      table()
        .address.split(':')[1]!
        .replace(/^[A-Z]+/, ''),
    );
    expect(wb.value(SHEETS.cpts, `A${last}`)).toBeNull();
    expect(wb.sheet(SHEETS.cpts)!.kinds[last - 1]![0]).toBe('input');
    // Removing the first body row moves the next one up.
    act(() => fireEvent.click(screen.getByTestId(`remove-row-${TABLES.cpts}-0`)));
    expect(rows(table().address)).toBe(count);
    expect(wb.value(SHEETS.cpts, 'A5')).not.toBe(firstId);
    expect(screen.getByRole('button', { name: `Supprimer la ligne 5 de ${TABLES.cpts}` })).toBeTruthy();
  });
});
