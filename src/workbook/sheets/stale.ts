import { asText } from '../grid/cells';
import { planTemplate, templatePlans } from '../inputs/template';
import { staleStamp } from './stamp';

/**
 * Stale results: the tables whose change makes the last run's outputs out of date are the ones « Insérer le
 * modèle » creates (the CPTS, the achievement rates, the barème), derived from the template so that a new input
 * table joins without a list to keep in step.
 */
let inputTables: readonly string[] | null = null;

export function inputTableNames(): readonly string[] {
  if (inputTables === null) {
    const decision = planTemplate([], [], 'ask');
    inputTables = decision.ok && 'names' in decision ? templatePlans(decision.names).flatMap((p) => p.tables.map((t) => t.name)) : [];
  }
  return inputTables;
}

export function isInputTable(name: string): boolean {
  return inputTableNames().some((n) => n.toLowerCase() === name.toLowerCase());
}

/** The stamp cell's new text once inputs changed, or null when it is already marked (or is no stamp). */
export function staleStampValue(current: unknown): string | null {
  if (typeof current !== 'string' || current === '') return null;
  const next = staleStamp(current);
  return next === current ? null : asText(next);
}
