// The engine's front door: an article in, its story match and claims out; a set of articles
// in, the links between their claims out. The CLI, the background and the tests all call this.
import { extractClaims } from './claims';
import { givenNameSpellings, nameKey } from './name-variants';
import { mutualBest } from './open-compare';
import { detectStory } from './story-detect';
import { tokenize } from './tokens';
import { TopicIndex } from './topic-index';
import type { AnalyzedArticle, ArticleInput, ClaimLink, StoryDefinition } from './types';

// The stories' place names, gathered once per list of stories rather than once per article.
const placesOf = new WeakMap<StoryDefinition[], Set<string>>();

function storyPlaces(stories: StoryDefinition[]): Set<string> {
  let places = placesOf.get(stories);
  if (!places) {
    places = new Set<string>();
    for (const s of stories) for (const p of s.places) for (const n of [p.name, ...(p.aliases ?? [])]) places.add(n.toLowerCase());
    placesOf.set(stories, places);
  }
  return places;
}

// Given names of one person of a story ("Alexander", "Sasha", "Александр": name-variants.ts), each keyed to
// the first, so that an age "Sasha Troufanov, 29" and "Alexander Trufanov, 29" is one person's.
const givenOf = new WeakMap<StoryDefinition[], Map<string, string>>();

function storyGivenNames(stories: StoryDefinition[]): Map<string, string> {
  let names = givenOf.get(stories);
  if (!names) {
    names = new Map<string, string>();
    for (const s of stories) {
      for (const p of s.people) {
        const given = givenNameSpellings(p.name, p.givenNames);
        if (!given.length) continue;
        const canonical = nameKey(given[0]!);
        for (const key of given.map((g) => nameKey(g))) if (!names.has(key)) names.set(key, canonical);
      }
    }
    givenOf.set(stories, names);
  }
  return names;
}

export function analyzeArticle(input: ArticleInput, stories: StoryDefinition[]): AnalyzedArticle {
  // Detection and extraction read the same tokens: the text is scanned once.
  const tokens = tokenize(input.text);
  const story = detectStory({ title: input.title, text: input.text, lang: input.lang, tokens }, stories);
  const { claims, latestDate } = extractClaims(input, storyPlaces(stories), tokens, storyGivenNames(stories));
  // Object.assign, not a spread with added properties, which V8 (Node 20) makes far slower.
  return Object.assign({}, input, { story, claims, asOf: input.published ?? latestDate });
}

/** Links among a set of analysed articles, each pair of claims once, through the topic index. */
export function linkArticles(articles: AnalyzedArticle[]): ClaimLink[] {
  const index = new TopicIndex();
  const links: ClaimLink[] = [];
  for (const article of articles) {
    links.push(...index.linksFor(article));
    index.add(article);
  }
  return mutualBest(links);
}
