// Helpers of the popup and options specs: opening the extension's pages for a tab, reading the
// extension's IndexedDB without going through the UI, and pages served by route for stories
// the fixtures do not cover.
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countStores, newestOtherTab, snapshotStores, storyById } from '../shared/in-page';
import { EXTENSION_DIR, extensionIdOf, fixtureUrl, waitForClaims } from './extension';

/**
 * The popup/options specs load a private copy of the E2E build (or POPUP_EXT_DIR, e.g. the output
 * of tests/e2e/popup-wxt.config.ts): other suites and benches rebuild .output/e2e at any moment,
 * and a build in progress empties it under a running browser.
 */
function privateExtensionDir(): string {
  if (process.env.POPUP_EXT_DIR) return resolve(process.env.POPUP_EXT_DIR);
  const copy = mkdtempSync(join(tmpdir(), 'crossread-popup-ext-'));
  for (let attempt = 0; ; attempt++) {
    try {
      if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no build');
      cpSync(EXTENSION_DIR, copy, { recursive: true });
      if (existsSync(join(copy, 'manifest.json')) && existsSync(join(copy, 'background.js'))) return copy;
    } catch {
      // A build is in progress; wait for it.
    }
    if (attempt > 120) throw new Error(`no complete build in ${EXTENSION_DIR}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }, { extensionDir: string }>({
  extensionDir: [async ({}, use) => use(privateExtensionDir()), { scope: 'worker' }],
  context: async ({ extensionDir }, use) => {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'crossread-popup-e2e-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1100, height: 900 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
      ],
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});
export { expect } from '@playwright/test';

export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Counts rows in every store of the extension's database (raw IndexedDB, no Dexie needed). */
export function dbCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(countStores);
}

/** Every row of every store, as JSON: equal snapshots mean the database did not change. */
export function dbSnapshot(page: Page): Promise<string> {
  return page.evaluate(snapshotStores);
}

export function storyRow(page: Page, id: string): Promise<{ enabled: boolean; title: string } | undefined> {
  return page.evaluate(storyById, id);
}

/** Waits until the background has loaded the five bundled seed articles. */
export async function waitForSeeds(extPage: Page): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const counts = await dbCounts(extPage).catch(() => null);
    if (counts && counts.articles! >= 5 && counts.stories! >= 1) return;
    await extPage.waitForTimeout(250);
  }
  throw new Error('the seeds never loaded');
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
export async function popupFor(context: BrowserContext, extensionId: string, url: string, opts: { highlights?: boolean } = {}) {
  const article = await context.newPage();
  await article.goto(url);
  if (opts.highlights !== false) await waitForClaims(article);
  else await article.waitForTimeout(1500);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 560, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await newestOtherTabId(popup);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return { article, popup, tabId };
}

export const seedUrl = (n: number) => fixtureUrl(`seeds/00${n}.html`);

/** An article page served at a fixture-origin URL by route, for stories the fixtures lack. */
export async function serveArticle(context: BrowserContext, path: string, a: { title: string; outlet: string; date: string; paragraphs: string[] }): Promise<string> {
  const url = fixtureUrl(`popup-tests/${path}`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${a.title}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${a.outlet}">
<meta property="article:published_time" content="${a.date}"></head>
<body><header><div class="logo">${a.outlet}</div></header><main><article><h1>${a.title}</h1>
<p class="byline">By Staff Reporter · ${a.date}</p>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© ${a.outlet}</footer></body></html>`;
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

export const LUNAR_ARTICLE = {
  title: 'Maria Kowalska lands the Selene probe in Mare Imbrium',
  outlet: 'Orbit Daily',
  date: '2025-06-03',
  paragraphs: [
    'Engineer Maria Kowalska guided the Selene lander to a soft touchdown in Mare Imbrium on Tuesday, 3 June 2025, after a flight of 42 days.',
    'The lander carried 12 instruments and weighed 1,450 kilograms, Kowalska told reporters at the control centre in Darmstadt.',
    '"We held our breath for the last 90 seconds," Kowalska said. The mission cost 310 million euros, according to the European Space Agency.',
    'Kowalska, 41, joined the Selene programme in 2016. The team in Darmstadt counted 230 engineers and scientists from 14 countries.',
    'A second lander is planned for 2028, the agency said, and will also aim for Mare Imbrium, where the first probe will keep working for 14 days.',
  ],
};
