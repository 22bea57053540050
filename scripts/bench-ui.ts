import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildDist, DIST, launchBrowser, openPreview } from '../test/e2e/harness';
import { longestTaskMs, type TraceEvent } from './trace-tasks';

/**
 * UI budgets, printed (not asserted): the gzip size of the task pane's JavaScript as the pane loads it
 * (target under 300 kB), and the browser preview's first contentful paint in headless Chromium (target under
 * 1 000 ms; median of a few loads). Builds dist/ unless E2E_REUSE_BUILD=1.
 */
export async function benchUiLines(runs = 5): Promise<string[]> {
  buildDist();
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // The scripts taskpane.html loads (not the Office-only chunk, fetched in Excel alone).
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
  const gzipBytes = scripts.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, src)), { level: 9 }).length, 0);
  const browser = await launchBrowser();
  const paints: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const h = await openPreview(browser);
      try {
        await h.page.getByTestId('insert-template').waitFor();
        const ms = await h.page.evaluate(() => {
          const entries = performance.getEntriesByType('paint');
          const fcp = entries.find((e) => e.name === 'first-contentful-paint') ?? entries.find((e) => e.name === 'first-paint');
          return fcp ? fcp.startTime : Number.NaN;
        });
        paints.push(ms);
      } finally {
        await h.close();
      }
    }
  } finally {
    await browser.close();
  }
  paints.sort((a, b) => a - b);
  const median = paints[Math.floor(paints.length / 2)] ?? Number.NaN;
  return [`bundle taskpane_gzip_kb=${(gzipBytes / 1024).toFixed(1)}`, `preview first_paint_ms=${Math.round(median)}`];
}

if (require.main === module) {
  const only = process.argv[2] === 'calculate';
  (only ? benchCalculateLine().then((line) => [line]) : benchUiLines())
    .then((lines) => {
      for (const line of lines) console.log(line);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}

/**
 * « Calculer » on a department of `n` CPTS in the preview, on `runs` freshly opened pages (the median of each
 * figure is printed, and the worst longest task): from the click to the results on screen, from the click to the
 * « Résultats écrits » notice (every sheet written and the preview's grid updated), and the longest main-thread
 * task over the whole run, writing included, as Chromium's own trace times it (`trace-tasks.ts`: the tasks
 * DevTools flags over 50 ms, rendering and garbage collection inside them included). `longest_gap_ms` is the
 * largest gap between two turns of a MessageChannel ping loop: the longest the page could not answer a message,
 * which may span a task and the frame after it, so it is at least the longest task. The department
 * is imported as a scenario file and applied to the inputs first, as a user would; the click is the page's first
 * « Calculer ».
 */
export async function benchCalculateLine(n = 1000, runs = 5): Promise<string> {
  buildDist();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aci-ui-'));
  const file = path.join(dir, 'departement.json');
  const example = JSON.parse(fs.readFileSync(path.join(__dirname, '../assets/examples/departement.json'), 'utf8')) as { cpts: { id: string }[] };
  const name = `Département ${n}`;
  fs.writeFileSync(
    file,
    JSON.stringify({ ...example, name, cpts: Array.from({ length: n }, (_, i) => ({ ...example.cpts[i % example.cpts.length]!, id: `cpts-${i + 1}` })) }),
  );
  const browser = await launchBrowser();
  try {
    const results: CalculateRun[] = [];
    for (let i = 0; i < runs; i++) results.push(await measureCalculate(browser, file, name));
    const median = (pick: (r: CalculateRun) => number): number => {
      const sorted = results.map(pick).sort((a, b) => a - b);
      return Math.round(sorted[Math.floor(sorted.length / 2)]!);
    };
    const worst = Math.round(Math.max(...results.map((r) => r.longest)));
    return `ui cpts=${n} click_to_results_ms=${median((r) => r.ms)} longest_task_ms=${median((r) => r.longest)} click_to_written_ms=${median((r) => r.written)} runs=${runs} longest_task_max_ms=${worst} longest_gap_ms=${median((r) => r.gap)}`;
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What the page records of its run (`window.__bench`). */
interface PageBench {
  clickAt: number;
  resultsAt: number;
  writtenAt: number;
  gap: number;
  stop: boolean;
}

interface CalculateRun {
  readonly ms: number;
  readonly written: number;
  readonly longest: number;
  readonly gap: number;
}

/** One page: insert the template, import and apply the department, then « Calculer », measured. */
async function measureCalculate(browser: Awaited<ReturnType<typeof launchBrowser>>, file: string, name: string): Promise<CalculateRun> {
  const h = await openPreview(browser);
  try {
    const page = h.page;
    page.setDefaultTimeout(60_000);
    await page.getByTestId('insert-template').click();
    await page.getByTestId('notice').waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-scenarios').click()]);
    await chooser.setFiles(file);
    await page.locator(`[data-testid=scenario-item][data-name="${name}"]`).waitFor();
    await page.getByRole('button', { name: `Actions : ${name}`, exact: true }).click();
    const item = page.getByRole('menuitem', { name: 'Appliquer aux saisies…' });
    await item.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remplacer les saisies' }).click();
    await page.getByTestId('scenario-notice').filter({ hasText: 'appliqué' }).waitFor();
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { __bench: PageBench };
      const bench = (w.__bench = { clickAt: 0, resultsAt: 0, writtenAt: 0, gap: 0, stop: false });
      const running = (): boolean => bench.clickAt > 0 && bench.writtenAt === 0;
      // A ping loop: the gap between two turns is at least the task that ran in between.
      const channel = new MessageChannel();
      let last = performance.now();
      channel.port1.onmessage = () => {
        const now = performance.now();
        if (running()) bench.gap = Math.max(bench.gap, now - last);
        last = now;
        if (!bench.stop) channel.port2.postMessage(null);
      };
      channel.port2.postMessage(null);
      document
        .querySelector('[data-testid=calculate]')!
        .addEventListener('click', () => ((bench.clickAt = performance.now()), performance.mark('click')), { capture: true });
      new MutationObserver((_, observer) => {
        if (bench.clickAt && !bench.resultsAt && document.querySelector('[data-testid=results]')) {
          // On screen: the frame that shows them.
          requestAnimationFrame(() => ((bench.resultsAt = performance.now()), performance.mark('results')));
        }
        const notice = document.querySelector('[data-testid=notice]');
        if (bench.clickAt && notice && /^Résultats écrits/.test(notice.textContent ?? '')) {
          requestAnimationFrame(() => ((bench.writtenAt = performance.now()), performance.mark('written')));
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    // ACI_BENCH_TRACE_DIR keeps each page's trace, to open in DevTools (Performance, « Load profile »).
    const keep = process.env.ACI_BENCH_TRACE_DIR;
    const trace = keep ? path.join(keep, `calculer-${Date.now()}.json`) : path.join(os.tmpdir(), `aci-ui-trace-${process.pid}.json`);
    await browser.startTracing(page, { path: trace, categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    await page.getByTestId('calculate').click();
    // Polled every 100 ms, not every frame: the bench should not load the page it measures.
    await page.waitForFunction(() => (window as unknown as { __bench: PageBench }).__bench.writtenAt > 0, undefined, { polling: 100 });
    await page.waitForTimeout(100);
    const r = await page.evaluate(() => {
      const b = (window as unknown as { __bench: PageBench }).__bench;
      b.stop = true;
      return { ms: b.resultsAt - b.clickAt, written: b.writtenAt - b.clickAt, gap: b.gap };
    });
    await browser.stopTracing();
    const events = (JSON.parse(fs.readFileSync(trace, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    if (!keep) fs.rmSync(trace, { force: true });
    return { ...r, longest: longestTaskMs(events, 'click', 'written') };
  } finally {
    await h.close();
  }
}
