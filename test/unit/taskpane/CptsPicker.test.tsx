/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { project } from '../../../src/engine';
import { ResultsView } from '../../../src/taskpane/components/ResultsView';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import { scenario } from '../engine/support';
import { NoCss } from './no-css';

/** A department of 60 CPTS, « CPTS 1 » to « CPTS 60 »: the picker lists 50 and says how many more there are. */
const projection = project(
  scenario({
    format: 'aci-cpts-scenario/2',
    name: 'Département',
    ruleVersion: 'avenant-2',
    cpts: Array.from({ length: 60 }, (_, i) => ({
      id: `c${i + 1}`,
      name: `CPTS ${i + 1}`,
      population: 30_000,
      signatureDate: '2024-01-01',
      missions: [],
    })),
  }),
);

describe('le choix de la CPTS détaillée', () => {
  beforeEach(() => {
    render(
      <NoCss>
        <I18nProvider lang="fr">
          <ResultsView projection={projection} today="2026-06-01" />
        </I18nProvider>
      </NoCss>,
    );
  });

  it('liste les 50 premières CPTS et compte les autres ; une partie du nom filtre, le choix détaille la CPTS', () => {
    const picker = screen.getByTestId('cpts-select');
    expect((picker as HTMLInputElement).value).toBe('CPTS 1');
    fireEvent.click(picker);
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')).toHaveLength(51);
    expect(list.textContent).toContain('… et 10 autres : tapez une partie du nom');
    // « 5 » matches CPTS 5, 15, 25, 35, 45, 50 to 59: 15 CPTS.
    fireEvent.change(picker, { target: { value: '5' } });
    const matches = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(matches.map((o) => o.textContent)).toEqual([
      'CPTS 5',
      'CPTS 15',
      'CPTS 25',
      'CPTS 35',
      'CPTS 45',
      ...Array.from({ length: 10 }, (_, i) => `CPTS ${50 + i}`),
    ]);
    fireEvent.click(matches[7]!);
    expect((picker as HTMLInputElement).value).toBe('CPTS 52');
    expect(screen.getByRole('heading', { level: 2, name: /^CPTS 52/ })).toBeTruthy();
  });

  it('dit quand aucune CPTS ne correspond', () => {
    const picker = screen.getByTestId('cpts-select');
    fireEvent.click(picker);
    fireEvent.change(picker, { target: { value: 'Lyon' } });
    expect(screen.getByRole('listbox').textContent).toBe('Aucune CPTS de ce nom');
  });
});
