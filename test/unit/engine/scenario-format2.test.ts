import { formatIssue, validateScenario } from '../../../src/engine';
import { format2Scenario } from '../fixtures/format2';

const base = format2Scenario;
type Base = ReturnType<typeof base>;
type Loose = Record<string, unknown>;

function issuesOf(mutate: (s: Base) => void): string[] {
  const s = base();
  mutate(s);
  const r = validateScenario(s);
  if (r.ok) throw new Error('attendu invalide');
  return r.issues.map(formatIssue);
}

describe('format 2 : chaque nouveau champ est validé, en français, à son chemin', () => {
  test('le scénario complet est valide, et « contract » absent vaut 1', () => {
    const s = base();
    delete (s.cpts[0]!.paid[0] as Loose).contract;
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.format).toBe('aci-cpts-scenario/2');
    expect(r.value.cpts[0]!.paid![0]!.contract).toBe(1);
    // Amounts come back with two decimals, as every amount of the format.
    expect(r.value.cpts[0]!.paid![1]!.amount).toBe('1000.00');
    expect(r.value.cpts[0]!.horsAci![1]).toEqual({ kind: 'forfait-lettre-intention', date: '2023-11-02' });
  });

  test.each<[string, (s: Base) => void, string]>([
    ['renewal non booléen', (s) => ((s.cpts[0] as Loose).renewal = 'oui'), 'cpts[0].renewal : attendu true ou false (reçu : « oui »)'],
    [
      'nature hors ACI inconnue',
      (s) => ((s.cpts[0]!.horsAci[0] as Loose).kind = 'subvention'),
      'cpts[0].horsAci[0].kind : valeur inconnue « subvention » (valeurs admises : aide-demarrage-ars, forfait-lettre-intention)',
    ],
    ['date hors ACI impossible', (s) => (s.cpts[0]!.horsAci[0]!.date = '2024-02-30'), 'cpts[0].horsAci[0].date : date impossible « 2024-02-30 »'],
    ['montant hors ACI négatif', (s) => (s.cpts[0]!.horsAci[0]!.amount = '-5'), 'cpts[0].horsAci[0].amount : montant invalide « -5 »'],
    ['montant à trois décimales', (s) => (s.cpts[0]!.paid[0]!.amount = '1.005'), 'cpts[0].paid[0].amount : montant invalide « 1.005 »'],
    ['année de contrat 6', (s) => (s.cpts[0]!.paid[0]!.contractYear = 6), 'cpts[0].paid[0].contractYear : année de contrat impossible 6 : de 1 à 5'],
    ['contrat 3', (s) => (s.cpts[0]!.paid[0]!.contract = 3), 'cpts[0].paid[0].contract : contrat impossible 3'],
    [
      'contrat 2 sans renouvellement',
      (s) => ((s.cpts[0] as Loose).renewal = false),
      'cpts[0].paid[1].contract : contrat 2 : seulement pour une CPTS dont le renouvellement est supposé',
    ],
    ['nature de versement inconnue', (s) => ((s.cpts[0]!.paid[0] as Loose).nature = 'prime'), 'cpts[0].paid[0].nature : valeur inconnue « prime »'],
    [
      'poids négatif',
      (s) => (s.cpts[0]!.missions[0]!.indicators![0]!.weight = -1),
      'cpts[0].missions[0].indicators[0].weight : poids impossible -1 : un poids est un nombre positif ou nul',
    ],
    [
      'poids tous nuls',
      (s) => s.cpts[0]!.missions[0]!.indicators!.forEach((i) => (i.weight = 0)),
      'cpts[0].missions[0].indicators : les poids des indicateurs de la mission sont tous nuls',
    ],
    [
      'cible égale à la valeur de départ',
      (s) => (s.cpts[0]!.missions[0]!.indicators![0]!.targets[2] = 10),
      'cpts[0].missions[0].indicators[0].targets[2] : cible égale à la valeur de départ (10)',
    ],
    [
      'quatre cibles',
      (s) => s.cpts[0]!.missions[0]!.indicators![0]!.targets.pop(),
      'cpts[0].missions[0].indicators[0].targets : il faut 5 valeurs, une par année de contrat',
    ],
    [
      'réalisé en texte',
      (s) => ((s.cpts[0]!.missions[0]!.indicators![0]!.actuals as unknown[])[1] = '12'),
      'cpts[0].missions[0].indicators[0].actuals[1] : réalisé : nombre attendu (ou null si pas encore connu)',
    ],
    [
      // parcours starts 2025-06-01, in contract year 2: an actual for year 1 cannot exist.
      'réalisé avant le démarrage de la mission',
      (s) =>
        ((s.cpts[0]!.missions[1] as Loose).indicators = [
          { name: 'x', weight: 1, baseline: 0, targets: [1, 2, 3, 4, 5], actuals: [1, null, null, null, null] },
        ]),
      'cpts[0].missions[1].indicators[0].actuals[0] : réalisé donné pour l’année 1, mais la mission ne démarre qu’en année 2 (2025-06-01)',
    ],
    [
      'paramètre inconnu',
      (s) => ((s.parameters as Loose).prorata = 'jours'),
      'parameters.prorata : champ inconnu « prorata » (champs admis : fonctionnementIncrease, firstYearFonctionnement',
    ],
    [
      'valeur de paramètre hors choix',
      (s) => (s.parameters.firstYearFonctionnement = 'moitie'),
      'parameters.firstYearFonctionnement : valeur inconnue « moitie » (valeurs admises : integral, avance)',
    ],
    ['part d’avance nulle', (s) => (s.parameters.advanceShare = 0), 'parameters.advanceShare : la valeur doit être comprise entre 0 (exclu) et 1'],
    ['booléen de paramètre', (s) => ((s.parameters as Loose).prorateVariablePart = 'non'), 'parameters.prorateVariablePart : attendu true ou false'],
    ['date de paramètre', (s) => (s.parameters.avenant2EffectiveDate = '2022-13-01'), 'parameters.avenant2EffectiveDate : date impossible « 2022-13-01 »'],
    [
      'paliers décroissants',
      (s) => (s.indicatorMethod.steps = [0.5, 0.25]),
      'indicatorMethod.steps[1] : palier 0.25 : les paliers doivent être strictement croissants',
    ],
    ['palier hors ]0, 1]', (s) => (s.indicatorMethod.steps = [0, 1]), 'indicatorMethod.steps[0] : palier impossible 0 : une fraction dans ]0, 1]'],
    ['méthode inconnue', (s) => (s.indicatorMethod.kind = 'quadratic'), 'indicatorMethod : méthode des indicateurs inconnue'],
    [
      'champ de format 2 dans un fichier de format 1',
      (s) => (s.format = 'aci-cpts-scenario/1'),
      'cpts[0].renewal : champ « renewal » du format 2 : déclarez "format": "aci-cpts-scenario/2" pour l’utiliser',
    ],
    ['champ inconnu dans un versement', (s) => ((s.cpts[0]!.paid[0] as Loose).montant = 3), 'cpts[0].paid[0].montant : champ inconnu « montant »'],
  ])('%s', (_label, mutate, expected) => {
    expect(issuesOf(mutate).join('\n')).toContain(expected);
  });

  test('méthode linéaire : un seul champ', () => {
    const s = base() as Loose;
    s.indicatorMethod = { kind: 'linear' };
    expect(validateScenario(s).ok).toBe(true);
    s.indicatorMethod = { kind: 'linear', steps: [1] };
    expect(validateScenario(s).ok).toBe(false);
  });
});
