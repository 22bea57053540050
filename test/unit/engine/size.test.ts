import { RULE_VERSIONS, sizeOf } from '../../../src/engine';
import { isOnAmbiguousBoundary } from '../../../src/engine/rules/size';

// shared/aci-rules.md « Size categories »: taille 1 below 40 000; taille 2 from 40 000 to 80 000 inclusive;
// taille 3 from 80 001 to 175 000 inclusive; taille 4 above 175 000.
const CASES: [number, number][] = [
  [1, 1],
  [39_999, 1],
  [40_000, 2],
  [40_001, 2],
  [79_999, 2],
  [80_000, 2],
  [80_001, 3],
  [174_999, 3],
  [175_000, 3],
  [175_001, 4],
  [2_000_000, 4],
];

describe.each(RULE_VERSIONS.map((v) => [v.id, v] as const))('taille selon la population (%s)', (_id, version) => {
  test.each(CASES)('%i habitants → taille %i', (population, size) => {
    expect(sizeOf(population, version.sizes)).toBe(size);
  });

  test('les tranches se suivent sans trou ni chevauchement à partir de 0', () => {
    const bands = version.sizes.bands;
    expect(bands[0]!.min).toBe(0);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBe(bands[i - 1]!.max! + 1);
    expect(bands[bands.length - 1]!.max).toBeNull();
  });

  test('seules les populations que le texte laisse ouvertes sont signalées', () => {
    expect([40_000, 80_000, 175_000].every((p) => isOnAmbiguousBoundary(p, version.sizes))).toBe(true);
    expect([39_999, 40_001, 80_001, 175_001].some((p) => isOnAmbiguousBoundary(p, version.sizes))).toBe(false);
  });
});
