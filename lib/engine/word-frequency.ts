// How common an English word is in general use, and whether it is usually written with a
// capital: language data (data/english-word-ranks.ts), asked by story proposals to tell the words
// that mark one story ("filibuster", "Parenthood") from those every article uses ("said", "court").
import { ENGLISH_WORDS_BY_FREQUENCY } from './data/english-word-ranks';

interface Entry {
  /** 1 for the most frequent word. */
  rank: number;
  /** The list writes the word capitalised: a name ("James", "Senate") more often than a word. */
  capital: boolean;
}

let entries: Map<string, Entry> | null = null;

function table(): Map<string, Entry> {
  if (!entries) {
    entries = new Map();
    ENGLISH_WORDS_BY_FREQUENCY.split(' ').forEach((word, i) => {
      const lower = word.toLowerCase();
      entries!.set(lower, { rank: i + 1, capital: word !== lower });
    });
  }
  return entries;
}

/** The list's length: a word outside it is rarer than every word in it. */
export const LISTED_WORDS = 30000;

/** The word's frequency rank in general English (1 = most frequent), Infinity when unlisted. */
export function wordRank(word: string): number {
  return table().get(word.toLowerCase())?.rank ?? Infinity;
}

/** Whether general English usually writes the word in lower case ("white", "house", "court"). */
export function isLowerCaseWord(word: string): boolean {
  const e = table().get(word.toLowerCase());
  return e !== undefined && !e.capital;
}

/**
 * How much a word tells about what a text is about, from its rarity alone: about 0 for the
 * commonest words, about 1 for words outside the list. Logarithmic, as word frequencies are.
 */
export function rarity(word: string): number {
  const rank = wordRank(word);
  if (rank === Infinity) return 1;
  return Math.log(rank) / Math.log(LISTED_WORDS * 2);
}
