// Upgrades keep every row. A database made by the first released schema (v1), filled with data,
// is opened by the current openDatabase(); every row must still be there, unchanged in every
// field it had, and findable through the indexes the code queries. The v1 schema is frozen
// here on purpose: lib/db/database.ts will append versions, this file must keep describing
// what a v1 user has on disk.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/database';
import type { ArticleRow, ClaimRow, SettingRow, StoryRow } from '../../lib/db/database';
import { makeArticle, makeClaim, makeStory } from '../e2e/popup-fixtures';

/** The schema of the first release, exactly as v1 declared it. Never edit. */
const V1_STORES = {
  stories: 'id, enabled',
  articles: '++id, &url, storyId, savedAt',
  claims: '++rowId, id, articleId, storyId, topic, [storyId+topic]',
  settings: 'key',
};

let n = 0;
const freshName = () => `upgrade-${n++}`;

interface V1Data {
  stories: StoryRow[];
  articles: ArticleRow[];
  claims: ClaimRow[];
  settings: SettingRow[];
}

/** Writes a v1 database the way a v1 build did, then closes it as a browser restart would. */
async function makeV1Database(name: string): Promise<V1Data> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  const stories = [makeStory(), makeStory('own-mine', { builtIn: false, enabled: false, title: 'Mine — «Труфанов» ‏עברית‏' })];
  await v1.table('stories').bulkAdd(stories);
  const articles: ArticleRow[] = [];
  const claims: ClaimRow[] = [];
  for (let i = 0; i < 40; i++) {
    const row = makeArticle(i, i % 5 === 0 ? { storyId: null, story: { storyId: null, onStory: false, score: 0, reasons: [] } } : {});
    const id = (await v1.table('articles').add(row)) as number;
    articles.push({ ...row, id });
    for (let j = 0; j < 6; j++) {
      const c = makeClaim(id, j, { storyId: row.storyId, ...(j === 2 ? { previousWritten: '397' } : {}) });
      c.rowId = (await v1.table('claims').add(c)) as number;
      claims.push(c);
    }
  }
  const settings = [
    { key: 'autoSave', value: false },
    { key: 'offSites', value: ['example.com', 'news.example'] },
    { key: 'seedVersion', value: 1 },
  ];
  await v1.table('settings').bulkAdd(settings);
  v1.close();
  return { stories, articles, claims, settings };
}

describe('schema upgrade from the first release', () => {
  it('opens a filled v1 database with openDatabase() and loses no row', async () => {
    const name = freshName();
    const before = await makeV1Database(name);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);

    const stories = await db.stories.toArray();
    const articles = await db.articles.toArray();
    const claims = await db.claims.toArray();
    const settings = await db.settings.toArray();
    expect(stories).toHaveLength(before.stories.length);
    expect(articles).toHaveLength(before.articles.length);
    expect(claims).toHaveLength(before.claims.length);
    expect(settings).toHaveLength(before.settings.length);
    // A later version may add fields, never drop or change the old ones.
    for (const s of before.stories) expect(await db.stories.get(s.id)).toMatchObject(s);
    for (const a of before.articles) expect(await db.articles.get(a.id!)).toMatchObject(a);
    for (const c of before.claims) expect(await db.claims.get(c.rowId!)).toMatchObject(c);
    for (const s of before.settings) expect(await db.settings.get(s.key)).toMatchObject(s);

    // The look-ups the background makes still work on the upgraded rows.
    const a7 = before.articles[7]!;
    expect((await db.articles.where('url').equals(a7.url).first())?.id).toBe(a7.id);
    expect(await db.claims.where('articleId').equals(a7.id!).count()).toBe(6);
    expect(await db.claims.where('[storyId+topic]').equals(['trufanov', 'age']).count()).toBe(
      before.claims.filter((c) => c.storyId === 'trufanov' && c.topic === 'age').length,
    );
    // And the unique URL still holds.
    await expect(db.articles.add({ ...a7, id: undefined })).rejects.toThrow();
    db.close();
  });

  it('v3: every story gets lastOpenedAt null, and a v2 database keeps a value it already had', async () => {
    const name = freshName();
    const before = await makeV1Database(name);
    // A v2 database (v1 plus the title index), one story already carrying the field.
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores({ articles: '++id, &url, storyId, savedAt, title' });
    await v2.open();
    await v2.table('stories').update('own-mine', { lastOpenedAt: 1234 });
    v2.close();
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.stories.get('trufanov'))?.lastOpenedAt).toBeNull();
    expect((await db.stories.get('own-mine'))?.lastOpenedAt).toBe(1234);
    for (const s of before.stories) expect(await db.stories.get(s.id)).toMatchObject(s);
    expect(await db.articles.count()).toBe(before.articles.length);
    expect(await db.claims.count()).toBe(before.claims.length);
    db.close();
  });

  it('opening the current schema twice changes nothing', async () => {
    const name = freshName();
    await makeV1Database(name);
    const first = openDatabase(name);
    const snapshot = { a: await first.articles.toArray(), c: await first.claims.toArray() };
    first.close();
    const second = openDatabase(name);
    expect(await second.articles.toArray()).toEqual(snapshot.a);
    expect(await second.claims.toArray()).toEqual(snapshot.c);
    second.close();
  });

  it('a database from a newer build is not opened destructively', async () => {
    // Downgrades happen (a reader installs an older build). Dexie 4 opens a database whose
    // version is higher than the one declared, keeping what is on disk; it must never wipe it.
    const name = freshName();
    const newer = new Dexie(name);
    newer.version(999).stores({ ...V1_STORES, extra: 'id' });
    await newer.open();
    await newer.table('articles').add(makeArticle(1));
    newer.close();
    const db = openDatabase(name);
    const opened = await db.open().then(() => true, () => false);
    if (opened) expect(await db.articles.count()).toBe(1);
    db.close();
    const again = new Dexie(name);
    await again.open(); // dynamic mode: whatever is on disk
    expect(await again.table('articles').count()).toBe(1);
    again.close();
  });
});
