import { Dec, HORS_ACI_RULES, project, validateScenario, type Projection } from '../../../src/engine';
import { contractYearTotals, summarizeProjection, twelveMonthsEnd, upcomingPayments } from '../../../src/taskpane/results';

/**
 * One CPTS of 30 000 inhabitants (taille 1), signed 2024-03-15 (avenant 2), with only the fonctionnement
 * (87 500 a year, no mission). Year 1 is paid in full at signature; from year 2, 75 % at the anniversary that
 * opens the year (65 625) and the balance at the one that closes it (21 875).
 */
function projection(): Projection {
  const result = validateScenario({
    format: 'aci-cpts-scenario/1',
    name: 'T',
    ruleVersion: 'avenant-2',
    cpts: [
      { id: 'a', name: 'A', population: 30000, signatureDate: '2024-03-15', missions: [] },
      { id: 'b', name: 'B', population: 30000, signatureDate: '2025-01-10', missions: [] },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return project(result.value);
}

describe('results', () => {
  it('sums contract years over the CPTS', () => {
    // each CPTS: 87 500 per contract year; two CPTS: 175 000 per year
    expect(contractYearTotals(projection().cpts).map((y) => [y.label, y.total.toFixed(2)])).toEqual([
      ['1', '175000.00'],
      ['2', '175000.00'],
      ['3', '175000.00'],
      ['4', '175000.00'],
      ['5', '175000.00'],
    ]);
    // Taille 1 fonctionnement under avenant 2 is confirmed (87 500 €): nothing rests on provisional amounts.
    expect(contractYearTotals(projection().cpts).every((y) => y.provisional?.isZero())).toBe(true);
  });

  it('ends the twelve months the day before the same date next year', () => {
    expect(twelveMonthsEnd('2025-07-02')).toBe('2026-07-01');
    expect(twelveMonthsEnd('2024-02-29')).toBe('2025-02-28');
  });

  it('lists the payments of the next twelve months, in date order', () => {
    // From 2025-03-15 to 2026-03-14 (year 1 of each CPTS is paid in full at signature, so earlier):
    //   A's advance of year 2 on 2025-03-15 (65 625), B's advance of year 2 on 2026-01-10 (65 625).
    //   A's balance of year 2 falls on 2026-03-15, one day after the window.
    const list = upcomingPayments(projection().cpts, '2025-03-15');
    expect(list.map((u) => [u.payment.date, u.cpts, u.payment.kind, u.payment.amount.toFixed(2)])).toEqual([
      ['2025-03-15', 'A', 'advance', '65625.00'],
      ['2026-01-10', 'B', 'advance', '65625.00'],
    ]);
    expect(summarizeProjection(projection(), '2025-03-15').upcomingTotal.equals(new Dec('131250'))).toBe(true);
  });

  it('takes the set’s calendar totals from the engine', () => {
    // 2024: A year 1 in full (87 500). 2025: B year 1 in full (87 500) + A year 2 advance (65 625) = 153 125.
    const s = summarizeProjection(projection(), '2025-01-01');
    expect(s.byCalendarYear.slice(0, 2).map((y) => [y.label, y.total.toFixed(2)])).toEqual([
      ['2024', '87500.00'],
      ['2025', '153125.00'],
    ]);
    // 10 contract years × 87 500
    expect(s.total.toFixed(2)).toBe('875000.00');
  });

  it('lists the payments of the next calendar year when the user chooses it', () => {
    // From 2025-03-15, the next calendar year is 2026: B's advance of year 2 on 2026-01-10 (65 625); on 2026-03-15
    // A's balance of year 2 (21 875) and advance of year 3 (65 625). 65 625 + 21 875 + 65 625 = 153 125.
    const s = summarizeProjection(projection(), '2025-03-15', 'next-year');
    expect(s.window).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(s.upcoming.map((u) => [u.payment.date, u.cpts, u.payment.kind, u.payment.amount.toFixed(2)])).toEqual([
      ['2026-01-10', 'B', 'advance', '65625.00'],
      ['2026-03-15', 'A', 'balance', '21875.00'],
      ['2026-03-15', 'A', 'advance', '65625.00'],
    ]);
    expect(s.upcomingTotal.toFixed(2)).toBe('153125.00');
  });

  it('names an assumed renewal’s contract years apart (R1 to R5), after the signed contract’s', () => {
    const result = validateScenario({
      format: 'aci-cpts-scenario/2',
      name: 'T',
      ruleVersion: 'avenant-2',
      cpts: [{ id: 'a', name: 'A', population: 30000, signatureDate: '2024-03-15', renewal: true, missions: [] }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const years = contractYearTotals(project(result.value).cpts);
    // 87 500 per contract year in both contracts (fonctionnement only).
    expect(years.map((y) => [y.label, y.total.toFixed(2)])).toEqual(['1', '2', '3', '4', '5', 'R1', 'R2', 'R3', 'R4', 'R5'].map((l) => [l, '87500.00']));
  });

  it('lists the hors ACI amounts to come with their nature, apart, never in the ACI total', () => {
    // A (signed 2024-03-15) with an ARS aid on 2023-12-01; B (signed 2025-01-10) with an ARS aid on 2024-07-01 and
    // a forfait « lettre d’intention » on 2024-10-01, both amounts from the rule table for taille 1.
    const result = validateScenario({
      format: 'aci-cpts-scenario/2',
      name: 'T',
      ruleVersion: 'avenant-2',
      cpts: [
        { id: 'a', name: 'A', population: 30000, signatureDate: '2024-03-15', horsAci: [{ kind: 'aide-demarrage-ars', date: '2023-12-01' }], missions: [] },
        {
          id: 'b',
          name: 'B',
          population: 30000,
          signatureDate: '2025-01-10',
          horsAci: [
            { kind: 'forfait-lettre-intention', date: '2024-10-01' },
            { kind: 'aide-demarrage-ars', date: '2024-07-01' },
          ],
          missions: [],
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const ars = new Dec(HORS_ACI_RULES['aide-demarrage-ars'].amount[1].value);
    const forfait = new Dec(HORS_ACI_RULES['forfait-lettre-intention'].amount[1].value);
    // From 2024-06-01 to 2025-05-31. ACI: B's year 1 in full at signature, 2025-01-10 (87 500), A's year-2 advance
    // on 2025-03-15 (75 % × 87 500 = 65 625): 153 125. Hors ACI, in date order: B's ARS aid (2024-07-01) and
    // forfait (2024-10-01); A's ARS aid, 2023-12-01, is before the window.
    const s = summarizeProjection(project(result.value), '2024-06-01');
    expect(s.upcoming.map((u) => [u.payment.date, u.cpts, u.payment.amount.toFixed(2)])).toEqual([
      ['2025-01-10', 'B', '87500.00'],
      ['2025-03-15', 'A', '65625.00'],
    ]);
    expect(s.upcomingTotal.toFixed(2)).toBe('153125.00');
    expect(s.upcomingHorsAci.map((u) => [u.line.date, u.cpts, u.line.kind, u.line.amount.toFixed(2)])).toEqual([
      ['2024-07-01', 'B', 'aide-demarrage-ars', ars.toFixed(2)],
      ['2024-10-01', 'B', 'forfait-lettre-intention', forfait.toFixed(2)],
    ]);
    // Hors ACI apart: ars + forfait (15 000 + 15 000 in the table today); y compris hors ACI: 153 125 + that.
    expect(s.upcomingHorsAciTotal.equals(ars.plus(forfait))).toBe(true);
    expect(s.upcomingIncludingHorsAci.equals(new Dec('153125').plus(ars).plus(forfait))).toBe(true);
    // The next calendar year, 2025, holds the same ACI payments and no hors ACI amount.
    const next = summarizeProjection(project(result.value), '2024-06-01', 'next-year');
    expect(next.upcomingTotal.toFixed(2)).toBe('153125.00');
    expect(next.upcomingHorsAci).toEqual([]);
    expect(next.upcomingIncludingHorsAci.toFixed(2)).toBe('153125.00');
  });
});
