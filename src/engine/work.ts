/**
 * Long computations cut at their natural seams (after each CPTS, each piece of a table): a `Work` is a generator
 * that yields between items and returns its result. The engine reads no clock and sets no timer: the caller
 * finishes a work at once (`finish`), or in time slices it decides (`finishInSlices`), so that a page showing
 * a department of a thousand CPTS never runs one long task.
 */
export type Work<T> = Generator<void, T, void>;

/** When a slice is over (`due`), and how to let the page breathe before the next (`pause`). */
export interface Slices {
  due(): boolean;
  pause(): Promise<void>;
}

/** Never due: a work finished in one go (the CLI, tests, Excel's own session). */
export const NO_SLICES: Slices = { due: () => false, pause: () => Promise.resolve() };

/** Runs a work to its end, without pausing. */
export function finish<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs a work to its end, pausing at a seam whenever a slice is over. */
export async function finishInSlices<T>(work: Work<T>, slices: Slices): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (slices.due()) await slices.pause();
  }
}
