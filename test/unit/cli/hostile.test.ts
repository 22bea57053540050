import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, USAGE } from '../../../src/cli/main';
import { compileCli, runCompiled } from './compiled-cli';

const EXAMPLE = path.join(__dirname, '../../../assets/examples/cpts-taille-1.json');
const exampleText = fs.readFileSync(EXAMPLE, 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aci-hostile-'));
let n = 0;
const fileWith = (content: string | Buffer): string => {
  const file = path.join(dir, `f${n++}.json`);
  fs.writeFileSync(file, content);
  return file;
};
const scenarioWith = (edit: (s: { ruleVersion: string; cpts: Record<string, unknown>[] }) => void): string => {
  const s = JSON.parse(exampleText) as { ruleVersion: string; cpts: Record<string, unknown>[] };
  edit(s);
  return JSON.stringify(s, null, 2);
};

/** What every refusal must look like: exit 2, nothing on stdout, French lines naming the file, nothing raw. */
function expectRefused(out: { code?: number | null; status?: number | null; stdout: string; stderr: string }, file: string): void {
  expect(out.code ?? out.status).toBe(2);
  expect(out.stdout).toBe('');
  const lines = out.stderr.trimEnd().split('\n');
  for (const line of lines) expect(line.startsWith(`${file} : `)).toBe(true);
  expect(out.stderr).not.toMatch(/\n\s+at |Error:|Unexpected|JSON at position/);
  // eslint-disable-next-line no-control-regex -- no control character but the line ends may reach the terminal
  expect(out.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
}

describe('CLI: hostile files, each refused in French with exit 2 and nothing on stdout', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['deep nesting', '['.repeat(100_000) + ']'.repeat(100_000), /: imbrication trop profonde/],
    [
      'deep nesting inside a field',
      scenarioWith((s) => (s.cpts[0]!.name = 'x')).replace('"x"', '['.repeat(5000) + ']'.repeat(5000)),
      /cpts\[0\]\.name(\[0\])+ : imbrication trop profonde/,
    ],
    ['Latin-1 accents', Buffer.from(exampleText.replace('Val de Loue', 'Évry'), 'latin1'), /: le fichier n’est pas en UTF-8 .* ligne 8 ;/],
    [
      'duplicate key',
      exampleText.replace('"population": 28500,', '"population": 28500, "population": 1,'),
      /: cpts\[0\]\.population : champ « population » en double/,
    ],
    ['1e400', exampleText.replace('28500', '1e400'), /: cpts\[0\]\.population : nombre hors limites « 1e400 »/],
    [
      'terminal escape codes',
      exampleText.replace('"CPTS de taille 1"', '"\\u001b[2J\\u001b[31mX\\u0007"').replace('"auto"', '"\\u001b]0;pwn\\u0007"'),
      /ruleVersion : version des règles inconnue « \\u001b\]0;pwn\\u0007 »/,
    ],
    ['raw escape in a key', exampleText.replace('"format"', '"\u001b[31mformat"'), /n’est pas un JSON valide : caractère de contrôle « \\u001b »/],
    [
      '1900 date, version forced',
      scenarioWith((s) => {
        s.ruleVersion = 'avenant-2';
        s.cpts[0]!.signatureDate = '1900-01-01';
        s.cpts[0]!.missions = [];
      }),
      /cpts\[0\]\.signatureDate : aucune version des règles n’est en vigueur le 1900-01-01/,
    ],
    [
      '1900 date, version auto',
      scenarioWith((s) => {
        s.cpts[0]!.signatureDate = '1900-01-01';
        s.cpts[0]!.missions = [];
      }),
      /cpts\[0\]\.signatureDate : aucune version des règles n’est en vigueur le 1900-01-01/,
    ],
    [
      'missing date',
      scenarioWith((s) => delete s.cpts[0]!.signatureDate),
      /cpts\[0\]\.signatureDate : date obligatoire absente : attendu une date au format AAAA-MM-JJ/,
    ],
    ['truncated', exampleText.slice(0, 200), /n’est pas un JSON valide : .*\(ligne \d+, colonne \d+/],
    ['empty', '', /: le fichier est vide/],
    ['not an object', '[1, 2]', /: un scénario doit être un objet/],
  ];

  test.each(cases)('%s', (_name, content, message) => {
    const file = fileWith(content);
    const out = runCli([file]);
    expectRefused(out, file);
    expect(out.stderr).toMatch(message);
  });

  test('--help and -h print the usage on stdout and exit 0', () => {
    expect(runCli(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(runCli(['-h'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(USAGE).toMatch(/^usage : npm run --silent simulate -- chemin\/du\/scenario\.json/);
  });

  test('bad arguments, a folder, a missing file: exit 2, usage or a French line', () => {
    expect(runCli([])).toEqual({ code: 2, stdout: '', stderr: USAGE });
    expect(runCli(['--verbose'])).toEqual({ code: 2, stdout: '', stderr: USAGE });
    expect(runCli(['a.json', 'b.json'])).toEqual({ code: 2, stdout: '', stderr: USAGE });
    expect(runCli([dir])).toEqual({ code: 2, stdout: '', stderr: `${dir} : c’est un dossier, pas un fichier de scénario\n` });
    expect(runCli(['/nonexistent/\u001b[31m.json'])).toEqual({ code: 2, stdout: '', stderr: '/nonexistent/\\u001b[31m.json : fichier introuvable\n' });
  });
});

describe('CLI fuzz: generated hostile files, run as a process', () => {
  let main = '';
  beforeAll(() => {
    main = compileCli();
  });

  const valid = JSON.parse(exampleText) as Record<string, unknown>;
  /** Hostile contents: broken text, wrong encodings, odd values where the scenario's fields go. */
  const hostile: fc.Arbitrary<string | Buffer> = fc.oneof(
    // The example with a few characters deleted, inserted or replaced.
    fc
      .array(fc.tuple(fc.nat(exampleText.length - 1), fc.nat(3), fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 3 })
      .map((edits) => edits.reduce((t, [at, del, ins]) => t.slice(0, at) + ins + t.slice(at + del), exampleText)),
    // Arbitrary JSON, or an arbitrary value in one of the example's fields.
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc
      .tuple(fc.constantFrom('name', 'ruleVersion', 'format', 'cpts'), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary' })))
      .map(([k, v]) => JSON.stringify({ ...valid, [k]: v })),
    // Deep nesting, huge numbers, raw bytes.
    fc.integer({ min: 60, max: 50_000 }).map((d) => '{"cpts":' + '['.repeat(d) + ']'.repeat(d) + '}'),
    fc.integer({ min: 309, max: 100_000 }).map((e) => exampleText.replace('28500', `9e${e}`)),
    fc.uint8Array({ minLength: 1, maxLength: 200 }).map((b) => Buffer.from(b)),
  );

  test('every file: exit 0 with a JSON projection, or exit 2 with French lines and nothing on stdout; never a crash', () => {
    fc.assert(
      fc.property(hostile, (content) => {
        const file = fileWith(content);
        const out = runCompiled(main, [file]);
        if (out.status === 0) {
          expect(out.stderr).toBe('');
          expect(() => JSON.parse(out.stdout)).not.toThrow();
        } else {
          expectRefused(out, file);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  test('as a process: --help exits 0, a stack never appears', () => {
    const help = runCompiled(main, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(USAGE);
    const deep = fileWith('['.repeat(1_000_000));
    expectRefused(runCompiled(main, [deep]), deep);
  });
});
