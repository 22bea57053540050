import { APPLIED_SETTING, parseAppliedRecord } from '../store/applied';
import { sessionAppliedStore, type AppliedStore } from '../store/applied-store';

/**
 * In Excel, « which stored scenario was applied » lives in the document's add-in settings
 * (`Office.context.document.settings`), saved inside the workbook file, so the record travels with it (e-mail,
 * a colleague's Excel). A host without them (none known) keeps the record for the session only.
 */
interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: unknown) => void): void;
}

export function documentAppliedStore(): AppliedStore {
  const settings: SettingsLike | undefined = typeof Office === 'undefined' ? undefined : (Office.context?.document?.settings as SettingsLike | undefined);
  if (!settings) return sessionAppliedStore();
  return {
    load: () => parseAppliedRecord(settings.get(APPLIED_SETTING)),
    save: (record) =>
      new Promise<void>((resolve) => {
        settings.set(APPLIED_SETTING, JSON.stringify(record));
        // A failed save leaves the record for this session: the stamp then says « saisies du classeur » after a reopen.
        settings.saveAsync(() => resolve());
      }),
  };
}
