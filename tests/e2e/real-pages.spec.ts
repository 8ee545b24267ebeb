// The page reader in the browser on real pages (../shared/corpus/real-pages, Readability's test
// suite, read at test time and never copied), with the built extension in Chromium:
//  1. a dozen real pages, none about a tracked story: each judged off story, within the
//     off-story budget, with no error from the extension and the page's DOM as without it;
//  2. three real news pages whose own article paragraphs are replaced by a seed article's
//     (../shared/corpus/seeds): every fact the seed page highlights in a paragraph is highlighted
//     in the same paragraph inside the real page's markup.
// The pages' own scripts are blocked (a CSP header on every response) and requests to their
// original hosts aborted: offline they could only fail, and the saved DOM is already the one
// they built. Skips when ../shared is absent.
import { CHROMIUM } from '../shared/chromium-path';
import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { crossreadState, expect, fixtureUrl, test, waitForClaims } from './extension';
import { serveDirectory } from './static-server';

const SHARED = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const REAL_PAGES = join(SHARED, 'real-pages');
const SEEDS = join(SHARED, 'seeds');
const present = existsSync(REAL_PAGES) && existsSync(SEEDS);
if (!present) console.log(`real-pages E2E skipped: ${REAL_PAGES} or ${SEEDS} is absent (the shared corpus).`);

/** News sites, blogs, an encyclopedia, right-to-left pages and the largest page of the set. */
const OFF_STORY_PAGES = [
  'bbc-1', 'cnn', 'guardian-1', 'nytimes-2', 'wapo-1', 'lemonde-1', 'yahoo-3', 'wikipedia-2', 'rtl-1', 'medium-1',
  'herald-sun-1', 'theverge',
];

/** Real news pages whose article container gets a seed article's paragraphs, and the seed for each. */
const TRANSPLANTS: [page: string, seed: string][] = [['guardian-1', '000'], ['wapo-1', '001'], ['bbc-1', '002']];

/**
 * Main-thread work of the content script on an off-story page (sum of its crossread:work:*
 * measures: the quick check reads the title, a few metas and the body's text once). The pages
 * run to 1 MB of markup and the machine is shared, so the budget sits well above the few
 * milliseconds an ordinary page costs; the spec prints its figures.
 */
const OFF_STORY_BUDGET_MS = 60;
/** The off-story work may cost this many times the baseline when the baseline is itself slow. */
const BASELINE_FACTOR = 12;

const CSP = "script-src 'none'; object-src 'none'";

/** Serves 127.0.0.1 with the pages' scripts blocked; every other host is aborted (no network). */
async function routeOffline(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') return route.abort();
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if ((headers['content-type'] ?? '').includes('text/html')) headers['content-security-policy'] = CSP;
    return route.fulfill({ response, headers });
  });
}

/** Errors the extension reports: its content script's and service worker's, not the page's own. */
async function extensionErrors(context: BrowserContext, page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && (m.location().url.startsWith('chrome-extension://') || /crossread/i.test(m.text()))) {
      errors.push(`content script: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => {
    if (/chrome-extension:|crossread/i.test(`${e.message}\n${e.stack ?? ''}`)) errors.push(`pageerror: ${e.message}`);
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  sw.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  return errors;
}

async function decided(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('crossread:decided-off-story').length + performance.getEntriesByName('crossread:decided-story').length > 0,
    undefined,
    { timeout: 30_000 },
  );
}

/** The page's DOM as markup, with the content script's own additions (if any) counted apart. */
async function domSnapshot(page: Page): Promise<{ html: string; extensionNodes: number; highlights: number }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    extensionNodes: document.querySelectorAll('crossread-mark, crossread-card, #crossread-highlight-style').length,
    highlights: CSS.highlights.size,
  }));
}

async function workMs(page: Page): Promise<{ total: number; stages: string }> {
  return page.evaluate(() => {
    const work = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('crossread:work:'));
    return { total: work.reduce((n, e) => n + e.duration, 0), stages: work.map((e) => `${e.name.slice(15)} ${e.duration.toFixed(1)}`).join(', ') };
  });
}

/** The best of three runs of reading the body's text once and counting its numbers, in ms. */
async function baselineMs(page: Page): Promise<number> {
  const { best } = await page.evaluate(() => {
    let best = Infinity;
    let numbers = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const text = `${document.title} ${document.body?.textContent ?? ''}`;
      numbers = [...text.matchAll(/\d+/g)].length;
      best = Math.min(best, performance.now() - t0);
    }
    return { best, numbers };
  });
  return best;
}

/** Highlighted texts per paragraph (keyed by the paragraph's text, spaces collapsed). */
async function highlightsByParagraph(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const out: Record<string, string[]> = {};
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Iterable<Range>) {
        const p = (range.startContainer.parentElement ?? null)?.closest('p');
        if (!p) continue;
        (out[norm(p.textContent ?? '')] ??= []).push(norm(range.toString()));
      }
    }
    return out;
  });
}

/** A seed article's title and body paragraphs (their inner markup), read from the shared corpus. */
function seedArticle(seed: string): { title: string; paragraphs: string[] } {
  const { document } = parseHTML(readFileSync(join(SEEDS, `${seed}.html`), 'utf8'));
  const title = (document.querySelector('h1')?.textContent ?? document.title).trim();
  const paragraphs = [...document.querySelectorAll('p')]
    .filter((p) => (p.textContent ?? '').trim().length >= 60)
    .map((p) => p.innerHTML);
  return { title, paragraphs };
}

/**
 * The real page with the seed's paragraphs in place of its own: in the element holding most of
 * the page's long paragraphs (its article container), those paragraphs are replaced by the
 * seed's; the headline and <title> become the seed's. Everything else, chrome included, stays.
 */
function transplant(page: string, seed: string): string {
  const { document } = parseHTML(readFileSync(join(REAL_PAGES, page, 'source.html'), 'utf8'));
  const held = new Map<Element, Element[]>();
  for (const p of document.querySelectorAll('p')) {
    if ((p.textContent ?? '').trim().length < 80 || !p.parentElement) continue;
    const list = held.get(p.parentElement) ?? [];
    list.push(p);
    held.set(p.parentElement, list);
  }
  const [container, own] = [...held].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!container || !own || own.length < 3) throw new Error(`${page}: no article container with three paragraphs`);
  const article = seedArticle(seed);
  for (const html of article.paragraphs) {
    const p = document.createElement('p');
    p.innerHTML = html;
    container.insertBefore(p, own[0]!);
  }
  for (const p of own) p.remove();
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = article.title;
  const title = document.querySelector('title');
  if (title) title.textContent = article.title;
  return document.toString();
}

test.describe('real pages (shared corpus)', () => {
  test.skip(!present, 'the shared corpus (../shared/corpus/real-pages, seeds) is absent');

  test('a dozen real pages: off story, within budget, no extension error, page unchanged', async ({ context }) => {
    test.setTimeout(240_000);
    const { server, port } = await serveDirectory(REAL_PAGES);
    try {
      await routeOffline(context);
      const page = await context.newPage();
      const errors = await extensionErrors(context, page);
      // A story page first, so the seeds are loaded and the quick check really runs.
      await page.goto(fixtureUrl('seeds/000.html'));
      await waitForClaims(page);
      const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
      const reference = await plain.newContext({ viewport: { width: 1100, height: 900 } });
      await routeOffline(reference);
      const referencePage = await reference.newPage();

      for (const name of OFF_STORY_PAGES) {
        if (!existsSync(join(REAL_PAGES, name, 'source.html'))) continue;
        const url = `http://127.0.0.1:${port}/${name}/source.html`;
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await decided(page);
        await page.waitForTimeout(200);
        const state = await crossreadState(page);
        expect(state?.phase, name).toMatch(/^(off story|not on story|no article)/);
        expect(state?.claims ?? [], name).toEqual([]);
        const after = await domSnapshot(page);
        expect(after.extensionNodes, name).toBe(0);
        expect(after.highlights, name).toBe(0);

        let timing = await workMs(page);
        // A fresh profile compiles the content script on first use and the machine is shared
        // with the other E2E worker: up to two spikes are allowed, the page is loaded again and
        // the best run counts.
        for (let retry = 0; retry < 2 && timing.total > OFF_STORY_BUDGET_MS; retry++) {
          await page.reload({ waitUntil: 'domcontentloaded' });
          await decided(page);
          const again = await workMs(page);
          if (again.total < timing.total) timing = again;
        }
        // The baseline, measured in the same tab at the same moment: the page's own script
        // reading its body's text once and scanning it for digits, the least a quick check does.
        // On a loaded machine both grow together; the budget grows with the baseline.
        const baseline = await baselineMs(page);
        const budget = Math.max(OFF_STORY_BUDGET_MS, BASELINE_FACTOR * baseline);
        console.log(
          `${name}: ${state?.phase}, content-script work ${timing.total.toFixed(1)} ms [${timing.stages}]; ` +
            `baseline (read the body's text once) ${baseline.toFixed(1)} ms, budget ${budget.toFixed(0)} ms`,
        );
        expect(timing.total, name).toBeLessThanOrEqual(budget);

        // Page unchanged: the same markup as in a browser without the extension.
        await referencePage.goto(url, { waitUntil: 'domcontentloaded' });
        await referencePage.waitForTimeout(200);
        const without = await domSnapshot(referencePage);
        expect(after.html === without.html, `${name}: the DOM differs from the page without the extension`).toBe(true);
      }
      // Requests still in flight when the reference browser closes must not fail the test.
      await reference.unrouteAll({ behavior: 'ignoreErrors' });
      await plain.close();
      expect(errors).toEqual([]);
    } finally {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  test('seed paragraphs in three real pages: every paragraph has its facts highlighted', async ({ context }) => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'crossread-transplant-'));
    const cases = TRANSPLANTS.filter(([page]) => existsSync(join(REAL_PAGES, page, 'source.html')));
    for (const [page, seed] of cases) writeFileSync(join(dir, `${page}-${seed}.html`), transplant(page, seed));
    const { server, port } = await serveDirectory(dir);
    try {
      await routeOffline(context);
      const tab = await context.newPage();
      const errors = await extensionErrors(context, tab);
      for (const [page, seed] of cases) {
        await tab.goto(fixtureUrl(`seeds/${seed}.html`));
        await waitForClaims(tab);
        const want = await highlightsByParagraph(tab);
        expect(Object.keys(want).length, `seed ${seed} has highlighted paragraphs`).toBeGreaterThan(3);

        await tab.goto(`http://127.0.0.1:${port}/${page}-${seed}.html`);
        const state = await waitForClaims(tab, 30_000);
        expect(state.phase, page).toBe('painted');
        const got = await highlightsByParagraph(tab);
        const missing: string[] = [];
        for (const [paragraph, texts] of Object.entries(want)) {
          const here = new Set(got[paragraph] ?? []);
          for (const text of texts) if (!here.has(text)) missing.push(`"${text}" in "${paragraph.slice(0, 60)}…"`);
        }
        const work = await workMs(tab);
        console.log(
          `${page} with seed ${seed}: ${state.claims.length} highlights, ${Object.keys(want).length} seed paragraphs with facts, ` +
            `${missing.length} facts missing; content-script work ${work.total.toFixed(0)} ms [${work.stages}]`,
        );
        expect(missing, `${page} with seed ${seed}`).toEqual([]);
      }
      expect(errors).toEqual([]);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
