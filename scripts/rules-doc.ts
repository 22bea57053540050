/** Writes docs/regles.md from the rule data (`npm run rules:doc`); `--check` exits 1 when the file is out of date. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesReference } from '../src/engine/rules/reference-doc';

const path = join(__dirname, '..', 'docs', 'regles.md');
const text = rulesReference();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing: out of date
  }
  if (current !== text) {
    console.error('docs/regles.md n’est pas à jour : lancez npm run rules:doc');
    process.exit(1);
  }
} else {
  writeFileSync(path, text);
  console.log(`docs/regles.md écrit (${text.length} caractères)`);
}
