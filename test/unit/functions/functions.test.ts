import { fonctionnement, FunctionArgumentError, montant, taille, totalMax } from '../../../src/functions/aci-functions';
import { FUNCTIONS_METADATA } from '../../../src/functions/metadata';
import { IMPLEMENTATIONS, registerCustomFunctions } from '../../../src/functions/register';
import { functionsJson } from '../../../scripts/generate-functions-metadata';

const TODAY = '2026-11-23';

describe('fonctions personnalisées, contre les chiffres du moteur', () => {
  test.each([
    [39_999, 1],
    [40_000, 2],
    [80_001, 3],
    [175_001, 4],
  ])('=ACI.TAILLE(%i) = %i', (p, size) => {
    expect(taille(p)).toBe(size);
  });

  test('=ACI.FONCTIONNEMENT selon la date : version en vigueur', () => {
    // Taille 3: avenant 2 (from 2022-04-01) 131 250; ACI 2019 75 000.
    expect(fonctionnement(100_000, '2023-01-01', TODAY)).toBe(131_250);
    expect(fonctionnement(100_000, '2020-01-01', TODAY)).toBe(75_000);
    // A date cell arrives as a serial number: 44 927 is 2023-01-01.
    expect(fonctionnement(100_000, 44_927, TODAY)).toBe(131_250);
    expect(fonctionnement(100_000, '15/03/2021', TODAY)).toBe(75_000);
    // Omitted: today (2026-11-23, avenant 2).
    expect(fonctionnement(100_000, null, TODAY)).toBe(131_250);
  });

  test('=ACI.MONTANT : maximum de la composante, le taux sur le volet variable', () => {
    // T3 avenant 2: accès variable 35 000 × 80 % = 28 000; fixe 90 000.
    expect(montant(100_000, 'acces-soins', 'variable', 0.8, '2023-01-01', TODAY)).toBe(28_000);
    expect(montant(100_000, 'acces-soins', 'fixe', null, '2023-01-01', TODAY)).toBe(90_000);
    // T1 crisis activation 37 500; T2 parcours variable 35 000 × 33,3 % = 11 655.
    expect(montant(30_000, 'crises-sanitaires', 'activation', null, '2023-01-01', TODAY)).toBe(37_500);
    expect(montant(60_000, 'parcours', 'variable', 0.333, '2023-01-01', TODAY)).toBe(11_655);
    // Half-up to the cent: T3 prévention variable 17 500 × 0,12345 = 2 160,375 → 2 160,38.
    expect(montant(100_000, 'prevention', 'variable', 0.12345, '2023-01-01', TODAY)).toBe(2160.38);
  });

  test('=ACI.TOTAL.MAX : socle à 100 % et missions optionnelles citées', () => {
    // T1 avenant 2: 87 500 + accès 80 000 + parcours 50 000 + prévention 20 000 + plan de crise 25 000 = 262 500;
    // with both optional missions: + 15 000 + 10 000 = 287 500 (the published maximum).
    expect(totalMax(30_000, null, '2023-06-01', TODAY)).toBe(262_500);
    expect(totalMax(30_000, 'qualite-pertinence; accompagnement-professionnels', '2023-06-01', TODAY)).toBe(287_500);
    // ACI 2019 (no crisis mission), both optional missions as a range: 220 000.
    expect(totalMax(30_000, [['qualite-pertinence'], ['accompagnement-professionnels']], '2020-01-01', TODAY)).toBe(220_000);
  });

  test.each<[string, () => number, string]>([
    ['population négative', () => taille(-1), 'population : un entier positif est attendu'],
    ['population en texte', () => taille('beaucoup'), 'population : un entier positif est attendu'],
    ['mission inconnue', () => montant(1000, 'dentaire', 'fixe', null, null, TODAY), 'mission : mission inconnue'],
    [
      'composante d’une autre mission',
      () => montant(1000, 'parcours', 'plan', null, null, TODAY),
      'composante : « plan » n’est pas une composante de « parcours »',
    ],
    ['taux au-dessus de 100 %', () => montant(1000, 'parcours', 'variable', 1.5, null, TODAY), 'taux : un taux de 0 % à 100 % est attendu'],
    ['taux sur un volet fixe', () => montant(1000, 'parcours', 'fixe', 0.5, null, TODAY), 'taux : le taux d’atteinte ne s’applique qu’au volet variable'],
    ['date impossible', () => fonctionnement(1000, '31/02/2024', TODAY), 'date : date impossible'],
    ['date avant l’ACI', () => fonctionnement(1000, '2018-01-01', TODAY), 'date : aucune version des règles n’est en vigueur le 2018-01-01'],
    ['crise sous l’ACI 2019', () => montant(1000, 'crises-sanitaires', 'plan', null, '2020-01-01', TODAY), 'n’existe pas dans la version ACI CPTS 2019'],
    ['mission optionnelle inconnue', () => totalMax(1000, 'parcours;xyz', null, TODAY), 'missions optionnelles : mission inconnue « xyz »'],
  ])('%s : erreur avec un message en français', (_label, call, message) => {
    expect(call).toThrow(FunctionArgumentError);
    expect(call).toThrow(message);
  });
});

describe('enregistrement dans Excel', () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const registered = new Map<string, (...args: never[]) => unknown>();
  registerCustomFunctions({ associate: (id, fn) => registered.set(id, fn), Error: FakeError, ErrorCode: { invalidValue: '#VALUE!' } });

  test('chaque fonction des métadonnées est associée, avec autant de paramètres', () => {
    expect([...registered.keys()].sort()).toEqual(FUNCTIONS_METADATA.map((f) => f.id).sort());
    for (const f of FUNCTIONS_METADATA) expect(IMPLEMENTATIONS[f.id]!.length).toBe(f.parameters.length);
  });

  test('un mauvais argument devient une erreur Excel #VALEUR! avec le message, pas un plantage', () => {
    const call = registered.get('TAILLE') as unknown as (p: unknown) => number;
    let thrown: unknown;
    try {
      call('abc');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FakeError);
    expect(thrown).toMatchObject({ code: '#VALUE!', message: 'population : un entier positif est attendu (reçu : abc)' });
  });
});

describe('métadonnées générées (functions.json)', () => {
  const json = JSON.parse(functionsJson()) as {
    functions: { id: string; name: string; description: string; parameters: { name: string; optional?: boolean; description: string }[] }[];
  };

  test('identifiants et noms valides pour Excel, uniques', () => {
    const ids = json.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of json.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
      expect(f.name).toBe(f.id);
      expect(f.description.length).toBeGreaterThan(20);
    }
    expect(ids).toEqual(['TAILLE', 'FONCTIONNEMENT', 'MONTANT', 'TOTAL.MAX']);
  });

  test('paramètres : noms valides, décrits, les optionnels en dernier', () => {
    for (const f of json.functions) {
      let seenOptional = false;
      for (const p of f.parameters) {
        expect(p.name).toMatch(/^[a-z_]+$/);
        expect(p.description.length).toBeGreaterThan(10);
        if (p.optional) seenOptional = true;
        else expect(seenOptional).toBe(false);
      }
    }
  });
});
