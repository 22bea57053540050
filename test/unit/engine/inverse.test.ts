import fc from 'fast-check';
import { amountAt, amountCurve, Dec, project, rateProblemFor, requiredRate, type RateProblem, type Scenario, type YearProjection } from '../../../src/engine';
import { scenario as validScenario } from './support';

/**
 * CPTS of 52 000 inhabitants (taille 2), signed 2024-03-15: avenant 2 applies. Contract year 1 runs
 * 2024-03-15 → 2025-03-15 (365 days). Taille 2 amounts: fonctionnement 105 000; accès aux soins 77 400 fixe +
 * 30 100 variable; prévention 15 000 + 15 000, started 2024-09-15, so prorated 181/365
 * (16 days of September + 31 + 30 + 31 + 31 + 28 + 14 days of March = 181).
 */
function scenario(): Scenario {
  return validScenario({
    format: 'aci-cpts-scenario/1',
    name: 'Test',
    ruleVersion: 'avenant-2',
    cpts: [
      {
        id: 'a',
        name: 'CPTS A',
        population: 52000,
        signatureDate: '2024-03-15',
        missions: [
          { mission: 'acces-soins', startDate: '2024-03-15', rates: [1, 1, 0.8, 0.8, 0.8] },
          { mission: 'prevention', startDate: '2024-09-15', rates: [0.5, 1, 1, 1, 1] },
        ],
      },
    ],
  });
}

function year1(): YearProjection {
  return project(scenario()).cpts[0]!.years[0]!;
}

function problem(scope: 'mission' | 'year', mission: 'acces-soins' | 'prevention' = 'prevention'): RateProblem {
  const p = rateProblemFor(year1(), mission, scope);
  if (!p) throw new Error('no problem');
  return p;
}

describe('rateProblemFor', () => {
  it('takes the prorated fixed part as the base and the prorated variable maximum', () => {
    const p = problem('mission');
    // 15 000 × 181 / 365 = 7 438.356164… → fixed part rounded to 7 438.36.
    expect(p.base.toFixed(2)).toBe('7438.36');
    expect(p.variableMax.toFixed(6)).toBe('7438.356164');
    expect(p.threshold.toString()).toBe('0');
  });

  it('with the year scope, takes every other line of the year as projected', () => {
    // 105 000 + 77 400 + 7 438.36 (prévention fixe) + 3 719.18 (prévention variable: 15 000 × 181 × 0.5 / 365 = 3 719.178…) = 193 557.54
    expect(problem('year', 'acces-soins').base.toFixed(2)).toBe('193557.54');
  });

  it('is null for a mission absent that year', () => {
    expect(rateProblemFor(year1(), 'parcours', 'mission')).toBeNull();
  });
});

describe('requiredRate', () => {
  it('solves a full-year mission exactly', () => {
    // (90 000 − 77 400) / 30 100 = 12 600 / 30 100 = 0.418604651163…; typed as 41.87 %: 77 400 + 30 100 × 0.4187 = 90 002.87
    const r = requiredRate(problem('mission', 'acces-soins'), new Dec('90000'));
    expect(r.kind).toBe('rate');
    if (r.kind !== 'rate') return;
    expect(r.rate.toSignificantDigits(12).toString()).toBe('0.418604651163');
    expect(r.rateToEnter.toString()).toBe('0.4187');
    expect(r.amount.toFixed(2)).toBe('90000.00');
    expect(amountAt(problem('mission', 'acces-soins'), r.rateToEnter).toFixed(2)).toBe('90002.87');
  });

  it('accounts for the prorata', () => {
    // (10 000 − 7 438.36) / 7 438.356164… = 2 561.64 × 365 / (15 000 × 181) = 934 998.6 / 2 715 000 = 0.34438254…
    // typed as 34.44 %: 7 438.36 + round(7 438.356164 × 0.3444 = 2 561.7699…) = 10 000.13
    const p = problem('mission');
    const r = requiredRate(p, new Dec('10000'));
    expect(r.kind).toBe('rate');
    if (r.kind !== 'rate') return;
    expect(r.rate.toSignificantDigits(8).toString()).toBe('0.34438254');
    expect(r.rateToEnter.toString()).toBe('0.3444');
    expect(amountAt(p, r.rateToEnter).toFixed(2)).toBe('10000.13');
  });

  it('solves for the whole year', () => {
    // (200 000 − 193 557.54) / 30 100 = 6 442.46 / 30 100 = 0.214035215…
    const r = requiredRate(problem('year', 'acces-soins'), new Dec('200000'));
    expect(r.kind === 'rate' && r.rate.toFixed(8)).toBe('0.21403522');
  });

  it('says when the target is out of reach, with the most the mission can give', () => {
    // 7 438.36 + 7 438.36 = 14 876.72 < 15 000
    const r = requiredRate(problem('mission'), new Dec('15000'));
    expect(r.kind).toBe('unreachable');
    expect(r.kind === 'unreachable' && r.maxAmount.toFixed(2)).toBe('14876.72');
  });

  it('needs no variable part when the fixed part reaches the target', () => {
    const r = requiredRate(problem('mission'), new Dec('7000'));
    expect(r.kind).toBe('without-variable');
  });

  it('raises the rate to the threshold when the exact rate falls below it', () => {
    // base 1 000, variable 10 000, threshold 50 %: 2 000 needs 10 %, under the threshold: 50 % → 1 000 + 5 000
    const p: RateProblem = {
      mission: 'parcours',
      contractYear: 1,
      scope: 'mission',
      base: new Dec(1000),
      max: new Dec(10000),
      prorata: null,
      variableMax: new Dec(10000),
      threshold: new Dec('0.5'),
    };
    const r = requiredRate(p, new Dec(2000));
    expect(r.kind).toBe('threshold');
    expect(r.kind === 'threshold' && [r.rate.toString(), r.amount.toFixed(2)]).toEqual(['0.5', '6000.00']);
    // 7 000 needs 60 %, above the threshold: the plain inverse
    const above = requiredRate(p, new Dec(7000));
    expect(above.kind === 'rate' && above.rate.toString()).toBe('0.6');
  });

  it('reaches a target that only the rounding of 100 % makes up', () => {
    // variable maximum 2 469.13 × 1/2 = 1 234.565: at 100 % the line rounds to 1 234.57, a target that 1 234.57 / 1 234.565 > 1 would miss
    const p: RateProblem = {
      mission: 'parcours',
      contractYear: 1,
      scope: 'mission',
      base: new Dec(0),
      max: new Dec('2469.13'),
      prorata: { days: 1, daysInYear: 2 },
      variableMax: new Dec('1234.565'),
      threshold: new Dec(0),
    };
    const r = requiredRate(p, new Dec('1234.57'));
    expect(r.kind === 'rate' && r.rate.toString()).toBe('1');
  });

  it('gives back the target exactly, and the typed rate never falls short (property)', () => {
    const cents = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => new Dec(n).div(100));
    fc.assert(
      fc.property(cents(0, 10_000_000), cents(1, 20_000_000), fc.integer({ min: 1, max: 366 }), cents(0, 30_000_000), (base, max, days, target) => {
        const prorata = { days, daysInYear: 366 };
        const p: RateProblem = {
          mission: 'parcours',
          contractYear: 1,
          scope: 'mission',
          base,
          max,
          prorata,
          variableMax: max.times(days).div(366),
          threshold: new Dec(0),
        };
        const r = requiredRate(p, target);
        if (r.kind === 'rate') {
          expect(r.amount.equals(target)).toBe(true);
          expect(amountAt(p, r.rateToEnter).greaterThanOrEqualTo(target)).toBe(true);
          expect(r.rateToEnter.lessThanOrEqualTo(1)).toBe(true);
        } else if (r.kind === 'unreachable') {
          expect(r.maxAmount.lessThan(target)).toBe(true);
        } else {
          expect(base.greaterThanOrEqualTo(target)).toBe(true);
        }
      }),
    );
  });
});

describe('amountCurve', () => {
  it('is a straight line from the base to the maximum without a threshold', () => {
    // acces-soins: 77 400 at 0 %, 77 400 + 30 100 = 107 500 at 100 %
    const points = amountCurve(problem('mission', 'acces-soins')).map((pt) => [pt.rate.toString(), pt.amount.toFixed(2)]);
    expect(points).toEqual([
      ['0', '77400.00'],
      ['1', '107500.00'],
    ]);
  });

  it('jumps at the threshold', () => {
    const p: RateProblem = {
      mission: 'parcours',
      contractYear: 1,
      scope: 'mission',
      base: new Dec(1000),
      max: new Dec(10000),
      prorata: null,
      variableMax: new Dec(10000),
      threshold: new Dec('0.5'),
    };
    expect(amountCurve(p).map((pt) => [pt.rate.toString(), pt.amount.toFixed(0)])).toEqual([
      ['0', '1000'],
      ['0.5', '1000'],
      ['0.5', '6000'],
      ['1', '11000'],
    ]);
  });
});
