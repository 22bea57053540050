/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ScenariosPanel } from '../../../src/taskpane/components/ScenariosPanel';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { NoCss } from './no-css';

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

/** The panel on the real in-memory workbook: each action through the port, the sheet as the truth. */
async function setUp() {
  const workbook = new MemoryWorkbook({ clock: () => '2026-11-23T12:00:00.000Z' });
  await workbook.insertTemplate('ask');
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
    // Without Fluent's CSS in jsdom: it made every query slow (see no-css.tsx).
    { wrapper: NoCss },
  );
  await screen.findByText('Aucun scénario enregistré.');
  return { workbook, changes: () => changed };
}

async function names(workbook: MemoryWorkbook): Promise<string[]> {
  const list = await workbook.listScenarios();
  return list.ok ? list.scenarios.map((s) => `${s.scenario.name} r${s.revision} ${s.status}`) : [];
}

async function save(name: string): Promise<void> {
  fireEvent.change(screen.getByTestId('scenario-name'), { target: { value: name } });
  fireEvent.click(screen.getByTestId('save-scenario'));
}

/**
 * Answers the open question. Under jsdom, Fluent's focus manager (tabster) may leave an open dialog marked
 * aria-hidden, as focus does not move as in a browser: roles are looked up with `hidden`. The browser tests
 * check the same dialogs by their accessible roles, and axe checks them.
 */
async function answer(button: string): Promise<void> {
  const dialog = await screen.findByRole('alertdialog', { hidden: true });
  fireEvent.click(within(dialog).getByRole('button', { name: button, hidden: true }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
}

async function act(name: string, action: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: `Actions : ${name}` }));
  fireEvent.click(await screen.findByRole('menuitem', { name: action }));
}

describe('ScenariosPanel on the memory workbook', () => {
  // Two flows rather than one long one: each stays well inside jest's 5 s on a loaded machine.
  it('saves, and asks before a new revision', async () => {
    const { workbook } = await setUp();
    await save('A');
    await screen.findByText('Scénario « A » enregistré (révision 1).');
    expect(await names(workbook)).toEqual(['A r1 brouillon']);

    // Saving under the same name asks first; « Annuler » saves nothing.
    await save('A');
    await answer('Annuler');
    expect(await names(workbook)).toEqual(['A r1 brouillon']);
    await save('A');
    await answer('Nouvelle révision');
    await screen.findByText('Scénario « A » enregistré (révision 2).');
    expect(await names(workbook)).toEqual(['A r2 brouillon']);
  });

  it('renames, duplicates and deletes after asking', async () => {
    const { workbook } = await setUp();
    await save('A');
    await screen.findByText('Scénario « A » enregistré (révision 1).');

    await act('A', 'Renommer…');
    fireEvent.change(await screen.findByTestId('dialog-field-0'), { target: { value: 'B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Renommer', hidden: true }));
    await screen.findByText('« A » renommé « B ».');

    await act('B', 'Dupliquer…');
    await waitFor(() => expect((screen.getByTestId('dialog-field-0') as HTMLInputElement).value).toBe('B (copie)'));
    fireEvent.click(screen.getByRole('button', { name: 'Dupliquer', hidden: true }));
    await screen.findByText('« B » dupliqué en « B (copie) » (brouillon).');
    // Renaming is a new revision (2); the copy starts again at 1.
    expect(await names(workbook)).toEqual(['B r2 brouillon', 'B (copie) r1 brouillon']);

    await act('B', 'Supprimer…');
    await answer('Supprimer');
    await screen.findByText('Scénario « B » supprimé.');
    expect(await names(workbook)).toEqual(['B (copie) r1 brouillon']);
  });

  it('marks a scenario réalisé after asking, then refuses to save over it, saying why', async () => {
    const { workbook } = await setUp();
    await save('Réel');
    await screen.findByText('Scénario « Réel » enregistré (révision 1).');
    await act('Réel', 'Marquer réalisé…');
    await answer('Marquer réalisé');
    await screen.findByText('Scénario « Réel » marqué réalisé : il est verrouillé.');
    expect(await names(workbook)).toEqual(['Réel r2 realise']);
    await save('Réel');
    const refused = await screen.findByTestId('scenario-refused');
    expect(refused.textContent).toMatch(/Action refusée : rien n’a été modifié/);
    expect(refused.textContent).toMatch(/réalisé : il ne peut plus être modifié/);
    expect(await names(workbook)).toEqual(['Réel r2 realise']);
  });

  it('applies a scenario only after a yes, and tells the pane its inputs changed', async () => {
    const { changes } = await setUp();
    await save('A');
    await screen.findByText('Scénario « A » enregistré (révision 1).');
    await act('A', 'Appliquer aux saisies…');
    await answer('Annuler');
    expect(changes()).toBe(0);
    await act('A', 'Appliquer aux saisies…');
    await answer('Remplacer les saisies');
    await screen.findByText(/Scénario « A » appliqué aux tableaux de saisie/);
    expect(changes()).toBe(1);
  });
});
