import { cashByMonth, cptsCash, project, validateScenario, type Scenario } from '../../../src/engine';
import { ownBareme } from './bareme-fixture';

function scenario(value: unknown): Scenario {
  const r = validateScenario(value);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path} : ${i.message}`).join('\n'));
  return r.value;
}

/**
 * Two taille-1 CPTS, fonctionnement only at 100 000 a year (barème du classeur), forced avenant 2:
 * A signed 2024-01-01: 100 000 in January 2024, then 75 000 (advance) + 25 000 (balance) every 1 January.
 * B signed 2024-03-10: 100 000 in March 2024, then the same on each 10 March.
 */
const s = scenario({
  format: 'aci-cpts-scenario/2',
  name: 'trésorerie',
  ruleVersion: 'avenant-2',
  bareme: ownBareme('1', '100000.00'),
  cpts: [
    { id: 'a', name: 'A', population: 20_000, signatureDate: '2024-01-01', missions: [] },
    { id: 'b', name: 'B', population: 30_000, signatureDate: '2024-03-10', missions: [] },
  ],
});

describe('trésorerie par mois', () => {
  test('par CPTS : les seuls mois où un versement tombe', () => {
    const cash = cashByMonth(project(s));
    const a = cash.cpts[0]!.months.map((m) => [m.month, m.aci.toFixed(2)]);
    // 2024-01: 100 000 (year 1 in full); 2025-01: 75 000 advance of year 2; 2026-01 … 2028-01: 25 000 balance + 75 000
    // advance = 100 000; 2029-01: balance of year 5, 25 000.
    expect(a).toEqual([
      ['2024-01', '100000.00'],
      ['2025-01', '75000.00'],
      ['2026-01', '100000.00'],
      ['2027-01', '100000.00'],
      ['2028-01', '100000.00'],
      ['2029-01', '25000.00'],
    ]);
  });

  test('l’ensemble : chaque mois du premier au dernier versement, mois vides compris', () => {
    const set = cashByMonth(project(s)).set;
    // 2024-01 to 2029-03: 5 years × 12 + 3 = 63 months.
    expect(set.length).toBe(63);
    expect(set[0]!.month).toBe('2024-01');
    expect(set[1]).toMatchObject({ month: '2024-02' });
    expect(set[1]!.total.toFixed(2)).toBe('0.00');
    // March 2024: B's 100 000 at signature.
    expect(set[2]!.aci.toFixed(2)).toBe('100000.00');
    // Sum of the months = the two CPTS' totals: 2 × 500 000.
    expect(set.reduce((t, m) => t.plus(m.aci), set[0]!.aci.minus(set[0]!.aci)).toFixed(2)).toBe('1000000.00');
    expect(set.every((m) => m.horsAci.isZero())).toBe(true);
  });

  test('une projection, un calcul : le graphique du volet et la feuille « Trésorerie » lisent les mêmes mois', () => {
    const p = project(s);
    expect(cashByMonth(p)).toBe(cashByMonth(p));
    // Another projection of the same scenario is another object: computed anew, equal in value.
    const q = project(s);
    expect(cashByMonth(q)).not.toBe(cashByMonth(p));
    expect(cashByMonth(q).set.map((m) => m.total.toFixed(2))).toEqual(cashByMonth(p).set.map((m) => m.total.toFixed(2)));
  });

  test('hors ACI à part : jamais mêlé à l’ACI, compté dans le total « y compris hors ACI »', () => {
    // A's ARS start-up aid (15 000, entered) in January 2024 beside its 100 000 of ACI; a forfait (17 500) in December 2023.
    const withHorsAci = scenario({
      ...s,
      cpts: [
        {
          ...s.cpts[0]!,
          horsAci: [
            { kind: 'forfait-lettre-intention', date: '2023-12-05', amount: '17500.00' },
            { kind: 'aide-demarrage-ars', date: '2024-01-10', amount: '15000.00' },
          ],
        },
      ],
    });
    const months = cptsCash(project(withHorsAci).cpts[0]!).months;
    expect(months.slice(0, 2).map((m) => [m.month, m.aci.toFixed(2), m.horsAci.toFixed(2), m.total.toFixed(2)])).toEqual([
      ['2023-12', '0.00', '17500.00', '17500.00'],
      ['2024-01', '100000.00', '15000.00', '115000.00'],
    ]);
  });
});
