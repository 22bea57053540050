import { calculationAssumptions, project, type Scenario, type ScenarioParameters } from '../../../src/engine';
import { builtInParameters, parameterSources, PARAMETER_IDS } from '../../../src/engine/rules/parameters';
import { findRuleVersion } from '../../../src/engine/rules';

/**
 * CPTS Exemple: 52 000 inhabitants (taille 2), signed 2024-03-15 under avenant 2 (forced, so that a later version
 * changes nothing here); parcours from 2024-09-15 at 50 % in year 1. Contract year 1: 2024-03-15 → 2025-03-15,
 * 365 days; 2024-09-15 → 2025-03-15 = 181 days, or 6 whole months.
 */
function scenario(parameters?: ScenarioParameters, cpts: Partial<Scenario['cpts'][number]> = {}, ruleVersion = 'avenant-2'): Scenario {
  return {
    format: 'aci-cpts-scenario/1',
    name: 'Test',
    ruleVersion,
    ...(parameters ? { parameters } : {}),
    cpts: [
      {
        id: 'exemple',
        name: 'CPTS Exemple',
        population: 52_000,
        signatureDate: '2024-03-15',
        missions: [{ mission: 'parcours', startDate: '2024-09-15', rates: [0.5, 1, 1, 1, 1] }],
        ...cpts,
      },
    ],
  };
}

function line(s: Scenario, year: number, mission: string, component: string): string {
  const l = project(s).cpts[0]!.years[year - 1]!.lines.find((x) => x.mission === mission && x.component === component);
  return l ? l.amount.toFixed(2) : 'absent';
}

describe('paramètres des règles ouvertes', () => {
  test('chaque paramètre a sa valeur intégrée, son statut, sa référence et sa preuve, tirés des règles', () => {
    const sources = parameterSources();
    for (const id of PARAMETER_IDS) {
      expect(sources[id].value).toBe(builtInParameters()[id]);
      expect(sources[id].ref.length).toBeGreaterThan(10);
      expect(sources[id].evidence.length).toBeGreaterThan(20);
    }
    expect(sources.avenant2EffectiveDate).toBe(findRuleVersion('avenant-2')!.inForceFrom);
    expect(builtInParameters()).toMatchObject({ fonctionnementIncrease: 'yearly', firstYearFonctionnement: 'integral', prorataDayCount: 'actual-days' });
  });

  test('hausse du fonctionnement à la signature seulement : années 2 à 5 au montant ACI 2019', () => {
    // Taille 2: 105 000 under avenant 2, 60 000 before the rise: year 1 (signed under avenant 2) keeps 105 000.
    const s = scenario({ fonctionnementIncrease: 'signature-only' });
    expect([1, 2, 3, 4, 5].map((y) => line(s, y, 'fonctionnement', 'fonctionnement'))).toEqual(['105000.00', '60000.00', '60000.00', '60000.00', '60000.00']);
    // Signed 2021-06-01 under ACI 2019 ("auto"): year 1 60 000 (2019), years 2–5 (from 2022-06-01, avenant 2) 60 000 too.
    const before = scenario({ fonctionnementIncrease: 'signature-only' }, { signatureDate: '2021-06-01', missions: [] }, 'auto');
    const years = project(before).cpts[0]!.years;
    expect(years.map((y) => y.ruleVersion).slice(0, 2)).toEqual(['aci-2019', 'avenant-2']);
    expect(years.map((y) => y.lines[0]!.amount.toFixed(2))).toEqual(['60000.00', '60000.00', '60000.00', '60000.00', '60000.00']);
  });

  test('fonctionnement de l’année 1 en avance de 75 % : 78 750 € à la signature, 26 250 € au premier anniversaire', () => {
    // 105 000 × 0.75 = 78 750; balance 105 000 − 78 750 = 26 250.
    const pay = project(scenario({ firstYearFonctionnement: 'avance' })).cpts[0]!.payments.filter((p) => p.contractYear === 1);
    const part = (date: string, kind: string) =>
      pay
        .find((p) => p.date === date && p.kind === kind)
        ?.parts.find((x) => x.component === 'fonctionnement')
        ?.amount.toFixed(2);
    expect(part('2024-03-15', 'advance')).toBe('78750.00');
    expect(part('2025-03-15', 'balance')).toBe('26250.00');
    expect(pay.some((p) => p.kind === 'fonctionnement')).toBe(false);
    // The text's reading: all 105 000 at signature.
    const integral = project(scenario()).cpts[0]!.payments.find((p) => p.kind === 'fonctionnement')!;
    expect([integral.date, integral.amount.toFixed(2)]).toEqual(['2024-03-15', '105000.00']);
  });

  test('part versée en avance de 50 % : l’avance du volet fixe', () => {
    // Parcours fixed part 35 000 × 181/365 = 17 356.16; 50 % = 8 678.08 at 2024-09-15.
    const pay = project(scenario({ advanceShare: 0.5 })).cpts[0]!.payments.find((p) => p.date === '2024-09-15')!;
    expect(pay.amount.toFixed(2)).toBe('8678.08');
  });

  test('décompte en mois entiers : 6/12 du 15 septembre au 15 mars, 5/12 à partir du 20 septembre', () => {
    // 35 000 × 6/12 = 17 500; 35 000 × 5/12 = 14 583.33…; actual days: 35 000 × 181/365 = 17 356.16.
    expect(line(scenario({ prorataDayCount: 'whole-months' }), 1, 'parcours', 'fixe')).toBe('17500.00');
    const later = scenario({ prorataDayCount: 'whole-months' }, { missions: [{ mission: 'parcours', startDate: '2024-09-20', rates: [1, 1, 1, 1, 1] }] });
    const fixed = project(later).cpts[0]!.years[0]!.lines.find((l) => l.component === 'fixe')!;
    expect(fixed.prorata).toEqual({ days: 5, daysInYear: 12, unit: 'months' });
    expect(fixed.amount.toFixed(2)).toBe('14583.33');
    expect(line(scenario(), 1, 'parcours', 'fixe')).toBe('17356.16');
  });

  test('part variable non proratisée, et seuil de déclenchement', () => {
    // Prorated (built in): 35 000 × 181/365 × 0.5 = 8 678.08; not prorated: 35 000 × 0.5 = 17 500.
    expect(line(scenario(), 1, 'parcours', 'variable')).toBe('8678.08');
    expect(line(scenario({ prorateVariablePart: false }), 1, 'parcours', 'variable')).toBe('17500.00');
    // Threshold 60 %: 50 % pays nothing; 100 % in year 2 pays 35 000.
    expect(line(scenario({ variableThreshold: 0.6 }), 1, 'parcours', 'variable')).toBe('0.00');
    expect(line(scenario({ variableThreshold: 0.6 }), 2, 'parcours', 'variable')).toBe('35000.00');
  });

  test.each([
    [40_000, 'text', 2],
    [40_000, 'lower', 1],
    [40_000, 'upper', 2],
    [80_000, 'text', 2],
    [80_000, 'lower', 2],
    [80_000, 'upper', 3],
    [175_000, 'text', 3],
    [175_000, 'upper', 4],
    [52_000, 'upper', 2],
  ] as const)('%i habitants, limites « %s » : taille %i', (population, sizeBoundaries, size) => {
    expect(project(scenario({ sizeBoundaries }, { population })).cpts[0]!.size).toBe(size);
  });

  test('date d’effet de l’avenant 2 : quelle version régit chaque année de contrat', () => {
    // Signed 2022-06-01 ("auto"): avenant 2 from 2022-04-01 governs year 1; moved to 2023-01-01, year 1 is ACI 2019
    // (fonctionnement 60 000) and year 2 (from 2023-06-01) avenant 2 (105 000).
    const base = { signatureDate: '2022-06-01', missions: [] };
    expect(project(scenario(undefined, base, 'auto')).cpts[0]!.years.map((y) => y.ruleVersion)[0]).toBe('avenant-2');
    const moved = project(scenario({ avenant2EffectiveDate: '2023-01-01' }, base, 'auto')).cpts[0]!;
    expect(moved.years.slice(0, 2).map((y) => [y.ruleVersion, y.lines[0]!.amount.toFixed(2)])).toEqual([
      ['aci-2019', '60000.00'],
      ['avenant-2', '105000.00'],
    ]);
  });
});

test('date d’effet déplacée : une mission de crise dans une année régie par l’ACI 2019 ne compte pas, et un avertissement le dit', () => {
  // Signed 2022-06-01, crisis mission from signature; avenant 2 moved to 2023-01-01: year 1 (2022-06-01) is ACI 2019.
  const s = scenario(
    { avenant2EffectiveDate: '2023-01-01' },
    { signatureDate: '2022-06-01', missions: [{ mission: 'crises-sanitaires', startDate: '2022-06-01', rates: [] }] },
    'auto',
  );
  const p = project(s);
  expect(p.cpts[0]!.years[0]!.lines.map((l) => l.mission)).toEqual(['fonctionnement']);
  expect(p.warnings.map((w) => w.path)).toContain('cpts[0].missions[0].startDate');
  expect(p.warnings.find((w) => w.path === 'cpts[0].missions[0].startDate')!.message).toMatch(/ne compte pas en année de contrat 1 /);
});

describe('hypothèses de calcul : effet de chaque autre lecture, moteur relancé', () => {
  test('la hausse à la signature seulement vient en tête : −45 000 €/an pour CPTS Exemple, −180 000 € au total', () => {
    const list = calculationAssumptions(scenario());
    const first = list[0]!;
    expect(first.id).toBe('fonctionnementIncrease');
    expect(first.value).toBe('yearly');
    expect(first.status).toBe('to-verify');
    const effect = first.effects[0]!;
    expect(effect.value).toBe('signature-only');
    // (60 000 − 105 000) × 4 years = −180 000
    expect(effect.total.toFixed(2)).toBe('-180000.00');
    expect(effect.cpts.map((c) => [c.name, c.byContractYear.map((d) => d.toFixed(0))])).toEqual([
      ['CPTS Exemple', ['0', '-45000', '-45000', '-45000', '-45000']],
    ]);
  });

  test('le fonctionnement de l’année 1 en avance ne change pas le total, mais les années civiles : −26 250 € en 2024, +26 250 € en 2025', () => {
    const a = calculationAssumptions(scenario()).find((x) => x.id === 'firstYearFonctionnement')!;
    const e = a.effects[0]!;
    expect(e.total.toFixed(2)).toBe('0.00');
    expect(e.byCalendarYear.map((y) => [y.year, y.total.toFixed(2)])).toEqual([
      ['2024', '-26250.00'],
      ['2025', '26250.00'],
    ]);
    expect(e.magnitude.toFixed(2)).toBe('26250.00');
  });

  test('listées par effet décroissant ; sans autre lecture sourcée, pas d’effet', () => {
    const list = calculationAssumptions(scenario());
    const sizes = list.map((a) => Math.max(0, ...a.effects.map((e) => e.magnitude.toNumber())));
    expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
    expect(list.find((a) => a.id === 'advanceShare')!.effects).toEqual([]);
    // Without a scenario: values and sources only.
    expect(calculationAssumptions(null).every((a) => a.effects.length === 0)).toBe(true);
  });
});
