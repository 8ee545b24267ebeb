// Finding a claim again after the page's text changed. Pure: text in, offsets out. The exact
// words must still be there with the context they had; when in doubt the claim is dropped —
// a highlight on the wrong words is worse than a missing one.
export interface Anchor {
  /** The claim's words exactly as they were in the old text. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Old start offset, to choose between equally good matches. */
  start: number;
}

function endsWithContext(text: string, at: number, prefix: string): boolean {
  const want = prefix.slice(-Math.min(prefix.length, at));
  return text.slice(at - want.length, at) === want;
}

function startsWithContext(text: string, at: number, suffix: string): boolean {
  const want = suffix.slice(0, Math.min(suffix.length, text.length - at));
  return text.slice(at, at + want.length) === want;
}

export function reanchor(text: string, anchor: Anchor): { start: number; end: number } | null {
  if (!anchor.exact) return null;
  const hits: Array<{ start: number; score: number }> = [];
  for (let i = text.indexOf(anchor.exact); i !== -1; i = text.indexOf(anchor.exact, i + 1)) {
    const end = i + anchor.exact.length;
    const score = (endsWithContext(text, i, anchor.prefix) ? 1 : 0) + (startsWithContext(text, end, anchor.suffix) ? 1 : 0);
    hits.push({ start: i, score });
  }
  // Both sides of the context intact, or one side intact and the words unique in the text.
  let pool = hits.filter((h) => h.score === 2);
  if (!pool.length && hits.length === 1 && hits[0]!.score === 1) pool = hits;
  if (!pool.length) return null;
  pool.sort((a, b) => Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start));
  const best = pool[0]!;
  return { start: best.start, end: best.start + anchor.exact.length };
}
