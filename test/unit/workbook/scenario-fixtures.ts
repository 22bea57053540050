import { validateScenario, type MissionInput, type Scenario } from '../../../src/engine';
import { WORKBOOK_SCENARIO_NAME } from '../../../src/workbook/contract/layout';

export const NOW = '2026-11-23T10:00:00.000Z';
export const clock = (): string => NOW;

export function valid(value: unknown): Scenario {
  const r = validateScenario(value);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

/**
 * A taille-3 CPTS (100 000 inhabitants) signed on 2023-01-01 with the « parcours » mission only, at the same
 * rate every year: avenant 2 governs all five contract years (forced, so that a later version changes nothing).
 */
export function t3Parcours(name: string, rate: number): Scenario {
  return valid({
    format: 'aci-cpts-scenario/1',
    name,
    ruleVersion: 'auto',
    cpts: [
      {
        id: 'cpts-t3',
        name: 'CPTS du Plateau',
        population: 100000,
        signatureDate: '2023-01-01',
        ruleVersion: 'avenant-2',
        missions: [{ mission: 'parcours', startDate: '2023-01-01', rates: [rate, rate, rate, rate, rate] }],
      },
    ],
  });
}

/**
 * What reading the input tables gives back after a scenario was applied: the workbook's name for its scenario,
 * names as a cell holds them (the reader trims the spaces around a cell's text), and no crisis-years list where
 * the scenario had an empty one (one empty cell holds both).
 */
export function asReadBack(s: Scenario): Scenario {
  return {
    ...s,
    name: WORKBOOK_SCENARIO_NAME,
    cpts: s.cpts.map((c) => ({
      ...c,
      name: c.name.trim(),
      missions: c.missions.map((m): MissionInput => {
        if (m.crisisYears === undefined || m.crisisYears.length > 0) return m;
        const { crisisYears: _none, ...rest } = m;
        return rest;
      }),
    })),
  };
}
