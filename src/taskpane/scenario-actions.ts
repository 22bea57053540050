import { isLocked } from '../workbook/store/operations';
import type { StoredScenario } from '../workbook/port';

/** What the pane offers on one stored scenario. */
export type ScenarioAction = 'apply' | 'export' | 'duplicate' | 'rename' | 'delete' | 'validate' | 'realise';

/** Reading and copying never change a scenario; a locked one (validé, réalisé) offers nothing else. */
const READ_ONLY: readonly ScenarioAction[] = ['apply', 'export', 'duplicate'];
const ALL: readonly ScenarioAction[] = [...READ_ONLY, 'rename', 'delete', 'validate', 'realise'];

export function actionsFor(stored: StoredScenario): readonly ScenarioAction[] {
  return isLocked(stored) ? READ_ONLY : ALL;
}

/** « Hypothèse (copie) », or « Hypothèse (copie 2) »… : the first name the list does not hold. */
export function freeName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  const match = /^(.*) \((\d+)\)$/.exec(base);
  const stem = match ? match[1]! : base;
  for (let n = match ? Number(match[2]) + 1 : 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}
