/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { project, type Scenario } from '../../../src/engine';
import { AssumptionsPanel } from '../../../src/taskpane/components/AssumptionsPanel';
import { I18nProvider } from '../../../src/taskpane/i18n-context';

/** CPTS Exemple, taille 2, signed 2024-03-15 under avenant 2 (forced): fonctionnement 105 000 €, 60 000 € before the rise. */
const SCENARIO: Scenario = {
  format: 'aci-cpts-scenario/1',
  name: 'Exemple',
  ruleVersion: 'avenant-2',
  cpts: [{ id: 'exemple', name: 'CPTS Exemple', population: 52_000, signatureDate: '2024-03-15', missions: [] }],
};

function show(lang: 'fr' | 'en', scenario: Scenario | null) {
  render(
    <I18nProvider lang={lang}>
      <AssumptionsPanel scenario={scenario} projection={scenario ? project(scenario) : null} />
    </I18nProvider>,
  );
  const details = screen.getByTestId('assumptions') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return () => (screen.getByTestId('assumptions').textContent ?? '').replace(/[\u202f\u00a0]/g, ' ');
}

describe('AssumptionsPanel', () => {
  it('lists every open rule, the biggest effect first, with its value, status and effect in euros', async () => {
    const text = show('fr', SCENARIO);
    // One re-run per parameter, a frame apart, while the panel is open.
    await waitFor(() => expect(screen.getByTestId('assumptions').dataset.effects).toBe('8/8'));
    const items = screen.getAllByRole('listitem').map((li) => (li.textContent ?? '').replace(/[\u202f\u00a0]/g, ' '));
    // (60 000 − 105 000) = −45 000 € a year in years 2 to 5, −180 000 € in all.
    expect(items[0]).toContain('Hausse de 75 % du fonctionnement (avenant 2) : chaque année');
    expect(items[0]).toContain('à vérifier');
    expect(items[0]).toMatch(/si versement à la signature seulement : [-−]45 000,00 €\/an pour CPTS Exemple ; [-−]180 000,00 € sur la durée des contrats/);
    // Year 1 paid as a 75 % advance: 105 000 × 25 % = 26 250 € moved from 2024 to 2025, same total.
    expect(text()).toMatch(/si avance de 75 % : total inchangé, versements décalés \(2024 : [-−]26 250,00 €, 2025 : \+26 250,00 €\)/);
    expect(text()).toContain('Part versée en avance : 75 %');
    expect(text()).toContain('aucune autre lecture dans les sources');
    expect(items).toHaveLength(8);
  });

  it('before any run, shows the values and sources without effects, in English when asked', () => {
    const text = show('en', null);
    expect(text()).toContain('Calculation assumptions');
    expect(text()).toContain('The effect in euros of each other reading shows after a calculation.');
    expect(text()).toContain('Prorata day count : actual days');
  });
});
