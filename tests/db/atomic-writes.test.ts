// A write that fails half-way leaves nothing half-written. Each multi-row write of the background
// (saving an analysed article, re-saving a changed one, importing, restoring, deleting) is made
// to fail in the middle — a Dexie `creating` hook throws on the Nth claim, as a quota error or a
// crash would — and the database must be exactly as it was before the write began.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CrossreadDB } from '../../lib/db/database';
import { saveAnalyzed } from '../../lib/background/save-article';
import { restoreArticle, removeArticle } from '../../lib/background/manage';
import { applyImport, buildExport } from '../../lib/export-import';
import type { AnalyzedArticle, Claim } from '../../lib/engine/types';
import { makeArticle, makeClaim, makeStory } from '../e2e/popup-fixtures';

let db: CrossreadDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`atomic-${n++}`);
  await db.open();
  await db.stories.put(makeStory());
});
afterEach(async () => {
  await db.delete();
});

/** Everything in the database, auto-increment keys included: "unchanged" means identical. */
async function dump(target: CrossreadDB) {
  return {
    stories: await target.stories.toArray(),
    articles: await target.articles.toArray(),
    claims: await target.claims.toArray(),
    settings: await target.settings.toArray(),
  };
}

/** From now on the `nth` claim created (1-based) throws inside the transaction. */
function failOnClaim(target: CrossreadDB, nth: number): () => void {
  let seen = 0;
  const hook = () => {
    if (++seen === nth) throw new Error('simulated failure half-way through the write');
  };
  target.claims.hook('creating', hook);
  return () => target.claims.hook('creating').unsubscribe(hook);
}

function analyzed(url: string, values: number[]): AnalyzedArticle {
  const text = values.map((v) => `Trufanov spent ${v} days in captivity.`).join(' ');
  const claims: Claim[] = values.map((v, i) => {
    const start = text.indexOf(String(v), i === 0 ? 0 : text.indexOf(`${values[i - 1]} days`) + 1);
    return {
      id: `${url}#${i}`, kind: 'number', start, end: start + String(v).length, written: String(v), quote: text,
      about: 'days in captivity', topic: `held-days-${i}`,
      value: { type: 'number', value: v, low: v, high: v, hedge: 'exact', unit: 'days' },
      prefix: 'spent ', suffix: ' days',
    };
  });
  return {
    key: url, url, outlet: 'Outlet', title: `Title of ${url}`, published: '2025-02-15', text, lang: 'en',
    story: { storyId: 'trufanov', onStory: true, score: 1, reasons: [] }, claims, asOf: '2025-02-15',
  };
}

describe('a write that fails half-way', () => {
  it('saving a new article: neither the article nor any claim is left', async () => {
    await saveAnalyzed(db, analyzed('https://a.example/other', [498]), { url: 'https://a.example/other', bundled: false });
    const before = await dump(db);
    const off = failOnClaim(db, 3);
    await expect(saveAnalyzed(db, analyzed('https://a.example/1', [1, 2, 3, 4, 5]), { url: 'https://a.example/1', bundled: false })).rejects.toThrow(/half-way/);
    off();
    expect(await dump(db)).toEqual(before);
  });

  it('re-saving a changed article: the old copy and its claims stay as they were', async () => {
    await saveAnalyzed(db, analyzed('https://a.example/1', [497, 10, 20]), { url: 'https://a.example/1', bundled: false });
    const before = await dump(db);
    const off = failOnClaim(db, 2);
    // The re-save deletes the old claims and rewrites the row before adding the new claims.
    await expect(saveAnalyzed(db, analyzed('https://a.example/1', [498, 11, 21, 31]), { url: 'https://a.example/1', bundled: false })).rejects.toThrow(/half-way/);
    off();
    expect(await dump(db)).toEqual(before);
  });

  it('importing: a failure on the last claim imports nothing', async () => {
    const source = openDatabase(`atomic-src-${n++}`);
    await source.stories.bulkPut([makeStory(), makeStory('own-x', { builtIn: false })]);
    await source.settings.put({ key: 'autoSave', value: false });
    for (let i = 0; i < 5; i++) {
      const id = (await source.articles.add(makeArticle(i))) as number;
      await source.claims.bulkAdd([0, 1, 2].map((j) => makeClaim(id, j)));
    }
    const data = await buildExport(source);
    await source.delete();
    await db.articles.add(makeArticle(0, { title: 'The saved copy of article 0' }));
    const before = await dump(db);
    const off = failOnClaim(db, 15);
    await expect(applyImport(db, data)).rejects.toThrow();
    off();
    expect(await dump(db)).toEqual(before);
  });

  it('restoring a removed article: no article without its claims', async () => {
    const id = (await db.articles.add(makeArticle(1))) as number;
    await db.claims.bulkAdd([0, 1, 2, 3].map((j) => makeClaim(id, j)));
    const removed = (await removeArticle(db, id))!;
    const before = await dump(db);
    const off = failOnClaim(db, 3);
    await expect(restoreArticle(db, removed)).rejects.toThrow();
    off();
    expect(await dump(db)).toEqual(before);
    // Without the failure it is all back.
    await restoreArticle(db, removed);
    expect(await db.claims.count()).toBe(4);
  });

  it('a failure while deleting leaves the article and all its claims', async () => {
    const id = (await db.articles.add(makeArticle(1))) as number;
    await db.claims.bulkAdd([0, 1, 2].map((j) => makeClaim(id, j)));
    const before = await dump(db);
    const hook = () => {
      throw new Error('simulated failure while deleting the article row');
    };
    db.articles.hook('deleting', hook);
    await expect(removeArticle(db, id)).rejects.toThrow(/simulated/);
    db.articles.hook('deleting').unsubscribe(hook);
    expect(await dump(db)).toEqual(before);
  });
});
