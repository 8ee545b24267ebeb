// Generated stories, articles and claims for unit tests and the popup benchmark. Deterministic:
// the same arguments give the same rows, so failures can be reproduced.
import type { ArticleRow, ClaimRow, StoryRow } from '../../lib/db/database';

export function makeStory(id = 'trufanov', over: Partial<StoryRow> = {}): StoryRow {
  return {
    id,
    title: 'Alexander Trufanov, hostage in Gaza',
    people: [{ name: 'Alexander Trufanov', aliases: ['Troufanov', 'Труфанов'] }],
    places: [{ name: 'Gaza', aliases: ['Газа'] }],
    terms: ['hostage'],
    enabled: true,
    builtIn: true,
    createdAt: 1,
    ...over,
  };
}

export function makeArticle(n: number, over: Partial<ArticleRow> = {}): ArticleRow {
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    url: `https://outlet${n % 7}.example/story/${n}`,
    storyId: 'trufanov',
    outlet: `Outlet ${n % 7}`,
    title: `Article ${n} about the hostages`,
    published: `2025-02-${day}`,
    asOf: null,
    lang: 'en',
    text: `Article ${n}. Alexander Trufanov was held for 498 days.`,
    story: { storyId: 'trufanov', onStory: true, score: 0.9, reasons: ['person: Trufanov'] },
    bundled: false,
    savedAt: 1_700_000_000_000 + n * 1000,
    updatedAt: 1_700_000_000_000 + n * 1000,
    ...over,
  };
}

const TOPICS = ['days in captivity', 'hostages released', 'age', 'date of release', 'people killed'];

export function makeClaim(articleId: number, n: number, over: Partial<ClaimRow> = {}): ClaimRow {
  const topic = TOPICS[n % TOPICS.length]!;
  const value = 400 + ((articleId * 7 + n) % 5) * 10;
  return {
    id: `a${articleId}#${n}`,
    kind: 'number',
    start: 10 * n,
    end: 10 * n + 3,
    written: String(value),
    quote: `Trufanov spent ${value} days in captivity.`,
    about: topic,
    topic,
    value: { type: 'number', value, low: value, high: value, hedge: 'exact', unit: topic },
    prefix: 'spent ',
    suffix: ' days',
    articleId,
    storyId: 'trufanov',
    ...over,
  };
}
