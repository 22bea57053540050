/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ScenariosPanel } from '../../../src/taskpane/components/ScenariosPanel';
import { copyText } from '../../../src/taskpane/browser-files';
import { downloadsBlocked } from '../../../src/taskpane/host';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import { ALL_SCENARIOS_FILE, parseScenarioFile } from '../../../src/taskpane/scenario-files';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import { NoCss } from './no-css';

beforeAll(() => {
  // jsdom has no object URLs (the download); its ResizeObserver comes from test/unit/setup/dom.ts.
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => undefined;
  // The download's click would navigate, which jsdom does not do.
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

async function panel(): Promise<void> {
  const wb = new MemoryWorkbook();
  await wb.insertTemplate('ask');
  await wb.saveScenario('Hypothèse haute', null);
  render(
    <I18nProvider lang="fr">
      <ScenariosPanel
        port={wb}
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
  await waitFor(() => expect(screen.getByTestId('export-all').hasAttribute('disabled')).toBe(false));
}

describe('export sans téléchargement (Excel pour Mac)', () => {
  test('les hôtes qui ignorent les téléchargements d’un volet : Mac et iOS', () => {
    expect(downloadsBlocked({ host: 'Excel', platform: 'Mac', isSetSupported: null })).toBe(true);
    expect(downloadsBlocked({ host: 'Excel', platform: 'iOS', isSetSupported: null })).toBe(true);
    expect(downloadsBlocked({ host: 'Excel', platform: 'OfficeOnline', isSetSupported: null })).toBe(false);
    expect(downloadsBlocked({ host: null, platform: null, isSetSupported: null })).toBe(false);
  });

  test('sur Mac, le texte exporté s’affiche aussitôt, se copie, et se réimporte à l’identique', async () => {
    (globalThis as { Office?: unknown }).Office = { context: { host: 'Excel', platform: 'Mac' } };
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void written.push(t) }, configurable: true });
    await panel();
    fireEvent.click(screen.getByTestId('export-all'));
    const area = (await screen.findByTestId('export-text-area')) as HTMLTextAreaElement;
    expect(screen.getByTestId('export-text').textContent).toContain(`copiez ce texte dans un fichier « ${ALL_SCENARIOS_FILE} »`);
    const parsed = parseScenarioFile(area.value);
    expect(parsed.ok && parsed.scenarios.map((s) => s.name)).toEqual(['Hypothèse haute']);
    fireEvent.click(screen.getByTestId('export-copy'));
    await waitFor(() => expect(screen.getByTestId('export-copy-status').textContent).toBe('Texte copié dans le presse-papiers.'));
    expect(written).toEqual([area.value]);
  });

  test('ailleurs, le fichier se télécharge et le texte reste à un clic', async () => {
    await panel();
    fireEvent.click(screen.getByTestId('export-all'));
    fireEvent.click(await screen.findByTestId('export-show-text'));
    expect(((await screen.findByTestId('export-text-area')) as HTMLTextAreaElement).value).toContain('"name": "Hypothèse haute"');
  });

  test('copie refusée par le cadre : repli sur la sélection, sinon un message dit de copier à la main', async () => {
    const area = document.createElement('textarea');
    area.value = 'texte';
    document.body.append(area);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refusé')) }, configurable: true });
    document.execCommand = () => true;
    await expect(copyText('texte', area)).resolves.toBe(true);
    expect(area.selectionStart).toBe(0);
    expect(area.selectionEnd).toBe(5);
    document.execCommand = () => false;
    await expect(copyText('texte', area)).resolves.toBe(false);
    await expect(copyText('texte', null)).resolves.toBe(false);
  });
});
