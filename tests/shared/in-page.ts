// Functions that run INSIDE a page, shared by the Chromium suite (Playwright, tests/e2e) and the
// Firefox suite (puppeteer-core, tests/e2e-firefox): both send `page.evaluate(fn, arg)` the
// function's source text, so each function here must stand alone. It may use only its argument
// and the page's globals: no imports, no module-level names, no other function of this file, and
// no syntax a test runner's transform rewrites into a helper call (esbuild's keepNames wraps named
// inner functions in `__name(...)`, which the page does not have). tests/shared/in-page.test.ts
// checks the source text of each under Vitest, tests/e2e/in-page.spec.ts under Playwright, and
// both suites run them in their browser.
import { HOSTILE_IN_PAGE } from './hostile';

/** Viewport centre of the first occurrence of `text` in the page's own text, scrolled into view. */
export function textCentre(text: string): { x: number; y: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const box = r.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  throw new Error(`text not found: ${text}`);
}

/**
 * Asks the E2E build's content script for its state over window messages (see
 * entrypoints/crossread.content/debug-hook.ts); null when nothing answers within a second.
 */
export function askCrossreadState(): Promise<unknown> {
  return new Promise((resolveState) => {
    const nonce = Math.random().toString(36);
    // An arrow assigned to a name would be wrapped by keepNames; a listener kept in an object is not.
    const listener = {
      handleEvent(e: MessageEvent) {
        if (e.data?.source === 'crossread' && e.data.nonce === nonce) {
          removeEventListener('message', listener);
          resolveState(e.data.state);
        }
      },
    };
    addEventListener('message', listener);
    postMessage({ source: 'crossread-test', nonce }, '*');
    setTimeout(() => resolveState(null), 1000);
  });
}

/**
 * Row counts of every store of the extension's database, read in one of its own pages with raw
 * IndexedDB (no Dexie there). Never creates the database: an empty one would hold up the
 * extension's own upgrade.
 */
export function countStores(): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('crossread');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = ['stories', 'articles', 'claims', 'settings'];
      let tx: IDBTransaction;
      try {
        tx = db.transaction(names);
      } catch (err) {
        db.close();
        fail(err);
        return;
      }
      const out: Record<string, number> = {};
      for (const n of names) {
        const r = tx.objectStore(n).count();
        r.onsuccess = () => (out[n] = r.result);
      }
      tx.oncomplete = () => {
        db.close();
        done(out);
      };
    };
  });
}

/** Every row of every store, as JSON: equal snapshots mean the database did not change. */
export function snapshotStores(): Promise<string> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('crossread');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = ['stories', 'articles', 'claims', 'settings'];
      const tx = db.transaction(names);
      const out: Record<string, unknown[]> = {};
      for (const n of names) {
        const r = tx.objectStore(n).getAll();
        r.onsuccess = () => (out[n] = r.result);
      }
      tx.oncomplete = () => {
        db.close();
        done(JSON.stringify(out));
      };
    };
  });
}

/** One row of the stories store, or undefined. */
export function storyById(id: string): Promise<{ enabled: boolean; title: string } | undefined> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('crossread');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const r = db.transaction('stories').objectStore('stories').get(id);
      r.onsuccess = () => {
        db.close();
        done(r.result);
      };
      r.onerror = () => {
        db.close();
        fail(r.error);
      };
    };
  });
}

/**
 * The id of the tab most recently opened before this extension page, or undefined: the extension
 * has no "tabs" permission, so it cannot see tab URLs, but ids grow in the order tabs are created.
 * Firefox names the API `browser`, Chromium `chrome`; both return promises.
 */
export async function newestOtherTab(): Promise<number | undefined> {
  type Tabs = { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
  const tabs = (g.browser ?? g.chrome)!.tabs;
  const self = (await tabs.getCurrent())?.id;
  const ids = (await tabs.query({})).map((t) => t.id).filter((i): i is number => i !== undefined && i !== self);
  return ids.length ? Math.max(...ids) : undefined;
}

/**
 * The saved articles as sorted lines "bundled|visited <title> <url>", read from the database in an
 * extension page: what must survive a restart of the browser.
 */
export function savedArticleRows(): Promise<string[]> {
  return new Promise((done, fail) => {
    const req = indexedDB.open('crossread');
    req.onerror = () => fail(req.error);
    req.onsuccess = () => {
      const all = req.result.transaction('articles').objectStore('articles').getAll();
      all.onsuccess = () =>
        done((all.result as Array<{ url: string; title: string; bundled: boolean }>).map((a) => `${a.bundled ? 'bundled' : 'visited'} ${a.title} ${a.url}`).sort());
    };
  });
}

/** Every function above, by name: the source checks and the in-browser runs go over all of them. */
export const IN_PAGE = {
  textCentre, askCrossreadState, countStores, snapshotStores, storyById, newestOtherTab, savedArticleRows,
  // The hostile pages' readers (tests/shared/hostile.ts), checked with the rest.
  ...HOSTILE_IN_PAGE,
} as const;

/**
 * What in a function's source text would break it in a page: a call to a helper a transform
 * injected (`__name(`, `__async(`, `_asyncToGenerator(` …). Empty when the function can be sent.
 * A helper is called as a free function: a method of the page's own (`window.__settle()`) is none.
 */
export function injectedHelpers(fn: (...args: never[]) => unknown): string[] {
  return [...new Set(fn.toString().match(/(?<![.\w$])_{1,2}[A-Za-z]\w*(?=\s*\()/g) ?? [])];
}
