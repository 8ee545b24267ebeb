// Records and firsts: "the longest shutdown in history", "the deadliest mass shooting in U.S.
// history", "the first black governor of Massachusetts". A record is a checkable fact a reader
// wants compared across sources (one outlet calls it the longest, another the second longest),
// and it is written the same way in any story: a superlative, a few modifiers and the noun it
// ranks. Read without a tagger: the words after the superlative up to a function word or
// punctuation, the last of them taken as the noun.
import { lemma } from './predicates';
import type { Token } from './tokens';

export interface RecordMention {
  /** Token range of the phrase: the superlative through its noun (and "in … history" after it). */
  from: number;
  to: number;
  /** The superlative as compared: "first", "longest", "deadliest". */
  superlative: string;
  /** The ranked noun, lemmatised: "shutdown", "shooting", "governor". */
  noun: string;
  /** Modifiers between them, folded through QUALIFIER_SYNONYMS: "mass", "black". */
  qualifiers: string[];
}

/** Superlatives that rank one thing among all of its kind; "only", "last", "latest" and "best" rank too loosely to check. */
const SUPERLATIVES = new Set([
  'first', 'largest', 'biggest', 'highest', 'lowest', 'longest', 'shortest', 'deadliest', 'worst', 'oldest', 'youngest', 'greatest',
  'fastest', 'costliest', 'earliest', 'closest', 'strongest', 'richest', 'poorest', 'fewest', 'widest', 'heaviest', 'hottest',
  'coldest', 'busiest', 'smallest', 'bloodiest', 'narrowest', 'tallest', 'wealthiest', 'farthest', 'furthest',
]);
const BEFORE = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'nation’s', "nation's", 'country’s', "country's", 'state’s', "state's"]);
/** Words that end the noun phrase after a superlative. */
const ENDS = new Set([
  'in', 'of', 'on', 'at', 'for', 'to', 'from', 'by', 'with', 'since', 'ever', 'that', 'who', 'which', 'and', 'or', 'but', 'as', 'than', 'is',
  'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'after', 'before', 'when', 'while', 'this', 'so',
  'over', 'against', 'between', 'among', 'about', 'during', 'under', 'into', 'through', 'across', 'toward', 'like', 'per', 'via', 'amid',
  'despite', 'not', 'here', 'there', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'a', 'an', 'the', 'sworn', 'born',
]);
/** Nouns a superlative ranks without naming a checkable thing: "the first time", "the biggest problem". */
const VAGUE_NOUNS = new Set([
  'time', 'times', 'step', 'thing', 'things', 'problem', 'problems', 'way', 'ways', 'part', 'one', 'ones', 'place', 'reason', 'sign',
  'concern', 'question', 'issue', 'issues', 'challenge', 'threat', 'priority', 'mistake', 'fan', 'fans', 'name', 'names', 'day', 'days',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'round', 'half', 'quarter', 'instance', 'case', 'cases', 'hurdle', 'test', 'news',
  // Titles and set phrases, not ranks: "the first lady", "the First Amendment".
  'lady', 'ladies', 'daughter', 'daughters', 'family', 'amendment', 'gentleman', 'responder', 'responders', 'hand',
]);
/** Modifiers two outlets use for the same thing. */
const QUALIFIER_SYNONYMS: Record<string, string> = {
  'african-american': 'black', 'u.s.': 'american', 'us': 'american', 'america’s': 'american', "america's": 'american', 'female': 'woman',
};

/** The records a sentence states. */
export function findRecords(tokens: readonly Token[]): RecordMention[] {
  const out: RecordMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const sup = tokens[i]!.lower;
    if (!SUPERLATIVES.has(sup) || !BEFORE.has(tokens[i - 1]!.lower)) continue;
    // "the first of three", "the longest-serving": not a ranked noun.
    const words: string[] = [];
    let k = i + 1;
    for (; k < tokens.length && words.length < 4; k++) {
      const t = tokens[k]!;
      if (!(t.lowerInitial || t.upperInitial) || ENDS.has(t.lower)) break;
      // A participle or a name after the noun starts another phrase ("shops opened", "time Newsweek").
      if (words.length && (/^\p{Ll}{3,}ed$/u.test(t.lower) || (t.upperInitial && tokens[k - 1]!.lowerInitial))) break;
      words.push(t.lower);
    }
    if (!words.length || words.some((w) => VAGUE_NOUNS.has(w))) continue;
    const noun = lemma(words[words.length - 1]!);
    if (VAGUE_NOUNS.has(words[words.length - 1]!) || noun.length < 3) continue;
    // A capitalised last word is a name ("the first Trump administration"): the noun is missing.
    if (tokens[k - 1]!.upperInitial && words.length === 1) continue;
    let to = k;
    // "… in U.S. history", "… in the country's history": the scope of the record.
    if (tokens[k]?.lower === 'in') {
      for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
        if (tokens[j]!.lower === 'history') {
          to = j + 1;
          break;
        }
        if (/^[.,;:!?]$/.test(tokens[j]!.text)) break;
      }
    }
    const qualifiers = words.slice(0, -1).map((w) => QUALIFIER_SYNONYMS[w] ?? w).sort();
    out.push({ from: i, to, superlative: sup, noun, qualifiers });
    i = k - 1;
  }
  return out;
}

/**
 * Whether two records are stated alike: the same superlative of the same noun, and no modifier
 * of one missing from the other when both give some ("deadliest mass shooting" and "deadliest
 * shooting" agree; "first black governor" and "first woman governor" are two records).
 */
export function recordsAgree(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((q) => large.includes(q));
}
