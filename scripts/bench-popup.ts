// First render of the popup with a large reading history, in Chromium with the shipped build
// (.output/chrome-mv3). The database is filled with 1,000 articles and 20,000 claims (20 stories
// of 50 articles, plus the bundled seeds), then popup.html?tab=<id> is opened for a seed article
// open in a tab, as the toolbar button would, and the time from navigation start until the first
// panel shows its content (`data-first-render-ms`, set by the popup) is read. Median of 9 runs.
// Also printed, for information: the Saved list and a 50-source story view on the same data.
// Usage: npm run bench:popup [-- --no-build] ; the last line printed is the JSON result.
import { CHROMIUM } from '../tests/shared/chromium-path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDirectory } from '../tests/e2e/static-server';
import { makeArticle, makeClaim } from '../tests/e2e/popup-fixtures';
import type { ArticleRow, ClaimRow } from '../lib/db/database';

const root = resolve(import.meta.dirname, '..');
const ext = join(root, '.output/chrome-mv3');
const RUNS = 9;
const STORIES = 20;
const ARTICLES_PER_STORY = 50;
const CLAIMS_PER_ARTICLE = 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** 20 stories × 50 articles × 20 claims, each story with 60 topics so topics recur across sources. */
function generate(): { articles: ArticleRow[]; claims: Omit<ClaimRow, 'articleId'>[][] } {
  const articles: ArticleRow[] = [];
  const claims: Omit<ClaimRow, 'articleId'>[][] = [];
  for (let s = 0; s < STORIES; s++) {
    const storyId = `bench-${s}`;
    for (let a = 0; a < ARTICLES_PER_STORY; a++) {
      const n = s * ARTICLES_PER_STORY + a;
      articles.push(
        makeArticle(n, {
          url: `https://bench${n % 13}.example/${storyId}/${a}`,
          storyId,
          text: `Bench article ${n}. `.repeat(200),
          story: { storyId, onStory: true, score: 0.8, reasons: ['bench'] },
        }),
      );
      claims.push(
        Array.from({ length: CLAIMS_PER_ARTICLE }, (_, c) => {
          const topic = `${storyId} topic ${(a * 7 + c * 3) % 60}`;
          const { articleId: _a, ...claim } = makeClaim(n, c, { id: `bench-${n}#${c}`, topic, about: topic, storyId });
          return claim;
        }),
      );
    }
  }
  return { articles, claims };
}

/** Writes the rows with the raw IndexedDB API into the database the extension already created. */
async function fill(page: Page): Promise<void> {
  const { articles, claims } = generate();
  const stories = Array.from({ length: STORIES }, (_, s) => ({
    id: `bench-${s}`,
    title: `Bench story ${s}`,
    people: [{ name: `Person ${s}` }],
    places: [],
    terms: [],
    enabled: false,
    builtIn: false,
    createdAt: s,
  }));
  await page.evaluate(
    (stories) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('crossread');
        open.onsuccess = () => {
          const tx = open.result.transaction('stories', 'readwrite');
          for (const s of stories) tx.objectStore('stories').put(s);
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      }),
    stories,
  );
  const CHUNK = 100;
  for (let i = 0; i < articles.length; i += CHUNK) {
    await page.evaluate(
      ({ articles, claims }) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('crossread');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['articles', 'claims'], 'readwrite');
            articles.forEach((article, i) => {
              const req = tx.objectStore('articles').add(article);
              req.onsuccess = () => {
                for (const c of claims[i]!) tx.objectStore('claims').add({ ...c, articleId: req.result });
              };
            });
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      { articles: articles.slice(i, i + CHUNK), claims: claims.slice(i, i + CHUNK) },
    );
  }
}

async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(() => document.documentElement.dataset.firstRenderMs, null, { timeout: 30_000, polling: 10 });
  // No named functions inside evaluate: tsx would wrap them in a helper the page lacks.
  const steps = await page.evaluate(() =>
    ['crossread:popup:ask-page', 'crossread:popup:page-answer'].map((n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? NaN)),
  );
  if (process.env.BENCH_VERBOSE) console.log(`script asked for the page at ${steps[0]} ms, answer at ${steps[1]} ms`);
  return Number(await handle.jsonValue());
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { cwd: root, stdio: 'ignore' });
  const { server, port } = await serveDirectory(join(root, 'tests/fixtures'));
  const context: BrowserContext = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'crossread-bench-popup-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 560, height: 600 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;

  // The article the popup is about: a seed page, once the seeds are in and it is highlighted.
  const article = await context.newPage();
  await article.goto(`http://127.0.0.1:${port}/seeds/000.html`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.waitForFunction(
    () => new Promise<boolean>((done) => {
      const open = indexedDB.open('crossread');
      open.onsuccess = () => {
        const db = open.result;
        const req = db.transaction('articles').objectStore('articles').count();
        req.onsuccess = () => {
          db.close();
          done(req.result >= 5);
        };
      };
    }),
    null,
    { timeout: 60_000, polling: 250 },
  );
  // No "tabs" permission, so no tab URLs: the article is the tab opened before the popup.
  const tabId = await popup.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> } } }).chrome.tabs;
    const self = (await tabs.getCurrent())?.id;
    return Math.max(...(await tabs.query({})).map((t) => t.id ?? -1).filter((i) => i !== self));
  });
  await fill(popup);
  const counts = await popup.evaluate(
    () =>
      new Promise<number[]>((done) => {
        const open = indexedDB.open('crossread');
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'claims']);
          const a = tx.objectStore('articles').count();
          const c = tx.objectStore('claims').count();
          tx.oncomplete = () => done([a.result, c.result]);
        };
      }),
  );
  console.log(`database: ${counts[0]} articles, ${counts[1]} claims`);

  const url = `chrome-extension://${id}/popup.html?tab=${tabId}`;
  await firstRender(popup, url); // warm-up: the service worker and the engine are loaded once
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await firstRender(popup, url));
  console.log(`popup first render (This page): ${times.map((t) => t.toFixed(0)).join(', ')} ms`);

  // For information: the other panels on the same data.
  const t0 = Date.now();
  await popup.getByRole('tab', { name: /Saved/ }).click();
  await popup.locator('.saved-item').nth(49).waitFor({ timeout: 30_000 });
  const savedMs = Date.now() - t0;
  await popup.getByText(/in conflict/).first().waitFor({ timeout: 60_000 });
  const savedConflictsMs = Date.now() - t0;
  const t1 = Date.now();
  await popup.getByRole('tab', { name: /Story/ }).click();
  await popup.getByLabel('Story', { exact: true }).selectOption('bench-0').catch(() => undefined);
  await popup.locator('.sv-topic').first().waitFor({ timeout: 30_000 });
  const storyMs = Date.now() - t1;
  console.log(`saved list (first 50 of 1,005): ${savedMs} ms (conflict counts ${savedConflictsMs} ms); story view: ${storyMs} ms`);

  await context.close();
  server.close();
  console.log(JSON.stringify({ popupFirstRenderMs: Math.round(median(times)) }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
