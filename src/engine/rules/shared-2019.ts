import type { PaymentRule, RuleAmount, RuleStatus, SizeRule, Sourced } from './types';
import { REF_CONTRACT, REF_PAYMENT, REF_PAYMENT_FIXED, REF_SIZES } from './texts';

/**
 * Rules that no avenant has changed so far; each version file refers to these rather than
 * copying them, so that a correction lands in one place.
 */
export const SIZE_RULE: SizeRule = {
  bands: [
    { size: 1, min: 0, max: 39_999, wording: 'en dessous de 40 000 habitants' },
    { size: 2, min: 40_000, max: 80_000, wording: 'entre 40 000 et 80 000 habitants' },
    { size: 3, min: 80_001, max: 175_000, wording: 'entre 80 000 et 175 000 habitants' },
    { size: 4, min: 175_001, max: null, wording: 'au-delà de 175 000 habitants' },
  ],
  ambiguousPopulations: {
    value: [40_000, 80_000, 175_000],
    status: 'provisional',
    ref: REF_SIZES,
    evidence:
      'Le texte dit « entre 40 000 et 80 000 », « entre 80 000 et 175 000 » : il ne dit pas de quel côté tombent 40 000, 80 000 et 175 000. Hypothèse retenue : 40 000 et 80 000 en taille 2, 175 000 en taille 3.',
  },
};

export const PAYMENT_RULE: PaymentRule = {
  advanceShare: {
    value: '0.75',
    status: 'confirmed',
    ref: REF_PAYMENT,
    evidence:
      'ACI art. 9.1 (juriblio, annexe de l’arrêté du 21 août 2019) : « une avance d’un montant de 75 % de la somme totale due est versée au début de chaque année (en référence à la date anniversaire du contrat) » ; contrat type art. 6.2 : « une avance d’un montant de 75 % de l’enveloppe allouée aux moyens déployés pour la mission dite « enveloppe fixe » ».',
  },
  firstYearFonctionnement: {
    value: 'integral',
    status: 'to-verify',
    ref: REF_PAYMENT,
    evidence:
      'ACI art. 9.1 : « déclenché dès la signature du contrat (versement du montant dans son intégralité), sous réserve de la vérification par l’assurance maladie de la complétude du dossier ». Lecture ouverte : le montant de première année publié par une CPAM pour une CPTS de taille 1 égale exactement 75 % × (fonctionnement + volets fixes de ses missions), comme si le fonctionnement de l’année 1 était lui aussi versé en avance de 75 %.',
  },
  prorataDayCount: {
    value: 'actual-days',
    status: 'provisional',
    ref: REF_PAYMENT_FIXED,
    evidence:
      'Contrat type art. 6.2 : « proratisé en fonction de la durée comprise entre la date de démarrage de chaque mission et la date [anniversaire] » ; le décompte n’est pas fixé : jours réels ÷ jours de l’année de contrat retenus (autre lecture : mois entiers ÷ 12).',
  },
  prorateVariablePart: {
    value: true,
    status: 'to-verify',
    ref: REF_PAYMENT_FIXED,
    evidence:
      'Le texte proratise l’avance du volet fixe ; pour une mission démarrée en cours d’année, le maximum du volet variable est proratisé de la même façon (hypothèse à vérifier).',
  },
  variableThreshold: {
    value: '0',
    status: 'provisional',
    ref: 'Contrat de la CPTS (indicateurs et objectifs)',
    evidence: 'Aucun seuil de déclenchement trouvé dans le texte : 0 % (tout taux d’atteinte est rémunéré).',
  },
};

/** One amount of a rule table: euros per year as a decimal string, with its status and evidence. */
export function amount(value: string, status: RuleStatus, ref: string, evidence: string): RuleAmount {
  return { value, status, ref, evidence };
}

/** The contract runs five years from its signature (contract years 1 to 5). */
export const CONTRACT_DURATION: Sourced<number> = {
  value: 5,
  status: 'confirmed',
  ref: REF_CONTRACT,
  evidence: 'Contrat conclu pour une durée de cinq ans à compter de sa signature ; cinq années de contrat, le solde de l’année 5 versé après sa fin.',
};
