import { fullCpts, projectOne, scenario, yearAmounts } from './support';
import { project } from '../../../src/engine';

describe('projection par taille : toutes les missions à 100 % dès la signature', () => {
  // ACI 2019 forced for all five years (in "auto", years starting after 2022-04-01 would follow avenant 2).
  // T1: 50 000 + 75 000 + 50 000 + 20 000 + 15 000 + 10 000 = 220 000 per year, × 5 = 1 100 000.
  test.each([
    [30_000, '220000.00', '1100000.00'],
    [60_000, '287000.00', '1435000.00'],
    [100_000, '370000.00', '1850000.00'],
    [200_000, '450000.00', '2250000.00'],
  ])('ACI 2019, %i habitants : %s € par an, %s € sur le contrat', (population, perYear, total) => {
    const p = projectOne(fullCpts(population, '2020-01-01', false), 'aci-2019');
    const c = p.cpts[0]!;
    expect(c.years.map((y) => y.total.toFixed(2))).toEqual([perYear, perYear, perYear, perYear, perYear]);
    expect(c.total.toFixed(2)).toBe(total);
  });

  // Avenant 2, signature 2023-01-10, crisis mission included: year 1 is the plan year, years 2–5 update years.
  // T1: 287 500 in year 1; then 287 500 − 25 000 + 12 500 = 275 000; total 287 500 + 4 × 275 000 = 1 387 500.
  // T2: 382 500; then 382 500 − 35 000 + 17 500 = 365 000; total 382 500 + 4 × 365 000 = 1 842 500.
  // T3: 476 250; then 476 250 − 45 000 + 22 500 = 453 750; total 476 250 + 4 × 453 750 = 2 291 250.
  // T4: 580 000; then 580 000 − 50 000 + 25 000 = 555 000; total 580 000 + 4 × 555 000 = 2 800 000.
  test.each([
    [39_999, 1, '287500.00', '275000.00', '1387500.00'],
    [40_000, 2, '382500.00', '365000.00', '1842500.00'],
    [80_001, 3, '476250.00', '453750.00', '2291250.00'],
    [175_001, 4, '580000.00', '555000.00', '2800000.00'],
  ])('avenant 2, %i habitants (taille %i) : %s € en année 1, %s € ensuite', (population, size, first, later, total) => {
    const c = projectOne(fullCpts(population, '2023-01-10', true), 'avenant-2').cpts[0]!;
    expect(c.size).toBe(size);
    expect(c.years.map((y) => y.total.toFixed(2))).toEqual([first, later, later, later, later]);
    expect(c.total.toFixed(2)).toBe(total);
    expect(c.years.every((y) => y.ruleVersion === 'avenant-2')).toBe(true);
  });
});

describe('volet variable et taux d’atteinte', () => {
  test('montant variable = maximum × taux, arrondi au centime', () => {
    // T3 avenant 2, accès aux soins: variable 35 000 × 0,8 = 28 000; parcours: 45 000 × 0,333 = 14 985;
    // prévention: 17 500 × 0,12345 = 2 160,375 → 2 160,38 (half-up).
    const p = projectOne({
      id: 'c',
      name: 'C',
      population: 100_000,
      signatureDate: '2023-01-01',
      missions: [
        { mission: 'acces-soins', startDate: '2023-01-01', rates: [0.8, 1, 1, 1, 1] },
        { mission: 'parcours', startDate: '2023-01-01', rates: [0.333, 1, 1, 1, 1] },
        { mission: 'prevention', startDate: '2023-01-01', rates: [0.12345, 1, 1, 1, 1] },
      ],
    });
    const y1 = yearAmounts(p, 1);
    expect(y1['acces-soins/variable']).toBe('28000.00');
    expect(y1['acces-soins/fixe']).toBe('90000.00');
    expect(y1['parcours/variable']).toBe('14985.00');
    expect(y1['prevention/variable']).toBe('2160.38');
  });

  test('taux à 0 : seul le volet fixe est dû', () => {
    // T1 avenant 2, parcours: fixe 25 000, variable 25 000 × 0 = 0.
    const y1 = yearAmounts(
      projectOne({
        id: 'c',
        name: 'C',
        population: 10_000,
        signatureDate: '2023-01-01',
        missions: [{ mission: 'parcours', startDate: '2023-01-01', rates: [0, 0, 0, 0, 0] }],
      }),
      1,
    );
    expect(y1['parcours/fixe']).toBe('25000.00');
    expect(y1['parcours/variable']).toBe('0.00');
  });
});

describe('prorata d’une mission démarrée après la signature', () => {
  test('année commune : jours restants / 365', () => {
    // T3, signature 2023-01-01, parcours from 2023-07-01: 2023-07-01 → 2024-01-01 = 184 days of 365.
    // fixe 45 000 × 184/365 = 22 684,9315… → 22 684,93; variable 45 000 × 184/365 × 0,5 = 11 342,4657… → 11 342,47.
    const p = projectOne({
      id: 'c',
      name: 'C',
      population: 100_000,
      signatureDate: '2023-01-01',
      missions: [{ mission: 'parcours', startDate: '2023-07-01', rates: [0.5, 1, 1, 1, 1] }],
    });
    const line = p.cpts[0]!.years[0]!.lines.find((l) => l.component === 'fixe')!;
    expect(line.prorata).toEqual({ days: 184, daysInYear: 365 });
    expect(yearAmounts(p, 1)['parcours/fixe']).toBe('22684.93');
    expect(yearAmounts(p, 1)['parcours/variable']).toBe('11342.47');
    // Year 2 is a full year: 45 000 + 45 000.
    expect(yearAmounts(p, 2)['parcours/fixe']).toBe('45000.00');
  });

  test('année bissextile : jours restants / 366', () => {
    // Signature 2024-01-01 (year 1 has 366 days), parcours from 2024-03-01: 306 days to 2025-01-01.
    // 45 000 × 306/366 = 37 622,9508… → 37 622,95.
    const p = projectOne({
      id: 'c',
      name: 'C',
      population: 100_000,
      signatureDate: '2024-01-01',
      missions: [{ mission: 'parcours', startDate: '2024-03-01', rates: [1, 1, 1, 1, 1] }],
    });
    expect(yearAmounts(p, 1)['parcours/fixe']).toBe('37622.95');
  });

  test('mission démarrée en année 3 : rien avant, prorata en année 3', () => {
    // Signature 2023-01-01; prévention from 2025-10-01 (year 3 = 2025-01-01…2025-12-31): 92 days to 2026-01-01.
    // T1 fixe 10 000 × 92/365 = 2 520,5479… → 2 520,55.
    const p = projectOne({
      id: 'c',
      name: 'C',
      population: 10_000,
      signatureDate: '2023-01-01',
      missions: [{ mission: 'prevention', startDate: '2025-10-01', rates: [1, 1, 1, 1, 1] }],
    });
    expect(yearAmounts(p, 1)['prevention/fixe']).toBeUndefined();
    expect(yearAmounts(p, 2)['prevention/fixe']).toBeUndefined();
    expect(yearAmounts(p, 3)['prevention/fixe']).toBe('2520.55');
    expect(yearAmounts(p, 4)['prevention/fixe']).toBe('10000.00');
  });
});

describe('mission crises sanitaires', () => {
  test('année du plan proratisée, mises à jour ensuite, activation les années de crise', () => {
    // T3, signature 2023-01-01, crisis mission from 2023-04-01 (275 days to 2024-01-01), crises in years 1 and 3.
    // Year 1: plan 45 000 × 275/365 = 33 904,1095… → 33 904,11; activation 67 500 (not prorated).
    // Year 2: update 22 500. Year 3: update 22 500 + activation 67 500.
    const p = projectOne({
      id: 'c',
      name: 'C',
      population: 100_000,
      signatureDate: '2023-01-01',
      missions: [{ mission: 'crises-sanitaires', startDate: '2023-04-01', crisisYears: [3, 1] }],
    });
    expect(yearAmounts(p, 1)).toEqual({
      'fonctionnement/fonctionnement': '131250.00',
      'crises-sanitaires/plan': '33904.11',
      'crises-sanitaires/activation': '67500.00',
    });
    expect(yearAmounts(p, 2)).toEqual({ 'fonctionnement/fonctionnement': '131250.00', 'crises-sanitaires/mise-a-jour': '22500.00' });
    expect(yearAmounts(p, 3)['crises-sanitaires/activation']).toBe('67500.00');
  });
});

describe('version des règles selon les dates du contrat', () => {
  test('contrat signé sous l’ACI 2019 : l’avenant 2 s’applique à partir de l’année qui commence après son entrée en vigueur', () => {
    // Signature 2021-06-01, T1, parcours from signature at 100 %.
    // Year 1 (2021-06-01) and none after 2022-04-01 start before it: year 1 ACI 2019 → 50 000 + 25 000 + 25 000 = 100 000.
    // Year 2 starts 2022-06-01, after 2022-04-01: avenant 2 → 87 500 + 25 000 + 25 000 = 137 500.
    const p = projectOne({
      id: 'c',
      name: 'C',
      population: 20_000,
      signatureDate: '2021-06-01',
      missions: [{ mission: 'parcours', startDate: '2021-06-01', rates: [1, 1, 1, 1, 1] }],
    });
    const c = p.cpts[0]!;
    expect(c.years.map((y) => y.ruleVersion)).toEqual(['aci-2019', 'avenant-2', 'avenant-2', 'avenant-2', 'avenant-2']);
    expect(c.years.map((y) => y.total.toFixed(2))).toEqual(['100000.00', '137500.00', '137500.00', '137500.00', '137500.00']);
    expect(p.ruleVersions).toEqual(['aci-2019', 'avenant-2']);
  });

  test('version forcée par CPTS, au-dessus du réglage du scénario', () => {
    // Forced ACI 2019 for a 2023 contract: fonctionnement T1 50 000 every year.
    const p = projectOne({ id: 'c', name: 'C', population: 20_000, signatureDate: '2023-01-01', ruleVersion: 'aci-2019', missions: [] }, 'avenant-2');
    expect(p.cpts[0]!.years.map((y) => y.total.toFixed(2))).toEqual(['50000.00', '50000.00', '50000.00', '50000.00', '50000.00']);
  });
});

describe('barème du classeur', () => {
  const own = { fixed: '1000.00', variable: '500.00' };
  const bareme = {
    label: 'Contrat CPTS Test',
    sizes: {
      '3': {
        fonctionnement: 100000,
        missions: {
          'acces-soins': { fixed: 91000, variable: '34000.5' },
          parcours: own,
          prevention: own,
          'qualite-pertinence': own,
          'accompagnement-professionnels': own,
          'crises-sanitaires': { plan: 1, update: 2, activation: 3 },
        },
      },
    },
  };

  test('les montants saisis remplacent ceux des règles pour la taille donnée et sont nommés « barème du classeur »', () => {
    // T3 with barème: fonctionnement 100 000; accès fixe 91 000, variable 34 000,50 × 0,5 = 17 000,25.
    const p = projectOne(
      {
        id: 'c',
        name: 'C',
        population: 100_000,
        signatureDate: '2023-01-01',
        missions: [{ mission: 'acces-soins', startDate: '2023-01-01', rates: [0.5, 1, 1, 1, 1] }],
      },
      'auto',
      { bareme },
    );
    expect(yearAmounts(p, 1)).toEqual({ 'fonctionnement/fonctionnement': '100000.00', 'acces-soins/fixe': '91000.00', 'acces-soins/variable': '17000.25' });
    const source = p.cpts[0]!.years[0]!.lines[1]!.source;
    expect(source.status).toBe('contract');
    expect(source.reference).toBe('barème du classeur');
    expect(p.cpts[0]!.provisional).toBe(false);
  });

  test('une taille absente du barème garde les montants des règles', () => {
    // T1 (20 000 inhabitants) is not in the barème: fonctionnement 87 500 from avenant 2.
    const p = projectOne({ id: 'c', name: 'C', population: 20_000, signatureDate: '2023-01-01', missions: [] }, 'auto', { bareme });
    expect(yearAmounts(p, 1)['fonctionnement/fonctionnement']).toBe('87500.00');
  });
});

describe('plusieurs CPTS', () => {
  test('les totaux du lot sont la somme des CPTS', () => {
    // T1 fonctionnement only, signed 2023-01-01: 87 500 × 5 = 437 500 each; two CPTS → 875 000.
    // Calendar 2023: 87 500 × 2 = 175 000 (year 1 in full at signature).
    const s = scenario({
      format: 'aci-cpts-scenario/1',
      name: 'lot',
      ruleVersion: 'avenant-2',
      cpts: [
        { id: 'a', name: 'A', population: 10_000, signatureDate: '2023-01-01', missions: [] },
        { id: 'b', name: 'B', population: 10_000, signatureDate: '2023-01-01', missions: [] },
      ],
    });
    const p = project(s);
    expect(p.total.toFixed(2)).toBe('875000.00');
    expect(p.totalsByCalendarYear[0]).toEqual({ year: '2023', total: expect.anything() });
    expect(p.totalsByCalendarYear[0]!.total.toFixed(2)).toBe('175000.00');
  });
});
