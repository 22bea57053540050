import fc from 'fast-check';
import { validateScenario, validateScenarioWork, type Result, type Scenario } from '../../../src/engine';
import { validScenarioObject } from './arbitraries';

/** Steps a work by hand: its result and how many seams it offered. */
function stepped(value: unknown): { readonly result: Result<Scenario>; readonly seams: number } {
  const work = validateScenarioWork(value);
  let seams = 0;
  for (;;) {
    const step = work.next();
    if (step.done) return { result: step.value, seams };
    seams++;
  }
}

describe('validation d’un scénario en tranches de temps (aperçu)', () => {
  test('le même résultat qu’en une fois, et une pause possible après chaque CPTS', () => {
    fc.assert(
      fc.property(validScenarioObject, fc.option(fc.nat(), { nil: undefined }), (scenario, broken) => {
        const value = JSON.parse(JSON.stringify(scenario)) as { cpts: { population: unknown }[] };
        // Now and then one CPTS's population made impossible: the refusal must be the same too.
        if (broken !== undefined) value.cpts[broken % value.cpts.length]!.population = -1;
        const { result, seams } = stepped(value);
        expect(result).toEqual(validateScenario(value));
        expect(result.ok).toBe(broken === undefined);
        expect(seams).toBeGreaterThanOrEqual(value.cpts.length);
      }),
      { numRuns: 200 },
    );
  });

  test('une liste de CPTS qui n’en est pas une : refusée sans pause, comme avant', () => {
    const { result, seams } = stepped({ format: 'aci-cpts-scenario/2', name: 'x', ruleVersion: 'auto', cpts: 'aucune' });
    expect(result.ok).toBe(false);
    expect(seams).toBe(0);
  });
});
