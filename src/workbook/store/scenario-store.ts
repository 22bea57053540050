import { SCENARIO_FORMAT, SCENARIO_FORMATS, validateScenario, type IsoDate, type Scenario } from '../../engine';
import { isBlank, type CellValue } from '../grid/cells';
import { FORMATS, type ColumnSpec } from '../contract/layout';
import type { CellRef, WorkbookIssue } from '../port';
import { decodeField, encodeField, setValueAt, STORE_FIELDS, valueAt, type StoreField } from './store-fields';

/**
 * The scenario store: every saved scenario as rows of a plain table on its own sheet (« Scénarios ACI »), one
 * row per scenario × CPTS × field, readable and editable by a person, and nothing hidden elsewhere, so that a
 * copy of the file, an e-mail or another spreadsheet program keeps it all. Each scenario carries a revision and
 * a checksum over its content, status and revision: a hand edit that breaks one is reported, never trusted silently.
 */
export const STORE_SHEET = 'Scénarios ACI';
export const STORE_TABLE = 'TableScenarios';

export type ScenarioStatus = 'brouillon' | 'valide' | 'realise';
export const STATUS_TEXT: Readonly<Record<ScenarioStatus, string>> = { brouillon: 'brouillon', valide: 'validé', realise: 'réalisé' };

export interface StoredScenario {
  readonly scenario: Scenario;
  readonly status: ScenarioStatus;
  /** The meeting where a validated scenario was agreed. */
  readonly meetingDate: IsoDate | null;
  readonly revision: number;
  readonly author: string | null;
  /** When it was last saved, ISO date and time (UTC). */
  readonly savedAt: string;
}

const c = (header: string, format: string | null, width: number): ColumnSpec => ({ header, format: format as ColumnSpec['format'], width });
export const STORE_COLUMNS = {
  scenario: c('Scénario', FORMATS.text, 28),
  status: c('Statut', FORMATS.text, 11),
  meetingDate: c('Date de réunion', FORMATS.text, 14),
  revision: c('Révision', FORMATS.integer, 9),
  checksum: c('Contrôle', FORMATS.text, 11),
  author: c('Auteur', FORMATS.text, 18),
  savedAt: c('Enregistré le', FORMATS.text, 20),
  format: c('Format', FORMATS.text, 20),
  cpts: c('CPTS', FORMATS.text, 18),
  field: c('Champ', FORMATS.text, 40),
  value: c('Valeur', FORMATS.text, 30),
} as const;
type StoreColumn = keyof typeof STORE_COLUMNS;
export const STORE_COLUMN_ORDER = Object.keys(STORE_COLUMNS) as StoreColumn[];
const COL = Object.fromEntries(STORE_COLUMN_ORDER.map((k, i) => [k, i])) as Record<StoreColumn, number>;

/** FNV-1a, 32 bits, over the canonical JSON: enough to notice an edit, not a security seal. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Over the scenario as saved in `format` (the store writes today's; rows of format 1 were summed with theirs). */
export function checksumOf(s: Pick<StoredScenario, 'scenario' | 'status' | 'meetingDate' | 'revision'>, format: string = SCENARIO_FORMAT): string {
  return fnv1a(canonical({ scenario: { ...s.scenario, format }, status: s.status, meetingDate: s.meetingDate, revision: s.revision }));
}

/** One field of a scenario as a (CPTS, field, value) row; which fields and how, the schema says (store-fields.ts). */
interface FieldRow {
  readonly cpts: string;
  readonly field: string;
  readonly value: string;
}

function fieldRows(s: Scenario): FieldRow[] {
  const rows: FieldRow[] = [];
  const add = (cpts: string, prefix: string, fields: readonly StoreField[], obj: unknown): void => {
    for (const f of fields) {
      const value = encodeField(f, valueAt(obj, f.path));
      if (value !== undefined) rows.push({ cpts, field: `${prefix}${f.name}`, value });
    }
  };
  add('', '', STORE_FIELDS.scenario, s);
  for (const cpts of s.cpts) {
    add(cpts.id, '', STORE_FIELDS.cpts, cpts);
    for (const m of cpts.missions) add(cpts.id, `missions.${m.mission}.`, STORE_FIELDS.mission, m);
  }
  return rows;
}

/** The table's body: every scenario's rows, each repeating the scenario's metadata (so a filter shows it all). */
export function storeRows(scenarios: readonly StoredScenario[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const s of scenarios) {
    const meta = {
      scenario: s.scenario.name,
      status: STATUS_TEXT[s.status],
      meetingDate: s.meetingDate ?? '',
      revision: s.revision,
      checksum: checksumOf(s),
      author: s.author ?? '',
      savedAt: s.savedAt,
      format: SCENARIO_FORMAT,
    };
    for (const f of fieldRows(s.scenario)) {
      const row: CellValue[] = new Array<CellValue>(STORE_COLUMN_ORDER.length).fill('');
      for (const [k, v] of Object.entries(meta)) row[COL[k as StoreColumn]] = v;
      row[COL.cpts] = f.cpts;
      row[COL.field] = f.field;
      row[COL.value] = f.value;
      rows.push(row);
    }
  }
  return rows;
}

export interface StoreRead {
  readonly scenarios: readonly StoredScenario[];
  /** Problems with rows, each naming its cell; scenarios with a problem are left out of `scenarios`. */
  readonly issues: readonly WorkbookIssue[];
}

const text = (v: CellValue | undefined): string => raw(v).trim();
/** Names and values are kept exactly as saved (a trailing space is part of a name, and of its checksum). */
const raw = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

function statusFrom(value: string): ScenarioStatus | null {
  const key = value.toLowerCase();
  for (const [id, label] of Object.entries(STATUS_TEXT)) if (key === label || key === id) return id as ScenarioStatus;
  return null;
}

/**
 * Reads the table's body back. `cellOf(row, column)` names a body cell as Excel shows it. Every check that
 * fails is an issue naming a cell: a row of another format, metadata that differs between a scenario's rows,
 * a field that is not of the format, a value the scenario format refuses, a checksum that no longer matches.
 */
export function readStore(rows: readonly (readonly CellValue[])[], cellOf: (row: number, column: number) => CellRef): StoreRead {
  const issues: WorkbookIssue[] = [];
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (row.every((v) => isBlank(v))) return;
    const name = raw(row[COL.scenario]);
    if (!name.trim()) {
      issues.push({ path: '', message: 'ligne sans nom de scénario', cell: cellOf(i, COL.scenario) });
      return;
    }
    const rowsOf = groups.get(name) ?? [];
    rowsOf.push(i);
    groups.set(name, rowsOf);
  });
  const scenarios: StoredScenario[] = [];
  for (const [name, indexes] of groups) {
    const read = readOne(name, indexes, rows, cellOf);
    if ('issues' in read) issues.push(...read.issues);
    else scenarios.push(read.stored);
  }
  return { scenarios, issues };
}

function readOne(
  name: string,
  indexes: readonly number[],
  rows: readonly (readonly CellValue[])[],
  cellOf: (row: number, column: number) => CellRef,
): { stored: StoredScenario } | { issues: WorkbookIssue[] } {
  const issues: WorkbookIssue[] = [];
  const first = indexes[0]!;
  const at = (i: number, col: StoreColumn) => rows[i]![COL[col]];
  const fail = (i: number, col: StoreColumn, message: string) =>
    issues.push({ path: '', message: `scénario « ${name} » : ${message}`, cell: cellOf(i, COL[col]) });
  for (const col of ['status', 'meetingDate', 'revision', 'checksum', 'author', 'savedAt', 'format'] as const) {
    for (const i of indexes)
      if (text(at(i, col)) !== text(at(first, col))) fail(i, col, `« ${STORE_COLUMNS[col].header} » diffère d’une ligne à l’autre du même scénario`);
  }
  // Rows saved in format 1 still read; their checksum was computed with the format they were saved in.
  const format = text(at(first, 'format'));
  if (!(SCENARIO_FORMATS as readonly string[]).includes(format))
    fail(first, 'format', `format « ${format} » non pris en charge (formats lus : ${SCENARIO_FORMATS.join(', ')})`);
  const status = statusFrom(text(at(first, 'status')));
  if (!status) fail(first, 'status', `statut inconnu « ${text(at(first, 'status'))} » (brouillon, validé ou réalisé)`);
  const meetingDate = text(at(first, 'meetingDate')) || null;
  if (status === 'valide' && !meetingDate) fail(first, 'meetingDate', 'un scénario validé doit porter la date de la réunion où il a été validé');
  const revision = Number(text(at(first, 'revision')));
  if (!Number.isInteger(revision) || revision < 1) fail(first, 'revision', 'révision manquante ou invalide');
  if (issues.length > 0) return { issues };

  // Rebuild the scenario object, remembering which row each field came from to name cells in errors.
  const fieldCell = new Map<string, number>();
  const scenario: Record<string, unknown> = { format, name, cpts: [] };
  const cptsById = new Map<string, Record<string, unknown>>();
  const byName = (fields: readonly StoreField[], field: string): StoreField | undefined => fields.find((f) => f.name === field);
  const put = (i: number, target: Record<string, unknown>, f: StoreField, value: string, path: string): void => {
    const decoded = decodeField(f, value);
    if (!decoded.ok) fail(i, 'value', decoded.message);
    else setValueAt(target, f.path, decoded.value);
    fieldCell.set(path ? `${path}.${f.path.join('.')}` : f.path.join('.'), i);
  };
  for (const i of indexes) {
    const cptsId = raw(at(i, 'cpts'));
    const field = text(at(i, 'field'));
    const value = raw(at(i, 'value'));
    if (!cptsId.trim()) {
      const f = byName(STORE_FIELDS.scenario, field);
      if (f) put(i, scenario, f, value, '');
      else fail(i, 'field', `champ inconnu « ${field} »`);
      continue;
    }
    let cpts = cptsById.get(cptsId);
    if (!cpts) {
      cpts = { id: cptsId, missions: [] };
      cptsById.set(cptsId, cpts);
      (scenario.cpts as unknown[]).push(cpts);
    }
    const index = (scenario.cpts as unknown[]).indexOf(cpts);
    const path = `cpts[${index}]`;
    const m = /^missions\.([a-z-]+)\.(.+)$/.exec(field);
    const missionField = m ? byName(STORE_FIELDS.mission, m[2]!) : undefined;
    if (m && missionField) {
      const missions = cpts.missions as Record<string, unknown>[];
      let mission = missions.find((x) => x.mission === m[1]);
      if (!mission) missions.push((mission = { mission: m[1] }));
      const mIndex = missions.indexOf(mission);
      put(i, mission, missionField, value, `${path}.missions[${mIndex}]`);
      fieldCell.set(`${path}.missions[${mIndex}]`, i);
    } else {
      const f = byName(STORE_FIELDS.cpts, field);
      if (f) put(i, cpts, f, value, path);
      else fail(i, 'field', `champ inconnu « ${field} »`);
    }
    fieldCell.set(path, fieldCell.get(path) ?? i);
  }
  if (issues.length > 0) return { issues };

  const valid = validateScenario(scenario);
  if (!valid.ok) {
    for (const issue of valid.issues) {
      const row = bestRow(issue.path, fieldCell) ?? first;
      issues.push({ path: issue.path, message: `scénario « ${name} » : ${issue.message}`, cell: cellOf(row, COL.value) });
    }
    return { issues };
  }
  const stored: StoredScenario = {
    scenario: valid.value,
    status: status!,
    meetingDate,
    revision,
    author: text(at(first, 'author')) || null,
    savedAt: text(at(first, 'savedAt')),
  };
  if (checksumOf(stored, format) !== text(at(first, 'checksum'))) {
    fail(
      first,
      'checksum',
      'le contenu a été modifié à la main depuis son enregistrement (somme de contrôle différente) : vérifiez-le, puis enregistrez-le de nouveau depuis le volet',
    );
    return { issues };
  }
  return { stored };
}

/** The row of the longest recorded path that prefixes an issue's path (`cpts[0].missions[1].rates[2]` → its rates row). */
function bestRow(path: string, fieldCell: ReadonlyMap<string, number>): number | undefined {
  let p = path;
  while (p) {
    const row = fieldCell.get(p);
    if (row !== undefined) return row;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) break;
    p = p.slice(0, cut);
  }
  return fieldCell.get(path.split('.')[0] ?? '');
}
