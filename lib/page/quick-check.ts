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

/** A story's core surname spellings, made once: the pattern and the anchors both need them. */
const spellingCache = new WeakMap<StoryDefinition, string[]>();

function spellingsOf(story: StoryDefinition): string[] {
  let spellings = spellingCache.get(story);
  if (!spellings) {
    spellings = coreSurnameSpellings(story);
    spellingCache.set(story, spellings);
  }
  return spellings;
}

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
  const spellings = spellingsOf(story).filter((s) => s.length >= 3);
  // No lookbehind for the letter before a name (countHits checks it): with one, the engine
  // tests it at every position of the page's text before trying the names, and compiling it
  // costs more than the scan itself in a fresh content script.
  const pattern = spellings.length ? new RegExp(`(?:${spellings.map(spellingPattern).join('|')})`, 'giu') : null;
  patterns.set(story, pattern);
  return pattern;
}

// Literal openings of the listed spellings as a page would print them ("Trufa", "TRUFA", "Труфа").
// A plain substring search over the body is many times cheaper than the case-folding pattern,
// so the pattern runs only on pages where one of these appears at all.
const anchorCache = new WeakMap<StoryDefinition, string[]>();

function anchorsFor(story: StoryDefinition): string[] {
  let anchors = anchorCache.get(story);
  if (!anchors) {
    const set = new Set<string>();
    for (const s of spellingsOf(story)) {
      if (s.length < 3) continue;
      const head = s.slice(0, 5);
      set.add(head.charAt(0).toUpperCase() + head.slice(1).toLowerCase());
      set.add(head.toUpperCase());
      set.add(head.toLowerCase());
    }
    anchors = [...set];
    anchorCache.set(story, anchors);
  }
  return anchors;
}

/** A letter or digit: what the pattern's lookbehind forbids before a name. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `anchor` occurs in `text` where a name can start (not after a letter or digit, as the
 * pattern requires): a short spelling's opening ("Tati", "Cohe") turns up inside common words
 * ("station") on almost every page, and the pattern over a whole page is the check's main cost.
 * After a surrogate pair the character is not decoded: the occurrence counts.
 */
function startsAWord(text: string, anchor: string): boolean {
  for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
    if (i === 0) return true;
    const before = text.charCodeAt(i - 1);
    if (before < 0x30) return true;
    if ((before >= 0xdc00 && before <= 0xdfff) || !WORD_CHAR.test(text[i - 1]!)) return true;
  }
  return false;
}

/** Whether the character (code point) before `i` is a letter or digit. */
function afterWordChar(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHAR.test(text.slice(i - 2, i));
  }
  return WORD_CHAR.test(text[i - 1]!);
}

/**
 * Matches of `pattern` that start a word, up to `limit`: what the pattern with a lookbehind
 * `(?<![\p{L}\p{N}])` would count. A match after a letter is not counted and the search goes on
 * from its next character, where the lookbehind's search would have gone on too.
 */
function countHits(pattern: RegExp, text: string, limit: number): number {
  if (limit <= 0 || !text) return 0;
  pattern.lastIndex = 0;
  let hits = 0;
  while (hits < limit) {
    const m = pattern.exec(text);
    if (!m) break;
    if (afterWordChar(text, m.index)) pattern.lastIndex = m.index + 1;
    else hits++;
  }
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
  return countStoryHits(doc, stories, MAX_HITS);
}

/**
 * Whether any enabled story's core names appear on the page: what the content script asks on
 * every page before reading it. It stops at the first hit, so on a story page (whose title
 * usually names the person) neither the body's text is read nor the pattern run over it, which
 * counting up to MAX_HITS did; on an off-story page the work is the same.
 */
export function mayBeOnStory(doc: Document, stories: readonly StoryDefinition[]): boolean {
  return countStoryHits(doc, stories, 1) !== null;
}

/** Hits of each enabled story's pattern in the head, then the body, counted up to `limit`. */
function countStoryHits(doc: Document, stories: readonly StoryDefinition[], limit: number): { storyId: string; hits: number } | null {
  const enabled = stories.filter((s) => s.enabled !== false);
  if (enabled.length === 0) return null;
  const head = headText(doc);
  let body: string | null = null;
  let best: { storyId: string; hits: number } | null = null;
  for (const story of enabled) {
    const pattern = patternFor(story);
    if (!pattern) continue;
    let hits = countHits(pattern, head, limit);
    if (hits < limit) {
      body ??= rootChild(doc, 'BODY')?.textContent ?? '';
      const text = body;
      if (anchorsFor(story).some((a) => startsAWord(text, a))) hits += countHits(pattern, body, limit - hits);
    }
    if (hits > 0 && (!best || hits > best.hits)) best = { storyId: story.id, hits };
    // No story can count more than the limit: the first to reach it is the answer.
    if (hits >= limit) break;
  }
  return best;
}
