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

/**
 * The fastest of `runs` calls of each, engine and float baseline interleaved (after a warm-up): on a shared
 * machine the minimum is the figure least disturbed by other processes, and both sides are measured alike.
 */
export function fastestMs(runs: number, a: () => unknown, b: () => unknown): [number, number] {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  let bestA = Infinity;
  let bestB = Infinity;
  for (let i = 0; i < runs; i++) {
    let start = process.hrtime.bigint();
    a();
    bestA = Math.min(bestA, Number(process.hrtime.bigint() - start) / 1e6);
    start = process.hrtime.bigint();
    b();
    bestB = Math.min(bestB, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return [bestA, bestB];
}

/** 1 000 CPTS × 5 contract years (target: under 50 ms, within 1.5× the float baseline building the same objects). */
export function benchEngineLines(sizes: readonly number[] = [1000]): string[] {
  return sizes.map((n) => {
    const scenario = departmentOf(n);
    const [ms, floatMs] = fastestMs(
      n >= 1000 ? 30 : 100,
      () => project(scenario),
      () => projectWithFloats(scenario),
    );
    return `engine cpts=${n} ms=${ms.toFixed(2)} float_ms=${floatMs.toFixed(2)} ratio=${(ms / floatMs).toFixed(2)}`;
  });
}

if (require.main === module) for (const line of benchEngineLines([1, 100, 1000])) console.log(line);
