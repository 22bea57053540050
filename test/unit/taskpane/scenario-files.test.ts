import { parseScenarioJson, type Scenario } from '../../../src/engine';
import { freeName } from '../../../src/taskpane/scenario-actions';
import { MAX_IMPORT_BYTES, parseScenarioFile, scenarioFileName, scenarioFileText, scenariosFileText } from '../../../src/taskpane/scenario-files';

const scenario = (name: string, population = 52000): Scenario => ({
  format: 'aci-cpts-scenario/2',
  name,
  ruleVersion: 'auto',
  cpts: [
    {
      id: 'c1',
      name: 'CPTS Une',
      population,
      signatureDate: '2024-03-15',
      missions: [{ mission: 'acces-soins', startDate: '2024-03-15', rates: [1, 1, 0.8, 0.8, 0.8] }],
    },
  ],
});

describe('scenario files', () => {
  it('exports one scenario in the scenario format exactly: the CLI and the import read it back identical', () => {
    const text = scenarioFileText(scenario('Hypothèse haute'));
    expect(JSON.parse(text)).toEqual(scenario('Hypothèse haute'));
    const back = parseScenarioJson(text);
    expect(back.ok && back.value).toEqual(scenario('Hypothèse haute'));
  });

  it('exports a scenario read from a format-1 file in format 2', () => {
    const old = { ...scenario('Ancien'), format: 'aci-cpts-scenario/1' as const };
    expect(JSON.parse(scenarioFileText(old)).format).toBe('aci-cpts-scenario/2');
    expect(JSON.parse(scenariosFileText([old]))[0].format).toBe('aci-cpts-scenario/2');
  });

  it('exports « all » as an array, which imports back as the same scenarios in the same order', () => {
    const all = [scenario('A'), scenario('B', 90000)];
    expect(parseScenarioFile(scenariosFileText(all))).toEqual({ ok: true, scenarios: all });
  });

  it('imports a single scenario file', () => {
    expect(parseScenarioFile(scenarioFileText(scenario('A')))).toEqual({ ok: true, scenarios: [scenario('A')] });
  });

  it('lists every problem in French, naming the scenario of an array by its position', () => {
    const outcome = parseScenarioFile(JSON.stringify([scenario('A'), scenario('B', -5), scenario('A')]));
    expect(outcome).toEqual({
      ok: false,
      errors: ['scénario n° 2 : cpts[0].population : la population doit être un entier positif (reçu : -5)', 'le nom « A » figure deux fois dans le fichier'],
    });
  });

  it('refuses malformed JSON, an empty array and an oversized file', () => {
    const bad = parseScenarioFile('{oops');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]).toMatch(/^le fichier n’est pas un JSON valide/);
    const badArray = parseScenarioFile('[{oops');
    expect(!badArray.ok && badArray.errors[0]).toMatch(/^le fichier n’est pas un JSON valide/);
    expect(parseScenarioFile('[]')).toEqual({ ok: false, errors: ['le fichier ne contient aucun scénario (tableau vide)'] });
    // 5 000 001 bytes: 5,000001 Mo, said as 6 Mo (rounded up).
    expect(parseScenarioFile('{}', MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, errors: ['fichier trop volumineux (6 Mo ; 5 Mo au plus)'] });
  });

  it('names files without accents, spaces or symbols', () => {
    expect(scenarioFileName('Hypothèse haute')).toBe('hypothese-haute.json');
    expect(scenarioFileName('Hypothèse basse (70 %)')).toBe('hypothese-basse-70.json');
    expect(scenarioFileName('« »')).toBe('scenario.json');
  });

  it('proposes the first free name', () => {
    expect(freeName('A', ['B'])).toBe('A');
    expect(freeName('A', ['A'])).toBe('A (2)');
    expect(freeName('A', ['A', 'A (2)', 'A (3)'])).toBe('A (4)');
    expect(freeName('A (2)', ['A (2)'])).toBe('A (3)');
  });
});
