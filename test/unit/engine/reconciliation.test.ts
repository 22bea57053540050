import { latePayments, paymentsToCome, projectionToJson, reconciliationOf, type Projection } from '../../../src/engine';
import { ownBareme } from './bareme-fixture';
import { projectOne } from './support';

/**
 * Taille 1 (20 000 inhabitants), signed 2024-01-01, no mission, fonctionnement 100 000 a year (barème du classeur):
 * year 1 in full at signature (ACI art. 9.1); years 2–5: 75 000 at the anniversary opening the year, 25 000 at the
 * one closing it. ACI total 5 × 100 000 = 500 000.
 */
const paid = [
  { date: '2024-01-20', contract: 1, contractYear: 1, nature: 'fonctionnement', amount: '100000.00' },
  { date: '2025-01-15', contract: 1, contractYear: 2, nature: 'avance', amount: '70000.00' },
  { date: '2025-06-01', contract: 1, contractYear: 2, nature: 'solde', amount: '1000.00' },
  // Year 4 has no « fonctionnement » payment planned (only an advance and a balance): unmatched, still counted.
  { date: '2025-02-01', contract: 1, contractYear: 4, nature: 'fonctionnement', amount: '500.00' },
  { date: '2024-02-01', contract: 1, contractYear: 1, nature: 'hors-aci', amount: '15000.00' },
];

function projection(): Projection {
  // The ARS start-up aid is planned (entered, 15 000) and paid: hors ACI, reconciled apart.
  const horsAci = [{ kind: 'aide-demarrage-ars', date: '2024-01-25', amount: '15000.00' }];
  return projectOne({ id: 'c', name: 'CPTS C', population: 20_000, signatureDate: '2024-01-01', missions: [], paid, horsAci }, 'avenant-2', {
    format: 'aci-cpts-scenario/2',
    bareme: ownBareme('1', '100000.00'),
  });
}

describe('versements réalisés face au calendrier', () => {
  test('prévu, versé, écart par année de contrat ; reste à verser hors « hors ACI »', () => {
    const r = reconciliationOf(projection().cpts[0]!);
    const rows = r.byContractYear.map((y) => [y.contract, y.contractYear, y.planned.toFixed(2), y.paid.toFixed(2), y.difference.toFixed(2)]);
    expect(rows).toEqual([
      [1, 1, '100000.00', '100000.00', '0.00'],
      // 70 000 + 1 000 = 71 000 against 75 000 + 25 000: −29 000.
      [1, 2, '100000.00', '71000.00', '-29000.00'],
      [1, 3, '100000.00', '0.00', '-100000.00'],
      [1, 4, '100000.00', '500.00', '-99500.00'],
      [1, 5, '100000.00', '0.00', '-100000.00'],
    ]);
    // ACI paid 100 000 + 70 000 + 1 000 + 500 = 171 500; remaining 500 000 − 171 500 = 328 500. The 15 000 hors ACI apart.
    expect(r.paid.toFixed(2)).toBe('171500.00');
    expect(r.remaining.toFixed(2)).toBe('328500.00');
    expect([r.horsAciPlanned.toFixed(2), r.horsAciPaid.toFixed(2)]).toEqual(['15000.00', '15000.00']);
    expect(r.unmatched).toEqual([paid[3]]);
  });

  test('retards : une échéance passée (avant « aujourd’hui ») moins versée que prévu', () => {
    const r = reconciliationOf(projection().cpts[0]!);
    const late = latePayments(r, '2026-03-01').map((l) => [l.date, l.contractYear, l.kind, l.planned.toFixed(2), l.paid.toFixed(2), l.missing.toFixed(2)]);
    expect(late).toEqual([
      ['2025-01-01', 2, 'advance', '75000.00', '70000.00', '5000.00'],
      ['2026-01-01', 2, 'balance', '25000.00', '1000.00', '24000.00'],
      ['2026-01-01', 3, 'advance', '75000.00', '0.00', '75000.00'],
    ]);
    // On the due date itself nothing is late yet.
    expect(latePayments(r, '2025-01-01')).toEqual([]);
    // To come on 2026-03-01: year 3's balance (2027-01-01), then years 4 and 5 whole: 25 000 + 2 × 100 000 = 225 000.
    // Check: late 5 000 + 24 000 + 75 000 = 104 000; 104 000 + 225 000 − 500 (unmatched, paid) = 328 500 remaining.
    const toCome = paymentsToCome(r, '2026-03-01');
    expect(toCome[0]!.date).toBe('2027-01-01');
    expect(toCome.reduce((s, p) => s + p.missing.toNumber(), 0)).toBe(225000);
  });

  test('sortie CLI : reconciliation par CPTS', () => {
    const json = projectionToJson(projection(), { today: '2026-03-01' });
    const r = json.cpts[0]!.reconciliation;
    expect(r.byContractYear[1]).toEqual({ contract: 1, contractYear: 2, planned: '100000.00', paid: '71000.00', difference: '-29000.00' });
    expect(r.remaining).toBe('328500.00');
    expect(r.unmatched).toEqual([{ date: '2025-02-01', contract: 1, contractYear: 4, nature: 'fonctionnement', amount: '500.00' }]);
    expect(r.late!.map((l) => l.missing)).toEqual(['5000.00', '24000.00', '75000.00']);
    // Without « today », no late list (the output stays a function of the scenario alone).
    expect(projectionToJson(projection()).cpts[0]!.reconciliation.late).toBeUndefined();
  });

  test('sans versement saisi : tout reste à verser, rien n’est déclaré en retard', () => {
    const p = projectOne({ id: 'c', name: 'C', population: 20_000, signatureDate: '2024-01-01', missions: [] }, 'avenant-2', {
      format: 'aci-cpts-scenario/2',
      bareme: ownBareme('1', '100000.00'),
    });
    const r = reconciliationOf(p.cpts[0]!);
    expect(r.remaining.toFixed(2)).toBe('500000.00');
    // Nothing entered is not nothing paid: no payment is called late.
    expect(r.recorded).toBe(false);
    expect(latePayments(r, '2027-01-01')).toEqual([]);
  });
});
