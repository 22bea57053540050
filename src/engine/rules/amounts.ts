import { STANDARD_MISSION_IDS, type StandardMissionId } from '../vocabulary/missions';
import { centsOf, fromCents } from '../money/cents';
import { Dec } from '../money/money';
import { builtInParameters, type ResolvedParameters } from './parameters';
import type { RuleStatus, RuleVersion, Sourced } from './types';
import type { Bareme, SizeBareme } from '../scenario/types';
import type { Size } from '../vocabulary/sizes';

/** Where an amount comes from: a rule version's table, or the CPTS's own contract entered in the workbook. */
export type AmountStatus = RuleStatus | 'contract';
export const CONTRACT_BAREME_LABEL = 'barème du classeur';

/**
 * Statuses that make an amount « provisoire » in outputs: read in secondary material (« à vérifier ») or a working
 * hypothesis (« provisoire »). Confirmed, derived (arithmetic on confirmed figures) and the user's own barème are not.
 */
export const PROVISIONAL_STATUSES: readonly AmountStatus[] = ['to-verify', 'provisional'];

export function isProvisionalStatus(status: AmountStatus): boolean {
  return PROVISIONAL_STATUSES.includes(status);
}

type SourcedLine = { readonly amount: Dec; readonly source: LineSource };

/** The euros of lines whose own amount has a provisional status. */
export function provisionalAmountOf(lines: readonly SourcedLine[]): Dec {
  // Added as integer cents (exact: every line is a whole number of cents, see cents.ts).
  let cents = 0;
  for (const l of lines) if (isProvisionalStatus(l.source.status)) cents += centsOf(l.amount);
  return fromCents(cents);
}

/** The share of `total` that lines with a provisional status make up (0 for a zero total), a fraction. */
export function provisionalShareOf(lines: readonly SourcedLine[], total: Dec): Dec {
  return total.isZero() ? new Dec(0) : provisionalAmountOf(lines).div(total);
}

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
  /**
   * Contract years 2 to 5's fonctionnement: the same as `fonctionnement`, except under the « signature-only »
   * reading of a rise (avenant 2's +75 %), where later years keep the amount before the rise.
   */
  readonly fonctionnementLaterYears: ResolvedAmount;
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

function resolve(version: RuleVersion, size: Size, bareme: SizeBareme | undefined, label: string | undefined, params: ResolvedParameters): ResolvedTable {
  const pick = (rule: Sourced<string>, own: string | undefined): ResolvedAmount =>
    own !== undefined ? fromBareme(version, own, label) : fromRule(version, rule);
  const missions = {} as Record<StandardMissionId, { fixed: ResolvedAmount; variable: ResolvedAmount }>;
  for (const id of STANDARD_MISSION_IDS) {
    const rule = version.missions[id];
    missions[id] = { fixed: pick(rule.fixed[size], bareme?.missions[id].fixed), variable: pick(rule.variable[size], bareme?.missions[id].variable) };
  }
  const c = version.crisis;
  const own = bareme?.missions['crises-sanitaires'];
  const fonctionnement = pick(version.fonctionnement[size], bareme?.fonctionnement);
  const increase = version.fonctionnementIncrease;
  // A barème's fonctionnement is the contract's own amount: it holds every year whatever the reading.
  const laterYears =
    increase && params.fonctionnementIncrease === 'signature-only' && bareme?.fonctionnement === undefined
      ? signatureOnly(version, increase.before[size], increase.reading)
      : fonctionnement;
  return {
    fonctionnement,
    fonctionnementLaterYears: laterYears,
    missions,
    // A barème cannot create the crisis mission in a version that has none.
    crisis: c
      ? { plan: pick(c.plan[size], own?.plan), update: pick(c.update[size], own?.update), activation: pick(c.activation[size], own?.activation) }
      : null,
    advanceShare: new Dec(params.advanceShare),
    variableThreshold: new Dec(params.variableThreshold),
    prorateVariablePart: params.prorateVariablePart,
  };
}

/** The amount before the rise, marked with the reading's own status (never more certain than the reading). */
function signatureOnly(version: RuleVersion, before: Sourced<string>, reading: Sourced<string>): ResolvedAmount {
  const status = STATUS_ORDER.indexOf(before.status) > STATUS_ORDER.indexOf(reading.status) ? before.status : reading.status;
  return {
    value: new Dec(before.value),
    source: {
      ruleVersion: version.id,
      reference: reading.ref,
      status,
      evidence: `Hausse portant sur le seul versement à la signature (paramètre du scénario) : montant d’avant la hausse. ${before.evidence}`,
    },
  };
}

/** From most to least certain. */
const STATUS_ORDER: readonly RuleStatus[] = ['confirmed', 'derived', 'to-verify', 'provisional'];

/** Memoises resolved tables for one run (a department of 1 000 CPTS uses at most 2 versions × 4 sizes). */
export class AmountTables {
  private readonly cache = new Map<string, ResolvedTable>();
  constructor(
    private readonly bareme: Bareme | undefined,
    private readonly params: ResolvedParameters = builtInParameters(),
  ) {}

  get(version: RuleVersion, size: Size): ResolvedTable {
    const key = `${version.id}/${size}`;
    let table = this.cache.get(key);
    if (!table) {
      const own = this.bareme?.sizes[String(size) as keyof Bareme['sizes']];
      table = resolve(version, size, own, this.bareme?.label, this.params);
      this.cache.set(key, table);
    }
    return table;
  }
}
