/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorList } from '../../../src/taskpane/components/ErrorList';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import type { CellRef, WorkbookIssue } from '../../../src/workbook/port';

const issues: WorkbookIssue[] = [
  // The workbook's messages name their cell: the list shows it once, as the link.
  {
    path: 'cpts[0].population',
    message: "'Paramètres CPTS'!C4 : la population doit être un entier positif",
    cell: { sheet: 'Paramètres CPTS', address: 'C4' },
  },
  { path: 'cpts[1].signatureDate', message: 'date invalide', cell: { sheet: "L'autre feuille", address: 'D5' } },
  { path: 'bareme', message: 'barème incomplet', cell: null },
];

function renderList(lang: 'fr' | 'en' = 'fr') {
  const selected: CellRef[] = [];
  render(
    <I18nProvider lang={lang}>
      <ErrorList issues={issues} onSelect={(c) => selected.push(c)} />
    </I18nProvider>,
  );
  return selected;
}

describe('ErrorList', () => {
  it('says how many errors and that nothing was written', () => {
    renderList();
    expect(screen.getByText('3 erreurs : rien n’a été écrit')).toBeTruthy();
    expect(screen.getAllByTestId('error-item')).toHaveLength(3);
  });

  it('names each cell as Excel does, quotes doubled', () => {
    renderList();
    const items = screen.getAllByTestId('error-item').map((li) => li.textContent);
    expect(items[0]).toBe("'Paramètres CPTS'!C4 — la population doit être un entier positif");
    expect(items[1]).toBe("'L''autre feuille'!D5 — date invalide");
    expect(items[2]).toBe('barème incomplet');
  });

  it('goes to the cell of the error clicked', () => {
    const selected = renderList();
    fireEvent.click(screen.getByRole('button', { name: /'L''autre feuille'!D5/ }));
    expect(selected).toEqual([{ sheet: "L'autre feuille", address: 'D5' }]);
    // An issue without a cell is not a link.
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('speaks English when asked (the messages themselves stay French)', () => {
    renderList('en');
    expect(screen.getByText('3 errors: nothing was written')).toBeTruthy();
    expect(screen.getByText(/la population doit être un entier positif/)).toBeTruthy();
  });
});
