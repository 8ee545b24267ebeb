// Hostile pages (tests/hostile, served from 127.0.0.1 with their own headers) with the built
// extension in Chromium; the pages, budgets and in-page readers are shared with the Firefox suite
// (tests/shared/hostile.ts, tests/e2e-firefox/hostile.firefox.ts). On each page: the page's own
// scripts produce the same result as in a browser without the extension; the content script stays within its time budget; nothing is
// thrown or logged as an error by the page, the content script or the service worker.
import { CHROMIUM } from '../shared/chromium-path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { serveHostile } from '../hostile/server';
import { crossreadState, expect, test as base, type DebugState } from './extension';
import {
  FINAL, HOSTILE_CASES, LIVE_REWRITE_SETTLE_MS, contentScriptTiming, describeRun, extensionCalls, fakeNavigations,
  overBudget, pageResult, pageSettled, pageViolations, readRuns, type PageResult, type Timing,
} from '../shared/hostile';

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

async function settledResult(page: Page): Promise<PageResult> {
  await page.evaluate(pageSettled);
  return page.evaluate(pageResult);
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

for (const c of HOSTILE_CASES) {
  test(`hostile page ${c.page}: page unchanged, within budget, no errors`, async ({ context, hostileOrigin, plainBrowser }) => {
    test.setTimeout(90_000);
    const url = `${hostileOrigin}/${c.page}`;

    const plain = await plainBrowser.newPage();
    await plain.goto(url);
    const expected = await settledResult(plain);
    const plainViolations = await plain.evaluate(pageViolations);
    await plain.close();

    const page = await context.newPage();
    const errors = await collectErrors(context, page);
    await page.goto(url);
    await page.evaluate(pageSettled);
    let state = await finalState(page);
    if (c.page === 'fake-navigation.html') {
      // ~60 fake "location changed" events (from when the page learned the name), and the address
      // never changed: one run, not 60.
      expect(await page.evaluate(fakeNavigations)).toBeGreaterThanOrEqual(40);
      expect(await page.evaluate(readRuns)).toBe(1);
      // A real change of address (a single-page site's pushState) still starts a new run.
      await page.evaluate(() => history.pushState({}, '', '?page=2'));
      await expect.poll(() => page.evaluate(readRuns), { timeout: 5000 }).toBe(2);
      state = await finalState(page);
    }
    if (c.page === 'live-rewrite.html') {
      // Let the batched re-read (800 ms after the last change) run and repaint.
      await page.waitForTimeout(LIVE_REWRITE_SETTLE_MS);
      state = (await crossreadState(page))!;
    }

    // 1. The page's own scripts got the same result.
    const actual = await page.evaluate(pageResult);
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
    const runs: Timing[] = [await page.evaluate(contentScriptTiming)];
    if (overBudget(runs[0]!, c.budget)) {
      await page.reload();
      await page.evaluate(pageSettled);
      await finalState(page);
      runs.push(await page.evaluate(contentScriptTiming));
    }
    for (const t of runs) console.log(describeRun(c.page, state.phase, state.claims.length, t));
    const best = runs.reduce((a, b) => (b.total < a.total ? b : a));
    expect(best.total).toBeLessThanOrEqual(c.budget.totalMs);
    expect(best.longest).toBeLessThanOrEqual(c.budget.longestMs);

    // 4. Nothing thrown or blocked.
    const violations = await page.evaluate(pageViolations);
    expect(violations).toEqual(plainViolations);
    if (c.page === 'builtins.html') {
      expect(await page.evaluate(extensionCalls)).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(await swErrors(context)).toEqual([]);
  });
}
