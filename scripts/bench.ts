import { benchEngineLines } from './bench-engine';
import { benchSyncLines } from './bench-syncs';
import { benchCalculateLine, benchUiLines } from './bench-ui';

/**
 * `npm run bench`: prints figures, asserts nothing. Engine time against a float baseline building the same
 * objects; Excel round trips counted on the recording fake context; « Calculer » on 1 000 CPTS in the preview
 * (click to results, longest task); task-pane bundle size and the preview's first paint in Chromium.
 */
async function main(): Promise<void> {
  for (const line of benchEngineLines()) console.log(line);
  for (const line of await benchSyncLines()) console.log(line);
  console.log(await benchCalculateLine(1000));
  for (const line of await benchUiLines()) console.log(line);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
