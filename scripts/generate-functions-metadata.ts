import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FUNCTIONS_METADATA } from '../src/functions/metadata';

/** Writes functions.json (Excel's custom-functions metadata) from the typed definitions, at build time. */
export function functionsJson(): string {
  return JSON.stringify({ functions: FUNCTIONS_METADATA }, null, 2) + '\n';
}

if (require.main === module) {
  const target = process.argv[2] ?? 'dist/functions.json';
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, functionsJson());
  console.log(`métadonnées des fonctions écrites dans ${target}`);
}
