// The hostile pages (tests/hostile, served by tests/hostile/server.ts) as both browser suites run
// them with the built extension: which pages, what the extension must do on each, its time
// budgets, and the functions that read a page's own result and the content script's timing.
// The in-page functions follow the rules of tests/shared/in-page.ts (each stands alone: it is
// sent to the page as source text) and are checked with the others there (IN_PAGE).

/**
 * Budgets for the content script's main-thread work on a page (the sum of its
 * `crossread:work:*` measures, see entrypoints/crossread.content/timing.ts) and for its longest
 * single stretch (what can make the page stutter). Each test runs in a fresh browser profile, so
 * the first read includes compiling the content script. Measured on the 2-core dev machine
 * (headless Chromium 156, shared with other test runs, so the spread is wide): ordinary pages
 * 28–270 ms total, most under 90 ms, longest stretch 13–254 ms; pages read then declined
 * 26–470 ms; the 100,000-node page 45–50 ms; the 10,000-number page 0.9–2.2 s. Firefox ESR 153
 * (tests/e2e-firefox/hostile.firefox.ts prints its figures) stays within the same budgets. The
 * budgets sit above the spread so the tests are not flaky; both suites print their figures.
 */
export const BUDGET = {
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
export const FINAL = /^(painted|off story|site off|no article|not on story)/;

export interface HostileCase {
  page: string;
  /** The extension must highlight the story (false: it may decline, but must not fail). */
  painted: boolean;
  budget: { totalMs: number; longestMs: number };
}

export const HOSTILE_CASES: HostileCase[] = [
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

/**
 * The live ticker page re-reads 800 ms after its last change (batched): wait this long after
 * the first final state before reading what the extension shows.
 */
export const LIVE_REWRITE_SETTLE_MS = 1500;

/** What the page's own scripts produced (tests/hostile/probe.js): equal with and without the extension. */
export type PageResult = { elements: number; chars: number; hash: number; extra: unknown };

export interface Timing {
  stages: string;
  total: number;
  longest: number;
  toHighlights: number | null;
  longTasks: number;
}

/** Over budget in total or in its longest stretch. */
export function overBudget(t: Timing, budget: HostileCase['budget']): boolean {
  return t.total > budget.totalMs || t.longest > budget.longestMs;
}

/** One line of figures for the test log. */
export function describeRun(page: string, phase: string, highlights: number, t: Timing): string {
  return (
    `${page}: phase "${phase.slice(0, 40)}", ${highlights} highlights, content-script work ${t.total.toFixed(0)} ms ` +
    `(longest ${t.longest.toFixed(0)} ms), to highlights ${t.toHighlights?.toFixed(0) ?? '–'} ms, ${t.longTasks} long tasks [${t.stages}]`
  );
}

// ---- In the page -------------------------------------------------------------------------

/** Resolves once the hostile page has done its own work (its load, or its ticker's last tick). */
export function pageSettled(): Promise<boolean> {
  return (window as unknown as { __settled: Promise<boolean> }).__settled;
}

/** The page's own result (tests/hostile/probe.js `pageCompute`). */
export function pageResult(): PageResult {
  return (window as unknown as { pageCompute(): PageResult }).pageCompute();
}

/** Content-Security-Policy violations the page saw, from its very start. */
export function pageViolations(): string[] {
  return (window as unknown as { __probe: { violations: string[] } }).__probe.violations;
}

/** Built-ins of the page called from an extension's stack (builtins.html): must stay empty. */
export function extensionCalls(): string[] {
  return (window as unknown as { __extensionCalls: string[] }).__extensionCalls;
}

/** "Location changed" events fake-navigation.html fired (the address never changed). */
export function fakeNavigations(): number {
  return (window as unknown as { __fakeNavigations(): number }).__fakeNavigations();
}

/** How many times the content script read the page. */
export function readRuns(): number {
  return performance.getEntriesByName('crossread:work:read').length;
}

/** The content script's main-thread work on the page, from its `crossread:work:*` measures. */
export function contentScriptTiming(): Timing {
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
}

export const HOSTILE_IN_PAGE = { pageSettled, pageResult, pageViolations, extensionCalls, fakeNavigations, readRuns, contentScriptTiming } as const;
