import { explainLine, project, provisionalShareOf } from '../../../src/engine';
import { PROVISIONAL_SCENARIO as SCENARIO } from '../fixtures/provisional';

describe('montants provisoires', () => {
  test('une ligne est provisoire seulement si son propre montant l’est ; part provisoire 40 %', () => {
    const c = project(SCENARIO).cpts[0]!;
    const [fonct, fixe] = c.years[0]!.lines;
    expect(explainLine(fonct!).provisional).toBe(false);
    expect(explainLine(fixe!).provisional).toBe(true);
    // 5 × 70 000 = 350 000 of 5 × 175 000 = 875 000
    expect(c.provisionalAmount.toFixed(2)).toBe('350000.00');
    expect(c.total.toFixed(2)).toBe('875000.00');
    expect(c.provisionalShare.toString()).toBe('0.4');
    expect(c.provisional).toBe(true);
    expect(provisionalShareOf(c.years[0]!.lines, c.years[0]!.total).toString()).toBe('0.4');
  });

  test('statuts des lignes ; sans montant provisoire, part de 0 %', () => {
    const v = project(SCENARIO).cpts[0]!.years[0]!.lines.map((l) => l.source.status);
    expect(v).toEqual(['derived', 'to-verify', 'to-verify']);
    const own = { ...SCENARIO, cpts: [{ ...SCENARIO.cpts[0]!, missions: [] }] };
    const c = project(own).cpts[0]!;
    // fonctionnement only (dérivé): nothing provisional
    expect([c.provisional, c.provisionalShare.toString()]).toEqual([false, '0']);
  });
});
