import { formatIssue, parseScenarioJson, SCENARIO_FORMAT, validateScenario, type Issue, type Scenario } from '../engine';
import { parseJsonText } from '../engine/scenario/json-text';

/**
 * Scenario files, as the pane exports and imports them. One scenario is written in the scenario format
 * exactly (what the CLI reads); « all » is a JSON array of scenarios in that format. Import takes either.
 * Pure: the download and the file reading are the components' part.
 */

/** Above this, a file is not a set of scenarios: refused before parsing, so the pane never freezes on it. */
export const MAX_IMPORT_BYTES = 5_000_000;

/** Exports always write the format of today, whatever format the scenario was read from. */
const current = (scenario: Scenario): Scenario => ({ ...scenario, format: SCENARIO_FORMAT });

export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(current(scenario), null, 2)}\n`;
}

export function scenariosFileText(scenarios: readonly Scenario[]): string {
  return `${JSON.stringify(scenarios.map(current), null, 2)}\n`;
}

/** « Hypothèse haute (70 %) » → « hypothese-haute-70.json »: a file name every system accepts. */
export function scenarioFileName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'scenario'}.json`;
}

export const ALL_SCENARIOS_FILE = 'scenarios-aci.json';

export type ImportOutcome = { readonly ok: true; readonly scenarios: readonly Scenario[] } | { readonly ok: false; readonly errors: readonly string[] };

const withPrefix = (prefix: string, issues: readonly Issue[]): string[] => issues.map((i) => `${prefix}${formatIssue(i)}`);

/**
 * Reads an imported file: one scenario (parseScenarioJson) or an array of them (each validated the same way).
 * Every problem is listed, in French; with any, nothing is imported.
 */
export function parseScenarioFile(text: string, size = text.length): ImportOutcome {
  if (size > MAX_IMPORT_BYTES)
    return { ok: false, errors: [`fichier trop volumineux (${Math.ceil(size / 1_000_000)} Mo ; ${MAX_IMPORT_BYTES / 1_000_000} Mo au plus)`] };
  if (!text.trimStart().startsWith('[')) {
    const one = parseScenarioJson(text);
    return one.ok ? { ok: true, scenarios: [one.value] } : { ok: false, errors: withPrefix('', one.issues) };
  }
  // The engine's strict reader: duplicate keys, out-of-range numbers and deep nesting refused, in French.
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: withPrefix('', parsed.issues) };
  const value = parsed.value;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) return { ok: false, errors: ['le fichier ne contient aucun scénario (tableau vide)'] };
  const errors: string[] = [];
  const scenarios: Scenario[] = [];
  list.forEach((item, i) => {
    const result = validateScenario(item);
    if (result.ok) scenarios.push(result.value);
    else errors.push(...withPrefix(`scénario n° ${i + 1} : `, result.issues));
  });
  const seen = new Set<string>();
  for (const s of scenarios) {
    if (seen.has(s.name.trim())) errors.push(`le nom « ${s.name} » figure deux fois dans le fichier`);
    seen.add(s.name.trim());
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenarios };
}
