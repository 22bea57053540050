import { project, validateScenario, type Projection, type Scenario } from '../../../src/engine';

/** A valid scenario from a plain object, or a failing test that says why it is invalid. */
export function scenario(value: unknown): Scenario {
  const result = validateScenario(value);
  if (!result.ok) throw new Error(`scénario de test invalide :\n${result.issues.map((i) => `${i.path} : ${i.message}`).join('\n')}`);
  return result.value;
}

export const ALL_RATES_1 = [1, 1, 1, 1, 1];

/** One CPTS with every mission of the version from the signature date, all rates at 100 %. */
export function fullCpts(population: number, signatureDate: string, withCrisis: boolean): unknown {
  const missions: unknown[] = ['acces-soins', 'parcours', 'prevention', 'qualite-pertinence', 'accompagnement-professionnels'].map((mission) => ({
    mission,
    startDate: signatureDate,
    rates: ALL_RATES_1,
  }));
  if (withCrisis) missions.push({ mission: 'crises-sanitaires', startDate: signatureDate });
  return { id: `cpts-${population}`, name: `CPTS ${population}`, population, signatureDate, missions };
}

export function projectOne(cpts: unknown, ruleVersion = 'auto', extra: Record<string, unknown> = {}): Projection {
  return project(scenario({ format: 'aci-cpts-scenario/1', name: 'test', ruleVersion, cpts: [cpts], ...extra }));
}

/** Amounts as strings, keyed "mission/component", for one contract year of the first CPTS. */
export function yearAmounts(p: Projection, contractYear: number): Record<string, string> {
  const year = p.cpts[0]!.years[contractYear - 1]!;
  return Object.fromEntries(year.lines.map((l) => [`${l.mission}/${l.component}`, l.amount.toFixed(2)]));
}
