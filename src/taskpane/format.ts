import { Dec, formatAmount } from '../engine';
import type { Language } from './i18n';

/**
 * Numbers and dates as the user reads them: `1 234 567,89 €` and `02/07/2025` in French (Intl puts a narrow
 * no-break space, U+202F, between thousands and before €), `€1,234,567.89` and `02/07/2025` in English.
 * Formatters are built once per language: Intl constructors are slow.
 */
const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

interface Formatters {
  readonly money: Intl.NumberFormat;
  readonly percent: Intl.NumberFormat;
  readonly integer: Intl.NumberFormat;
  readonly decimal: Intl.NumberFormat;
  readonly exactPercent: Intl.NumberFormat;
  readonly date: Intl.DateTimeFormat;
  readonly signedMoney: Intl.NumberFormat;
  readonly signedPercent: Intl.NumberFormat;
  readonly dateTime: Intl.DateTimeFormat;
}

const cache = new Map<Language, Formatters>();

function formatters(lang: Language): Formatters {
  let f = cache.get(lang);
  if (!f) {
    const locale = LOCALES[lang];
    f = {
      money: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 }),
      integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      decimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 6 }),
      exactPercent: new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 4 }),
      // Dates are civil dates: formatted in UTC so that no time zone moves them by a day.
      date: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
      // Differences carry their sign (+ or −), zero none: « +1 234,56 € », « −12,5 % », « 0,00 € ».
      signedMoney: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: 'exceptZero',
      }),
      signedPercent: new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
      // A moment (when a scenario was saved) is shown in the user's own time zone.
      dateTime: new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
    };
    cache.set(lang, f);
  }
  return f;
}

/**
 * An engine amount (already rounded to the cent). Intl formats the decimal string exactly (Intl.NumberFormat
 * v3 takes strings), so no binary float ever touches a euro.
 */
export function formatMoney(value: Dec, lang: Language): string {
  return formatters(lang).money.format(formatAmount(value) as unknown as number);
}

/** A difference between two engine amounts, signed: « +1 234,56 € », « -12,00 € », « 0,00 € ». */
export function formatMoneyDifference(value: Dec, lang: Language): string {
  return formatters(lang).signedMoney.format(formatAmount(value) as unknown as number);
}

/** A relative difference (a fraction, unrounded) as a signed percentage, two decimals at most: « +12,5 % ». */
export function formatPercentDifference(ratio: Dec, lang: Language): string {
  return formatters(lang).signedPercent.format(ratio.toString() as unknown as number);
}

/** An ISO date and time (2026-11-23T08:32:51.000Z) in the user's time zone; the text as it is if it is not one. */
export function formatDateTime(iso: string, lang: Language, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const f = timeZone
    ? new Intl.DateTimeFormat(LOCALES[lang], { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone })
    : formatters(lang).dateTime;
  return f.format(date);
}

/** A rate (0.6429) as a percentage (64,29 %), at most two decimals: rates are entered to 0.01 %. */
export function formatPercent(rate: Dec, lang: Language): string {
  return formatters(lang).percent.format(rate.toString() as unknown as number);
}

export function formatInteger(value: number, lang: Language): string {
  return formatters(lang).integer.format(value);
}

/** An ISO civil date (2025-07-02) as 02/07/2025. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatters(lang).date.format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A euro amount typed by the user, in either language's habits (« 90 000 », « 1 234,56 », « 1,234.56 »),
 * as a decimal string with at most two decimals; null when it is not one.
 */
export function parseEuros(text: string): string | null {
  let s = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    s = s.replace(',', '.');
  }
  return /^\d{1,12}(\.\d{1,2})?$/.test(s) ? s : null;
}

/**
 * An intermediate result of the arithmetic (3 719,178082…), before the engine rounds it to the cent: shown
 * cut to six decimals, with « … » when digits were cut. Display only; nothing is computed from it.
 */
export function formatDecimal(value: Dec, lang: Language): string {
  const cut = value.toDecimalPlaces(6, Dec.ROUND_DOWN);
  return `${formatters(lang).decimal.format(cut.toString() as unknown as number)}${cut.equals(value) ? '' : '…'}`;
}

/** An exact rate (0.642857142857…) as 64,2857… %: four decimals of a percent, « … » when digits were cut. */
export function formatExactPercent(rate: Dec, lang: Language): string {
  const cut = rate.toDecimalPlaces(6, Dec.ROUND_DOWN);
  const text = formatters(lang).exactPercent.format(cut.toString() as unknown as number);
  return cut.equals(rate) ? text : text.replace(/(\d)(?!.*\d)/, '$1…');
}
