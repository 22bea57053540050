import { componentsOf, CRISIS_MISSION_ID, FONCTIONNEMENT, STANDARD_MISSION_IDS, type LineMission } from '../engine';
import { frenchList, FUNCTION_MISSIONS, FUNCTION_OPTIONAL_MISSIONS } from './aci-functions';

/**
 * The custom functions' metadata, as Excel reads it from `functions.json` (generated from this file at
 * build time by scripts/generate-functions-metadata.ts). Ids are stable: formulas in users' workbooks name them.
 * Excel shows these texts in its formula help, so they are in French, the users' language.
 */
export interface ParameterMetadata {
  readonly name: string;
  readonly description: string;
  readonly type: 'number' | 'string' | 'any';
  readonly dimensionality?: 'scalar' | 'matrix';
  readonly optional?: boolean;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly result: { readonly type: 'number'; readonly dimensionality: 'scalar' };
  readonly parameters: readonly ParameterMetadata[];
  /** `volatile`: recalculated at every calculation of the workbook (a result that depends on today). */
  readonly options?: { readonly volatile?: boolean };
}

const NUMBER_RESULT = { type: 'number', dimensionality: 'scalar' } as const;
/** The date defaults to today: such a function must follow the calendar, so Excel recalculates it every time. */
const DEPENDS_ON_TODAY = { volatile: true } as const;
const STANDARD_EXAMPLE: LineMission = STANDARD_MISSION_IDS[0];
const POPULATION: ParameterMetadata = { name: 'population', description: 'Population couverte par la CPTS (habitants).', type: 'number' };
const DATE: ParameterMetadata = {
  name: 'date',
  description: 'Date à laquelle appliquer les règles (omise, vide ou 0 : aujourd’hui). Choisit la version en vigueur.',
  type: 'any',
  optional: true,
};

export const FUNCTIONS_METADATA: readonly FunctionMetadata[] = [
  {
    id: 'TAILLE',
    name: 'TAILLE',
    description: 'Taille de la CPTS (1 à 4) selon la population couverte (ACI CPTS, art. 8).',
    result: NUMBER_RESULT,
    parameters: [POPULATION],
  },
  {
    id: 'FONCTIONNEMENT',
    name: 'FONCTIONNEMENT',
    description: 'Montant annuel du financement du fonctionnement de la CPTS, en euros.',
    result: NUMBER_RESULT,
    parameters: [POPULATION, DATE],
    options: DEPENDS_ON_TODAY,
  },
  {
    id: 'MONTANT',
    name: 'MONTANT',
    description: 'Montant annuel d’une mission et d’une composante (année pleine), en euros ; le taux s’applique au volet variable.',
    result: NUMBER_RESULT,
    parameters: [
      POPULATION,
      { name: 'mission', description: `${frenchList(FUNCTION_MISSIONS)}.`, type: 'string' },
      {
        name: 'composante',
        description: `${frenchList(componentsOf(STANDARD_EXAMPLE))} ; pour ${CRISIS_MISSION_ID} : ${frenchList(componentsOf(CRISIS_MISSION_ID))} ; pour ${FONCTIONNEMENT} : ${frenchList(componentsOf(FONCTIONNEMENT))}.`,
        type: 'string',
      },
      {
        name: 'taux',
        description: 'Taux d’atteinte des objectifs du volet variable, de 0 % à 100 % ; omis ou cellule vide : 0 % (tapez 100 % pour le maximum).',
        type: 'number',
        optional: true,
      },
      DATE,
    ],
    options: DEPENDS_ON_TODAY,
  },
  {
    id: 'TOTAL.MAX',
    name: 'TOTAL.MAX',
    description: 'Maximum annuel : fonctionnement, missions socles à 100 % (crise : année du plan) et missions optionnelles citées, en euros.',
    result: NUMBER_RESULT,
    parameters: [
      POPULATION,
      {
        name: 'missions_optionnelles',
        description: `${frenchList(FUNCTION_OPTIONAL_MISSIONS, 'et/ou')}, séparées par « ; », ou une plage de cellules (cellules vides ignorées).`,
        type: 'any',
        dimensionality: 'matrix',
        optional: true,
      },
      DATE,
    ],
    options: DEPENDS_ON_TODAY,
  },
];
