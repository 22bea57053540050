import { explainLine, findRuleVersion, type ProjectionLine } from '../../../src/engine';
import { projectOne } from './support';

/** Taille 2 (52 000 inhabitants), signed 2024-03-15 under avenant 2; prévention started 2024-09-15 (181/365). */
function lines(): readonly ProjectionLine[] {
  const cpts = {
    id: 'a',
    name: 'CPTS A',
    population: 52000,
    signatureDate: '2024-03-15',
    missions: [{ mission: 'prevention', startDate: '2024-09-15', rates: [0.5, 1, 1, 1, 1] }],
  };
  return projectOne(cpts, 'avenant-2').cpts[0]!.years[0]!.lines;
}

function find(mission: string, component: string): ProjectionLine {
  const l = lines().find((x) => x.mission === mission && x.component === component);
  if (!l) throw new Error(`${mission}/${component}`);
  return l;
}

describe('explainLine', () => {
  it('gives every term of a prorated variable part and its rounding', () => {
    const e = explainLine(find('prevention', 'variable'));
    expect(e.ruleVersion).toBe('avenant-2');
    expect(e.ruleLabel).toBe('ACI CPTS, avenant 2');
    expect(e.reference).toBe(findRuleVersion('avenant-2')!.missions.prevention.variable[2].ref);
    expect(e.status).toBe('to-verify');
    expect(e.provisional).toBe(true);
    expect(e.max.toFixed(2)).toBe('15000.00');
    expect(e.prorata && [e.prorata.days, e.prorata.daysInYear]).toEqual([181, 365]);
    expect(e.rate?.toString()).toBe('0.5');
    // 15 000 × 181 / 365 × 0.5 = 3 719.178082… → 3 719.18
    expect(e.unrounded.toFixed(6)).toBe('3719.178082');
    expect(e.amount.toFixed(2)).toBe('3719.18');
    expect(e.rounded).toBe(true);
    // avenant 2 sets no threshold (0 %): nothing to mention
    expect(e.threshold).toBeNull();
  });

  it('has no rate for a fixed amount and no rounding for a round figure', () => {
    const e = explainLine(find('fonctionnement', 'fonctionnement'));
    // taille 2 fonctionnement under avenant 2: 60 000 × 1.75 = 105 000, derived: not provisional (only « à vérifier »
    // and « provisoire » amounts are)
    expect(e.rate).toBeNull();
    expect(e.prorata).toBeNull();
    expect(e.amount.toFixed(2)).toBe('105000.00');
    expect(e.rounded).toBe(false);
    expect(e.status).toBe('derived');
    expect(e.provisional).toBe(false);
  });

  it('treats the user’s own barème as confirmed', () => {
    const line = find('prevention', 'fixe');
    const e = explainLine({ ...line, source: { ...line.source, reference: 'barème du classeur', status: 'contract' } });
    expect(e.provisional).toBe(false);
  });
});
