/**
 * The longest task of the page's main thread between two `performance.mark`s, read from a Chromium trace (the
 * `disabled-by-default-devtools.timeline` and `blink.user_timing` categories): the `RunTask` events DevTools
 * itself flags as long tasks over 50 ms. A task's duration includes the frame rendering it runs (style, layout,
 * paint) and any garbage collection inside it.
 */
export interface TraceEvent {
  readonly name: string;
  readonly ph?: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** Milliseconds; tasks overlapping the window count whole (a task started before `from` still held the page). */
export function longestTaskMs(events: readonly TraceEvent[], from: string, to: string): number {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('trace sans fil principal (CrRendererMain)');
  const markAt = (name: string): number => {
    const mark = events.find((e) => e.name === name && e.pid === main.pid && e.tid === main.tid);
    if (!mark) throw new Error(`trace sans la marque « ${name} »`);
    return mark.ts;
  };
  const start = markAt(from);
  const end = markAt(to);
  let longest = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid || e.dur === undefined) continue;
    if (e.ts + e.dur > start && e.ts < end) longest = Math.max(longest, e.dur);
  }
  return longest / 1000;
}
