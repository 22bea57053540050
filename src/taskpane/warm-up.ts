import { cashByMonth } from '../engine';
import { MemoryWorkbook } from '../workbook/memory';
import { localToday, summarizeCpts, summarizeProjection } from './results';

/**
 * Once the pane is idle after it opened, runs « Calculer » on the template's example, grown to a department of
 * `WARM_UP_CPTS` CPTS, in a throwaway memory workbook, then the pane's summaries of its results. The browser then
 * has compiled the reading, the engine, the sheets' planning and the summaries, and optimised their loops, before
 * the user's first « Calculer » (which otherwise runs them cold, in the slowest tiers). Nothing of the user's is
 * read or written, and the run pauses in time slices like any other.
 */
/** How long after opening the warm-up waits before asking for idle time. */
export const WARM_UP_DELAY_MS = 1000;
/** Enough CPTS for the browser to optimise the loops a department runs through; a few hundred milliseconds of idle time. */
export const WARM_UP_CPTS = 300;
const WARM_UP_SCENARIO = 'Préchauffage';

export function warmUpWhenIdle(
  win: { requestIdleCallback?: (callback: () => void) => number; setTimeout: (callback: () => void, ms: number) => unknown } = window,
  run: () => Promise<unknown> = warmUp,
): void {
  // A warm-up that fails only leaves the first run as slow as it would have been: nothing to tell the user.
  const start = (): void => void run().catch(() => undefined);
  // A second after opening, once idle: never in the way of the pane's first paint.
  win.setTimeout(() => (win.requestIdleCallback ? win.requestIdleCallback(start) : start()), WARM_UP_DELAY_MS);
}

/** The warm-up itself, in its own workbook; resolves with that workbook's run (for tests). */
export async function warmUp(count = WARM_UP_CPTS): Promise<Awaited<ReturnType<MemoryWorkbook['calculate']>>> {
  const workbook = new MemoryWorkbook();
  await workbook.insertTemplate('ask');
  const read = await workbook.readInputs();
  if (!read.ok) throw new Error('préchauffage : exemple illisible');
  const example = read.scenario;
  const cpts = Array.from({ length: count }, (_, i) => ({ ...example.cpts[i % example.cpts.length]!, id: `warm-up-${i + 1}` }));
  await workbook.importScenarios([{ ...example, name: WARM_UP_SCENARIO, cpts }], null);
  await workbook.applyScenario(WARM_UP_SCENARIO);
  const outcome = await workbook.calculate();
  if (outcome.ok) {
    const today = localToday();
    summarizeProjection(outcome.projection, today);
    for (const c of outcome.projection.cpts) summarizeCpts(c, today);
    cashByMonth(outcome.projection);
  }
  return outcome;
}
