import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { project, validateScenario, type Scenario } from '../src/engine';
import { projectWithFloats } from './bench-float-baseline';

/** A department of n CPTS, cycling through the example department's CPTS (every size, both versions). */
export function departmentOf(n: number): Scenario {
  const example = JSON.parse(readFileSync(join(__dirname, '../assets/examples/departement.json'), 'utf8')) as { cpts: { id: string }[] };
  const cpts = Array.from({ length: n }, (_, i) => ({ ...example.cpts[i % example.cpts.length]!, id: `cpts-${i + 1}` }));
  const result = validateScenario({ ...example, cpts });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

/** Median wall time of `runs` calls, after a warm-up. */
export function medianMs(runs: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function benchEngineLines(): string[] {
  return [1, 100, 1000].map((n) => {
    const scenario = departmentOf(n);
    const runs = n === 1000 ? 15 : 50;
    const ms = medianMs(runs, () => project(scenario));
    const floatMs = medianMs(runs, () => projectWithFloats(scenario));
    return `engine cpts=${n} ms=${ms.toFixed(2)} float_ms=${floatMs.toFixed(2)} ratio=${(ms / floatMs).toFixed(1)}`;
  });
}

if (require.main === module) for (const line of benchEngineLines()) console.log(line);
