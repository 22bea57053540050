import { readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { formatIssue, localIsoDate, parseScenarioJson, SCENARIO_FORMATS, type Issue } from '../engine';
import { decodeUtf8 } from '../engine/scenario/json-text';
import { printable } from '../engine/scenario/printable';
import { projectionJsonChunks } from './projection-stream';

/**
 * `npm run --silent simulate -- scenario.json`: the projection as JSON on stdout, written one CPTS at a time.
 * Bad input: French messages on stderr, exit code 2, nothing on stdout (the whole file is validated before the
 * first byte is written). No input makes it print a stack trace: the last resort is a French line too.
 */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a run does: refuse with messages (stdout stays empty), or print the projection's pieces. */
export type CliRun =
  | { readonly code: number; readonly stdout: string; readonly stderr: string; readonly chunks: null }
  | { readonly code: 0; readonly stdout: ''; readonly stderr: ''; readonly chunks: Iterable<string> };

export const USAGE = [
  'usage : npm run --silent simulate -- chemin/du/scenario.json',
  '',
  `Écrit sur la sortie standard la projection du scénario (formats ${SCENARIO_FORMATS.join(', ')}) en JSON.`,
  'Entrée invalide : messages en français sur la sortie d’erreur, code de sortie 2, rien sur la sortie standard.',
  'Options : -h, --help  affiche cette aide.',
  '',
].join('\n');

/** Above any real department (a scenario of 100 000 CPTS is about 100 Mo): a wrong file, not a scenario. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const refused = (stderr: string, code = 2): CliRun => ({ code, stdout: '', stderr, chunks: null });

export function planCli(args: readonly string[]): CliRun {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) return { code: 0, stdout: USAGE, stderr: '', chunks: null };
  const file = args[0];
  if (!file || args.length > 1 || file.startsWith('-')) return refused(USAGE);
  const label = printable(file);
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return refused(`${label} : c’est un dossier, pas un fichier de scénario\n`);
    if (stat.size > MAX_FILE_BYTES) return refused(`${label} : fichier trop gros (${Math.round(stat.size / 1048576)} Mo, 512 Mo au plus)\n`);
    bytes = readFileSync(file);
  } catch (e) {
    // Checked structurally: errors from node:fs may come from another realm (jest), failing instanceof.
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    const reason = code === 'ENOENT' ? 'fichier introuvable' : code === 'EACCES' ? 'lecture interdite (droits du fichier)' : 'lecture impossible';
    return refused(`${label} : ${reason}\n`);
  }
  const text = decodeUtf8(bytes);
  if (!text.ok) return refused(messages(text.issues, label));
  return planText(text.value, label);
}

/** Scenario text in, the projection's JSON pieces out, or the issues. */
export function planText(text: string, label: string): CliRun {
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) return refused(messages(parsed.issues, printable(label)));
  return { code: 0, stdout: '', stderr: '', chunks: projectionJsonChunks(parsed.value, { today: localIsoDate(new Date()) }) };
}

/** Scenario text in, the whole output as strings (tests). */
export function simulateText(text: string, label: string): CliResult {
  return collect(() => planText(text, label));
}

/** One line per issue; whatever the file held, nothing unprintable reaches the terminal. */
function messages(issues: readonly Issue[], label: string): string {
  return issues.map((i) => `${label} : ${printable(formatIssue(i))}`).join('\n') + '\n';
}

/** The whole run as strings (tests); the command itself streams. */
export function runCli(args: readonly string[]): CliResult {
  return collect(() => planCli(args));
}

function collect(plan: () => CliRun): CliResult {
  try {
    const run = plan();
    if (!run.chunks) return { code: run.code, stdout: run.stdout, stderr: run.stderr };
    let stdout = '';
    for (const chunk of run.chunks) stdout += chunk;
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    return { code: 70, stdout: '', stderr: internalError(e) };
  }
}

/** The last resort: a French line, never a stack trace (EX_SOFTWARE, not the 2 of bad input). */
function internalError(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `erreur interne du simulateur : ${printable(detail)}\n`;
}

/** Writes to stdout in blocks of about 1 Mo, waiting when the pipe is full, so memory stays flat. */
async function stream(chunks: Iterable<string>): Promise<void> {
  let block = '';
  for (const chunk of chunks) {
    block += chunk;
    if (block.length < 1 << 20) continue;
    if (!process.stdout.write(block)) await once(process.stdout, 'drain');
    block = '';
  }
  if (block && !process.stdout.write(block)) await once(process.stdout, 'drain');
}

/** The command: reads process.argv, streams to stdout, sets the exit code. */
export async function main(): Promise<void> {
  // A reader that closes the pipe early (`| head`) is not an error of the simulator.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  let run: CliRun;
  try {
    run = planCli(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(internalError(e));
    process.exitCode = 70;
    return;
  }
  if (run.stdout) process.stdout.write(run.stdout);
  if (run.stderr) process.stderr.write(run.stderr);
  process.exitCode = run.code;
  if (!run.chunks) return;
  try {
    await stream(run.chunks);
  } catch (e) {
    process.stderr.write(internalError(e));
    process.exitCode = 70;
  }
}

if (require.main === module) void main();
