import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CrossreadDB } from '../db/database';
import { getSetting, setSetting } from '../db/settings';
import { makeStory } from '../../tests/e2e/popup-fixtures';
import { pageConfig } from './page-analysis';
import { saveStory } from './manage';
import { markStoryOpened, registerViewHandlers, setMarks } from './view-handlers';

let db: CrossreadDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`view-handlers-${n++}`);
  await db.stories.put(makeStory());
});
afterEach(async () => {
  await db.delete();
});

describe('setMarks', () => {
  it('stores calm or all, and the page config carries it', async () => {
    expect((await pageConfig(db, 'https://news.example/a')).marks).toBe('calm');
    expect(await setMarks(db, { marks: 'all' })).toEqual({ marks: 'all' });
    expect(await getSetting(db, 'marks')).toBe('all');
    expect((await pageConfig(db, 'https://news.example/a')).marks).toBe('all');
  });

  it('refuses anything else and writes nothing', async () => {
    for (const bad of [{ marks: 'loud' }, { marks: 1 }, null, 'all', {}]) await expect(setMarks(db, bad)).rejects.toThrow(/marks must be one of calm, all/);
    expect(await db.settings.get('marks')).toBeUndefined();
  });

  it('an imported setting of another shape reads as calm', async () => {
    await setSetting(db, 'marks', { odd: true } as never);
    expect((await pageConfig(db, 'https://news.example/b')).marks).toBe('calm');
  });
});

describe('markStoryOpened', () => {
  it('returns the previous visit and records this one', async () => {
    expect(await markStoryOpened(db, { storyId: 'trufanov' }, 1000)).toEqual({ previous: null });
    expect(await markStoryOpened(db, { storyId: 'trufanov' }, 2000)).toEqual({ previous: 1000 });
    expect((await db.stories.get('trufanov'))?.lastOpenedAt).toBe(2000);
    // The rest of the story is untouched.
    expect(await db.stories.get('trufanov')).toMatchObject({ ...makeStory(), lastOpenedAt: 2000 });
  });

  it('editing the story keeps when it was last read', async () => {
    await markStoryOpened(db, { storyId: 'trufanov' }, 5000);
    const s = makeStory();
    await saveStory(db, { id: s.id, title: 'Renamed', people: s.people, places: s.places, terms: s.terms });
    expect(await db.stories.get('trufanov')).toMatchObject({ title: 'Renamed', lastOpenedAt: 5000 });
  });

  it('refuses an unknown story or a bad id', async () => {
    await expect(markStoryOpened(db, { storyId: 'nope' })).rejects.toThrow(/no story nope/);
    await expect(markStoryOpened(db, { storyId: 5 })).rejects.toThrow(/storyId/);
    await expect(markStoryOpened(db, { storyId: 'x'.repeat(101) })).rejects.toThrow(/storyId/);
  });
});

describe('the message door (as lib/background/messages.fuzz.test.ts drives the others)', () => {
  beforeAll(() => registerViewHandlers(async () => db, fakeBrowser.runtime.id));

  type Reply = { res?: unknown; err?: { message?: string } };
  async function deliver(type: string, data: unknown, sender: Record<string, unknown> = { id: fakeBrowser.runtime.id }): Promise<Reply | undefined> {
    const replies = (await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender)) as Array<Reply | undefined>;
    return replies.find((r) => r !== undefined);
  }
  const dump = async () => ({ stories: await db.stories.toArray(), settings: await db.settings.toArray() });

  it('refuses other senders and bad payloads, writing nothing', async () => {
    const before = await dump();
    for (const sender of [{ id: 'another-extension' }, { url: 'https://evil.example/' }, {}]) {
      expect((await deliver('setMarks', { marks: 'all' }, sender))?.err?.message).toMatch(/sender is not this extension/);
      expect((await deliver('markStoryOpened', { storyId: 'trufanov' }, sender))?.err?.message).toMatch(/sender is not this extension/);
    }
    for (const data of [{ marks: 'everything' }, [], 'all']) expect((await deliver('setMarks', data))?.err).toBeDefined();
    for (const data of [{}, { storyId: '' }, { storyId: ['trufanov'] }, { storyId: 'missing' }]) expect((await deliver('markStoryOpened', data))?.err).toBeDefined();
    expect(await dump()).toEqual(before);
  });

  it('answers the extension itself', async () => {
    expect((await deliver('setMarks', { marks: 'all' }))?.res).toEqual({ marks: 'all' });
    expect((await deliver('markStoryOpened', { storyId: 'trufanov' }))?.res).toEqual({ previous: null });
  });
});
