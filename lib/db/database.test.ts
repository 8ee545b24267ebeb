// Schema v2 keeps every v1 row and makes the new `title` index usable at once.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';

describe('schema v2', () => {
  it('indexes the titles of articles saved under v1', async () => {
    const name = 'v2-title-index';
    const v1 = new Dexie(name);
    v1.version(1).stores({
      stories: 'id, enabled',
      articles: '++id, &url, storyId, savedAt',
      claims: '++rowId, id, articleId, storyId, topic, [storyId+topic]',
      settings: 'key',
    });
    await v1.table('articles').bulkAdd([
      { url: 'https://a.example/1', title: 'Same headline', storyId: 's', savedAt: 1 },
      { url: 'https://b.example/2', title: 'Other', storyId: 's', savedAt: 2 },
    ]);
    v1.close();

    const db = openDatabase(name);
    expect(await db.articles.count()).toBe(2);
    expect((await db.articles.where('title').equals('Same headline').toArray()).map((a) => a.url)).toEqual(['https://a.example/1']);
    expect(db.verno).toBeGreaterThanOrEqual(2);
    db.close();
  });
});
