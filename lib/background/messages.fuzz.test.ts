// The background's message door, driven the way Chrome drives it: messages go through WXT's fake
// browser (runtime.onMessage with a sender) into the real handlers of page-handlers.ts and
// manage.ts, on fake-indexeddb. Every message from anyone but this extension is refused; every
// malformed or oversized payload gets an error back and writes nothing; random payloads never
// crash the listener.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CrossreadDB } from '../db/database';
import type { ProtocolMap } from '../messages';
import { registerManageHandlers } from './manage';
import { registerPageHandlers } from './page-handlers';
import { MAX_CLAIMS, MAX_TEXT_CHARS } from './validate';
import { makeArticle, makeClaim, makeStory } from '../../tests/e2e/popup-fixtures';

const OWN_ID = fakeBrowser.runtime.id;
let db: CrossreadDB;
let n = 0;

beforeAll(() => {
  // Registered once, as the background does: a context allows one handler per message type.
  registerPageHandlers(async () => db, OWN_ID);
  registerManageHandlers(async () => db, OWN_ID);
});

beforeEach(async () => {
  db = openDatabase(`messages-${n++}`);
  await db.stories.put(makeStory());
  const id = (await db.articles.add(makeArticle(1))) as number;
  await db.claims.bulkAdd([0, 1, 2].map((j) => makeClaim(id, j)));
  await db.settings.put({ key: 'autoSave', value: true });
});

type Reply = { res?: unknown; err?: { name?: string; message?: string } };

/** Delivers one message as Chrome would, with `sender`; returns the handler's { res } or { err }. */
async function deliver(type: string, data: unknown, sender: Record<string, unknown> = { id: OWN_ID }): Promise<Reply | undefined> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender)) as Array<Reply | undefined>;
  return replies.find((r) => r !== undefined);
}

async function dump() {
  return {
    stories: await db.stories.toArray(),
    articles: await db.articles.toArray(),
    claims: await db.claims.toArray(),
    settings: await db.settings.toArray(),
  };
}

const article = {
  url: 'https://news.example/trufanov',
  canonicalUrl: null,
  title: 'Alexander Trufanov freed after 498 days',
  outlet: 'News',
  published: '2025-02-15',
  lang: 'en',
  text: 'Alexander Trufanov was freed on February 15, 2025, after 498 days in Gaza.',
};

/** Every message the background answers, each with a payload it would accept. */
const GOOD: { [K in keyof ProtocolMap]?: unknown } = {
  getPageConfig: { url: 'https://news.example/a' },
  analyzePage: { article },
  saveArticle: { article },
  dropArticle: { url: 'https://outlet1.example/story/1' },
  removeArticle: { articleId: 1 },
  restoreArticle: { article: makeArticle(50), claims: [makeClaim(50, 0)] },
  markNotAboutStory: { articleId: 1 },
  saveStory: { story: { title: 'Another', people: [{ name: 'Someone Else' }], places: [], terms: [] } },
  followStory: { story: { title: 'Followed', people: [{ name: 'Someone Else', weight: 'core' }], places: [], terms: ['a term'] } },
  setStoryEnabled: { id: 'trufanov', enabled: false },
  deleteStory: { id: 'trufanov' },
  setOffSites: { sites: ['example.com'] },
  setAutoSave: { on: false },
  importData: { text: '{}' },
  deleteAllData: { confirm: 'delete everything' },
};
const TYPES = Object.keys(GOOD) as (keyof ProtocolMap)[];

describe('who may send', () => {
  const strangers: [string, Record<string, unknown>][] = [
    ['another extension', { id: 'some-other-extension' }],
    ['a web page (no id)', { url: 'https://evil.example/', origin: 'https://evil.example' }],
    ['a sender without anything', {}],
  ];
  for (const [who, sender] of strangers) {
    it(`refuses every message from ${who} and writes nothing`, async () => {
      const before = await dump();
      for (const type of TYPES) {
        const reply = await deliver(type, GOOD[type], sender);
        expect(reply?.err?.message, type).toMatch(/sender is not this extension/);
      }
      expect(await dump()).toEqual(before);
    });
  }

  it('the same payloads from the extension itself are accepted (the refusals above are the sender)', async () => {
    for (const type of ['getPageConfig', 'setAutoSave', 'markNotAboutStory'] as const) {
      const reply = await deliver(type, GOOD[type]);
      expect(reply?.err, type).toBeUndefined();
    }
  });
});

describe('bad payloads get an error and write nothing', () => {
  const big = 'x'.repeat(MAX_TEXT_CHARS + 1);
  const bad: [string, string, unknown][] = [
    ['analyzePage', 'no article', {}],
    ['analyzePage', 'text over 2 MB', { article: { ...article, text: big } }],
    ['saveArticle', 'text over 2 MB', { article: { ...article, text: big } }],
    ['saveArticle', 'a javascript: URL', { article: { ...article, url: 'javascript:alert(1)' } }],
    ['saveArticle', 'a data: canonical URL', { article: { ...article, canonicalUrl: 'data:text/html,<script>alert(1)</script>' } }],
    ['saveArticle', 'a title that is an object', { article: { ...article, title: { toString: 'x' } } }],
    ['saveArticle', 'a 10 KB language', { article: { ...article, lang: 'x'.repeat(10_000) } }],
    ['saveArticle', 'an array for data', [article]],
    ['dropArticle', 'a file: URL', { url: 'file:///etc/passwd' }],
    ['removeArticle', 'a string id', { articleId: '1' }],
    ['removeArticle', 'a negative id', { articleId: -1 }],
    ['markNotAboutStory', 'a fractional id', { articleId: 1.5 }],
    ['restoreArticle', 'no claims list', { article: makeArticle(50) }],
    ['restoreArticle', 'a claim without topic', { article: makeArticle(50), claims: [{ id: 'x', written: '1' }] }],
    ['restoreArticle', `more than ${MAX_CLAIMS} claims`, { article: makeArticle(50), claims: Array.from({ length: MAX_CLAIMS + 1 }, (_, i) => makeClaim(50, i)) }],
    ['restoreArticle', 'text over 2 MB', { article: makeArticle(50, { text: big }), claims: [makeClaim(50, 0)] }],
    ['restoreArticle', 'a javascript: URL', { article: makeArticle(50, { url: 'javascript:alert(1)' }), claims: [makeClaim(50, 0)] }],
    ['saveStory', 'no people or places', { story: { title: 'Empty', people: [], places: [], terms: [] } }],
    ['saveStory', 'a 1 MB title', { story: { title: 'x'.repeat(1_000_000), people: [{ name: 'A' }], places: [], terms: [] } }],
    ['saveStory', '10,000 people', { story: { title: 'Many', people: Array.from({ length: 10_000 }, (_, i) => ({ name: `P${i}` })), places: [], terms: [] } }],
    ['followStory', 'no people or places', { story: { title: 'Empty', people: [], places: [], terms: ['x'] } }],
    ['followStory', 'no story', {}],
    ['followStory', 'terms that are not text', { story: { title: 'T', people: [{ name: 'A' }], places: [], terms: [{}] } }],
    ['followStory', '10,000 terms', { story: { title: 'T', people: [{ name: 'A' }], places: [], terms: Array.from({ length: 10_000 }, (_, i) => `t${i}`) } }],
    ['setStoryEnabled', 'a string for enabled', { id: 'trufanov', enabled: 'false' }],
    ['setOffSites', '10,000 sites', { sites: Array.from({ length: 10_000 }, (_, i) => `s${i}.example`) }],
    ['setOffSites', 'a site that is not text', { sites: [{}] }],
    ['setAutoSave', 'a number for on', { on: 0 }],
    ['importData', 'a broken export', { text: '{"format":"crossread-export","schemaVersion":1,"stories":[{}]}' }],
    ['importData', 'a number for text', { text: 42 }],
    // Regression: an imported or restored javascript: address became the href of the card's
    // "other source" link, which runs in the news site's page when clicked.
    ['importData', 'an article with a javascript: address', { text: JSON.stringify({
      format: 'crossread-export', schemaVersion: 1, exportedAt: '', stories: [], settings: [],
      articles: [{ ...makeArticle(60), id: 60, url: 'javascript:document.body.dataset.pwned=1' }], claims: [makeClaim(60, 0)],
    }) }],
    ['deleteAllData', 'no confirmation', {}],
    ['deleteAllData', 'the wrong confirmation', { confirm: 'yes' }],
  ];
  it.each(bad)('%s with %s', async (type, _what, data) => {
    const before = await dump();
    const t0 = performance.now();
    const reply = await deliver(type, data);
    // Refused by the checks, before the engine or the database is reached.
    expect(performance.now() - t0).toBeLessThan(2000);
    // importData answers a damaged file with { ok: false, error } for the options page to show.
    const refused = reply?.err !== undefined || (reply?.res as { ok?: boolean } | undefined)?.ok === false;
    expect(refused, JSON.stringify(reply)?.slice(0, 200)).toBe(true);
    expect(await dump()).toEqual(before);
  });

  it('messages of unknown types and non-messages are ignored without writing', async () => {
    const before = await dump();
    expect(await deliver('dropDatabase', {})).toBeUndefined();
    // @webext-core/messaging looks handlers up in a plain object, so these reach Object.prototype
    // (one throws inside the library's listener); neither reaches a handler or the database.
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) await deliver(type, {}).catch(() => undefined);
    for (const junk of [null, 'analyzePage', 42, [], { type: 'saveArticle' }]) {
      await fakeBrowser.runtime.onMessage.trigger(junk, { id: OWN_ID }).catch(() => undefined);
    }
    expect(await dump()).toEqual(before);
  });

  it('random payloads for every message never crash the listener; a refusal writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }), async (type, data) => {
        const before = await dump();
        const reply = await deliver(type, data);
        expect(reply).toBeDefined();
        expect('res' in reply! || 'err' in reply!).toBe(true);
        if (reply!.err) expect(await dump()).toEqual(before);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
