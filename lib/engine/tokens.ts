// Word tokens with offsets: the unit every extractor looks at around a value.

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

// Numbers with thousands separators ("1,200") stay one token.
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const s = text.slice(offset, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const w = m[0];
    const lower = w.includes('’') ? w.toLowerCase().replace(/’/g, "'") : w.toLowerCase();
    const c = w.charCodeAt(0);
    let lowerInitial: boolean;
    let upperInitial: boolean;
    if (c < 128) {
      lowerInitial = c >= 97 && c <= 122;
      upperInitial = c >= 65 && c <= 90;
    } else {
      const ch = w[0]!;
      lowerInitial = ch !== ch.toUpperCase();
      upperInitial = ch !== ch.toLowerCase();
    }
    out.push({ text: w, lower, start: offset + m.index, end: offset + m.index + w.length, lowerInitial, upperInitial });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
