// How tests and tools find a claim by what the page writes: a count is written with what it counts
// ("72 people" for "72", "около 1200 человек" for "около 1200"), other claims exactly as found.
export function writtenAs(c: { written: string; kind: string }, w: string): boolean {
  return c.written === w || (c.kind === 'number' && c.written.startsWith(w + ' ') && !/\d/.test(c.written.slice(w.length)));
}
