import { formatIssue, parseScenarioJson, validateScenario, type Issue } from '../../../src/engine';

const base = () => ({
  format: 'aci-cpts-scenario/1',
  name: 'Hypothèse',
  ruleVersion: 'auto',
  cpts: [
    {
      id: 'a',
      name: 'CPTS A',
      population: 52_000,
      signatureDate: '2024-03-15',
      missions: [
        { mission: 'acces-soins', startDate: '2024-03-15', rates: [1, 1, 0.8, 0.8, 0.8] },
        { mission: 'crises-sanitaires', startDate: '2024-03-15', rates: [1, 1, 1, 1, 1], crisisYears: [3] },
      ],
    },
  ],
});
type Base = ReturnType<typeof base>;

function issuesOf(mutate: (s: Base & Record<string, unknown>) => void): string[] {
  const s = base() as Base & Record<string, unknown>;
  mutate(s);
  const r = validateScenario(s);
  if (r.ok) throw new Error('attendu invalide');
  return r.issues.map(formatIssue);
}

describe('validation du scénario : chaque refus nomme le champ, en français', () => {
  test('le scénario de la conception est valide', () => {
    expect(validateScenario(base()).ok).toBe(true);
  });

  test.each<[string, (s: Base & Record<string, unknown>) => void, string]>([
    ['version de format future', (s) => (s.format = 'aci-cpts-scenario/3'), 'format : version de format 3 non prise en charge'],
    ['format inconnu', (s) => (s.format = 'autre'), 'format : format inconnu « autre »'],
    ['mission inconnue', (s) => (s.cpts[0]!.missions[0]!.mission = 'teleconsultation'), 'cpts[0].missions[0].mission : mission inconnue « teleconsultation »'],
    ['taux au-dessus de 100 %', (s) => (s.cpts[0]!.missions[0]!.rates[2] = 1.2), 'cpts[0].missions[0].rates[2] : le taux doit être compris entre 0 et 1'],
    ['taux négatif', (s) => (s.cpts[0]!.missions[0]!.rates[0] = -0.1), 'cpts[0].missions[0].rates[0] : le taux doit être compris entre 0 et 1'],
    ['taux manquant', (s) => s.cpts[0]!.missions[0]!.rates.pop(), 'cpts[0].missions[0].rates : il faut 5 taux d’atteinte'],
    ['population négative', (s) => (s.cpts[0]!.population = -5), 'cpts[0].population : la population doit être un entier positif'],
    ['population non entière', (s) => (s.cpts[0]!.population = 1000.5), 'cpts[0].population : la population doit être un entier positif'],
    [
      'population en texte',
      (s) => ((s.cpts[0] as Record<string, unknown>).population = '52000'),
      'cpts[0].population : la population doit être un entier positif',
    ],
    ['population invraisemblable', (s) => (s.cpts[0]!.population = 520_000_000), 'cpts[0].population : population invraisemblable : 520000000 habitants'],
    ['date impossible', (s) => (s.cpts[0]!.signatureDate = '2023-02-29'), 'cpts[0].signatureDate : date impossible « 2023-02-29 »'],
    [
      'mission avant la signature',
      (s) => (s.cpts[0]!.missions[0]!.startDate = '2024-03-14'),
      'cpts[0].missions[0].startDate : la mission ne peut pas démarrer (2024-03-14) avant la signature du contrat (2024-03-15)',
    ],
    [
      'mission après la fin du contrat',
      (s) => (s.cpts[0]!.missions[0]!.startDate = '2029-03-15'),
      'cpts[0].missions[0].startDate : la mission démarre (2029-03-15) après la fin du contrat (2029-03-14)',
    ],
    ['version des règles inconnue', (s) => (s.ruleVersion = 'avenant-9'), 'ruleVersion : version des règles inconnue « avenant-9 »'],
    ['champ inconnu (faute de frappe)', (s) => ((s.cpts[0] as Record<string, unknown>).populaton = 3), 'cpts[0].populaton : champ inconnu « populaton »'],
    [
      'mission en double',
      (s) => s.cpts[0]!.missions.push({ ...s.cpts[0]!.missions[0]! }),
      'cpts[0].missions[2].mission : mission « acces-soins » déclarée deux fois',
    ],
    ['identifiant en double', (s) => s.cpts.push({ ...s.cpts[0]! }), 'cpts[1].id : identifiant en double « a »'],
    ['aucune CPTS', (s) => (s.cpts = []), 'cpts : la liste des CPTS doit contenir au moins une CPTS'],
    ['nom vide', (s) => (s.cpts[0]!.name = ' '), 'cpts[0].name : texte obligatoire'],
    ['année de crise hors contrat', (s) => (s.cpts[0]!.missions[1]!.crisisYears = [6]), 'cpts[0].missions[1].crisisYears[0] : année de contrat impossible 6'],
    [
      'années de crise sur une autre mission',
      (s) => ((s.cpts[0]!.missions[0] as Record<string, unknown>).crisisYears = [1]),
      'cpts[0].missions[0].crisisYears : seule la mission « crises-sanitaires » a des années de crise',
    ],
    [
      'mission crise sous l’ACI 2019 forcée',
      (s) => (s.ruleVersion = 'aci-2019'),
      'cpts[0].missions[1].mission : la mission « crises-sanitaires » n’existe pas dans la version ACI CPTS 2019',
    ],
    [
      'signature avant l’ACI',
      (s) => {
        s.cpts[0]!.signatureDate = '2019-01-01';
        s.cpts[0]!.missions = [];
      },
      'cpts[0].signatureDate : aucune version des règles n’est en vigueur le 2019-01-01',
    ],
  ])('%s', (_label, mutate, expected) => {
    expect(issuesOf(mutate).join('\n')).toContain(expected);
  });

  test('mission crise démarrant dans une année de contrat encore régie par l’ACI 2019', () => {
    // Signature 2021-06-01: year 2 starts 2022-06-01, the first year under avenant 2.
    const messages = issuesOf((s) => {
      s.cpts[0]!.signatureDate = '2021-06-01';
      s.cpts[0]!.missions = [{ mission: 'crises-sanitaires', startDate: '2022-05-01', rates: [1, 1, 1, 1, 1], crisisYears: [3] }];
    });
    expect(messages).toEqual([
      'cpts[0].missions[0].startDate : la mission « crises-sanitaires » ne peut démarrer qu’à partir du 2022-06-01 (année de contrat 2, première année régie par une version qui la prévoit)',
    ]);
  });

  test('toutes les erreurs sont rapportées ensemble, pas seulement la première', () => {
    const messages = issuesOf((s) => {
      s.cpts[0]!.population = -1;
      s.cpts[0]!.missions[0]!.rates[4] = 2;
      s.name = '';
    });
    expect(messages.map((m) => m.split(' : ')[0])).toEqual(['name', 'cpts[0].population', 'cpts[0].missions[0].rates[4]']);
  });

  test('barème incomplet ou négatif : chaque cellule manquante est nommée', () => {
    const messages = issuesOf((s) => {
      s.bareme = { sizes: { '3': { fonctionnement: -1, missions: { 'acces-soins': { fixed: 1, variable: 'x' } } } } };
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'bareme.sizes.3.fonctionnement : montant invalide -1 : attendu un nombre positif ou nul, deux décimales au plus',
        'bareme.sizes.3.missions.acces-soins.variable : montant invalide « x » : attendu un nombre positif ou nul, deux décimales au plus',
        'bareme.sizes.3.missions.parcours : montants manquants (attendu fixed, variable)',
        'bareme.sizes.3.missions.crises-sanitaires : montants manquants (attendu plan, update, activation)',
      ]),
    );
  });

  test('JSON mal formé : un message, pas une exception', () => {
    const r = parseScenarioJson('{ "format": ');
    expect(r.ok).toBe(false);
    const issues = (r as { issues: readonly Issue[] }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^le fichier n’est pas un JSON valide/);
  });

  test('un scénario validé se valide de nouveau à l’identique (taux vides de la mission crise compris)', () => {
    const s = base();
    (s.cpts[0]!.missions[1] as Record<string, unknown>).rates = [];
    const once = validateScenario(s);
    if (!once.ok) throw new Error(once.issues.map(formatIssue).join('\n'));
    expect(once.value.cpts[0]!.missions[1]!.rates).toEqual([]);
    expect(validateScenario(JSON.parse(JSON.stringify(once.value)))).toEqual(once);
  });

  test('le scénario validé ne garde que les champs du format', () => {
    const r = validateScenario(base());
    // A format-1 file reads as format 2, the format written today.
    expect(r.ok && JSON.parse(JSON.stringify(r.value))).toEqual({ ...base(), format: 'aci-cpts-scenario/2' });
  });
});
