import { contractEnd } from './contract';
import { addMonths } from './dates';
import { CRISIS_MISSION_ID, STANDARD_MISSION_IDS, type MissionId } from './missions';
import { effectiveDates, resolveParameters } from './parameters';
import { forcedRuleVersion, RULE_VERSIONS, ruleVersionInForce, rulesCurrentTo, type RuleVersion } from './rules';
import type { MissionTiming } from './rules/types';
import { ruleSettingOf, type Scenario } from './scenario';
import { isOnAmbiguousBoundary, sizeOf } from './size';
import { childPath, type Issue } from './validation';

/**
 * Points a valid scenario should draw attention to without being refused: a population on a size boundary
 * the text leaves open, a mandatory mission missing or late, a contract running past the date the rule
 * tables are current to.
 */
export function projectionWarnings(scenario: Scenario): Issue[] {
  const warnings: Issue[] = [];
  const currentTo = rulesCurrentTo();
  const parameters = resolveParameters(scenario.parameters);
  const dates = effectiveDates(parameters);
  scenario.cpts.forEach((c, i) => {
    const path = childPath('cpts', i);
    const version: RuleVersion = forcedRuleVersion(ruleSettingOf(scenario, c)) ?? ruleVersionInForce(c.signatureDate, dates) ?? RULE_VERSIONS[0]!;
    if (isOnAmbiguousBoundary(c.population, version.sizes)) {
      warnings.push({
        path: childPath(path, 'population'),
        message: `${c.population} habitants : le texte ne dit pas de quel côté de la limite tombe cette population ; taille ${sizeOf(c.population, version.sizes, parameters.sizeBoundaries)} retenue (provisoire)`,
      });
    }
    const end = contractEnd(c.signatureDate);
    if (end > currentTo) {
      warnings.push({
        path: childPath(path, 'signatureDate'),
        message: `le contrat court jusqu’au ${end}, au-delà de la date à laquelle les règles sont à jour (${currentTo}) : un avenant ultérieur pourrait changer les montants`,
      });
    }
    const timings: [MissionId, MissionTiming | null][] = [
      ...STANDARD_MISSION_IDS.map((id): [MissionId, MissionTiming] => [id, version.missions[id]]),
      [CRISIS_MISSION_ID, version.crisis],
    ];
    for (const [id, timing] of timings) {
      if (!timing || timing.kind !== 'mandatory' || timing.startWithinMonths === null) continue;
      const index = c.missions.findIndex((m) => m.mission === id);
      const deadline = addMonths(c.signatureDate, timing.startWithinMonths);
      if (index < 0) {
        warnings.push({
          path: childPath(path, 'missions'),
          message: `mission socle « ${id} » absente : elle doit démarrer au plus tard le ${deadline} (${timing.ref})`,
        });
      } else if (c.missions[index]!.startDate > deadline) {
        warnings.push({
          path: childPath(childPath(childPath(path, 'missions'), index), 'startDate'),
          message: `la mission socle « ${id} » doit démarrer au plus tard ${timing.startWithinMonths} mois après la signature, le ${deadline} (${timing.ref})`,
        });
      }
    }
  });
  return warnings;
}
