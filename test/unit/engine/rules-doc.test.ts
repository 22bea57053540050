import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesReference } from '../../../src/engine/rules/reference-doc';

describe('docs/regles.md', () => {
  test('est à jour avec les tables de règles (sinon : npm run rules:doc)', () => {
    const file = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'regles.md'), 'utf8');
    expect(file === rulesReference()).toBe(true);
  });

  test('nomme les textes et donne les vérifications des maxima publiés', () => {
    const text = rulesReference();
    expect(text).toContain('NOR SSAS1924409A');
    expect(text).toContain('JORFTEXT000045443303');
    // avenant 2, taille 2: 382 500 € published, the tables' sum equal, no gap
    expect(text).toContain('| 2 | 382 500 € | 382 500 € (confirmé) | 0 € |');
    expect(text).toContain('| 3 | 476 250 € | — (non publié) | — |');
    expect(text).not.toMatch(/shared\/|aci-rules\.md/);
  });
});
