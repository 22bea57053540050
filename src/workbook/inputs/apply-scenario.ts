import { CPTS_FIELDS, CRISIS_MISSION_ID, MISSION_FIELDS, FONCTIONNEMENT, PARAMETER_FIELDS, PARAMETERS, type LineMission, type Scenario } from '../../engine';
import { BAREME_ROWS, type BaremeRow } from './bareme-rows';
import { asText, type CellValue } from '../grid/cells';
import type { InputTables, TableRead } from './read-inputs';
import {
  ACHIEVEMENT_COLUMNS,
  AUTO_RULE_VERSION,
  BAREME_CONTRACT_COLUMN,
  BAREME_KEY_COLUMNS,
  COMPONENT_LABELS,
  CPTS_COLUMNS,
  LIST_TABLES,
  listColumns,
  MISSION_LABELS,
  missionFromText,
  OPTIONAL_CPTS_COLUMNS,
  OPTIONAL_MISSIONS,
  PARAMETER_COLUMNS,
  RATE_COLUMNS,
  TABLES,
  type ColumnSpec,
  type ListTableSpec,
} from '../contract/layout';
import { cellFromValue, normaliseLabel } from './field-cells';
import { INDICATOR_METHOD_LABEL, isMethodLabel, methodText } from './method-cell';
import type { CellRef, WorkbookIssue } from '../port';
import { normaliseHeader, TableGrid } from '../grid/tables';

/**
 * A stored scenario written back into the input tables: the inverse of inputs.ts. Rows are built in each
 * table's own column order (columns found by header, as the reader finds them), so that reading the tables
 * right after gives the same scenario — up to what the tables cannot hold: the scenario's name (the workbook's
 * is « Classeur »), an empty list of crisis years (the same as none), the barème's label, and a forced
 * scenario-wide rule version, written on each CPTS that has none of its own (the same amounts).
 */

/** A table body to replace: the rows, in the table's column order, and where the table is. */
export interface BodyWrite {
  readonly table: string;
  readonly sheet: string;
  /** Header cell, 0-based. */
  readonly row: number;
  readonly col: number;
  readonly width: number;
  /** Body rows the table has now. */
  readonly currentRows: number;
  /** The new body (at least one row: an Excel table always has one). */
  readonly rows: readonly (readonly CellValue[])[];
  /** Number format of each column, by index (null: left as it is). */
  readonly formats: readonly (string | null)[];
}

/** The barème's contract column, rewritten whole: the scenario's amounts for its sizes, empty elsewhere. */
export interface ColumnWrite {
  readonly sheet: string;
  /** First body cell, 0-based. */
  readonly row: number;
  readonly col: number;
  readonly values: readonly CellValue[];
  readonly format: string | null;
}

export type ApplyPlan =
  | {
      readonly ok: true;
      readonly cpts: BodyWrite;
      readonly achievements: BodyWrite;
      readonly bareme: ColumnWrite | null;
      /** Format 2: the list tables present in the workbook (hors ACI, indicators, payments made), each rewritten whole. */
      readonly lists: readonly BodyWrite[];
      /** Format 2: the « Votre valeur » column of the parameter rows, when the workbook has them. */
      readonly parameters: ColumnWrite | null;
    }
  | { readonly ok: false; readonly issues: readonly WorkbookIssue[] };

/** An input table as located in the workbook: its grid (tables.ts), headers normalised as the reader finds them. */
type Located = TableGrid;
const locate = (table: TableRead): Located => new TableGrid(table);
const headerCell = (t: Located): CellRef => t.headerCell();

/** Column index of each spec, or issues naming the header cell. */
/** Column index of each spec (-1 for an `optional` one the table lacks), or issues naming the header cell. */
function columnsOf<K extends string>(
  t: Located,
  specs: Readonly<Record<K, ColumnSpec>>,
  issues: WorkbookIssue[],
  optional: readonly K[] = [],
): Record<K, number> | null {
  const out = {} as Record<K, number>;
  let ok = true;
  for (const key of Object.keys(specs) as K[]) {
    const j = t.header.indexOf(normaliseHeader(specs[key].header));
    if (j < 0 && optional.includes(key)) out[key] = -1;
    else if (j < 0) {
      ok = false;
      const cell = headerCell(t);
      issues.push({
        path: '',
        message: `'${cell.sheet}'!${cell.address} : colonne « ${specs[key].header} » introuvable ; ne renommez pas les en-têtes du modèle. Rien n’a été modifié.`,
        cell,
      });
    } else out[key] = j;
  }
  return ok ? out : null;
}

function body<K extends string>(
  t: Located,
  name: string,
  specs: Readonly<Record<K, ColumnSpec>>,
  cols: Record<K, number>,
  rows: readonly Partial<Record<K, CellValue>>[],
): BodyWrite {
  const width = t.header.length;
  const formats: (string | null)[] = new Array<string | null>(width).fill(null);
  for (const key of Object.keys(specs) as K[]) if (cols[key] >= 0) formats[cols[key]] = specs[key].format;
  const built = rows.map((r) => {
    const out: CellValue[] = new Array<CellValue>(width).fill(null);
    for (const key of Object.keys(r) as K[]) if (cols[key] >= 0) out[cols[key]] = r[key] ?? null;
    return out;
  });
  return {
    table: name,
    sheet: t.table.sheet,
    row: t.row,
    col: t.col,
    width,
    currentRows: Math.max(0, t.table.values.length - 1),
    rows: built.length > 0 ? built : [new Array<CellValue>(width).fill(null)],
    formats,
  };
}

function missingTable(name: string, why?: string): WorkbookIssue {
  return {
    path: '',
    message: why
      ? `${why.charAt(0).toUpperCase()}${why.slice(1)}, mais le tableau « ${name} » est introuvable : insérez le modèle pour le créer. Rien n’a été modifié.`
      : `Tableau « ${name} » introuvable : utilisez « Insérer le modèle » pour créer les tableaux de saisie. Rien n’a été modifié.`,
    cell: null,
  };
}

type CptsKey = keyof typeof CPTS_COLUMNS;
type AchievementKey = keyof typeof ACHIEVEMENT_COLUMNS;

/** What applying `scenario` writes, or why it cannot be written (nothing is then written). */
export function planApply(scenario: Scenario, tables: InputTables): ApplyPlan {
  const issues: WorkbookIssue[] = [];
  if (!tables.cpts) issues.push(missingTable(TABLES.cpts));
  if (!tables.achievements) issues.push(missingTable(TABLES.achievements));
  if (scenario.bareme && !tables.bareme) {
    issues.push({
      path: '',
      message: `Ce scénario porte les montants d’un contrat (barème), mais le tableau « ${TABLES.bareme} » est introuvable : insérez le modèle pour recréer la feuille du barème. Rien n’a été modifié.`,
      cell: null,
    });
  }
  if (!tables.cpts || !tables.achievements) return { ok: false, issues };
  const cptsTable = locate(tables.cpts);
  const achievementTable = locate(tables.achievements);
  const cptsCols = columnsOf(cptsTable, CPTS_COLUMNS, issues, OPTIONAL_CPTS_COLUMNS);
  const achievementCols = columnsOf(achievementTable, ACHIEVEMENT_COLUMNS, issues);
  if (cptsCols && cptsCols.renewal < 0 && scenario.cpts.some((c) => c.renewal !== undefined)) {
    const cell = headerCell(cptsTable);
    issues.push({
      path: '',
      message: `'${cell.sheet}'!${cell.address} : ce scénario suppose des renouvellements, mais le tableau des CPTS n’a pas de colonne « ${CPTS_COLUMNS.renewal.header} » : ajoutez-la (en-tête exact), ou insérez le modèle. Rien n’a été modifié.`,
      cell,
    });
  }
  const bareme = tables.bareme ? baremeColumn(scenario, locate(tables.bareme), issues) : null;
  const lists = LIST_TABLES.flatMap((spec) => {
    const table = tables[spec.field] ?? null;
    if (!table) {
      if (hasItems(scenario, spec)) issues.push(missingTable(spec.table, `ce scénario porte des lignes « ${spec.sheet} »`));
      return [];
    }
    const body = listBody(scenario, spec, locate(table), issues);
    return body ? [body] : [];
  });
  const parameters = tables.parameters ? parameterColumn(scenario, locate(tables.parameters), issues) : null;
  if (!tables.parameters && ((scenario.parameters && Object.keys(scenario.parameters).length > 0) || scenario.indicatorMethod))
    issues.push(missingTable(TABLES.parameters, 'ce scénario règle des paramètres'));
  if (!cptsCols || !achievementCols || issues.length > 0) return { ok: false, issues };

  const cptsRows: Partial<Record<CptsKey, CellValue>>[] = [];
  const achievementRows: Partial<Record<AchievementKey, CellValue>>[] = [];
  for (const c of scenario.cpts) {
    const crisis = c.missions.find((m) => m.mission === CRISIS_MISSION_ID);
    const optional = c.missions.filter((m) => OPTIONAL_MISSIONS.includes(m.mission)).map((m) => MISSION_LABELS[m.mission]);
    const version = c.ruleVersion ?? (scenario.ruleVersion !== AUTO_RULE_VERSION ? scenario.ruleVersion : null);
    const row: Partial<Record<CptsKey, CellValue>> = {};
    // The plain fields, from the schema, as the reader reads them.
    for (const key of ['id', 'name', 'population', 'signatureDate', 'renewal'] as const) row[key] = cellFromValue(CPTS_FIELDS[key].kind, c[key]);
    cptsRows.push({
      ...row,
      ruleVersion: version,
      crisisYears: crisis?.crisisYears && crisis.crisisYears.length > 0 ? asText(crisis.crisisYears.join(';')) : null,
      optionalMissions: optional.length > 0 ? asText(optional.join('; ')) : null,
    });
    for (const m of c.missions) {
      const row: Partial<Record<AchievementKey, CellValue>> = {
        cptsId: asText(c.id),
        mission: MISSION_LABELS[m.mission],
        startDate: cellFromValue(MISSION_FIELDS.startDate.kind, m.startDate),
      };
      RATE_COLUMNS.forEach((key, y) => {
        row[key] = m.rates[y] ?? null;
      });
      achievementRows.push(row);
    }
  }
  return {
    ok: true,
    cpts: body(cptsTable, TABLES.cpts, CPTS_COLUMNS, cptsCols, cptsRows),
    achievements: body(achievementTable, TABLES.achievements, ACHIEVEMENT_COLUMNS, achievementCols, achievementRows),
    bareme,
    lists,
    parameters,
  };
}

function hasItems(scenario: Scenario, spec: ListTableSpec): boolean {
  return scenario.cpts.some((c) =>
    spec.owner === 'cpts' ? (c[spec.field as 'horsAci' | 'paid']?.length ?? 0) > 0 : c.missions.some((m) => (m.indicators?.length ?? 0) > 0),
  );
}

/** A list table's new body: one row per item of every CPTS (and mission), fields by the schema's kinds. */
function listBody(scenario: Scenario, spec: ListTableSpec, t: Located, issues: WorkbookIssue[]): BodyWrite | null {
  const columns = listColumns(spec);
  const specs = Object.fromEntries(columns.map((c, j) => [String(j), c.spec])) as Record<string, ColumnSpec>;
  const cols = columnsOf(t, specs, issues);
  if (!cols) return null;
  const rows: Partial<Record<string, CellValue>>[] = [];
  const push = (cptsId: string, mission: string | null, item: Readonly<Record<string, unknown>>): void => {
    const row: Partial<Record<string, CellValue>> = {};
    columns.forEach((c, j) => {
      const key = String(j);
      if (c.role === 'cpts') row[key] = asText(cptsId);
      else if (c.role === 'mission') row[key] = mission;
      else if (c.role === 'field') row[key] = cellFromValue(c.field.kind, item[c.key]);
      else {
        const values = item[c.key] as readonly unknown[] | undefined;
        const of = c.field.kind.type === 'list' ? c.field.kind.of : c.field.kind;
        row[key] = cellFromValue(of, values?.[c.year - 1]);
      }
    });
    rows.push(row);
  };
  for (const c of scenario.cpts) {
    if (spec.owner === 'cpts') for (const item of c[spec.field as 'horsAci' | 'paid'] ?? []) push(c.id, null, item as unknown as Record<string, unknown>);
    else for (const m of c.missions) for (const item of m.indicators ?? []) push(c.id, MISSION_LABELS[m.mission], item as unknown as Record<string, unknown>);
  }
  return body(t, spec.table, specs, cols, rows);
}

/** The parameter rows' « Votre valeur »: the scenario's setting, empty where it keeps the built-in value. */
function parameterColumn(scenario: Scenario, t: Located, issues: WorkbookIssue[]): ColumnWrite | null {
  const cols = columnsOf(t, { parameter: PARAMETER_COLUMNS.parameter, value: PARAMETER_COLUMNS.value }, issues);
  if (!cols) return null;
  const own = (scenario.parameters ?? {}) as Readonly<Record<string, unknown>>;
  const found = new Set<string>();
  let methodRow = false;
  const values = t.table.values.slice(1).map((r): CellValue => {
    if (isMethodLabel(String(r[cols.parameter] ?? ''))) {
      methodRow = true;
      return methodText(scenario.indicatorMethod);
    }
    const label = normaliseLabel(String(r[cols.parameter] ?? ''));
    const spec = PARAMETERS.find((p) => normaliseLabel(p.label) === label || p.id === label);
    if (!spec) return null;
    found.add(spec.id);
    return cellFromValue(PARAMETER_FIELDS[spec.id].kind, own[spec.id]);
  });
  for (const id of Object.keys(own)) {
    if (own[id] === undefined || found.has(id)) continue;
    const cell = headerCell(t);
    issues.push({
      path: '',
      message: `'${cell.sheet}'!${cell.address} : ligne du paramètre « ${PARAMETERS.find((p) => p.id === id)?.label ?? id} » manquante : la valeur du scénario ne peut pas y être écrite. Rien n’a été modifié.`,
      cell,
    });
  }
  if (scenario.indicatorMethod && !methodRow) {
    const cell = headerCell(t);
    issues.push({
      path: '',
      message: `'${cell.sheet}'!${cell.address} : ligne « ${INDICATOR_METHOD_LABEL} » manquante : la méthode du scénario ne peut pas y être écrite. Rien n’a été modifié.`,
      cell,
    });
  }
  return { sheet: t.table.sheet, row: t.row + 1, col: t.col + cols.value, values, format: null };
}

function lineMission(text: string): LineMission | null {
  if (normaliseHeader(text) === normaliseHeader(MISSION_LABELS[FONCTIONNEMENT])) return FONCTIONNEMENT;
  return missionFromText(text);
}

/** The scenario's amount for a barème row, as the number the column holds; null for a size it does not give. */
function amountOf(scenario: Scenario, row: BaremeRow): number | null {
  let node: unknown = scenario;
  for (const key of row.path.split('.')) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? Number(node) : null;
}

function baremeColumn(scenario: Scenario, t: Located, issues: WorkbookIssue[]): ColumnWrite | null {
  const before = issues.length;
  const key = columnsOf(t, BAREME_KEY_COLUMNS, issues);
  const amountCol = t.header.indexOf(normaliseHeader(BAREME_CONTRACT_COLUMN.header));
  if (amountCol < 0) columnsOf(t, { amount: BAREME_CONTRACT_COLUMN }, issues);
  if (!key || amountCol < 0) return null;
  const found = new Set<BaremeRow>();
  const values = t.table.values.slice(1).map((r): CellValue => {
    const size = r[key.size];
    const mission = lineMission(String(r[key.mission] ?? ''));
    const component = normaliseHeader(String(r[key.component] ?? ''));
    const row = BAREME_ROWS.find((b) => b.size === size && b.mission === mission && normaliseHeader(COMPONENT_LABELS[b.component]) === component);
    if (!row) return null;
    found.add(row);
    return amountOf(scenario, row);
  });
  for (const size of Object.keys(scenario.bareme?.sizes ?? {})) {
    const missing = BAREME_ROWS.find((b) => String(b.size) === size && !found.has(b));
    if (missing) {
      const cell = headerCell(t);
      issues.push({
        path: '',
        message: `'${cell.sheet}'!${cell.address} : ligne du barème manquante (taille ${size}, ${MISSION_LABELS[missing.mission]}, ${COMPONENT_LABELS[missing.component]}) : le montant du scénario ne peut pas y être écrit. Rien n’a été modifié.`,
        cell,
      });
    }
  }
  if (issues.length > before) return null;
  return { sheet: t.table.sheet, row: t.row + 1, col: t.col + amountCol, values, format: BAREME_CONTRACT_COLUMN.format };
}
