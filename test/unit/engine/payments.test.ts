import { projectOne } from './support';
import type { CptsProjection } from '../../../src/engine';

function calendar(c: CptsProjection): string[] {
  return c.payments.map((p) => `${p.date} a${p.contractYear} ${p.kind} ${p.amount.toFixed(2)}`);
}

describe('calendrier des versements d’un contrat entier', () => {
  // T3, avenant 2, signature 2023-01-01. Accès aux soins from signature (rates 100 %);
  // parcours from 2023-07-01 (184/365 of year 1), rates [50 %, 100 %, 100 %, 100 %, 100 %].
  //
  // Year 1: fonctionnement 131 250 paid in full at signature (ACI art. 9.1).
  //   accès fixe 90 000: advance 75 % = 67 500 at 2023-01-01, balance 22 500 at 2024-01-01; accès variable 35 000 at 2024-01-01.
  //   parcours fixe 45 000 × 184/365 = 22 684,93: advance 22 684,93 × 0,75 = 17 013,6975 → 17 013,70 at 2023-07-01,
  //   balance 22 684,93 − 17 013,70 = 5 671,23 at 2024-01-01; parcours variable 45 000 × 184/365 × 0,5 = 11 342,47 at 2024-01-01.
  //   Balance of year 1 at 2024-01-01: 22 500 + 35 000 + 5 671,23 + 11 342,47 = 74 513,70.
  //   Year 1 total: 131 250 + 90 000 + 35 000 + 22 684,93 + 11 342,47 = 290 277,40.
  // Years 2–5 (full): fonctionnement 131 250 (advance 98 437,50, balance 32 812,50), accès 90 000 + 35 000,
  //   parcours 45 000 + 45 000. Advance at the year's start: 98 437,50 + 67 500 + 33 750 = 199 687,50;
  //   balance at its end: 32 812,50 + 22 500 + 35 000 + 11 250 + 45 000 = 146 562,50; year total 346 250.
  // Contract: 290 277,40 + 4 × 346 250 = 1 675 277,40.
  const p = projectOne(
    {
      id: 'c',
      name: 'C',
      population: 100_000,
      signatureDate: '2023-01-01',
      missions: [
        { mission: 'acces-soins', startDate: '2023-01-01', rates: [1, 1, 1, 1, 1] },
        { mission: 'parcours', startDate: '2023-07-01', rates: [0.5, 1, 1, 1, 1] },
      ],
    },
    'avenant-2',
  );
  const c = p.cpts[0]!;

  test('chaque versement à sa date, avec sa nature et son année de contrat', () => {
    expect(calendar(c)).toEqual([
      '2023-01-01 a1 fonctionnement 131250.00',
      '2023-01-01 a1 advance 67500.00',
      '2023-07-01 a1 advance 17013.70',
      '2024-01-01 a1 balance 74513.70',
      '2024-01-01 a2 advance 199687.50',
      '2025-01-01 a2 balance 146562.50',
      '2025-01-01 a3 advance 199687.50',
      '2026-01-01 a3 balance 146562.50',
      '2026-01-01 a4 advance 199687.50',
      '2027-01-01 a4 balance 146562.50',
      '2027-01-01 a5 advance 199687.50',
      '2028-01-01 a5 balance 146562.50',
    ]);
  });

  test('totaux par année de contrat', () => {
    expect(c.years.map((y) => y.total.toFixed(2))).toEqual(['290277.40', '346250.00', '346250.00', '346250.00', '346250.00']);
    expect(c.total.toFixed(2)).toBe('1675277.40');
  });

  test('totaux par année civile : ce qui est versé du 1er janvier au 31 décembre', () => {
    // 2023: 131 250 + 67 500 + 17 013,70 = 215 763,70; 2024: 74 513,70 + 199 687,50 = 274 201,20;
    // 2025–2027: 146 562,50 + 199 687,50 = 346 250; 2028: 146 562,50 (balance of year 5, paid after its end).
    expect(c.totalsByCalendarYear.map((t) => `${t.year} ${t.total.toFixed(2)}`)).toEqual([
      '2023 215763.70',
      '2024 274201.20',
      '2025 346250.00',
      '2026 346250.00',
      '2027 346250.00',
      '2028 146562.50',
    ]);
  });

  test('le détail d’un versement nomme chaque mission et volet', () => {
    const balance1 = c.payments.find((x) => x.date === '2024-01-01' && x.kind === 'balance')!;
    expect(balance1.parts.map((x) => `${x.mission}/${x.component} ${x.amount.toFixed(2)}`)).toEqual([
      'acces-soins/fixe 22500.00',
      'acces-soins/variable 35000.00',
      'parcours/fixe 5671.23',
      'parcours/variable 11342.47',
    ]);
  });
});

describe('fonctionnement d’un contrat passé de l’ACI 2019 à l’avenant 2', () => {
  test('année 1 versée en entier à la signature, puis avance de 75 % et solde aux dates anniversaires', () => {
    // T1, signature 2021-06-01, no mission. Year 1 (ACI 2019): 50 000 at 2021-06-01.
    // Year 2 (avenant 2, starts 2022-06-01): advance 87 500 × 0,75 = 65 625 at 2022-06-01, balance 21 875 at 2023-06-01.
    const c = projectOne({ id: 'c', name: 'C', population: 20_000, signatureDate: '2021-06-01', missions: [] }).cpts[0]!;
    expect(calendar(c).slice(0, 4)).toEqual([
      '2021-06-01 a1 fonctionnement 50000.00',
      '2022-06-01 a2 advance 65625.00',
      '2023-06-01 a2 balance 21875.00',
      '2023-06-01 a3 advance 65625.00',
    ]);
  });
});

describe('mission crises sanitaires', () => {
  test('plan : avance au démarrage, solde avec l’activation à la date anniversaire', () => {
    // T3, signature 2023-01-01, crisis mission from 2023-04-01, crisis in year 1.
    // Plan 45 000 × 275/365 = 33 904,11; advance 33 904,11 × 0,75 = 25 428,0825 → 25 428,08 at 2023-04-01;
    // balance 33 904,11 − 25 428,08 = 8 476,03 + activation 67 500 = 75 976,03 at 2024-01-01.
    // Year 2 update 22 500: advance 16 875 at 2024-01-01 (with the fonctionnement advance 98 437,50 → 115 312,50).
    const c = projectOne(
      {
        id: 'c',
        name: 'C',
        population: 100_000,
        signatureDate: '2023-01-01',
        missions: [{ mission: 'crises-sanitaires', startDate: '2023-04-01', crisisYears: [1] }],
      },
      'avenant-2',
    ).cpts[0]!;
    expect(calendar(c).slice(0, 5)).toEqual([
      '2023-01-01 a1 fonctionnement 131250.00',
      '2023-04-01 a1 advance 25428.08',
      '2024-01-01 a1 balance 75976.03',
      '2024-01-01 a2 advance 115312.50',
      '2025-01-01 a2 balance 38437.50',
    ]);
    // Year 2 balance: fonctionnement 32 812,50 + update 5 625 = 38 437,50.
  });
});
