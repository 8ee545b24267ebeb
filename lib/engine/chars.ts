// Character classes as the engine's regular expressions see them, for the scanners that run on
// every character of an article and so do without a regular expression per character.
// chars.test.ts checks each against its regular expression over all of Unicode.

/** `\s`, for one UTF-16 code unit (all white space is in the Basic Multilingual Plane). */
export function isSpace(c: number): boolean {
  if (c > 0x20) {
    if (c < 0xa0) return false;
    return (
      c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
      c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
    );
  }
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Answers for the code points above ASCII met so far: few distinct ones occur in any text. */
const letterOrDigitCache = new Map<number, boolean>();

/** `[\p{L}\p{N}]` of a Unicode regular expression, for one code point. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  let known = letterOrDigitCache.get(cp);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (letterOrDigitCache.size > 10000) letterOrDigitCache.clear(); // random binary input
    letterOrDigitCache.set(cp, known);
  }
  return known;
}

/**
 * The code point at `i` of s[…end), as a Unicode regular expression reads it: a surrogate pair
 * is one code point, a lone surrogate (or one cut off by `end`) is a code point of its own.
 */
export function codePointAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before `i`: a surrogate pair is one code point. */
export function codePointBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** How many UTF-16 code units the code point takes. */
export const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1);
