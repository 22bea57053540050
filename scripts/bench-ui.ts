import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildDist, DIST, launchBrowser, openPreview } from '../test/e2e/harness';

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
  benchUiLines()
    .then((lines) => {
      for (const line of lines) console.log(line);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
