import type { Scenario } from '../../engine';
import { readScenario, type InputTables } from '../inputs/read-inputs';
import type { CalculateOptions } from '../port';
import { canonical, fnv1a, type StoredScenario } from './scenario-store';
import { WORKBOOK_ORIGIN, type RunOrigin } from '../sheets/stamp';

/**
 * The stored scenario « Appliquer » last put in the inputs, kept in the workbook itself (Office: the document's
 * add-in settings, saved with the file) so that the next run's stamp can name it. It names the run only while
 * the inputs still hold exactly that scenario: the fingerprint is taken over the scenario's content (not its
 * name), and compared with the inputs as read at the run. An edit after the apply makes the inputs the
 * workbook's own again, whenever and however it was made (even with the pane closed).
 */
export interface AppliedRecord {
  readonly name: string;
  readonly revision: number;
  readonly fingerprint: string;
}

/** The key of the record in the document's settings. */
export const APPLIED_SETTING = 'simulateur-aci-cpts.scenario-applique';

/** The inputs' content: what a run computes from (the scenario's name and format version are not content). */
export function inputsFingerprint(scenario: Scenario): string {
  const { name: _name, format: _format, ...content } = scenario;
  return fnv1a(canonical(content));
}

/** `held`: the inputs as read right after the apply (what later runs compare with); the stored scenario by default. */
export function appliedRecord(stored: StoredScenario, held: Scenario = stored.scenario): AppliedRecord {
  return { name: stored.scenario.name, revision: stored.revision, fingerprint: inputsFingerprint(held) };
}

/** Where a run's inputs came from, given the inputs read (without the pane's forced rule version) and the record. */
export function runOrigin(inputs: Scenario | null, applied: AppliedRecord | null): RunOrigin {
  if (!applied || !inputs) return WORKBOOK_ORIGIN;
  const scenario = { name: applied.name, revision: applied.revision };
  return inputsFingerprint(inputs) === applied.fingerprint ? { kind: 'stored', scenario } : { kind: 'workbook', editedFrom: scenario };
}

/** A record read back from storage: anything malformed (a hand edit, an older add-in) is no record. */
export function parseAppliedRecord(value: unknown): AppliedRecord | null {
  const text = typeof value === 'string' ? value : null;
  let raw: unknown = value;
  if (text !== null) {
    try {
      raw = JSON.parse(text);
    } catch {
      return null;
    }
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const ok = typeof r.name === 'string' && Number.isInteger(r.revision) && typeof r.fingerprint === 'string';
  return ok ? { name: r.name as string, revision: r.revision as number, fingerprint: r.fingerprint as string } : null;
}

/**
 * The origin of a run: the inputs as read for it, or, when the pane forces a rule version, as read without
 * it (forcing a version is a setting of the run, not an edit of the applied scenario).
 */
export function originOf(tables: InputTables, options: CalculateOptions, read: Scenario, applied: AppliedRecord | null): RunOrigin {
  if (!applied) return WORKBOOK_ORIGIN;
  const forced = options.ruleVersion !== undefined && options.ruleVersion !== 'auto';
  const own = forced ? readScenario(tables) : ({ ok: true, scenario: read } as const);
  return runOrigin(own.ok ? own.scenario : null, applied);
}
