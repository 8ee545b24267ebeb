// Two tabs saving the same article at once give one article. Both tabs' messages reach the one
// background, which runs both saves concurrently on its database handle; a second handle on the
// same database (a service worker restarted while the old one still finishes a write) must not
// make a duplicate either. Real engine, real story, a real seed page.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CrossreadDB, type StoryRow } from '../../lib/db/database';
import { analyzePage } from '../../lib/background/page-analysis';
import { readHtml } from '../../lib/background/read-html';
import type { PageArticle } from '../../lib/messages';

const story = JSON.parse(readFileSync('public/stories/trufanov.json', 'utf8')) as StoryRow;
const seed = readHtml(readFileSync('tests/fixtures/seeds/002.html', 'utf8'), 'https://news.example/trufanov');

let db: CrossreadDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`concurrent-${n++}`);
  await db.stories.put({ ...story, enabled: true, builtIn: true, createdAt: 0 });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function rows(target: CrossreadDB) {
  const articles = await target.articles.toArray();
  const claims = await target.claims.toArray();
  return { articles, claims };
}

describe('two tabs saving the same URL at once', () => {
  it('one background: one article, one set of claims', async () => {
    const page: PageArticle = { ...seed };
    const results = await Promise.all([
      analyzePage(db, page, { forceSave: true }),
      analyzePage(db, { ...page, url: `${page.url}#comments` }),
      analyzePage(db, page, { forceSave: true }),
    ]);
    const { articles, claims } = await rows(db);
    expect(articles).toHaveLength(1);
    expect(results.filter((r) => r.articleId !== null).every((r) => r.articleId === articles[0]!.id)).toBe(true);
    // Exactly the claims of one analysis, not two copies.
    expect(claims.length).toBeGreaterThan(0);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(claims.every((c) => c.articleId === articles[0]!.id)).toBe(true);
  });

  it('two database handles (an old and a new worker): still one article, no error', async () => {
    const other = openDatabase(db.name);
    const page: PageArticle = { ...seed };
    const settled = await Promise.allSettled([analyzePage(db, page, { forceSave: true }), analyzePage(other, page, { forceSave: true })]);
    // One of the two may be refused by the unique URL index; none may leave a second copy.
    expect(settled.some((s) => s.status === 'fulfilled')).toBe(true);
    const { articles, claims } = await rows(db);
    expect(articles).toHaveLength(1);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(claims.every((c) => c.articleId === articles[0]!.id)).toBe(true);
    other.close();
  });

  it('a canonical URL and a tracking URL of the same article saved at once: one article', async () => {
    const canonical = 'https://news.example/trufanov';
    await Promise.all([
      analyzePage(db, { ...seed, url: `${canonical}?utm_source=x`, canonicalUrl: canonical }, { forceSave: true }),
      analyzePage(db, { ...seed, url: canonical, canonicalUrl: null }, { forceSave: true }),
    ]);
    const { articles } = await rows(db);
    expect(articles.map((a) => a.url)).toEqual([canonical]);
  });
});
