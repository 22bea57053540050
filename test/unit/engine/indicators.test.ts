import { explainLine, projectionToJson, type IndicatorInput, type ProjectionLine } from '../../../src/engine';
import { fractionOf, fractionValue, indicatorRate } from '../../../src/engine/projection/indicators';
import { Dec } from '../../../src/engine/money/money';
import { projectOne } from './support';

/**
 * The contract's own amounts (barème du classeur), so that a change of the rule tables cannot move these
 * figures: taille 3, accès aux soins 90 000 fixe + 35 000 variable (the taille-3 contract data of aci-rules.md).
 */
const own = { fixed: '1000.00', variable: '1000.00' };
const bareme = {
  label: 'Contrat de test',
  sizes: {
    '3': {
      fonctionnement: '131250.00',
      missions: {
        'acces-soins': { fixed: '90000.00', variable: '35000.00' },
        parcours: own,
        prevention: own,
        'qualite-pertinence': own,
        'accompagnement-professionnels': own,
        'crises-sanitaires': { plan: '45000.00', update: '22500.00', activation: '67500.00' },
      },
    },
  },
};

/** The worked example: weights 2 and 1; 10 → 20 reached 15; 100 → 50 reached 40 (an indicator that must go down). */
const example: IndicatorInput[] = [
  { name: 'Patients avec médecin traitant', weight: 2, baseline: 10, targets: [20, 30, 40, 50, 60], actuals: [15, null, null, null, null] },
  { name: 'Délai de rendez-vous (jours)', weight: 1, baseline: 100, targets: [50, 40, 30, 20, 10], actuals: [40, null, null, null, null] },
];

function accessVariable(indicators: IndicatorInput[], extra: Record<string, unknown> = {}, year = 1): ProjectionLine {
  const cpts = {
    id: 'c',
    name: 'CPTS C',
    population: 100_000,
    signatureDate: '2024-03-15',
    missions: [{ mission: 'acces-soins', startDate: '2024-03-15', rates: [0.9, 0.8, 1, 1, 1], indicators }],
  };
  const p = projectOne(cpts, 'avenant-2', { format: 'aci-cpts-scenario/2', bareme, ...extra });
  const line = p.cpts[0]!.years[year - 1]!.lines.find((l) => l.mission === 'acces-soins' && l.component === 'variable');
  if (!line) throw new Error('pas de part variable');
  return line;
}

describe('indicateurs → taux (convention du classeur)', () => {
  test('exemple du ticket : (2 × 0,5 + 1 × 1) / 3 = 2/3, soit 23 333,33 € sur 35 000 €', () => {
    const line = accessVariable(example);
    // Indicator 1: (15 − 10) / (20 − 10) = 5/10 = 1/2.
    // Indicator 2: (40 − 100) / (50 − 100) = −60 / −50 = 6/5, clamped to 1 (it must go down, and went further).
    const rate = line.indicators!;
    expect(rate.indicators.map((i) => [i.raw.numerator.toString(), i.raw.denominator.toString()])).toEqual([
      ['1', '2'],
      ['6', '5'],
    ]);
    expect(rate.indicators.map((i) => fractionValue(i.achievement).toString())).toEqual(['0.5', '1']);
    // Weighted mean (2 × 1/2 + 1 × 1) / (2 + 1) = 2/3, kept as a fraction.
    expect([rate.rate.numerator.toString(), rate.rate.denominator.toString()]).toEqual(['2', '3']);
    // 35 000 × 2/3 = 23 333,333… → 23 333,33.
    expect(line.max.toFixed(2)).toBe('35000.00');
    expect(line.amount.toFixed(2)).toBe('23333.33');
    expect(line.rateSource).toBe('indicateurs');
  });

  test('une année sans tous ses réalisés garde le taux saisi', () => {
    // Year 2 has no actuals: rates[1] = 0.8 → 35 000 × 0,8 = 28 000.
    const line = accessVariable(example, {}, 2);
    expect(line.rateSource).toBe('saisie');
    expect(line.indicators).toBeUndefined();
    expect(line.amount.toFixed(2)).toBe('28000.00');
    // One indicator out of two known is not enough either: year 1 falls back to rates[0] = 0.9 → 31 500.
    const half = [example[0]!, { ...example[1]!, actuals: [null, null, null, null, null] }];
    const fallback = accessVariable(half);
    expect(fallback.rateSource).toBe('saisie');
    expect(fallback.amount.toFixed(2)).toBe('31500.00');
  });

  test('paliers 25/50/75/100 % : le plus haut palier atteint', () => {
    // 2/3 reaches 50 % but not 75 %: 35 000 × 0,5 = 17 500.
    const line = accessVariable(example, { indicatorMethod: { kind: 'steps', steps: [0.25, 0.5, 0.75, 1] } });
    expect(line.indicators!.step!.toString()).toBe('0.5');
    expect(line.rate.toString()).toBe('0.5');
    expect(line.amount.toFixed(2)).toBe('17500.00');
  });

  test('sous le premier palier, rien', () => {
    // (12 − 10) / (20 − 10) = 0,2 < 25 %: rate 0, amount 0.
    const low: IndicatorInput[] = [{ name: 'A', weight: 1, baseline: 10, targets: [20, 20, 20, 20, 20], actuals: [12, null, null, null, null] }];
    const line = accessVariable(low, { indicatorMethod: { kind: 'steps', steps: [0.25, 0.5, 0.75, 1] } });
    expect(line.indicators!.step).toBeNull();
    expect(line.amount.toFixed(2)).toBe('0.00');
  });

  test('indicateur à faire baisser, atteint en partie ; réalisé pire que le départ compté 0', () => {
    const mission = {
      mission: 'acces-soins' as const,
      startDate: '2024-03-15',
      rates: [1, 1, 1, 1, 1],
      indicators: [
        // (80 − 100) / (50 − 100) = 20/50 = 0,4
        { name: 'baisse', weight: 1, baseline: 100, targets: [50, 50, 50, 50, 50], actuals: [80, 120, null, null, null] },
      ],
    };
    expect(fractionValue(indicatorRate(mission, 1)!.rate).toString()).toBe('0.4');
    // (120 − 100) / (50 − 100) = −0,4 → 0
    expect(fractionValue(indicatorRate(mission, 2)!.rate).toString()).toBe('0');
    expect(indicatorRate(mission, 3)).toBeNull();
  });

  test('un poids nul ne compte pas ; des valeurs décimales restent exactes', () => {
    // Weights 0 and 1,5: only the second counts. (12,5 − 10) / (17,5 − 10) = 2,5/7,5 = 1/3.
    const mission = {
      mission: 'parcours' as const,
      startDate: '2024-03-15',
      rates: [1, 1, 1, 1, 1],
      indicators: [
        { name: 'ignoré', weight: 0, baseline: 0, targets: [1, 1, 1, 1, 1], actuals: [1, null, null, null, null] },
        { name: 'compté', weight: 1.5, baseline: 10, targets: [17.5, 1, 1, 1, 1], actuals: [12.5, null, null, null, null] },
      ],
    };
    const r = indicatorRate(mission, 1)!.rate;
    expect([r.numerator.toString(), r.denominator.toString()]).toEqual(['1', '3']);
  });

  test('fractionOf réduit et garde le dénominateur positif', () => {
    const f = fractionOf(new Dec('-0.6'), new Dec('-0.45'));
    expect([f.numerator.toString(), f.denominator.toString()]).toEqual(['4', '3']);
  });

  test('« Pourquoi ce montant ? » détaille chaque indicateur ; le JSON porte rateSource', () => {
    const line = accessVariable(example);
    const e = explainLine(line);
    expect(e.rateSource).toBe('indicateurs');
    expect(e.indicators!.indicators.map((i) => i.name)).toEqual(['Patients avec médecin traitant', 'Délai de rendez-vous (jours)']);
    // Unrounded exactly 35 000 × 2 / 3 = 23 333,333…
    expect(e.unrounded.toFixed(6)).toBe('23333.333333');
    expect(e.amount.toFixed(2)).toBe('23333.33');
    const json = projectionToJson(
      projectOne(
        {
          id: 'c',
          name: 'C',
          population: 100_000,
          signatureDate: '2024-03-15',
          missions: [{ mission: 'acces-soins', startDate: '2024-03-15', rates: [1, 1, 1, 1, 1], indicators: example }],
        },
        'avenant-2',
        { format: 'aci-cpts-scenario/2', bareme },
      ),
    );
    const lines = json.cpts[0]!.years.map((y) => y.lines.find((l) => l.component === 'variable')!.rateSource);
    expect(lines).toEqual(['indicateurs', 'saisie', 'saisie', 'saisie', 'saisie']);
    const first = json.cpts[0]!.years[0]!.lines.find((l) => l.component === 'variable')!;
    expect([first.rateFraction, first.amount]).toEqual(['2/3', '23333.33']);
    expect(json.cpts[0]!.years[0]!.lines.find((l) => l.component === 'fixe')!.rateSource).toBeUndefined();
  });
});
