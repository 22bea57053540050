import { contractEnd, contractPeriods, CONTRACT_YEAR_COUNT, type ContractPeriod } from '../calendar/contract';
import { addDays, type IsoDate } from '../calendar/dates';
import type { CptsInput, MissionInput } from '../scenario/types';

/**
 * A CPTS's contracts over the projection (shared/aci-rules.md « Contract end and renewal »): its signed
 * contract and, when the scenario assumes it (`renewal: true`), a second five-year contract signed the day
 * after the first ends. What follows a contract is the CPTS's and the CPAM's decision, not a rule of the text:
 * every amount of the second contract is an assumption and is marked as one.
 */
export interface ContractTerm {
  /** 1 for the signed contract, 2 for the assumed renewal. */
  readonly contract: number;
  readonly renewalAssumed: boolean;
  readonly signatureDate: IsoDate;
  readonly periods: readonly ContractPeriod[];
  /** The missions as they run in this contract. */
  readonly missions: readonly MissionInput[];
  /**
   * Whether the crisis mission writes its plan in its first year. A renewal continues a plan already written,
   * so its crisis mission is in its update years from the first day.
   */
  readonly crisisPlanInFirstYear: boolean;
}

/** The day a renewal is signed: the day after the first contract's last day. */
export function renewalDate(signatureDate: IsoDate): IsoDate {
  return addDays(contractEnd(signatureDate), 1);
}

/**
 * The missions of an assumed renewal: the same missions, running from its first day (no prorata), at the
 * achievement rate of the first contract's last year for each of the five years (the rules' default: « at
 * the rates given for them, by default the last year's »); no crisis activation is assumed.
 */
export function renewedMissions(missions: readonly MissionInput[], start: IsoDate): MissionInput[] {
  return missions.map((m) => {
    const last = m.rates[m.rates.length - 1];
    return { mission: m.mission, startDate: start, rates: last === undefined ? [] : Array.from({ length: CONTRACT_YEAR_COUNT }, () => last) };
  });
}

export function contractTerms(input: CptsInput): ContractTerm[] {
  const first: ContractTerm = {
    contract: 1,
    renewalAssumed: false,
    signatureDate: input.signatureDate,
    periods: contractPeriods(input.signatureDate),
    missions: input.missions,
    crisisPlanInFirstYear: true,
  };
  if (input.renewal !== true) return [first];
  const start = renewalDate(input.signatureDate);
  return [
    first,
    {
      contract: 2,
      renewalAssumed: true,
      signatureDate: start,
      periods: contractPeriods(start),
      missions: renewedMissions(input.missions, start),
      crisisPlanInFirstYear: false,
    },
  ];
}

/** Last day of the last contract projected for a CPTS (the renewal's, when one is assumed). */
export function lastContractEnd(input: CptsInput): IsoDate {
  return input.renewal === true ? contractEnd(renewalDate(input.signatureDate)) : contractEnd(input.signatureDate);
}
