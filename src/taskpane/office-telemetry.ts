/**
 * office.js, loaded in a plain browser (the preview), still loads its host-mapping script
 * (o15apptofilemappingtable.js), whose ULS logger opens a hidden frame to Microsoft's telemetry service
 * three seconds later. The preview has no Office session and the pane sends no telemetry: once onReady has
 * said there is no host, that logger is switched off. Inside Office, office.js is left as Office runs it.
 */
interface OfficeLoggerGlobals {
  Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void; writeLog?: (log: string) => void } | null };
  OSFAppTelemetry?: { enableTelemetry?: boolean };
}

export function silenceOfficeTelemetry(globals: OfficeLoggerGlobals): void {
  const endpoint = globals.Logger?.ulsEndpoint;
  if (endpoint) {
    endpoint.loadProxyFrame = () => undefined;
    endpoint.writeLog = () => undefined;
  }
  if (globals.OSFAppTelemetry) globals.OSFAppTelemetry.enableTelemetry = false;
}
