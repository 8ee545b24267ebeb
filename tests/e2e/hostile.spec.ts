// Hostile pages (tests/hostile, served from 127.0.0.1 with their own headers) with the built
// extension in Chromium. On each page: the page's own scripts produce the same result as in a
// browser without the extension; the content script stays within its time budget; nothing is
// thrown or logged as an error by the page, the content script or the service worker.
import { CHROMIUM } from '../shared/chromium-path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { serveHostile } from '../hostile/server';
import { crossreadState, expect, test as base, type DebugState } from './extension';

/**
 * Budgets for the content script's main-thread work on a page (the sum of its
 * `crossread:work:*` measures, see entrypoints/crossread.content/timing.ts) and for its longest
 * single stretch (what can make the page stutter). Each test runs in a fresh browser profile, so
 * the first read includes compiling the content script; two tests run at once on two cores.
 * Measured on the 2-core dev machine (headless Chromium 156, shared with other test runs, so
 * the spread is wide): ordinary pages 28–270 ms total, most under 90 ms, longest stretch 13–254 ms;
 * pages read then declined 26–470 ms; the 100,000-node page 45–50 ms; the 10,000-number page
 * 0.9–2.2 s. The budgets sit above the spread so the test is not flaky; the spec prints its figures.
 */
const BUDGET = {
  /** An ordinary article page, hostile or not. */
  normal: { totalMs: 400, longestMs: 300 },
  /**
   * A page the extension reads and then declines (article in a shadow root or an iframe, which
   * the reader does not enter): reading a page without an article costs more than reading one,
   * as Readability retries before giving up.
   */
  declined: { totalMs: 800, longestMs: 600 },
  /** A 100,000-node DOM: the quick check and the reader walk the body once each. */
  bigDom: { totalMs: 800, longestMs: 600 },
  /**
   * 10,000 numbers in a 1,000-paragraph article, ~7,000 highlights. Too slow today: reading this
   * article is one 0.7–1.8 s task (lib/page/read-article); the budget guards against getting worse.
   */
  numbers: { totalMs: 4000, longestMs: 3000 },
};

/** Where a content-script run ends; anything else is still running or failed. */
const FINAL = /^(painted|off story|site off|no article|not on story)/;

interface Case {
  page: string;
  /** The extension must highlight the story (false: it may decline, but must not fail). */
  painted: boolean;
  budget: { totalMs: number; longestMs: number };
}

const CASES: Case[] = [
  { page: 'big-dom.html', painted: true, budget: BUDGET.bigDom },
  { page: 'live-rewrite.html', painted: true, budget: BUDGET.normal },
  { page: 'shadow-dom.html', painted: false, budget: BUDGET.declined },
  { page: 'iframe.html', painted: false, budget: BUDGET.declined },
  { page: 'csp.html', painted: true, budget: BUDGET.normal },
  { page: 'rtl.html', painted: true, budget: BUDGET.normal },
  { page: 'numbers.html', painted: true, budget: BUDGET.numbers },
  { page: 'builtins.html', painted: true, budget: BUDGET.normal },
  { page: 'fake-navigation.html', painted: true, budget: BUDGET.normal },
];

const test = base.extend<object, { hostileOrigin: string; plainBrowser: Browser }>({
  hostileOrigin: [
    async ({}, use) => {
      const { server, origin } = await serveHostile();
      await use(origin);
      await new Promise<void>((done) => server.close(() => done()));
    },
    { scope: 'worker' },
  ],
  // The same Chromium without the extension: the page's own result to compare with.
  plainBrowser: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

type PageResult = { elements: number; chars: number; hash: number; extra: unknown };

async function settledResult(page: Page): Promise<PageResult> {
  await page.evaluate(() => (window as unknown as { __settled: Promise<boolean> }).__settled);
  return page.evaluate(() => (window as unknown as { pageCompute(): PageResult }).pageCompute());
}

type SwErrors = { __swErrors?: string[] };

/**
 * Errors from the page, the content script (same console) and the extension's service worker:
 * its console errors, and (read at the end with swErrors) its uncaught errors and unhandled
 * rejections, which do not reach the console events.
 */
async function collectErrors(context: BrowserContext, page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  sw.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  await sw.evaluate(() => {
    const g = globalThis as unknown as SwErrors;
    if (g.__swErrors) return;
    g.__swErrors = [];
    addEventListener('error', (e) => g.__swErrors!.push(`uncaught: ${(e as ErrorEvent).message}`));
    addEventListener('unhandledrejection', (e) => g.__swErrors!.push(`unhandled rejection: ${String((e as PromiseRejectionEvent).reason)}`));
  });
  return errors;
}

async function swErrors(context: BrowserContext): Promise<string[]> {
  const sw = context.serviceWorkers()[0];
  return sw ? sw.evaluate(() => (globalThis as unknown as SwErrors).__swErrors ?? []) : ['the service worker is gone'];
}

async function finalState(page: Page, timeout = 30_000): Promise<DebugState> {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await crossreadState(page);
    if (s && FINAL.test(s.phase)) return s;
    if (Date.now() > end) throw new Error(`content script did not finish: ${JSON.stringify(s)?.slice(0, 300)}`);
    await page.waitForTimeout(150);
  }
}

interface Timing {
  stages: string;
  total: number;
  longest: number;
  toHighlights: number | null;
  longTasks: number;
}

async function timing(page: Page): Promise<Timing> {
  return page.evaluate(() => {
    const work = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('crossread:work:'));
    const to = performance.getEntriesByName('crossread:to-highlights')[0];
    const probe = (window as unknown as { __probe: { longTasks: { duration: number }[] } }).__probe;
    return {
      stages: work.map((e) => `${e.name.slice(15)} ${e.duration.toFixed(0)}`).join(', '),
      total: work.reduce((n, e) => n + e.duration, 0),
      longest: Math.max(0, ...work.map((e) => e.duration)),
      toHighlights: to ? to.duration : null,
      longTasks: probe.longTasks.length,
    };
  });
}

for (const c of CASES) {
  test(`hostile page ${c.page}: page unchanged, within budget, no errors`, async ({ context, hostileOrigin, plainBrowser }) => {
    test.setTimeout(90_000);
    const url = `${hostileOrigin}/${c.page}`;

    const plain = await plainBrowser.newPage();
    await plain.goto(url);
    const expected = await settledResult(plain);
    const plainViolations = await plain.evaluate(() => (window as unknown as { __probe: { violations: string[] } }).__probe.violations);
    await plain.close();

    const page = await context.newPage();
    const errors = await collectErrors(context, page);
    await page.goto(url);
    await page.evaluate(() => (window as unknown as { __settled: Promise<boolean> }).__settled);
    let state = await finalState(page);
    if (c.page === 'fake-navigation.html') {
      // ~60 fake "location changed" events (from when the page learned the name), and the address
      // never changed: one run, not 60.
      expect(await page.evaluate(() => (window as unknown as { __fakeNavigations(): number }).__fakeNavigations())).toBeGreaterThanOrEqual(40);
      expect(await page.evaluate(() => performance.getEntriesByName('crossread:work:read').length)).toBe(1);
      // A real change of address (a single-page site's pushState) still starts a new run.
      await page.evaluate(() => history.pushState({}, '', '?page=2'));
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('crossread:work:read').length), { timeout: 5000 }).toBe(2);
      state = await finalState(page);
    }
    if (c.page === 'live-rewrite.html') {
      // Let the batched re-read (800 ms after the last change) run and repaint.
      await page.waitForTimeout(1500);
      state = (await crossreadState(page))!;
    }

    // 1. The page's own scripts got the same result.
    const actual = await page.evaluate(() => (window as unknown as { pageCompute(): PageResult }).pageCompute());
    expect(actual).toEqual(expected);

    // 2. The extension did its work, and what it marks is what it says it marks.
    if (c.painted) {
      expect(state.phase, JSON.stringify(state).slice(0, 300)).toBe('painted');
      expect(state.claims.length).toBeGreaterThan(0);
      for (const claim of state.claims) expect(claim.text.replace(/\s+/g, ' ')).toBe(claim.written.replace(/\s+/g, ' '));
    }
    expect(state.phase).toMatch(FINAL);

    // 3. Within budget. The machine is shared and a fresh profile compiles the content script on
    // first use, so one spike is allowed: over budget, the page is loaded once more and the
    // better run counts. Both are printed.
    const runs = [await timing(page)];
    const over = (t: Timing) => t.total > c.budget.totalMs || t.longest > c.budget.longestMs;
    if (over(runs[0]!)) {
      await page.reload();
      await page.evaluate(() => (window as unknown as { __settled: Promise<boolean> }).__settled);
      await finalState(page);
      runs.push(await timing(page));
    }
    for (const t of runs) {
      console.log(
        `${c.page}: phase "${state.phase.slice(0, 40)}", ${state.claims.length} highlights, content-script work ${t.total.toFixed(0)} ms ` +
          `(longest ${t.longest.toFixed(0)} ms), to highlights ${t.toHighlights?.toFixed(0) ?? '–'} ms, ${t.longTasks} long tasks [${t.stages}]`,
      );
    }
    const best = runs.reduce((a, b) => (b.total < a.total ? b : a));
    expect(best.total).toBeLessThanOrEqual(c.budget.totalMs);
    expect(best.longest).toBeLessThanOrEqual(c.budget.longestMs);

    // 4. Nothing thrown or blocked.
    const violations = await page.evaluate(() => (window as unknown as { __probe: { violations: string[] } }).__probe.violations);
    expect(violations).toEqual(plainViolations);
    if (c.page === 'builtins.html') {
      expect(await page.evaluate(() => (window as unknown as { __extensionCalls: string[] }).__extensionCalls)).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(await swErrors(context)).toEqual([]);
  });
}
