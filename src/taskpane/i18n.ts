import type { AmountStatus, Component, LineMission, PaymentKind } from '../engine';
import type { Progress } from '../workbook/port';

/**
 * The one dictionary of the pane's text. `Messages` is the contract: both languages are typed by it, so a key
 * missing from either is a compile error. Messages the engine and the workbook produce (validation issues,
 * warnings, rule evidence) are French data and are shown as they come.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Messages {
  readonly locale: string;
  readonly appTitle: string;
  readonly previewBadge: string;
  readonly insertTemplate: string;
  readonly inserted: (sheets: string) => string;
  readonly conflictTitle: string;
  readonly conflictBody: (sheets: string) => string;
  readonly conflictRename: string;
  readonly conflictReplace: string;
  readonly cancel: string;
  readonly calculate: string;
  readonly calculating: string;
  readonly progressStage: Readonly<Record<Progress['stage'], string>>;
  readonly written: (rows: number, payments: number) => string;
  readonly errorsTitle: (count: number) => string;
  readonly errorsIntro: string;
  readonly goToCell: (cell: string) => string;
  readonly warningsTitle: string;
  readonly rulesUsed: (versions: string) => string;
  readonly rulesCurrentTo: (date: string) => string;
  readonly resultsTitle: string;
  readonly allCpts: string;
  readonly byContractYear: string;
  readonly byCalendarYear: string;
  readonly contractYear: string;
  readonly contractYearN: (n: number) => string;
  readonly calendarYear: string;
  readonly total: string;
  readonly amount: string;
  readonly date: string;
  readonly kind: string;
  readonly cpts: string;
  readonly nextTwelveMonths: (from: string, to: string) => string;
  readonly noPaymentsSoon: string;
  readonly morePayments: (count: number) => string;
  readonly provisional: string;
  readonly provisionalHint: string;
  readonly sizeLabel: (size: number, population: string) => string;
  readonly contractDates: (start: string, end: string) => string;
  readonly detailTitle: string;
  readonly mission: string;
  readonly component: string;
  readonly why: string;
  readonly whyTitle: string;
  readonly close: string;
  readonly explainVersion: string;
  readonly explainReference: string;
  readonly explainStatus: string;
  readonly explainEvidence: string;
  readonly explainMax: string;
  readonly prorata: string;
  readonly explainProrata: (days: number, daysInYear: number) => string;
  readonly explainRate: string;
  readonly explainThreshold: (rate: string) => string;
  readonly explainArithmetic: string;
  readonly explainRounded: string;
  readonly noProrata: string;
  readonly missions: Readonly<Record<LineMission, string>>;
  readonly components: Readonly<Record<Component, string>>;
  readonly statuses: Readonly<Record<AmountStatus, string>>;
  readonly paymentKinds: Readonly<Record<PaymentKind, string>>;
  readonly rateTitle: string;
  readonly rateIntro: string;
  readonly rateScope: string;
  readonly rateScopeMission: string;
  readonly rateScopeYear: string;
  readonly target: string;
  readonly targetInvalid: string;
  readonly rateNeeded: (rate: string, amount: string) => string;
  readonly rateToEnter: (rate: string) => string;
  readonly rateThreshold: (rate: string, amount: string) => string;
  readonly rateWithoutVariable: (amount: string) => string;
  readonly rateUnreachable: (max: string) => string;
  readonly rateNoVariable: string;
  readonly curveTitle: (mission: string, year: number) => string;
  readonly curveRate: string;
  readonly curveAmount: string;
  readonly settingsTitle: string;
  readonly ruleSetting: string;
  readonly ruleAuto: string;
  readonly ruleForced: (label: string) => string;
  readonly ruleSettingNote: string;
  readonly language: string;
  readonly languageNames: Readonly<Record<Language, string>>;
  readonly previewTitle: string;
  readonly previewEmpty: string;
  readonly previewInput: string;
  readonly previewOutput: string;
  readonly cellLabel: (sheet: string, address: string) => string;
  readonly unexpectedError: (message: string) => string;
}

const fr: Messages = {
  locale: 'fr-FR',
  appTitle: 'Simulateur ACI CPTS',
  previewBadge: 'Aperçu navigateur (classeur en mémoire)',
  insertTemplate: 'Insérer le modèle',
  inserted: (sheets) => `Feuilles créées : ${sheets}.`,
  conflictTitle: 'Ces feuilles existent déjà',
  conflictBody: (sheets) => `Le classeur contient déjà : ${sheets}. Créer le modèle sous d’autres noms, ou remplacer ces feuilles (leur contenu sera perdu) ?`,
  conflictRename: 'Créer sous d’autres noms',
  conflictReplace: 'Remplacer',
  cancel: 'Annuler',
  calculate: 'Calculer',
  calculating: 'Calcul en cours…',
  progressStage: { read: 'Lecture du classeur', validate: 'Vérification des données', compute: 'Calcul', write: 'Écriture des résultats' },
  written: (rows, payments) => `Résultats écrits : ${rows} lignes de projection, ${payments} versements.`,
  errorsTitle: (count) => (count === 1 ? '1 erreur : rien n’a été écrit' : `${count} erreurs : rien n’a été écrit`),
  errorsIntro: 'Corrigez ces cellules puis relancez le calcul. Cliquez sur une erreur pour aller à sa cellule.',
  goToCell: (cell) => `Aller à ${cell}`,
  warningsTitle: 'Points d’attention',
  rulesUsed: (versions) => `Règles appliquées : ${versions}`,
  rulesCurrentTo: (date) => `Règles à jour au ${date}`,
  resultsTitle: 'Résultats',
  allCpts: 'Ensemble des CPTS',
  byContractYear: 'Par année de contrat',
  byCalendarYear: 'Par année civile (versements)',
  contractYear: 'Année de contrat',
  contractYearN: (n) => `Année ${n}`,
  calendarYear: 'Année civile',
  total: 'Total',
  amount: 'Montant',
  date: 'Date',
  kind: 'Nature',
  cpts: 'CPTS',
  nextTwelveMonths: (from, to) => `Versements à venir (du ${from} au ${to})`,
  noPaymentsSoon: 'Aucun versement dans les douze prochains mois.',
  morePayments: (count) => `… et ${count} autres versements (compris dans le total ; détail dans la feuille « Échéancier »).`,
  provisional: 'provisoire',
  provisionalHint: 'Montant calculé avec au moins un barème non confirmé (dérivé, à vérifier ou provisoire).',
  sizeLabel: (size, population) => `Taille ${size} (${population} habitants)`,
  contractDates: (start, end) => `Contrat du ${start} au ${end}`,
  detailTitle: 'Détail par année',
  mission: 'Mission',
  component: 'Composante',
  why: 'Pourquoi ce montant ?',
  whyTitle: 'Pourquoi ce montant ?',
  close: 'Fermer',
  explainVersion: 'Version des règles',
  explainReference: 'Article ou annexe',
  explainStatus: 'Statut du montant',
  explainEvidence: 'Source',
  explainMax: 'Maximum annuel',
  prorata: 'Prorata',
  explainProrata: (days, daysInYear) => `Prorata : ${days} jours sur ${daysInYear}`,
  explainRate: 'Taux d’atteinte',
  explainThreshold: (rate) => `En dessous de ${rate}, la part variable est nulle.`,
  explainArithmetic: 'Calcul',
  explainRounded: 'arrondi au centime',
  noProrata: 'Année complète',
  missions: {
    fonctionnement: 'Fonctionnement',
    'acces-soins': 'Accès aux soins',
    parcours: 'Parcours pluriprofessionnels',
    prevention: 'Prévention',
    'crises-sanitaires': 'Crises sanitaires',
    'qualite-pertinence': 'Qualité et pertinence',
    'accompagnement-professionnels': 'Accompagnement des professionnels',
  },
  components: {
    fonctionnement: 'Fonctionnement',
    fixe: 'Part fixe',
    variable: 'Part variable',
    plan: 'Plan de crise',
    'mise-a-jour': 'Mise à jour du plan',
    activation: 'Activation (crise reconnue)',
  },
  statuses: { confirmed: 'confirmé', derived: 'dérivé', 'to-verify': 'à vérifier', provisional: 'provisoire', contract: 'barème du classeur' },
  paymentKinds: { fonctionnement: 'Fonctionnement', advance: 'Avance', balance: 'Solde' },
  rateTitle: 'Taux nécessaire',
  rateIntro: 'Le taux d’atteinte qu’il faut pour obtenir un montant donné, calculé exactement.',
  rateScope: 'Montant visé',
  rateScopeMission: 'de la mission (fixe + variable)',
  rateScopeYear: 'de l’année (toutes missions)',
  target: 'Montant visé (€)',
  targetInvalid: 'Saisissez un montant en euros, par exemple 90 000 ou 1 234,56.',
  rateNeeded: (rate, amount) => `Taux nécessaire : ${rate} (montant obtenu : ${amount}).`,
  rateToEnter: (rate) => `À saisir : ${rate}.`,
  rateThreshold: (rate, amount) => `Sous le seuil de déclenchement rien n’est versé : il faut le seuil, ${rate} (montant obtenu : ${amount}).`,
  rateWithoutVariable: (amount) => `La part fixe suffit : ${amount} sans part variable.`,
  rateUnreachable: (max) => `Inaccessible : même à 100 %, le montant est de ${max}.`,
  rateNoVariable: 'Cette mission n’a pas de part variable cette année-là.',
  curveTitle: (mission, year) => `Montant selon le taux : ${mission}, année ${year}`,
  curveRate: 'Taux d’atteinte',
  curveAmount: 'Montant',
  settingsTitle: 'Paramètres',
  ruleSetting: 'Version des règles',
  ruleAuto: 'Selon les dates du contrat',
  ruleForced: (label) => `Imposer : ${label}`,
  ruleSettingNote: 'S’applique au prochain calcul.',
  language: 'Langue',
  languageNames: { fr: 'Français', en: 'English' },
  previewTitle: 'Classeur (aperçu)',
  previewEmpty: 'Classeur vide : cliquez sur « Insérer le modèle ».',
  previewInput: 'saisie',
  previewOutput: 'résultats',
  cellLabel: (sheet, address) => `${sheet}, cellule ${address}`,
  unexpectedError: (message) => `Erreur inattendue : ${message}`,
};

const en: Messages = {
  locale: 'en-GB',
  appTitle: 'ACI CPTS simulator',
  previewBadge: 'Browser preview (in-memory workbook)',
  insertTemplate: 'Insert the template',
  inserted: (sheets) => `Sheets created: ${sheets}.`,
  conflictTitle: 'These sheets already exist',
  conflictBody: (sheets) => `The workbook already has: ${sheets}. Create the template under other names, or replace these sheets (their content will be lost)?`,
  conflictRename: 'Use other names',
  conflictReplace: 'Replace',
  cancel: 'Cancel',
  calculate: 'Calculate',
  calculating: 'Calculating…',
  progressStage: { read: 'Reading the workbook', validate: 'Checking the data', compute: 'Computing', write: 'Writing the results' },
  written: (rows, payments) => `Results written: ${rows} projection rows, ${payments} payments.`,
  errorsTitle: (count) => (count === 1 ? '1 error: nothing was written' : `${count} errors: nothing was written`),
  errorsIntro: 'Fix these cells and calculate again. Click an error to go to its cell. (Messages are in French.)',
  goToCell: (cell) => `Go to ${cell}`,
  warningsTitle: 'Points to note',
  rulesUsed: (versions) => `Rules applied: ${versions}`,
  rulesCurrentTo: (date) => `Rules current to ${date}`,
  resultsTitle: 'Results',
  allCpts: 'All CPTS',
  byContractYear: 'By contract year',
  byCalendarYear: 'By calendar year (payments)',
  contractYear: 'Contract year',
  contractYearN: (n) => `Year ${n}`,
  calendarYear: 'Calendar year',
  total: 'Total',
  amount: 'Amount',
  date: 'Date',
  kind: 'Kind',
  cpts: 'CPTS',
  nextTwelveMonths: (from, to) => `Payments to come (${from} to ${to})`,
  noPaymentsSoon: 'No payment in the next twelve months.',
  morePayments: (count) => `… and ${count} more payments (in the total; see the « Échéancier » sheet).`,
  provisional: 'provisional',
  provisionalHint: 'Computed with at least one amount that is not confirmed (derived, to verify or provisional).',
  sizeLabel: (size, population) => `Size ${size} (${population} inhabitants)`,
  contractDates: (start, end) => `Contract from ${start} to ${end}`,
  detailTitle: 'Detail by year',
  mission: 'Mission',
  component: 'Component',
  why: 'Why this amount?',
  whyTitle: 'Why this amount?',
  close: 'Close',
  explainVersion: 'Rule version',
  explainReference: 'Article or annex',
  explainStatus: 'Status of the amount',
  explainEvidence: 'Source (French)',
  explainMax: 'Annual maximum',
  prorata: 'Prorata',
  explainProrata: (days, daysInYear) => `Prorata: ${days} days out of ${daysInYear}`,
  explainRate: 'Achievement rate',
  explainThreshold: (rate) => `Below ${rate}, the variable part is nil.`,
  explainArithmetic: 'Arithmetic',
  explainRounded: 'rounded to the cent',
  noProrata: 'Full year',
  missions: {
    fonctionnement: 'Operating costs',
    'acces-soins': 'Access to care',
    parcours: 'Care pathways',
    prevention: 'Prevention',
    'crises-sanitaires': 'Health crises',
    'qualite-pertinence': 'Quality and relevance',
    'accompagnement-professionnels': 'Support for professionals',
  },
  components: {
    fonctionnement: 'Operating costs',
    fixe: 'Fixed part',
    variable: 'Variable part',
    plan: 'Crisis plan',
    'mise-a-jour': 'Plan update',
    activation: 'Activation (recognised crisis)',
  },
  statuses: { confirmed: 'confirmed', derived: 'derived', 'to-verify': 'to verify', provisional: 'provisional', contract: 'workbook barème' },
  paymentKinds: { fonctionnement: 'Operating costs', advance: 'Advance', balance: 'Balance' },
  rateTitle: 'Rate needed',
  rateIntro: 'The achievement rate needed to obtain a given amount, computed exactly.',
  rateScope: 'Target amount',
  rateScopeMission: 'of the mission (fixed + variable)',
  rateScopeYear: 'of the year (all missions)',
  target: 'Target amount (€)',
  targetInvalid: 'Enter an amount in euros, e.g. 90000 or 1234.56.',
  rateNeeded: (rate, amount) => `Rate needed: ${rate} (amount obtained: ${amount}).`,
  rateToEnter: (rate) => `To enter: ${rate}.`,
  rateThreshold: (rate, amount) => `Nothing is paid below the threshold: the threshold itself is needed, ${rate} (amount obtained: ${amount}).`,
  rateWithoutVariable: (amount) => `The fixed part is enough: ${amount} without any variable part.`,
  rateUnreachable: (max) => `Out of reach: even at 100 %, the amount is ${max}.`,
  rateNoVariable: 'This mission has no variable part that year.',
  curveTitle: (mission, year) => `Amount by rate: ${mission}, year ${year}`,
  curveRate: 'Achievement rate',
  curveAmount: 'Amount',
  settingsTitle: 'Settings',
  ruleSetting: 'Rule version',
  ruleAuto: 'By the contract dates',
  ruleForced: (label) => `Force: ${label}`,
  ruleSettingNote: 'Applies to the next calculation.',
  language: 'Language',
  languageNames: { fr: 'Français', en: 'English' },
  previewTitle: 'Workbook (preview)',
  previewEmpty: 'Empty workbook: click “Insert the template”.',
  previewInput: 'input',
  previewOutput: 'results',
  cellLabel: (sheet, address) => `${sheet}, cell ${address}`,
  unexpectedError: (message) => `Unexpected error: ${message}`,
};

export const MESSAGES: Readonly<Record<Language, Messages>> = { fr, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
