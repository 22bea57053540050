/** Reading a scenario: JSON text or an untrusted value, checked against the schema (schema.ts). */
import { SCENARIO_FORMAT } from './choices';
import { checkObjectWork } from './kinds';
import { formatVersionOf, SCENARIO_SCHEMA } from './schema';
import { parseJsonText } from './json-text';
import type { Scenario } from './types';
import { IssueList, isRecord, type Result } from './validation';
import { finish, type Work } from '../work';

/** Parses scenario JSON text. Never throws: malformed JSON is an issue like any other. */
export function parseScenarioJson(text: string): Result<Scenario> {
  const parsed = parseJsonText(text);
  return parsed.ok ? validateScenario(parsed.value) : parsed;
}

/**
 * Validates an untrusted value against the scenario's schema and returns a clean scenario holding only the
 * format's fields, in format 2 (a file of format 1 reads as it always did).
 */
export function validateScenario(value: unknown): Result<Scenario> {
  return finish(validateScenarioWork(value));
}

/** validateScenario as a work (work.ts): it yields after each CPTS, so that the preview checks a department in time slices. */
export function* validateScenarioWork(value: unknown): Work<Result<Scenario>> {
  const issues = new IssueList();
  if (!isRecord(value)) {
    issues.add('', SCENARIO_SCHEMA.shape);
    return { ok: false, issues: issues.items };
  }
  // A refused format is reported by its field; the rest is then read as the newest format.
  const version = formatVersionOf(value.format) ?? 2;
  const clean = yield* checkObjectWork(SCENARIO_SCHEMA, value, '', issues, { version, parents: [] });
  if (!clean || !issues.empty) return { ok: false, issues: issues.items };
  return { ok: true, value: { ...clean, format: SCENARIO_FORMAT } as unknown as Scenario };
}
