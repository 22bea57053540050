import fc from 'fast-check';
import { project, projectionToJson, validateScenario, type Projection, type Scenario } from '../../../src/engine';
import { centsOf, fromCents } from '../../../src/engine/money/cents';
import { Dec } from '../../../src/engine/money/money';
import { validScenarioObject } from './arbitraries';
import { projectFrozen } from './frozen/projection';

/**
 * The engine adds amounts as integer cents (src/engine/cents.ts) and shares decimal instances; the frozen copy of
 * the algorithm it replaced (test/unit/engine/frozen/) adds them with decimal.js. Both must give the same
 * projection to the cent, on thousands of random scenarios (rule versions forced or auto, part-years, rates
 * with many decimals).
 */
/** The whole projection as text, warnings aside (the frozen copy does not compute them). */
const json = (p: Projection): string => JSON.stringify({ ...projectionToJson(p), warnings: [] });

function valid(obj: unknown): Scenario {
  const r = validateScenario(obj);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('exact cents: the engine equals the decimal.js algorithm it replaced', () => {
  test('random scenarios: lines, payments, totals per contract, contract year and calendar year', () => {
    fc.assert(
      fc.property(validScenarioObject, fc.constantFrom('auto', 'aci-2019', 'avenant-2'), (obj, ruleVersion) => {
        const r = validateScenario({ ...obj, ruleVersion });
        fc.pre(r.ok);
        if (!r.ok) return;
        expect(json(project(r.value))).toBe(json(projectFrozen(r.value)));
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  test('a large department (every CPTS different): the same, and its total is the sum of its CPTS', () => {
    const scenario = fc
      .sample(validScenarioObject, { numRuns: 300, seed: 13 })
      .flatMap((s, i) => (s.cpts as { id: string }[]).map((c, j) => ({ ...c, id: `c-${i}-${j}` })));
    const s = valid({ format: 'aci-cpts-scenario/1', name: 'Département', ruleVersion: 'auto', cpts: scenario });
    const p = project(s);
    expect(json(p)).toBe(json(projectFrozen(s)));
    expect(p.total.equals(p.cpts.reduce((t, c) => t.plus(c.total), new Dec(0)))).toBe(true);
  });

  test('cents read from decimal.js are exact, and a fraction of a cent is refused, never rounded', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 52n), max: 2n ** 52n }), (cents) => {
        const text = `${cents < 0n ? '-' : ''}${(cents < 0n ? -cents : cents) / 100n}.${String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0')}`;
        expect(centsOf(new Dec(text))).toBe(Number(cents));
        expect(fromCents(Number(cents)).toFixed(2)).toBe(new Dec(text).toFixed(2));
      }),
      { numRuns: 2_000 },
    );
    expect(() => centsOf(new Dec('17356.165'))).toThrow('nombre entier de centimes');
    expect(() => fromCents(2 ** 53)).toThrow('hors des limites');
  });
});
