// Who said what: a quotation of a few words or more, and its speaker when the sentence names one
// ("…,” Putin said; Putin replied, “…”; “…,” Russia's Foreign Ministry said in a statement).
export interface QuoteMention {
  start: number;
  end: number;
  words: string;
  speaker: string | null;
}

const QUOTE = /[“"«]([^“”"«»]{6,}?)[”"»]/g;
const OPENING_QUOTE = /[“"«]/;
const SPEECH = '(?:said|says|told|added|replied|asked|stated|wrote|declared|noted|stressed|заявил\\p{L}*|сказал\\p{L}*|отметил\\p{L}*|добавил\\p{L}*|dijo|afirmó|declaró|señaló|añadió|(?:a\\s)?(?:déclaré|dit|affirmé|ajouté|souligné|expliqué|indiqué)|déclare|affirme|explique|ajoute)';
// Up to four capitalised words, after titles written short ("Lt. Gov. Timothy Murray").
const NAME = "((?:(?:[\\p{Lu}][\\p{Ll}]{0,3}\\.\\s)*(?:[\\p{Lu}][\\p{L}'’-]+\\s?){1,4})|he|she|they|the ministry|the president|the statement)";
const SPEECH_WORDS = new RegExp(`(?<![\\p{L}])${SPEECH}(?![\\p{L}])`, 'giu');
// Case-sensitive, so that a name is capitalised words ("said Orlov on Friday" names Orlov, not "Orlov on Friday").
const SPEAKER_BEFORE_VERB = new RegExp(`${NAME}\\s+$`, 'u');
// A Russian quotation hands over to its speaker with a dash: «…», — сказал Орлов.
const AFTER = new RegExp(`^[,.]?\\s*(?:[—–-]\\s*)?(?:${NAME}\\s+${SPEECH}|${SPEECH}\\s+${NAME})`, 'u');

/** "Putin replied, “…”": the last speech verb before the quote, with nothing but a few words between. */
function speakerBefore(lead: string): string | null {
  let last: RegExpExecArray | null = null;
  SPEECH_WORDS.lastIndex = 0;
  for (let m = SPEECH_WORDS.exec(lead); m; m = SPEECH_WORDS.exec(lead)) last = m;
  if (!last) return null;
  const rest = lead.slice(last.index + last[0].length);
  if (rest.length > 40 || /[.“”"«»]/.test(rest)) return null;
  return SPEAKER_BEFORE_VERB.exec(lead.slice(Math.max(0, last.index - 60), last.index))?.[1] ?? null;
}

// A quotation that runs past its sentence: opened and not closed before the sentence ends, or
// closed in a sentence that did not open it.
const OPEN_TAIL = /[“«]([^“”"«»]{12,})$/;
const CLOSE_HEAD = /^([^“”"«»]{12,}?)[”»]/;

// Straight quotes open and close alike: an odd number of them in a paragraph means the last one
// opens a quotation that runs on into the next paragraph.
const STRAIGHT_TAIL = /"([^“”"«»]{12,})$/;
const oddStraight = (s: string) => ((s.match(/"/g) ?? []).length & 1) === 1;
// British style quotes in single marks: ‘I miss my family,’ he says. An apostrophe sits between
// letters ("didn’t"), so a closing mark counts only after the quotation's own punctuation.
const SINGLE_QUOTE = /(?<=^|[\s(\[—–-])[‘'](\p{Lu}[^‘"“”«»\n]{10,}?[.,!?])[’'](?=\s|$|[)\]—–-])/gu;
const SINGLE_OPENING = /(?:^|[\s(\[—–-])[‘']\p{Lu}/u;
// Longer than this, a pair of quote marks is more likely two stray marks than one quotation.
const MAX_QUOTE = 800;

/**
 * The quotations of a whole text, paragraph by paragraph: a quotation runs across the sentences
 * of its paragraph ("“We will win. They know it,” he said"), and its middle sentences carry no
 * quote mark of their own, so a sentence alone cannot tell them from the reporter's words.
 */
export function findAllQuotes(text: string, lastPerson: (at: number) => string | null): QuoteMention[] {
  const out: QuoteMention[] = [];
  const para = /[^\n]+/g;
  for (let m = para.exec(text); m; m = para.exec(text)) out.push(...findQuotes(text, m.index, m.index + m[0].length, lastPerson));
  return out.sort((a, b) => a.start - b.start);
}

export function findQuotes(text: string, from: number, to: number, lastPerson: (at: number) => string | null): QuoteMention[] {
  const s = text.slice(from, to);
  const out: QuoteMention[] = [];
  // Most sentences hold no quotation mark, and matchAll copies the pattern on every call.
  if (!OPENING_QUOTE.test(s) && !/[”»]/.test(s)) return SINGLE_OPENING.test(s) ? singleQuoted(text, from, s, out, lastPerson) : out;
  const running = (m: RegExpExecArray | null, at: number) => {
    if (!m) return;
    const words = m[1]!.trim();
    if (words.split(/\s+/).length < 4) return;
    const start = at + m[1]!.indexOf(words);
    const pieces = words.length > 100 ? piecesOf(words, start) : [];
    if (pieces.length > 1) for (const p of pieces) out.push({ ...p, speaker: null });
    else out.push({ start, end: start + words.length, words, speaker: null });
  };
  const head = CLOSE_HEAD.exec(s);
  if (head && !/[“«]/.test(head[1]!)) running(head, from);
  const tail = OPEN_TAIL.exec(s) ?? (oddStraight(s) ? STRAIGHT_TAIL.exec(s) : null);
  if (tail) running(tail, from + tail.index + 1);
  if (!OPENING_QUOTE.test(s)) return out;
  for (const m of s.matchAll(QUOTE)) {
    const words = m[1]!.trim();
    const start = from + m.index!;
    const end = start + m[0].length;
    if (words.length > MAX_QUOTE) continue;
    const after = AFTER.exec(text.slice(end, Math.min(text.length, end + 80)));
    // A quoted word or phrase ("exhilarated", "act of terror") is checkable too when it carries
    // a content word: two outlets quoting the same phrase quote the same remark. A short remark
    // with its speaker ("“He's cool,” Murray said") is a whole quotation, however short.
    if (words.split(/\s+/).length < 4 && !/\p{L}{5,}/u.test(words) && !(after && words.split(/\s+/).length >= 2)) continue;
    pushQuotation(out, text, start, end, m[1]!, words, after, lastPerson);
  }
  return SINGLE_OPENING.test(s) ? singleQuoted(text, from, s, out, lastPerson) : out;
}

/**
 * A quotation found between marks at [start, end), with its speaker (after it, else before it;
 * "he" is the person last named). A long quotation is compared piece by piece (its sentences
 * and dash-separated clauses): outlets quote different stretches of one statement, and a reader
 * checks a sentence.
 */
function pushQuotation(
  out: QuoteMention[], text: string, start: number, end: number, inner: string, words: string,
  after: RegExpExecArray | null, lastPerson: (at: number) => string | null,
): void {
  const before = speakerBefore(text.slice(Math.max(0, start - 80), start));
  let speaker = (after?.[1] ?? after?.[2] ?? before ?? null)?.trim() ?? null;
  if (speaker && /^(he|she|they)$/i.test(speaker)) speaker = lastPerson(start);
  const pieces = words.length > 100 ? piecesOf(inner, start + 1) : [];
  if (pieces.length > 1) for (const p of pieces) out.push({ ...p, speaker });
  else out.push({ start, end, words, speaker });
}

/** Quotations in single marks, outside those in double marks (there, single marks are a quote within a quote). */
function singleQuoted(text: string, from: number, s: string, out: QuoteMention[], lastPerson: (at: number) => string | null): QuoteMention[] {
  for (const m of s.matchAll(SINGLE_QUOTE)) {
    const words = m[1]!.trim().replace(/[,]$/, '');
    const start = from + m.index!;
    const end = start + m[0].length;
    if (words.split(/\s+/).length < 4 || words.length > MAX_QUOTE || out.some((q) => q.start < end && q.end > start)) continue;
    pushQuotation(out, text, start, end, m[1]!, words, AFTER.exec(text.slice(end, Math.min(text.length, end + 80))), lastPerson);
  }
  return out;
}

const PIECE_END = /[.!?]+(?=\s)|\s+(?:--|—|–|―)\s+|;\s/g;

/** The sentences and clauses of a quotation's words, with their offsets; pieces under four words join the next. */
function piecesOf(inner: string, offset: number): Array<{ start: number; end: number; words: string }> {
  const out: Array<{ start: number; end: number; words: string }> = [];
  let from = 0;
  const cut = (to: number, next: number) => {
    const raw = inner.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[,;:]$/, '');
    if (text.split(/\s+/).length >= 4) {
      out.push({ start: offset + from + lead, end: offset + from + lead + text.length, words: text });
      from = next;
    }
  };
  for (const m of inner.matchAll(PIECE_END)) cut(m.index! + (/^[.!?]/.test(m[0]) ? m[0].length : 0), m.index! + m[0].length);
  if (from < inner.length) {
    const before = out.length;
    cut(inner.length, inner.length);
    // A short tail joins the piece before it.
    if (out.length === before && out.length) {
      const last = out[out.length - 1]!;
      const text = inner.slice(last.start - offset).trim().replace(/[,;:]$/, '');
      out[out.length - 1] = { start: last.start, end: last.start + text.length, words: text };
    }
  }
  // A sentence of the quotation still longer than a reader checks at a glance splits at its
  // commas too: another outlet may quote only one clause of it.
  return out.flatMap((p) => (p.end - p.start > 100 ? clausesOf(p) : [p]));
}

/** A long piece cut at its commas; clauses under four words join the next, a short tail the one before. */
function clausesOf(p: { start: number; end: number; words: string }): Array<{ start: number; end: number; words: string }> {
  const out: Array<{ start: number; end: number; words: string }> = [];
  let from = 0;
  const push = (to: number) => {
    const raw = p.words.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[,;:]$/, '');
    if (text.split(/\s+/).length < 4) return false;
    out.push({ start: p.start + from + lead, end: p.start + from + lead + text.length, words: text });
    return true;
  };
  for (const m of p.words.matchAll(/,\s/g)) if (push(m.index!)) from = m.index! + m[0].length;
  if (!push(p.words.length) && out.length) {
    const last = out[out.length - 1]!;
    const text = p.words.slice(last.start - p.start).trim().replace(/[,;:]$/, '');
    out[out.length - 1] = { start: last.start, end: last.start + text.length, words: text };
  }
  return out.length > 1 ? out : [p];
}
