import {
  checkValue,
  CPTS_FIELDS,
  CRISIS_MISSION_ID,
  finish,
  MISSION_FIELDS,
  FONCTIONNEMENT,
  PARAMETER_FIELDS,
  PARAMETERS,
  SCENARIO_FORMAT,
  validateScenarioWork,
  type FieldSpec,
  type Issue,
  type Kind,
  type LineMission,
  type MissionId,
  type Work,
} from '../../engine';
import { BAREME_ROWS, type BaremeRow } from './bareme-rows';
import { isBlank, isExcelError, serialToIso, textToIso, type CellValue } from '../grid/cells';
import {
  ACHIEVEMENT_COLUMNS,
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
  WORKBOOK_SCENARIO_NAME,
  type AchievementColumn,
  type ColumnSpec,
  type CptsColumn,
  type ListTableSpec,
} from '../contract/layout';
import { booleanFromCell, enumFromText, normaliseLabel } from './field-cells';
import { isMethodLabel, METHOD_NOTE, methodFromText } from './method-cell';
import { formatCellRef, type CalculateOptions, type CellRef, type ReadOutcome, type WorkbookIssue } from '../port';
import { TableGrid, type TableRead } from '../grid/tables';

export type { TableRead } from '../grid/tables';

export interface InputTables {
  readonly cpts: TableRead | null;
  readonly achievements: TableRead | null;
  /** Optional: without it, the built-in barème applies. */
  readonly bareme: TableRead | null;
  /** Format 2, optional (a workbook made before them still reads): the open rules' settings, on the Barème sheet. */
  readonly parameters?: TableRead | null;
  readonly horsAci?: TableRead | null;
  readonly indicators?: TableRead | null;
  readonly paid?: TableRead | null;
}

/** Every input table by its name in the workbook: what an adapter loads before reading. */
export const INPUT_TABLE_NAMES = {
  cpts: TABLES.cpts,
  achievements: TABLES.achievements,
  bareme: TABLES.bareme,
  parameters: TABLES.parameters,
  horsAci: TABLES.horsAci,
  indicators: TABLES.indicators,
  paid: TABLES.paid,
} as const satisfies { readonly [K in keyof InputTables]-?: string };

/** The input tables, each found by name (Excel compares table names without case). */
export function inputTablesFrom(find: (name: string) => TableRead | null): InputTables {
  const out: Record<string, TableRead | null> = {};
  for (const [key, name] of Object.entries(INPUT_TABLE_NAMES)) out[key] = find(name);
  return out as unknown as InputTables;
}

export interface WorkbookRead {
  readonly outcome: ReadOutcome;
  /** The cell a scenario path (`cpts[2].population`) came from: the nearest mapped ancestor's, or null. */
  readonly cellOf: (path: string) => CellRef | null;
}

/** Reads the tables into a scenario and validates it; every issue names the cell it comes from. */
export function readScenario(tables: InputTables): ReadOutcome {
  return readWorkbook(tables).outcome;
}

/**
 * With `options.ruleVersion` set to a version id (the pane's « forced » setting), every CPTS follows it and the
 * table's « Version des règles » column is not used; "auto" or nothing keeps the workbook's own setting.
 */
export function readWorkbook(tables: InputTables, options: CalculateOptions = {}): WorkbookRead {
  return finish(readWorkbookWork(tables, options));
}

/** readWorkbook as a work (engine/work.ts): it yields between the input tables, and after each CPTS validated. */
export function* readWorkbookWork(tables: InputTables, options: CalculateOptions = {}): Work<WorkbookRead> {
  const reader = new Reader(options.ruleVersion !== undefined && options.ruleVersion !== 'auto' ? options.ruleVersion : null);
  const outcome = yield* reader.read(tables);
  return { outcome, cellOf: (path) => reader.cellOf(path) };
}

/** Issues from the engine (a projection's warnings, say) placed on their cells. */
export function placeIssues(issues: readonly (Issue & Pick<WorkbookIssue, 'kind' | 'params'>)[], cellOf: (path: string) => CellRef | null): WorkbookIssue[] {
  return issues.map((i) => {
    const cell = cellOf(i.path);
    // Like the reader's own messages, the text names the cell as Excel writes it; a warning keeps its kind.
    const kind = i.kind && i.params ? { kind: i.kind, params: i.params } : {};
    return { path: i.path, message: cell ? `${formatCellRef(cell)} : ${i.message}` : i.message, cell, ...kind };
  });
}

/** A table's grid (tables.ts, shared with the store and the runner), columns found by header (users may reorder them). */
type Grid = TableGrid;

/** The index of a column by its spec's header, or undefined when the table lacks it. */
function columnOf(grid: Grid, spec: ColumnSpec): number | undefined {
  const j = grid.column(spec.header);
  return j < 0 ? undefined : j;
}

/**
 * A cell: its value and where it is. Its `CellRef` (an address to spell) is built only when a message names
 * it: a department has tens of thousands of cells, and building them all cost more than reading them.
 */
class At {
  readonly value: CellValue;

  constructor(
    readonly grid: Grid,
    readonly row: number,
    readonly col: number,
  ) {
    this.value = grid.value(row, col);
  }

  get cell(): CellRef {
    return this.grid.cell(this.row, this.col);
  }
}

type Raw = Record<string, unknown>;

/**
 * The paths `rowCell` answers: `cpts[k]`, `cpts[k].field`, `cpts[k].missions[j]`, `cpts[k].missions[j].field` and
 * `cpts[k].missions[j].field[y]` (indexes as the engine writes them, without leading zeros).
 */
const ROW_PATH = /^cpts\[(0|[1-9]\d*)\](?:\.(\w+)(?:\[(0|[1-9]\d*)\](?:\.(\w+)(?:\[(0|[1-9]\d*)\])?)?)?)?$/;

class Reader {
  constructor(private readonly forcedVersion: string | null) {}

  private readonly issues: WorkbookIssue[] = [];
  /** Cells recorded path by path (list items, parameters, barème); a CPTS or mission row's fields are `rowCell`'s. */
  private readonly paths = new Map<string, At | CellRef>();
  /** Cells already holding an issue: the engine's word on the same cell would repeat it. */
  private readonly flagged = new Set<string>();
  /** The CPTS rows by the index their path had when read (`reindex` moves them); see `rowCell`. */
  private readonly recorded: (CptsRow | undefined)[] = [];
  /** The CPTS table's column of each field a CPTS path names (`cpts[k].population`). */
  private readonly cptsFields = new Map<string, number>();
  private cptsTable: { readonly grid: Grid; readonly cols: Readonly<Record<CptsColumn, number>> } | null = null;
  private achievementCols: Readonly<Record<AchievementColumn, number>> | null = null;
  /** `missionFromText` by text: a department repeats the same few labels on thousands of rows. */
  private readonly missionTexts = new Map<string, MissionId | null>();

  /** The cell of a path, or of its nearest ancestor that has one. */
  cellOf(path: string): CellRef | null {
    let p = path;
    for (;;) {
      const place = this.paths.get(p);
      if (place) return place instanceof At ? place.cell : place;
      const cell = this.rowCell(p);
      if (cell) return cell;
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return null;
      p = p.slice(0, cut);
    }
  }

  /**
   * The cell of a path a CPTS row or a mission row names, worked out when asked rather than recorded per field
   * (tens of thousands of paths, of which a message rarely needs one). Null for a path no row names.
   */
  private rowCell(path: string): CellRef | null {
    const m = ROW_PATH.exec(path);
    const c = m ? this.recorded[Number(m[1])] : undefined;
    if (!m || !c || !this.cptsTable) return null;
    const [, , field, j, sub, y] = m;
    const { grid, cols } = this.cptsTable;
    if (field === undefined) return grid.cell(c.row, cols.id);
    if (j === undefined) {
      const col = this.cptsFields.get(field);
      return col === undefined ? null : grid.cell(c.row, col);
    }
    const r = field === 'missions' ? c.rows[Number(j)] : undefined;
    if (!r || !this.achievementCols) return null;
    const at = r.at;
    if (sub === undefined) return at.cell;
    if (y === undefined) {
      if (sub === 'mission') return at.cell;
      if (sub === 'startDate') return at.grid.cell(at.row, this.achievementCols.startDate);
      if (sub === 'rates') return at.grid.cell(at.row, this.achievementCols.rate1);
      if (sub === 'crisisYears') return c.crisisAt.cell;
      return null;
    }
    // One year's rate has its column; any other `field[y]` is named by its field's cell (`crisisYears[1]`: the CPTS's).
    const rate = sub === 'rates' ? RATE_COLUMNS[Number(y)] : undefined;
    return rate === undefined ? null : at.grid.cell(at.row, this.achievementCols[rate]);
  }

  private missionOf(text: string): MissionId | null {
    let id = this.missionTexts.get(text);
    if (id === undefined) {
      id = missionFromText(text);
      this.missionTexts.set(text, id);
    }
    return id;
  }

  *read(tables: InputTables): Work<ReadOutcome> {
    const cpts = this.required(tables.cpts, TABLES.cpts);
    const achievements = this.required(tables.achievements, TABLES.achievements);
    if (!cpts || !achievements) return { ok: false, issues: this.issues };
    // Pauses between the tables: in the preview, each is a few milliseconds for a department.
    const list = this.readCpts(cpts);
    yield;
    this.readAchievements(achievements, list);
    yield;
    for (const c of list) this.checkOptional(c, achievements);
    for (const spec of LIST_TABLES) {
      const table = tables[spec.field];
      if (table) this.readList(new TableGrid(table), spec, list);
    }
    yield;
    const bareme = tables.bareme ? this.readBareme(new TableGrid(tables.bareme)) : undefined;
    const { parameters, indicatorMethod } = tables.parameters ? this.readParameters(new TableGrid(tables.parameters)) : {};
    const raw: Raw = {
      format: SCENARIO_FORMAT,
      name: WORKBOOK_SCENARIO_NAME,
      ruleVersion: this.forcedVersion ?? 'auto',
      cpts: list.map((c) => c.raw),
      ...(bareme ? { bareme } : {}),
      ...(parameters ? { parameters } : {}),
      ...(indicatorMethod !== undefined ? { indicatorMethod } : {}),
    };
    yield;
    const result = yield* validateScenarioWork(raw);
    // With CPTS rows set aside (duplicate identifiers), « no CPTS » is not news: the reader's own messages say why.
    const engine = result.ok
      ? []
      : placeIssues(result.issues, (p) => this.cellOf(p)).filter(
          (i) => (!i.cell || !this.flagged.has(formatCellRef(i.cell))) && !(i.path === 'cpts' && this.issues.length > 0),
        );
    const all = [...this.issues, ...engine];
    if (all.length > 0 || !result.ok) return { ok: false, issues: all };
    return { ok: true, scenario: result.value, warnings: [] };
  }

  private required(table: TableRead | null, name: string): Grid | null {
    if (!table) {
      this.issues.push({
        path: '',
        message: `Tableau « ${name} » introuvable : utilisez « Insérer le modèle » pour créer les tableaux de saisie.`,
        cell: null,
      });
      return null;
    }
    return new TableGrid(table);
  }

  private fail(cell: CellRef, message: string): void {
    const key = formatCellRef(cell);
    this.flagged.add(key);
    this.issues.push({ path: '', message: `${key} : ${message}`, cell });
  }

  /** Column index of each spec (-1 for an `optional` column the table lacks), or null after naming the header cell. */
  private columns<K extends string>(grid: Grid, specs: Readonly<Record<K, ColumnSpec>>, optional: readonly K[] = []): Record<K, number> | null {
    const out = {} as Record<K, number>;
    let ok = true;
    for (const key of Object.keys(specs) as K[]) {
      const j = columnOf(grid, specs[key]);
      if (j === undefined && optional.includes(key)) out[key] = -1;
      else if (j === undefined) {
        ok = false;
        this.fail(
          grid.headerCell(),
          `colonne « ${specs[key].header} » introuvable dans le tableau « ${grid.table.sheet} » ; ne renommez pas les en-têtes du modèle`,
        );
      } else out[key] = j;
    }
    return ok ? out : null;
  }

  /** Common refusals for any cell: an Excel error value, a boolean. Returns false when refused. */
  private usable(a: At): boolean {
    if (isExcelError(a.value)) {
      this.fail(a.cell, `la cellule contient l’erreur Excel ${a.value} : corrigez la formule`);
      return false;
    }
    if (typeof a.value === 'boolean') {
      this.fail(a.cell, `valeur logique (${a.value ? 'VRAI' : 'FAUX'}) inattendue`);
      return false;
    }
    return true;
  }

  private text(a: At): string | undefined {
    if (!this.usable(a) || isBlank(a.value)) return undefined;
    return String(a.value).trim();
  }

  private number(a: At, what: string): number | undefined {
    if (!this.usable(a) || isBlank(a.value)) return undefined;
    if (typeof a.value !== 'number') {
      this.fail(a.cell, `${what} doit être un nombre, la cellule contient du texte « ${String(a.value).slice(0, 40)} »`);
      return undefined;
    }
    return a.value;
  }

  private date(a: At, what: string): string | undefined {
    if (!this.usable(a) || isBlank(a.value)) return undefined;
    const iso = typeof a.value === 'number' ? serialToIso(a.value) : textToIso(String(a.value));
    if (!iso) this.fail(a.cell, `${what} : date illisible « ${String(a.value).slice(0, 40)} » (attendu une date, par ex. 15/03/2024)`);
    return iso ?? undefined;
  }

  /**
   * A field's raw value from its cell, by the field's kind in the schema (undefined: blank or refused here).
   * The scenario's validation then checks the value and its message is placed on this cell.
   */
  private fieldValue(kind: Kind, a: At, label: string): unknown {
    if (kind.type === 'boolean') {
      if (isBlank(a.value)) return undefined;
      if (isExcelError(a.value)) {
        this.usable(a);
        return undefined;
      }
      const b = booleanFromCell(a.value);
      if (b === null) this.fail(a.cell, `${label} : attendu Oui ou Non (la cellule contient « ${String(a.value).slice(0, 40)} »)`);
      return b ?? undefined;
    }
    switch (kind.type) {
      case 'integer':
      case 'number':
      case 'fraction':
        return this.number(a, label);
      case 'money': {
        const n = this.number(a, label);
        if (n === undefined) return undefined;
        // The cell's number, checked here with the schema's own rule (two decimals at most) so the cell is named.
        const checked = checkValue(kind, n);
        if (!checked.ok) this.fail(a.cell, `${label} : ${checked.message}`);
        return checked.ok ? checked.value : undefined;
      }
      case 'date':
        return this.date(a, label);
      case 'enum': {
        const t = this.text(a);
        if (t === undefined) return undefined;
        const v = enumFromText(kind, t);
        if (v === null)
          this.fail(a.cell, `${label} : valeur inconnue « ${t.slice(0, 40)} » : choisissez-la dans la liste (${(kind.labels ?? kind.values).join(', ')})`);
        return v ?? undefined;
      }
      default:
        return this.text(a);
    }
  }

  private readCpts(grid: Grid): CptsRow[] {
    const cols = this.columns(grid, CPTS_COLUMNS, OPTIONAL_CPTS_COLUMNS);
    const list: CptsRow[] = [];
    if (!cols) return list;
    // The CPTS fields held as plain cells, from the schema: every field with a column and a kind a cell holds.
    const plain = (Object.keys(CPTS_FIELDS) as (keyof typeof CPTS_FIELDS)[]).filter(
      (k): k is PlainCptsField => k in cols && CPTS_FIELDS[k].kind.type !== 'custom' && CPTS_FIELDS[k].kind.type !== 'list',
    );
    this.cptsTable = { grid, cols };
    this.cptsFields.set('ruleVersion', cols.ruleVersion);
    this.cptsFields.set('missions', cols.optionalMissions);
    for (const key of plain) if (cols[key] >= 0) this.cptsFields.set(key, cols[key]);
    // The grid rows of each identifier.
    const idRows = new Map<string, number[]>();
    for (let i = 0; i < grid.rowCount; i++) {
      if (grid.blankRow(i)) continue;
      const cell = (c: CptsColumn): At => new At(grid, i, cols[c]);
      const idValue = grid.value(i, cols.id);
      const id = typeof idValue === 'string' ? idValue.trim() : undefined;
      if (id) {
        const rows = idRows.get(id);
        // A second row with the same identifier is named below, at every row, and set aside.
        if (rows) {
          rows.push(i);
          continue;
        }
        idRows.set(id, [i]);
      }
      const k = list.length;
      const raw: Raw = { missions: [] as Raw[] };
      for (const key of plain) {
        if (cols[key] < 0) continue;
        const value = this.fieldValue(CPTS_FIELDS[key].kind, cell(key), CPTS_FIELDS[key].label);
        if (value !== undefined || (CPTS_FIELDS[key] as FieldSpec).optional !== true) raw[key] = value;
      }
      const version = this.text(cell('ruleVersion'));
      if (version !== undefined && this.forcedVersion === null) raw.ruleVersion = version.toLowerCase();
      const crisisAt = cell('crisisYears');
      const crisisYears = this.crisisYears(crisisAt);
      const optionalAt = cell('optionalMissions');
      const row: CptsRow = {
        index: k,
        row: i,
        id: typeof raw.id === 'string' ? raw.id : undefined,
        raw,
        crisisYears,
        crisisAt,
        optional: this.optionalMissions(optionalAt),
        optionalAt,
        rows: [],
      };
      list.push(row);
      this.recorded[k] = row;
    }
    for (const [id, rows] of idRows) {
      if (rows.length < 2) continue;
      this.duplicateIds.add(id);
      const cells = rows.map((i) => grid.cell(i, cols.id));
      const where = cells.map((c) => c.address).join(', ');
      for (const c of cells)
        this.fail(
          c,
          `identifiant « ${id} » en double dans le tableau des CPTS (cellules ${where}) : chaque CPTS doit avoir le sien ; corrigez l’une des lignes`,
        );
    }
    // Only the first row of a duplicated identifier was kept; it is set aside too, so that no message about it misleads.
    return list.filter((c) => c.id === undefined || !this.duplicateIds.has(c.id)).map((c, k) => (c.index === k ? c : this.reindex(c, k)));
  }

  /** Identifiers used on more than one row of the CPTS table: their rows elsewhere are skipped silently. */
  private readonly duplicateIds = new Set<string>();

  /** A CPTS moved to position `k` (rows before it were set aside): its cells follow it. */
  private reindex(c: CptsRow, k: number): CptsRow {
    const moved = { ...c, index: k };
    this.recorded[c.index] = undefined;
    this.recorded[k] = moved;
    return moved;
  }

  /** « 3 », 3, « 2;4 » or « 2, 4 »: contract years. */
  private crisisYears(a: At): number[] | undefined {
    if (!this.usable(a) || isBlank(a.value)) return undefined;
    if (typeof a.value === 'number') return [a.value];
    const parts = String(a.value)
      .split(/[;,\s]+/)
      .filter((p) => p !== '');
    if (parts.some((p) => !/^\d+$/.test(p))) {
      this.fail(a.cell, `années de crise illisibles « ${String(a.value).slice(0, 40)} » : années de contrat (1 à 5) séparées par « ; », par ex. 2;4`);
      return undefined;
    }
    return parts.map(Number);
  }

  private optionalMissions(a: At): MissionId[] {
    const text = this.text(a);
    if (text === undefined) return [];
    const out: MissionId[] = [];
    for (const part of text
      .split(/[;\n]+/)
      .map((p) => p.trim())
      .filter((p) => p !== '')) {
      const id = this.missionOf(part);
      if (!id) {
        this.fail(a.cell, `mission inconnue « ${part} » (missions optionnelles : ${OPTIONAL_MISSIONS.map((m) => MISSION_LABELS[m]).join(', ')})`);
      } else if (!OPTIONAL_MISSIONS.includes(id)) {
        this.fail(
          a.cell,
          `« ${MISSION_LABELS[id]} » est une mission socle, pas une mission optionnelle : ne la listez pas ici, sa ligne dans « Atteinte des missions » suffit`,
        );
      } else out.push(id);
    }
    return out;
  }

  private readAchievements(grid: Grid, list: CptsRow[]): void {
    const cols = this.columns(grid, ACHIEVEMENT_COLUMNS);
    if (!cols) return;
    this.achievementCols = cols;
    const byId = new Map<string, CptsRow>();
    for (const c of list) if (c.id !== undefined && !byId.has(c.id)) byId.set(c.id, c);
    for (let i = 0; i < grid.rowCount; i++) {
      if (grid.blankRow(i)) continue;
      const idAt = new At(grid, i, cols.cptsId);
      const id = this.text(idAt);
      const owner = id === undefined ? undefined : byId.get(id);
      if (id === undefined) {
        if (this.usable(idAt)) this.fail(idAt.cell, 'identifiant de CPTS manquant');
        continue;
      }
      if (this.duplicateIds.has(id)) continue;
      if (!owner) {
        this.fail(idAt.cell, `aucune CPTS « ${id} » dans le tableau des CPTS (colonne « ${CPTS_COLUMNS.id.header} »)`);
        continue;
      }
      const missionAt = new At(grid, i, cols.mission);
      const missionText = this.text(missionAt);
      const mission = missionText === undefined ? undefined : (this.missionOf(missionText) ?? undefined);
      if (missionText !== undefined && !mission) this.fail(missionAt.cell, `mission inconnue « ${missionText} » : choisissez-la dans la liste`);
      const first = mission ? owner.rows.find((r) => r.mission === mission) : undefined;
      if (first) {
        // Declared once per CPTS: both rows are named, and the second is not read (its figures would mislead).
        const firstCell = first.at.cell;
        const message = `mission « ${MISSION_LABELS[mission!]} » déclarée deux fois pour la CPTS « ${id} » (cellules ${firstCell.address} et ${missionAt.cell.address}) : une seule ligne par mission`;
        if (!this.flagged.has(formatCellRef(firstCell))) this.fail(firstCell, message);
        this.fail(missionAt.cell, message);
        continue;
      }
      // The row's paths (`cpts[k].missions[j].rates[y]`…) are not recorded: `rowCell` finds them from `owner.rows`.
      const raw: Raw = {
        mission: mission ?? missionText,
        startDate: this.fieldValue(MISSION_FIELDS.startDate.kind, new At(grid, i, cols.startDate), MISSION_FIELDS.startDate.label),
      };
      // The crisis mission has no variable part: its rate columns may stay empty.
      const skipRates = mission === CRISIS_MISSION_ID && RATE_COLUMNS.every((c) => isBlank(grid.value(i, cols[c])));
      if (!skipRates) raw.rates = RATE_COLUMNS.map((c, y) => this.rate(new At(grid, i, cols[c]), y + 1));
      if (mission === CRISIS_MISSION_ID && owner.crisisYears !== undefined) {
        raw.crisisYears = owner.crisisYears;
        owner.crisisUsed = true;
      }
      (owner.raw.missions as Raw[]).push(raw);
      owner.rows.push({ mission, at: missionAt });
    }
    for (const c of list) {
      if (c.crisisYears !== undefined && !c.crisisUsed) {
        this.fail(
          c.crisisAt.cell,
          `années de crise données, mais la CPTS n’a pas de ligne « ${MISSION_LABELS[CRISIS_MISSION_ID]} » dans « Atteinte des missions »`,
        );
      }
    }
  }

  /** Rates are percentages in Excel (80 % is 0.8): over 100 % is a typo, not a bonus. */
  private rate(a: At, year: number): number | undefined {
    if (!this.usable(a)) return undefined;
    if (isBlank(a.value)) {
      this.fail(a.cell, `taux de l’année ${year} manquant (de 0 % à 100 %)`);
      return undefined;
    }
    const value = this.number(a, `le taux de l’année ${year}`);
    if (value === undefined) return undefined;
    if (value < 0 || value > 1) {
      this.fail(a.cell, `taux de ${percent(value)} : un taux d’atteinte va de 0 % à 100 %`);
      return undefined;
    }
    return value;
  }

  /**
   * The achievement rows are authoritative (they carry the start date and rates the amounts come from); the
   * CPTS's « Missions optionnelles » column is what the contract declares. Both are kept and must agree:
   * a disagreement is a forgotten or stale row, and guessing either way would silently change the amounts.
   */
  private checkOptional(c: CptsRow, achievements: Grid): void {
    const listed = new Set(c.optional);
    const rowed = new Set<MissionId>();
    for (const r of c.rows) {
      if (!r.mission || !OPTIONAL_MISSIONS.includes(r.mission)) continue;
      rowed.add(r.mission);
      if (!listed.has(r.mission)) {
        this.fail(
          r.at.cell,
          `mission optionnelle « ${MISSION_LABELS[r.mission]} » absente de la colonne « ${CPTS_COLUMNS.optionalMissions.header} » de cette CPTS (${formatCellRef(c.optionalAt.cell)}) : ajoutez-la, ou supprimez cette ligne`,
        );
      }
    }
    for (const m of listed) {
      if (!rowed.has(m)) {
        this.fail(
          c.optionalAt.cell,
          `mission optionnelle « ${MISSION_LABELS[m]} » listée, mais sans ligne dans « ${achievements.table.sheet} » : ajoutez sa ligne (date de démarrage, taux)`,
        );
      }
    }
  }

  /**
   * A format-2 list table (hors ACI, indicators, payments made): each row is an item of its CPTS's (or
   * mission's) list, its columns the item's fields from the schema. The table is optional.
   */
  private readList(grid: Grid, spec: ListTableSpec, list: readonly CptsRow[]): void {
    const columns = listColumns(spec);
    const index = columns.map((c) => columnOf(grid, c.spec));
    const missing = columns.filter((_, j) => index[j] === undefined);
    for (const c of missing)
      this.fail(grid.headerCell(), `colonne « ${c.spec.header} » introuvable dans le tableau « ${grid.table.sheet} » ; ne renommez pas les en-têtes du modèle`);
    if (missing.length > 0) return;
    const byId = new Map<string, CptsRow>();
    for (const c of list) if (c.id !== undefined && !byId.has(c.id)) byId.set(c.id, c);
    const colOf = (j: number): number => index[j]!;
    for (let i = 0; i < grid.rowCount; i++) {
      if (grid.blankRow(i)) continue;
      const idAt = new At(grid, i, colOf(0));
      const id = this.text(idAt);
      if (id === undefined) {
        if (this.usable(idAt)) this.fail(idAt.cell, 'identifiant de CPTS manquant');
        continue;
      }
      if (this.duplicateIds.has(id)) continue;
      const owner = byId.get(id);
      if (!owner) {
        this.fail(idAt.cell, `aucune CPTS « ${id} » dans le tableau des CPTS (colonne « ${CPTS_COLUMNS.id.header} »)`);
        continue;
      }
      let target: Raw = owner.raw;
      let listPath = `cpts[${owner.index}].${spec.field}`;
      if (spec.owner === 'mission') {
        const missionAt = new At(grid, i, colOf(1));
        const text = this.text(missionAt);
        const mission = text === undefined ? null : this.missionOf(text);
        const missions = owner.raw.missions as Raw[];
        const j = mission ? missions.findIndex((m) => m.mission === mission) : -1;
        if (j < 0) {
          if (this.usable(missionAt))
            this.fail(
              missionAt.cell,
              text === undefined
                ? 'mission manquante'
                : mission
                  ? `la CPTS « ${id} » n’a pas de ligne « ${MISSION_LABELS[mission]} » dans « Atteinte des missions » : ajoutez-la d’abord`
                  : `mission inconnue « ${text} » : choisissez-la dans la liste`,
            );
          continue;
        }
        target = missions[j]!;
        listPath = `cpts[${owner.index}].missions[${j}].${spec.field}`;
      }
      const items = (target[spec.field] ??= []) as Raw[];
      const path = `${listPath}[${items.length}]`;
      this.paths.set(path, idAt);
      // A message on the whole list (« weights all 0 ») names the list's first row.
      if (items.length === 0) this.paths.set(listPath, idAt);
      const item: Raw = {};
      columns.forEach((c, j) => {
        if (c.role !== 'field' && c.role !== 'year') return;
        const at = new At(grid, i, colOf(j));
        if (c.role === 'field') {
          this.paths.set(`${path}.${c.key}`, at);
          const value = this.fieldValue(c.field.kind, at, c.field.label);
          if (value !== undefined || c.field.optional !== true) item[c.key] = value;
          if (value === undefined && c.field.default !== undefined) delete item[c.key];
          return;
        }
        // One year of a list of numbers: an empty cell is null where the list admits it (an actual not known yet).
        const of = c.field.kind.type === 'list' ? c.field.kind.of : c.field.kind;
        this.paths.set(`${path}.${c.key}[${c.year - 1}]`, at);
        if (c.year === 1) this.paths.set(`${path}.${c.key}`, at);
        const value = this.fieldValue(of, at, `${c.field.label} de l’année ${c.year}`);
        const values = (item[c.key] ??= []) as unknown[];
        values[c.year - 1] = value === undefined && of.type === 'number' && of.nullable ? null : value;
      });
      items.push(item);
    }
  }

  /** The open rules' settings, as rows of the Barème sheet: an empty « Votre valeur » keeps the built-in one. */
  private readParameters(grid: Grid): { parameters?: Raw; indicatorMethod?: unknown } {
    const cols = this.columns<keyof typeof PARAMETER_COLUMNS>(grid, PARAMETER_COLUMNS, ['builtIn', 'note']);
    if (!cols) return {};
    const out: Raw = {};
    let indicatorMethod: unknown;
    for (let i = 0; i < grid.rowCount; i++) {
      if (grid.blankRow(i)) continue;
      const label = String(grid.value(i, cols.parameter) ?? '');
      const spec = PARAMETERS.find((p) => normaliseLabel(p.label) === normaliseLabel(label) || p.id === label.trim());
      const valueAt = new At(grid, i, cols.value);
      if (isMethodLabel(label)) {
        const text = this.text(valueAt);
        if (text === undefined) continue;
        this.paths.set('indicatorMethod', valueAt);
        indicatorMethod = methodFromText(text);
        if (indicatorMethod === null) this.fail(valueAt.cell, `méthode des indicateurs illisible « ${text.slice(0, 40)} » : ${METHOD_NOTE}`);
        continue;
      }
      if (!spec) {
        if (!isBlank(valueAt.value))
          this.fail(valueAt.cell, `paramètre non reconnu « ${label.slice(0, 60)} » : ne modifiez que la colonne « ${PARAMETER_COLUMNS.value.header} »`);
        continue;
      }
      if (isBlank(valueAt.value)) continue;
      this.paths.set(`parameters.${spec.id}`, valueAt);
      const value = this.fieldValue(PARAMETER_FIELDS[spec.id].kind, valueAt, `« ${spec.label} »`);
      if (value !== undefined) out[spec.id] = value;
    }
    if (Object.keys(out).length > 0) this.paths.set('parameters', grid.headerCell());
    return { ...(Object.keys(out).length > 0 ? { parameters: out } : {}), ...(indicatorMethod ? { indicatorMethod } : {}) };
  }

  private readBareme(grid: Grid): Raw | undefined {
    const key = this.columns(grid, BAREME_KEY_COLUMNS);
    const amountCol = columnOf(grid, BAREME_CONTRACT_COLUMN);
    if (!key || amountCol === undefined) {
      if (amountCol === undefined) this.fail(grid.headerCell(), `colonne « ${BAREME_CONTRACT_COLUMN.header} » introuvable dans le barème`);
      return undefined;
    }
    this.paths.set('bareme', grid.headerCell());
    const before = this.issues.length;
    const found = new Map<BaremeRow, { row: number; amount: At }>();
    for (let i = 0; i < grid.rowCount; i++) {
      if (grid.blankRow(i)) continue;
      const size = grid.value(i, key.size);
      const mission = lineMissionFromText(String(grid.value(i, key.mission) ?? ''));
      const component = String(grid.value(i, key.component) ?? '')
        .trim()
        .toLowerCase();
      const row = BAREME_ROWS.find((r) => r.size === size && r.mission === mission && COMPONENT_LABELS[r.component].toLowerCase() === component);
      const amount = new At(grid, i, amountCol);
      if (!row) {
        if (!isBlank(amount.value))
          this.fail(amount.cell, 'ligne du barème non reconnue (taille, mission ou composante modifiée) : ne modifiez que la dernière colonne');
        continue;
      }
      found.set(row, { row: i, amount });
      this.paths.set(row.path, amount);
    }
    const sizes: Record<string, Raw> = {};
    for (const size of new Set(BAREME_ROWS.map((r) => r.size))) {
      const rows = BAREME_ROWS.filter((r) => r.size === size);
      const entered = rows.filter((r) => {
        const f = found.get(r);
        return f !== undefined && !isBlank(f.amount.value);
      });
      if (entered.length === 0) continue;
      const entry: Raw = { missions: {} as Record<string, Raw> };
      for (const r of rows) {
        const f = found.get(r);
        if (!f) {
          this.fail(grid.headerCell(), `ligne du barème manquante : taille ${size}, ${MISSION_LABELS[r.mission]}, ${COMPONENT_LABELS[r.component]}`);
          continue;
        }
        if (isBlank(f.amount.value)) {
          this.fail(
            f.amount.cell,
            `barème de la taille ${size} incomplet : saisissez aussi ce montant (${MISSION_LABELS[r.mission]}, ${COMPONENT_LABELS[r.component]}), ou videz toute la taille`,
          );
          continue;
        }
        const value = this.fieldValue({ type: 'money' }, f.amount, `montant (taille ${size}, ${MISSION_LABELS[r.mission]}, ${COMPONENT_LABELS[r.component]})`);
        setAt(entry, r.path.split('.').slice(3), value);
      }
      sizes[String(size)] = entry;
    }
    // A refused cell is already named: the barème is then left out, so that validation does not add, on the
    // table's header, one message per mission in the format's own words (« montants manquants (attendu fixed…) »).
    if (this.issues.length > before) return undefined;
    return Object.keys(sizes).length > 0 ? { sizes } : undefined;
  }
}

type PlainCptsField = 'id' | 'name' | 'population' | 'signatureDate' | 'renewal';

interface CptsRow {
  /** Position in the scenario's list: its path is `cpts[index]`. */
  readonly index: number;
  /** Row in the CPTS table's body. */
  readonly row: number;
  readonly id: string | undefined;
  readonly raw: Raw;
  readonly crisisYears: number[] | undefined;
  readonly crisisAt: At;
  crisisUsed?: boolean;
  readonly optional: MissionId[];
  readonly optionalAt: At;
  /** Its mission rows in « Atteinte des missions », in the order of `raw.missions`; `at` is the mission's cell. */
  readonly rows: { readonly mission: MissionId | undefined; readonly at: At }[];
}

function lineMissionFromText(text: string): LineMission | null {
  if (text.trim().toLowerCase() === MISSION_LABELS[FONCTIONNEMENT].toLowerCase()) return FONCTIONNEMENT;
  return missionFromText(text);
}

function setAt(target: Raw, keys: readonly string[], value: unknown): void {
  let node = target;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) node[k] = value;
    else {
      if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
      node = node[k] as Raw;
    }
  });
}

function percent(value: number): string {
  return `${Math.round(value * 1000) / 10} %`.replace('.', ',');
}
