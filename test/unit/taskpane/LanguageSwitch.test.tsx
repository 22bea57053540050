/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TaskPane } from '../../../src/taskpane/components/App';
import { IdlePort } from './idle-port';

describe('language switch', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in French, switches every text to English, and remembers the choice', async () => {
    const seen: string[] = [];
    const { unmount } = render(<TaskPane port={new IdlePort()} preview={null} today="2025-07-02" onLanguageChange={(l) => seen.push(l)} />);
    expect(screen.getByRole('button', { name: 'Insérer le modèle' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Calculer' })).toBeTruthy();
    expect(screen.getByTestId('rules-current-to').textContent).toMatch(/^Règles à jour au \d{2}\/\d{2}\/\d{4}$/);
    expect(document.documentElement.lang).toBe('fr');

    fireEvent.change(screen.getByTestId('language-select'), { target: { value: 'en' } });

    await waitFor(() => expect(screen.getByRole('button', { name: 'Calculate' })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Insert the template' })).toBeTruthy();
    expect(screen.getByTestId('rules-current-to').textContent).toMatch(/^Rules current to \d{2}\/\d{2}\/\d{4}$/);
    expect(screen.queryByText('Calculer')).toBeNull();
    expect(document.documentElement.lang).toBe('en');
    expect(seen).toEqual(['fr', 'en']);

    // A new pane (the add-in reopened) starts in the language chosen.
    unmount();
    render(<TaskPane port={new IdlePort()} preview={null} />);
    expect(screen.getByRole('button', { name: 'Calculate' })).toBeTruthy();
  });
});
