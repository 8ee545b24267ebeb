// Word overlap between an extracted text and a reference text: the measure the reader is judged
// by on real pages (scripts/bench-extract.ts, tests/page/real-pages-floors.test.ts). Words are
// compared as a multiset, lower-cased, letters and digits only, so markup and spacing differences
// between two extractions of the same article do not count.

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased runs of letters, marks and digits. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Precision and recall of `got` against `want`, each word counted as often as it occurs. */
export function compareWords(got: readonly string[], want: readonly string[]): WordScore {
  if (want.length === 0 && got.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const counts = new Map<string, number>();
  for (const word of want) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of got) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common++;
      counts.set(word, left - 1);
    }
  }
  const precision = got.length ? common / got.length : 0;
  const recall = want.length ? common / want.length : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
