import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CrossreadDB } from '../db/database';
import { getSetting, setSetting } from '../db/settings';
import { buildExport } from '../export-import';
import { makeArticle, makeClaim, makeStory } from '../../tests/e2e/popup-fixtures';
import {
  deleteAllData,
  deleteStory,
  importData,
  markNotAboutStory,
  normaliseSites,
  removeArticle,
  restoreArticle,
  saveStory,
  setStoryEnabled,
  storyIdFor,
  validateStoryInput,
} from './manage';

let db: CrossreadDB;
let n = 0;
let ids: number[];

beforeEach(async () => {
  db = openDatabase(`manage-${n++}`);
  await db.stories.put(makeStory());
  ids = [];
  for (let i = 0; i < 3; i++) {
    const id = (await db.articles.add(makeArticle(i))) as number;
    ids.push(id);
    await db.claims.bulkAdd([makeClaim(id, 0), makeClaim(id, 1)]);
  }
});
afterEach(async () => {
  await db.delete();
});

describe('remove and undo', () => {
  it('removes an article with its claims and puts both back', async () => {
    const removed = await removeArticle(db, ids[1]!);
    expect(removed?.claims).toHaveLength(2);
    expect(await db.articles.count()).toBe(2);
    expect(await db.claims.where('articleId').equals(ids[1]!).count()).toBe(0);
    // The popup holds the removed rows as JSON between the two messages.
    const { articleId } = await restoreArticle(db, JSON.parse(JSON.stringify(removed)));
    expect(articleId).toBe(ids[1]);
    expect(await db.claims.where('articleId').equals(articleId).count()).toBe(2);
  });
  it('does not duplicate a page saved again before the undo', async () => {
    const removed = (await removeArticle(db, ids[0]!))!;
    const again = (await db.articles.add(makeArticle(0))) as number;
    expect(await restoreArticle(db, removed)).toEqual({ articleId: again });
    expect(await db.articles.count()).toBe(3);
  });
  it('returns null for an unknown article', async () => {
    expect(await removeArticle(db, 999)).toBeNull();
  });
});

describe('not about this story', () => {
  it('takes the article and its claims out of the story', async () => {
    expect(await markNotAboutStory(db, ids[0]!)).toEqual({ ok: true });
    const a = await db.articles.get(ids[0]!);
    expect(a).toMatchObject({ storyId: null, story: { onStory: false } });
    expect(await db.claims.where('[storyId+topic]').between(['trufanov', ''], ['trufanov', '\uffff']).count()).toBe(4);
    expect(await db.claims.where('articleId').equals(ids[0]!).filter((c) => c.storyId === null).count()).toBe(2);
  });
});

describe('stories', () => {
  const input = { title: 'Évian talks', people: [{ name: 'Jane Doe', aliases: ['J. Doe'] }], places: [{ name: 'Évian', aliases: ['Evian'] }], terms: ['summit'] };
  it('adds a story of the reader\'s own, enabled, with an id from its name', async () => {
    const { id } = await saveStory(db, validateStoryInput(input), 5);
    expect(id).toBe('own-evian-talks');
    expect(await db.stories.get(id)).toMatchObject({ title: 'Évian talks', enabled: true, builtIn: false, createdAt: 5 });
    expect((await saveStory(db, validateStoryInput(input))).id).toBe('own-evian-talks-2');
  });
  it('edits a story in place, keeping its state', async () => {
    const { id } = await saveStory(db, validateStoryInput(input));
    await setStoryEnabled(db, id, false);
    await saveStory(db, validateStoryInput({ ...input, id, terms: ['summit', 'treaty'] }));
    expect(await db.stories.get(id)).toMatchObject({ enabled: false, terms: ['summit', 'treaty'] });
  });
  it('refuses a story without a name or anyone in it', () => {
    expect(() => validateStoryInput({ ...input, title: ' ' })).toThrow(/needs a name/);
    expect(() => validateStoryInput({ ...input, people: [], places: [] })).toThrow(/person or place/);
    expect(() => validateStoryInput({ ...input, people: [{ name: 7 }] })).toThrow();
  });
  it('deletes only the reader\'s own stories, keeping their articles', async () => {
    expect(await deleteStory(db, 'trufanov')).toEqual({ ok: false });
    const { id } = await saveStory(db, validateStoryInput(input));
    await db.articles.update(ids[2]!, { storyId: id });
    expect(await deleteStory(db, id)).toEqual({ ok: true });
    expect(await db.stories.get(id)).toBeUndefined();
    expect((await db.articles.get(ids[2]!))?.storyId).toBeNull();
  });
  it('makes ids from any script', () => {
    expect(storyIdFor('Труфанов')).toBe('own-труфанов');
    expect(storyIdFor('!!!')).toBe('own-story');
  });
});

describe('settings', () => {
  it('reduces pasted addresses to host names', () => {
    expect(normaliseSites(['https://www.Example.com/news/1', 'example.org', ' ', 'example.org'])).toEqual(['example.org', 'www.example.com']);
    expect(() => normaliseSites('example.com')).toThrow();
  });
});

describe('import and delete all', () => {
  it('imports a valid export and refuses a bad one without writing', async () => {
    const exported = JSON.stringify(await buildExport(db));
    const other = openDatabase(`manage-${n++}`);
    expect(await importData(other, exported)).toMatchObject({ ok: true, summary: { articles: 3, claims: 6 } });
    const bad = await importData(other, '{"format":"crossread-export","schemaVersion":99}');
    expect(bad).toMatchObject({ ok: false });
    expect(await other.articles.count()).toBe(3);
    await other.delete();
  });
  it('deletes articles, own stories and settings but keeps the built-in story and the seed marker', async () => {
    await saveStory(db, validateStoryInput({ title: 'Mine', people: [{ name: 'A B' }], places: [], terms: [] }));
    await setStoryEnabled(db, 'trufanov', false);
    await setSetting(db, 'seedVersion', 1);
    await setSetting(db, 'autoSave', false);
    await deleteAllData(db);
    expect(await db.articles.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    expect((await db.stories.toArray()).map((s) => [s.id, s.enabled])).toEqual([['trufanov', true]]);
    expect(await getSetting(db, 'seedVersion')).toBe(1);
    expect(await getSetting(db, 'autoSave')).toBe(true);
  });
});
