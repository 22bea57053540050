import { componentsOf, FONCTIONNEMENT, MISSION_IDS } from '../../../src/engine';
import {
  fonctionnement,
  FunctionArgumentError,
  FUNCTION_OPTIONAL_MISSIONS,
  montant,
  setFunctionsDateSystem,
  taille,
  totalMax,
} from '../../../src/functions/aci-functions';
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

describe('une cellule vide, un seul sens partout (bureau : 0 ; web : null ; argument omis : null)', () => {
  // T3 (100 000 inhabitants) under avenant 2 (2023-01-01): accès aux soins fixe 90 000, variable 35 000.
  test('taux vide, omis ou 0 : 0 % sur le volet variable (Excel compte une cellule vide pour 0)', () => {
    for (const blank of [null, undefined, '', 0]) expect(montant(100_000, 'acces-soins', 'variable', blank, '2023-01-01', TODAY)).toBe(0);
    // 35 000 × 100 % = 35 000: the maximum is asked for explicitly.
    expect(montant(100_000, 'acces-soins', 'variable', 1, '2023-01-01', TODAY)).toBe(35_000);
  });

  test('sur un volet fixe, le taux vide, 0 ou 100 % est sans effet ; un autre taux est une erreur', () => {
    for (const blank of [null, 0, 1]) expect(montant(100_000, 'acces-soins', 'fixe', blank, '2023-01-01', TODAY)).toBe(90_000);
    expect(() => montant(100_000, 'acces-soins', 'fixe', 0.5, '2023-01-01', TODAY)).toThrow('ne s’applique qu’au volet variable');
  });

  test('date vide (null sur le web, 0 sur le bureau) ou omise : aujourd’hui', () => {
    // Today 2026-11-23: avenant 2, T3 fonctionnement 131 250; on 2020-01-01 (ACI 2019) it would be 75 000.
    for (const blank of [null, undefined, '', 0]) expect(fonctionnement(100_000, blank, TODAY)).toBe(131_250);
    expect(fonctionnement(100_000, null, '2020-01-01')).toBe(75_000);
  });

  test('population vide : la même erreur sur le bureau et le web, qui dit que la cellule est vide', () => {
    expect(() => taille(null)).toThrow('population : un entier positif est attendu (reçu : cellule vide)');
    expect(() => taille(0)).toThrow('population : un entier positif est attendu (reçu : 0 ou cellule vide)');
    expect(() => montant(1000, null, 'fixe', null, null, TODAY)).toThrow('mission : mission inconnue (reçu : cellule vide');
  });

  test('cellules vides d’une plage de missions optionnelles ignorées (0 sur le bureau, null sur le web)', () => {
    // T1 avenant 2: 262 500 (socle) + qualité 15 000 = 277 500.
    expect(totalMax(30_000, [['qualite-pertinence'], [0], [null]], '2023-06-01', TODAY)).toBe(277_500);
    expect(totalMax(30_000, [[0], [null]], '2023-06-01', TODAY)).toBe(totalMax(30_000, null, '2023-06-01', TODAY));
  });

  test('dans un classeur 1904, une cellule date est lue dans ce système (dit par le volet)', () => {
    // 2020-01-01 is serial 43 831 (1900) and 42 369 (1904): ACI 2019, T3 fonctionnement 75 000.
    setFunctionsDateSystem('1904');
    try {
      expect(fonctionnement(100_000, 42_369, TODAY)).toBe(75_000);
    } finally {
      setFunctionsDateSystem('1900');
    }
    expect(fonctionnement(100_000, 43_831, TODAY)).toBe(75_000);
  });
});

describe('métadonnées : listes de missions tirées du moteur, volatilité', () => {
  const param = (fn: string, name: string): string => FUNCTIONS_METADATA.find((f) => f.id === fn)!.parameters.find((p) => p.name === name)!.description;

  test('chaque mission et chaque composante du moteur figure dans l’aide', () => {
    for (const id of [...MISSION_IDS, FONCTIONNEMENT]) expect(param('MONTANT', 'mission')).toContain(id);
    for (const m of [...MISSION_IDS, FONCTIONNEMENT]) for (const c of componentsOf(m)) expect(param('MONTANT', 'composante')).toContain(c);
    for (const id of FUNCTION_OPTIONAL_MISSIONS) expect(param('TOTAL.MAX', 'missions_optionnelles')).toContain(id);
    expect(FUNCTION_OPTIONAL_MISSIONS).toEqual(['qualite-pertinence', 'accompagnement-professionnels']);
  });

  test('une fonction dont le résultat dépend d’aujourd’hui est volatile ; TAILLE ne l’est pas', () => {
    const volatile = FUNCTIONS_METADATA.filter((f) => f.options?.volatile === true).map((f) => f.id);
    expect(volatile).toEqual(['FONCTIONNEMENT', 'MONTANT', 'TOTAL.MAX']);
    for (const f of FUNCTIONS_METADATA) expect(f.parameters.some((p) => p.name === 'date')).toBe(volatile.includes(f.id));
  });
});
