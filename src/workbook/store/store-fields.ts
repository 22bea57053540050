import { CPTS_FIELDS, MISSION_FIELDS, SCENARIO_FIELDS, type FieldSpec, type Kind } from '../../engine';

/**
 * The store's (field, value) rows, derived from the scenario's schema: which fields become rows, and how a
 * value is written as text and read back. A scalar is its text; a list of numbers is « ; »-separated; an
 * object of scalars (the parameters) is one row per field (`parameters.advanceShare`); anything else (a list
 * of objects, the barème) is JSON. Reading gives the raw value the scenario's validation then checks.
 */

/** Fields the store's columns or keys already hold: the scenario's name and format, a CPTS's id, a mission's id. */
const KEYS = new Set(['format', 'name@scenario', 'cpts', 'id', 'missions', 'mission']);

export interface StoreField {
  /** Row name: `ruleVersion`, `parameters.advanceShare`, `renewal`, `rates` (under `missions.<id>.`). */
  readonly name: string;
  readonly spec: FieldSpec;
  /** The path from the level's object to the value (`['parameters', 'advanceShare']`). */
  readonly path: readonly string[];
}

function fieldsOf(fields: Readonly<Record<string, FieldSpec>>, level: string): StoreField[] {
  const out: StoreField[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    if (KEYS.has(key) || KEYS.has(`${key}@${level}`)) continue;
    if (spec.kind.type === 'object' && isFlat(spec.kind)) {
      for (const [sub, subSpec] of Object.entries(spec.kind.schema.fields)) out.push({ name: `${key}.${sub}`, spec: subSpec, path: [key, sub] });
    } else out.push({ name: key, spec, path: [key] });
  }
  return out;
}

function isFlat(kind: Extract<Kind, { type: 'object' }>): boolean {
  return Object.values(kind.schema.fields).every((f) => encoding(f.kind) !== 'json');
}

export const STORE_FIELDS = {
  scenario: fieldsOf(SCENARIO_FIELDS, 'scenario'),
  cpts: fieldsOf(CPTS_FIELDS, 'cpts'),
  mission: fieldsOf(MISSION_FIELDS, 'mission'),
} as const;

type Encoding = 'text' | 'number' | 'boolean' | 'numbers' | 'json';

function encoding(kind: Kind): Encoding {
  switch (kind.type) {
    case 'integer':
    case 'number':
    case 'fraction':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'list':
      return kind.of.type === 'integer' || kind.of.type === 'fraction' || (kind.of.type === 'number' && !kind.of.nullable) ? 'numbers' : 'json';
    case 'object':
      return 'json';
    case 'custom':
      // The rule version is text; the barème, the indicator method and the crisis years have their own shape.
      return 'json';
    default:
      return 'text';
  }
}

/** Crisis years and rates are lists of numbers (« 2 ; 4 »), kept readable although their checks are written by hand. */
const READABLE_LISTS = new Set(['crisisYears', 'rates']);
/** The rule version's check is written by hand, but its value is plain text. */
const TEXT_FIELDS = new Set(['ruleVersion']);

function encodingOf(f: StoreField): Encoding {
  const key = f.path[f.path.length - 1]!;
  if (READABLE_LISTS.has(key)) return 'numbers';
  if (TEXT_FIELDS.has(key)) return 'text';
  return encoding(f.spec.kind);
}

/** A value as the store writes it; undefined when the field is absent (no row), or an empty list of rates. */
export function encodeField(f: StoreField, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  switch (encodingOf(f)) {
    case 'text':
      return String(value);
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'numbers': {
      const list = value as readonly number[];
      // The crisis mission's empty rates are not a field a person should see (the format omits them).
      if (list.length === 0 && f.path[0] === 'rates') return undefined;
      return list.map(String).join(' ; ');
    }
    case 'json':
      return JSON.stringify(value);
  }
}

export type Decoded = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

/** A stored text back to the raw value validation checks; numbers and booleans that do not read stay text (then refused with the field's message). */
export function decodeField(f: StoreField, text: string): Decoded {
  switch (encodingOf(f)) {
    case 'text':
      return { ok: true, value: text };
    case 'number': {
      const t = text.trim().replace(',', '.');
      return { ok: true, value: NUMBER.test(t) ? Number(t) : text };
    }
    case 'boolean': {
      const t = text.trim().toLowerCase();
      return { ok: true, value: t === 'true' ? true : t === 'false' ? false : text };
    }
    case 'numbers': {
      const t = text.trim();
      if (t === '') return { ok: true, value: [] };
      const parts = t.split(';').map((p) => p.trim().replace(',', '.'));
      // String(number) may use an exponent (5e-7): accepted, so that every rate reads back exactly.
      if (parts.some((p) => !NUMBER.test(p))) return { ok: false, message: `« ${f.name} » : liste de nombres attendue, séparés par « ; »` };
      return { ok: true, value: parts.map(Number) };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, message: `« ${f.name} » illisible (JSON attendu)` };
      }
  }
}

/** The value at `path` in `obj`. */
export function valueAt(obj: unknown, path: readonly string[]): unknown {
  let node = obj;
  for (const k of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  return node;
}

export function setValueAt(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = obj;
  path.forEach((k, i) => {
    if (i === path.length - 1) node[k] = value;
    else {
      if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
      node = node[k] as Record<string, unknown>;
    }
  });
}
