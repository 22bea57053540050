import { readFileSync } from 'fs';
import { join } from 'path';
import { Dec, HORS_ACI_RULES, parseScenarioJson, project, projectionToJson } from '../../../src/engine';

/** The department example shipped in assets/examples/: twelve CPTS signed 2020–2025, renewals and hors ACI lines. */
const text = readFileSync(join(__dirname, '../../../assets/examples/departement-douze-cpts.json'), 'utf8');
const parsed = parseScenarioJson(text);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const s = parsed.value;
const json = projectionToJson(project(s));

describe('the department example', () => {
  it('holds a dozen CPTS signed from 2020 to 2025, half of them renewed, some with hors ACI lines', () => {
    expect(s.cpts).toHaveLength(12);
    expect(new Set(s.cpts.map((c) => c.signatureDate.slice(0, 4)))).toEqual(new Set(['2020', '2021', '2022', '2023', '2024', '2025']));
    expect(s.cpts.filter((c) => c.renewal === true)).toHaveLength(6);
    expect(json.cpts.map((c) => c.years.length)).toEqual(s.cpts.map((c) => (c.renewal ? 10 : 5)));
  });

  it('says the six contracts not renewed end before the last year shown', () => {
    // The last assumed renewal (CPTS du Grand Besançon, signed 2023-07-01) ends 2033-06-30; its last balance is
    // paid on 2033-07-01: horizon 31/12/2033.
    expect(json.warnings.filter((w) => w.includes('sans renouvellement supposé'))).toEqual([
      '6 contrats se terminent avant le 31/12/2033 sans renouvellement supposé : les années civiles jusqu’à 2033 ne comptent rien après leur fin',
    ]);
  });

  it('keeps hors ACI apart: per calendar year, from the rule table by size where no amount is entered', () => {
    const ars = new Dec(HORS_ACI_RULES['aide-demarrage-ars'].amount[1].value); // 15 000 whatever the size
    const forfait = (size: 1 | 2 | 3 | 4) => new Dec(HORS_ACI_RULES['forfait-lettre-intention'].amount[size].value);
    // 2022: ARS aid (Haute-Saône Sud) + forfaits of three taille-2 CPTS (45 000, 60 000, 75 000 inhabitants)
    //   = 15 000 + 3 × 17 500 = 67 500.
    // 2023: two ARS aids (Plateau; Portes du Jura, entered as 15 000) + the taille-3 forfait (Grand Besançon, 130 000)
    //   = 30 000 + 25 000 = 55 000.
    // 2024: the taille-2 forfait (Portes du Jura) + ARS aid and taille-3 forfait (Val de Saône) = 17 500 + 15 000 + 25 000 = 57 500.
    expect(json.horsAciByCalendarYear).toEqual({
      '2019': ars.toFixed(2),
      '2021': ars.toFixed(2),
      '2022': ars.plus(forfait(2).times(3)).toFixed(2),
      '2023': ars.times(2).plus(forfait(3)).toFixed(2),
      '2024': forfait(2).plus(ars).plus(forfait(3)).toFixed(2),
    });
    // ACI totals never include them.
    expect(new Dec(json.totalIncludingHorsAci).minus(json.total).toFixed(2)).toBe(json.horsAciTotal);
    const aciPaid = Object.values(json.totalsByCalendarYear).reduce((t, a) => t.plus(a), new Dec(0));
    expect(aciPaid.toFixed(2)).toBe(json.total);
  });
});
