/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TaskPane } from '../../../src/taskpane/components/App';
import { SHEETS, TABLES } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { NoCss } from './no-css';

describe('« Insérer le modèle » : exemple ou modèle vide, et la suite indiquée', () => {
  beforeEach(() => window.localStorage.clear());

  it('décoché, crée des tableaux vides ; le message pointe la colonne jaune du Barème', async () => {
    const workbook = new MemoryWorkbook();
    render(<TaskPane port={workbook} preview={null} today="2025-07-02" />, { wrapper: NoCss });
    // The scenarios panel reads the store first: actions wait for it.
    await waitFor(() => expect((screen.getByTestId('insert-template') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Avec l’exemple (2 CPTS)' }));
    fireEvent.click(screen.getByTestId('insert-template'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Feuilles créées'));
    const notice = screen.getByTestId('notice').textContent ?? '';
    expect(notice).toContain(`Saisissez vos CPTS dans « ${SHEETS.cpts} »`);
    expect(notice).toContain(`la colonne jaune de « ${SHEETS.bareme} »`);
    // The CPTS table holds one empty row: nothing of the example.
    const cpts = workbook.sheet(SHEETS.cpts)!;
    expect(cpts.tables.find((t) => t.name === TABLES.cpts)!.address).toBe('A3:H4');
    expect(cpts.rows[3]!.every((v) => v === null)).toBe(true);
  });

  it('coché (par défaut), crée l’exemple', async () => {
    const workbook = new MemoryWorkbook();
    render(<TaskPane port={workbook} preview={null} today="2025-07-02" />, { wrapper: NoCss });
    // The scenarios panel reads the store first: actions wait for it.
    await waitFor(() => expect((screen.getByTestId('insert-template') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('insert-template'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Feuilles créées'));
    expect(workbook.sheet(SHEETS.cpts)!.rows[3]![0]).toBe('cpts-exemple');
  });
});
