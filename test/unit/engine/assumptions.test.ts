import { assumptionsOf, findRuleVersion } from '../../../src/engine';

describe('hypothèses de calcul', () => {
  test('les choix que le texte laisse ouverts sont listés avec leur statut', () => {
    const av2 = assumptionsOf(findRuleVersion('avenant-2')!);
    const byId = Object.fromEntries(av2.map((a) => [a.id, a]));
    // shared/aci-rules.md: avenant 2 from 2022-04-01 (exact date open); boundaries 40 000, 80 000, 175 000 open;
    // 75 % advances confirmed (ACI art. 9.1); day count and threshold open.
    expect(byId['in-force-from']).toMatchObject({ value: '2022-04-01', status: 'to-verify' });
    expect(byId['size-boundaries']).toMatchObject({ value: [40_000, 80_000, 175_000], status: 'provisional' });
    expect(byId['advance-share']).toMatchObject({ value: '0.75', status: 'confirmed' });
    expect(byId['prorata-day-count']).toMatchObject({ value: 'actual-days', status: 'provisional' });
    expect(byId['variable-threshold']).toMatchObject({ value: '0', status: 'provisional' });
    expect(av2.every((a) => a.ruleVersion === 'avenant-2' && a.evidence.length > 20)).toBe(true);
  });
});
