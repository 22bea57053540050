import type { IsoDate } from './dates';
import { findRuleVersion, RULE_VERSIONS } from './rules';
import type { ScenarioParameters } from './scenario';

/**
 * The open rules a scenario may set (shared/aci-rules.md: every point the texts leave open is a parameter).
 * One description per parameter: its French label, the values it takes, and where its built-in value comes
 * from. Validation (scenario schema), the Barème sheet's parameter rows and « Hypothèses de calcul » derive
 * from this list; the engine reads the resolved values.
 */
export type ParameterId = keyof ScenarioParameters;

export type ParameterKind =
  | { readonly type: 'choice'; readonly choices: readonly string[] }
  /** A fraction; `minExclusive` when 0 itself is refused. */
  | { readonly type: 'fraction'; readonly minExclusive: boolean }
  | { readonly type: 'boolean' }
  | { readonly type: 'date' };

export interface ParameterSpec {
  readonly id: ParameterId;
  /** French label, as the pane and the Barème sheet show it. */
  readonly label: string;
  readonly kind: ParameterKind;
  /** French label of each choice (choices only), in the order of `kind.choices`. */
  readonly choiceLabels?: readonly string[];
}

export const PARAMETERS: readonly ParameterSpec[] = [
  {
    id: 'fonctionnementIncrease',
    label: 'Hausse de 75 % du fonctionnement (avenant 2)',
    kind: { type: 'choice', choices: ['yearly', 'signature-only'] },
    choiceLabels: ['chaque année', 'versement à la signature seulement'],
  },
  {
    id: 'firstYearFonctionnement',
    label: 'Fonctionnement de l’année 1',
    kind: { type: 'choice', choices: ['integral', 'avance'] },
    choiceLabels: ['intégral à la signature', 'avance de 75 %'],
  },
  { id: 'advanceShare', label: 'Part versée en avance', kind: { type: 'fraction', minExclusive: true } },
  {
    id: 'prorataDayCount',
    label: 'Décompte du prorata',
    kind: { type: 'choice', choices: ['actual-days', 'whole-months'] },
    choiceLabels: ['jours réels', 'mois entiers'],
  },
  { id: 'prorateVariablePart', label: 'Part variable proratisée la première année', kind: { type: 'boolean' } },
  { id: 'variableThreshold', label: 'Seuil de déclenchement de la part variable', kind: { type: 'fraction', minExclusive: false } },
  {
    id: 'sizeBoundaries',
    label: 'Populations de 40 000, 80 000 et 175 000 habitants',
    kind: { type: 'choice', choices: ['text', 'lower', 'upper'] },
    choiceLabels: ['40 000 et 80 000 en taille 2, 175 000 en taille 3', 'dans la taille inférieure', 'dans la taille supérieure'],
  },
  { id: 'avenant2EffectiveDate', label: 'Date d’effet de l’avenant 2', kind: { type: 'date' } },
];

export const PARAMETER_IDS: readonly ParameterId[] = PARAMETERS.map((p) => p.id);

export function parameterSpec(id: ParameterId): ParameterSpec {
  const spec = PARAMETERS.find((p) => p.id === id);
  if (!spec) throw new Error(`Paramètre inconnu : ${id}`);
  return spec;
}

/** Every parameter set: the scenario's own value, else the built-in one. */
export type ResolvedParameters = { readonly [K in ParameterId]-?: NonNullable<ScenarioParameters[K]> };

/** The built-in values, read from the newest rule version's data (the versions share these rules today). */
export function builtInParameters(): ResolvedParameters {
  const latest = RULE_VERSIONS[RULE_VERSIONS.length - 1]!;
  const pay = latest.payment;
  const avenant2: IsoDate = findRuleVersion('avenant-2')?.inForceFrom.value ?? latest.inForceFrom.value;
  return {
    fonctionnementIncrease: 'yearly',
    firstYearFonctionnement: pay.firstYearFonctionnementInFull.value ? 'integral' : 'avance',
    advanceShare: Number(pay.advanceShare.value),
    prorataDayCount: pay.prorataDayCount.value,
    prorateVariablePart: pay.prorateVariablePart.value,
    variableThreshold: Number(pay.variableThreshold.value),
    sizeBoundaries: 'text',
    avenant2EffectiveDate: avenant2,
  };
}

export function resolveParameters(own: ScenarioParameters | undefined): ResolvedParameters {
  return { ...builtInParameters(), ...stripUndefined(own ?? {}) };
}

function stripUndefined(p: ScenarioParameters): ScenarioParameters {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as ScenarioParameters;
}
