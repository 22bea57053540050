import type { RuleStatus, RuleVersion, Sourced } from './rules/types';

/**
 * The parameters of a rule version that are not amounts: when the version applies, how sizes are bounded,
 * how payments and prorata are counted. Where the texts leave one open, the engine takes a value as a
 * parameter; this lists them so the pane can show every such choice with its status and evidence.
 */
export type AssumptionId =
  'in-force-from' | 'size-boundaries' | 'advance-share' | 'first-year-fonctionnement' | 'prorata-day-count' | 'prorate-variable-part' | 'variable-threshold';

export interface Assumption {
  readonly id: AssumptionId;
  readonly ruleVersion: string;
  readonly value: string | boolean | readonly number[];
  readonly status: RuleStatus;
  readonly ref: string;
  readonly evidence: string;
}

export function assumptionsOf(version: RuleVersion): Assumption[] {
  const entry = <T extends Assumption['value']>(id: AssumptionId, p: Sourced<T>): Assumption => ({
    id,
    ruleVersion: version.id,
    value: p.value,
    status: p.status,
    ref: p.ref,
    evidence: p.evidence,
  });
  const pay = version.payment;
  return [
    entry('in-force-from', version.inForceFrom),
    entry('size-boundaries', version.sizes.ambiguousPopulations),
    entry('advance-share', pay.advanceShare),
    entry('first-year-fonctionnement', pay.firstYearFonctionnementInFull),
    entry('prorata-day-count', pay.prorataDayCount),
    entry('prorate-variable-part', pay.prorateVariablePart),
    entry('variable-threshold', pay.variableThreshold),
  ];
}
