import type { StandardMissionId } from '../vocabulary/missions';
import type { Size } from '../vocabulary/sizes';
import { ACI_2019_RULES } from './aci-2019';
import { amount, PAYMENT_RULE, SIZE_RULE } from './shared-2019';
import { AVENANT_2, REF_AMOUNTS_AV2, REF_IN_FORCE_AV2, REF_MISSIONS } from './texts';
import type { BySize, RuleAmount, RuleVersion, StandardMissionRule } from './types';

/**
 * Avenant 2 (20 December 2021): fonctionnement +75 %, access mission raised (with the service d'accès
 * aux soins), new mandatory crisis mission. Applies to contracts signed before it as well.
 */
const FONCT =
  'Presse sur l’avenant 2 : « augmenté de 75 % … 87 500 euros pour une CPTS de taille 1 … 157 500 euros pour une taille 4 » ; Le Quotidien du Médecin : « Cela porte le financement annuel du fonctionnement à 87 500 euros ». Réserve : la FMF, lisant le projet, rattache la hausse de 75 % au « financement attribué dès la signature du contrat » ; si elle ne portait que sur le versement à la signature, les années 2 à 5 seraient surestimées.';
const ACCESS_DRAFT =
  'Projets d’avenant (nov.–déc. 2020, Le Quotidien du Médecin, Concours Médical, FMF) : « 80 000 euros pour une CPTS de taille 1 (au lieu de 75 000 euros), 100 000 euros pour … taille 2 (versus 92 000 euros), 120 000 euros pour … taille 3 et jusqu’à 150 000 euros » pour la taille 4 ; la taille 3 a fini 5 000 € au-dessus de son projet, comme le maximum publié de la taille 4 (575 000 dans le projet, 580 000 signé).';
const ACCESS_SPLIT = 'Répartition fixe/variable : ratio de la taille 3 (90 000 / 125 000 = 72 % fixe, 28 % variable), provisoire.';
const ACCESS_T3 = 'Données de contrat de deux CPTS de taille 3 : 125 000 € = 90 000 € fixe + 35 000 € variable (« part variable quasiment 30 % »).';
const ACCESS_T1 = `Total 80 000 € : montant du projet, qui reproduit exactement le maximum publié de 287 500 € (87 500 + 80 000 + 50 000 + 20 000 + 15 000 + 10 000 + 25 000). ${ACCESS_DRAFT}`;
const ACCESS_T2 = `Total 107 500 € déduit du maximum publié de 382 500 € : 382 500 − 105 000 − 70 000 − 30 000 − 20 000 − 15 000 − 35 000 = 107 500. ${ACCESS_DRAFT}`;
const ACCESS_T4 = `Total 162 500 € déduit du maximum publié de 580 000 € : 580 000 − 157 500 − 100 000 − 40 000 − 40 000 − 30 000 − 50 000 = 162 500. ${ACCESS_DRAFT}`;
const CRISIS_NEGOTIATION =
  'Négociation (Concours pluripro, nov. 2020) : « dès rédaction du plan, entre 25 000 et 50 000 euros pour la première année et 50 % pour les mises à jour les années suivantes » ; Le Généraliste : « une subvention allant de 50 000 euros à 100 000 euros, selon la taille » (= mise à jour + activation de la taille 1 à la taille 4 dans ce tableau).';
const CRISIS_T3 = 'Données de contrat d’une CPTS de taille 3 : 22 500 € fixe pour la mise à jour du plan, 67 500 € « si crise reconnue par l’ARS ».';

/** Missions the avenant left unchanged: amounts from 2019; taille 3 confirmed by a CPTS's contract data. */
function unchangedSince2019(mission: StandardMissionId, taille3Evidence: string): StandardMissionRule {
  const before = ACI_2019_RULES.missions[mission];
  const carry = (table: BySize<RuleAmount>): BySize<RuleAmount> => {
    const entry = (size: Size): RuleAmount =>
      size === 3
        ? amount(table[3].value, 'confirmed', REF_AMOUNTS_AV2, taille3Evidence)
        : amount(table[size].value, 'to-verify', REF_AMOUNTS_AV2, `Inchangé depuis l’ACI 2019. ${table[size].evidence}`);
    return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
  };
  return { ...before, fixed: carry(before.fixed), variable: carry(before.variable) };
}

export const AVENANT_2_RULES: RuleVersion = {
  id: 'avenant-2',
  label: 'ACI CPTS, avenant 2',
  legalText: AVENANT_2,
  inForceFrom: {
    value: '2022-04-01',
    status: 'to-verify',
    ref: REF_IN_FORCE_AV2,
    evidence:
      'Entrée en vigueur retenue au lendemain de la publication de l’avis d’approbation au JORF du 31 mars 2022 ; date exacte à vérifier. S’applique aussi aux contrats signés avant (ameli.fr, 20/12/2021).',
  },
  currentTo: '2026-11-23',
  sizes: SIZE_RULE,
  fonctionnement: {
    1: amount('87500.00', 'confirmed', REF_AMOUNTS_AV2, FONCT),
    2: amount('105000.00', 'derived', REF_AMOUNTS_AV2, `60 000 × 1,75 = 105 000. ${FONCT}`),
    3: amount('131250.00', 'derived', REF_AMOUNTS_AV2, `75 000 × 1,75 = 131 250. ${FONCT}`),
    4: amount('157500.00', 'confirmed', REF_AMOUNTS_AV2, FONCT),
  },
  fonctionnementIncrease: {
    reading: {
      value: 'yearly',
      status: 'to-verify',
      ref: REF_AMOUNTS_AV2,
      evidence:
        'Le Quotidien du Médecin parle du « financement annuel » du fonctionnement (87 500 € en taille 1) ; la FMF, lisant le projet de 2020, rattache la hausse de 75 % au « financement attribué dès la signature du contrat » (et aux contrats signés avant le 31/12/2021). Lecture retenue : chaque année, la seule sous laquelle les maxima publiés (287 500 à 580 000 €) s’additionnent. Autre lecture : les années 2 à 5 reçoivent le montant de l’ACI 2019, l’année 1 celui de l’avenant 2 si le contrat est signé sous l’avenant 2.',
    },
    before: ACI_2019_RULES.fonctionnement,
  },
  missions: {
    'acces-soins': {
      ...ACI_2019_RULES.missions['acces-soins'],
      fixed: {
        1: amount('57600.00', 'provisional', REF_AMOUNTS_AV2, `80 000 × 72 % = 57 600. ${ACCESS_SPLIT} ${ACCESS_T1}`),
        2: amount('77400.00', 'provisional', REF_AMOUNTS_AV2, `107 500 × 72 % = 77 400. ${ACCESS_SPLIT} ${ACCESS_T2}`),
        3: amount('90000.00', 'to-verify', REF_AMOUNTS_AV2, ACCESS_T3),
        4: amount('117000.00', 'provisional', REF_AMOUNTS_AV2, `162 500 × 72 % = 117 000. ${ACCESS_SPLIT} ${ACCESS_T4}`),
      },
      variable: {
        1: amount('22400.00', 'provisional', REF_AMOUNTS_AV2, `80 000 × 28 % = 22 400. ${ACCESS_SPLIT} ${ACCESS_T1}`),
        2: amount('30100.00', 'provisional', REF_AMOUNTS_AV2, `107 500 × 28 % = 30 100. ${ACCESS_SPLIT} ${ACCESS_T2}`),
        3: amount('35000.00', 'to-verify', REF_AMOUNTS_AV2, ACCESS_T3),
        4: amount('45500.00', 'provisional', REF_AMOUNTS_AV2, `162 500 × 28 % = 45 500. ${ACCESS_SPLIT} ${ACCESS_T4}`),
      },
    },
    parcours: unchangedSince2019('parcours', 'Données de contrat d’une CPTS de taille 3 : 45 000 + 45 000 ; « M2 et M3 : part variable 50 % ».'),
    prevention: unchangedSince2019('prevention', 'Données de contrat d’une CPTS de taille 3 : 17 500 + 17 500 ; « M2 et M3 : part variable 50 % ».'),
    'qualite-pertinence': unchangedSince2019('qualite-pertinence', 'Données de contrat d’une CPTS de taille 3 : 15 000 + 15 000.'),
    'accompagnement-professionnels': unchangedSince2019('accompagnement-professionnels', 'Données de contrat d’une CPTS de taille 3 : 10 000 + 10 000.'),
  },
  crisis: {
    kind: 'mandatory',
    startWithinMonths: 6,
    deployedWithinMonths: 18,
    ref: `${REF_MISSIONS} ; avenant 2`,
    plan: {
      1: amount('25000.00', 'provisional', REF_AMOUNTS_AV2, `Bas de la fourchette négociée. ${CRISIS_NEGOTIATION}`),
      2: amount('35000.00', 'provisional', REF_AMOUNTS_AV2, `Interpolé entre les tailles 1 et 3. ${CRISIS_NEGOTIATION}`),
      3: amount('45000.00', 'to-verify', REF_AMOUNTS_AV2, `2 × 22 500 (mise à jour = 50 % de l’année du plan). ${CRISIS_T3}`),
      4: amount('50000.00', 'provisional', REF_AMOUNTS_AV2, `Haut de la fourchette négociée. ${CRISIS_NEGOTIATION}`),
    },
    update: {
      1: amount('12500.00', 'provisional', REF_AMOUNTS_AV2, `25 000 × 50 % = 12 500. ${CRISIS_NEGOTIATION}`),
      2: amount('17500.00', 'provisional', REF_AMOUNTS_AV2, `35 000 × 50 % = 17 500. ${CRISIS_NEGOTIATION}`),
      3: amount('22500.00', 'to-verify', REF_AMOUNTS_AV2, CRISIS_T3),
      4: amount('25000.00', 'provisional', REF_AMOUNTS_AV2, `50 000 × 50 % = 25 000. ${CRISIS_NEGOTIATION}`),
    },
    activation: {
      1: amount('37500.00', 'provisional', REF_AMOUNTS_AV2, `3 × 12 500 = 37 500 (rapport de la taille 3). ${CRISIS_T3}`),
      2: amount('52500.00', 'provisional', REF_AMOUNTS_AV2, `3 × 17 500 = 52 500 (rapport de la taille 3). ${CRISIS_T3}`),
      3: amount('67500.00', 'to-verify', REF_AMOUNTS_AV2, CRISIS_T3),
      4: amount('75000.00', 'provisional', REF_AMOUNTS_AV2, `3 × 25 000 = 75 000 (rapport de la taille 3). ${CRISIS_T3}`),
    },
  },
  payment: PAYMENT_RULE,
  publishedMaxima: {
    1: amount('287500.00', 'confirmed', REF_AMOUNTS_AV2, 'Presse sur l’avenant 2 : « entre 287 500 euros et 580 000 euros annuels au maximum ».'),
    2: amount(
      '382500.00',
      'confirmed',
      REF_AMOUNTS_AV2,
      'Communiqués CPAM/ARS de 2023 et 2024 : « 382 500 euros au maximum par an pour un bassin comptant de 40 000 à 80 000 habitants » ; « pourra prétendre à un financement annuel de 382 500 euros ».',
    ),
    // None published: the tables give 476 250 € (checked by the rules' tests as a derived figure).
    3: null,
    4: amount('580000.00', 'confirmed', REF_AMOUNTS_AV2, 'Presse sur l’avenant 2 : « jusqu’à 580 000 euros au lieu de 450 000 ».'),
  },
};
