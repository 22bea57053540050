import { HORS_ACI_RULES, project, projectionToJson, setBudget } from '../../../src/engine';
import { scenario } from './support';

/**
 * « Hors ACI » lines (shared/aci-rules.md « Outside the ACI »; issue 11 §3): their own lines and payments,
 * never in ACI totals, a separate total « y compris hors ACI ». Taille 1 (30 000) and taille 3 (100 000)
 * under avenant 2: fonctionnement 87 500 (T1); access fixed 57 600 (T1).
 */
const withHorsAci = (population: number, horsAci: unknown[]) =>
  project(
    scenario({
      format: 'aci-cpts-scenario/2',
      name: 'test',
      ruleVersion: 'avenant-2',
      cpts: [
        {
          id: 'a',
          name: 'CPTS A',
          population,
          signatureDate: '2022-09-01',
          horsAci,
          missions: [{ mission: 'acces-soins', startDate: '2022-09-01', rates: [1, 1, 1, 1, 1] }],
        },
      ],
    }),
  );

describe('hors ACI lines', () => {
  const p = withHorsAci(30_000, [{ kind: 'aide-demarrage-ars', date: '2022-03-01' }]);
  const json = projectionToJson(p);

  it('an ARS aid dated 2022-03-01 appears as 15 000 € in horsAciByCalendarYear["2022"], from the rule table', () => {
    expect(HORS_ACI_RULES['aide-demarrage-ars'].amount[1]).toMatchObject({ value: '15000.00', status: 'confirmed' });
    expect(json.horsAciByCalendarYear).toEqual({ '2022': '15000.00' });
    expect(json.cpts[0]!.horsAci).toEqual([
      {
        date: '2022-03-01',
        kind: 'aide-demarrage-ars',
        nature: 'Hors ACI — aide au démarrage ARS',
        amount: '15000.00',
        source: 'regles',
        status: 'confirmed',
        deductedFromContract: false,
      },
    ]);
  });

  it('counts nowhere in the ACI totals', () => {
    // 2022 ACI payments: fonctionnement 87 500 in full at signature + 75 % × 57 600 = 43 200 → 130 700.
    expect(json.totalsByCalendarYear['2022']).toBe('130700.00');
    expect(json.cpts[0]!.totalsByCalendarYear['2022']).toBe('130700.00');
    // Five years of 87 500 + 57 600 + 22 400 = 167 500 → 837 500.
    expect(json.total).toBe('837500.00');
    expect(json.cpts[0]!.total).toBe('837500.00');
    expect(p.cpts[0]!.payments.some((pay) => pay.date === '2022-03-01')).toBe(false);
    expect(json.horsAciTotal).toBe('15000.00');
    expect(json.totalIncludingHorsAci).toBe('852500.00');
    expect(json.includingHorsAciByCalendarYear['2022']).toBe('145700.00');
  });

  it('takes an entered amount as it is, and the forfait of the CPTS’s size otherwise (à vérifier)', () => {
    const q = withHorsAci(100_000, [
      { kind: 'forfait-lettre-intention', date: '2022-06-15' },
      { kind: 'aide-demarrage-ars', date: '2021-11-02', amount: '12000.00' },
    ]);
    // Taille 3's forfait from the table: 25 000 (FMF / Le Quotidien, à vérifier).
    expect(HORS_ACI_RULES['forfait-lettre-intention'].amount[3]).toMatchObject({ value: '25000.00', status: 'to-verify' });
    const lines = projectionToJson(q).cpts[0]!.horsAci;
    expect(lines.map((h) => [h.date, h.kind, h.amount, h.source, h.status])).toEqual([
      ['2021-11-02', 'aide-demarrage-ars', '12000.00', 'saisie', null],
      ['2022-06-15', 'forfait-lettre-intention', '25000.00', 'regles', 'to-verify'],
    ]);
    const budget = setBudget(q);
    // Worked out once per projection: the pane's summary and the « Budget annuel » sheet share the rows.
    expect(setBudget(q)).toBe(budget);
    expect(budget.map((b) => [b.year, b.horsAci.toFixed(2)])).toContainEqual(['2021', '12000.00']);
    expect(budget.find((b) => b.year === '2021')!.aci.toFixed(2)).toBe('0.00');
  });
});
