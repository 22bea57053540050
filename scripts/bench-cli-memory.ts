import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The CLI's peak memory on large departments (printed, not asserted; target: 20 000 CPTS under 1 GB, 100 000
 * complete). Each size is written to a temporary file and simulated in a fresh process whose output goes to
 * /dev/null; the peak is the process's maximum resident set, as the kernel counts it (getrusage).
 * `npx ts-node --transpile-only scripts/bench-cli-memory.ts [N …]`.
 */
const REPO = path.resolve(__dirname, '..');
const MAIN = path.join(REPO, 'src', 'cli', 'main.ts');

/** The example department's CPTS cycled to n, as a user's file would hold them. */
function departmentFile(n: number): string {
  const example = JSON.parse(fs.readFileSync(path.join(REPO, 'assets', 'examples', 'departement.json'), 'utf8')) as { cpts: { id: string }[] };
  const cpts = Array.from({ length: n }, (_, i) => ({ ...example.cpts[i % example.cpts.length]!, id: `cpts-${i + 1}` }));
  return JSON.stringify({ ...example, cpts });
}

export function benchCliMemoryLines(sizes: readonly number[] = [20_000, 100_000]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aci-mem-'));
  const lines: string[] = [];
  try {
    for (const n of sizes) {
      const file = path.join(dir, `dep-${n}.json`);
      fs.writeFileSync(file, departmentFile(n));
      const mb = fs.statSync(file).size / 1048576;
      // The child reports its own peak as it exits: getrusage's ru_maxrss, in kB on Linux.
      const report = path.join(dir, `rss-${n}.txt`);
      const hook = `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)))`;
      const started = Date.now();
      const out = fs.openSync('/dev/null', 'w');
      const run = spawnSync(
        process.execPath,
        [
          '--eval',
          hook +
            `; require('ts-node').register({ transpileOnly: true }); process.argv = [process.argv[0], ${JSON.stringify(MAIN)}, ${JSON.stringify(file)}]; require(${JSON.stringify(MAIN)}).main()`,
        ],
        {
          cwd: REPO,
          stdio: ['ignore', out, 'pipe'],
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        },
      );
      fs.closeSync(out);
      const seconds = (Date.now() - started) / 1000;
      const peakMb = fs.existsSync(report) ? Number(fs.readFileSync(report, 'utf8')) / 1024 : Number.NaN;
      const status = run.status === 0 ? 'ok' : `exit=${run.status} ${run.stderr.split('\n')[0] ?? ''}`;
      lines.push(`cli cpts=${n} input_mb=${mb.toFixed(1)} peak_rss_mb=${Math.round(peakMb)} s=${seconds.toFixed(1)} ${status}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  for (const line of benchCliMemoryLines(sizes.length > 0 ? sizes : undefined)) console.log(line);
}
