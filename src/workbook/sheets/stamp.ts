import { frenchDate, rulesCurrentTo } from '../../engine';
import { asText } from '../grid/cells';
import type { CellsPlan } from '../grid/plan';

/**
 * What every generated sheet says about itself (rows 1 and 2): it is generated; which scenario, rule versions,
 * « règles à jour au » and when the run happened. The one heading builder of `outputs.ts` and `comparison.ts`,
 * and the « périmé » mark the stale detection puts on row 2 when inputs change after a run.
 */

/** Row (0-based) of the stamp line on every generated sheet: the cell the « périmé » mark rewrites. */
export const STAMP_ROW = 1;

/** The inputs' label when they are not (or no longer) a stored scenario as applied. */
export const WORKBOOK_INPUTS_LABEL = 'saisies du classeur';

/** A stored scenario as « Appliquer » put it in the inputs. */
export interface AppliedScenario {
  readonly name: string;
  readonly revision: number;
}

/**
 * Where a run's inputs came from: a stored scenario applied and not edited since, or the workbook's own
 * inputs (possibly a scenario applied then edited: said too, so the stamp does not hide it).
 */
export type RunOrigin = { readonly kind: 'stored'; readonly scenario: AppliedScenario } | { readonly kind: 'workbook'; readonly editedFrom?: AppliedScenario };

export const WORKBOOK_ORIGIN: RunOrigin = { kind: 'workbook' };

/** A run as the stamp tells it. */
export interface RunStamp {
  readonly origin: RunOrigin;
  /** The moment of the run; shown in the user's local time. */
  readonly at: Date;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** `jj/mm/aaaa hh:mm` in local time, as a French user reads a clock. */
export function localDateTime(at: Date): string {
  return `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** « Hypothèse haute » (révision 3). */
export function scenarioLabel(s: AppliedScenario): string {
  return `« ${s.name} » (révision ${s.revision})`;
}

/** Scenario « Hypothèse haute » (révision 3), or « saisies du classeur ». */
export function originText(origin: RunOrigin): string {
  if (origin.kind === 'stored') return `scénario ${scenarioLabel(origin.scenario)}`;
  return origin.editedFrom ? `${WORKBOOK_INPUTS_LABEL} (scénario ${scenarioLabel(origin.editedFrom)} appliqué puis modifié)` : WORKBOOK_INPUTS_LABEL;
}

/** The parts every stamp ends with: « règles à jour au » and the time of the run. */
export function rulesAndTime(at: Date): string[] {
  return [`règles à jour au ${frenchDate(rulesCurrentTo())}`, `calculé le ${localDateTime(at)}`];
}

/**
 * Rows 1 and 2 of a generated sheet. Row 2 holds user text (scenario names): written as text so that Excel
 * never reads it as a formula.
 */
export function headingCells(banner: string, parts: readonly string[]): CellsPlan[] {
  return [
    { row: 0, col: 0, values: [[banner]], kind: 'banner' },
    { row: STAMP_ROW, col: 0, values: [[asText(parts.join(' — '))]], kind: 'info' },
  ];
}

/** The start of a stamp whose inputs changed after the run. */
export const STALE_MARK = 'PÉRIMÉ : saisies modifiées depuis ce calcul, recalculer';

export function isStaleStamp(text: string): boolean {
  return text.startsWith(STALE_MARK);
}

/** The stamp once inputs changed: the mark first (what a reader sees), the run's description kept after it. */
export function staleStamp(text: string): string {
  return isStaleStamp(text) ? text : `${STALE_MARK} — ${text}`;
}
