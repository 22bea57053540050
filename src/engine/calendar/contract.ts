import { addDays, addYears, fromDayNumber, toDayNumber, type IsoDate } from './dates';
import { CONTRACT_DURATION } from '../rules/shared-2019';

export const CONTRACT_YEAR_COUNT = CONTRACT_DURATION.value;

export interface ContractPeriod {
  readonly contractYear: number;
  /** First day of the contract year (the signature date or an anniversary). */
  readonly start: IsoDate;
  /** Last day of the contract year. */
  readonly end: IsoDate;
  /** The anniversary that closes it: the day after `end`, when its balance is paid. */
  readonly anniversary: IsoDate;
  readonly days: number;
}

/** Contract years 1 to 5, each from an anniversary of the signature to the day before the next. */
export function contractPeriods(signatureDate: IsoDate): ContractPeriod[] {
  const periods: ContractPeriod[] = [];
  // Each date's day number is worked out once: a year's anniversary is the next year's start.
  let start = signatureDate;
  let startDay = toDayNumber(start);
  for (let k = 1; k <= CONTRACT_YEAR_COUNT; k++) {
    const anniversary = addYears(signatureDate, k);
    const anniversaryDay = toDayNumber(anniversary);
    periods.push({ contractYear: k, start, end: fromDayNumber(anniversaryDay - 1), anniversary, days: anniversaryDay - startDay });
    start = anniversary;
    startDay = anniversaryDay;
  }
  return periods;
}

/** Last day of the contract. */
export function contractEnd(signatureDate: IsoDate): IsoDate {
  return addDays(addYears(signatureDate, CONTRACT_YEAR_COUNT), -1);
}

/** The contract year (1–5) a date falls in, or null outside the contract. */
export function contractYearOf(signatureDate: IsoDate, date: IsoDate): number | null {
  if (date < signatureDate) return null;
  for (let k = 1; k <= CONTRACT_YEAR_COUNT; k++) if (date < addYears(signatureDate, k)) return k;
  return null;
}
