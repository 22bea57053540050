/** The closed lists of format 2, with their French labels (same order), shared by the types and the schema. */
export const HORS_ACI_KINDS = ['aide-demarrage-ars', 'forfait-lettre-intention'] as const;
export const HORS_ACI_LABELS: readonly string[] = ['Aide au démarrage ARS', 'Forfait lettre d’intention'];

export const PAID_NATURES = ['fonctionnement', 'avance', 'solde', 'hors-aci'] as const;
export const PAID_NATURE_LABELS: readonly string[] = ['Fonctionnement', 'Avance', 'Solde', 'Hors ACI'];

/** The format written today, and every format read (a file of format 1 reads as it always did). */
export const SCENARIO_FORMAT = 'aci-cpts-scenario/2';
export const SCENARIO_FORMATS = ['aci-cpts-scenario/1', SCENARIO_FORMAT] as const;
export type ScenarioFormat = (typeof SCENARIO_FORMATS)[number];
