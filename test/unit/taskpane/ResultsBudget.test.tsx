/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { project } from '../../../src/engine';
import { ResultsView } from '../../../src/taskpane/components/ResultsView';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import { scenario } from '../engine/support';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/**
 * The pane's set view leads with calendar years. One taille-1 CPTS signed 2022-09-01 with only its
 * fonctionnement (avenant 2 forced: 87 500 a year), a renewal assumed and an ARS aid of 15 000 € on 2022-03-01.
 * 2027: contract 1's year-5 balance 25 % × 87 500 = 21 875 on 2027-09-01, and the renewal's year 1 in full,
 * 87 500 the same day: 109 375, of which 87 500 assumed.
 */
const projection = project(
  scenario({
    format: 'aci-cpts-scenario/2',
    name: 'test',
    ruleVersion: 'avenant-2',
    cpts: [
      {
        id: 'a',
        name: 'CPTS A',
        population: 30_000,
        signatureDate: '2022-09-01',
        renewal: true,
        horsAci: [{ kind: 'aide-demarrage-ars', date: '2022-03-01' }],
        missions: [],
      },
    ],
  }),
);

describe('ResultsView: a budget by calendar year', () => {
  beforeEach(() => {
    render(
      <I18nProvider lang="fr">
        <ResultsView projection={projection} today="2026-06-01" />
      </I18nProvider>,
    );
  });

  it('shows the set by calendar year with the part resting on the renewal and hors ACI apart, no contract years', () => {
    expect(screen.getByTestId('set-calendar-2027').textContent).toBe(`109${NNBSP}375,00${NBSP}€`);
    expect(screen.getByTestId('set-calendar-2027-renewal').textContent).toBe(`87${NNBSP}500,00${NBSP}€`);
    expect(screen.getByTestId('set-calendar-2022-hors-aci').textContent).toBe(`15${NNBSP}000,00${NBSP}€`);
    // ACI: ten contract years of 87 500 = 875 000; y compris hors ACI: 890 000.
    expect(screen.getByTestId('set-calendar-total').textContent).toBe(`875${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('set-calendar-total-including').textContent).toBe(`890${NNBSP}000,00${NBSP}€`);
    expect(screen.queryByTestId('set-contract')).toBeNull();
  });

  it('keeps contract years per CPTS, the renewal’s named apart, and lists its hors ACI line', () => {
    expect(screen.getByTestId('cpts-contract-R1').textContent).toBe(`87${NNBSP}500,00${NBSP}€`);
    expect(screen.getByText('Renouvellement, année 1')).toBeTruthy();
    expect(screen.getByTestId('cpts-hors-aci').textContent).toContain('Hors ACI — aide au démarrage ARS');
  });
});
