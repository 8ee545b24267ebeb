import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { analyzeArticle } from '../engine';
import type { StoryDefinition } from '../engine/types';
import { readArticle } from '../page/read-article';
import { markNotAboutStory } from './manage';
import { saveAnalyzed } from './save-article';

const db = openDatabase('not-about-test');
afterEach(() => db.delete());

it('keeps the reader’s “not about this story” when the page is saved again', async () => {
  const story = JSON.parse(readFileSync('public/stories/trufanov.json', 'utf8')) as StoryDefinition;
  const { document } = parseHTML(readFileSync('tests/fixtures/seeds/000.html', 'utf8'));
  const page = readArticle(document as unknown as Document);
  const analyzed = analyzeArticle({ key: 'u', url: 'https://example.org/a', outlet: page.outlet, title: page.title, published: page.published, text: page.text }, [story]);
  expect(analyzed.story.onStory).toBe(true);
  const { articleId } = await saveAnalyzed(db, analyzed, { url: 'https://example.org/a', bundled: false });
  await markNotAboutStory(db, articleId);
  await saveAnalyzed(db, analyzed, { url: 'https://example.org/a', bundled: false });
  const row = await db.articles.get(articleId);
  expect(row?.storyId).toBeNull();
  expect(row?.notAboutStory).toBe(true);
  expect(await db.claims.where('articleId').equals(articleId).filter((c) => c.storyId !== null).count()).toBe(0);
});
