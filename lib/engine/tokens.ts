// Word tokens with offsets: the unit every extractor looks at around a value.
import { codePointAt, isAsciiDigit, isLetterOrDigit, isSpace, unitsOf } from './chars';

export interface Token {
  text: string;
  /** Lower case, typographic apostrophes folded. */
  lower: string;
  start: number;
  end: number;
  /** Whether the first character is a lower-case / an upper-case letter (asked of every token). */
  lowerInitial: boolean;
  upperInitial: boolean;
}

/**
 * What a token is, as a regular expression (tokens.test.ts checks the scan below against it):
 * a number with thousands separators ("1,200") stays one token; a French or Italian article
 * elided before a capital is a token of its own ("d’Alexandre", "l’Ukraine", "dell’Iran": the
 * name after it is a word like any); a word may hold apostrophes, hyphens and dots ("O'Neill",
 * "Dekel-Chen", "U.S"); any other character but a space is a token.
 */
// The elided articles, lower case only: "D'Angelo", "L'Oréal" opening a sentence stay whole.
const ELIDED_WORDS = ['d', 'l', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'dell', 'all', 'nell', 'sull', 'dall', 'un'];
const ELIDED = new Set(ELIDED_WORDS);

export const WORD = new RegExp(
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|(?:${ELIDED_WORDS.join('|')})['’](?=\p{Lu})|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]`,
  'gu',
);

/** End of an elided article at `i` ("d’" of "d’Alexandre"), or -1. */
function elisionEnd(s: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i <= 6 && s.charCodeAt(j) >= 97 && s.charCodeAt(j) <= 122) j++;
  if (j === i || j + 1 >= end) return -1;
  const apostrophe = s.charCodeAt(j);
  if (apostrophe !== 0x27 && apostrophe !== 0x2019) return -1;
  if (!ELIDED.has(s.slice(i, j))) return -1;
  return /\p{Lu}/u.test(String.fromCodePoint(codePointAt(s, j + 1, end))) ? j + 1 : -1;
}

/** What a token's text tells, worked out once per distinct text. */
interface WordInfo {
  /**
   * The text itself, one string for all its tokens: later passes look tokens up in maps and
   * sets, and a string that has been looked up before is hashed already.
   */
  text: string;
  lower: string;
  lowerInitial: boolean;
  upperInitial: boolean;
}

// Articles share most of their words, so the cache outlives one article; it is emptied when it
// grows past what a run of ordinary articles needs.
const wordInfoCache = new Map<string, WordInfo>();
const WORD_INFO_CACHE_SIZE = 50000;

function wordInfo(slice: string): WordInfo {
  let info = wordInfoCache.get(slice);
  if (info) return info;
  // A copy: a slice may share its characters with the whole article, which the cache would keep.
  const w = slice.split('').join('');
  const lower = w.includes('’') ? w.toLowerCase().replace(/’/g, "'") : w.toLowerCase();
  const c = w.charCodeAt(0);
  if (c < 128) {
    info = { text: w, lower, lowerInitial: c >= 97 && c <= 122, upperInitial: c >= 65 && c <= 90 };
  } else {
    const ch = w[0]!;
    info = { text: w, lower, lowerInitial: ch !== ch.toUpperCase(), upperInitial: ch !== ch.toLowerCase() };
  }
  if (wordInfoCache.size >= WORD_INFO_CACHE_SIZE) wordInfoCache.clear();
  wordInfoCache.set(w, info);
  return info;
}

const COMMA = 0x2c;
const DOT = 0x2e;
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === DOT; // ' ’ - .

/** Whether s[i…end) starts with a letter or digit. */
const letterOrDigitAt = (s: string, i: number, end: number): boolean => i < end && isLetterOrDigit(codePointAt(s, i, end));

/**
 * End of a number with thousands separators at `i` (WORD's first branch), or -1. The regular
 * expression backtracks: "1,234,56x" is "1,234", and "1,2345" is no such number at all.
 */
function groupedNumberEnd(s: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 4 && isAsciiDigit(s.charCodeAt(j))) j++;
  if (j - i > 3 || j >= end || s.charCodeAt(j) !== COMMA) return -1;
  // Every ",ddd" group, then the longest match the look-ahead accepts.
  const groupEnds: number[] = [];
  while (
    j + 3 < end && s.charCodeAt(j) === COMMA &&
    isAsciiDigit(s.charCodeAt(j + 1)) && isAsciiDigit(s.charCodeAt(j + 2)) && isAsciiDigit(s.charCodeAt(j + 3))
  ) {
    j += 4;
    groupEnds.push(j);
  }
  for (let g = groupEnds.length - 1; g >= 0; g--) {
    const e = groupEnds[g]!;
    if (e + 1 < end && s.charCodeAt(e) === DOT && isAsciiDigit(s.charCodeAt(e + 1))) {
      let f = e + 2;
      while (f < end && isAsciiDigit(s.charCodeAt(f))) f++;
      if (!letterOrDigitAt(s, f, end)) return f;
    }
    if (!letterOrDigitAt(s, e, end)) return e;
  }
  return -1;
}

/** End of the word at `i`, which starts with a letter or digit (WORD's word branch). */
function wordEnd(s: string, i: number, end: number): number {
  let j = i;
  for (;;) {
    while (j < end) {
      const cp = codePointAt(s, j, end);
      if (!isLetterOrDigit(cp)) break;
      j += unitsOf(cp);
    }
    if (j + 1 < end && isJoiner(s.charCodeAt(j)) && letterOrDigitAt(s, j + 1, end)) j++;
    else return j;
  }
}

/** The tokens of text[offset…end), as WORD finds them in that slice; scanned by hand, as it runs on every sentence. */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = offset;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = isAsciiDigit(c) ? groupedNumberEnd(text, i, end) : -1;
    if (j < 0 && c >= 97 && c <= 122) j = elisionEnd(text, i, end);
    if (j < 0) {
      const cp = codePointAt(text, i, end);
      j = isLetterOrDigit(cp) ? wordEnd(text, i, end) : i + unitsOf(cp);
    }
    const info = wordInfo(text.slice(i, j));
    out.push({ text: info.text, lower: info.lower, start: i, end: j, lowerInitial: info.lowerInitial, upperInitial: info.upperInitial });
    i = j;
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
