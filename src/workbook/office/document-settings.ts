import { APPLIED_SETTING, parseAppliedRecord, type AppliedRecord } from '../applied';

/**
 * Where the add-in keeps « which stored scenario was applied » in Excel: the document's add-in settings
 * (`Office.context.document.settings`), saved inside the workbook file, so the record travels with it (e-mail,
 * a colleague's Excel). A host without them (none known) keeps the record for the session only.
 */
export interface AppliedStore {
  load(): AppliedRecord | null;
  save(record: AppliedRecord): Promise<void>;
}

interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: unknown) => void): void;
}

/** A store held in memory: tests, and the fallback. */
export function sessionAppliedStore(): AppliedStore {
  let record: AppliedRecord | null = null;
  return {
    load: () => record,
    save: async (r) => {
      record = r;
    },
  };
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
