import fc from 'fast-check';
import { Dec, lineAmount, project, validateScenario, type Prorata, type Scenario } from '../../../src/engine';
import { SIZES } from '../../../src/engine/vocabulary/sizes';
import { findRuleVersion } from '../../../src/engine/rules';
import type { Bareme, SizeBareme, SizeKey } from '../../../src/engine/scenario/types';
import { validScenarioObject } from './arbitraries';

/**
 * The oracle: max × prorata × rate as an exact fraction of BigInts (cents), rounded half-up once:
 * ⌊(2N + D) ÷ 2D⌋ cents for N/D ≥ 0. Nothing here shares code with the engine.
 */
function decimalToFraction(text: string): [bigint, bigint] {
  const [int, frac = ''] = text.split('.');
  return [BigInt(int! + frac), 10n ** BigInt(frac.length)];
}

function oracle(max: string, prorata: Prorata | null, rate: { num: bigint; den: bigint }): string {
  const [maxNum, maxDen] = decimalToFraction(max);
  let n = maxNum * 100n * rate.num;
  let d = maxDen * rate.den;
  if (prorata) {
    n *= BigInt(prorata.days);
    d *= BigInt(prorata.daysInYear);
  }
  const cents = (2n * n + d) / (2n * d);
  const s = cents.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

function decimalRate(rate: Dec): { num: bigint; den: bigint } {
  const [num, den] = decimalToFraction(rate.toFixed());
  return { num, den };
}

describe('montant d’une ligne : max × prorata × taux exact, arrondi une fois', () => {
  test('120 683,01 € × 301/366 = 99 250,235 exactement → 99 250,24 (et non 99 250,23)', () => {
    // 120 683.01 × 301 = 36 325 586.01; ÷ 366 = 99 250.235 exactly: a tie, rounded half-up to 99 250.24.
    expect(lineAmount(new Dec('120683.01'), { days: 301, daysInYear: 366 }, new Dec(1)).toFixed(2)).toBe('99250.24');
  });

  test('dans une projection, avec un barème du classeur (taille 3, parcours démarré le 2024-03-06)', () => {
    // Signature 2024-01-01: contract year 1 has 366 days; 2024-03-06 → 2025-01-01 = 301 days.
    const v = findRuleVersion('avenant-2')!;
    const size: SizeBareme = {
      fonctionnement: v.fonctionnement[3].value,
      missions: {
        'acces-soins': { fixed: v.missions['acces-soins'].fixed[3].value, variable: v.missions['acces-soins'].variable[3].value },
        parcours: { fixed: '120683.01', variable: '0.00' },
        prevention: { fixed: v.missions.prevention.fixed[3].value, variable: v.missions.prevention.variable[3].value },
        'qualite-pertinence': { fixed: '0.00', variable: '0.00' },
        'accompagnement-professionnels': { fixed: '0.00', variable: '0.00' },
        'crises-sanitaires': { plan: v.crisis!.plan[3].value, update: v.crisis!.update[3].value, activation: v.crisis!.activation[3].value },
      },
    };
    const scenario: Scenario = {
      format: 'aci-cpts-scenario/1',
      name: 'Arrondi',
      ruleVersion: 'avenant-2',
      bareme: { sizes: { '3': size } },
      cpts: [
        {
          id: 'a',
          name: 'A',
          population: 100_000,
          signatureDate: '2024-01-01',
          missions: [{ mission: 'parcours', startDate: '2024-03-06', rates: [1, 1, 1, 1, 1] }],
        },
      ],
    };
    const fixed = project(scenario).cpts[0]!.years[0]!.lines.find((l) => l.mission === 'parcours' && l.component === 'fixe')!;
    expect(fixed.prorata).toEqual({ days: 301, daysInYear: 366 });
    expect(fixed.amount.toFixed(2)).toBe('99250.24');
  });

  const maxArb = fc.bigInt({ min: 0n, max: 99_999_999_999_999n }).map((c) => new Dec(c.toString()).div(100));
  const prorataArb = fc.option(
    fc.integer({ min: 365, max: 366 }).chain((daysInYear) => fc.integer({ min: 1, max: daysInYear }).map((days): Prorata => ({ days, daysInYear }))),
    { nil: null },
  );

  test('taux décimal (propriété, contre un oracle rationnel exact)', () => {
    const rateArb = fc.oneof(
      fc.integer({ min: 0, max: 10_000 }).map((n) => new Dec(n).div(10_000)),
      fc.double({ min: 0, max: 1, noNaN: true }).map((x) => new Dec(x)),
      fc.constantFrom(new Dec(0), new Dec(1), new Dec('0.5')),
    );
    fc.assert(
      fc.property(maxArb, prorataArb, rateArb, (max, prorata, rate) => {
        expect(lineAmount(max, prorata, rate).toFixed(2)).toBe(oracle(max.toFixed(2), prorata, decimalRate(rate)));
      }),
      { numRuns: 3000 },
    );
  });

  test('taux quotient (numérateur ÷ dénominateur, ex. 2/3 ou un indicateur), jamais divisé avant la fin (propriété)', () => {
    const ratioArb = fc.bigInt({ min: 1n, max: 10n ** 18n }).chain((den) => fc.bigInt({ min: 0n, max: den }).map((num) => ({ num, den })));
    fc.assert(
      fc.property(maxArb, prorataArb, ratioArb, (max, prorata, r) => {
        const rate = { numerator: new Dec(r.num.toString()), denominator: new Dec(r.den.toString()) };
        expect(lineAmount(max, prorata, rate).toFixed(2)).toBe(oracle(max.toFixed(2), prorata, r));
      }),
      { numRuns: 3000 },
    );
    // 2/3 of 100.01 = 66.67333… → 66.67; of 0.01 × 1/2 (a tie) → 0.01
    expect(lineAmount(new Dec('100.01'), null, { numerator: new Dec(2), denominator: new Dec(3) }).toFixed(2)).toBe('66.67');
    expect(lineAmount(new Dec('0.01'), null, { numerator: new Dec(1), denominator: new Dec(2) }).toFixed(2)).toBe('0.01');
  });

  test('chaque ligne de toute projection, avec un barème d’utilisateur au hasard, est l’arrondi exact de max × prorata × taux', () => {
    const cents = fc.bigInt({ min: 0n, max: 99_999_999n }).map((c) => new Dec(c.toString()).div(100).toFixed(2));
    const pair = fc.record({ fixed: cents, variable: cents });
    const sizeBareme = fc
      .record({
        fonctionnement: cents,
        a: pair,
        b: pair,
        c: pair,
        d: pair,
        e: pair,
        crisis: fc.record({ plan: cents, update: cents, activation: cents }),
      })
      .map((r): SizeBareme => ({
        fonctionnement: r.fonctionnement,
        missions: {
          'acces-soins': r.a,
          parcours: r.b,
          prevention: r.c,
          'qualite-pertinence': r.d,
          'accompagnement-professionnels': r.e,
          'crises-sanitaires': r.crisis,
        },
      }));
    const baremeArb = fc
      .tuple(sizeBareme, sizeBareme, sizeBareme, sizeBareme)
      .map((list): Bareme => ({ sizes: Object.fromEntries(SIZES.map((s, i) => [String(s) as SizeKey, list[i]!])) as Bareme['sizes'] }));
    fc.assert(
      fc.property(validScenarioObject, baremeArb, (obj, bareme) => {
        const r = validateScenario(obj);
        if (!r.ok) return;
        for (const c of project({ ...r.value, bareme }).cpts)
          for (const y of c.years) for (const l of y.lines) expect(l.amount.toFixed(2)).toBe(oracle(l.max.toFixed(2), l.prorata, decimalRate(l.rate)));
      }),
      { numRuns: 200 },
    );
  });
});
