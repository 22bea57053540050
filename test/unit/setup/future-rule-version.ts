/**
 * With ACI_FUTURE_RULE_VERSION=1 (`npm run test:future-rules`), every test file runs with one more rule version:
 * a hypothetical avenant dated in the future (after the date the tables are current to), whose amounts all differ
 * from avenant 2's. Outside the rules' own tests, fixtures force their `ruleVersion` or read amounts from the
 * table, so the rest of the suite must pass unchanged: this proves it (shared/aci-rules.md « Therefore »).
 */
import { Dec } from '../../../src/engine/money/money';
import { RULE_VERSIONS } from '../../../src/engine/rules';
import { AVENANT_2_RULES } from '../../../src/engine/rules/avenant-2';
import type { BySize, RuleAmount, RuleVersion, StandardMissionRule } from '../../../src/engine/rules/types';

export const FUTURE_RULE_VERSION_ID = 'avenant-hypothetique';

function raised(table: BySize<RuleAmount>): BySize<RuleAmount> {
  const one = (a: RuleAmount): RuleAmount => ({
    ...a,
    value: new Dec(a.value).times('1.1').toFixed(2),
    status: 'provisional',
    evidence: 'Version hypothétique (tests).',
  });
  return { 1: one(table[1]), 2: one(table[2]), 3: one(table[3]), 4: one(table[4]) };
}

function futureVersion(): RuleVersion {
  const base = AVENANT_2_RULES;
  const missions = Object.fromEntries(
    Object.entries(base.missions).map(([id, m]): [string, StandardMissionRule] => [id, { ...m, fixed: raised(m.fixed), variable: raised(m.variable) }]),
  ) as unknown as RuleVersion['missions'];
  const crisis = base.crisis!;
  return {
    ...base,
    id: FUTURE_RULE_VERSION_ID,
    label: 'Avenant hypothétique (tests)',
    inForceFrom: { ...base.inForceFrom, value: '2027-01-01', evidence: 'Version hypothétique, datée après la date de mise à jour des règles.' },
    fonctionnement: raised(base.fonctionnement),
    missions,
    crisis: { ...crisis, plan: raised(crisis.plan), update: raised(crisis.update), activation: raised(crisis.activation) },
    publishedMaxima: { 1: null, 2: null, 3: null, 4: null },
  };
}

if (process.env.ACI_FUTURE_RULE_VERSION === '1' && !RULE_VERSIONS.some((v) => v.id === FUTURE_RULE_VERSION_ID)) {
  (RULE_VERSIONS as RuleVersion[]).push(futureVersion());
}
