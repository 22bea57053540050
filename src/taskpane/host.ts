/**
 * What the pane learns about its host from Office.js, guarded so that the browser preview (no host, or no
 * office.js at all) and the tests read « no host ».
 */
interface OfficeHostInfo {
  readonly host: string | null;
  readonly platform: string | null;
  readonly isSetSupported: ((name: string, version: string) => boolean) | null;
}

function officeInfo(): OfficeHostInfo {
  const office = (globalThis as { Office?: { context?: { host?: unknown; platform?: unknown; requirements?: { isSetSupported?: unknown } } } }).Office;
  const context = office?.context;
  const check = context?.requirements?.isSetSupported;
  return {
    host: typeof context?.host === 'string' ? context.host : null,
    platform: typeof context?.platform === 'string' ? context.platform : null,
    isSetSupported:
      typeof check === 'function' ? (name, version) => Boolean((check as (n: string, v: string) => unknown).call(context?.requirements, name, version)) : null,
  };
}

/**
 * Inside Excel without SharedRuntime 1.1 (Excel 2019, for instance), the manifest's ribbon button and custom
 * functions are not loaded: only the pane. True only when that is known for sure.
 */
export function sharedRuntimeMissing(info: OfficeHostInfo = officeInfo()): boolean {
  return info.host === 'Excel' && info.isSetSupported !== null && !info.isSetSupported('SharedRuntime', '1.1');
}

/** Hosts whose pane ignores browser downloads: the export shows its text to copy straight away. */
export function downloadsBlocked(info: OfficeHostInfo = officeInfo()): boolean {
  return info.platform === 'Mac' || info.platform === 'iOS';
}

export type { OfficeHostInfo };
