import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { registerIfAvailable } from '../functions/register';
import { TaskPane } from './components/App';
import { themeFor } from './theme';
import { silenceOfficeTelemetry } from './office-telemetry';
import { openWorkbook } from './workbooks';

/**
 * Entry point. Office.onReady tells where the pane runs: in Excel, on the workbook through Office.js; in a plain
 * browser (no host, or office.js not loaded), on the in-memory workbook with its grid preview.
 */
async function start(): Promise<void> {
  // Shared runtime: this page is also Excel's custom-functions runtime. Functions are bound first, before any
  // await, as Excel expects; in a plain browser there is no runtime and this does nothing.
  registerIfAvailable();
  const info = typeof Office === 'undefined' ? null : await Office.onReady();
  const inExcel = info?.host === Office.HostType.Excel;
  if (!info?.host) silenceOfficeTelemetry(window as unknown as Parameters<typeof silenceOfficeTelemetry>[0]);
  const { port, preview } = await openWorkbook(inExcel);
  const theme = themeFor(inExcel ? Office.context.officeTheme?.bodyBackgroundColor : undefined);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root manquant dans taskpane.html');
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <TaskPane port={port} preview={preview} />
    </FluentProvider>,
  );
}

start().catch((e: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Le volet n’a pas pu démarrer : ${e instanceof Error ? e.message : String(e)}`;
});
