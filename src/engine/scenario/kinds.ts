import { isValidIsoDate } from '../calendar/dates';
import { AMOUNT_PATTERN, Dec, formatAmount } from '../money/money';
import { childPath, IssueList, isRecord, shown } from './validation';
import { finish, type Work } from '../work';

/**
 * The scenario format's building blocks: a field is a JSON key with a French label, a kind (what values it
 * takes) and, where the workbook holds it, a column. One generic walker validates any value against a kind;
 * cross-field rules (a mission starting after the signature…) are written once, as an object's `refine`.
 */

/** A kind may replace its default refusal with its own sentence (the value shown back is `shown(value)`). */
interface Base {
  readonly message?: (value: unknown) => string;
}

export type Kind =
  | (Base & { readonly type: 'text'; readonly max?: number })
  | (Base & { readonly type: 'integer'; readonly min: number; readonly max: number })
  /** Any finite number; `nullable` admits null (« not known yet »); `min` a lower bound. */
  | (Base & { readonly type: 'number'; readonly nullable?: boolean; readonly min?: number })
  /** A fraction in [0, 1] (]0, 1] with `minExclusive`). */
  | (Base & { readonly type: 'fraction'; readonly minExclusive?: boolean })
  | (Base & { readonly type: 'date' })
  /** A decimal amount ≥ 0 with two decimals at most; the result is a string with two decimals. */
  | (Base & { readonly type: 'money' })
  | (Base & { readonly type: 'boolean' })
  /** One of `values`; `labels` are their French names, in the same order (the workbook shows these). */
  | (Base & { readonly type: 'enum'; readonly values: readonly string[]; readonly labels?: readonly string[] })
  | (Base & { readonly type: 'list'; readonly of: Kind; readonly length?: number; readonly nonEmpty?: boolean })
  | (Base & { readonly type: 'object'; readonly schema: ObjectSchema })
  /** A value whose shape is written by hand (the barème, the indicator method). */
  | (Base & { readonly type: 'custom'; readonly check: (value: unknown, path: string, issues: IssueList, ctx: Context) => unknown });

/** Where a field sits in the workbook's input tables: its column header. */
export interface ColumnInfo {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
}

export interface FieldSpec {
  readonly kind: Kind;
  /** French name of the field, as messages and the pane say it. */
  readonly label: string;
  readonly optional?: boolean;
  /** The format version that introduced the field: a format-1 file that carries it is refused. */
  readonly since?: 2;
  /** The value a file that omits the field gets (kept in the validated scenario). */
  readonly default?: unknown;
  /** The column of the field in its input table (absent: the workbook does not hold it as a column). */
  readonly column?: ColumnInfo;
  /** Headers of a list of numbers spread over one column per contract year (`Cible année 1`…). */
  readonly yearColumns?: { readonly header: (year: number) => string; readonly width: number };
  /** Checks run once the field is valid, with its parent object so far (the cross-field rules of one field). */
  readonly check?: (value: unknown, path: string, issues: IssueList, ctx: Context) => void;
}

export type Fields = Readonly<Record<string, FieldSpec>>;

export interface ObjectSchema {
  readonly fields: Fields;
  /** The refusal when the value is not an object, e.g. « une mission doit être un objet { … } ». */
  readonly shape: string;
  /** Rules across fields, run when every field is valid; `parsed` is the clean object. */
  readonly refine?: (parsed: Readonly<Record<string, unknown>>, path: string, issues: IssueList, ctx: Context) => void;
}

/** What the walker knows while inside a value: the format version, and the clean ancestors, nearest last. */
export interface Context {
  readonly version: number;
  readonly parents: readonly Readonly<Record<string, unknown>>[];
}

const YEAR_FORMAT = 'AAAA-MM-JJ';

/** Validates `value` against `kind`; returns the clean value, or undefined after adding issues. */
export function checkKind(kind: Kind, value: unknown, path: string, issues: IssueList, ctx: Context): unknown {
  // `refusal` rather than a closure made on each call: this runs for every field of every CPTS, and refuses rarely.
  switch (kind.type) {
    case 'text': {
      if (typeof value !== 'string' || value.trim() === '') return refusal(kind, value, path, issues, `texte obligatoire (reçu : ${shown(value)})`);
      const max = kind.max ?? MAX_TEXT;
      if (value.length > max) return refusal(kind, value, path, issues, `texte trop long (${value.length} caractères, ${max} au plus)`);
      return value;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < kind.min || value > kind.max)
        return refusal(kind, value, path, issues, `valeur impossible ${shown(value)} : un entier de ${kind.min} à ${kind.max}`);
      return value;
    case 'number':
      if (value === null && kind.nullable) return null;
      if (typeof value !== 'number' || !Number.isFinite(value))
        return refusal(kind, value, path, issues, `nombre attendu${kind.nullable ? ' (ou null)' : ''} (reçu : ${shown(value)})`);
      if (kind.min !== undefined && value < kind.min) return refusal(kind, value, path, issues, `valeur ${value} : au moins ${kind.min}`);
      return value;
    case 'fraction':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1 || (kind.minExclusive && value === 0))
        return refusal(
          kind,
          value,
          path,
          issues,
          kind.minExclusive
            ? `la valeur doit être comprise entre 0 (exclu) et 1, soit jusqu’à 100 % (reçu : ${shown(value)})`
            : `le taux doit être compris entre 0 et 1, soit 0 % à 100 % (reçu : ${shown(value)})`,
        );
      return value;
    case 'date':
      if (value === undefined) return refusal(kind, value, path, issues, `date obligatoire absente : attendu une date au format ${YEAR_FORMAT}`);
      if (typeof value !== 'string' || !isValidIsoDate(value))
        return refusal(kind, value, path, issues, `date impossible ${shown(value)} : attendu une date réelle au format ${YEAR_FORMAT}`);
      return value;
    case 'money': {
      const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
      if (typeof text !== 'string' || !AMOUNT_PATTERN.test(text))
        return refusal(kind, value, path, issues, `montant invalide ${shown(value)} : attendu un nombre positif ou nul, deux décimales au plus`);
      return formatAmount(new Dec(text));
    }
    case 'boolean':
      if (typeof value !== 'boolean') return refusal(kind, value, path, issues, `attendu true ou false (reçu : ${shown(value)})`);
      return value;
    case 'enum':
      if (typeof value !== 'string' || !kind.values.includes(value))
        return refusal(kind, value, path, issues, `valeur inconnue ${shown(value)} (valeurs admises : ${kind.values.join(', ')})`);
      return value;
    case 'list':
      return finish(listWork(kind, value, path, issues, ctx));
    case 'object':
      if (!isRecord(value)) return refusal(kind, value, path, issues, kind.schema.shape);
      return checkObject(kind.schema, value, path, issues, ctx);
    case 'custom':
      return kind.check(value, path, issues, ctx);
  }
}

function refusal(kind: Kind, value: unknown, path: string, issues: IssueList, fallback: string): undefined {
  issues.add(path, kind.message ? kind.message(value) : fallback);
  return undefined;
}

/** A list, item by item; it yields after each object in it (a list of numbers runs through without a seam). */
function* listWork(kind: Extract<Kind, { type: 'list' }>, value: unknown, path: string, issues: IssueList, ctx: Context): Work<unknown[] | undefined> {
  if (!Array.isArray(value) || (kind.length !== undefined && value.length !== kind.length) || (kind.nonEmpty && value.length === 0)) {
    const size = kind.length !== undefined ? `${kind.length} valeurs` : 'une liste';
    issues.add(path, kind.message ? kind.message(value) : `attendu ${size} (reçu : ${shown(value)})`);
    return undefined;
  }
  const seams = kind.of.type === 'object';
  const out: unknown[] = [];
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    const clean = checkKind(kind.of, value[i], childPath(path, i), issues, ctx);
    if (clean === undefined) ok = false;
    out.push(clean);
    if (seams) yield;
  }
  return ok ? out : undefined;
}

export const MAX_TEXT = 200;

/**
 * An object: unknown keys refused (so that a typo is not silently ignored), each field checked in the
 * schema's order, then the object's own rules. Returns the clean object (only the format's fields), or
 * undefined when anything in it was refused.
 */
export function checkObject(
  schema: ObjectSchema,
  value: Readonly<Record<string, unknown>>,
  path: string,
  issues: IssueList,
  ctx: Context,
): Record<string, unknown> | undefined {
  return finish(checkObjectWork(schema, value, path, issues, ctx));
}

/**
 * checkObject as a work (engine/work.ts): it yields after each object of its own lists' (a scenario's CPTS, say),
 * so that a department is validated in time slices. Objects deeper down are checked in one go.
 */
export function* checkObjectWork(
  schema: ObjectSchema,
  value: Readonly<Record<string, unknown>>,
  path: string,
  issues: IssueList,
  ctx: Context,
): Work<Record<string, unknown> | undefined> {
  const before = issues.items.length;
  const keys = Object.keys(schema.fields);
  issues.unknownKeys(value, keys, path);
  const parsed: Record<string, unknown> = {};
  const inner: Context = { version: ctx.version, parents: [...ctx.parents, parsed] };
  for (const key of keys) {
    const spec = schema.fields[key]!;
    const raw = value[key];
    const p = childPath(path, key);
    if (raw === undefined && (spec.optional || spec.default !== undefined)) {
      if (spec.default !== undefined) parsed[key] = spec.default;
      continue;
    }
    if (spec.since !== undefined && ctx.version < spec.since) {
      issues.add(p, `champ « ${key} » du format ${spec.since} : déclarez "format": "aci-cpts-scenario/${spec.since}" pour l’utiliser`);
      continue;
    }
    const clean = spec.kind.type === 'list' ? yield* listWork(spec.kind, raw, p, issues, inner) : checkKind(spec.kind, raw, p, issues, inner);
    if (clean === undefined) continue;
    parsed[key] = clean;
    spec.check?.(clean, p, issues, inner);
  }
  if (issues.items.length > before) return undefined;
  schema.refine?.(parsed, path, issues, ctx);
  return issues.items.length > before ? undefined : parsed;
}

/** The nearest clean ancestor (`depth` 1: the parent of the object being refined). */
export function ancestor(ctx: Context, depth: number): Readonly<Record<string, unknown>> | undefined {
  return ctx.parents[ctx.parents.length - depth];
}

/** One value against a kind, outside any scenario (a workbook cell, say): the clean value or the first refusal. */
export function checkValue(kind: Kind, value: unknown): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string } {
  const issues = new IssueList();
  const clean = checkKind(kind, value, '', issues, { version: 2, parents: [] });
  return clean === undefined ? { ok: false, message: issues.items[0]?.message ?? 'valeur refusée' } : { ok: true, value: clean };
}
