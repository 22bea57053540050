import { detectOfficeHost, type OfficeGlobal } from '../../../src/taskpane/office-host';

const EXCEL = 'Excel';
const office = (host: unknown, theme?: string): OfficeGlobal => ({
  HostType: { Excel: EXCEL },
  onReady: () => Promise.resolve({ host }),
  context: { officeTheme: theme === undefined ? null : { bodyBackgroundColor: theme } },
});

describe('detectOfficeHost', () => {
  test('office.js absent (offline, CDN blocked): the preview, flagged so the pane says why', async () => {
    expect(await detectOfficeHost(undefined)).toEqual({ kind: 'office-missing' });
  });

  test('office.js loaded but failing to start: the same', async () => {
    const broken: OfficeGlobal = { HostType: { Excel: EXCEL }, onReady: () => Promise.reject(new Error('boom')) };
    expect(await detectOfficeHost(broken)).toEqual({ kind: 'office-missing' });
  });

  test('office.js in a plain browser: the preview, no notice', async () => {
    expect(await detectOfficeHost(office(null))).toEqual({ kind: 'browser' });
  });

  test('in Excel: the workbook, with its theme', async () => {
    expect(await detectOfficeHost(office(EXCEL, '#1f1f1f'))).toEqual({ kind: 'excel', theme: '#1f1f1f' });
  });

  test('another Office host is not Excel: the preview', async () => {
    expect(await detectOfficeHost(office('Word'))).toEqual({ kind: 'browser' });
  });
});
