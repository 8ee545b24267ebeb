// Helpers of the Firefox suite: Debian's firefox-esr with the built extension, driven over
// WebDriver BiDi by puppeteer-core (no browser download, no geckodriver), every request that
// would leave the machine caught by a local proxy, and the E2E build's debug hook read as in
// the Chromium suite (tests/e2e/extension.ts).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { DebugState } from '../shared/debug-state';
import { askCrossreadState, countStores, newestOtherTab, textCentre } from '../shared/in-page';
import { FIREFOX } from './firefox-path';

export function fixtureUrl(path: string): string {
  return `${inject('fixtureOrigin')}/${path}`;
}

export type { DebugClaim, DebugState } from '../shared/debug-state';
export { claimByText } from '../shared/debug-state';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id (the manifest's gecko id), as Firefox reported it on install; '' without one. */
  addonId: string;
  /** The extension's internal UUID, the host of its moz-extension:// pages (fixed by a pref). */
  uuid: string;
  /** Every request that tried to leave 127.0.0.1, from any part of Firefox, as the proxy saw it. */
  proxied: string[];
  /** Every request the pages opened with newPage() made, as BiDi reports it. */
  pageRequests: string[];
  newPage(): Promise<Page>;
  /** Opens moz-extension://<uuid>/<path> in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A proxy that forwards nothing: Firefox is told to send every request for a host other than
 * 127.0.0.1 through it, so any request that would reach the network is recorded here instead
 * (plain HTTP as a request, HTTPS and WebSockets as CONNECT) and answered 502.
 */
function startTrap(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, port: (server.address() as { port: number }).port, seen })));
}

/** Navigates a tab and waits until the document at `url` has loaded. */
async function goTo(page: Page, url: string): Promise<void> {
  // puppeteer's goto never hears that a moz-extension:// page (another process) finished
  // loading, so the navigation is started and the document itself is asked.
  page.goto(url).catch(() => {});
  const end = Date.now() + 20_000;
  for (;;) {
    const at = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (at === `${url} complete`) return;
    if (Date.now() > end) throw new Error(`${url} did not load (tab at: ${at || 'unknown'})`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Firefox with the extension in `extensionDir` installed, or with none (null): the same browser
 * and prefs, for what a page does without the extension.
 */
export async function launchFirefox(extensionDir: string | null, opts: { userDataDir?: string; uuid?: string } = {}): Promise<FirefoxSession> {
  const geckoId: string | null = extensionDir
    ? JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id
    : null;
  const uuid = opts.uuid ?? randomUUID();
  const trap = await startTrap();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: opts.userDataDir,
      // Lets WebDriver BiDi navigate a tab to the extension's moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      // Lets the pref below point Firefox's remote-settings client away from Mozilla's server,
      // so the only traffic the trap sees is what pages and extensions ask for.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        // A known UUID for the add-on, so its pages have a known origin.
        ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } : {}),
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': trap.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': trap.port,
        'network.proxy.no_proxies_on': '127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
      },
    });
  } catch (err) {
    trap.server.close();
    throw err;
  }
  const pageRequests: string[] = [];
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('request', (r) => pageRequests.push(r.url()));
    return page;
  };
  try {
    const addonId = extensionDir ? await browser.installExtension(extensionDir) : '';
    return {
      browser,
      addonId,
      uuid,
      proxied: trap.seen,
      pageRequests,
      newPage,
      async openExtensionPage(path) {
        const page = await newPage();
        await goTo(page, `moz-extension://${uuid}/${path}`);
        return page;
      },
      async close() {
        await browser.close();
        await new Promise<void>((done) => trap.server.close(() => done()));
      },
    };
  } catch (err) {
    await browser.close();
    trap.server.close();
    throw err;
  }
}

/** Runs `body` with a fresh Firefox and the E2E build installed, and always closes it. */
export async function withFirefox<T>(body: (ff: FirefoxSession) => Promise<T>, opts: { extensionDir?: string; userDataDir?: string; uuid?: string } = {}): Promise<T> {
  const ff = await launchFirefox(opts.extensionDir ?? inject('e2eExtensionDir'), opts);
  try {
    return await body(ff);
  } finally {
    await ff.close();
  }
}

export { goTo };

/** Asks the E2E build's content script for its state (entrypoints/crossread.content/debug-hook.ts). */
export async function crossreadState(page: Page): Promise<DebugState | null> {
  return (await page.evaluate(askCrossreadState)) as DebugState | null;
}

/** Waits until the content script has painted highlights (or the timeout passes). */
export async function waitForClaims(page: Page, timeout = 30_000): Promise<DebugState> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await crossreadState(page);
    if (state && state.claims.length > 0) return state;
    if (Date.now() > end) throw new Error(`no highlights after ${timeout} ms: ${JSON.stringify(state)}`);
    await sleep(200);
  }
}

/** Polls `read` until it returns true or the timeout passes. */
export async function until(read: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await read())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

/** Viewport centre of the first occurrence of `text` in the page's own text. */
export function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(textCentre, text);
}

/** Row counts of the extension's database, read in one of its own pages (raw IndexedDB). */
export function dbCounts(extPage: Page): Promise<Record<string, number>> {
  return extPage.evaluate(countStores);
}

/** Waits until the background has loaded the five bundled seed articles. */
export async function waitForSeeds(extPage: Page): Promise<void> {
  await until(async () => {
    const counts = await dbCounts(extPage).catch(() => null);
    return !!counts && counts.articles! >= 5 && counts.stories! >= 1;
  }, 'the bundled seeds to load', 60_000);
}

/**
 * The id of the tab most recently opened before this extension page: the extension has no "tabs"
 * permission, so it cannot see tab URLs, but ids grow in the order tabs are created.
 */
export async function newestOtherTabId(extPage: Page): Promise<number> {
  const id = await extPage.evaluate(newestOtherTab);
  if (id === undefined) throw new Error('no other tab');
  return id;
}

/** Opens an article in a tab, waits for its highlights, and opens the popup about that tab. */
export async function popupFor(ff: FirefoxSession, url: string): Promise<{ article: Page; popup: Page; state: DebugState; tabId: number }> {
  const article = await ff.newPage();
  await article.goto(url);
  const state = await waitForClaims(article);
  const popup = await ff.openExtensionPage('popup.html');
  const tabId = await newestOtherTabId(popup);
  await goTo(popup, `moz-extension://${ff.uuid}/popup.html?tab=${tabId}`);
  return { article, popup, state, tabId };
}
