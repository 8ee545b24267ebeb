// Word tokens with offsets: the unit every extractor looks at around a value.

export interface Token {
  text: string;
  /** Lower case, typographic apostrophes folded. */
  lower: string;
  start: number;
  end: number;
}

// Numbers with thousands separators ("1,200") stay one token.
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const s = text.slice(offset, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    out.push({
      text: m[0],
      lower: m[0].includes('’') ? m[0].toLowerCase().replace(/’/g, "'") : m[0].toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
