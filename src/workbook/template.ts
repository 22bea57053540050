import { MISSION_IDS, RULE_VERSIONS } from '../engine';
import { BAREME_ROWS } from './bareme-rows';
import { asText, isoToSerial, type CellValue } from './cells';
import {
  ACHIEVEMENT_COLUMNS,
  BAREME_CONTRACT_COLUMN,
  BAREME_KEY_COLUMNS,
  baremeVersionColumns,
  COMPONENT_LABELS,
  CPTS_COLUMNS,
  INPUT_BANNER,
  MISSION_LABELS,
  RULE_VERSION_CHOICES,
  SHEETS,
  STATUS_LABELS,
  TABLES,
} from './layout';
import type { ColumnRule, SheetPlan, TablePlan } from './plan';
import type { InsertTemplateOutcome, TemplateConflictPolicy } from './port';

/** The sheet names « Insérer le modèle » uses: the standard ones, or free ones when the user chose « rename ». */
export interface TemplateNames {
  readonly cpts: string;
  readonly achievements: string;
  readonly bareme: string;
}

export type TemplateDecision =
  { readonly ok: true; readonly names: TemplateNames; readonly replace: readonly string[] } | Exclude<InsertTemplateOutcome, { ok: true }>;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

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
  const wanted = [SHEETS.cpts, SHEETS.achievements, SHEETS.bareme];
  const taken = wanted.filter((w) => sheets.some((s) => same(s, w)));
  const replaced = policy === 'replace' ? sheets.filter((s) => wanted.some((w) => same(s, w))) : [];
  const ours: string[] = [TABLES.cpts, TABLES.achievements, TABLES.bareme];
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
    return { ok: true, names: { cpts: pick(SHEETS.cpts), achievements: pick(SHEETS.achievements), bareme: pick(SHEETS.bareme) }, replace: [] };
  }
  return { ok: true, names: { cpts: SHEETS.cpts, achievements: SHEETS.achievements, bareme: SHEETS.bareme }, replace: replaced };
}

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
  ],
  [asText('cpts-du-val'), asText('CPTS du Val'), 28000, isoToSerial('2023-01-10'), 'auto', null, null],
];
const EXAMPLE_ACHIEVEMENTS: readonly CellValue[][] = [
  ['cpts-exemple', 'acces-soins', '2024-03-15', [1, 1, 0.8, 0.8, 0.8]],
  ['cpts-exemple', 'parcours', '2024-09-15', [1, 1, 1, 1, 1]],
  ['cpts-exemple', 'prevention', '2024-09-15', [0.5, 1, 1, 1, 1]],
  ['cpts-exemple', 'crises-sanitaires', '2024-03-15', [1, 1, 1, 1, 1]],
  ['cpts-exemple', 'accompagnement-professionnels', '2025-03-15', [1, 1, 1, 1, 1]],
  ['cpts-du-val', 'acces-soins', '2023-01-10', [0.7, 0.7, 0.7, 0.7, 0.7]],
  ['cpts-du-val', 'parcours', '2023-07-10', [0.7, 0.7, 0.7, 0.7, 0.7]],
  ['cpts-du-val', 'prevention', '2023-07-10', [0.7, 0.7, 0.7, 0.7, 0.7]],
  ['cpts-du-val', 'crises-sanitaires', '2023-01-10', [1, 1, 1, 1, 1]],
].map(([id, mission, start, rates]) => [
  asText(id as string),
  MISSION_LABELS[mission as (typeof MISSION_IDS)[number]],
  isoToSerial(start as string),
  ...(rates as number[]),
]);

const PERCENT: ColumnRule = { type: 'percent' };

function cptsSheet(name: string): SheetPlan {
  const c = CPTS_COLUMNS;
  const table: TablePlan = {
    name: TABLES.cpts,
    row: 2,
    col: 0,
    columns: [c.id, c.name, c.population, c.signatureDate, c.ruleVersion, c.crisisYears, c.optionalMissions],
    rows: EXAMPLE_CPTS,
    kind: 'input',
    rules: new Map<number, ColumnRule>([
      [2, { type: 'wholeNumber', min: 1 }],
      [3, { type: 'date' }],
      [4, { type: 'list', items: RULE_VERSION_CHOICES }],
    ]),
  };
  const note =
    'Version des règles : « auto » (selon les dates) ou une version imposée. Années de crise : années de contrat séparées par « ; » (ex. 3 ou 2;4). Missions optionnelles : noms séparés par « ; », chacune avec sa ligne dans « Atteinte des missions ».';
  return {
    name,
    generated: false,
    cells: [{ row: 0, col: 0, values: [[INPUT_BANNER.cpts], [note]], kind: 'info' }],
    tables: [table],
    charts: [],
    freezeRows: 3,
  };
}

function achievementSheet(name: string): SheetPlan {
  const c = ACHIEVEMENT_COLUMNS;
  const table: TablePlan = {
    name: TABLES.achievements,
    row: 2,
    col: 0,
    columns: [c.cptsId, c.mission, c.startDate, c.rate1, c.rate2, c.rate3, c.rate4, c.rate5],
    rows: EXAMPLE_ACHIEVEMENTS,
    kind: 'input',
    rules: new Map<number, ColumnRule>([
      [1, { type: 'list', items: MISSION_IDS.map((id) => MISSION_LABELS[id]) }],
      [2, { type: 'date' }],
      [3, PERCENT],
      [4, PERCENT],
      [5, PERCENT],
      [6, PERCENT],
      [7, PERCENT],
    ]),
  };
  const note = 'Taux d’atteinte de la part variable, de 0 % à 100 %, pour chaque année de contrat. Les cellules peuvent contenir des formules.';
  return {
    name,
    generated: false,
    cells: [{ row: 0, col: 0, values: [[INPUT_BANNER.achievements], [note]], kind: 'info' }],
    tables: [table],
    charts: [],
    freezeRows: 3,
  };
}

/** Built-in amounts of every version side by side, and an empty input column for the contract's own amounts. */
export function baremeSheet(name: string): SheetPlan {
  const versionColumns = RULE_VERSIONS.flatMap((v) => baremeVersionColumns(v.label));
  const columns = [BAREME_KEY_COLUMNS.size, BAREME_KEY_COLUMNS.mission, BAREME_KEY_COLUMNS.component, ...versionColumns, BAREME_CONTRACT_COLUMN];
  const rows = BAREME_ROWS.map((r): CellValue[] => [
    r.size,
    MISSION_LABELS[r.mission],
    COMPONENT_LABELS[r.component],
    ...RULE_VERSIONS.flatMap((v): CellValue[] => {
      const entry = r.builtIn(v);
      return entry ? [Number(entry.value), STATUS_LABELS[entry.status], asText(entry.ref)] : [null, 'sans objet', null];
    }),
    null,
  ]);
  const contractCol = columns.length - 1;
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
  return {
    name,
    generated: false,
    cells: [{ row: 0, col: 0, values: [[INPUT_BANNER.bareme], [note]], kind: 'info' }],
    tables: [table],
    charts: [],
    freezeRows: 3,
  };
}

export function templatePlans(names: TemplateNames): SheetPlan[] {
  return [cptsSheet(names.cpts), achievementSheet(names.achievements), baremeSheet(names.bareme)];
}
