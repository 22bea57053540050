import { FONCTIONNEMENT, MISSION_IDS, RULE_VERSIONS, type AmountStatus, type Component, type LineMission, type MissionId, type PaymentKind } from '../engine';

/**
 * The contract with the workbook: sheet, table and column names, number formats, styles. Users' workbooks
 * depend on these names (tables are found by name, not by position): never rename one without a migration.
 */

export const SHEETS = {
  cpts: 'Paramètres CPTS',
  achievements: 'Atteinte des missions',
  bareme: 'Barème ACI',
  projection: 'Projection',
  schedule: 'Échéancier',
  summary: 'Synthèse',
  charts: 'Graphiques',
  cash: 'Trésorerie',
} as const;

export const TABLES = {
  cpts: 'TableCPTS',
  achievements: 'TableAtteinte',
  bareme: 'TableBareme',
  projection: 'TableProjection',
  schedule: 'TableEcheancier',
  calendarTotals: 'TableTotauxAnnuels',
  summary: 'TableSynthese',
  setTotals: 'TableTotauxEnsemble',
  chartMissions: 'TableGraphiqueMissions',
  chartCalendar: 'TableGraphiqueVersements',
  cashSet: 'TableTresorerieMois',
  cashCpts: 'TableTresorerieCPTS',
} as const;

/** Input sheets, created by « Insérer le modèle », never by « Calculer ». */
export const INPUT_SHEETS: readonly string[] = [SHEETS.cpts, SHEETS.achievements, SHEETS.bareme];
/** Generated sheets, deleted and rewritten whole by every « Calculer ». */
export const OUTPUT_SHEETS: readonly string[] = [SHEETS.projection, SHEETS.schedule, SHEETS.summary, SHEETS.charts, SHEETS.cash];

/** Row 1 of every generated sheet starts with this: it tells users, and the add-in, that the sheet is rewritten. */
export const GENERATED_MARKER = 'Feuille générée par le Simulateur ACI CPTS';
export const GENERATED_BANNER = `${GENERATED_MARKER} : elle est effacée et réécrite à chaque calcul. Ne saisissez rien ici.`;
export const INPUT_BANNER = {
  cpts: 'Saisie : une ligne par CPTS. Les cellules jaunes sont à remplir ; elles peuvent contenir des formules.',
  achievements: 'Saisie : une ligne par CPTS et par mission contractée, avec les taux d’atteinte prévus (0 à 100 %).',
  bareme:
    'Barème intégré (lecture seule) et, en dernière colonne, les montants de votre contrat : une taille entièrement saisie remplace le barème intégré pour ce classeur (« barème du classeur »).',
} as const;

/**
 * Number formats in Excel's invariant (en-US) syntax, which `Range.numberFormat` expects whatever the user's
 * locale: Excel shows `#,##0.00 "€"` as « 1 234 567,89 € » in a French Excel.
 */
export const FORMATS = {
  euro: '#,##0.00 "€"',
  percent: '0%',
  prorata: '0.00%',
  date: 'dd/mm/yyyy',
  integer: '#,##0',
  year: '0',
  text: '@',
  month: 'mm/yyyy',
} as const;
export type NumberFormat = (typeof FORMATS)[keyof typeof FORMATS];

/** How a cell looks: input cells (to fill in) stand apart from generated ones. */
export type CellKind = 'banner' | 'info' | 'header' | 'input' | 'output' | 'total';
export const STYLES: Readonly<Record<CellKind, { readonly fill: string | null; readonly font: string; readonly bold: boolean; readonly italic: boolean }>> = {
  banner: { fill: '#FCE4D6', font: '#833C0B', bold: true, italic: false },
  info: { fill: null, font: '#595959', bold: false, italic: true },
  header: { fill: '#1F4E78', font: '#FFFFFF', bold: true, italic: false },
  input: { fill: '#FFF2CC', font: '#000000', bold: false, italic: false },
  output: { fill: null, font: '#000000', bold: false, italic: false },
  total: { fill: '#DDEBF7', font: '#000000', bold: true, italic: false },
};

/** A column of a table: its French header, its number format and width (in characters). */
export interface ColumnSpec {
  readonly header: string;
  readonly format: NumberFormat | null;
  readonly width: number;
}

const col = (header: string, format: NumberFormat | null, width: number): ColumnSpec => ({ header, format, width });

export const CPTS_COLUMNS = {
  id: col('Identifiant', null, 18),
  name: col('Nom de la CPTS', null, 30),
  population: col('Population', FORMATS.integer, 12),
  signatureDate: col('Date de signature', FORMATS.date, 16),
  ruleVersion: col('Version des règles', null, 18),
  crisisYears: col('Années de crise', null, 15),
  optionalMissions: col('Missions optionnelles', null, 45),
} as const;
export type CptsColumn = keyof typeof CPTS_COLUMNS;

export const RATE_YEARS = [1, 2, 3, 4, 5] as const;
export const ACHIEVEMENT_COLUMNS = {
  cptsId: col('Identifiant CPTS', null, 18),
  mission: col('Mission', null, 34),
  startDate: col('Date de démarrage', FORMATS.date, 17),
  rate1: col('Taux année 1', FORMATS.percent, 12),
  rate2: col('Taux année 2', FORMATS.percent, 12),
  rate3: col('Taux année 3', FORMATS.percent, 12),
  rate4: col('Taux année 4', FORMATS.percent, 12),
  rate5: col('Taux année 5', FORMATS.percent, 12),
} as const;
export type AchievementColumn = keyof typeof ACHIEVEMENT_COLUMNS;
export const RATE_COLUMNS = ['rate1', 'rate2', 'rate3', 'rate4', 'rate5'] as const satisfies readonly AchievementColumn[];

/** Barème: one row per size and component; a pair of columns per rule version, then the user's amount. */
export const BAREME_KEY_COLUMNS = {
  size: col('Taille', FORMATS.year, 8),
  mission: col('Mission', null, 34),
  component: col('Composante', null, 22),
} as const;
export const BAREME_CONTRACT_COLUMN = col('Montant de votre contrat', FORMATS.euro, 22);
export function baremeVersionColumns(label: string): readonly ColumnSpec[] {
  return [col(`${label} : montant`, FORMATS.euro, 16), col(`${label} : statut`, null, 13), col(`${label} : source`, null, 40)];
}

export const PROJECTION_COLUMNS: readonly ColumnSpec[] = [
  col('Identifiant CPTS', null, 18),
  col('CPTS', null, 30),
  col('Année de contrat', FORMATS.year, 10),
  col('Début', FORMATS.date, 12),
  col('Fin', FORMATS.date, 12),
  col('Mission', null, 32),
  col('Composante', null, 20),
  col('Maximum annuel', FORMATS.euro, 16),
  col('Prorata', FORMATS.prorata, 10),
  col('Taux', FORMATS.percent, 8),
  col('Montant', FORMATS.euro, 16),
  col('Version des règles', null, 14),
  col('Source', null, 40),
  col('Statut', null, 18),
];

export const SCHEDULE_COLUMNS: readonly ColumnSpec[] = [
  col('Date', FORMATS.date, 12),
  col('Identifiant CPTS', null, 18),
  col('CPTS', null, 30),
  col('Année de contrat', FORMATS.year, 10),
  col('Nature', null, 24),
  col('Montant', FORMATS.euro, 16),
];
export const CALENDAR_TOTAL_COLUMNS: readonly ColumnSpec[] = [col('Année civile', FORMATS.year, 12), col('Versements', FORMATS.euro, 18)];

export const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  col('Identifiant CPTS', null, 18),
  col('CPTS', null, 30),
  col('Taille', FORMATS.year, 8),
  col('Année de contrat', FORMATS.year, 10),
  col('Début', FORMATS.date, 12),
  col('Fin', FORMATS.date, 12),
  col('Version des règles', null, 14),
  col('Montant', FORMATS.euro, 16),
  col('Montants provisoires', null, 12),
];
export const SET_TOTAL_COLUMNS: readonly ColumnSpec[] = [col('Année de contrat', null, 14), col('Total de l’ensemble', FORMATS.euro, 18)];

/** « Trésorerie »: payments per month, ACI and hors ACI apart; months are the 1st of the month as a date. */
export const CASH_SET_COLUMNS: readonly ColumnSpec[] = [
  col('Mois', FORMATS.month, 10),
  col('ACI', FORMATS.euro, 16),
  col('Hors ACI', FORMATS.euro, 14),
  col('Total y compris hors ACI', FORMATS.euro, 18),
];
export const CASH_CPTS_COLUMNS: readonly ColumnSpec[] = [
  col('Identifiant CPTS', null, 18),
  col('CPTS', null, 30),
  col('Mois', FORMATS.month, 10),
  col('ACI', FORMATS.euro, 16),
  col('Hors ACI', FORMATS.euro, 14),
  col('Total y compris hors ACI', FORMATS.euro, 18),
];

export const MISSION_LABELS: Readonly<Record<LineMission, string>> = {
  [FONCTIONNEMENT]: 'Fonctionnement',
  'acces-soins': 'Accès aux soins',
  parcours: 'Parcours pluriprofessionnels',
  prevention: 'Prévention',
  'crises-sanitaires': 'Crises sanitaires',
  'qualite-pertinence': 'Qualité et pertinence',
  'accompagnement-professionnels': 'Accompagnement des professionnels',
};
export const COMPONENT_LABELS: Readonly<Record<Component, string>> = {
  fonctionnement: 'Fonctionnement',
  fixe: 'Part fixe',
  variable: 'Part variable',
  plan: 'Plan de crise',
  'mise-a-jour': 'Mise à jour du plan',
  activation: 'Activation (crise)',
};
export const PAYMENT_KIND_LABELS: Readonly<Record<PaymentKind, string>> = {
  fonctionnement: 'Fonctionnement (année 1)',
  advance: 'Avance',
  balance: 'Solde',
};
export const STATUS_LABELS: Readonly<Record<AmountStatus, string>> = {
  confirmed: 'confirmé',
  derived: 'dérivé',
  'to-verify': 'à vérifier',
  provisional: 'provisoire',
  contract: 'barème du classeur',
};

/** Missions a CPTS may choose (the others are « socle »): optional in some rule version. */
export const OPTIONAL_MISSIONS: readonly MissionId[] = MISSION_IDS.filter((id) =>
  RULE_VERSIONS.some((v) => (id === 'crises-sanitaires' ? v.crisis?.kind === 'optional' : v.missions[id].kind === 'optional')),
);

/** Accepts the French label or the scenario id, whatever the case and spacing. */
export function missionFromText(text: string): MissionId | null {
  const key = normalise(text);
  for (const id of MISSION_IDS) if (normalise(id) === key || normalise(MISSION_LABELS[id]) === key) return id;
  return null;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The value of the « Version des règles » column that means « chosen from the dates ». */
export const AUTO_RULE_VERSION = 'auto';
export const RULE_VERSION_CHOICES: readonly string[] = [AUTO_RULE_VERSION, ...RULE_VERSIONS.map((v) => v.id)];

/** The name a scenario read from the workbook gets (scenarios saved by the pane carry their own). */
export const WORKBOOK_SCENARIO_NAME = 'Classeur';

/** Excel refuses a request over 5 MB on the web: writes are cut in chunks below this estimate. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The comparison of stored scenarios: a generated sheet, rewritten whole by each comparison. */
export const COMPARISON_SHEET = 'Comparaison';
export const COMPARISON_TABLES = {
  contractYears: 'TableComparaisonAnnees',
  calendarYears: 'TableComparaisonCivile',
} as const;
export const COMPARISON_BANNER = `${GENERATED_MARKER} : elle est effacée et réécrite à chaque comparaison de scénarios. Ne saisissez rien ici.`;

/** « Dialogue de gestion »: one CPTS's printable report, a generated sheet rewritten whole each time. */
export const DIALOGUE_SHEET = 'Dialogue de gestion';
export const DIALOGUE_BANNER = `${GENERATED_MARKER} : elle est effacée et réécrite à chaque « Dialogue de gestion ». Ne saisissez rien ici.`;
export const DIALOGUE_TABLES = {
  contract: 'TableDialogueContrat',
  indicators: 'TableDialogueIndicateurs',
  amounts: 'TableDialogueMontants',
  payments: 'TableDialogueVersements',
  balance: 'TableDialogueSolde',
  assumptions: 'TableDialogueHypotheses',
} as const;
export const DIALOGUE_CONTRACT_COLUMNS: readonly ColumnSpec[] = [col('Rubrique', null, 30), col('Valeur', null, 34)];
export const DIALOGUE_INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  col('Mission', null, 30),
  col('Indicateur', null, 34),
  col('Poids', null, 8),
  col('Valeur de départ', null, 12),
  ...RATE_YEARS.map((y) => col(`Cible année ${y}`, null, 10)),
  ...RATE_YEARS.map((y) => col(`Réalisé année ${y}`, null, 10)),
];
export const DIALOGUE_AMOUNT_COLUMNS: readonly ColumnSpec[] = [
  col('Année de contrat', FORMATS.year, 10),
  col('Mission', null, 30),
  col('Composante', null, 20),
  col('Maximum annuel', FORMATS.euro, 16),
  col('Taux', FORMATS.prorata, 10),
  col('Source du taux', null, 12),
  col('Montant acquis', FORMATS.euro, 16),
  col('Statut', null, 16),
];
export const DIALOGUE_PAYMENT_COLUMNS: readonly ColumnSpec[] = [
  col('Date prévue', FORMATS.date, 12),
  col('Contrat', FORMATS.year, 8),
  col('Année de contrat', FORMATS.year, 10),
  col('Nature', null, 24),
  col('Prévu', FORMATS.euro, 16),
  col('Versé', FORMATS.euro, 16),
  col('Reste dû', FORMATS.euro, 16),
  col('État', null, 26),
];
export const DIALOGUE_BALANCE_COLUMNS: readonly ColumnSpec[] = [col('Rubrique', null, 30), col('Montant', FORMATS.euro, 18)];
export const DIALOGUE_ASSUMPTION_COLUMNS: readonly ColumnSpec[] = [col('Point', null, 30), col('Hypothèse retenue', null, 60), col('Statut', null, 22)];
