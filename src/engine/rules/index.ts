import type { IsoDate } from '../calendar/dates';
import { ACI_2019_RULES } from './aci-2019';
import { AVENANT_2_RULES } from './avenant-2';
import type { RuleVersion } from './types';

/** Every rule version, oldest first. Adding a version is adding a file and a line here. */
export const RULE_VERSIONS: readonly RuleVersion[] = [ACI_2019_RULES, AVENANT_2_RULES];

export type RuleSetting = 'auto' | string;

export function findRuleVersion(id: string): RuleVersion | undefined {
  return RULE_VERSIONS.find((v) => v.id === id);
}

/** The version a setting forces: undefined for "auto" (each contract year then follows the dates). */
export function forcedRuleVersion(setting: string): RuleVersion | undefined {
  return setting === 'auto' ? undefined : findRuleVersion(setting);
}

/**
 * The version in force on a date: the one with the latest date of effect on or before it. `dates` moves a
 * version's date of effect (a scenario's `avenant2EffectiveDate`), by version id.
 */
export function ruleVersionInForce(date: IsoDate, dates?: Readonly<Record<string, IsoDate>>): RuleVersion | undefined {
  let found: RuleVersion | undefined;
  let foundFrom = '';
  for (const v of RULE_VERSIONS) {
    const from = dates?.[v.id] ?? v.inForceFrom.value;
    if (from <= date && from >= foundFrom) {
      found = v;
      foundFrom = from;
    }
  }
  return found;
}

/** The date the built-in tables were last checked: the oldest « à jour au » of the versions. */
export function rulesCurrentTo(): IsoDate {
  return RULE_VERSIONS.map((v) => v.currentTo).reduce((a, b) => (a < b ? a : b));
}

export type { RuleVersion } from './types';
