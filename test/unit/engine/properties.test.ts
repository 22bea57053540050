import fc from 'fast-check';
import { Dec, project, validateScenario, type Projection, type Scenario } from '../../../src/engine';
import { validScenarioObject } from './arbitraries';

function valid(value: unknown): Scenario {
  const r = validateScenario(value);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path} : ${i.message}`).join('\n'));
  return r.value;
}

const RUNS = { numRuns: 300 };

describe('propriétés du moteur', () => {
  test('chaque montant est entre 0 et son maximum', () => {
    fc.assert(
      fc.property(validScenarioObject, (obj) => {
        for (const c of project(valid(obj)).cpts)
          for (const y of c.years)
            for (const l of y.lines) {
              expect(l.amount.isNegative()).toBe(false);
              expect(l.amount.lessThanOrEqualTo(l.max)).toBe(true);
            }
      }),
      RUNS,
    );
  });

  test('un taux plus élevé ne fait jamais baisser un montant', () => {
    fc.assert(
      fc.property(validScenarioObject, fc.nat(), fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 1, noNaN: true }), (obj, pick, year, raise) => {
        const base = valid(obj);
        const c = base.cpts[pick % base.cpts.length]!;
        const withRates = c.missions.filter((m) => m.rates.length === 5);
        fc.pre(withRates.length > 0);
        const m = withRates[pick % withRates.length]!;
        const old = m.rates[year]!;
        const higher = old + (1 - old) * raise;
        const raised = JSON.parse(JSON.stringify(base)) as { cpts: { id: string; missions: { mission: string; rates: number[] }[] }[] };
        raised.cpts.find((x) => x.id === c.id)!.missions.find((x) => x.mission === m.mission)!.rates[year] = higher;
        const before = project(base);
        const after = project(valid(raised));
        before.cpts.forEach((bc, ci) =>
          bc.years.forEach((by, yi) =>
            by.lines.forEach((bl, li) => {
              expect(after.cpts[ci]!.years[yi]!.lines[li]!.amount.greaterThanOrEqualTo(bl.amount)).toBe(true);
            }),
          ),
        );
      }),
      RUNS,
    );
  });

  test('sur tout le contrat, les versements font exactement les montants, année de contrat par année de contrat', () => {
    const check = (p: Projection) => {
      for (const c of p.cpts) {
        for (const y of c.years) {
          const paid = c.payments.filter((x) => x.contractYear === y.contractYear).reduce((s, x) => s.plus(x.amount), new Dec(0));
          expect(paid.toFixed(2)).toBe(y.total.toFixed(2));
        }
        const byCalendar = c.totalsByCalendarYear.reduce((s, t) => s.plus(t.total), new Dec(0));
        expect(byCalendar.toFixed(2)).toBe(c.total.toFixed(2));
        // Every amount is in cents: nothing is lost or created below the cent.
        for (const x of c.payments) expect(x.amount.decimalPlaces()).toBeLessThanOrEqual(2);
      }
    };
    fc.assert(
      fc.property(validScenarioObject, (obj) => check(project(valid(obj)))),
      RUNS,
    );
  });

  test('un scénario valide, sérialisé puis relu, est le même scénario', () => {
    fc.assert(
      fc.property(validScenarioObject, (obj) => {
        const s = valid(obj);
        expect(valid(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
      RUNS,
    );
  });
});
