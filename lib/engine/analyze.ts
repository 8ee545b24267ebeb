// The engine's front door: an article in, its story match and claims out; a set of articles
// in, the links between their claims out. The CLI, the background and the tests all call this.
import { extractClaims } from './claims';
import { givenNameSpellings, italianReading, nameKey, typedNameWords } from './name-variants';
import { articleOf, mutualBest } from './open-compare';
import { detectStory } from './story-detect';
import { tokenize } from './tokens';
import { TopicIndex } from './topic-index';
import { withoutPlaceWord, type StoryNames } from './names';
import type { AnalyzedArticle, ArticleInput, Claim, ClaimLink, StoryDefinition } from './types';

// What the stories say of names (their places, their people's family names), gathered once per
// list of stories rather than once per article.
const namesOf = new WeakMap<StoryDefinition[], StoryNames>();

export function storyNames(stories: StoryDefinition[]): StoryNames {
  let names = namesOf.get(stories);
  if (!names) {
    const places = new Set<string>();
    const placeKeys = new Map<string, string[]>();
    const surnames = new Map<string, Array<{ surname: string; given: string | null; typedKey?: string; heardGiven?: string | null }>>();
    const givens = new Set<string>();
    for (const s of stories) {
      for (const p of s.places) {
        for (const typed of [p.name, ...(p.aliases ?? [])]) {
          const n = withoutPlaceWord(typed);
          places.add(typed.toLowerCase());
          places.add(n.toLowerCase());
          const key = nameKey(n);
          placeKeys.set(key, [...(placeKeys.get(key) ?? []), n]);
        }
      }
      for (const p of s.people) {
        const words = typedNameWords(p.name);
        if (words.length < 2) continue;
        const surname = words[words.length - 1]!;
        const spellings = givenNameSpellings(p.name, p.givenNames);
        for (const g of spellings) givens.add(nameKey(g));
        const given = spellings[0];
        const key = nameKey(surname, true);
        surnames.set(key, [...(surnames.get(key) ?? []), { surname, given: given ? nameKey(given) : null }]);
        // An Italian surname as other scripts write its sound ("Скеттино" for Schettino): met
        // under the typed name's key, so both spellings are compared as one name.
        const italian = italianReading(surname);
        const heard = italian ? nameKey(italian, true) : null;
        const heardGiven = given ? nameKey(italianReading(given) ?? given) : null;
        if (italian && heard !== key) surnames.set(heard!, [...(surnames.get(heard!) ?? []), { surname: italian, given: given ? nameKey(given) : null, typedKey: key, heardGiven }]);
      }
    }
    names = { places, placeKeys, surnames, givens };
    namesOf.set(stories, names);
  }
  return names;
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
  const story = detectStory({ title: input.title, text: input.text, lang: input.lang, tokens, outlet: input.outlet }, stories);
  const { claims, latestDate } = extractClaims(input, storyNames(stories), tokens, storyGivenNames(stories));
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
  return shownLinks(links, articles.flatMap((a) => a.claims));
}

/**
 * Of all the pairwise links among articles, those a reader is shown: the best match per claim
 * and article, one conflict per repeated statement. The extension links saved articles pair by
 * pair (the page against its story's saved claims, the story table among them) and filters the
 * same way, so that it shows what the analysis measures. `claims` are those the links name, of
 * every article (a topic's claims of each article are enough to find its repeats);
 * `articleOfClaim` tells a claim's article (by default from its id, "<article key>#<n>").
 */
export function shownLinks(links: ClaimLink[], claims: Iterable<Claim>, articleOfClaim: (id: string) => string = articleOf): ClaimLink[] {
  return oneVoicePerConflict(mutualBest(links, articleOfClaim), claims, articleOfClaim);
}

/**
 * An article that repeats a statement (the standfirst, a caption and the body all saying
 * "released in February") disagrees with another source once, not three times: a conflict is
 * kept for its first statement, where a reader meets it (on the real sets, the mention a reader
 * marking the page marks: kept on the longest sentence instead, a conflict on the Trufanov set
 * sat on a mention no reader marked). Agreements stay on every repeat.
 */
function oneVoicePerConflict(links: ClaimLink[], claims: Iterable<Claim>, articleOfClaim: (id: string) => string): ClaimLink[] {
  if (!links.some((l) => l.relation === 'conflict')) return links;
  // One statement of one article: its article, kind, topic, subject, predicate and value.
  const voiceOf = (c: Claim) => `${articleOfClaim(c.id)}\u0000${c.kind}\u0000${c.topic}\u0000${c.frame?.subject ?? ''}\u0000${c.frame?.event ?? c.frame?.predicate ?? ''}\u0000${JSON.stringify(c.value)}`;
  const repeats = new Set<string>();
  const best = new Map<string, Claim>();
  for (const c of claims) {
    const voice = voiceOf(c);
    const prior = best.get(voice);
    if (!prior) best.set(voice, c);
    else if (c.start < prior.start) (repeats.add(prior.id), best.set(voice, c));
    else if (c !== prior) repeats.add(c.id);
  }
  return links.filter((l) => l.relation !== 'conflict' || (!repeats.has(l.a) && !repeats.has(l.b)));
}
