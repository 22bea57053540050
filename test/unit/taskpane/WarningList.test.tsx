/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { project } from '../../../src/engine';
import { WarningList } from '../../../src/taskpane/components/WarningList';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import { placeIssues } from '../../../src/workbook/inputs/read-inputs';
import type { CellRef, WorkbookIssue } from '../../../src/workbook/port';
import { scenario } from '../engine/support';

/**
 * Warnings a person reads: the engine's warnings of a small department, placed on cells as the workbook does.
 * Two CPTS of 40 000 inhabitants (a size boundary the text leaves open), one of 30 000, none renewed; every
 * contract's mandatory missions are missing (no missions), so the set also has « mission absente » warnings.
 */
const s = scenario({
  format: 'aci-cpts-scenario/2',
  name: 'test',
  ruleVersion: 'avenant-2',
  cpts: [
    { id: 'a', name: 'A', population: 30_000, signatureDate: '2022-09-01', missions: [] },
    { id: 'b', name: 'B', population: 40_000, signatureDate: '2023-01-15', missions: [] },
    { id: 'c', name: 'C', population: 40_000, signatureDate: '2023-01-15', missions: [] },
  ],
});
const cellOf = (path: string): CellRef | null => {
  const m = /^cpts\[(\d)\]\.population$/.exec(path);
  return m ? { sheet: 'Paramètres CPTS', address: `C${4 + Number(m[1])}` } : null;
};
const warnings: WorkbookIssue[] = [...placeIssues(project(s).warnings, cellOf), { path: '', message: 'une remarque du classeur', cell: null }];

function renderList(lang: 'fr' | 'en') {
  const selected: CellRef[] = [];
  render(
    <I18nProvider lang={lang}>
      <WarningList warnings={warnings} onSelect={(c) => selected.push(c)} />
    </I18nProvider>,
  );
  return selected;
}

describe('WarningList', () => {
  it('shows one line per kind with its count, size-boundary warnings first, the cells behind a disclosure', () => {
    const selected = renderList('fr');
    const lines = within(screen.getByTestId('warning-list'))
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.closest('li') === null);
    expect(lines[0]!.querySelector('summary')!.textContent).toBe('Population sur une limite de taille (2)');
    expect(screen.getByTestId('warning-group-mission-missing').querySelector('summary')!.textContent).toMatch(/^Mission socle absente \(\d+\)$/);
    fireEvent.click(within(screen.getByTestId('warning-group-size-boundary')).getByRole('button', { name: /C6$/, hidden: true }));
    expect(selected).toEqual([{ sheet: 'Paramètres CPTS', address: 'C6' }]);
    // The set's one « contracts end » warning, alone on its line: 3 contracts, the last balance paid 2028-01-15.
    expect(screen.getByText(/^3 contrats se terminent avant le 31\/12\/2028 sans renouvellement supposé/)).toBeTruthy();
    expect(screen.getByText('une remarque du classeur')).toBeTruthy();
  });

  it('speaks English in English mode, dates as dd/mm/yyyy', () => {
    renderList('en');
    expect(screen.getByTestId('warning-group-size-boundary').querySelector('summary')!.textContent).toBe('Population on a size boundary (2)');
    expect(screen.getByText(/^3 contracts end before 31\/12\/2028 without an assumed renewal/)).toBeTruthy();
    expect(screen.getAllByText(/— 40000 inhabitants: the text does not say which side/)).toHaveLength(2);
  });
});
