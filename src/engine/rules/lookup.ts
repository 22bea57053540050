import { AmountTables, type LineSource, type ResolvedAmount } from './amounts';
import type { IsoDate } from '../calendar/dates';
import {
  CRISIS_MISSION_ID,
  FONCTIONNEMENT,
  isStandardMission,
  STANDARD_MISSION_IDS,
  type Component,
  type LineMission,
  type StandardMissionId,
} from '../vocabulary/missions';
import { sum, type Dec } from '../money/money';
import { ruleVersionInForce, type RuleVersion } from './';
import { sizeOf } from './size';
import type { Size } from '../vocabulary/sizes';
import type { Result } from '../scenario/validation';

/**
 * Single figures of the rule table, for formulas (=ACI.MONTANT, =ACI.TOTAL.MAX) and the barème sheet:
 * what a CPTS of a given population gets per year for one component, under the version in force on a date.
 */
export interface TableFigure {
  readonly amount: Dec;
  readonly size: Size;
  readonly ruleVersion: string;
  readonly sources: readonly LineSource[];
}

const COMPONENTS: Readonly<Record<'fonctionnement' | 'standard' | 'crisis', readonly Component[]>> = {
  fonctionnement: ['fonctionnement'],
  standard: ['fixe', 'variable'],
  crisis: ['plan', 'mise-a-jour', 'activation'],
};

export function componentsOf(mission: LineMission): readonly Component[] {
  if (mission === FONCTIONNEMENT) return COMPONENTS.fonctionnement;
  return mission === CRISIS_MISSION_ID ? COMPONENTS.crisis : COMPONENTS.standard;
}

const tables = new AmountTables(undefined);

function versionOn(date: IsoDate): Result<RuleVersion> {
  const version = ruleVersionInForce(date);
  return version ? { ok: true, value: version } : { ok: false, issues: [{ path: 'date', message: `aucune version des règles n’est en vigueur le ${date}` }] };
}

function figure(resolved: readonly ResolvedAmount[], size: Size, version: RuleVersion): TableFigure {
  return { amount: sum(resolved.map((r) => r.value)), size, ruleVersion: version.id, sources: resolved.map((r) => r.source) };
}

/** The yearly maximum of one component (a full year, before any achievement rate). */
export function tableAmount(population: number, mission: LineMission, component: Component, date: IsoDate): Result<TableFigure> {
  const found = versionOn(date);
  if (!found.ok) return found;
  const version = found.value;
  const size = sizeOf(population, version.sizes);
  const table = tables.get(version, size);
  if (!componentsOf(mission).includes(component)) {
    return {
      ok: false,
      issues: [
        { path: 'composante', message: `la mission « ${mission} » n’a pas de composante « ${component} » (composantes : ${componentsOf(mission).join(', ')})` },
      ],
    };
  }
  if (mission === FONCTIONNEMENT) return { ok: true, value: figure([table.fonctionnement], size, version) };
  if (isStandardMission(mission)) {
    const m = table.missions[mission];
    return { ok: true, value: figure([component === 'fixe' ? m.fixed : m.variable], size, version) };
  }
  if (!table.crisis) return { ok: false, issues: [{ path: 'mission', message: `la mission « ${mission} » n’existe pas dans la version ${version.label}` }] };
  const c = table.crisis;
  return { ok: true, value: figure([component === 'plan' ? c.plan : component === 'mise-a-jour' ? c.update : c.activation], size, version) };
}

/**
 * The most a CPTS can receive in a year: fonctionnement, every mandatory mission at 100 % (the crisis
 * mission in its plan year, without activation) and the optional missions named.
 */
export function maximumPerYear(population: number, optional: readonly StandardMissionId[], date: IsoDate): Result<TableFigure> {
  const found = versionOn(date);
  if (!found.ok) return found;
  const version = found.value;
  const size = sizeOf(population, version.sizes);
  const table = tables.get(version, size);
  const parts: ResolvedAmount[] = [table.fonctionnement];
  for (const id of STANDARD_MISSION_IDS) {
    if (version.missions[id].kind === 'mandatory' || optional.includes(id)) parts.push(table.missions[id].fixed, table.missions[id].variable);
  }
  if (table.crisis) parts.push(table.crisis.plan);
  return { ok: true, value: figure(parts, size, version) };
}
