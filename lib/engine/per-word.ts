// Answers about one word, worked out once per distinct word and kept across articles. The
// extractors ask the same questions of a word many times (at every figure, name and sentence
// around it), and articles share most of their words, so a look-up replaces regular
// expressions and string copies. Each cache is emptied when it grows past what a run of
// ordinary articles needs, as tokens.ts's word facts are.

const CACHE_SIZE = 50000;

/** `answer`, kept per word; `answer` must depend on the word alone. */
export function perWord<T>(answer: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string): T => {
    const known = cache.get(word);
    if (known !== undefined || cache.has(word)) return known as T;
    const value = answer(word);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(word, value);
    return value;
  };
}
