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
}

const NUMBER_RESULT = { type: 'number', dimensionality: 'scalar' } as const;
const POPULATION: ParameterMetadata = { name: 'population', description: 'Population couverte par la CPTS (habitants).', type: 'number' };
const DATE: ParameterMetadata = {
  name: 'date',
  description: 'Date à laquelle appliquer les règles (par défaut : aujourd’hui). Choisit la version en vigueur.',
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
  },
  {
    id: 'MONTANT',
    name: 'MONTANT',
    description: 'Montant annuel d’une mission et d’une composante (année pleine), en euros ; le taux s’applique au volet variable.',
    result: NUMBER_RESULT,
    parameters: [
      POPULATION,
      {
        name: 'mission',
        description: 'acces-soins, parcours, prevention, crises-sanitaires, qualite-pertinence, accompagnement-professionnels ou fonctionnement.',
        type: 'string',
      },
      {
        name: 'composante',
        description: 'fixe ou variable ; pour crises-sanitaires : plan, mise-a-jour ou activation ; pour fonctionnement : fonctionnement.',
        type: 'string',
      },
      { name: 'taux', description: 'Taux d’atteinte des objectifs du volet variable, de 0 % à 100 % (par défaut 100 %).', type: 'number', optional: true },
      DATE,
    ],
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
        description: 'qualite-pertinence et/ou accompagnement-professionnels, séparées par « ; », ou une plage de cellules.',
        type: 'any',
        dimensionality: 'matrix',
        optional: true,
      },
      DATE,
    ],
  },
];
