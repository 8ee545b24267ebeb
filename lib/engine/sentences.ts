// Splits article text into sentences with offsets. Blocks (title, caption, paragraph) are
// separated by line breaks in the reader's output, and a caption without a full stop must
// still end its sentence, so line breaks always split.

export interface Span {
  start: number;
  end: number;
}

// Abbreviations that end with a full stop but do not end a sentence.
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'sens', 'rep', 'reps', 'rev', 'no',
  'vs', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'est', 'jr', 'sr', 'prof', 'г', 'ул', 'т.е', 'sr', 'sra', 'dña',
]);

const GERMAN_MONTH = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?!\p{L})/u;

const BOUNDARY = /[.!?…]+[”"’»)\]]*\s+(?=[“"‘«(\[¿¡]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const lines = /[^\n]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const base = line.index;
    const s = line[0];
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
      const punctAt = m.index;
      const before = s.slice(Math.max(0, punctAt - 12), punctAt);
      const word = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      // "Oct. 7", "Mr. Smith", single initials ("J. Smith") do not end a sentence.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      // A German day is an ordinal with a full stop: "am 7. Oktober 2023" is one sentence.
      if (/^\d{1,2}$/.test(word) && GERMAN_MONTH.test(s.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
      const end = punctAt + m[0].trimEnd().length;
      pushTrimmed(out, s, base, start, end);
      start = m.index + m[0].length;
    }
    pushTrimmed(out, s, base, start, s.length);
  }
  return out;
}

function pushTrimmed(out: Span[], s: string, base: number, start: number, end: number): void {
  while (start < end && /\s/.test(s[start]!)) start++;
  while (end > start && /\s/.test(s[end - 1]!)) end--;
  if (end > start) out.push({ start: base + start, end: base + end });
}

/** The sentence that contains offset `at` (sentences sorted by start). */
export function sentenceAt(sentences: Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
