import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { registerIfAvailable } from '../functions/register';
import { TaskPane } from './components/App';
import { themeFor } from './theme';
import { silenceOfficeTelemetry } from './office-telemetry';
import { openWorkbook } from './workbooks';
import { detectOfficeHost, type OfficeGlobal } from './office-host';
import { warmUpWhenIdle } from './warm-up';

/**
 * Entry point. Office.onReady tells where the pane runs: in Excel, on the workbook through Office.js; in a plain
 * browser (no host), on the in-memory workbook with its grid preview; when office.js could not be loaded (offline,
 * CDN blocked), on the same preview, with a notice saying so.
 */
async function start(): Promise<void> {
  // Shared runtime: this page is also Excel's custom-functions runtime. Functions are bound first, before any
  // await, as Excel expects; in a plain browser there is no runtime and this does nothing.
  registerIfAvailable();
  // `typeof` is the only safe read of a global that may never have been declared (office.js not loaded).
  const host = await detectOfficeHost(typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeGlobal));
  const inExcel = host.kind === 'excel';
  if (host.kind === 'browser') silenceOfficeTelemetry(window as unknown as Parameters<typeof silenceOfficeTelemetry>[0]);
  const { port, preview } = await openWorkbook(inExcel);
  const theme = themeFor(host.kind === 'excel' ? host.theme : undefined);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root manquant dans taskpane.html');
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <TaskPane port={port} preview={preview} officeMissing={host.kind === 'office-missing'} />
    </FluentProvider>,
  );
  warmUpWhenIdle();
}

start().catch((e: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Le volet n’a pas pu démarrer : ${e instanceof Error ? e.message : String(e)}`;
});
