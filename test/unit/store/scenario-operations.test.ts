import { validateScenario, type Scenario } from '../../../src/engine';
import {
  deleteScenario,
  duplicateScenario,
  importScenarios,
  renameScenario,
  saveScenario,
  setScenarioStatus,
  type StoreChange,
} from '../../../src/workbook/store/operations';
import type { StoredScenario } from '../../../src/workbook/store/scenario-store';

const stamp = { author: 'Agent CPAM', now: '2026-11-23T09:00:00Z' };
const later = { author: 'Trésorier', now: '2026-11-24T09:00:00Z' };

function scenario(name: string, population = 52000): Scenario {
  const r = validateScenario({
    format: 'aci-cpts-scenario/1',
    name,
    ruleVersion: 'auto',
    cpts: [{ id: 'a', name: 'A', population, signatureDate: '2024-03-15', missions: [] }],
  });
  if (!r.ok) throw new Error('invalide');
  return r.value;
}

function ok(change: StoreChange): readonly StoredScenario[] {
  if (!change.ok) throw new Error(change.message);
  return change.scenarios;
}
function refused(change: StoreChange): string {
  if (change.ok) throw new Error('attendu un refus');
  return change.message;
}

describe('opérations sur les scénarios', () => {
  const first = ok(saveScenario([], scenario('Hypothèse haute'), stamp));

  test('enregistrer : brouillon en révision 1, puis révision suivante', () => {
    expect(first[0]).toMatchObject({ status: 'brouillon', revision: 1, author: 'Agent CPAM', savedAt: stamp.now });
    const again = ok(saveScenario(first, scenario('Hypothèse haute', 60000), later));
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ revision: 2, author: 'Trésorier' });
    expect(again[0]!.scenario.cpts[0]!.population).toBe(60000);
  });

  test('un scénario validé est verrouillé : ni enregistré par-dessus, ni renommé, ni supprimé ; il se duplique', () => {
    const validated = ok(setScenarioStatus(first, 'Hypothèse haute', 'valide', '2026-11-20', later));
    expect(validated[0]).toMatchObject({ status: 'valide', meetingDate: '2026-11-20', revision: 2 });
    const lock =
      'le scénario « Hypothèse haute » est validé (réunion du 2026-11-20) : il ne peut plus être modifié ; dupliquez-le pour travailler sur une copie';
    expect(refused(saveScenario(validated, scenario('Hypothèse haute', 1), later))).toBe(lock);
    expect(refused(renameScenario(validated, 'Hypothèse haute', 'Autre', later))).toBe(lock);
    expect(refused(deleteScenario(validated, 'Hypothèse haute'))).toBe(lock);
    expect(refused(setScenarioStatus(validated, 'Hypothèse haute', 'brouillon', null, later))).toBe(lock);
    const copied = ok(duplicateScenario(validated, 'Hypothèse haute', 'Hypothèse haute (copie)', later));
    expect(copied[1]).toMatchObject({ status: 'brouillon', revision: 1, meetingDate: null });
    expect(copied[1]!.scenario.name).toBe('Hypothèse haute (copie)');
  });

  test('valider exige la date de la réunion', () => {
    expect(refused(setScenarioStatus(first, 'Hypothèse haute', 'valide', null, later))).toBe('indiquez la date de la réunion où le scénario a été validé');
  });

  test('noms : uniques, non vides', () => {
    const two = ok(saveScenario(first, scenario('Hypothèse basse'), stamp));
    expect(refused(renameScenario(two, 'Hypothèse basse', 'Hypothèse haute', later))).toBe('un scénario s’appelle déjà « Hypothèse haute »');
    expect(refused(duplicateScenario(two, 'Hypothèse basse', '  ', later))).toBe('donnez un nom au scénario');
    expect(ok(renameScenario(two, 'Hypothèse basse', 'Hypothèse basse (70 %)', later))[1]!.scenario.name).toBe('Hypothèse basse (70 %)');
  });

  test('supprimer un brouillon ; importer sans écraser', () => {
    expect(ok(deleteScenario(first, 'Hypothèse haute'))).toEqual([]);
    expect(refused(importScenarios(first, [scenario('Hypothèse haute')], later))).toBe('import refusé : un scénario s’appelle déjà « Hypothèse haute »');
    expect(ok(importScenarios(first, [scenario('Importé')], later))[1]).toMatchObject({ status: 'brouillon', revision: 1 });
  });
});
