import type { HORS_ACI_KINDS } from '../scenario/choices';
import type { BySize, RuleAmount, Sourced } from './types';

/**
 * Amounts paid outside the ACI (shared/aci-rules.md « Outside the ACI »). They are not Assurance Maladie
 * contract money: the projection shows them as their own lines, never in ACI totals. The amount of a line the
 * user enters without one comes from here, for the CPTS's size.
 */
export interface HorsAciRule {
  /** Who pays, and out of what. */
  readonly payer: string;
  readonly amount: BySize<RuleAmount>;
  /** Whether the amount is deducted from the contract's first payments (open: not deducted until a text says so). */
  readonly deductedFromContract: Sourced<boolean>;
}

const ARS_EVIDENCE =
  'Communiqués de plusieurs ARS : « une aide au démarrage et à la structuration du projet est versée aux porteurs de chaque CPTS par l’ARS, à hauteur de 15 000 euros », une fois, à la validation du projet préalable (FIR).';
const ARS_REF = 'ARS, fonds d’intervention régional (hors ACI)';
const ars = (): RuleAmount => ({ value: '15000.00', status: 'confirmed', ref: ARS_REF, evidence: ARS_EVIDENCE });

const FORFAIT_REF = 'Avenant 2 à l’ACI CPTS (forfait versé sur lettre d’intention, avant le contrat)';
const FORFAIT_EVIDENCE =
  'FMF et Le Quotidien du Médecin : 15 000 / 17 500 / 25 000 / 30 000 € selon la taille ; une autre source donne 20 000 / 25 000 € pour les tailles 3 / 4. Montant à vérifier dans le texte.';
const forfait = (value: string): RuleAmount => ({ value, status: 'to-verify', ref: FORFAIT_REF, evidence: FORFAIT_EVIDENCE });

const NOT_DEDUCTED: Sourced<boolean> = {
  value: false,
  status: 'provisional',
  ref: FORFAIT_REF,
  evidence: 'Aucun texte lu ne dit si le forfait est déduit des premiers versements du contrat : il ne l’est pas ici (hypothèse, dite dans les sorties).',
};

export const HORS_ACI_RULES: Readonly<Record<(typeof HORS_ACI_KINDS)[number], HorsAciRule>> = {
  'aide-demarrage-ars': {
    payer: 'ARS (fonds d’intervention régional)',
    amount: { 1: ars(), 2: ars(), 3: ars(), 4: ars() },
    deductedFromContract: { value: false, status: 'confirmed', ref: ARS_REF, evidence: 'Aide de l’ARS, hors du contrat conventionnel de l’Assurance Maladie.' },
  },
  'forfait-lettre-intention': {
    payer: 'Assurance Maladie, avant le contrat',
    amount: { 1: forfait('15000.00'), 2: forfait('17500.00'), 3: forfait('25000.00'), 4: forfait('30000.00') },
    deductedFromContract: NOT_DEDUCTED,
  },
};
