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
import { serialToIso, textToIso } from '../workbook/cells';

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

const omitted = (v: ExcelArg): boolean => v === null || v === undefined || v === '';

function population(value: ExcelArg): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new FunctionArgumentError(`population : un entier positif est attendu (reçu : ${String(value)})`);
  }
  return value;
}

/** A date from a date cell (serial number) or typed text (2024-03-15, 15/03/2024); today when omitted. */
function date(value: ExcelArg, today: IsoDate): IsoDate {
  if (omitted(value)) return today;
  const iso = typeof value === 'number' ? serialToIso(value) : typeof value === 'string' ? textToIso(value) : null;
  if (!iso) throw new FunctionArgumentError(`date : date impossible (reçu : ${String(value)})`);
  return iso;
}

function rate(value: ExcelArg): Dec {
  if (omitted(value)) return new Dec(1);
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new FunctionArgumentError(`taux : un taux de 0 % à 100 % est attendu (reçu : ${String(value)})`);
  }
  return new Dec(value);
}

function mission(value: ExcelArg): LineMission {
  const id = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (id === FONCTIONNEMENT || (MISSION_IDS as readonly string[]).includes(id)) return id as LineMission;
  throw new FunctionArgumentError(`mission : mission inconnue (reçu : ${String(value)} ; attendu : ${[FONCTIONNEMENT, ...MISSION_IDS].join(', ')})`);
}

function component(value: ExcelArg, of: LineMission): Component {
  const id = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const allowed = componentsOf(of);
  if ((allowed as readonly string[]).includes(id)) return id as Component;
  throw new FunctionArgumentError(`composante : « ${String(value)} » n’est pas une composante de « ${of} » (attendu : ${allowed.join(', ')})`);
}

function optionalMissions(value: ExcelArg | ExcelMatrix): StandardMissionId[] {
  const cells: ExcelArg[] = Array.isArray(value) ? (value as ExcelMatrix).flat() : [value as ExcelArg];
  const ids = cells
    .flatMap((c) => (typeof c === 'string' ? c.split(/[;,]/) : omitted(c) ? [] : [String(c)]))
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  return ids.map((id) => {
    if (!(STANDARD_MISSION_IDS as readonly string[]).includes(id)) {
      throw new FunctionArgumentError(`missions optionnelles : mission inconnue « ${id} » (attendu : qualite-pertinence, accompagnement-professionnels)`);
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

/** =ACI.MONTANT(population; mission; composante; [taux]; [date]): a full year's amount, the rate on the variable part. */
export function montant(pop: ExcelArg, missionArg: ExcelArg, componentArg: ExcelArg, rateArg: ExcelArg, on: ExcelArg, today: IsoDate): number {
  const m = mission(missionArg);
  const c = component(componentArg, m);
  const r = rate(rateArg);
  if (c !== 'variable' && !r.eq(1)) throw new FunctionArgumentError('taux : le taux d’atteinte ne s’applique qu’au volet variable');
  return toCell(figureOf(tableAmount(population(pop), m, c, date(on, today))).amount.times(r));
}

/** =ACI.TOTAL.MAX(population; [missions optionnelles]; [date]) */
export function totalMax(pop: ExcelArg, optional: ExcelArg | ExcelMatrix, on: ExcelArg, today: IsoDate): number {
  return toCell(figureOf(maximumPerYear(population(pop), optionalMissions(optional), date(on, today))).amount);
}
