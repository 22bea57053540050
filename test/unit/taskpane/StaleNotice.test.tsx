/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AUTO_RECALCULATE_DELAY_MS, TaskPane } from '../../../src/taskpane/components/App';
import { DEFAULT_SETTINGS } from '../../../src/taskpane/settings';
import { sharedRuntimeMissing } from '../../../src/taskpane/host';
import { SHEETS } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { NoCss } from './no-css';

/** A memory workbook with the template in, counting « Calculer » runs. */
async function workbook(): Promise<{ wb: MemoryWorkbook; runs: () => number }> {
  const wb = new MemoryWorkbook();
  await wb.insertTemplate('ask');
  let runs = 0;
  const calculate = wb.calculate.bind(wb);
  wb.calculate = (...args) => {
    runs++;
    return calculate(...args);
  };
  return { wb, runs: () => runs };
}

jest.setTimeout(30000);

describe('résultats périmés dans le volet', () => {
  beforeEach(() => window.localStorage.clear());

  it('dit « Saisies modifiées depuis le calcul — recalculer » après une saisie, et « Recalculer » l’efface', async () => {
    const { wb, runs } = await workbook();
    render(<TaskPane port={wb} preview={null} today="2026-11-23" initialSettings={DEFAULT_SETTINGS} />, { wrapper: NoCss });
    // Before any run, an edit is no news.
    act(() => wb.setValue(SHEETS.cpts, 'C4', '30000'));
    expect(screen.queryByTestId('stale-notice')).toBeNull();
    // The scenarios panel reads the store when the pane opens: « Calculer » waits for it.
    await waitFor(() => expect(screen.getByTestId('calculate').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('calculate'));
    // The results show before the sheets are written: the run is over once the pane says they are.
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/^Résultats écrits/), { timeout: 15000 });
    act(() => wb.setValue(SHEETS.cpts, 'C4', '31000'));
    expect(screen.getByTestId('stale-notice').textContent).toContain('Saisies modifiées depuis le calcul — recalculer');
    fireEvent.click(screen.getByTestId('recalculate'));
    await waitFor(() => expect(screen.queryByTestId('stale-notice')).toBeNull(), { timeout: 15000 });
    expect(runs()).toBe(2);
  });

  it('recalcule tout seul, une fois, deux secondes après la dernière saisie quand le réglage est activé', async () => {
    jest.useFakeTimers();
    try {
      const { wb, runs } = await workbook();
      render(<TaskPane port={wb} preview={null} today="2026-11-23" initialSettings={{ ...DEFAULT_SETTINGS, autoRecalculate: true }} />, { wrapper: NoCss });
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      expect(screen.getByTestId('calculate').hasAttribute('disabled')).toBe(false);
      await act(async () => {
        fireEvent.click(screen.getByTestId('calculate'));
        await jest.runOnlyPendingTimersAsync();
      });
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      expect(runs()).toBe(1);
      // Three edits within the delay: one run, after the last one.
      act(() => wb.setValue(SHEETS.cpts, 'C4', '30000'));
      await act(async () => {
        await jest.advanceTimersByTimeAsync(AUTO_RECALCULATE_DELAY_MS - 500);
      });
      act(() => wb.setValue(SHEETS.cpts, 'C4', '31000'));
      act(() => wb.setValue(SHEETS.cpts, 'C4', '32000'));
      await act(async () => {
        await jest.advanceTimersByTimeAsync(AUTO_RECALCULATE_DELAY_MS - 500);
      });
      expect(runs()).toBe(1);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(1000);
      });
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      expect(runs()).toBe(2);
      expect(wb.value(SHEETS.summary, 'A2')).toMatch(/^Entrées : saisies du classeur/);
    } finally {
      jest.useRealTimers();
    }
  });

  it('signale l’absence de SharedRuntime 1.1 dans Excel seulement', () => {
    const info = (host: string | null, shared: boolean) => ({ host, platform: 'PC', isSetSupported: (name: string) => name !== 'SharedRuntime' || shared });
    expect(sharedRuntimeMissing(info('Excel', false))).toBe(true);
    expect(sharedRuntimeMissing(info('Excel', true))).toBe(false);
    expect(sharedRuntimeMissing(info(null, false))).toBe(false);
    expect(sharedRuntimeMissing({ host: null, platform: null, isSetSupported: null })).toBe(false);
  });
});
