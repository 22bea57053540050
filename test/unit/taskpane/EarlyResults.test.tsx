/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TaskPane } from '../../../src/taskpane/components/App';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import type { CalculateOptions, CalculateOutcome, ComputedRun, Progress } from '../../../src/workbook/port';
import { NoCss } from './no-css';

/** A workbook whose sheets take as long to write as the test says: the run ends only when `finishWriting` is called. */
class SlowWorkbook extends MemoryWorkbook {
  private release: () => void = () => undefined;
  private readonly written = new Promise<void>((resolve) => (this.release = resolve));
  finishWriting(): void {
    this.release();
  }
  override async calculate(
    onProgress?: (p: Progress) => void,
    options?: CalculateOptions,
    onComputed?: (run: ComputedRun) => void | Promise<void>,
  ): Promise<CalculateOutcome> {
    const outcome = await super.calculate(onProgress, options, onComputed);
    await this.written;
    return outcome;
  }
}

describe('« Calculer » : les chiffres avant la fin de l’écriture', () => {
  beforeEach(() => window.localStorage.clear());

  it('montre les résultats dès qu’ils sont calculés, puis annonce l’écriture une fois finie', async () => {
    const workbook = new SlowWorkbook();
    await workbook.insertTemplate('ask');
    render(<TaskPane port={workbook} preview={null} today="2025-07-02" />, { wrapper: NoCss });
    await waitFor(() => expect((screen.getByTestId('calculate') as HTMLButtonElement).disabled).toBe(false), { timeout: 4000 });
    fireEvent.click(screen.getByTestId('calculate'));
    await screen.findByTestId('results', {}, { timeout: 8000 });
    // Still writing: no « written » notice yet, and the actions stay locked.
    expect(screen.queryByTestId('notice')).toBeNull();
    expect((screen.getByTestId('calculate') as HTMLButtonElement).disabled).toBe(true);
    workbook.finishWriting();
    const notice = await screen.findByTestId('notice', {}, { timeout: 8000 });
    expect(notice.textContent).toMatch(/^Résultats écrits/);
    expect((screen.getByTestId('calculate') as HTMLButtonElement).disabled).toBe(false);
  }, 15_000);
});
