import { printable } from './printable';
import { childPath, type Issue, type Result } from './validation';

/**
 * A strict JSON reader for users' files. JSON.parse accepts what a scenario must not hold and words its errors
 * in English: this one refuses duplicate keys (JSON.parse keeps the last one silently), numbers outside the
 * double range (1e400 would become Infinity, then null) and nesting deeper than any scenario needs (which would
 * overflow the stack of code walking the value). Every refusal is French, names the field reached and gives the
 * line and column; no character of the file is echoed raw. Pure, never throws.
 */
export const MAX_JSON_DEPTH = 64;

class JsonTextError {
  constructor(readonly issue: Issue) {}
}

const EXPECTED_VALUE = 'attendu une valeur : objet {…}, liste […], texte "…", nombre, true, false ou null';

export function parseJsonText(text: string): Result<unknown> {
  if (text.trim() === '') return { ok: false, issues: [{ path: '', message: 'le fichier est vide : attendu un scénario JSON' }] };
  const reader = new Reader(text);
  try {
    const value = reader.document();
    return { ok: true, value };
  } catch (e) {
    if (e instanceof JsonTextError) return { ok: false, issues: [e.issue] };
    throw e;
  }
}

/** `c` as a message shows it: quoted, control characters escaped. */
function quoted(c: string): string {
  return `« ${printable(c)} »`;
}

class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): unknown {
    this.skipSpace();
    const value = this.value('', 0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('', `contenu inattendu ${this.charShown()} après la fin du JSON (une seule valeur par fichier)`);
    return value;
  }

  /** « ligne L, colonne C » of a position (1-based), for the user's editor. */
  private where(at: number): string {
    let line = 1;
    let lineStart = 0;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < at; i = this.text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return `ligne ${line}, colonne ${at - lineStart + 1}`;
  }

  /** A refusal of valid JSON the format cannot take (a duplicate, a number out of range, deep nesting). */
  private refuse(path: string, message: string, at = this.pos): never {
    throw new JsonTextError({ path, message: `${message} (${this.where(at)})` });
  }

  /** Text that is not JSON at all: the file is at fault, the field reached is told as a landmark. */
  private fail(path: string, message: string, at = this.pos): never {
    const within = path ? `, dans ${printable(path)}` : '';
    throw new JsonTextError({ path: '', message: `le fichier n’est pas un JSON valide : ${message} (${this.where(at)}${within})` });
  }

  private charShown(): string {
    const code = this.text.codePointAt(this.pos);
    return code === undefined ? 'fin du fichier' : quoted(String.fromCodePoint(code));
  }

  private skipSpace(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.pos = p;
  }

  private value(path: string, depth: number): unknown {
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7b /* { */) return this.object(path, depth + 1);
    if (c === 0x5b /* [ */) return this.array(path, depth + 1);
    if (c === 0x22 /* " */) return this.string(path);
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) return this.number(path);
    if (c === 0x74 /* t */) return this.literal(path, 'true', true);
    if (c === 0x66 /* f */) return this.literal(path, 'false', false);
    if (c === 0x6e /* n */) return this.literal(path, 'null', null);
    if (Number.isNaN(c)) this.fail(path, `fin du fichier inattendue : ${EXPECTED_VALUE}`);
    return this.fail(path, `caractère inattendu ${this.charShown()} : ${EXPECTED_VALUE}`);
  }

  private enter(path: string, depth: number): void {
    if (depth > MAX_JSON_DEPTH) this.refuse(path, `imbrication trop profonde : plus de ${MAX_JSON_DEPTH} niveaux d’objets et de listes imbriqués`);
  }

  private object(path: string, depth: number): Record<string, unknown> {
    this.enter(path, depth);
    this.pos++;
    const obj: Record<string, unknown> = {};
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x7d /* } */) {
      this.pos++;
      return obj;
    }
    for (;;) {
      this.skipSpace();
      const keyAt = this.pos;
      if (this.text.charCodeAt(this.pos) !== 0x22) {
        this.fail(path, `caractère inattendu ${this.charShown()} : attendu le nom d’un champ entre guillemets doubles, par ex. "population"`);
      }
      const key = this.string(path);
      const keyPath = childPath(path, key);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.refuse(keyPath, `champ ${quoted(key)} en double dans le même objet : chaque champ ne doit apparaître qu’une fois`, keyAt);
      }
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 0x3a /* : */) this.fail(keyPath, `caractère inattendu ${this.charShown()} : attendu « : » après le nom du champ`);
      this.pos++;
      this.skipSpace();
      const value = this.value(keyPath, depth);
      // "__proto__" is an ordinary field in JSON: defined, never assigned (assigning would change the prototype).
      if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      else obj[key] = value;
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c /* , */) {
        this.pos++;
        continue;
      }
      if (c === 0x7d /* } */) {
        this.pos++;
        return obj;
      }
      if (Number.isNaN(c)) this.fail(path, 'fin du fichier inattendue : objet non fermé, attendu « } »');
      this.fail(path, `caractère inattendu ${this.charShown()} : attendu « , » ou « } » après la valeur du champ ${quoted(key)}`);
    }
  }

  private array(path: string, depth: number): unknown[] {
    this.enter(path, depth);
    this.pos++;
    const list: unknown[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x5d /* ] */) {
      this.pos++;
      return list;
    }
    for (;;) {
      this.skipSpace();
      list.push(this.value(childPath(path, list.length), depth));
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c /* , */) {
        this.pos++;
        continue;
      }
      if (c === 0x5d /* ] */) {
        this.pos++;
        return list;
      }
      if (Number.isNaN(c)) this.fail(path, 'fin du fichier inattendue : liste non fermée, attendu « ] »');
      this.fail(path, `caractère inattendu ${this.charShown()} : attendu « , » ou « ] » entre les éléments d’une liste`);
    }
  }

  private string(path: string): string {
    const t = this.text;
    const start = this.pos + 1;
    let p = start;
    // Fast path: no escape, the text is a slice of the file.
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x22) {
        this.pos = p + 1;
        return t.slice(start, p);
      }
      if (c === 0x5c /* \ */ || c < 0x20 || Number.isNaN(c)) break;
      p++;
    }
    let out = t.slice(start, p);
    for (;;) {
      const c = t.charCodeAt(p);
      if (Number.isNaN(c)) this.fail(path, 'fin du fichier inattendue : texte non fermé, attendu « " »', start - 1);
      if (c === 0x22) {
        this.pos = p + 1;
        return out;
      }
      if (c < 0x20) {
        this.pos = p;
        this.fail(path, `caractère de contrôle ${quoted(t[p]!)} dans un texte : il doit être écrit avec un échappement (\\n, \\t, \\u00XX)`);
      }
      if (c !== 0x5c) {
        out += t[p];
        p++;
        continue;
      }
      const e = t[p + 1];
      const simple = e === undefined ? undefined : ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        p += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(p + 2, p + 6))) {
        out += String.fromCharCode(parseInt(t.slice(p + 2, p + 6), 16));
        p += 6;
      } else {
        this.pos = p;
        this.fail(path, `échappement invalide ${quoted(t.slice(p, p + 2))} dans un texte (admis : \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
      }
    }
  }

  private number(path: string): number {
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (t.charCodeAt(p) === 0x2d) p++;
    const digits = (): number => {
      const from = p;
      while (t.charCodeAt(p) >= 0x30 && t.charCodeAt(p) <= 0x39) p++;
      return p - from;
    };
    const intStart = p;
    if (digits() === 0) this.badNumber(path, start, p);
    if (t.charCodeAt(intStart) === 0x30 && p - intStart > 1) this.badNumber(path, start, p);
    if (t.charCodeAt(p) === 0x2e /* . */) {
      p++;
      if (digits() === 0) this.badNumber(path, start, p);
    }
    const mantissaEnd = p;
    const e = t.charCodeAt(p);
    if (e === 0x65 || e === 0x45) {
      p++;
      const sign = t.charCodeAt(p);
      if (sign === 0x2b || sign === 0x2d) p++;
      if (digits() === 0) this.badNumber(path, start, p);
    }
    const written = t.slice(start, p);
    const value = Number(written);
    if (!Number.isFinite(value)) {
      this.refuse(path, `nombre hors limites ${quoted(written)} : trop grand pour être calculé (au plus environ 1,8 × 10^308 en valeur absolue)`, start);
    }
    if (value === 0 && /[1-9]/.test(t.slice(start, mantissaEnd))) {
      this.refuse(path, `nombre hors limites ${quoted(written)} : trop proche de zéro pour être calculé exactement`, start);
    }
    this.pos = p;
    return value;
  }

  private badNumber(path: string, start: number, p: number): never {
    let end = p;
    while (end < this.text.length && end - start < 30 && !/[\s,\]}]/.test(this.text[end]!)) end++;
    this.pos = start;
    return this.fail(path, `nombre mal écrit ${quoted(this.text.slice(start, end))} : attendu par ex. 52000, 0.8 ou 1e3 (point décimal, pas de zéro en tête)`);
  }

  private literal(path: string, word: string, value: boolean | null): boolean | null {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return value;
    }
    let end = this.pos;
    while (end < this.text.length && end - this.pos < 20 && /[A-Za-z]/.test(this.text[end]!)) end++;
    const seen = this.text.slice(this.pos, Math.max(end, this.pos + 1));
    return this.fail(path, `mot inattendu ${quoted(seen)} : ${EXPECTED_VALUE} (les textes s’écrivent entre guillemets doubles)`);
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A file's bytes as text, UTF-8 only: a Latin-1 or UTF-16 file decoded leniently would turn accents into « � »
 * and pass validation with corrupted names. A leading byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, value: text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hint = utf16 ? 'il semble encodé en UTF-16' : 'il semble encodé en Latin-1 ou Windows-1252';
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      issues: [{ path: '', message: `le fichier n’est pas en UTF-8 (${hint}) : octet 0x${byte} invalide ligne ${line} ; enregistrez-le en UTF-8` }],
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
