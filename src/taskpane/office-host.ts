/**
 * Where the pane runs, decided once at start-up. office.js comes from Microsoft's CDN: offline, or behind a
 * proxy that blocks it, the global `Office` is never defined (or its onReady fails), and the pane must still
 * start as the browser preview rather than die reading `Office.HostType`.
 */
export type OfficeHost =
  /** In Excel: the workbook through Office.js. */
  | { readonly kind: 'excel'; readonly theme: string | undefined }
  /** office.js loaded, no Office host: the plain browser preview. */
  | { readonly kind: 'browser' }
  /** office.js could not be loaded (or failed to start): the preview, with a notice saying so. */
  | { readonly kind: 'office-missing' };

/** The part of office.js this needs, so tests can stand in for it. */
export interface OfficeGlobal {
  readonly HostType: { readonly Excel: unknown };
  onReady(): Promise<{ readonly host: unknown }>;
  readonly context?: { readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null };
}

export async function detectOfficeHost(office: OfficeGlobal | undefined): Promise<OfficeHost> {
  if (office === undefined) return { kind: 'office-missing' };
  let info: { readonly host: unknown };
  try {
    info = await office.onReady();
  } catch {
    return { kind: 'office-missing' };
  }
  if (info.host && info.host === office.HostType.Excel) return { kind: 'excel', theme: office.context?.officeTheme?.bodyBackgroundColor };
  return { kind: 'browser' };
}
