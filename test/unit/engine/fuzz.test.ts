import fc from 'fast-check';
import { parseScenarioJson, validateScenario, type Issue } from '../../../src/engine';
import { simulateText } from '../../../src/cli/main';
import { validScenarioObject } from './arbitraries';

// 4 000 + 3 000 + 3 000 = 10 000 generated inputs per CI run.

const LEAKS = ['undefined', 'NaN', '[object Object]', 'TypeError', 'Cannot read'];

/**
 * What a refusal must look like: issues, each a French sentence, nothing leaking from JavaScript. Messages
 * quote what the user wrote, so a leak word counts only when the input did not contain it (a key named "NaN").
 */
function expectFrenchIssues(issues: readonly Issue[], input: string): void {
  expect(issues.length).toBeGreaterThan(0);
  const leaks = LEAKS.filter((w) => !input.includes(w));
  for (const i of issues) {
    expect(typeof i.path).toBe('string');
    expect(i.message).toMatch(/[a-zàâçéèêëîïôûùüÿœ’]{3,}/);
    for (const w of leaks) expect(i.message).not.toContain(w);
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every place in a JSON value, as a path of keys. */
function places(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => places(v, [...path, i])));
  if (value !== null && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => places(v, [...path, k])));
  return here;
}

/** Replaces (or deletes, when `replacement` is undefined) the value at a path. */
function mutate(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as unknown as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

describe('fuzzing : l’analyse ne lève jamais autre chose que des erreurs de validation en français', () => {
  test('texte quelconque (JSON mal formé compris)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), fc.constantFrom('', '{', '[]', 'null', '{"format":', '\uFEFF{}'));
    fc.assert(
      fc.property(text, (t) => {
        const r = parseScenarioJson(t);
        if (!r.ok) expectFrenchIssues(r.issues, t);
      }),
      { numRuns: 4_000 },
    );
  });

  test('valeurs JSON de tous types', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = validateScenario(v);
        expect(r.ok).toBe(false);
        if (!r.ok) expectFrenchIssues(r.issues, JSON.stringify(v));
      }),
      { numRuns: 3_000 },
    );
  });

  test('scénarios valides abîmés : la CLI imprime une projection entière ou rien', () => {
    fc.assert(
      fc.property(validScenarioObject, fc.nat(), fc.option(fc.jsonValue(), { nil: undefined }), (obj, pick, replacement) => {
        const json = obj as unknown as Json;
        const all = places(json);
        const broken = mutate(json, all[pick % all.length]!, replacement as Json | undefined);
        const out = simulateText(JSON.stringify(broken), 'fuzz.json');
        if (out.code === 0) {
          expect(out.stderr).toBe('');
          const parsed = JSON.parse(out.stdout) as { cpts: unknown[] };
          expect(parsed.cpts).toHaveLength((broken as { cpts: unknown[] }).cpts.length);
        } else {
          expect(out.code).toBe(2);
          expect(out.stdout).toBe('');
          expect(out.stderr).toMatch(/^fuzz\.json : /);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});
