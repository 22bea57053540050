/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ScenariosPanel } from '../../../src/taskpane/components/ScenariosPanel';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import { SHEETS } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { NoCss } from './no-css';

/** Under jsdom, Fluent's focus manager may leave an open dialog aria-hidden: roles are looked up with `hidden`. */
async function answer(button: string, text?: RegExp): Promise<void> {
  const dialog = await screen.findByRole('alertdialog', { hidden: true }, { timeout: 4000 });
  if (text) expect(dialog.textContent).toMatch(text);
  fireEvent.click(within(dialog).getByRole('button', { name: button, hidden: true }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
}

describe('« Appliquer » sur des saisies qui contiennent des formules', () => {
  it('nomme les cellules à formule, demande encore, et ne remplace qu’après un oui', async () => {
    const workbook = new MemoryWorkbook({ clock: () => '2026-11-23T12:00:00.000Z' });
    await workbook.insertTemplate('ask');
    await workbook.saveScenario('A', null);
    workbook.setFormula(SHEETS.cpts, 'C4', '=50000+2000', 52000);
    let changed = 0;
    render(
      <I18nProvider lang="fr">
        <ScenariosPanel
          port={workbook}
          author="Marie"
          onAuthor={() => undefined}
          onSelect={() => undefined}
          onInputsChanged={() => changed++}
          disabled={false}
          onBusyChange={() => undefined}
        />
      </I18nProvider>,
      { wrapper: NoCss },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Actions : A' }, { timeout: 4000 }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Appliquer aux saisies…' }));
    await answer('Remplacer les saisies');
    await answer('Annuler', /Remplacer des formules \?.*'Paramètres CPTS'!C4/s);
    expect(workbook.formulaAt(SHEETS.cpts, 'C4')).toBe('=50000+2000');
    expect(changed).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Actions : A' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Appliquer aux saisies…' }));
    await answer('Remplacer les saisies');
    await answer('Remplacer aussi les formules');
    await screen.findByText(/Scénario « A » appliqué aux tableaux de saisie/, {}, { timeout: 4000 });
    expect(workbook.formulaAt(SHEETS.cpts, 'C4')).toBeNull();
    expect(changed).toBe(1);
  }, 40_000);
});
