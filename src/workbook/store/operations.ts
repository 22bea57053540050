import type { IsoDate, Scenario } from '../../engine';
import { STATUS_TEXT, type ScenarioStatus, type StoredScenario } from './scenario-store';

/**
 * What the pane can do to the stored scenarios, as pure functions from one list to the next. A validated or
 * realised scenario is locked: it can be duplicated (to work on a copy), never changed, renamed or deleted.
 */
export type StoreChange = { readonly ok: true; readonly scenarios: readonly StoredScenario[] } | { readonly ok: false; readonly message: string };

export interface Stamp {
  readonly author: string | null;
  /** ISO date and time of the action. */
  readonly now: string;
}

const MAX_NAME = 200;
const LOCKED: ReadonlySet<ScenarioStatus> = new Set<ScenarioStatus>(['valide', 'realise']);

export function isLocked(s: StoredScenario): boolean {
  return LOCKED.has(s.status);
}

function lockedMessage(s: StoredScenario): string {
  return `le scénario « ${s.scenario.name} » est ${STATUS_TEXT[s.status]}${s.meetingDate ? ` (réunion du ${s.meetingDate})` : ''} : il ne peut plus être modifié ; dupliquez-le pour travailler sur une copie`;
}

function checkName(name: string, list: readonly StoredScenario[], except?: string): string | null {
  const n = name.trim();
  if (n === '') return 'donnez un nom au scénario';
  if (n.length > MAX_NAME) return `nom trop long (${n.length} caractères, ${MAX_NAME} au plus)`;
  if (list.some((s) => s.scenario.name === n && s.scenario.name !== except)) return `un scénario s’appelle déjà « ${n} »`;
  return null;
}

const find = (list: readonly StoredScenario[], name: string) => list.find((s) => s.scenario.name === name);
const replace = (list: readonly StoredScenario[], name: string, next: StoredScenario) => list.map((s) => (s.scenario.name === name ? next : s));
const missing = (name: string): StoreChange => ({ ok: false, message: `aucun scénario ne s’appelle « ${name} »` });

/** Saves inputs under a name: a new draft (revision 1), or the next revision of an existing draft. */
export function saveScenario(list: readonly StoredScenario[], scenario: Scenario, stamp: Stamp): StoreChange {
  const existing = find(list, scenario.name);
  if (existing) {
    if (isLocked(existing)) return { ok: false, message: lockedMessage(existing) };
    return {
      ok: true,
      scenarios: replace(list, scenario.name, { ...existing, scenario, revision: existing.revision + 1, author: stamp.author, savedAt: stamp.now }),
    };
  }
  const problem = checkName(scenario.name, list);
  if (problem) return { ok: false, message: problem };
  return { ok: true, scenarios: [...list, { scenario, status: 'brouillon', meetingDate: null, revision: 1, author: stamp.author, savedAt: stamp.now }] };
}

export function renameScenario(list: readonly StoredScenario[], from: string, to: string, stamp: Stamp): StoreChange {
  const s = find(list, from);
  if (!s) return missing(from);
  if (isLocked(s)) return { ok: false, message: lockedMessage(s) };
  const problem = checkName(to, list, from);
  if (problem) return { ok: false, message: problem };
  return {
    ok: true,
    scenarios: replace(list, from, { ...s, scenario: { ...s.scenario, name: to.trim() }, revision: s.revision + 1, author: stamp.author, savedAt: stamp.now }),
  };
}

/** A copy as a new draft, whatever the original's status. */
export function duplicateScenario(list: readonly StoredScenario[], from: string, to: string, stamp: Stamp): StoreChange {
  const s = find(list, from);
  if (!s) return missing(from);
  const problem = checkName(to, list);
  if (problem) return { ok: false, message: problem };
  const copy: StoredScenario = {
    scenario: { ...s.scenario, name: to.trim() },
    status: 'brouillon',
    meetingDate: null,
    revision: 1,
    author: stamp.author,
    savedAt: stamp.now,
  };
  return { ok: true, scenarios: [...list, copy] };
}

export function deleteScenario(list: readonly StoredScenario[], name: string): StoreChange {
  const s = find(list, name);
  if (!s) return missing(name);
  if (isLocked(s)) return { ok: false, message: lockedMessage(s) };
  return { ok: true, scenarios: list.filter((x) => x !== s) };
}

/** Validates (with the meeting's date) or marks as realised: both lock the scenario. */
export function setScenarioStatus(
  list: readonly StoredScenario[],
  name: string,
  status: ScenarioStatus,
  meetingDate: IsoDate | null,
  stamp: Stamp,
): StoreChange {
  const s = find(list, name);
  if (!s) return missing(name);
  if (isLocked(s)) return { ok: false, message: lockedMessage(s) };
  if (status === 'valide' && !meetingDate) return { ok: false, message: 'indiquez la date de la réunion où le scénario a été validé' };
  return {
    ok: true,
    scenarios: replace(list, name, {
      ...s,
      status,
      meetingDate: status === 'valide' ? meetingDate : null,
      revision: s.revision + 1,
      author: stamp.author,
      savedAt: stamp.now,
    }),
  };
}

/** Imported scenarios join as drafts; a name already taken is refused (the pane proposes another). */
export function importScenarios(list: readonly StoredScenario[], scenarios: readonly Scenario[], stamp: Stamp): StoreChange {
  let next: readonly StoredScenario[] = list;
  for (const scenario of scenarios) {
    const problem = checkName(scenario.name, next);
    if (problem) return { ok: false, message: `import refusé : ${problem}` };
    next = [...next, { scenario, status: 'brouillon', meetingDate: null, revision: 1, author: stamp.author, savedAt: stamp.now }];
  }
  return { ok: true, scenarios: next };
}
