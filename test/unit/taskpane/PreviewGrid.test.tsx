/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import * as cellText from '../../../src/taskpane/preview/cell-text';
import { PAGE_ROWS, PreviewGrid } from '../../../src/taskpane/preview/PreviewGrid';
import { MemoryWorkbook } from '../../../src/workbook/memory';

const BODY = 500;

/** « Grande »: a header and BODY rows of an input table (numbers in A, text in B); « Autre »: one cell. */
function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet('Grande');
  wb.addTable('Grande', 'TableGrande', 'A1:B2');
  wb.setValue('Grande', 'A1', 'n');
  wb.setValue('Grande', 'B1', 'texte');
  wb.setTableRows(
    'TableGrande',
    Array.from({ length: BODY }, (_, i) => [i + 1, `ligne ${i + 1}`]),
  );
  wb.addSheet('Autre');
  wb.setValue('Autre', 'A1', 'note');
  return wb;
}

function renderGrid(wb: MemoryWorkbook): void {
  render(
    <I18nProvider lang="fr">
      <PreviewGrid workbook={wb} />
    </I18nProvider>,
  );
}

const shownRows = (): number => screen.getByTestId('preview-grid').querySelectorAll('tbody tr').length;

/** The preview grid shows a sheet's first rows, and renders them again only when that sheet changed. */
describe('preview grid: large sheets', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the first rows, says how many more there are, and shows more on request', () => {
    const wb = workbook();
    renderGrid(wb);
    expect(screen.getByTestId('preview-grid').getAttribute('data-sheet')).toBe('Grande');
    expect(shownRows()).toBe(PAGE_ROWS);
    expect(screen.getByText(`… ${BODY + 1 - PAGE_ROWS}`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus de lignes' }));
    expect(shownRows()).toBe(2 * PAGE_ROWS);
    expect(screen.getByText(`… ${BODY + 1 - 2 * PAGE_ROWS}`)).toBeTruthy();
    // Another sheet starts again from its first rows; it has no more to show.
    fireEvent.click(screen.getByTestId('sheet-tab-Autre'));
    expect(shownRows()).toBe(1);
    expect(screen.queryByRole('button', { name: 'Afficher plus de lignes' })).toBeNull();
  });

  it('shows a selected cell below the first rows', async () => {
    const wb = workbook();
    renderGrid(wb);
    fireEvent.click(screen.getByTestId('sheet-tab-Autre'));
    await act(() => wb.selectCell({ sheet: 'Grande', address: 'B450' }));
    expect(screen.getByTestId('preview-grid').getAttribute('data-sheet')).toBe('Grande');
    const selected = screen.getByTestId('preview-grid').querySelector('td[data-selected="true"]');
    expect(selected?.getAttribute('data-address')).toBe('B450');
  });

  it('does not render the rows again when another sheet changed, and renders only the edited row', () => {
    const wb = workbook();
    renderGrid(wb);
    const display = jest.spyOn(cellText, 'displayValue');
    const edit = jest.spyOn(cellText, 'editText');
    act(() => wb.setValue('Autre', 'A1', 'autre note'));
    expect(display).not.toHaveBeenCalled();
    expect(edit).not.toHaveBeenCalled();
    act(() => wb.setValue('Grande', 'B3', 'modifiée'));
    // One row of two cells is rendered again, not the hundred shown.
    expect(edit.mock.calls.length + display.mock.calls.length).toBe(2);
    expect(screen.getByTestId('preview-grid').querySelector('td[data-address="B3"]')?.textContent).toBe('modifiée');
  });

  it('adds and removes rows of a table longer than the rows shown, keeping the rows not shown', () => {
    const wb = workbook();
    renderGrid(wb);
    act(() => fireEvent.click(screen.getByTestId('add-row-TableGrande')));
    expect(wb.sheet('Grande')!.tables[0]!.address).toBe(`A1:B${BODY + 2}`);
    expect(wb.value('Grande', `A${BODY + 1}`)).toBe(BODY);
    expect(wb.value('Grande', `A${BODY + 2}`)).toBeNull();
    act(() => fireEvent.click(screen.getByTestId('remove-row-TableGrande-0')));
    expect(wb.sheet('Grande')!.tables[0]!.address).toBe(`A1:B${BODY + 1}`);
    expect(wb.value('Grande', 'A2')).toBe(2);
    expect(wb.value('Grande', `A${BODY}`)).toBe(BODY);
    // The added row, left empty, is last: an empty row is not counted.
    expect(screen.getByText(`… ${BODY - PAGE_ROWS}`)).toBeTruthy();
  });
});
