import {
  builtInParameters,
  frenchDate,
  parameterSources,
  CPTS_FIELDS,
  CRISIS_MISSION_ID,
  MISSION_IDS,
  PARAMETER_FIELDS,
  PARAMETERS,
  RULE_VERSIONS,
  type Kind,
} from '../../engine';
import { BAREME_ROWS } from './bareme-rows';
import { asText, isoToSerial, type CellValue } from '../grid/cells';
import {
  ACHIEVEMENT_COLUMNS,
  BAREME_CONTRACT_COLUMN,
  BAREME_KEY_COLUMNS,
  baremeVersionColumns,
  COMPONENT_LABELS,
  CPTS_COLUMNS,
  INPUT_BANNER,
  LIST_TABLES,
  listColumns,
  MISSION_LABELS,
  PARAMETER_COLUMNS,
  RULE_VERSION_CHOICES,
  SHEETS,
  STATUS_LABELS,
  TABLES,
  type ListTableSpec,
} from '../contract/layout';
import { cellFromValue, choicesOf } from './field-cells';
import { INDICATOR_METHOD_LABEL, LINEAR_TEXT, METHOD_NOTE } from './method-cell';
import type { ColumnRule, SheetPlan, TablePlan } from '../grid/plan';
import type { InsertTemplateOutcome, TemplateConflictPolicy, TemplateOptions } from '../port';
import { sameName as same } from '../grid/tables';

/** The sheet names « Insérer le modèle » uses: the standard ones, or free ones when the user chose « rename ». */
export interface TemplateNames {
  readonly cpts: string;
  readonly achievements: string;
  readonly horsAci: string;
  readonly indicators: string;
  readonly paid: string;
  readonly bareme: string;
}

/** The template's sheets, by their key in TemplateNames, in the order they are created. */
const TEMPLATE_SHEETS = [
  ['cpts', SHEETS.cpts],
  ['achievements', SHEETS.achievements],
  ['horsAci', SHEETS.horsAci],
  ['indicators', SHEETS.indicators],
  ['paid', SHEETS.paid],
  ['bareme', SHEETS.bareme],
] as const satisfies readonly (readonly [keyof TemplateNames, string])[];
const TEMPLATE_TABLES: readonly string[] = [TABLES.cpts, TABLES.achievements, TABLES.horsAci, TABLES.indicators, TABLES.paid, TABLES.bareme, TABLES.parameters];

export type TemplateDecision =
  { readonly ok: true; readonly names: TemplateNames; readonly replace: readonly string[] } | Exclude<InsertTemplateOutcome, { ok: true }>;

/** Excel compares sheet names without case: « Paramètres CPTS (2) », « (3) »… until one is free. */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  if (!existing.some((e) => same(e, wanted))) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!existing.some((e) => same(e, name))) return name;
  }
}

/**
 * Decides what « Insérer le modèle » may do without destroying user data. The input tables are found by
 * name, and table names are unique in a workbook: if they already exist on a sheet we would not replace, a
 * second template could never be read, so that is refused rather than created.
 */
export function planTemplate(
  sheets: readonly string[],
  tables: readonly { readonly name: string; readonly sheet: string }[],
  policy: TemplateConflictPolicy,
): TemplateDecision {
  const wanted: string[] = TEMPLATE_SHEETS.map(([, sheet]) => sheet);
  const taken = wanted.filter((w) => sheets.some((s) => same(s, w)));
  const replaced = policy === 'replace' ? sheets.filter((s) => wanted.some((w) => same(s, w))) : [];
  const ours = TEMPLATE_TABLES;
  const elsewhere = tables.filter((t) => ours.some((o) => same(o, t.name)) && !replaced.some((r) => same(r, t.sheet)));
  if (policy === 'ask' && taken.length > 0) return { ok: false, conflicts: taken };
  if (elsewhere.length > 0) {
    return {
      ok: false,
      issues: elsewhere.map((t) => ({
        path: '',
        message: `Le modèle est déjà présent : le tableau « ${t.name} » est sur la feuille « ${t.sheet} ». Saisissez-y vos données, ou supprimez ce tableau pour réinsérer le modèle. Rien n’a été modifié.`,
        cell: { sheet: t.sheet, address: 'A1' },
      })),
    };
  }
  if (policy === 'rename') {
    const used = [...sheets];
    const pick = (w: string): string => {
      const name = freeSheetName(w, used);
      used.push(name);
      return name;
    };
    return { ok: true, names: Object.fromEntries(TEMPLATE_SHEETS.map(([key, sheet]) => [key, pick(sheet)])) as unknown as TemplateNames, replace: [] };
  }
  return { ok: true, names: Object.fromEntries(TEMPLATE_SHEETS) as unknown as TemplateNames, replace: replaced };
}

/** The crisis mission has no variable part: its rate cells stay empty, and are styled as not to be filled. */
const NO_RATES = [null, null, null, null, null];

/** The filled example: one CPTS with every mission, one smaller one with the « socle » only. */
const EXAMPLE_CPTS: readonly CellValue[][] = [
  [
    asText('cpts-exemple'),
    asText('CPTS Exemple'),
    52000,
    isoToSerial('2024-03-15'),
    'auto',
    asText('3'),
    asText(MISSION_LABELS['accompagnement-professionnels']),
    'Non',
  ],
  [asText('cpts-du-val'), asText('CPTS du Val'), 28000, isoToSerial('2023-01-10'), 'auto', null, null, 'Non'],
];
const EXAMPLE_ACHIEVEMENTS: readonly CellValue[][] = [
  ['cpts-exemple', 'acces-soins', '2024-03-15', [1, 1, 0.8, 0.8, 0.8]],
  ['cpts-exemple', 'parcours', '2024-09-15', [1, 1, 1, 1, 1]],
  ['cpts-exemple', 'prevention', '2024-09-15', [0.5, 1, 1, 1, 1]],
  ['cpts-exemple', 'crises-sanitaires', '2024-03-15', NO_RATES],
  ['cpts-exemple', 'accompagnement-professionnels', '2025-03-15', [1, 1, 1, 1, 1]],
  ['cpts-du-val', 'acces-soins', '2023-01-10', [0.7, 0.7, 0.7, 0.7, 0.7]],
  ['cpts-du-val', 'parcours', '2023-07-10', [0.7, 0.7, 0.7, 0.7, 0.7]],
  ['cpts-du-val', 'prevention', '2023-07-10', [0.7, 0.7, 0.7, 0.7, 0.7]],
  ['cpts-du-val', 'crises-sanitaires', '2023-01-10', NO_RATES],
].map(([id, mission, start, rates]) => [
  asText(id as string),
  MISSION_LABELS[mission as (typeof MISSION_IDS)[number]],
  isoToSerial(start as string),
  ...(rates as (number | null)[]),
]);

const PERCENT: ColumnRule = { type: 'percent' };

/** The data validation a field's kind calls for (null: typed freely). */
export function ruleOfKind(kind: Kind): ColumnRule | null {
  const choices = choicesOf(kind);
  if (choices) return { type: 'list', items: choices };
  switch (kind.type) {
    case 'integer':
      return { type: 'wholeNumber', min: kind.min };
    case 'date':
      return { type: 'date' };
    case 'money':
      return { type: 'decimal', min: 0 };
    case 'fraction':
      return PERCENT;
    default:
      return null;
  }
}

/**
 * The key column of a per-CPTS table: a drop-down of the CPTS table's identifiers, so that no identifier is
 * retyped. A list source cannot name a table column directly; INDIRECT of the structured reference can, and
 * follows the table as it grows.
 */
export const CPTS_ID_RULE: ColumnRule = { type: 'list', items: [], formula: `=INDIRECT("${TABLES.cpts}[${CPTS_COLUMNS.id.header}]")` };

/** One empty body row, for a table the user fills from scratch. */
const emptyRows = (width: number): CellValue[][] => [new Array<CellValue>(width).fill(null)];

function cptsSheet(name: string, options: TemplateOptions): SheetPlan {
  const c = CPTS_COLUMNS;
  const columns = [c.id, c.name, c.population, c.signatureDate, c.ruleVersion, c.crisisYears, c.optionalMissions, c.renewal];
  const rules = new Map<number, ColumnRule>([[4, { type: 'list', items: RULE_VERSION_CHOICES }]]);
  // The plain fields' validation, from their kinds in the schema.
  for (const key of ['population', 'signatureDate', 'renewal'] as const) {
    const rule = ruleOfKind(CPTS_FIELDS[key].kind);
    if (rule) rules.set(columns.indexOf(c[key]), rule);
  }
  const table: TablePlan = {
    name: TABLES.cpts,
    row: 2,
    col: 0,
    columns,
    rows: options.example ? EXAMPLE_CPTS : emptyRows(columns.length),
    kind: 'input',
    rules,
  };
  const note =
    'Version des règles : « auto » (selon les dates) ou une version imposée. Années de crise : années de contrat séparées par « ; » (ex. 3 ou 2;4). Missions optionnelles : noms séparés par « ; », chacune avec sa ligne dans « Atteinte des missions ». Renouvellement supposé : Oui pour un second contrat de cinq ans signé le lendemain de la fin du premier.';
  return {
    name,
    generated: false,
    cells: [{ row: 0, col: 0, values: [[INPUT_BANNER.cpts], [note]], kind: 'info' }],
    tables: [table],
    charts: [],
    freezeRows: 3,
  };
}

function achievementSheet(name: string, options: TemplateOptions): SheetPlan {
  const c = ACHIEVEMENT_COLUMNS;
  const columns = [c.cptsId, c.mission, c.startDate, c.rate1, c.rate2, c.rate3, c.rate4, c.rate5];
  const rows = options.example ? EXAMPLE_ACHIEVEMENTS : emptyRows(columns.length);
  // The crisis rows' rate cells are not used (no variable part): they do not look like inputs.
  const crisis = MISSION_LABELS[CRISIS_MISSION_ID];
  const unused = rows.flatMap((r, i) => (r[1] === crisis ? [3, 4, 5, 6, 7].map((col) => ({ row: i, col, kind: 'unused' as const })) : []));
  const table: TablePlan = {
    name: TABLES.achievements,
    row: 2,
    col: 0,
    columns,
    rows,
    kind: 'input',
    cellKinds: unused,
    rules: new Map<number, ColumnRule>([
      [0, CPTS_ID_RULE],
      [1, { type: 'list', items: MISSION_IDS.map((id) => MISSION_LABELS[id]) }],
      [2, { type: 'date' }],
      [3, PERCENT],
      [4, PERCENT],
      [5, PERCENT],
      [6, PERCENT],
      [7, PERCENT],
    ]),
  };
  const note =
    'Une ligne par CPTS et par mission, une seule : l’identifiant se choisit dans la liste des CPTS. Taux d’atteinte de la part variable, de 0 % à 100 %, pour chaque année de contrat (la mission « Crises sanitaires » n’en a pas : laissez ses taux vides). Les cellules peuvent contenir des formules.';
  return {
    name,
    generated: false,
    cells: [{ row: 0, col: 0, values: [[INPUT_BANNER.achievements], [note]], kind: 'info' }],
    tables: [table],
    charts: [],
    freezeRows: 3,
  };
}

/** A format-2 list table on its own sheet (hors ACI, indicators, payments made): columns from the schema, empty. */
function listSheet(name: string, spec: ListTableSpec): SheetPlan {
  const columns = listColumns(spec);
  const rules = new Map<number, ColumnRule>();
  columns.forEach((c, j) => {
    if (c.role === 'cpts') rules.set(j, CPTS_ID_RULE);
    else if (c.role === 'mission') rules.set(j, { type: 'list', items: MISSION_IDS.map((id) => MISSION_LABELS[id]) });
    else if (c.role === 'field') {
      const rule = ruleOfKind(c.field.kind);
      if (rule) rules.set(j, rule);
    }
  });
  const table: TablePlan = {
    name: spec.table,
    row: 2,
    col: 0,
    columns: columns.map((c) => c.spec),
    rows: emptyRows(columns.length),
    kind: 'input',
    rules,
  };
  return {
    name,
    generated: false,
    cells: [{ row: 0, col: 0, values: [[INPUT_BANNER[spec.field]], [LIST_NOTES[spec.field]]], kind: 'info' }],
    tables: [table],
    charts: [],
    freezeRows: 3,
  };
}

const LIST_NOTES: Readonly<Record<ListTableSpec['field'], string>> = {
  horsAci:
    'Nature : « Aide au démarrage ARS » ou « Forfait lettre d’intention ». Montant vide : celui des règles (15 000 € pour l’aide ARS ; le forfait dépend de la taille). Facultatif : laissez le tableau vide s’il n’y a rien.',
  indicators:
    'Une ligne par indicateur d’une mission déclarée dans « Atteinte des missions ». Atteinte d’une année = (réalisé − valeur de départ) ÷ (cible − valeur de départ), bornée à [0 ; 100 %] : c’est la convention du classeur, le contrat fixe la méthode réelle. Réalisé vide : pas encore connu (le taux saisi s’applique).',
  paid: 'Une ligne par versement reçu. Contrat : 1, ou 2 pour le renouvellement supposé (vide : 1). Nature : Fonctionnement, Avance, Solde ou Hors ACI.',
};

/** The parameter rows: each open rule, its built-in value in words, an empty « Votre valeur », and its choices. */
function parameterTable(row: number): TablePlan {
  const builtIn = builtInParameters() as Readonly<Record<string, unknown>>;
  const sources = parameterSources();
  const rows = PARAMETERS.map((p): CellValue[] => {
    const kind = PARAMETER_FIELDS[p.id].kind;
    const value = builtIn[p.id];
    const shown =
      kind.type === 'fraction'
        ? `${String(Math.round((value as number) * 10000) / 100).replace('.', ',')} %`
        : kind.type === 'date'
          ? frenchDate(value as string)
          : String(cellFromValue(kind, value) ?? '');
    const choices = choicesOf(kind);
    const choice = choices
      ? `Choix : ${choices.join(' ; ')}`
      : kind.type === 'fraction'
        ? 'Un pourcentage, par ex. 75 %'
        : kind.type === 'date'
          ? 'Une date, par ex. 01/04/2022'
          : '';
    // The built-in value's status and reference, from the rule data, so the user sees what rests on a reading.
    const source = sources[p.id];
    const note = `${STATUS_LABELS[source.status]} (${source.ref})${choice ? `. ${choice}` : ''}`;
    return [asText(p.label), asText(shown), null, asText(note)];
  });
  rows.push([asText(INDICATOR_METHOD_LABEL), LINEAR_TEXT, null, asText(`Choix : ${METHOD_NOTE}`)]);
  const c = PARAMETER_COLUMNS;
  return {
    name: TABLES.parameters,
    row,
    col: 0,
    columns: [c.parameter, c.builtIn, c.value, c.note],
    rows,
    kind: 'output',
    columnKinds: new Map([[2, 'input']]),
  };
}

/**
 * Built-in amounts of every version, then the contract's own amounts right beside them (visible without
 * scrolling), then each version's status and source; below, the open rules as parameter rows.
 */
export function baremeSheet(name: string): SheetPlan {
  const amountColumns = RULE_VERSIONS.map((v) => baremeVersionColumns(v.label)[0]!);
  const detailColumns = RULE_VERSIONS.flatMap((v) => baremeVersionColumns(v.label).slice(1));
  const columns = [
    BAREME_KEY_COLUMNS.size,
    BAREME_KEY_COLUMNS.mission,
    BAREME_KEY_COLUMNS.component,
    ...amountColumns,
    BAREME_CONTRACT_COLUMN,
    ...detailColumns,
  ];
  const rows = BAREME_ROWS.map((r): CellValue[] => {
    const entries = RULE_VERSIONS.map((v) => r.builtIn(v));
    return [
      r.size,
      MISSION_LABELS[r.mission],
      COMPONENT_LABELS[r.component],
      ...entries.map((e) => (e ? Number(e.value) : null)),
      null,
      ...entries.flatMap((e): CellValue[] => (e ? [STATUS_LABELS[e.status], asText(e.ref)] : ['sans objet', null])),
    ];
  });
  const contractCol = 3 + amountColumns.length;
  const table: TablePlan = {
    name: TABLES.bareme,
    row: 2,
    col: 0,
    columns,
    rows,
    kind: 'output',
    columnKinds: new Map([[contractCol, 'input']]),
    rules: new Map<number, ColumnRule>([[contractCol, { type: 'decimal', min: 0 }]]),
  };
  const note =
    'Montants annuels en euros. Statuts : confirmé (lu dans le texte), dérivé (calculé), à vérifier, provisoire. Pour une taille, saisissez toutes ses lignes ou aucune.';
  // The parameter rows sit under the barème, after a blank row and their own banner line.
  const parametersRow = table.row + 1 + rows.length + 3;
  return {
    name,
    generated: false,
    cells: [
      { row: 0, col: 0, values: [[INPUT_BANNER.bareme], [note]], kind: 'info' },
      { row: parametersRow - 1, col: 0, values: [[INPUT_BANNER.parameters]], kind: 'info' },
    ],
    tables: [table, parameterTable(parametersRow)],
    charts: [],
    freezeRows: 3,
  };
}

export function templatePlans(names: TemplateNames, options: TemplateOptions = { example: true }): SheetPlan[] {
  const lists = LIST_TABLES.map((spec) => listSheet(names[spec.field], spec));
  return [cptsSheet(names.cpts, options), achievementSheet(names.achievements, options), ...lists, baremeSheet(names.bareme)];
}
