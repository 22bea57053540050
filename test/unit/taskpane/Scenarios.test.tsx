/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Scenario } from '../../../src/engine';
import { ScenarioList } from '../../../src/taskpane/components/ScenarioList';
import { ScenariosPanel } from '../../../src/taskpane/components/ScenariosPanel';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import type { ScenarioAction } from '../../../src/taskpane/scenario-actions';
import type { ScenarioStoreOutcome, StoredScenario } from '../../../src/workbook/port';
import { IdlePort } from './idle-port';
import { NoCss } from './no-css';

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
      missions: [{ mission: 'acces-soins', startDate: '2024-03-15', rates: [1, 1, 1, 1, 1] }],
    },
  ],
});
// Noon UTC: the same calendar day in every time zone the tests may run in.
const SAVED_AT = '2026-11-23T12:00:00.000Z';
const draft: StoredScenario = {
  scenario: scenario('Hypothèse haute'),
  status: 'brouillon',
  meetingDate: null,
  revision: 3,
  author: 'Marie',
  savedAt: SAVED_AT,
};
const validated: StoredScenario = {
  scenario: scenario('Hypothèse basse'),
  status: 'valide',
  meetingDate: '2026-01-15',
  revision: 2,
  author: null,
  savedAt: SAVED_AT,
};
const realised: StoredScenario = { scenario: scenario('Réalisé 2025'), status: 'realise', meetingDate: null, revision: 4, author: null, savedAt: SAVED_AT };

function renderList(lang: 'fr' | 'en' = 'fr') {
  const actions: [ScenarioAction, string][] = [];
  const picks: [string, boolean][] = [];
  render(
    <I18nProvider lang={lang}>
      <ScenarioList
        scenarios={[draft, validated, realised]}
        picked={['Hypothèse basse']}
        disabled={false}
        onAction={(a, s) => actions.push([a, s.scenario.name])}
        onPick={(n, on) => picks.push([n, on])}
      />
    </I18nProvider>,
    { wrapper: NoCss },
  );
  return { actions, picks };
}

const item = (name: string): HTMLElement => {
  const found = screen.getAllByTestId('scenario-item').find((li) => li.getAttribute('data-name') === name);
  if (!found) throw new Error(`no item ${name}`);
  return found;
};

async function menuOf(name: string): Promise<string[]> {
  fireEvent.click(screen.getByRole('button', { name: `Actions : ${name}` }));
  const items = await screen.findAllByRole('menuitem');
  return items.map((i) => i.textContent ?? '');
}

describe('ScenarioList', () => {
  it('shows status, revision, author and date; a draft is not locked', () => {
    renderList();
    const li = item('Hypothèse haute');
    expect(li.getAttribute('data-locked')).toBe('false');
    expect(within(li).getByTestId('scenario-status').textContent).toBe('brouillon');
    expect(within(li).queryByTestId('scenario-locked')).toBeNull();
    expect(li.textContent).toMatch(/révision 3 · par Marie · enregistré le 23\/11\/2026 \d{2}:\d{2}/);
  });

  it('shows a validated scenario with its meeting date and locked; réalisé is locked too', () => {
    renderList();
    const li = item('Hypothèse basse');
    expect(li.getAttribute('data-locked')).toBe('true');
    expect(within(li).getByTestId('scenario-status').textContent).toBe('validé (réunion du 15/01/2026)');
    expect(within(li).getByTestId('scenario-locked').textContent).toBe('verrouillé');
    // No author saved: the line does not say « par ».
    expect(li.textContent).not.toMatch(/par /);
    expect(within(item('Réalisé 2025')).getByTestId('scenario-status').textContent).toBe('réalisé');
    expect(item('Réalisé 2025').getAttribute('data-locked')).toBe('true');
  });

  it('offers every action on a draft', async () => {
    renderList();
    expect(await menuOf('Hypothèse haute')).toEqual([
      'Appliquer aux saisies…',
      'Exporter (.json)',
      'Dupliquer…',
      'Renommer…',
      'Supprimer…',
      'Valider…',
      'Marquer réalisé…',
    ]);
  });

  it('offers a locked scenario no change: apply, export and duplicate only', async () => {
    const { actions } = renderList();
    expect(await menuOf('Hypothèse basse')).toEqual(['Appliquer aux saisies…', 'Exporter (.json)', 'Dupliquer…']);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Dupliquer…' }));
    expect(actions).toEqual([['duplicate', 'Hypothèse basse']]);
  });

  it('picks scenarios for the comparison by their boxes', () => {
    const { picks } = renderList();
    expect((screen.getByRole('checkbox', { name: 'Comparer « Hypothèse basse »' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Comparer « Hypothèse haute »' }));
    expect(picks).toEqual([['Hypothèse haute', true]]);
  });

  it('speaks English', () => {
    renderList('en');
    expect(within(item('Hypothèse basse')).getByTestId('scenario-status').textContent).toBe('validated (meeting of 15/01/2026)');
    expect(within(item('Hypothèse basse')).getByTestId('scenario-locked').textContent).toBe('locked');
  });
});

/** A workbook holding one draft, recording what is imported. */
class StorePort extends IdlePort {
  readonly imported: (readonly Scenario[])[] = [];
  override async listScenarios(): Promise<ScenarioStoreOutcome> {
    return { ok: true, scenarios: [draft], issues: [] };
  }
  override async importScenarios(scenarios: readonly Scenario[]): Promise<ScenarioStoreOutcome> {
    this.imported.push(scenarios);
    return { ok: true, scenarios: [draft, ...scenarios.map((s) => ({ ...draft, scenario: s, revision: 1 }))], issues: [] };
  }
}

async function renderPanel() {
  const port = new StorePort();
  render(
    <I18nProvider lang="fr">
      <ScenariosPanel
        port={port}
        author=""
        onAuthor={() => undefined}
        onSelect={() => undefined}
        onInputsChanged={() => undefined}
        disabled={false}
        onBusyChange={() => undefined}
      />
    </I18nProvider>,
    { wrapper: NoCss },
  );
  await screen.findByTestId('scenario-list');
  return port;
}

async function choose(text: string): Promise<void> {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], 'scenarios.json', { type: 'application/json' })] } });
  });
}

describe('ScenariosPanel import', () => {
  it('shows a malformed file’s error in French and imports nothing', async () => {
    const port = await renderPanel();
    await choose('{oops');
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toMatch(/^Import refusé \(1 erreur\) : rien n’a été modifié/);
    expect(screen.getAllByTestId('import-error')[0]!.textContent).toMatch(/^le fichier n’est pas un JSON valide/);
    expect(port.imported).toEqual([]);
  });

  it('lists every problem of an array of scenarios, and imports none of them', async () => {
    const port = await renderPanel();
    await choose(JSON.stringify([scenario('B'), scenario('C', -5), { ...scenario('D'), extra: 1 }]));
    await screen.findByTestId('import-errors');
    const texts = screen.getAllByTestId('import-error').map((li) => li.textContent);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe('scénario n° 2 : cpts[0].population : la population doit être un entier positif (reçu : -5)');
    expect(texts[1]).toMatch(/^scénario n° 3 : extra/);
    expect(screen.getByTestId('import-errors').textContent).toMatch(/Import refusé \(2 erreurs\)/);
    expect(port.imported).toEqual([]);
  });

  it('imports a valid file, and clears the previous errors', async () => {
    const port = await renderPanel();
    await choose('{oops');
    await screen.findByTestId('import-errors');
    await choose(JSON.stringify(scenario('Nouveau')));
    await waitFor(() => expect(port.imported).toEqual([[scenario('Nouveau')]]));
    expect(screen.queryByTestId('import-errors')).toBeNull();
    expect((await screen.findByTestId('scenario-notice')).textContent).toBe('Importé : « Nouveau » (brouillon).');
  });

  it('asks for another name when the name is taken, proposing a free one', async () => {
    const port = await renderPanel();
    await choose(JSON.stringify(scenario('Hypothèse haute')));
    const field = (await screen.findByTestId('dialog-field-0')) as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('Hypothèse haute (2)'));
    expect(port.imported).toEqual([]);
    // `hidden`: under jsdom, Fluent's focus manager may leave the open dialog marked aria-hidden (see ScenariosFlow).
    fireEvent.click(screen.getByRole('button', { name: 'Importer', hidden: true }));
    await waitFor(() => expect(port.imported).toEqual([[scenario('Hypothèse haute (2)')]]));
  });
});

describe('ScenariosPanel store problems', () => {
  it('lists the rows a person broke, each a link to its cell, and still lists the readable scenarios', async () => {
    const cell = { sheet: 'Scénarios ACI', address: 'E7' };
    class BrokenStorePort extends IdlePort {
      override async listScenarios(): Promise<ScenarioStoreOutcome> {
        return { ok: true, scenarios: [draft], issues: [{ path: '', message: "'Scénarios ACI'!E7 : la somme de contrôle ne correspond plus", cell }] };
      }
    }
    const selected: unknown[] = [];
    render(
      <I18nProvider lang="fr">
        <ScenariosPanel
          port={new BrokenStorePort()}
          author=""
          onAuthor={() => undefined}
          onSelect={(c) => selected.push(c)}
          onInputsChanged={() => undefined}
          disabled={false}
          onBusyChange={() => undefined}
        />
      </I18nProvider>,
      { wrapper: NoCss },
    );
    const problems = await screen.findByTestId('store-issues');
    expect(problems.textContent).toMatch(/^1 problème dans la feuille des scénarios/);
    expect(within(problems).getByTestId('error-item').textContent).toBe("'Scénarios ACI'!E7 — la somme de contrôle ne correspond plus");
    fireEvent.click(within(problems).getByRole('button', { name: /E7/ }));
    expect(selected).toEqual([cell]);
    expect(screen.getAllByTestId('scenario-item')).toHaveLength(1);
  });
});
