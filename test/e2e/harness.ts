/**
 * What the browser tests and the UI benchmark share: the production build, a static server on 127.0.0.1,
 * Debian's Chromium, office.js answered from node_modules, and a record of every request the page makes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const REPO = path.resolve(__dirname, '..', '..');
export const DIST = path.join(REPO, 'dist');
export const AXE_PATH = path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js');
const OFFICE_DIST = path.join(REPO, 'node_modules', '@microsoft', 'office-js', 'dist');
/** The CDN folder taskpane.html loads office.js from; office.js loads its companions from the same folder. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds dist/ in production mode, unless E2E_REUSE_BUILD=1 and a build is there. */
export function buildDist(): void {
  if (process.env.E2E_REUSE_BUILD === '1' && fs.existsSync(path.join(DIST, 'taskpane.html'))) return;
  const webpack = path.join(REPO, 'node_modules', '.bin', 'webpack');
  const result = spawnSync(webpack, ['--mode', 'production'], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`webpack a échoué :\n${result.stdout}\n${result.stderr}`);
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium introuvable (${CHROMIUM}) : apt-get install chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Serves dist/ (and nothing outside it) on 127.0.0.1, on a free port. */
export async function serveDist(): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(DIST, pathname === '/' ? 'taskpane.html' : pathname);
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface RecordedRequest {
  readonly url: string;
  /** Served from this machine: 127.0.0.1, or the office.js CDN answered from node_modules. */
  readonly local: boolean;
}

export interface Harness {
  readonly page: Page;
  readonly requests: RecordedRequest[];
  readonly pageErrors: string[];
  /** Date.now() when the page was opened. */
  readonly openedAt: number;
  readonly close: () => Promise<void>;
}

/** How the office.js CDN answers: from node_modules, or not at all (offline, or a proxy blocking Microsoft's CDN). */
export type OfficeCdn = 'local' | 'blocked';

/** Routes the page's requests: office.js CDN → node_modules; anything else not on 127.0.0.1 is refused and recorded. */
export async function instrument(page: Page, requests: RecordedRequest[], officeCdn: OfficeCdn = 'local'): Promise<void> {
  page.on('request', (r) => {
    const url = r.url();
    const local =
      url.startsWith(OFFICE_CDN) ||
      /^(https?|wss?):\/\/127\.0\.0\.1[:/]/.test(url) ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url === 'about:blank';
    requests.push({ url, local });
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN) && officeCdn === 'blocked') {
      await route.abort('internetdisconnected');
      return;
    }
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split('?')[0]!);
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) {
        await route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'text/javascript', body: fs.readFileSync(file) });
      } else {
        await route.fulfill({ status: 404, body: '' });
      }
      return;
    }
    if (/^https?:\/\/127\.0\.0\.1[:/]/.test(url)) await route.continue();
    else await route.abort('blockedbyclient');
  });
}

/** A fresh page on the preview, with office.js loaded (from node_modules) and the pane rendered. */
export async function openPreview(browser: Browser, viewport = { width: 1280, height: 900 }, officeCdn: OfficeCdn = 'local'): Promise<Harness> {
  const server = await serveDist();
  const context = await browser.newContext({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const requests: RecordedRequest[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await instrument(page, requests, officeCdn);
  const openedAt = Date.now();
  await page.goto(`${server.url}taskpane.html`);
  return {
    openedAt,
    page,
    requests,
    pageErrors,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}
