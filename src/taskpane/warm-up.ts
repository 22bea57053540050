import { MemoryWorkbook } from '../workbook/memory';

/**
 * Once the pane is idle after it opened, runs « Calculer » on the template's example in a throwaway memory
 * workbook, so that the browser has compiled the reading, the engine and the sheets' planning before the user's
 * first « Calculer » (which otherwise runs them cold, in the slowest tier). Nothing of the user's is read or
 * written, and the run pauses in time slices like any other.
 */
/** How long after opening the warm-up waits before asking for idle time. */
export const WARM_UP_DELAY_MS = 1000;

export function warmUpWhenIdle(
  win: { requestIdleCallback?: (callback: () => void) => number; setTimeout: (callback: () => void, ms: number) => unknown } = window,
): void {
  const start = (): void => {
    const workbook = new MemoryWorkbook();
    // A warm-up that fails only leaves the first run as slow as it would have been: nothing to tell the user.
    workbook
      .insertTemplate('ask')
      .then(() => workbook.calculate())
      .catch(() => undefined);
  };
  // A second after opening, once idle: never in the way of the pane's first paint.
  win.setTimeout(() => (win.requestIdleCallback ? win.requestIdleCallback(start) : start()), WARM_UP_DELAY_MS);
}
