import { amount, PAYMENT_RULE, SIZE_RULE } from './shared-2019';
import { ACI_2019, REF_AMOUNTS_2019, REF_IN_FORCE_2019, REF_MISSIONS } from './texts';
import type { RuleVersion } from './types';

/**
 * ACI CPTS of 20 June 2019, as first signed (figures and statuses as in shared/aci-rules.md).
 * The per-mission amounts are a reconstruction (« à vérifier »): with the fonctionnement they add up
 * exactly to the four published maxima (220 000, 287 000, 370 000, 450 000 €).
 */
const RECONSTRUCTED =
  'Reconstitution : avec le fonctionnement, les montants par mission reproduisent exactement les quatre maxima publiés (220 000, 287 000, 370 000, 450 000 €) ; les montants de la taille 3 sont aussi ceux des données de contrat d’une CPTS de taille 3 sous l’avenant 2 ; tableau officiel non lu.';
const ACCESS_SPLIT =
  'Total de la mission (y compris soins non programmés) à vérifier ; répartition fixe/variable inconnue : ratio de la taille 3 sous l’avenant 2 (90 000 / 125 000 = 72 % fixe, 28 % variable), provisoire.';
const FONCT_DERIVED = 'Montants de l’avenant 2 ÷ 1,75 (« augmenté de 75 % ») ; fourchette 50 000–90 000 € confirmée (Sénat, rapport n° 32, 2025-2026).';

export const ACI_2019_RULES: RuleVersion = {
  id: 'aci-2019',
  label: 'ACI CPTS 2019',
  legalText: ACI_2019,
  inForceFrom: {
    value: '2019-08-25',
    status: 'confirmed',
    ref: REF_IN_FORCE_2019,
    evidence: 'Entrée en vigueur au lendemain de la publication au JORF du 24 août 2019.',
  },
  currentTo: '2026-11-23',
  sizes: SIZE_RULE,
  fonctionnement: {
    1: amount('50000.00', 'derived', REF_AMOUNTS_2019, `87 500 ÷ 1,75 = 50 000. ${FONCT_DERIVED}`),
    2: amount('60000.00', 'derived', REF_AMOUNTS_2019, `105 000 ÷ 1,75 = 60 000. ${FONCT_DERIVED}`),
    3: amount('75000.00', 'derived', REF_AMOUNTS_2019, `131 250 ÷ 1,75 = 75 000. ${FONCT_DERIVED}`),
    4: amount('90000.00', 'derived', REF_AMOUNTS_2019, `157 500 ÷ 1,75 = 90 000. ${FONCT_DERIVED}`),
  },
  missions: {
    'acces-soins': {
      kind: 'mandatory',
      startWithinMonths: 6,
      deployedWithinMonths: 18,
      ref: REF_MISSIONS,
      fixed: {
        1: amount('54000.00', 'provisional', REF_AMOUNTS_2019, `75 000 × 72 % = 54 000. ${ACCESS_SPLIT}`),
        2: amount('66240.00', 'provisional', REF_AMOUNTS_2019, `92 000 × 72 % = 66 240. ${ACCESS_SPLIT}`),
        3: amount('86400.00', 'provisional', REF_AMOUNTS_2019, `120 000 × 72 % = 86 400. ${ACCESS_SPLIT}`),
        4: amount('108000.00', 'provisional', REF_AMOUNTS_2019, `150 000 × 72 % = 108 000. ${ACCESS_SPLIT}`),
      },
      variable: {
        1: amount('21000.00', 'provisional', REF_AMOUNTS_2019, `75 000 × 28 % = 21 000. ${ACCESS_SPLIT}`),
        2: amount('25760.00', 'provisional', REF_AMOUNTS_2019, `92 000 × 28 % = 25 760. ${ACCESS_SPLIT}`),
        3: amount('33600.00', 'provisional', REF_AMOUNTS_2019, `120 000 × 28 % = 33 600. ${ACCESS_SPLIT}`),
        4: amount('42000.00', 'provisional', REF_AMOUNTS_2019, `150 000 × 28 % = 42 000. ${ACCESS_SPLIT}`),
      },
    },
    parcours: {
      kind: 'mandatory',
      startWithinMonths: 12,
      deployedWithinMonths: 24,
      ref: REF_MISSIONS,
      fixed: {
        1: amount('25000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        2: amount('35000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        3: amount('45000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        4: amount('50000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
      },
      variable: {
        1: amount('25000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        2: amount('35000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        3: amount('45000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        4: amount('50000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
      },
    },
    prevention: {
      kind: 'mandatory',
      startWithinMonths: 12,
      deployedWithinMonths: 24,
      ref: REF_MISSIONS,
      fixed: {
        1: amount('10000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        2: amount('15000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        3: amount('17500.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        4: amount('20000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
      },
      variable: {
        1: amount('10000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        2: amount('15000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        3: amount('17500.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        4: amount('20000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
      },
    },
    'qualite-pertinence': {
      kind: 'optional',
      startWithinMonths: null,
      deployedWithinMonths: null,
      ref: REF_MISSIONS,
      fixed: {
        1: amount('7500.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        2: amount('10000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        3: amount('15000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        4: amount('20000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
      },
      variable: {
        1: amount('7500.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        2: amount('10000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        3: amount('15000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        4: amount('20000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
      },
    },
    'accompagnement-professionnels': {
      kind: 'optional',
      startWithinMonths: null,
      deployedWithinMonths: null,
      ref: REF_MISSIONS,
      fixed: {
        1: amount('5000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        2: amount('7500.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        3: amount('10000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        4: amount('15000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
      },
      variable: {
        1: amount('5000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        2: amount('7500.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        3: amount('10000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
        4: amount('15000.00', 'to-verify', REF_AMOUNTS_2019, RECONSTRUCTED),
      },
    },
  },
  crisis: null,
  payment: PAYMENT_RULE,
  publishedMaxima: {
    1: amount('220000.00', 'confirmed', REF_AMOUNTS_2019, 'Presse spécialisée, 2019 : « jusqu’à 220 000 euros » pour une CPTS de taille 1.'),
    2: amount('287000.00', 'confirmed', REF_AMOUNTS_2019, 'Presse spécialisée, 2019 : « jusqu’à 287 000 euros » pour une CPTS de taille 2.'),
    3: amount('370000.00', 'confirmed', REF_AMOUNTS_2019, 'Presse spécialisée, 2019 : « jusqu’à 370 000 euros » pour une CPTS de taille 3.'),
    4: amount('450000.00', 'confirmed', REF_AMOUNTS_2019, 'Presse spécialisée, 2019 : « jusqu’à 450 000 euros » pour une CPTS de taille 4.'),
  },
};
