import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { tokenize, WORD, type Token } from './tokens';

/** The tokenizer as first written, with the regular expression: the definition the scan keeps to. */
function reference(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const s = text.slice(offset, end);
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    const lower = w.includes('’') ? w.toLowerCase().replace(/’/g, "'") : w.toLowerCase();
    const ch = w[0]!;
    out.push({ text: w, lower, start: offset + m.index, end: offset + m.index + w.length, lowerInitial: ch !== ch.toUpperCase(), upperInitial: ch !== ch.toLowerCase() });
  }
  return out;
}

// Pieces that exercise every branch: grouped numbers that the look-ahead accepts, shortens or
// rejects, joiners inside and at the ends of words, surrogate pairs (letters and not), lone
// surrogates, Unicode digits, spaces and marks.
const PIECES = [
  '1,200', '1,234,567', '1,234.5', '1,234.5x', '1,234,56x', '12,345', '1234,567', '1,2345', '1,234a', '1,234٤', '1,234.', '1.234',
  ',', '.', '-', "'", '’', "O'Neill", 'Dekel-Chen', 'U.S.', 'a-', '-a', 'a’s', "a''b", 'a.-b', 'Trufanov', 'Труфанов', 'Ёлка',
  '٤٩٨', '１２３', '½', '😀', '𝐀𝐁', '\ud835', '\udc00', '\u0301', 'é', 'ß', 'İ', ' ', '\n', '\u00a0', '\u2028', '\t', 'x',
  'd’Alexandre', "l'Ukraine", 'dell’Iran', "D'Angelo", 'qu’Israël', 'd’', "l'", 'jusqu’', 'd’alors', 'A', 'É',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 }).map((a) => a.join(''));

describe('tokenize', () => {
  it('reads a French or Italian article elided before a capital as a token of its own', () => {
    const words = (s: string) => tokenize(s).map((t) => t.text);
    expect(words('la libération d’Alexandre Troufanov')).toEqual(['la', 'libération', 'd’', 'Alexandre', 'Troufanov']);
    expect(words("l'Ukraine et dell’Iran, qu’Israël")).toEqual(["l'", 'Ukraine', 'et', 'dell’', 'Iran', ',', 'qu’', 'Israël']);
    // A capital opening the word, or a lower-case word after the apostrophe, keeps the word whole.
    expect(words("D'Angelo d’autres O'Neill")).toEqual(["D'Angelo", 'd’autres', "O'Neill"]);
  });

  it('finds what the regular-expression definition finds', () => {
    fc.assert(fc.property(text, (s) => void expect(tokenize(s)).toEqual(reference(s))), { numRuns: 5000 });
  });

  it('reads a span of the text as if it were the whole text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const [from, to] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(tokenize(s, from, to)).toEqual(reference(s, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  // Story detection and claim extraction share one tokenization of the text; these are what they rely on.
  it('tokens of the whole text are the tokens of each sentence', () => {
    const withSentences = fc.array(fc.oneof(text, fc.constantFrom('. ', '! ', '? ', '.” ', '\n', ' \n ', 'Mr. ', '“A', 'The')), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(withSentences, (s) => {
        const all = tokenize(s);
        for (const sentence of splitSentences(s)) {
          expect(all.filter((t) => t.start >= sentence.start && t.start < sentence.end)).toEqual(tokenize(s, sentence.start, sentence.end));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('every run of letters and digits lies inside one token', () => {
    const runs = (s: string, shift = 0) => [...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [shift + m.index, m[0]]);
    fc.assert(fc.property(text, (s) => void expect(tokenize(s).flatMap((t) => runs(t.text, t.start))).toEqual(runs(s))), { numRuns: 3000 });
  });

  it('keeps numbers with thousands separators whole', () => {
    expect(tokenize('some 1,200 people, 1,234.5x and 1,2345').map((t) => t.text)).toEqual(['some', '1,200', 'people', ',', '1,234', '.', '5x', 'and', '1', ',', '2345']);
  });
});
