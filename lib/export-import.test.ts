import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CrossreadDB } from './db/database';
import { applyImport, buildExport, checkImportSize, EXPORT_SCHEMA_VERSION, MAX_IMPORT_BYTES, parseExport, utf8Length } from './export-import';
import { makeArticle, makeClaim, makeStory } from '../tests/e2e/popup-fixtures';

let db: CrossreadDB;
let n = 0;

beforeEach(async () => {
  db = openDatabase(`export-import-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function fill(target: CrossreadDB, articles = 3, claimsEach = 4): Promise<void> {
  await target.stories.bulkPut([makeStory(), makeStory('mine', { builtIn: false, title: 'My story', enabled: false })]);
  await target.settings.bulkPut([{ key: 'autoSave', value: false }, { key: 'offSites', value: ['example.com'] }]);
  for (let i = 0; i < articles; i++) {
    const id = (await target.articles.add(makeArticle(i))) as number;
    await target.claims.bulkAdd(Array.from({ length: claimsEach }, (_, j) => makeClaim(id, j, j === 0 ? { previousWritten: '399' } : {})));
  }
}

/** Everything in the database except auto-increment keys, in a stable order, to compare states. */
async function snapshot(target: CrossreadDB) {
  const articles = await target.articles.toArray();
  const urlOf = new Map(articles.map((a) => [a.id, a.url]));
  return {
    stories: (await target.stories.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
    settings: await target.settings.toArray(),
    articles: articles.map(({ id: _id, ...a }) => a).sort((a, b) => a.url.localeCompare(b.url)),
    claims: (await target.claims.toArray())
      .map(({ rowId: _r, articleId, ...c }) => ({ ...c, article: urlOf.get(articleId) }))
      .sort((a, b) => `${a.article}${a.id}`.localeCompare(`${b.article}${b.id}`)),
  };
}

describe('export and import', () => {
  it('round-trips every row into an empty database', async () => {
    await fill(db);
    const text = JSON.stringify(await buildExport(db));
    const other = openDatabase(`export-import-${n++}`);
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const summary = await applyImport(other, parsed.data);
    expect(summary).toEqual({ stories: 2, articles: 3, claims: 12, settings: 2 });
    expect(await snapshot(other)).toEqual(await snapshot(db));
    await other.delete();
  });

  it('merges by address: importing the same export twice adds nothing', async () => {
    await fill(db);
    const parsed = parseExport(JSON.stringify(await buildExport(db)));
    if (!parsed.ok) throw new Error(parsed.error);
    const before = await snapshot(db);
    await applyImport(db, parsed.data);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.claims.count()).toBe(12);
  });

  const refusals: [string, () => Promise<string>, RegExp][] = [
    ['corrupt JSON', async () => JSON.stringify(await buildExport(db)).slice(0, -40), /not valid JSON/],
    ['another program\'s JSON', async () => JSON.stringify({ bookmarks: [{ url: 'https://x' }] }), /not a Crossread export/],
    ['a newer schema', async () => JSON.stringify({ ...(await buildExport(db)), schemaVersion: EXPORT_SCHEMA_VERSION + 1 }), /newer version of Crossread/],
    ['a wrong shape', async () => {
      const e = await buildExport(db);
      (e.articles[1] as unknown as Record<string, unknown>).title = 42;
      return JSON.stringify(e);
    }, /damaged: articles\[1\] has no text "title"/],
    ['a claim of a missing article', async () => {
      const e = await buildExport(db);
      e.claims[0]!.articleId = 9999;
      return JSON.stringify(e);
    }, /not in the file/],
    ['a 50 MB file', async () => {
      const e = await buildExport(db);
      e.articles[0]!.text = 'x'.repeat(50 * 1024 * 1024);
      return JSON.stringify(e);
    }, /too large \(50 MB\)/],
  ];

  for (const [name, make, message] of refusals) {
    it(`refuses ${name} with a reason and leaves the database unchanged`, async () => {
      await fill(db);
      const before = await snapshot(db);
      const result = parseExport(await make());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was imported/);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('writes nothing when a write fails half-way (one transaction)', async () => {
    await fill(db);
    const parsed = parseExport(JSON.stringify(await buildExport(db)));
    if (!parsed.ok) throw new Error(parsed.error);
    const fresh = openDatabase(`export-import-${n++}`);
    await fresh.stories.put(makeStory('existing'));
    const before = await snapshot(fresh);
    // The last write of the import fails, after stories, settings and articles were written.
    fresh.claims.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof fresh.claims.bulkAdd;
    await expect(applyImport(fresh, parsed.data)).rejects.toThrow('disk full');
    const after = await snapshot(fresh);
    expect(after.stories).toEqual(before.stories);
    expect(after.articles).toEqual(before.articles);
    expect(after.settings).toEqual(before.settings);
    await fresh.delete();
  });
});

describe('sizes', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('Труфанов')).toBe(16);
    expect(utf8Length('😀')).toBe(4);
  });
  it('refuses a file over the limit before reading it', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatch(/too large/);
    expect(checkImportSize(0)).toMatch(/empty/);
    expect(checkImportSize(1000)).toBeNull();
  });
});
