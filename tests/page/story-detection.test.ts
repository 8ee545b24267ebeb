// Story detection end to end on full pages: read the page, then detect. The seeds, the heavy
// pages and the foreign-language reports are the story; the near misses are not.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectStory } from '../../lib/engine/story-detect';
import type { StoryDefinition } from '../../lib/engine/types';
import { readArticle } from '../../lib/page/read-article';
import { mayBeOnStory, quickStoryCheck } from '../../lib/page/quick-check';
import { loadFixture } from './load-fixture';

const STORY = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../public/stories/trufanov.json', import.meta.url)), 'utf8'),
) as StoryDefinition;

const fixturesIn = (dir: string) =>
  readdirSync(fileURLToPath(new URL(`../fixtures/${dir}/`, import.meta.url))).filter((f) => f.endsWith('.html')).map((f) => `${dir}/${f}`);

const ON_STORY = [...fixturesIn('seeds'), ...fixturesIn('heavy'), ...fixturesIn('onstory')];
const OFF_STORY = fixturesIn('offstory');

function detect(path: string) {
  const article = readArticle(loadFixture(path));
  return detectStory({ title: article.title, text: article.text, lang: article.lang ?? undefined }, [STORY]);
}

describe('story detection on pages', () => {
  it('has the fixtures it needs', () => {
    expect(ON_STORY.length).toBeGreaterThanOrEqual(12);
    expect(OFF_STORY.length).toBeGreaterThanOrEqual(5);
  });

  for (const path of ON_STORY) {
    it(`${path} is the Trufanov story`, () => {
      const match = detect(path);
      expect(match, match.reasons.join('; ')).toMatchObject({ onStory: true, storyId: 'trufanov' });
    });
  }

  for (const path of OFF_STORY) {
    it(`${path} is not`, () => {
      const match = detect(path);
      expect(match.onStory, match.reasons.join('; ')).toBe(false);
      expect(match.storyId).toBeNull();
    });
  }
});

describe('quickStoryCheck', () => {
  for (const path of ON_STORY) {
    it(`lets ${path} through`, () => {
      expect(quickStoryCheck(loadFixture(path), [STORY])).toMatchObject({ storyId: 'trufanov' });
    });
  }

  for (const path of ['offstory/unrelated-news.html', 'offstory/nir-oz-other-story.html', 'offstory/russia-hamas-diplomacy.html']) {
    it(`stops ${path}`, () => {
      expect(quickStoryCheck(loadFixture(path), [STORY])).toBeNull();
    });
  }

  it('ignores disabled stories', () => {
    expect(quickStoryCheck(loadFixture('seeds/000.html'), [{ ...STORY, enabled: false }])).toBeNull();
  });

  it('counts a surname that starts a word in any casing, never its letters inside other words', () => {
    const page = (text: string) => loadFixture(null, `<html><head><title>x</title></head><body><p>${text}</p></body></html>`);
    // "Tati" (a core surname of the story) sits inside "station" and "representatives".
    expect(quickStoryCheck(page('The station sent representatives, statistics and notations.'), [STORY])).toBeNull();
    expect(quickStoryCheck(page('TRUFANOV and Irena Tati.'), [STORY])).toEqual({ storyId: 'trufanov', hits: 2 });
    // After a letter or digit, even one outside the Basic Multilingual Plane, a name starts no word.
    expect(quickStoryCheck(page('xTrufanov 1Trufanov 𝐀Trufanov'), [STORY])).toBeNull();
    expect(quickStoryCheck(page('Trufanov-Trufanov 😀Trufanov TrufanovTrufanov'), [STORY])).toEqual({ storyId: 'trufanov', hits: 4 });
  });

  it('matches accented and declined spellings', () => {
    const doc = loadFixture(null, '<html><head><title>x</title></head><body><p>Trufánov y Труфановым</p></body></html>');
    expect(quickStoryCheck(doc, [STORY])).toEqual({ storyId: 'trufanov', hits: 2 });
  });
});

describe('mayBeOnStory', () => {
  // The content script's yes/no: the same answer as quickStoryCheck on every fixture, stopping early.
  for (const path of [...ON_STORY, ...OFF_STORY]) {
    it(`answers ${path} as quickStoryCheck does`, () => {
      const doc = loadFixture(path);
      expect(mayBeOnStory(doc, [STORY])).toBe(quickStoryCheck(doc, [STORY]) !== null);
    });
  }

  it('finds a name in the body when the head has none, and not inside other words', () => {
    const page = (text: string) => loadFixture(null, `<html><head><title>x</title></head><body><p>${text}</p></body></html>`);
    expect(mayBeOnStory(page('The station sent representatives.'), [STORY])).toBe(false);
    expect(mayBeOnStory(page('Said Труфановым.'), [STORY])).toBe(true);
    expect(mayBeOnStory(page('TRUFANOV'), [{ ...STORY, enabled: false }])).toBe(false);
  });
});
