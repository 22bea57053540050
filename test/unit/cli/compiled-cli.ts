import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const REPO = path.resolve(__dirname, '..', '..', '..');

/**
 * The CLI compiled once to plain JavaScript in a temporary folder, so that tests can run it as a process many
 * times (ts-node would take a second per run). Only transpiled: type checking is `npm run typecheck`'s.
 */
export function compileCli(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'aci-cli-'));
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const file of [...walk(path.join(REPO, 'src', 'engine')), ...walk(path.join(REPO, 'src', 'cli'))]) {
    if (!file.endsWith('.ts')) continue;
    const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    }).outputText;
    const target = path.join(out, path.relative(path.join(REPO, 'src'), file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, js);
  }
  return path.join(out, 'cli', 'main.js');
}

/** Runs the compiled CLI on `args`; dependencies (decimal.js) come from the repository's node_modules. */
export function runCompiled(main: string, args: readonly string[], extraNodeArgs: readonly string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...extraNodeArgs, main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
    maxBuffer: 1 << 30,
  });
}
