import { contractEnd, contractPeriods } from '../calendar/contract';
import { addDays, addMonths, calendarYear, type IsoDate } from '../calendar/dates';
import { CRISIS_MISSION_ID, STANDARD_MISSION_IDS, type MissionId } from '../vocabulary/missions';
import { effectiveDates, resolveParameters } from '../rules/parameters';
import { lastContractEnd } from './renewal';
import { forcedRuleVersion, RULE_VERSIONS, ruleVersionInForce, rulesCurrentTo, type RuleVersion } from '../rules';
import type { MissionTiming } from '../rules/types';
import { ruleSettingOf, type Scenario } from '../scenario/types';
import { isOnAmbiguousBoundary, sizeOf } from '../rules/size';
import { childPath, type Issue } from '../scenario/validation';
import { finish, type Work } from '../work';

/**
 * Points a valid scenario should draw attention to without being refused. Each carries a kind and its
 * parameters besides its French message, so that a reader groups them by kind (one line per kind, with the
 * count and the cells) and translates them; dates in parameters are ISO, in messages jj/mm/aaaa.
 */
export const WARNING_KINDS = ['size-boundary', 'contracts-end', 'mission-missing', 'mission-late', 'crisis-without-version', 'rules-current-to'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export type WarningParams = Readonly<Record<string, string | number>>;

export interface Warning extends Issue {
  readonly kind: WarningKind;
  readonly params: WarningParams;
}

/** jj/mm/aaaa, as a French reader writes a date. */
export function frenchDate(date: IsoDate): string {
  return date.split('-').reverse().join('/');
}

/** French message of each kind, from its parameters (the pane's English texts mirror these in i18n.ts). */
export const WARNING_MESSAGES: { readonly [K in WarningKind]: (p: WarningParams) => string } = {
  'size-boundary': (p) =>
    `${p.population} habitants : le texte ne dit pas de quel côté de la limite tombe cette population ; taille ${p.size} retenue (provisoire)`,
  'contracts-end': (p) =>
    `${p.count} ${Number(p.count) > 1 ? 'contrats se terminent' : 'contrat se termine'} avant le ${frenchDate(String(p.horizon))} sans renouvellement supposé : les années civiles jusqu’à ${calendarYear(String(p.horizon))} ne comptent rien après leur fin`,
  'mission-missing': (p) => `mission socle « ${p.mission} » absente : elle doit démarrer au plus tard le ${frenchDate(String(p.deadline))} (${p.ref})`,
  'mission-late': (p) =>
    `la mission socle « ${p.mission} » doit démarrer au plus tard ${p.months} mois après la signature, le ${frenchDate(String(p.deadline))} (${p.ref})`,
  'crisis-without-version': (p) =>
    `la mission « crises-sanitaires » ne compte pas en année${Number(p.count) > 1 ? 's' : ''} de contrat ${p.years} : avec la date d’effet de l’avenant 2 retenue (${frenchDate(String(p.date))}), aucune version en vigueur ne la prévoit`,
  'rules-current-to': (p) =>
    `le contrat court jusqu’au ${frenchDate(String(p.end))}, au-delà de la date à laquelle les règles sont à jour (${frenchDate(String(p.currentTo))}) : un avenant ultérieur pourrait changer les montants`,
};

function warning(kind: WarningKind, path: string, params: WarningParams): Warning {
  return { kind, path, params, message: WARNING_MESSAGES[kind](params) };
}

/**
 * The horizon of the « contracts end » warning: 31 December of the last calendar year in which the set has
 * an ACI payment (the last column of its budget), i.e. the year of the last balance, paid the day after the
 * last contract (signed or assumed) ends.
 */
export function projectionHorizon(scenario: Scenario): IsoDate {
  const last = scenario.cpts.map((c) => lastContractEnd(c)).reduce((a, b) => (a > b ? a : b));
  return `${calendarYear(addDays(last, 1))}-12-31`;
}

export function projectionWarnings(scenario: Scenario): Warning[] {
  return finish(projectionWarningsWork(scenario));
}

/** projectionWarnings as a work (work.ts) that yields after each CPTS: a department has hundreds. */
export function* projectionWarningsWork(scenario: Scenario): Work<Warning[]> {
  const warnings: Warning[] = [];
  const currentTo = rulesCurrentTo();
  const parameters = resolveParameters(scenario.parameters);
  const dates = effectiveDates(parameters);
  for (let i = 0; i < scenario.cpts.length; i++) {
    const c = scenario.cpts[i]!;
    const path = childPath('cpts', i);
    const version: RuleVersion = forcedRuleVersion(ruleSettingOf(scenario, c)) ?? ruleVersionInForce(c.signatureDate, dates) ?? RULE_VERSIONS[0]!;
    if (isOnAmbiguousBoundary(c.population, version.sizes)) {
      const size = sizeOf(c.population, version.sizes, parameters.sizeBoundaries);
      warnings.push(warning('size-boundary', childPath(path, 'population'), { population: c.population, size }));
    }
    // A moved date of effect (parameter avenant2EffectiveDate) may leave a crisis mission in a year whose version
    // has none: validation checks the built-in date, so say here that those years pay nothing for it.
    const crisisIndex = c.missions.findIndex((m) => m.mission === CRISIS_MISSION_ID);
    if (crisisIndex >= 0 && ruleSettingOf(scenario, c) === 'auto') {
      const start = c.missions[crisisIndex]!.startDate;
      const without = contractPeriods(c.signatureDate).filter((p) => p.end >= start && !ruleVersionInForce(p.start, dates)?.crisis);
      if (without.length > 0) {
        const years = without.map((p) => p.contractYear).join(', ');
        const at = childPath(childPath(childPath(path, 'missions'), crisisIndex), 'startDate');
        warnings.push(warning('crisis-without-version', at, { years, count: without.length, date: parameters.avenant2EffectiveDate }));
      }
    }
    const end = lastContractEnd(c);
    if (end > currentTo) warnings.push(warning('rules-current-to', childPath(path, 'signatureDate'), { end, currentTo }));
    const timings: [MissionId, MissionTiming | null][] = [
      ...STANDARD_MISSION_IDS.map((id): [MissionId, MissionTiming] => [id, version.missions[id]]),
      [CRISIS_MISSION_ID, version.crisis],
    ];
    for (const [id, timing] of timings) {
      if (!timing || timing.kind !== 'mandatory' || timing.startWithinMonths === null) continue;
      const index = c.missions.findIndex((m) => m.mission === id);
      const deadline = addMonths(c.signatureDate, timing.startWithinMonths);
      if (index < 0) {
        warnings.push(warning('mission-missing', childPath(path, 'missions'), { mission: id, deadline, ref: timing.ref }));
      } else if (c.missions[index]!.startDate > deadline) {
        const at = childPath(childPath(childPath(path, 'missions'), index), 'startDate');
        warnings.push(warning('mission-late', at, { mission: id, months: timing.startWithinMonths, deadline, ref: timing.ref }));
      }
    }
    yield;
  }
  const horizon = projectionHorizon(scenario);
  // Renewals are assumed once: a CPTS without one stops paying at its contract's end, within the projection.
  const ending = scenario.cpts.filter((c) => c.renewal !== true && contractEnd(c.signatureDate) < horizon);
  if (ending.length > 0) warnings.push(warning('contracts-end', '', { count: ending.length, horizon, cpts: ending.map((c) => c.id).join(', ') }));
  // Size-boundary warnings first: they change every amount of a CPTS.
  return warnings.sort((a, b) => WARNING_KINDS.indexOf(a.kind) - WARNING_KINDS.indexOf(b.kind));
}
