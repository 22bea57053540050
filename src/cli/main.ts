import { readFileSync } from 'node:fs';
import { formatIssue, localIsoDate, parseScenarioJson, project, projectionToJson } from '../engine';

/**
 * `npm run --silent simulate -- scenario.json`: the projection as JSON on stdout.
 * Bad input: French messages on stderr, exit code 2, nothing on stdout (never a partial projection).
 */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[]): CliResult {
  const file = args[0];
  if (!file || args.length > 1) {
    return { code: 2, stdout: '', stderr: 'usage : npm run --silent simulate -- chemin/du/scenario.json\n' };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    // Checked structurally: errors from node:fs may come from another realm (jest), failing instanceof.
    const missing = typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ENOENT';
    const reason = missing ? 'fichier introuvable' : 'lecture impossible';
    return { code: 2, stdout: '', stderr: `${file} : ${reason}\n` };
  }
  return simulateText(text, file);
}

/** Scenario text in, projection JSON out; the whole output is built before anything is printed. */
export function simulateText(text: string, label: string): CliResult {
  const parsed = parseScenarioJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    return { code: 2, stdout: '', stderr: parsed.issues.map((i) => `${label} : ${formatIssue(i)}`).join('\n') + '\n' };
  }
  return { code: 0, stdout: JSON.stringify(projectionToJson(project(parsed.value), { today: localIsoDate(new Date()) }), null, 2) + '\n', stderr: '' };
}

if (require.main === module) {
  const { code, stdout, stderr } = runCli(process.argv.slice(2));
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = code;
}
