import {
  contractPeriods,
  CRISIS_MISSION_ID,
  forcedRuleVersion,
  ruleSettingOf,
  ruleVersionInForce,
  sizeOf,
  type Scenario,
  type StandardMissionId,
} from '../src/engine';

/**
 * The engine's arithmetic redone in binary floats, for the benchmark's baseline only: same contract
 * periods, same lines, same advance/balance split, same grouping of payments, same totals. It exists to
 * show what decimal.js costs; it is never used for a figure anyone reads.
 */
const cents = (x: number): number => Math.round(x * 100) / 100;

export function projectWithFloats(scenario: Scenario): number {
  let grand = 0;
  for (const c of scenario.cpts) {
    const periods = contractPeriods(c.signatureDate);
    const forced = forcedRuleVersion(ruleSettingOf(scenario, c));
    const size = sizeOf(c.population, (forced ?? ruleVersionInForce(periods[0]!.start)!).sizes);
    const groups = new Map<string, { date: string; amount: number }>();
    const pay = (date: string, key: string, amount: number): void => {
      if (amount === 0) return;
      const g = groups.get(key);
      if (g) g.amount += amount;
      else groups.set(key, { date, amount });
    };
    for (const p of periods) {
      const v = forced ?? ruleVersionInForce(p.start)!;
      const share = Number(v.payment.advanceShare.value);
      const fonct = Number(v.fonctionnement[size].value);
      if (p.contractYear === 1) pay(p.start, `${p.start}|1|f`, fonct);
      else {
        const adv = cents(fonct * share);
        pay(p.start, `${p.start}|${p.contractYear}|a`, adv);
        pay(p.anniversary, `${p.anniversary}|${p.contractYear}|b`, fonct - adv);
      }
      for (const m of c.missions) {
        if (m.startDate > p.end) continue;
        const partial = m.startDate > p.start;
        const factor = partial ? (Date.parse(p.anniversary) - Date.parse(m.startDate)) / 86_400_000 / p.days : 1;
        const from = partial ? m.startDate : p.start;
        let fixed: number;
        let atBalance: number;
        if (m.mission === CRISIS_MISSION_ID) {
          const crisis = v.crisis!;
          const first = periods.find((q) => m.startDate <= q.end)!.contractYear === p.contractYear;
          fixed = cents(Number((first ? crisis.plan : crisis.update)[size].value) * factor);
          atBalance = m.crisisYears?.includes(p.contractYear) ? Number(crisis.activation[size].value) : 0;
        } else {
          const rule = v.missions[m.mission as StandardMissionId];
          fixed = cents(Number(rule.fixed[size].value) * factor);
          atBalance = cents(Number(rule.variable[size].value) * factor * (m.rates[p.contractYear - 1] ?? 0));
        }
        const adv = cents(fixed * share);
        pay(from, `${from}|${p.contractYear}|a`, adv);
        pay(p.anniversary, `${p.anniversary}|${p.contractYear}|b`, fixed - adv + atBalance);
      }
    }
    const byYear = new Map<string, number>();
    for (const g of groups.values()) byYear.set(g.date.slice(0, 4), (byYear.get(g.date.slice(0, 4)) ?? 0) + g.amount);
    for (const t of byYear.values()) grand += t;
  }
  return grand;
}
