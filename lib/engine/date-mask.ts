// What chrono-node gets to read: the text with every piece that cannot hold a date blanked out
// (maskDateless, offsets unchanged), then with the middle of long runs of blanks dropped
// (shortenBlanks, which maps offsets back). chrono runs dozens of patterns over every
// character, so the less it sees the faster it is.
//
// The definition, as regular expressions (date-mask.test.ts checks the scan below against it):
//   1. every run of 41+ non-space characters is blanked: no date holds a 40-character word;
//   2. every run of 4+ spaces other than line breaks keeps a space at either end and is blanked
//      in between: long runs of white space only feed chrono's `\s*` patterns;
//   3. the result is cut into pieces by /[^\n]+?(?:[.!?]+(?=\s+[\p{Lu}“"«])|\n|$)/gu (a piece ends
//      at a full stop before a capital or at a line break, so "Oct. 7" stays whole), and a
//      piece without a DATE_CUE is blanked.
// Run as regular expressions, this took nearly as long as chrono's parsing; it is a scan by hand.

import { isSpace } from './chars';

// Words without which no date can be in a piece: a year or a day and month in figures, a month
// or weekday name, a word for a day or a span of time, in English, Spanish, French or Russian.
const CUE_WORDS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat',
  'sun', 'today', 'tonight', 'yesterday', 'tomorrow', 'week', 'month', 'year', 'ago', 'ene', 'abr', 'ago', 'dic', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'hoy', 'ayer', 'semana', 'mes', 'año',
  'janv', 'févr', 'avr', 'mai', 'juin', 'juil', 'août', 'déc', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'aujourd', 'hier', 'demain', 'semaine', 'mois', 'année',
];
const RUSSIAN_CUES = 'январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[ауы]|четверг|пятниц|суббот|воскресень|сегодня|вчера|недел|месяц|год';
/** Any cue; a word must start a word (`\b`), a Russian stem need not. */
const DATE_CUE = new RegExp(`\\d{4}|\\d{1,2}[./-]\\d{1,2}|\\b(?:${CUE_WORDS.join('|')})|(?:${RUSSIAN_CUES})`, 'iu');

/** DATE_CUE matched exactly at lastIndex. */
const DATE_CUE_AT = new RegExp(DATE_CUE.source, 'iuy');

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const letterIndex = (c: number): number => (c | 0x20) - 0x61;
/** The first three letters of the cue words written in ASCII, in lower case. */
const CUE_PREFIXES = new Uint8Array(26 * 26 * 26);
for (const word of CUE_WORDS) {
  const [a, b, c] = [0, 1, 2].map((k) => word.charCodeAt(k));
  if (isAsciiLetter(a!) && isAsciiLetter(b!) && isAsciiLetter(c!)) CUE_PREFIXES[(letterIndex(a!) * 26 + letterIndex(b!)) * 26 + letterIndex(c!)] = 1;
}

/** `\w` of a case-insensitive Unicode regular expression, which adds ſ and the Kelvin sign. */
const isWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x17f || c === 0x212a;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isDateSeparator = (c: number): boolean => c === 0x2e || c === 0x2f || c === 0x2d; // . / -

/**
 * Whether DATE_CUE matches in s[start, end), which a piece boundary delimits (no match crosses
 * one). Calling a regular expression costs more than most of the checks it makes, so figures
 * are read by hand, and the pattern is tried only where a cue word may start: not inside a
 * word, and in ASCII only where the next three letters start a cue word. Beyond ASCII (ſ, ñ,
 * Cyrillic) the pattern decides: it folds case as no table here would.
 */
function holdsDateCue(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      // \d{4}, or \d{1,2}[./-]\d{1,2}, which holds a digit, a separator and a digit in a row.
      const d1 = s.charCodeAt(i + 1);
      if (isDigit(d1) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)) && i + 3 < end) return true;
      if (isDateSeparator(d1) && isDigit(s.charCodeAt(i + 2)) && i + 2 < end) return true;
      continue;
    }
    if (c < 0x80) {
      if (!isAsciiLetter(c) || (i > start && isWordChar(s.charCodeAt(i - 1)))) continue;
      if (i + 2 < end) {
        const b = s.charCodeAt(i + 1);
        const d = s.charCodeAt(i + 2);
        if (b < 0x80 && d < 0x80) {
          if (!isAsciiLetter(b) || !isAsciiLetter(d)) continue;
          if (!CUE_PREFIXES[(letterIndex(c) * 26 + letterIndex(b)) * 26 + letterIndex(d)]) continue;
        }
      }
    }
    DATE_CUE_AT.lastIndex = i;
    if (DATE_CUE_AT.test(s)) return true;
  }
  return false;
}

/** What may start the sentence after a full stop: a capital or an opening quotation mark. */
const SENTENCE_OPENER = /[\p{Lu}“"«]/uy;

const LONG_WORD = 41;
const LONG_SPACE = 4;
const NEWLINE = 10;

/**
 * Blanking uses "_", not spaces: chrono's Russian patterns try `\s*` at every position and turn
 * quadratic on a long run of spaces, while "_" fails their first character at once.
 */
const BLANK = '_';

const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?

/** Steps 1 and 2: long words and long runs of spaces blanked; the text itself when there are none. */
function blankLongRuns(s: string): string {
  const parts: string[] = [];
  let copied = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === NEWLINE) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isSpace(c)) {
      while (j < n && s.charCodeAt(j) !== NEWLINE && isSpace(s.charCodeAt(j))) j++;
      if (j - i >= LONG_SPACE) {
        parts.push(s.slice(copied, i), ' ', BLANK.repeat(j - i - 2), ' ');
        copied = j;
      }
    } else {
      while (j < n && !isSpace(s.charCodeAt(j))) j++;
      if (j - i >= LONG_WORD) {
        parts.push(s.slice(copied, i), BLANK.repeat(j - i));
        copied = j;
      }
    }
    i = j;
  }
  if (copied === 0) return s;
  parts.push(s.slice(copied));
  return parts.join('');
}

/** Where the piece starting at `start` ends (step 3): after its closing full stops, after its line break, or at the end. */
function pieceEnd(s: string, start: number): number {
  const n = s.length;
  // A piece holds at least one character, so a full stop that opens it does not close it.
  let q = start + 1;
  while (q < n) {
    const c = s.charCodeAt(q);
    if (c === NEWLINE) return q + 1;
    // A full stop after a digit ends no piece: a German day is written "7. Oktober".
    if (!isStop(c) || isDigit(s.charCodeAt(q - 1))) {
      q++;
      continue;
    }
    let stops = q + 1;
    while (stops < n && isStop(s.charCodeAt(stops))) stops++;
    let next = stops;
    while (next < n && isSpace(s.charCodeAt(next))) next++;
    if (next > stops && next < n) {
      SENTENCE_OPENER.lastIndex = next;
      if (SENTENCE_OPENER.test(s)) return stops;
    }
    q = stops;
  }
  return n;
}

/** The text with dateless pieces, long words and long runs of spaces blanked; offsets unchanged. */
export function maskDateless(text: string): string {
  const s = blankLongRuns(text);
  const parts: string[] = [];
  let copied = 0;
  const n = s.length;
  let start = 0;
  while (start < n) {
    if (s.charCodeAt(start) === NEWLINE) {
      start++;
      continue;
    }
    const end = pieceEnd(s, start);
    if (!holdsDateCue(s, start, end)) {
      // Line breaks stay: they end sentences. A piece holds one only as its last character.
      const blankEnd = s.charCodeAt(end - 1) === NEWLINE ? end - 1 : end;
      parts.push(s.slice(copied, start), BLANK.repeat(blankEnd - start));
      copied = blankEnd;
    }
    start = end;
  }
  if (copied === 0) return s;
  parts.push(s.slice(copied));
  return parts.join('');
}

/**
 * Blanks kept at each end of a run that is shortened. chrono's patterns match no "_" but in
 * one or two characters of look-around (`(?!\w)`, `[^\d]`, `(?![^\s]\d)`, the "." of "г."), and
 * its refiners test only what lies between, before and after results with anchored patterns of
 * white space and words; so it reads the ends of a run and finds the same whatever its length.
 */
const RUN_END = 4;
const LONG_BLANK_RUN = new RegExp(`${BLANK}{${2 * RUN_END + 1},}`, 'g');

export interface ShortenedText {
  text: string;
  /** The offset in the masked text of an offset in `text` (outside the dropped middles). */
  original(offset: number): number;
}

/**
 * The masked text with the middle of each long run of blanks dropped: chrono still tries its
 * patterns at every blank, and a masked article is about half blanks.
 */
export function shortenBlanks(masked: string): ShortenedText {
  // Where in the short text each dropped middle was, and how much had been dropped by its end.
  const at: number[] = [];
  const dropped: number[] = [];
  let total = 0;
  const text = masked.replace(LONG_BLANK_RUN, (run, offset: number) => {
    const cut = run.length - 2 * RUN_END;
    at.push(offset - total + RUN_END);
    total += cut;
    dropped.push(total);
    return BLANK.repeat(2 * RUN_END);
  });
  return {
    text,
    original(offset: number): number {
      // The last dropped middle at or before the offset, by bisection (long texts have many).
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid]! <= offset) lo = mid + 1;
        else hi = mid;
      }
      return offset + (lo > 0 ? dropped[lo - 1]! : 0);
    },
  };
}
