import {
  componentsOf,
  Dec,
  FONCTIONNEMENT,
  maximumPerYear,
  MISSION_IDS,
  roundToCent,
  RULE_VERSIONS,
  sizeOf,
  STANDARD_MISSION_IDS,
  tableAmount,
  type Component,
  type IsoDate,
  type LineMission,
  type Result,
  type StandardMissionId,
  type TableFigure,
} from '../engine';
import { serialToIso, textToIso, type DateSystem } from '../workbook/grid/cells';
import { OPTIONAL_MISSIONS } from '../workbook/contract/layout';

/**
 * The custom functions as plain functions: Excel values in, a number out, or a FunctionArgumentError with a
 * French message (turned into an Excel error by `register.ts`). Thin wrappers: every figure is the engine's.
 */
export class FunctionArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionArgumentError';
  }
}

/** What Excel passes: a scalar, or null / undefined for an omitted optional argument. */
export type ExcelArg = string | number | boolean | null | undefined;
/** A range argument: a matrix of scalars. */
export type ExcelMatrix = readonly (readonly ExcelArg[])[];

/**
 * An empty cell, one meaning on every host. Excel passes an empty cell as 0 on desktop and as null on the web,
 * and an omitted optional argument as null on both; 0 and an empty cell cannot be told apart on desktop, nor an
 * empty cell and an omitted argument on the web. So an empty cell is what it is in any Excel formula, 0, and an
 * omitted argument is the same as an empty cell:
 * - `taux` empty or omitted: 0 % (type 100 % for the maximum);
 * - `date` empty, omitted or 0 (a serial that is no date): today — the function is then volatile;
 * - `population`, `mission`, `composante` empty: an error saying the cell is empty;
 * - empty cells in the range of optional missions: ignored.
 */
const empty = (v: ExcelArg): boolean => v === null || v === undefined || v === '';
const shown = (v: ExcelArg): string => (empty(v) ? 'cellule vide' : String(v));

/** The date system of the workbook the functions compute in (told by the pane when it opens: shared runtime). */
let dateSystem: DateSystem = '1900';
export function setFunctionsDateSystem(system: DateSystem): void {
  dateSystem = system;
}

function population(value: ExcelArg): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new FunctionArgumentError(`population : un entier positif est attendu (reçu : ${value === 0 ? '0 ou cellule vide' : shown(value)})`);
  }
  return value;
}

/** A date from a date cell (serial number) or typed text (2024-03-15, 15/03/2024); today when empty or omitted. */
function date(value: ExcelArg, today: IsoDate): IsoDate {
  if (empty(value) || value === 0) return today;
  const iso = typeof value === 'number' ? serialToIso(value, dateSystem) : typeof value === 'string' ? textToIso(value) : null;
  if (!iso) throw new FunctionArgumentError(`date : date impossible (reçu : ${String(value)})`);
  return iso;
}

function rate(value: ExcelArg): Dec {
  if (empty(value)) return new Dec(0);
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new FunctionArgumentError(`taux : un taux de 0 % à 100 % est attendu (reçu : ${String(value)})`);
  }
  return new Dec(value);
}

/** « a, b ou c »: the lists the messages and the metadata show, from the engine's own lists. */
export function frenchList(items: readonly string[], last = 'ou'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Every mission id `=ACI.MONTANT` takes: the missions, then fonctionnement. */
export const FUNCTION_MISSIONS: readonly LineMission[] = [...MISSION_IDS, FONCTIONNEMENT];
/** The missions `=ACI.TOTAL.MAX` adds when named: those optional in some rule version (the crisis mission has no variable part). */
export const FUNCTION_OPTIONAL_MISSIONS: readonly StandardMissionId[] = STANDARD_MISSION_IDS.filter((id) => OPTIONAL_MISSIONS.includes(id));

function mission(value: ExcelArg): LineMission {
  const id = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if ((FUNCTION_MISSIONS as readonly string[]).includes(id)) return id as LineMission;
  throw new FunctionArgumentError(`mission : mission inconnue (reçu : ${shown(value)} ; attendu : ${FUNCTION_MISSIONS.join(', ')})`);
}

function component(value: ExcelArg, of: LineMission): Component {
  const id = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const allowed = componentsOf(of);
  if ((allowed as readonly string[]).includes(id)) return id as Component;
  throw new FunctionArgumentError(`composante : « ${shown(value)} » n’est pas une composante de « ${of} » (attendu : ${allowed.join(', ')})`);
}

function optionalMissions(value: ExcelArg | ExcelMatrix): StandardMissionId[] {
  const cells: ExcelArg[] = Array.isArray(value) ? (value as ExcelMatrix).flat() : [value as ExcelArg];
  const ids = cells
    .flatMap((c) => (typeof c === 'string' ? c.split(/[;,]/) : empty(c) || c === 0 ? [] : [String(c)]))
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  return ids.map((id) => {
    if (!(STANDARD_MISSION_IDS as readonly string[]).includes(id)) {
      throw new FunctionArgumentError(`missions optionnelles : mission inconnue « ${id} » (attendu : ${FUNCTION_OPTIONAL_MISSIONS.join(', ')})`);
    }
    return id as StandardMissionId;
  });
}

function figureOf(result: Result<TableFigure>): TableFigure {
  if (!result.ok) throw new FunctionArgumentError(result.issues.map((i) => `${i.path} : ${i.message}`).join(' ; '));
  return result.value;
}

/** Amounts leave the engine rounded to the cent; a number is what a cell holds. */
const toCell = (amount: Dec): number => roundToCent(amount).toNumber();

/** =ACI.TAILLE(population): the size category, bands of the latest version. */
export function taille(pop: ExcelArg): number {
  return sizeOf(population(pop), RULE_VERSIONS[RULE_VERSIONS.length - 1]!.sizes);
}

/** =ACI.FONCTIONNEMENT(population; [date]) */
export function fonctionnement(pop: ExcelArg, on: ExcelArg, today: IsoDate): number {
  return toCell(figureOf(tableAmount(population(pop), FONCTIONNEMENT, 'fonctionnement', date(on, today))).amount);
}

/**
 * =ACI.MONTANT(population; mission; composante; [taux]; [date]): a full year's amount, the rate on the variable
 * part (empty or omitted: 0 %). On another part the rate does not apply: empty, 0 or 100 % only.
 */
export function montant(pop: ExcelArg, missionArg: ExcelArg, componentArg: ExcelArg, rateArg: ExcelArg, on: ExcelArg, today: IsoDate): number {
  const m = mission(missionArg);
  const c = component(componentArg, m);
  const r = rate(rateArg);
  if (c !== 'variable' && !r.isZero() && !r.eq(1)) throw new FunctionArgumentError('taux : le taux d’atteinte ne s’applique qu’au volet variable');
  const amount = figureOf(tableAmount(population(pop), m, c, date(on, today))).amount;
  return toCell(c === 'variable' ? amount.times(r) : amount);
}

/** =ACI.TOTAL.MAX(population; [missions optionnelles]; [date]) */
export function totalMax(pop: ExcelArg, optional: ExcelArg | ExcelMatrix, on: ExcelArg, today: IsoDate): number {
  return toCell(figureOf(maximumPerYear(population(pop), optionalMissions(optional), date(on, today))).amount);
}
