import fc from 'fast-check';
import { Dec } from '../../../src/engine';
import { integerLineCents } from '../../../src/engine/money/integer-rounding';

/** The oracle, in BigInt: cents of a ÷ b × days ÷ daysInYear × rate, half-up, ⌊(2N + D) ÷ 2D⌋. Shares no code. */
function oracleCents(max: string, days: number, daysInYear: number, num: string, den: string): bigint {
  const frac = (t: string): [bigint, bigint] => {
    const [i, f = ''] = t.split('.');
    return [BigInt(i! + f), 10n ** BigInt(f.length)];
  };
  const [mp, mq] = frac(max);
  const [np, nq] = frac(num);
  const [dp, dq] = frac(den);
  const n = mp * BigInt(days) * np * dq * 100n;
  const d = mq * BigInt(daysInYear) * nq * dp;
  return (2n * n + d) / (2n * d);
}

describe('montant d’une ligne en entiers (chemin rapide de lineAmount)', () => {
  test('égal à l’oracle exact quand il répond, y compris près de 2^53 où le quotient flottant se trompe d’une unité', () => {
    const cents = fc.oneof(fc.bigInt({ min: 0n, max: 99_999_999n }), fc.bigInt({ min: 0n, max: 99_999_999_999_999n }));
    const decimal = (places: number) => fc.bigInt({ min: 0n, max: 10n ** 12n }).map((v) => new Dec(v.toString()).div(10 ** places).toFixed());
    fc.assert(
      fc.property(
        cents,
        fc.integer({ min: 365, max: 366 }).chain((y) => fc.tuple(fc.integer({ min: 0, max: y }), fc.constant(y))),
        fc.integer({ min: 0, max: 12 }).chain(decimal),
        fc.integer({ min: 0, max: 12 }).chain(decimal),
        (c, [days, daysInYear], num, den) => {
          fc.pre(new Dec(den).greaterThan(0));
          const max = new Dec(c.toString()).div(100).toFixed(2);
          const got = integerLineCents(new Dec(max), days, daysInYear, new Dec(num), new Dec(den));
          if (got !== null) expect(BigInt(got)).toBe(oracleCents(max, days, daysInYear, num, den));
        },
      ),
      { numRuns: 5000 },
    );
  });

  test('répond pour les montants d’un barème (sans décimal.js) et s’efface devant les grands nombres', () => {
    // 120 683.01 × 301/366 = 99 250.235 exactly → 9 925 024 cents (half-up)
    expect(integerLineCents(new Dec('120683.01'), 301, 366, new Dec(1), new Dec(1))).toBe(9_925_024);
    // 2/3 of 100.01 = 66.67333… → 6 667 cents
    expect(integerLineCents(new Dec('100.01'), 1, 1, new Dec(2), new Dec(3))).toBe(6_667);
    // 10^12 € × 366 × 100 cents is beyond 2^53: decimal.js does it
    expect(integerLineCents(new Dec('999999999999.99'), 300, 366, new Dec(1), new Dec(1))).toBeNull();
    expect(integerLineCents(new Dec('-1'), 1, 1, new Dec(1), new Dec(1))).toBeNull();
  });
});
