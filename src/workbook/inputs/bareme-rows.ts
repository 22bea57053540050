import {
  CRISIS_MISSION_ID,
  FONCTIONNEMENT,
  SIZES,
  STANDARD_MISSION_IDS,
  type Component,
  type LineMission,
  type RuleAmount,
  type RuleVersion,
  type Size,
} from '../../engine';

/**
 * The rows of the « Barème ACI » sheet: one per size and amount of the rule table, each tied to the place the
 * amount takes in a scenario's `bareme` (so an entered amount and its validation error meet the same cell).
 */
export interface BaremeRow {
  readonly size: Size;
  readonly mission: LineMission;
  readonly component: Component;
  /** Path of the amount inside `scenario.bareme`: `bareme.sizes.2.missions.parcours.fixed`. */
  readonly path: string;
  /** The built-in amount of a version, or null where the version has none (crisis mission in ACI 2019). */
  builtIn(version: RuleVersion): RuleAmount | null;
}

function rowsFor(size: Size): BaremeRow[] {
  const base = `bareme.sizes.${size}`;
  const rows: BaremeRow[] = [
    { size, mission: FONCTIONNEMENT, component: 'fonctionnement', path: `${base}.fonctionnement`, builtIn: (v) => v.fonctionnement[size] },
  ];
  for (const id of STANDARD_MISSION_IDS) {
    rows.push({ size, mission: id, component: 'fixe', path: `${base}.missions.${id}.fixed`, builtIn: (v) => v.missions[id].fixed[size] });
    rows.push({ size, mission: id, component: 'variable', path: `${base}.missions.${id}.variable`, builtIn: (v) => v.missions[id].variable[size] });
  }
  const crisis: readonly [Component, 'plan' | 'update' | 'activation'][] = [
    ['plan', 'plan'],
    ['mise-a-jour', 'update'],
    ['activation', 'activation'],
  ];
  for (const [component, key] of crisis) {
    rows.push({
      size,
      mission: CRISIS_MISSION_ID,
      component,
      path: `${base}.missions.${CRISIS_MISSION_ID}.${key}`,
      builtIn: (v) => (v.crisis ? v.crisis[key][size] : null),
    });
  }
  return rows;
}

export const BAREME_ROWS: readonly BaremeRow[] = SIZES.flatMap(rowsFor);
