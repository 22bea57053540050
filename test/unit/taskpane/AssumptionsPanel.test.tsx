/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { AssumptionsPanel } from '../../../src/taskpane/components/AssumptionsPanel';
import { I18nProvider } from '../../../src/taskpane/i18n-context';

function show(lang: 'fr' | 'en') {
  render(
    <I18nProvider lang={lang}>
      <AssumptionsPanel />
    </I18nProvider>,
  );
  return screen.getByTestId('assumptions').textContent ?? '';
}

describe('AssumptionsPanel', () => {
  it('lists the open choices of each version with value and status, in French', () => {
    const text = show('fr').replace(/[\u202f\u00a0]/g, ' ');
    // Avenant 2 in force from 2022-04-01 (exact date à vérifier); boundaries 40 000 / 80 000 / 175 000 provisoire.
    expect(text).toContain('ACI CPTS, avenant 2 — Entrée en vigueur : 01/04/2022');
    expect(text).toContain('Populations en limite de taille : 40 000, 80 000, 175 000');
    expect(text).toContain('Décompte du prorata : jours restants ÷ jours de l’année de contrat');
    expect(text).toContain('Seuil de déclenchement de la part variable : 0 %');
    expect(text).toContain('à vérifier');
    // Confirmed parameters (the 75 % advance, ACI art. 9.1) are not listed as open.
    expect(text).not.toContain('Part versée en avance');
  });

  it('speaks English when asked', () => {
    expect(show('en')).toContain('Calculation assumptions');
  });
});
