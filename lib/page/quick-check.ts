// The content script's first question on every page: could this be one of the reader's stories?
// Answered from the title, a few meta tags and one textContent scan for the core people's surnames
// in any listed spelling, with no Readability and no layout. Permissive on purpose: a page that
// passes is read in full and the real detection decides.

import { coreSurnameSpellings } from '../engine/story-detect';
import type { StoryDefinition } from '../engine/types';
import { rootChild } from './page-copy';

/** Enough hits to be sure a page is worth reading; counting further only costs time. */
const MAX_HITS = 25;

const patterns = new WeakMap<StoryDefinition, RegExp | null>();

/** Each Latin vowel also matches its accented forms (Trufánov), case-insensitively. */
const ACCENTED: Record<string, string> = {
  a: '[aáàâäã]', e: '[eéèêë]', i: '[iíìîï]', o: '[oóòôöõ]', u: '[uúùûü]', y: '[yýÿ]', n: '[nñ]', c: '[cç]',
};

function spellingPattern(spelling: string): string {
  let out = '';
  for (const ch of spelling.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) {
    out += ACCENTED[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  // No boundary after the name: Russian declines surnames (Труфанова, Труфановым).
  return out;
}

function patternFor(story: StoryDefinition): RegExp | null {
  if (patterns.has(story)) return patterns.get(story)!;
  const spellings = coreSurnameSpellings(story).filter((s) => s.length >= 3);
  const pattern = spellings.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.map(spellingPattern).join('|')})`, 'giu')
    : null;
  patterns.set(story, pattern);
  return pattern;
}

// Literal openings of the listed spellings ("trufa", "труфа"), looked for in the lower-cased body.
// A plain substring search is many times cheaper than the case-folding pattern, so the pattern
// runs only on pages where one of these starts a word. One lower-cased copy and one search per
// distinct opening: a story lists dozens of spellings, and three casings of each meant three
// passes over pages of half a megabyte of text.
const anchorCache = new WeakMap<StoryDefinition, string[]>();

function anchorsFor(story: StoryDefinition): string[] {
  let anchors = anchorCache.get(story);
  if (!anchors) {
    const set = new Set<string>();
    for (const s of coreSurnameSpellings(story)) if (s.length >= 3) set.add(s.slice(0, 5).toLowerCase());
    anchors = [...set];
    anchorCache.set(story, anchors);
  }
  return anchors;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `anchor` starts a word somewhere in `text`, as a match of the pattern must. Short
 * openings ("Tati") sit inside common words ("station", "representative"); counting those would
 * run the pattern over every long page.
 */
function startsAWord(text: string, anchor: string): boolean {
  for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
    if (i === 0 || !WORD_CHAR.test(text.charAt(i - 1))) return true;
  }
  return false;
}

function countHits(pattern: RegExp, text: string, limit: number): number {
  if (limit <= 0 || !text) return 0;
  pattern.lastIndex = 0;
  let hits = 0;
  while (hits < limit && pattern.exec(text)) hits++;
  return hits;
}

/** Title and the meta tags that describe the page (og:title, description, keywords). */
function headText(doc: Document): string {
  const parts = [doc.title];
  rootChild(doc, 'HEAD')?.querySelectorAll('meta[property="og:title"], meta[name="description"], meta[property="og:description"], meta[name="keywords"]').forEach((meta) => {
    parts.push(meta.getAttribute('content') ?? '');
  });
  return parts.join('\n');
}

/** The enabled story whose core names appear most on the page, or null when none appears. */
export function quickStoryCheck(doc: Document, stories: readonly StoryDefinition[]): { storyId: string; hits: number } | null {
  const enabled = stories.filter((s) => s.enabled !== false);
  if (enabled.length === 0) return null;
  const head = headText(doc);
  let body: string | null = null;
  let lowerBody: string | null = null;
  let best: { storyId: string; hits: number } | null = null;
  for (const story of enabled) {
    const pattern = patternFor(story);
    if (!pattern) continue;
    let hits = countHits(pattern, head, MAX_HITS);
    if (hits < MAX_HITS) {
      body ??= rootChild(doc, 'BODY')?.textContent ?? '';
      const lower = (lowerBody ??= body.toLowerCase());
      if (anchorsFor(story).some((a) => startsAWord(lower, a))) hits += countHits(pattern, body, MAX_HITS - hits);
    }
    if (hits > 0 && (!best || hits > best.hits)) best = { storyId: story.id, hits };
  }
  return best;
}
