import type { AppliedRecord } from './applied';

/**
 * Where a workbook keeps « which stored scenario was applied »: in Excel, the document's add-in settings
 * (office/document-settings.ts); in memory, the workbook object itself (`sessionAppliedStore`).
 */
export interface AppliedStore {
  load(): AppliedRecord | null;
  save(record: AppliedRecord): Promise<void>;
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
