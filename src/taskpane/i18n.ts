import { PARAMETERS, type AmountStatus, type Component, type LineMission, type ParameterId, type PaymentKind } from '../engine';
import { COMPONENT_LABELS, MISSION_LABELS, STATUS_LABELS } from '../workbook/contract/layout';
import type { Progress, ScenarioStatus } from '../workbook/port';
import { deptEn, deptFr, type DeptMessages } from './i18n-dept';

/**
 * The one dictionary of the pane's text. `Messages` is the contract: both languages are typed by it, so a key
 * missing from either is a compile error. Messages the engine and the workbook produce (validation issues,
 * warnings, rule evidence) are French data and are shown as they come.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Messages {
  readonly locale: string;
  /** A department's budget: renewals, hors ACI, grouped warnings, who moved (i18n-dept.ts). */
  readonly dept: DeptMessages;
  readonly appTitle: string;
  readonly previewBadge: string;
  readonly officeMissing: string;
  readonly insertTemplate: string;
  readonly inserted: (sheets: string) => string;
  /** After « Insérer le modèle »: where to enter what, the Barème sheet's own column among it. */
  readonly insertedNext: (cpts: string, bareme: string) => string;
  readonly withExample: string;
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
  readonly moreWarnings: (count: number) => string;
  readonly rulesUsed: (versions: string) => string;
  readonly rulesCurrentTo: (date: string) => string;
  readonly assumptionsTitle: string;
  readonly assumptionsIntro: string;
  readonly assumptionLabels: Readonly<Record<ParameterId, string>>;
  /** Labels of the parameters' choices, by value (values are unique across parameters). */
  readonly parameterChoices: Readonly<Record<string, string>>;
  readonly setByScenario: string;
  readonly effectIf: (reading: string) => string;
  readonly effectTotal: (amount: string) => string;
  readonly effectPerYear: (amount: string, name: string) => string;
  readonly effectForCpts: (amount: string, name: string) => string;
  readonly effectCalendarOnly: (years: string) => string;
  readonly effectNone: string;
  readonly noOtherReading: string;
  readonly effectsAfterRun: string;
  readonly yes: string;
  readonly no: string;
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
  /** The CPTS picker lists the first matches only: how many more there are. */
  readonly moreCpts: (count: number) => string;
  readonly noCptsMatch: string;
  readonly provisional: string;
  readonly provisionalHint: string;
  readonly provisionalShare: (percent: string) => string;
  readonly provisionalShareHeader: string;
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
  readonly explainProrataMonths: (months: number) => string;
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
  readonly staleNotice: string;
  readonly recalculate: string;
  readonly autoRecalculate: string;
  readonly autoRecalculateHint: string;
  readonly noSharedRuntime: string;
  readonly exportTextIntro: (file: string) => string;
  readonly exportShowText: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly language: string;
  readonly languageNames: Readonly<Record<Language, string>>;
  readonly previewTitle: string;
  readonly previewEmpty: string;
  readonly previewInput: string;
  readonly previewOutput: string;
  /** The grid shows a sheet's first rows: this button shows the next ones. */
  readonly previewMoreRows: string;
  readonly cellLabel: (sheet: string, address: string) => string;
  readonly unexpectedError: (message: string) => string;
  readonly scenariosTitle: string;
  readonly scenariosIntro: (sheet: string) => string;
  readonly scenarioName: string;
  readonly author: string;
  readonly authorHint: string;
  readonly saveScenario: string;
  readonly saving: string;
  readonly saved: (name: string, revision: number) => string;
  readonly overwriteTitle: string;
  readonly overwriteBody: (name: string) => string;
  readonly overwriteConfirm: string;
  readonly nameRequired: string;
  readonly noScenarios: string;
  readonly refresh: string;
  readonly scenarioStatuses: Readonly<Record<ScenarioStatus, string>>;
  readonly validatedOn: (date: string) => string;
  readonly locked: string;
  readonly lockedHint: string;
  readonly revision: (n: number) => string;
  readonly byAuthor: (name: string) => string;
  readonly savedAt: (date: string) => string;
  readonly actionsFor: (name: string) => string;
  readonly applyAction: string;
  readonly renameAction: string;
  readonly duplicateAction: string;
  readonly deleteAction: string;
  readonly validateAction: string;
  readonly realiseAction: string;
  readonly exportAction: string;
  readonly exportAll: string;
  readonly importFile: string;
  readonly applyTitle: string;
  readonly applyBody: (name: string) => string;
  readonly applyConfirm: string;
  readonly formulasTitle: string;
  readonly formulasBody: (name: string, cells: string, more: number) => string;
  readonly formulasConfirm: string;
  readonly incompleteTitle: (sheets: string) => string;
  readonly applied: (name: string) => string;
  readonly deleteTitle: string;
  readonly deleteBody: (name: string) => string;
  readonly deleteConfirm: string;
  readonly deleted: (name: string) => string;
  readonly renameTitle: (name: string) => string;
  readonly duplicateTitle: (name: string) => string;
  readonly newName: string;
  readonly copyOf: (name: string) => string;
  readonly renamed: (from: string, to: string) => string;
  readonly duplicated: (from: string, to: string) => string;
  readonly validateTitle: (name: string) => string;
  readonly validateBody: string;
  readonly meetingDate: string;
  readonly meetingDateRequired: string;
  readonly validateConfirm: string;
  readonly validated: (name: string, date: string) => string;
  readonly realiseTitle: string;
  readonly realiseBody: (name: string) => string;
  readonly realiseConfirm: string;
  readonly realised: (name: string) => string;
  readonly exported: (file: string) => string;
  readonly imported: (names: string) => string;
  readonly importErrorsTitle: (count: number) => string;
  readonly importNamesTitle: string;
  readonly importNamesBody: string;
  readonly importNamesFor: (name: string) => string;
  readonly importConfirm: string;
  readonly storeIssuesTitle: (count: number) => string;
  readonly storeIssuesIntro: string;
  readonly refusedTitle: string;
  readonly refusedIntro: string;
  readonly compareTitle: string;
  readonly compareHint: string;
  readonly compareSelect: (name: string) => string;
  readonly compare: string;
  readonly comparing: string;
  readonly compareNeedsTwo: string;
  readonly compared: (sheet: string) => string;
  readonly reference: string;
  readonly referenceIs: (name: string) => string;
  readonly renameConfirm: string;
  readonly duplicateConfirm: string;
  /** The name is given when more than one scenario is compared with the reference. */
  readonly difference: (name: string | null) => string;
  readonly yearColumn: string;
  readonly notApplicable: string;
  readonly compareChartTitle: string;
  readonly compareChartSummary: (name: string, total: string) => string;
  readonly yearShort: (label: string) => string;
}

const fr: Messages = {
  locale: 'fr-FR',
  dept: deptFr,
  appTitle: 'Simulateur ACI CPTS',
  previewBadge: 'Aperçu navigateur (classeur en mémoire)',
  officeMissing: 'office.js n’a pas pu être chargé : aperçu hors Excel',
  insertTemplate: 'Insérer le modèle',
  inserted: (sheets) => `Feuilles créées : ${sheets}.`,
  insertedNext: (cpts, bareme) =>
    `Saisissez vos CPTS dans « ${cpts} ». Les montants de votre contrat et les paramètres des règles ouvertes se saisissent dans la colonne jaune de « ${bareme} » (« Montant de votre contrat », « Votre valeur ») : vide, le barème intégré s’applique.`,
  withExample: 'Avec l’exemple (2 CPTS)',
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
  moreWarnings: (count) => (count > 1 ? `… et ${count} autres points d’attention` : '… et 1 autre point d’attention'),
  rulesUsed: (versions) => `Règles appliquées : ${versions}`,
  rulesCurrentTo: (date) => `Règles à jour au ${date}`,
  assumptionsTitle: 'Hypothèses de calcul',
  assumptionsIntro:
    'Les points que les textes ne tranchent pas sont des paramètres des règles, modifiables par scénario : voici les valeurs retenues, avec leur statut et leur source, les plus lourdes d’abord, et ce que le scénario recevrait sous l’autre lecture.',
  // French labels are the parameters' own (engine/parameters.ts), as the Barème sheet shows them.
  assumptionLabels: Object.fromEntries(PARAMETERS.map((p) => [p.id, p.label])) as Record<ParameterId, string>,
  parameterChoices: Object.fromEntries(
    PARAMETERS.flatMap((p) => (p.kind.type === 'choice' ? p.kind.choices.map((c, i) => [c, p.choiceLabels?.[i] ?? c]) : [])),
  ),
  setByScenario: 'valeur du scénario',
  effectIf: (reading) => `si ${reading} :`,
  effectTotal: (amount) => `${amount} sur la durée des contrats`,
  effectPerYear: (amount, name) => `${amount}/an pour ${name}`,
  effectForCpts: (amount, name) => `${amount} pour ${name}`,
  effectCalendarOnly: (years) => `total inchangé, versements décalés (${years})`,
  effectNone: 'aucun effet sur ce scénario',
  noOtherReading: 'aucune autre lecture dans les sources',
  effectsAfterRun: 'L’effet en euros de chaque autre lecture s’affiche après un calcul.',
  yes: 'oui',
  no: 'non',
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
  noPaymentsSoon: 'Aucun versement ACI sur cette période.',
  morePayments: (count) => `… et ${count} autres versements (compris dans le total ; détail dans la feuille « Échéancier »).`,
  moreCpts: (count) => `… et ${count} autres : tapez une partie du nom`,
  noCptsMatch: 'Aucune CPTS de ce nom',
  provisional: 'provisoire',
  provisionalHint:
    'Part des euros calculée sur des montants « à vérifier » ou « provisoires » (les montants confirmés, dérivés de montants confirmés ou saisis dans le barème du classeur n’en font pas partie).',
  provisionalShare: (percent) => `${percent} du montant repose sur des montants provisoires`,
  provisionalShareHeader: 'Part provisoire',
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
  explainProrataMonths: (months) => `Prorata : ${months} mois entiers sur 12`,
  explainRate: 'Taux d’atteinte',
  explainThreshold: (rate) => `En dessous de ${rate}, la part variable est nulle.`,
  explainArithmetic: 'Calcul',
  explainRounded: 'arrondi au centime',
  noProrata: 'Année complète',
  // The workbook's French labels: the pane and the sheets name missions, components and statuses alike.
  missions: MISSION_LABELS,
  components: COMPONENT_LABELS,
  statuses: STATUS_LABELS,
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
  staleNotice: 'Saisies modifiées depuis le calcul — recalculer',
  recalculate: 'Recalculer',
  autoRecalculate: 'Recalculer automatiquement après une modification des saisies',
  autoRecalculateHint: 'Désactivé par défaut. Le calcul part deux secondes après la dernière modification.',
  noSharedRuntime:
    'Cette version d’Excel n’a pas l’environnement partagé (SharedRuntime 1.1, absent par exemple d’Excel 2019) : ni bouton dans le ruban ni fonctions =ACI.… ; le volet, lui, fonctionne entièrement.',
  exportTextIntro: (file) => `Si le fichier ne s’est pas téléchargé (Excel pour Mac, par exemple), copiez ce texte dans un fichier « ${file} » :`,
  exportShowText: 'Le fichier ne s’est pas téléchargé ? Afficher le texte à copier',
  copy: 'Copier',
  copied: 'Texte copié dans le presse-papiers.',
  copyFailed: 'Copie impossible ici : sélectionnez le texte puis Ctrl+C (⌘+C sur Mac).',
  language: 'Langue',
  languageNames: { fr: 'Français', en: 'English' },
  previewTitle: 'Classeur (aperçu)',
  previewEmpty: 'Classeur vide : cliquez sur « Insérer le modèle ».',
  previewInput: 'saisie',
  previewOutput: 'résultats',
  previewMoreRows: 'Afficher plus de lignes',
  cellLabel: (sheet, address) => `${sheet}, cellule ${address}`,
  unexpectedError: (message) => `Erreur inattendue : ${message}`,
  scenariosTitle: 'Scénarios',
  scenariosIntro: (sheet) => `Enregistrés dans la feuille « ${sheet} » du classeur : ils voyagent avec le fichier.`,
  scenarioName: 'Nom du scénario',
  author: 'Auteur (facultatif)',
  authorHint: 'Enregistré avec chaque scénario ; retenu sur cet ordinateur.',
  saveScenario: 'Enregistrer les saisies',
  saving: 'Enregistrement…',
  saved: (name, revision) => `Scénario « ${name} » enregistré (révision ${revision}).`,
  overwriteTitle: 'Ce scénario existe déjà',
  overwriteBody: (name) => `Enregistrer les saisies actuelles comme nouvelle révision de « ${name} » ? Son contenu actuel sera remplacé.`,
  overwriteConfirm: 'Nouvelle révision',
  nameRequired: 'Donnez un nom au scénario.',
  noScenarios: 'Aucun scénario enregistré.',
  refresh: 'Actualiser',
  scenarioStatuses: { brouillon: 'brouillon', valide: 'validé', realise: 'réalisé' },
  validatedOn: (date) => `validé (réunion du ${date})`,
  locked: 'verrouillé',
  lockedHint: 'Validé ou réalisé : il ne peut plus être modifié ; dupliquez-le pour travailler sur une copie.',
  revision: (n) => `révision ${n}`,
  byAuthor: (name) => `par ${name}`,
  savedAt: (date) => `enregistré le ${date}`,
  actionsFor: (name) => `Actions : ${name}`,
  applyAction: 'Appliquer aux saisies…',
  renameAction: 'Renommer…',
  duplicateAction: 'Dupliquer…',
  deleteAction: 'Supprimer…',
  validateAction: 'Valider…',
  realiseAction: 'Marquer réalisé…',
  exportAction: 'Exporter (.json)',
  exportAll: 'Tout exporter (.json)',
  importFile: 'Importer un fichier .json',
  applyTitle: 'Appliquer ce scénario ?',
  applyBody: (name) =>
    `Les tableaux de saisie (paramètres des CPTS, atteinte des missions, barème du classeur) seront remplacés par le scénario « ${name} ». Les saisies actuelles non enregistrées seront perdues.`,
  applyConfirm: 'Remplacer les saisies',
  formulasTitle: 'Remplacer des formules ?',
  formulasBody: (name, cells, more) =>
    `Le scénario « ${name} » remplacerait des formules par des valeurs dans ces cellules de saisie : ${cells}${more > 0 ? ` et ${more} autre(s)` : ''}. Les colonnes que vous avez ajoutées aux tableaux ne sont pas touchées.`,
  formulasConfirm: 'Remplacer aussi les formules',
  incompleteTitle: (sheets) => `Écriture interrompue : ${sheets} incomplète(s), marquée(s) « incomplet — recalculer »`,
  applied: (name) => `Scénario « ${name} » appliqué aux tableaux de saisie. Cliquez sur « Calculer » pour mettre les résultats à jour.`,
  deleteTitle: 'Supprimer ce scénario ?',
  deleteBody: (name) => `Le scénario « ${name} » sera supprimé de la feuille des scénarios.`,
  deleteConfirm: 'Supprimer',
  deleted: (name) => `Scénario « ${name} » supprimé.`,
  renameTitle: (name) => `Renommer « ${name} »`,
  duplicateTitle: (name) => `Dupliquer « ${name} »`,
  newName: 'Nouveau nom',
  copyOf: (name) => `${name} (copie)`,
  renamed: (from, to) => `« ${from} » renommé « ${to} ».`,
  duplicated: (from, to) => `« ${from} » dupliqué en « ${to} » (brouillon).`,
  validateTitle: (name) => `Valider « ${name} »`,
  validateBody: 'Un scénario validé est verrouillé : il ne peut plus être modifié, seulement dupliqué.',
  meetingDate: 'Date de la réunion de validation',
  meetingDateRequired: 'Indiquez la date de la réunion.',
  validateConfirm: 'Valider',
  validated: (name, date) => `Scénario « ${name} » validé (réunion du ${date}) : il est verrouillé.`,
  realiseTitle: 'Marquer ce scénario réalisé ?',
  realiseBody: (name) => `« ${name} » sera verrouillé : il ne pourra plus être modifié, seulement dupliqué.`,
  realiseConfirm: 'Marquer réalisé',
  realised: (name) => `Scénario « ${name} » marqué réalisé : il est verrouillé.`,
  exported: (file) => `Fichier « ${file} » téléchargé.`,
  imported: (names) => `Importé : ${names} (brouillon).`,
  importErrorsTitle: (count) => (count === 1 ? 'Import refusé (1 erreur) : rien n’a été modifié' : `Import refusé (${count} erreurs) : rien n’a été modifié`),
  importNamesTitle: 'Ces noms sont déjà pris',
  importNamesBody: 'Choisissez un autre nom pour chaque scénario importé dont le nom existe déjà.',
  importNamesFor: (name) => `Nom pour « ${name} »`,
  importConfirm: 'Importer',
  storeIssuesTitle: (count) => (count === 1 ? '1 problème dans la feuille des scénarios' : `${count} problèmes dans la feuille des scénarios`),
  storeIssuesIntro: 'Une modification à la main a rendu ces lignes illisibles ; elles restent telles quelles dans la feuille. Cliquez pour aller à la cellule.',
  refusedTitle: 'Action refusée : rien n’a été modifié',
  refusedIntro: 'Cliquez sur un message pour aller à sa cellule.',
  compareTitle: 'Comparer des scénarios',
  compareHint: 'Cochez deux scénarios ou plus : le premier coché sert de référence.',
  compareSelect: (name) => `Comparer « ${name} »`,
  compare: 'Comparer',
  comparing: 'Comparaison…',
  compareNeedsTwo: 'Cochez au moins deux scénarios.',
  compared: (sheet) => `Comparaison écrite dans la feuille « ${sheet} ».`,
  reference: 'référence',
  referenceIs: (name) => `Référence : ${name}. Cochez d’autres scénarios pour les ajouter.`,
  renameConfirm: 'Renommer',
  duplicateConfirm: 'Dupliquer',
  difference: (name) => (name ? `Écart ${name} (€, %)` : 'Écart (€, %)'),
  yearColumn: 'Année',
  notApplicable: 'n. d.',
  compareChartTitle: 'Versements par année civile',
  compareChartSummary: (name, total) => `${name} : ${total} au total`,
  yearShort: (label) => `A${label}`,
};

const en: Messages = {
  locale: 'en-GB',
  dept: deptEn,
  appTitle: 'ACI CPTS simulator',
  previewBadge: 'Browser preview (in-memory workbook)',
  officeMissing: 'office.js could not be loaded: preview outside Excel',
  insertTemplate: 'Insert the template',
  inserted: (sheets) => `Sheets created: ${sheets}.`,
  insertedNext: (cpts, bareme) =>
    `Enter your CPTS in « ${cpts} ». Your contract's amounts and the open rules' settings go in the yellow column of « ${bareme} » (« Montant de votre contrat », « Votre valeur »): left empty, the built-in table applies.`,
  withExample: 'With the example (2 CPTS)',
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
  moreWarnings: (count) => (count > 1 ? `… and ${count} more points to note` : '… and 1 more point to note'),
  rulesUsed: (versions) => `Rules applied: ${versions}`,
  rulesCurrentTo: (date) => `Rules current to ${date}`,
  assumptionsTitle: 'Calculation assumptions',
  assumptionsIntro:
    'Points the texts leave open are parameters of the rules, settable per scenario: the values used, with their status and source, biggest effect first, and what the scenario would get under the other reading.',
  assumptionLabels: {
    fonctionnementIncrease: 'Avenant 2’s 75 % rise in operating funding',
    firstYearFonctionnement: 'Year 1 operating funding',
    advanceShare: 'Share paid in advance',
    prorataDayCount: 'Prorata day count',
    prorateVariablePart: 'Variable part prorated in the first year',
    variableThreshold: 'Threshold for the variable part',
    sizeBoundaries: 'Populations of 40,000, 80,000 and 175,000',
    avenant2EffectiveDate: 'Avenant 2’s date of effect',
  },
  parameterChoices: {
    yearly: 'every year',
    'signature-only': 'the payment at signature only',
    integral: 'in full at signature',
    avance: '75 % advance',
    'actual-days': 'actual days',
    'whole-months': 'whole months',
    text: '40,000 and 80,000 in size 2, 175,000 in size 3',
    lower: 'in the smaller size',
    upper: 'in the larger size',
  },
  setByScenario: 'scenario’s value',
  effectIf: (reading) => `if ${reading}:`,
  effectTotal: (amount) => `${amount} over the contracts`,
  effectPerYear: (amount, name) => `${amount}/year for ${name}`,
  effectForCpts: (amount, name) => `${amount} for ${name}`,
  effectCalendarOnly: (years) => `same total, payments moved (${years})`,
  effectNone: 'no effect on this scenario',
  noOtherReading: 'no other reading in the sources',
  effectsAfterRun: 'The effect in euros of each other reading shows after a calculation.',
  yes: 'yes',
  no: 'no',
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
  noPaymentsSoon: 'No ACI payment in this period.',
  morePayments: (count) => `… and ${count} more payments (in the total; see the « Échéancier » sheet).`,
  moreCpts: (count) => `… and ${count} more: type part of the name`,
  noCptsMatch: 'No CPTS by that name',
  provisional: 'provisional',
  provisionalHint:
    'Share of the euros computed from amounts « to verify » or « provisional » (confirmed amounts, amounts derived from confirmed ones and the workbook barème do not count).',
  provisionalShare: (percent) => `${percent} of the amount rests on provisional amounts`,
  provisionalShareHeader: 'Provisional share',
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
  explainProrataMonths: (months) => `Prorata: ${months} whole months out of 12`,
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
  staleNotice: 'Inputs changed since the calculation — recalculate',
  recalculate: 'Recalculate',
  autoRecalculate: 'Recalculate automatically after an input change',
  autoRecalculateHint: 'Off by default. The calculation starts two seconds after the last change.',
  noSharedRuntime:
    'This version of Excel has no shared runtime (SharedRuntime 1.1, missing from Excel 2019 for instance): no ribbon button and no =ACI.… functions; the pane itself works fully.',
  exportTextIntro: (file) => `If the file did not download (Excel for Mac, for instance), copy this text into a file « ${file} »:`,
  exportShowText: 'File not downloaded? Show the text to copy',
  copy: 'Copy',
  copied: 'Text copied to the clipboard.',
  copyFailed: 'Copying is not possible here: select the text, then Ctrl+C (⌘+C on Mac).',
  language: 'Language',
  languageNames: { fr: 'Français', en: 'English' },
  previewTitle: 'Workbook (preview)',
  previewEmpty: 'Empty workbook: click “Insert the template”.',
  previewInput: 'input',
  previewOutput: 'results',
  previewMoreRows: 'Show more rows',
  cellLabel: (sheet, address) => `${sheet}, cell ${address}`,
  unexpectedError: (message) => `Unexpected error: ${message}`,
  scenariosTitle: 'Scenarios',
  scenariosIntro: (sheet) => `Kept in the workbook's « ${sheet} » sheet: they travel with the file.`,
  scenarioName: 'Scenario name',
  author: 'Author (optional)',
  authorHint: 'Saved with each scenario; remembered on this computer.',
  saveScenario: 'Save the inputs',
  saving: 'Saving…',
  saved: (name, revision) => `Scenario « ${name} » saved (revision ${revision}).`,
  overwriteTitle: 'This scenario already exists',
  overwriteBody: (name) => `Save the current inputs as a new revision of « ${name} »? Its current content will be replaced.`,
  overwriteConfirm: 'New revision',
  nameRequired: 'Give the scenario a name.',
  noScenarios: 'No scenario saved.',
  refresh: 'Refresh',
  scenarioStatuses: { brouillon: 'draft', valide: 'validated', realise: 'realised' },
  validatedOn: (date) => `validated (meeting of ${date})`,
  locked: 'locked',
  lockedHint: 'Validated or realised: it can no longer be changed; duplicate it to work on a copy.',
  revision: (n) => `revision ${n}`,
  byAuthor: (name) => `by ${name}`,
  savedAt: (date) => `saved on ${date}`,
  actionsFor: (name) => `Actions: ${name}`,
  applyAction: 'Apply to the inputs…',
  renameAction: 'Rename…',
  duplicateAction: 'Duplicate…',
  deleteAction: 'Delete…',
  validateAction: 'Validate…',
  realiseAction: 'Mark realised…',
  exportAction: 'Export (.json)',
  exportAll: 'Export all (.json)',
  importFile: 'Import a .json file',
  applyTitle: 'Apply this scenario?',
  applyBody: (name) =>
    `The input tables (CPTS parameters, mission achievement, workbook barème) will be replaced by the scenario « ${name} ». Current inputs that are not saved will be lost.`,
  applyConfirm: 'Replace the inputs',
  formulasTitle: 'Replace formulas?',
  formulasBody: (name, cells, more) =>
    `The scenario « ${name} » would replace formulas by values in these input cells: ${cells}${more > 0 ? ` and ${more} more` : ''}. Columns you added to the tables are left alone.`,
  formulasConfirm: 'Replace the formulas too',
  incompleteTitle: (sheets) => `Write interrupted: ${sheets} incomplete, marked « incomplet — recalculer »`,
  applied: (name) => `Scenario « ${name} » applied to the input tables. Click “Calculate” to update the results.`,
  deleteTitle: 'Delete this scenario?',
  deleteBody: (name) => `The scenario « ${name} » will be deleted from the scenarios sheet.`,
  deleteConfirm: 'Delete',
  deleted: (name) => `Scenario « ${name} » deleted.`,
  renameTitle: (name) => `Rename « ${name} »`,
  duplicateTitle: (name) => `Duplicate « ${name} »`,
  newName: 'New name',
  copyOf: (name) => `${name} (copy)`,
  renamed: (from, to) => `« ${from} » renamed « ${to} ».`,
  duplicated: (from, to) => `« ${from} » duplicated as « ${to} » (draft).`,
  validateTitle: (name) => `Validate « ${name} »`,
  validateBody: 'A validated scenario is locked: it can no longer be changed, only duplicated.',
  meetingDate: 'Date of the validation meeting',
  meetingDateRequired: 'Enter the date of the meeting.',
  validateConfirm: 'Validate',
  validated: (name, date) => `Scenario « ${name} » validated (meeting of ${date}): it is locked.`,
  realiseTitle: 'Mark this scenario realised?',
  realiseBody: (name) => `« ${name} » will be locked: it can no longer be changed, only duplicated.`,
  realiseConfirm: 'Mark realised',
  realised: (name) => `Scenario « ${name} » marked realised: it is locked.`,
  exported: (file) => `File « ${file} » downloaded.`,
  imported: (names) => `Imported: ${names} (draft).`,
  importErrorsTitle: (count) => (count === 1 ? 'Import refused (1 error): nothing was changed' : `Import refused (${count} errors): nothing was changed`),
  importNamesTitle: 'These names are taken',
  importNamesBody: 'Choose another name for each imported scenario whose name already exists.',
  importNamesFor: (name) => `Name for « ${name} »`,
  importConfirm: 'Import',
  storeIssuesTitle: (count) => (count === 1 ? '1 problem in the scenarios sheet' : `${count} problems in the scenarios sheet`),
  storeIssuesIntro: 'A hand edit made these rows unreadable; they stay in the sheet as they are. Click to go to the cell. (Messages are in French.)',
  refusedTitle: 'Action refused: nothing was changed',
  refusedIntro: 'Click a message to go to its cell. (Messages are in French.)',
  compareTitle: 'Compare scenarios',
  compareHint: 'Tick two scenarios or more: the first ticked is the reference.',
  compareSelect: (name) => `Compare « ${name} »`,
  compare: 'Compare',
  comparing: 'Comparing…',
  compareNeedsTwo: 'Tick at least two scenarios.',
  compared: (sheet) => `Comparison written to the « ${sheet} » sheet.`,
  reference: 'reference',
  referenceIs: (name) => `Reference: ${name}. Tick more scenarios to add them.`,
  renameConfirm: 'Rename',
  duplicateConfirm: 'Duplicate',
  difference: (name) => (name ? `Difference ${name} (€, %)` : 'Difference (€, %)'),
  yearColumn: 'Year',
  notApplicable: 'n/a',
  compareChartTitle: 'Payments by calendar year',
  compareChartSummary: (name, total) => `${name}: ${total} in total`,
  yearShort: (label) => `Y${label}`,
};

export const MESSAGES: Readonly<Record<Language, Messages>> = { fr, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
