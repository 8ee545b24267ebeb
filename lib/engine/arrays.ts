// Arrays the extractors hand one another, built by push. V8's optimised `.map()` returns a holey
// array where the unoptimised one returns a packed array: when a producer gets optimised, every
// consumer optimised on the packed kind meets a new kind, is deoptimised and compiled again, on
// the thread that reads the article (extractClaims, the entity and people passes, the story
// verdict). A push-built array is packed either way.

/** `xs.map(f)`, packed whether or not V8 has optimised the caller. */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}

/** The `text` (or `lower`) of tokens [from, to) joined by spaces: `.slice().map().join()` without the map. */
export function joinedWords(tokens: ReadonlyArray<{ text: string; lower: string }>, from: number, to: number, field: 'text' | 'lower' = 'text'): string {
  let s = '';
  for (let i = from; i < to; i++) s += i === from ? tokens[i]![field] : ' ' + tokens[i]![field];
  return s;
}
