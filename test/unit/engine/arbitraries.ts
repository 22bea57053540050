import fc from 'fast-check';
import { addDays, daysBetween } from '../../../src/engine/calendar/dates';
import { contractEnd } from '../../../src/engine';
import { STANDARD_MISSION_IDS } from '../../../src/engine';

const FIRST_DAY = '2019-08-25';
const LAST_DAY = '2031-12-31';

const isoDate = (from: string, to: string) => fc.integer({ min: 0, max: daysBetween(from, to) }).map((d) => addDays(from, d));
const rate = fc.oneof(
  fc.constantFrom(0, 0.5, 1),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const rates = fc.array(rate, { minLength: 5, maxLength: 5 });

/** A CPTS object that is valid except, rarely, for the crisis mission's date (filtered by callers). */
const cpts = (index: number) =>
  fc
    .record({
      population: fc.oneof(fc.integer({ min: 1, max: 400_000 }), fc.constantFrom(39_999, 40_000, 40_001, 80_000, 80_001, 175_000, 175_001)),
      signatureDate: isoDate(FIRST_DAY, LAST_DAY),
      standard: fc.subarray([...STANDARD_MISSION_IDS]),
      offsets: fc.array(fc.integer({ min: 0, max: 1825 }), { minLength: 6, maxLength: 6 }),
      rates: fc.array(rates, { minLength: 6, maxLength: 6 }),
      crisis: fc.boolean(),
      crisisYears: fc.subarray([1, 2, 3, 4, 5]),
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
    })
    .map((r) => {
      const span = daysBetween(r.signatureDate, contractEnd(r.signatureDate));
      const start = (i: number) => addDays(r.signatureDate, Math.min(r.offsets[i]!, span));
      const missions: Record<string, unknown>[] = r.standard.map((mission, i) => ({ mission, startDate: start(i), rates: r.rates[i]! }));
      if (r.crisis && r.signatureDate >= '2022-04-01')
        missions.push({ mission: 'crises-sanitaires', startDate: r.signatureDate, rates: r.rates[5]!, crisisYears: r.crisisYears });
      return { id: `cpts-${index}`, name: r.name, population: r.population, signatureDate: r.signatureDate, missions };
    });

/** Plain objects of valid scenarios (1 to 4 CPTS). */
export const validScenarioObject = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => cpts(i))))
  .chain((list) =>
    fc.record({
      format: fc.constant('aci-cpts-scenario/1'),
      name: fc.constantFrom('Hypothèse basse', 'Hypothèse haute', 'Réalisé'),
      ruleVersion: fc.constant('auto'),
      cpts: fc.constant(list),
    }),
  );
