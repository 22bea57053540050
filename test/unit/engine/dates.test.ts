import fc from 'fast-check';
import { addYears, fromDayNumber, isValidIsoDate, localIsoDate, toDayNumber } from '../../../src/engine/calendar/dates';
import { contractPeriods } from '../../../src/engine';

describe('dates civiles', () => {
  test('jour ↔ date : identique au calendrier de Date pour 1900–2200', () => {
    const first = toDayNumber('1900-01-01');
    const last = toDayNumber('2200-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const iso = fromDayNumber(day);
        expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(iso)).toBe(day);
      }),
      { numRuns: 2_000 },
    );
  });

  test.each([
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['24-01-01', false],
    ['2024-1-01', false],
  ])('%s est une date réelle : %s', (iso, valid) => {
    expect(isValidIsoDate(iso)).toBe(valid);
  });

  test('l’anniversaire d’un 29 février tombe le 1er mars les années communes', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    // Signature 2024-02-29: year 1 runs from 2024-02-29 to 2025-02-28 inclusive, 366 days; year 2 from 2025-03-01.
    const [y1, y2] = contractPeriods('2024-02-29');
    expect(y1).toMatchObject({ start: '2024-02-29', end: '2025-02-28', anniversary: '2025-03-01', days: 366 });
    expect(y2).toMatchObject({ start: '2025-03-01', end: '2026-02-28', days: 365 });
  });

  test('aujourd’hui est la date du calendrier local, pas celle de l’UTC', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
