import type { SheetPlan } from '../grid/plan';
import type { Refusal, WorkbookIssue } from '../port';
import { incompleteIssue } from './states';
import { findByName, nameKey, sameName } from '../grid/tables';
import { plansForWorkbook } from '../grid/date-system';
import { finishInSlices, NO_SLICES, type Slices } from '../../engine';
import { planWritesWork } from './sheet-writer';
import type { Inspection, SheetState, WorkbookSession, WriteStep } from './session';

/**
 * The write half of every action that writes sheets: check everything, then write in as few requests as fit.
 * `states` are the sheets the action already read; a plan naming another existing sheet (a sheet added to
 * the outputs after the action listed its candidates) costs one more read.
 */
export async function writeSheets(
  session: WorkbookSession,
  inspection: Inspection,
  states: ReadonlyMap<string, SheetState>,
  plans: readonly SheetPlan[],
  options: {
    readonly activate: string | null;
    readonly deletes?: readonly string[];
    readonly foreign?: (sheet: string) => WorkbookIssue;
    /** Time slices of the planning (the preview's); none by default. */
    readonly slices?: Slices;
  },
): Promise<{ readonly ok: true } | Refusal> {
  const deleted = (sheet: string): boolean => (options.deletes ?? []).some((d) => sameName(d, sheet));
  const missing = plans
    .map((p) => findByName(inspection.sheets, p.name))
    .filter((s): s is NonNullable<typeof s> => s !== undefined && !deleted(s.name) && !states.has(nameKey(s.name)))
    .map((s) => s.name);
  const all = missing.length > 0 ? new Map([...states, ...(await session.read({ tables: [], sheets: missing })).sheets]) : states;
  // Plans are in the 1900 date system; a 1904 workbook receives its own serials.
  const work = planWritesWork(plansForWorkbook(plans, inspection.dateSystem ?? '1900'), inspection, all, {
    activate: options.activate,
    deletes: options.deletes,
    dataValidation: session.supports('1.8'),
    pageLayout: session.supports('1.9'),
    maxRequestBytes: session.maxRequestBytes,
    foreign: options.foreign,
  });
  const planned = await finishInSlices(work, options.slices ?? NO_SLICES);
  if (!planned.ok) return { ok: false, issues: planned.issues };
  return writeSteps(session, planned.steps);
}

/** Runs the steps; a write that stopped part-way is reported as such, with the sheets left incomplete. */
export async function writeSteps(session: WorkbookSession, steps: readonly WriteStep[]): Promise<{ readonly ok: true } | Refusal> {
  const report = await session.write(steps);
  if (report.complete) return { ok: true };
  return { ok: false, issues: [incompleteIssue(report.incomplete, report.reason)], incomplete: report.incomplete };
}

/** Existing sheets among `names` (compared without case), as the workbook spells them. */
export function existingSheets(inspection: Inspection, names: readonly string[]): string[] {
  return names.map((n) => findByName(inspection.sheets, n)?.name).filter((n): n is string => n !== undefined);
}
