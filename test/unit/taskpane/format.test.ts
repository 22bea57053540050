import { Dec } from '../../../src/engine';
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatExactPercent,
  formatMoney,
  formatMoneyDifference,
  formatPercent,
  formatPercentDifference,
  parseEuros,
} from '../../../src/taskpane/format';

// Intl's fr-FR groups thousands with U+202F (narrow no-break space) and puts U+00A0 before « € » and « % ».
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('writes euros the French way', () => {
    expect(formatMoney(new Dec('1234567.89'), 'fr')).toBe(`1${NNBSP}234${NNBSP}567,89${NBSP}€`);
    expect(formatMoney(new Dec('0'), 'fr')).toBe(`0,00${NBSP}€`);
    expect(formatMoney(new Dec('87500'), 'fr')).toBe(`87${NNBSP}500,00${NBSP}€`);
  });

  it('writes euros the British way', () => {
    expect(formatMoney(new Dec('1234567.89'), 'en')).toBe('€1,234,567.89');
  });

  it('keeps every cent of amounts beyond a double’s precision', () => {
    // 12 345 678 901 234,56 has 16 significant digits: a double would already be off by a cent here.
    expect(formatMoney(new Dec('12345678901234.57'), 'en')).toBe('€12,345,678,901,234.57');
  });
});

describe('formatDate', () => {
  it('writes a civil date as dd/mm/yyyy in both languages, whatever the time zone', () => {
    expect(formatDate('2025-07-02', 'fr')).toBe('02/07/2025');
    expect(formatDate('2025-07-02', 'en')).toBe('02/07/2025');
    expect(formatDate('2024-02-29', 'fr')).toBe('29/02/2024');
  });
});

describe('percentages and intermediate values', () => {
  it('formats a rate to two decimals of a percent', () => {
    expect(formatPercent(new Dec('0.6429'), 'fr')).toBe(`64,29${NBSP}%`);
    expect(formatPercent(new Dec('0.8'), 'en')).toBe('80%');
  });

  it('cuts an exact rate to four decimals of a percent and says so', () => {
    // 18 000 / 28 000 = 0.642857142857… = 64.2857142857… %
    expect(formatExactPercent(new Dec(18000).div(28000), 'fr')).toBe(`64,2857…${NBSP}%`);
    expect(formatExactPercent(new Dec('0.5'), 'fr')).toBe(`50${NBSP}%`);
  });

  it('cuts an unrounded product to six decimals and says so', () => {
    // 15 000 × 181 / 365 × 0.5 = 3 719.178082191…
    expect(formatDecimal(new Dec(15000).times(181).div(365).times('0.5'), 'fr')).toBe(`3${NNBSP}719,178082…`);
    expect(formatDecimal(new Dec('12.5'), 'en')).toBe('12.50');
  });
});

describe('parseEuros', () => {
  it('reads French and English habits', () => {
    expect(parseEuros('90 000')).toBe('90000');
    expect(parseEuros(`1${NNBSP}234,56 €`)).toBe('1234.56');
    expect(parseEuros('1,234.56')).toBe('1234.56');
    expect(parseEuros('1.234,5')).toBe('1234.5');
    expect(parseEuros('100000')).toBe('100000');
  });

  it('refuses what is not an amount in cents', () => {
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('1,234')).toBeNull(); // three decimals, or a thousands separator: ambiguous
    expect(parseEuros('12.345')).toBeNull();
  });
});

describe('differences', () => {
  it('sign a difference in euros, zero unsigned', () => {
    expect(formatMoneyDifference(new Dec('-17500'), 'fr')).toBe(`-17${NNBSP}500,00${NBSP}€`);
    expect(formatMoneyDifference(new Dec('1234.5'), 'fr')).toBe(`+1${NNBSP}234,50${NBSP}€`);
    expect(formatMoneyDifference(new Dec('0'), 'fr')).toBe(`0,00${NBSP}€`);
    expect(formatMoneyDifference(new Dec('1234.5'), 'en')).toBe('+€1,234.50');
  });

  it('sign a relative difference as a percentage, two decimals at most', () => {
    // −17 500 ÷ 574 671,79 = −0,030452… → −3,05 %
    expect(formatPercentDifference(new Dec('-17500').div('574671.79'), 'fr')).toBe(`-3,05${NBSP}%`);
    expect(formatPercentDifference(new Dec('0.125'), 'fr')).toBe(`+12,5${NBSP}%`);
    // Under 0,005 %: rounds to zero, shown without a sign.
    expect(formatPercentDifference(new Dec('0.00001'), 'fr')).toBe(`0${NBSP}%`);
  });
});

describe('formatDateTime', () => {
  it('shows when a scenario was saved, in the time zone asked', () => {
    // 08:32 UTC is 09:32 in Paris in November (UTC+1).
    expect(formatDateTime('2026-11-23T08:32:51.000Z', 'fr', 'Europe/Paris')).toBe('23/11/2026 09:32');
    expect(formatDateTime('pas une date', 'fr')).toBe('pas une date');
  });
});
