import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { simulateText } from '../../../src/cli/main';
import { localIsoDate, project, projectionToJson, validateScenario, type Scenario } from '../../../src/engine';
import { ruleVersionsOf } from '../../../src/engine/projection/project';
import { validScenarioObject } from '../engine/arbitraries';

const EXAMPLES = path.join(__dirname, '../../../assets/examples');
// The CLI gives « today » (the local date) for late payments.
const whole = (s: Scenario): string => JSON.stringify(projectionToJson(project(s), { today: localIsoDate(new Date()) }), null, 2) + '\n';

describe('CLI output written one CPTS at a time', () => {
  test.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')))('%s: byte for byte the document built whole', (file) => {
    const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
    const r = validateScenario(JSON.parse(text));
    if (!r.ok) throw new Error('exemple invalide');
    expect(simulateText(text, file).stdout).toBe(whole(r.value));
  });

  test('random valid scenarios (forced or auto versions): the same document, and the versions known before projecting', () => {
    fc.assert(
      fc.property(validScenarioObject, fc.constantFrom('auto', 'aci-2019', 'avenant-2'), (obj, ruleVersion) => {
        const r = validateScenario({ ...obj, ruleVersion });
        fc.pre(r.ok);
        if (!r.ok) return;
        expect(ruleVersionsOf(r.value)).toEqual(project(r.value).ruleVersions);
        expect(simulateText(JSON.stringify(r.value), 'x.json').stdout).toBe(whole(r.value));
      }),
      { numRuns: 150 },
    );
  });
});
