import fc from 'fast-check';
import { decodeUtf8, MAX_JSON_DEPTH, parseJsonText } from '../../../src/engine/scenario/json-text';
import { printable } from '../../../src/engine/scenario/printable';
import { shown } from '../../../src/engine/scenario/validation';
import type { Issue } from '../../../src/engine';

const issueOf = (text: string): Issue => {
  const r = parseJsonText(text);
  if (r.ok) throw new Error(`accepté à tort : ${text.slice(0, 80)}`);
  expect(r.issues).toHaveLength(1);
  return r.issues[0]!;
};

/** What JSON.parse says in English, never shown to a user. */
const ENGLISH = /Unexpected|JSON at position|token|Bad control|Unterminated|Expected/;

describe('parseJsonText: strict JSON, French messages', () => {
  test('reads what JSON.parse reads, to the same value (objects without duplicate keys)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const r = parseJsonText(text);
        expect(r).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 300 },
    );
  });

  test('never throws; refuses what JSON.parse refuses, in French, with line and column', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const r = parseJsonText(text);
        if (!valid) {
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.issues[0]!.message).not.toMatch(ENGLISH);
            expect(r.issues[0]!.message).toMatch(/^le fichier (n’est pas un JSON valide : .*\(ligne \d+, colonne \d+(, dans .*)?\)|est vide)/);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test('syntax errors say where: line and column of the fault', () => {
    // The comma after "b" is on line 3, column 9 (8 characters before it: 2 spaces, "b", ": 1").
    expect(issueOf('{\n  "a": 1,\n  "b": 1,\n}')).toEqual({
      path: '',
      message:
        'le fichier n’est pas un JSON valide : caractère inattendu « } » : attendu le nom d’un champ entre guillemets doubles, par ex. "population" (ligne 4, colonne 1)',
    });
    expect(issueOf('{"cpts": [{"name": nom}]}').message).toBe(
      'le fichier n’est pas un JSON valide : mot inattendu « nom » : attendu une valeur : objet {…}, liste […], texte "…", nombre, true, false ou null (les textes s’écrivent entre guillemets doubles) (ligne 1, colonne 20, dans cpts[0].name)',
    );
    expect(issueOf('{"a": "x').message).toBe(
      'le fichier n’est pas un JSON valide : fin du fichier inattendue : texte non fermé, attendu « " » (ligne 1, colonne 7, dans a)',
    );
    expect(issueOf('{"a": 01}').message).toMatch(/^le fichier n’est pas un JSON valide : nombre mal écrit « 01 »/);
    expect(issueOf('{} {}').message).toBe(
      'le fichier n’est pas un JSON valide : contenu inattendu « { » après la fin du JSON (une seule valeur par fichier) (ligne 1, colonne 4)',
    );
    expect(issueOf('   ')).toEqual({ path: '', message: 'le fichier est vide : attendu un scénario JSON' });
  });

  test('a duplicate key is refused, naming its path (JSON.parse would keep the last one silently)', () => {
    expect(issueOf('{"cpts": [{"population": 1000,\n "population": 90000}]}')).toEqual({
      path: 'cpts[0].population',
      message: 'champ « population » en double dans le même objet : chaque champ ne doit apparaître qu’une fois (ligne 2, colonne 2)',
    });
  });

  test('numbers outside the double range are refused, quoted as written', () => {
    expect(issueOf('{"cpts": [{"population": 1e400}]}')).toEqual({
      path: 'cpts[0].population',
      message: 'nombre hors limites « 1e400 » : trop grand pour être calculé (au plus environ 1,8 × 10^308 en valeur absolue) (ligne 1, colonne 26)',
    });
    expect(issueOf('[-2.5E+999]').path).toBe('[0]');
    expect(issueOf('{"rate": 1e-400}').message).toMatch(/^nombre hors limites « 1e-400 » : trop proche de zéro/);
    // Still in range: read as JSON.parse reads them.
    expect(parseJsonText('[1e308, 0e-999, 5e-324]')).toEqual({ ok: true, value: [1e308, 0, 5e-324] });
  });

  test(`nesting deeper than ${MAX_JSON_DEPTH} levels is refused, without recursion to the bottom`, () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(issueOf(deep).message).toMatch(/^imbrication trop profonde : plus de 64 niveaux/);
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJsonText(ok).ok).toBe(true);
    const objects = '{"a":'.repeat(MAX_JSON_DEPTH + 1) + '1' + '}'.repeat(MAX_JSON_DEPTH + 1);
    expect(issueOf(objects).path).toBe(Array(MAX_JSON_DEPTH).fill('a').join('.'));
  });

  test('control characters: raw ones refused, escaped ones read, never echoed raw', () => {
    const raw = issueOf('{"name": "a\u001b[31mb"}');
    expect(raw.message).toBe(
      'le fichier n’est pas un JSON valide : caractère de contrôle « \\u001b » dans un texte : il doit être écrit avec un échappement (\\n, \\t, \\u00XX) (ligne 1, colonne 12, dans name)',
    );
    expect(parseJsonText('{"name": "a\\u001b[31m"}')).toEqual({ ok: true, value: { name: 'a\u001b[31m' } });
    const key = issueOf('{"\\u001b[2J": 1, "\\u001b[2J": 2}');
    expect(key.path).toBe('\u001b[2J'); // the path is data; printing escapes it (the CLI, printable)
    expect(key.message).toContain('« \\u001b[2J »');
  });

  test('"__proto__" is a field like any other, not a prototype change', () => {
    const r = parseJsonText('{"__proto__": {"polluted": true}}');
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('decodeUtf8', () => {
  test('UTF-8 read, its byte-order mark dropped', () => {
    expect(decodeUtf8(Buffer.from('\ufeff{"name": "Évry"}', 'utf8'))).toEqual({ ok: true, value: '{"name": "Évry"}' });
  });

  test('Latin-1 refused, with the line of the first bad byte', () => {
    const r = decodeUtf8(Buffer.from('{\n"name": "\u00c9vry"}', 'latin1'));
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          message: 'le fichier n’est pas en UTF-8 (il semble encodé en Latin-1 ou Windows-1252) : octet 0xC9 invalide ligne 2 ; enregistrez-le en UTF-8',
        },
      ],
    });
  });

  test('UTF-16 refused, said as such', () => {
    const r = decodeUtf8(Buffer.from('\ufeff{}', 'utf16le'));
    expect(!r.ok && r.issues[0]!.message).toMatch(/^le fichier n’est pas en UTF-8 \(il semble encodé en UTF-16\)/);
  });

  test('accepts exactly what a fatal TextDecoder accepts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let ok = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          ok = false;
        }
        expect(decodeUtf8(bytes).ok).toBe(ok);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('shown and printable', () => {
  test('a value nested too deep for JSON.stringify is shown by its kind, without overflow', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(shown(deep)).toBe('[…]');
  });

  test('control characters and bidi overrides are escaped, accents kept', () => {
    expect(shown('É\u001b[31m\u202e\n')).toBe('« É\\u001b[31m\\u202e\\u000a »');
    expect(printable('Évry\u0007')).toBe('Évry\\u0007');
    expect(shown(Infinity)).toBe('Infinity');
  });
});
