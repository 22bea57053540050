import {
  CPTS_FIELDS,
  FONCTIONNEMENT,
  HORS_ACI_FIELDS,
  INDICATOR_FIELDS,
  MISSION_FIELDS,
  MISSION_IDS,
  PAID_FIELDS,
  RULE_VERSIONS,
  type AmountStatus,
  type Component,
  type FieldSpec,
  type Kind,
  type LineMission,
  type MissionId,
  type PaymentKind,
} from '../../engine';
import { normaliseHeader } from '../grid/tables';

/**
 * The contract with the workbook: sheet, table and column names, number formats, styles. Users' workbooks
 * depend on these names (tables are found by name, not by position): never rename one without a migration.
 */

export const SHEETS = {
  cpts: 'Paramètres CPTS',
  achievements: 'Atteinte des missions',
  bareme: 'Barème ACI',
  horsAci: 'Hors ACI',
  indicators: 'Indicateurs',
  paid: 'Versements réalisés',
  projection: 'Projection',
  schedule: 'Échéancier',
  summary: 'Synthèse',
  charts: 'Graphiques',
  budget: 'Budget annuel',
  cash: 'Trésorerie',
} as const;

export const TABLES = {
  cpts: 'TableCPTS',
  achievements: 'TableAtteinte',
  bareme: 'TableBareme',
  parameters: 'TableParametres',
  horsAci: 'TableHorsACI',
  indicators: 'TableIndicateurs',
  paid: 'TableVersements',
  projection: 'TableProjection',
  schedule: 'TableEcheancier',
  calendarTotals: 'TableTotauxAnnuels',
  summary: 'TableSynthese',
  setTotals: 'TableTotauxEnsemble',
  chartMissions: 'TableGraphiqueMissions',
  chartCalendar: 'TableGraphiqueVersements',
  budgetYears: 'TableBudgetAnnees',
  budgetCpts: 'TableBudgetCPTS',
  cashSet: 'TableTresorerieMois',
  cashCpts: 'TableTresorerieCPTS',
} as const;

/** Input sheets, created by « Insérer le modèle », never by « Calculer ». */
export const INPUT_SHEETS: readonly string[] = [SHEETS.cpts, SHEETS.achievements, SHEETS.horsAci, SHEETS.indicators, SHEETS.paid, SHEETS.bareme];
/** Generated sheets, deleted and rewritten whole by every « Calculer ». */
export const OUTPUT_SHEETS: readonly string[] = [SHEETS.projection, SHEETS.schedule, SHEETS.summary, SHEETS.charts, SHEETS.budget, SHEETS.cash];

/** Row 1 of every generated sheet starts with this: it tells users, and the add-in, that the sheet is rewritten. */
export const GENERATED_MARKER = 'Feuille générée par le Simulateur ACI CPTS';
export const GENERATED_BANNER = `${GENERATED_MARKER} : elle est mise à jour à chaque calcul. Ses tableaux, ses graphiques et ces lignes d’en-tête appartiennent au simulateur ; ce que vous ajoutez ailleurs est conservé.`;
export const INPUT_BANNER = {
  cpts: 'Saisie : une ligne par CPTS. Les cellules jaunes sont à remplir ; elles peuvent contenir des formules.',
  achievements: 'Saisie : une ligne par CPTS et par mission contractée, avec les taux d’atteinte prévus (0 à 100 %).',
  bareme:
    'Barème intégré (lecture seule) et, dans la colonne jaune à côté, les montants de votre contrat : une taille entièrement saisie remplace le barème intégré pour ce classeur (« barème du classeur »).',
  parameters: 'Règles ouvertes : une ligne par paramètre. « Votre valeur » vide : la valeur intégrée s’applique.',
  horsAci: 'Saisie facultative : montants hors ACI (aide au démarrage de l’ARS, forfait lettre d’intention), jamais comptés dans les totaux ACI.',
  indicators: 'Saisie facultative : les indicateurs de chaque mission (cible par année, réalisé quand il est connu).',
  paid: 'Saisie facultative : les versements effectivement reçus, pour les rapprocher de l’échéancier.',
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
export type CellKind = 'banner' | 'info' | 'header' | 'input' | 'output' | 'total' | 'unused';
export const STYLES: Readonly<Record<CellKind, { readonly fill: string | null; readonly font: string; readonly bold: boolean; readonly italic: boolean }>> = {
  banner: { fill: '#FCE4D6', font: '#833C0B', bold: true, italic: false },
  info: { fill: null, font: '#595959', bold: false, italic: true },
  header: { fill: '#1F4E78', font: '#FFFFFF', bold: true, italic: false },
  input: { fill: '#FFF2CC', font: '#000000', bold: false, italic: false },
  output: { fill: null, font: '#000000', bold: false, italic: false },
  total: { fill: '#DDEBF7', font: '#000000', bold: true, italic: false },
  /** An input table's cell that is not used (the crisis mission's rates): grey, so it does not look like one to fill. */
  unused: { fill: '#F2F2F2', font: '#A6A6A6', bold: false, italic: true },
};

/** A column of a table: its French header, its number format and width (in characters). */
export interface ColumnSpec {
  readonly header: string;
  readonly format: NumberFormat | null;
  readonly width: number;
}

const col = (header: string, format: NumberFormat | null, width: number): ColumnSpec => ({ header, format, width });

/** The number format a field's kind calls for in a table. */
export function formatOfKind(kind: Kind): NumberFormat | null {
  switch (kind.type) {
    case 'date':
      return FORMATS.date;
    case 'money':
      return FORMATS.euro;
    case 'fraction':
      return FORMATS.percent;
    case 'integer':
      return FORMATS.integer;
    default:
      return null;
  }
}

/** A field's column in its input table, from the scenario's schema (header, width, format). */
export function fieldColumn(spec: FieldSpec, format: NumberFormat | null = formatOfKind(spec.kind)): ColumnSpec {
  if (!spec.column) throw new Error(`Champ « ${spec.label} » sans colonne`);
  return col(spec.column.header, format, spec.column.width);
}

/** The columns of a list of numbers spread over the contract years (`Taux année 1`…). */
export function yearColumns(spec: FieldSpec, format: NumberFormat | null): ColumnSpec[] {
  const y = spec.yearColumns;
  if (!y) throw new Error(`Champ « ${spec.label} » sans colonnes par année`);
  return RATE_YEARS.map((year) => col(y.header(year), format, y.width));
}

/** The key column tying a row of a per-CPTS table to its CPTS (a drop-down of the CPTS table's identifiers). */
export const CPTS_KEY_COLUMN = col('Identifiant CPTS', null, 18);

export const CPTS_COLUMNS = {
  id: fieldColumn(CPTS_FIELDS.id),
  name: fieldColumn(CPTS_FIELDS.name),
  population: fieldColumn(CPTS_FIELDS.population),
  signatureDate: fieldColumn(CPTS_FIELDS.signatureDate),
  ruleVersion: fieldColumn(CPTS_FIELDS.ruleVersion),
  crisisYears: fieldColumn(MISSION_FIELDS.crisisYears),
  optionalMissions: fieldColumn(CPTS_FIELDS.missions),
  // Format 2, last so that tables of format 1 keep their column order.
  renewal: fieldColumn(CPTS_FIELDS.renewal),
} as const;
export type CptsColumn = keyof typeof CPTS_COLUMNS;
/** Columns an older workbook may lack: the table still reads, the field is then absent. */
export const OPTIONAL_CPTS_COLUMNS: readonly CptsColumn[] = ['renewal'];

export const RATE_YEARS = [1, 2, 3, 4, 5] as const;
const [rate1, rate2, rate3, rate4, rate5] = yearColumns(MISSION_FIELDS.rates, FORMATS.percent);
export const ACHIEVEMENT_COLUMNS = {
  cptsId: CPTS_KEY_COLUMN,
  mission: fieldColumn(MISSION_FIELDS.mission),
  startDate: fieldColumn(MISSION_FIELDS.startDate),
  rate1: rate1!,
  rate2: rate2!,
  rate3: rate3!,
  rate4: rate4!,
  rate5: rate5!,
} as const;
export type AchievementColumn = keyof typeof ACHIEVEMENT_COLUMNS;
export const RATE_COLUMNS = ['rate1', 'rate2', 'rate3', 'rate4', 'rate5'] as const satisfies readonly AchievementColumn[];

/**
 * The format-2 lists held as tables of their own, one row per item, tied to their CPTS (and mission) by key
 * columns; every other column is a field of the item, from the schema. Optional: a workbook without them reads.
 */
export interface ListTableSpec {
  /** The scenario field the rows fill: `cpts[i].horsAci`, `cpts[i].paid`, `cpts[i].missions[j].indicators`. */
  readonly field: 'horsAci' | 'paid' | 'indicators';
  readonly table: string;
  readonly sheet: string;
  /** Whose list it is: a CPTS's, or a mission's (then a « Mission » key column follows the CPTS's). */
  readonly owner: 'cpts' | 'mission';
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Number format of year columns (a list of numbers). */
  readonly yearFormat: NumberFormat | null;
}

export const LIST_TABLES: readonly ListTableSpec[] = [
  { field: 'horsAci', table: TABLES.horsAci, sheet: SHEETS.horsAci, owner: 'cpts', fields: HORS_ACI_FIELDS, yearFormat: null },
  { field: 'indicators', table: TABLES.indicators, sheet: SHEETS.indicators, owner: 'mission', fields: INDICATOR_FIELDS, yearFormat: null },
  { field: 'paid', table: TABLES.paid, sheet: SHEETS.paid, owner: 'cpts', fields: PAID_FIELDS, yearFormat: null },
];

/** One column of a list table: a key, a field, or one year of a field that is a list of numbers. */
export type ListColumn =
  | { readonly role: 'cpts'; readonly spec: ColumnSpec }
  | { readonly role: 'mission'; readonly spec: ColumnSpec }
  | { readonly role: 'field'; readonly key: string; readonly field: FieldSpec; readonly spec: ColumnSpec }
  | { readonly role: 'year'; readonly key: string; readonly field: FieldSpec; readonly year: number; readonly spec: ColumnSpec };

export function listColumns(t: ListTableSpec): ListColumn[] {
  const out: ListColumn[] = [{ role: 'cpts', spec: CPTS_KEY_COLUMN }];
  if (t.owner === 'mission') out.push({ role: 'mission', spec: fieldColumn(MISSION_FIELDS.mission) });
  for (const [key, field] of Object.entries(t.fields)) {
    if (field.column) out.push({ role: 'field', key, field, spec: fieldColumn(field) });
    else if (field.yearColumns) yearColumns(field, t.yearFormat).forEach((spec, y) => out.push({ role: 'year', key, field, year: y + 1, spec }));
  }
  return out;
}

/** The open rules as rows of the Barème sheet: which parameter, its built-in value, the user's, a note. */
export const PARAMETER_COLUMNS = {
  parameter: col('Paramètre', null, 44),
  builtIn: col('Valeur intégrée', null, 30),
  value: col('Votre valeur', null, 30),
  note: col('Note', null, 60),
} as const;

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
  col('Contrat', FORMATS.year, 9),
  col('Renouvellement supposé', null, 14),
];

export const SCHEDULE_COLUMNS: readonly ColumnSpec[] = [
  col('Date', FORMATS.date, 12),
  col('Identifiant CPTS', null, 18),
  col('CPTS', null, 30),
  col('Année de contrat', FORMATS.year, 10),
  col('Nature', null, 24),
  col('Montant', FORMATS.euro, 16),
  col('Contrat', FORMATS.year, 9),
  col('Renouvellement supposé', null, 14),
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
  // Share of the year's euros resting on « à vérifier » or « provisoire » amounts (engine: isProvisionalStatus).
  col('Part provisoire', FORMATS.percent, 12),
  col('Contrat', FORMATS.year, 9),
  col('Renouvellement supposé', null, 14),
];

/** A contract year as the set's tables name it: « Année 3 », or « Renouvellement, année 3 » for an assumed renewal. */
export function contractYearLabel(y: { readonly contract: number; readonly contractYear: number }): string {
  return y.contract === 1 ? `Année ${y.contractYear}` : `Renouvellement, année ${y.contractYear}`;
}
/** « Budget annuel »: per calendar year, the set's ACI payments split by what they rest on, and hors ACI apart. */
export const BUDGET_YEAR_COLUMNS: readonly ColumnSpec[] = [
  col('Année civile', FORMATS.year, 12),
  col('ACI, contrats signés', FORMATS.euro, 18),
  col('ACI, renouvellement supposé', FORMATS.euro, 18),
  col('Hors ACI', FORMATS.euro, 14),
  col('Total ACI', FORMATS.euro, 18),
  col('Part renouvellement supposé', FORMATS.percent, 14),
  col('ACI, montants provisoires', FORMATS.euro, 18),
  col('Part provisoire', FORMATS.percent, 12),
  col('Total y compris hors ACI', FORMATS.euro, 20),
];
/** « Budget annuel »: the CPTS × calendar-year tables start with these, then one column per year and a total. */
export const BUDGET_CPTS_COLUMNS: readonly ColumnSpec[] = [col('Identifiant CPTS', null, 18), col('CPTS', null, 30)];
export const BUDGET_SET_ROW = 'Ensemble';
export const BUDGET_TOTAL_COLUMN = 'Total';
/** Hors ACI columns of the CPTS × year table: « Hors ACI 2024 », « Hors ACI total ». */
export const BUDGET_HORS_ACI_PREFIX = 'Hors ACI';
/** A calendar year's column in the CPTS × year tables. */
export function budgetYearColumn(year: string): ColumnSpec {
  return col(year, FORMATS.euro, 14);
}

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
  const key = normaliseHeader(text);
  for (const id of MISSION_IDS) if (normaliseHeader(id) === key || normaliseHeader(MISSION_LABELS[id]) === key) return id;
  return null;
}

/** The value of the « Version des règles » column that means « chosen from the dates ». */
export const AUTO_RULE_VERSION = 'auto';
export const RULE_VERSION_CHOICES: readonly string[] = [AUTO_RULE_VERSION, ...RULE_VERSIONS.map((v) => v.id)];

/** The name a scenario read from the workbook gets (scenarios saved by the pane carry their own). */
export const WORKBOOK_SCENARIO_NAME = 'Classeur';

/** Excel refuses a request over 5 MB on the web: writes are cut in chunks below this estimate. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The comparison of stored scenarios: a generated sheet, updated in place by each comparison. */
export const COMPARISON_SHEET = 'Comparaison';
export const COMPARISON_TABLES = {
  contractYears: 'TableComparaisonAnnees',
  calendarYears: 'TableComparaisonCivile',
  byCpts: 'TableComparaisonCPTS',
  byMission: 'TableComparaisonMissions',
} as const;
export const COMPARISON_BANNER = `${GENERATED_MARKER} : elle est mise à jour à chaque comparaison de scénarios. Ses tableaux, son graphique et ces lignes d’en-tête appartiennent au simulateur ; ce que vous ajoutez ailleurs est conservé.`;

/** « Dialogue de gestion »: one CPTS's printable report, a generated sheet updated in place each time. */
export const DIALOGUE_SHEET = 'Dialogue de gestion';
export const DIALOGUE_BANNER = `${GENERATED_MARKER} : elle est mise à jour à chaque « Dialogue de gestion ». Ses tableaux et ces lignes d’en-tête appartiennent au simulateur ; ce que vous ajoutez ailleurs est conservé.`;
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
  col('Prorata', FORMATS.prorata, 10),
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
