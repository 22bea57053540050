import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../src/taskpane/settings';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('settings', () => {
  it('remember the author saved with scenarios', () => {
    const storage = memoryStorage();
    saveSettings(storage, { ...DEFAULT_SETTINGS, author: 'Équipe CPAM' });
    expect(loadSettings(storage)).toEqual({ language: 'fr', ruleVersion: 'auto', author: 'Équipe CPAM', autoRecalculate: false });
  });

  it('keep automatic recalculation off unless it was switched on (true, not merely truthy)', () => {
    expect(DEFAULT_SETTINGS.autoRecalculate).toBe(false);
    const storage = memoryStorage();
    saveSettings(storage, { ...DEFAULT_SETTINGS, autoRecalculate: true });
    expect(loadSettings(storage).autoRecalculate).toBe(true);
    storage.setItem('simulateur-aci-cpts.settings', JSON.stringify({ autoRecalculate: 'oui' }));
    expect(loadSettings(storage).autoRecalculate).toBe(false);
  });

  it('start with no author, and drop one that is not text or is too long', () => {
    expect(loadSettings(memoryStorage()).author).toBe('');
    const storage = memoryStorage();
    storage.setItem('simulateur-aci-cpts.settings', JSON.stringify({ language: 'en', author: 42 }));
    expect(loadSettings(storage)).toEqual({ language: 'en', ruleVersion: 'auto', author: '', autoRecalculate: false });
    storage.setItem('simulateur-aci-cpts.settings', JSON.stringify({ author: 'x'.repeat(150) }));
    expect(loadSettings(storage).author).toHaveLength(100);
  });
});
