import { benchEngineLines } from './bench-engine';

/** `npm run bench`: prints figures (engine time against a float baseline); asserts nothing. */
async function main(): Promise<void> {
  for (const line of benchEngineLines()) console.log(line);
}

void main();
