import type { IsoDate } from '../calendar/dates';
import { findRuleVersion, RULE_VERSIONS } from './';
import type { RuleVersion, Sourced } from './types';
import type { ScenarioParameters } from '../scenario/types';

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
export type ParameterValue = ResolvedParameters[ParameterId];

/** The newest version that carries a rule (the versions share the payment and size rules today). */
function latestWith<T>(pick: (v: RuleVersion) => T | undefined): T {
  for (let i = RULE_VERSIONS.length - 1; i >= 0; i--) {
    const found = pick(RULE_VERSIONS[i]!);
    if (found !== undefined) return found;
  }
  throw new Error('Aucune version des règles ne porte ce paramètre');
}

/**
 * Each parameter's built-in value with its status, reference and evidence, read from the rule data (one place:
 * the rule version files). Fractions are numbers here, as in a scenario file.
 */
export function parameterSources(): { readonly [K in ParameterId]-?: Sourced<ResolvedParameters[K]> } {
  const pay = latestWith((v) => v.payment);
  const sizes = latestWith((v) => v.sizes);
  const increase = latestWith((v) => v.fonctionnementIncrease);
  const avenant2 = findRuleVersion(AVENANT_2_ID)?.inForceFrom ?? latestWith((v) => v.inForceFrom);
  const number = (p: Sourced<string>): Sourced<number> => ({ ...p, value: Number(p.value) });
  return {
    fonctionnementIncrease: increase.reading,
    firstYearFonctionnement: pay.firstYearFonctionnement,
    advanceShare: number(pay.advanceShare),
    prorataDayCount: pay.prorataDayCount,
    prorateVariablePart: pay.prorateVariablePart,
    variableThreshold: number(pay.variableThreshold),
    sizeBoundaries: { ...sizes.ambiguousPopulations, value: 'text' },
    avenant2EffectiveDate: avenant2,
  };
}

/** The built-in values (the rule data's). */
export function builtInParameters(): ResolvedParameters {
  const sources = parameterSources();
  return Object.fromEntries(PARAMETER_IDS.map((id) => [id, sources[id].value])) as unknown as ResolvedParameters;
}

export function resolveParameters(own: ScenarioParameters | undefined): ResolvedParameters {
  return { ...builtInParameters(), ...stripUndefined(own ?? {}) };
}

function stripUndefined(p: ScenarioParameters): ScenarioParameters {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as ScenarioParameters;
}

/** The version whose date of effect `avenant2EffectiveDate` sets. */
export const AVENANT_2_ID = 'avenant-2';

/** Dates of effect that the parameters move, by version id (for `ruleVersionInForce`). */
export function effectiveDates(p: ResolvedParameters): Readonly<Record<string, IsoDate>> {
  return { [AVENANT_2_ID]: p.avenant2EffectiveDate };
}

/**
 * The other readings of a parameter, for « Hypothèses de calcul »: every other choice, the other boolean; for
 * a fraction or a date, the built-in value when the scenario sets another (no other value has a source).
 */
export function otherReadings(id: ParameterId, current: ParameterValue): ParameterValue[] {
  const spec = parameterSpec(id);
  if (spec.kind.type === 'choice') return spec.kind.choices.filter((c) => c !== current);
  if (spec.kind.type === 'boolean') return [!current];
  const builtIn = builtInParameters()[id];
  return builtIn === current ? [] : [builtIn];
}
