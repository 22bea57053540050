/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TaskPane } from '../../../src/taskpane/components/App';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { INCOMPLETE_BANNER } from '../../../src/workbook/actions/states';
import { NoCss } from './no-css';

describe('une écriture interrompue en cours de route', () => {
  beforeEach(() => window.localStorage.clear());

  it('nomme les feuilles incomplètes et ne dit jamais « rien n’a été écrit »', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insertTemplate('ask');
    render(<TaskPane port={workbook} preview={null} today="2025-07-02" />, { wrapper: NoCss });
    await waitFor(() => expect((screen.getByTestId('calculate') as HTMLButtonElement).disabled).toBe(false), { timeout: 4000 });
    // Excel refuses a write step in the middle of the outputs.
    workbook.failWriteAfter(40);
    fireEvent.click(screen.getByTestId('calculate'));
    const list = await screen.findByTestId('error-list', {}, { timeout: 8000 });
    const text = list.textContent ?? '';
    expect(text).toMatch(/^Écriture interrompue : « [^»]+ »/);
    expect(text).toContain('incomplet — recalculer');
    expect(text).not.toMatch(/rien n’a été (écrit|modifié)/);
    const marked = workbook.sheetNames().filter((s) => workbook.value(s, 'A1') === INCOMPLETE_BANNER);
    expect(marked.length).toBeGreaterThan(0);
    for (const sheet of marked) expect(text).toContain(`« ${sheet} »`);
    // The figures were computed before the write began: they stay shown, the list says what was not written.
    expect(screen.getByTestId('results')).toBeTruthy();
  }, 15_000);
});
