import { formatIssue, resolveParameters, rulesCurrentTo, type Scenario } from '../engine';
import { cptsToJson, SetTotals, type JsonOptions, type ProjectionJson, type SetTotalsJson } from '../engine/projection/json';
import { projectEach, ruleVersionsOf } from '../engine/projection/project';
import { projectionWarnings } from '../engine/projection/warnings';

/** Where the CPTS go in the document skeleton: replaced by each CPTS's JSON as it is projected. */
const SLOT = '@@cpts@@';
const INDENT = '\n    ';

/**
 * The CLI's output, `JSON.stringify(projectionToJson(project(scenario)), null, 2)` to the byte, written in pieces:
 * each CPTS is projected, turned into text and let go before the next, and the department's totals are added up
 * as they pass, so memory stays flat however many CPTS the file holds (and no single string grows past V8's limit).
 */
export function* projectionJsonChunks(scenario: Scenario, options: JsonOptions = {}): Generator<string> {
  const skeleton = (totals: SetTotalsJson | null, warnings: readonly string[]): string => {
    const doc: Omit<ProjectionJson, 'cpts' | keyof SetTotalsJson> & { cpts: string[] } & Partial<SetTotalsJson> = {
      ruleVersion: scenario.ruleVersion,
      ruleVersions: ruleVersionsOf(scenario),
      rulesCurrentTo: rulesCurrentTo(),
      parameters: resolveParameters(scenario.parameters),
      scenario: scenario.name,
      cpts: [SLOT],
      ...(totals ?? {}),
      warnings,
    };
    return JSON.stringify(doc, null, 2);
  };
  const head = skeleton(null, []);
  yield head.slice(0, head.indexOf(`"${SLOT}"`));
  const totals = new SetTotals();
  let first = true;
  for (const c of projectEach(scenario)) {
    totals.add(c);
    yield (first ? '' : `,${INDENT}`) + JSON.stringify(cptsToJson(c, options), null, 2).replace(/\n/g, INDENT);
    first = false;
  }
  const tail = skeleton(totals.json(), projectionWarnings(scenario).map(formatIssue));
  yield tail.slice(tail.indexOf(`"${SLOT}"`) + SLOT.length + 2) + '\n';
}
