import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CrossreadDB } from '../db/database';
import { analyzeArticle } from '../engine';
import { proposeStory } from '../engine/propose-story';
import { makeStory } from '../../tests/e2e/popup-fixtures';
import { BRIDGE_FIRST, BRIDGE_SECOND, BRIDGE_THIRD, ORCHARD_OTHER, articleText, type FictionalArticle } from '../../tests/fixtures/follow-articles';
import { attachSavedArticles, namedIn } from './follow-story';
import { followStory, markNotAboutStory } from './manage';
import { saveAnalyzed } from './save-article';

let db: CrossreadDB;
let n = 0;

function input(a: FictionalArticle) {
  return { key: a.url, url: a.url, outlet: a.outlet, title: a.title, published: a.published, text: articleText(a), lang: 'en' };
}

/** Saves the article as a visit does with the stories of the database: here, about no story. */
async function saveOffStory(a: FictionalArticle): Promise<number> {
  const analyzed = analyzeArticle(input(a), [makeStory()]);
  expect(analyzed.story.onStory).toBe(false);
  return (await saveAnalyzed(db, analyzed, { url: a.url, bundled: false })).articleId;
}

const proposal = () => proposeStory({ title: BRIDGE_FIRST.title, text: articleText(BRIDGE_FIRST) });

beforeEach(async () => {
  db = openDatabase(`follow-${n++}`);
  await db.stories.put(makeStory());
});
afterEach(async () => {
  await db.delete();
});

describe('the first look at a saved article', () => {
  it('passes a text naming a person or place of the story, written with accents or declined, and no other', () => {
    const story = { id: 's', title: 'T', people: [{ name: 'Ingrid Solberg' }, { name: 'Александр Труфанов' }], places: [{ name: 'Hamas' }], terms: [] };
    const may = namedIn(story);
    expect(may('Ingrid Sólberg spoke.')).toBe(true);
    expect(may('Мать Труфанова сказала.')).toBe(true);
    expect(may('A statement by HAMÁS.')).toBe(true);
    expect(may('The orchard festival opened.')).toBe(false);
  });
});

describe('following a story', () => {
  it('saves the story and attaches the saved articles it matches, claims and all', async () => {
    const second = await saveOffStory(BRIDGE_SECOND);
    const third = await saveOffStory(BRIDGE_THIRD);
    const other = await saveOffStory(ORCHARD_OTHER);
    const outcome = await followStory(db, proposal());

    expect(outcome.storyId).toMatch(/^own-ingrid-solberg/);
    expect((await db.stories.get(outcome.storyId))?.enabled).toBe(true);
    expect(outcome.attached.map((a) => a.articleId).sort()).toEqual([second, third].sort());
    for (const id of [second, third]) {
      const row = await db.articles.get(id);
      expect(row?.storyId).toBe(outcome.storyId);
      expect(row?.story.onStory).toBe(true);
      const claims = await db.claims.where('articleId').equals(id).toArray();
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((c) => c.storyId === outcome.storyId)).toBe(true);
    }
    expect((await db.articles.get(other))?.storyId).toBeNull();
    expect(await db.claims.where('articleId').equals(other).filter((c) => c.storyId !== null).count()).toBe(0);
  });

  it('compares the attached articles with each other at once', async () => {
    await saveOffStory(BRIDGE_SECOND);
    await saveOffStory(BRIDGE_THIRD);
    const { attached } = await followStory(db, proposal());
    // Both state the cables' year, the engineer's name, the authority: facts another source confirms.
    expect(attached.every((a) => a.compared > 0)).toBe(true);
  });

  it('leaves alone an article the reader took out of a story, and one already on another story', async () => {
    const taken = await saveOffStory(BRIDGE_SECOND);
    await markNotAboutStory(db, taken);
    const elsewhere = await saveOffStory(BRIDGE_THIRD);
    await db.articles.update(elsewhere, { storyId: 'trufanov' });
    const { attached } = await followStory(db, proposal());
    expect(attached).toEqual([]);
    expect((await db.articles.get(taken))?.storyId).toBeNull();
    expect((await db.articles.get(elsewhere))?.storyId).toBe('trufanov');
  });

  it('attaches an article whose story the reader turned off', async () => {
    const id = await saveOffStory(BRIDGE_SECOND);
    await db.articles.update(id, { storyId: 'trufanov' });
    await db.stories.update('trufanov', { enabled: false });
    const { storyId, attached } = await followStory(db, proposal());
    expect(attached.map((a) => a.articleId)).toEqual([id]);
    expect((await db.articles.get(id))?.storyId).toBe(storyId);
  });

  it('finds a saved article that writes the name with accents or declined', async () => {
    const accented: FictionalArticle = {
      ...BRIDGE_THIRD,
      url: 'https://accents.example/a',
      title: 'Load test begins on closed Veldmark bridge, says Ingrid Sólberg',
      paragraphs: BRIDGE_THIRD.paragraphs.map((p) => p.replace(/Solberg/g, 'Sólberg')),
    };
    const id = await saveOffStory(accented);
    const { attached } = await followStory(db, proposal());
    expect(attached.map((a) => a.articleId)).toEqual([id]);
  });

  it('attaches nothing to a story that is turned off or unknown', async () => {
    await saveOffStory(BRIDGE_SECOND);
    const { storyId } = await followStory(db, proposal());
    await db.stories.update(storyId, { enabled: false });
    await db.articles.toCollection().modify({ storyId: null });
    expect(await attachSavedArticles(db, storyId)).toEqual([]);
    expect(await attachSavedArticles(db, 'no-such-story')).toEqual([]);
    expect((await db.articles.toArray()).every((a) => a.storyId === null)).toBe(true);
  });

  it('keeps what an article said before when it is re-saved under the story', async () => {
    const id = await saveOffStory(BRIDGE_SECOND);
    const claim = (await db.claims.where('articleId').equals(id).toArray()).find((c) => c.kind === 'number')!;
    expect(claim).toBeDefined();
    await db.claims.update(claim.rowId!, { previousWritten: 'an earlier figure' });
    await followStory(db, proposal());
    const after = (await db.claims.where('articleId').equals(id).toArray()).find((c) => c.topic === claim.topic && c.written === claim.written);
    expect(after?.previousWritten).toBe('an earlier figure');
  });
});
