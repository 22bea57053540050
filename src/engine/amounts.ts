import { STANDARD_MISSION_IDS, type StandardMissionId } from './missions';
import { Dec } from './money';
import type { RuleStatus, RuleVersion, Sourced } from './rules/types';
import type { Bareme, SizeBareme } from './scenario';
import type { Size } from './size';

/** Where an amount comes from: a rule version's table, or the CPTS's own contract entered in the workbook. */
export type AmountStatus = RuleStatus | 'contract';
export const CONTRACT_BAREME_LABEL = 'barème du classeur';

export interface LineSource {
  readonly ruleVersion: string;
  /** Article or annex; « barème du classeur » for amounts entered by the user. */
  readonly reference: string;
  readonly status: AmountStatus;
  readonly evidence: string;
}

export interface ResolvedAmount {
  readonly value: Dec;
  readonly source: LineSource;
}

/** The amounts a CPTS of one size gets under one version: decimals built once per run, not per line. */
export interface ResolvedTable {
  readonly fonctionnement: ResolvedAmount;
  readonly missions: Readonly<Record<StandardMissionId, { readonly fixed: ResolvedAmount; readonly variable: ResolvedAmount }>>;
  readonly crisis: { readonly plan: ResolvedAmount; readonly update: ResolvedAmount; readonly activation: ResolvedAmount } | null;
  readonly advanceShare: Dec;
  readonly variableThreshold: Dec;
  readonly prorateVariablePart: boolean;
}

function fromRule(version: RuleVersion, entry: Sourced<string>): ResolvedAmount {
  return { value: new Dec(entry.value), source: { ruleVersion: version.id, reference: entry.ref, status: entry.status, evidence: entry.evidence } };
}

function fromBareme(version: RuleVersion, value: string, label: string | undefined): ResolvedAmount {
  const evidence = label ? `Montant saisi dans le barème du classeur (${label}).` : 'Montant saisi dans le barème du classeur.';
  return { value: new Dec(value), source: { ruleVersion: version.id, reference: CONTRACT_BAREME_LABEL, status: 'contract', evidence } };
}

function resolve(version: RuleVersion, size: Size, bareme: SizeBareme | undefined, label: string | undefined): ResolvedTable {
  const pick = (rule: Sourced<string>, own: string | undefined): ResolvedAmount =>
    own !== undefined ? fromBareme(version, own, label) : fromRule(version, rule);
  const missions = {} as Record<StandardMissionId, { fixed: ResolvedAmount; variable: ResolvedAmount }>;
  for (const id of STANDARD_MISSION_IDS) {
    const rule = version.missions[id];
    missions[id] = { fixed: pick(rule.fixed[size], bareme?.missions[id].fixed), variable: pick(rule.variable[size], bareme?.missions[id].variable) };
  }
  const c = version.crisis;
  const own = bareme?.missions['crises-sanitaires'];
  return {
    fonctionnement: pick(version.fonctionnement[size], bareme?.fonctionnement),
    missions,
    // A barème cannot create the crisis mission in a version that has none.
    crisis: c
      ? { plan: pick(c.plan[size], own?.plan), update: pick(c.update[size], own?.update), activation: pick(c.activation[size], own?.activation) }
      : null,
    advanceShare: new Dec(version.payment.advanceShare.value),
    variableThreshold: new Dec(version.payment.variableThreshold.value),
    prorateVariablePart: version.payment.prorateVariablePart.value,
  };
}

/** Memoises resolved tables for one run (a department of 1 000 CPTS uses at most 2 versions × 4 sizes). */
export class AmountTables {
  private readonly cache = new Map<string, ResolvedTable>();
  constructor(private readonly bareme: Bareme | undefined) {}

  get(version: RuleVersion, size: Size): ResolvedTable {
    const key = `${version.id}/${size}`;
    let table = this.cache.get(key);
    if (!table) {
      const own = this.bareme?.sizes[String(size) as keyof Bareme['sizes']];
      table = resolve(version, size, own, this.bareme?.label);
      this.cache.set(key, table);
    }
    return table;
  }
}
