/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { Dec, project, setBudget } from '../../../src/engine';
import { formatMoney } from '../../../src/taskpane/format';
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

describe('ResultsView: the hors ACI amounts to come, apart from the ACI payments', () => {
  it('lists the ARS aid with its nature in its own table, the ACI total without it, and a total including it', () => {
    render(
      <I18nProvider lang="fr">
        <ResultsView projection={projection} today="2022-01-15" />
      </I18nProvider>,
    );
    // From 2022-01-15 to 2023-01-14: ACI, year 1's fonctionnement in full on 2022-09-01 (87 500); hors ACI, the
    // ARS aid on 2022-03-01 (15 000, the rule table's); y compris hors ACI 102 500.
    expect(screen.getByTestId('set-upcoming-total').textContent).toBe(`87${NNBSP}500,00${NBSP}€`);
    expect(screen.getByTestId('set-upcoming').textContent).not.toContain('Hors ACI');
    const horsAci = screen.getByTestId('set-upcoming-hors-aci');
    expect(horsAci.textContent).toContain('01/03/2022');
    expect(horsAci.textContent).toContain('Hors ACI — aide au démarrage ARS');
    expect(screen.getByTestId('set-upcoming-hors-aci-total').textContent).toBe(`15${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('set-upcoming-including').textContent).toBe(`102${NNBSP}500,00${NBSP}€`);
  });
});

describe('ResultsView: the share of each calendar year resting on provisional amounts', () => {
  it('shows, beside the renewal part, the euros of the year resting on provisional amounts, the « Budget annuel » figures', () => {
    // Avenant 2 forced, taille 1 signed 2022-09-01: fonctionnement 87 500 (confirmed), access 57 600 fixed
    // (provisional), crisis plan 25 000 (provisional). 2022: A pays 87 500 + 75 % × 57 600 = 43 200 + 75 % × 25 000 =
    // 18 750; B pays 87 500 + 43 200. Provisional: 43 200 × 2 + 18 750 = 105 150 of the 280 150 of ACI.
    const p = project(
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
            missions: [
              { mission: 'acces-soins', startDate: '2022-09-01', rates: [1, 1, 1, 1, 0.5] },
              { mission: 'crises-sanitaires', startDate: '2022-09-01', crisisYears: [2] },
            ],
          },
          {
            id: 'b',
            name: 'CPTS B',
            population: 30_000,
            signatureDate: '2022-09-01',
            missions: [{ mission: 'acces-soins', startDate: '2022-09-01', rates: [1, 1, 1, 1, 1] }],
          },
        ],
      }),
    );
    render(
      <I18nProvider lang="fr">
        <ResultsView projection={p} today="2026-06-01" />
      </I18nProvider>,
    );
    const table = screen.getByTestId('set-calendar');
    const headers = [...table.querySelectorAll('thead th')].map((h) => h.textContent);
    expect(headers.indexOf('dont montants provisoires')).toBe(headers.indexOf('dont renouvellement supposé') + 1);
    expect(screen.getByTestId('set-calendar-2022').textContent).toBe(`280${NNBSP}150,00${NBSP}€`);
    expect(screen.getByTestId('set-calendar-2022-provisional').textContent).toBe(`105${NNBSP}150,00${NBSP}€`);
    // The total is the sum of the years' provisional parts, each the engine's (budget.ts) figure.
    const sum = setBudget(p).reduce((acc, b) => acc.plus(b.provisional), new Dec(0));
    expect(screen.getByTestId('set-calendar-total-provisional').textContent).toBe(formatMoney(sum, 'fr'));
  });
});
