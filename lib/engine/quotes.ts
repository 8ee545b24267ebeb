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
const SPEECH = '(?:said|says|told|added|replied|asked|stated|wrote|declared|noted|stressed|заявил\\p{L}*|сказал\\p{L}*|отметил\\p{L}*|добавил\\p{L}*|dijo|afirmó|declaró|señaló|añadió)';
const NAME = "((?:[\\p{Lu}][\\p{L}'’-]+\\s?){1,4}|he|she|they|the ministry|the president|the statement)";
const SPEECH_WORDS = new RegExp(`(?<![\\p{L}])${SPEECH}(?![\\p{L}])`, 'giu');
const SPEAKER_BEFORE_VERB = new RegExp(`${NAME}\\s+$`, 'iu');
const AFTER = new RegExp(`^[,.]?\\s*(?:${NAME}\\s+${SPEECH}|${SPEECH}\\s+${NAME})`, 'iu');

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

export function findQuotes(text: string, from: number, to: number, lastPerson: (at: number) => string | null): QuoteMention[] {
  const s = text.slice(from, to);
  const out: QuoteMention[] = [];
  // Most sentences hold no quotation mark, and matchAll copies the pattern on every call.
  if (!OPENING_QUOTE.test(s)) return out;
  for (const m of s.matchAll(QUOTE)) {
    const words = m[1]!.trim();
    // A quoted word or phrase ("exhilarated", "act of terror") is checkable too when it carries
    // a content word: two outlets quoting the same phrase quote the same remark.
    if (words.split(/\s+/).length < 4 && !/\p{L}{5,}/u.test(words)) continue;
    const start = from + m.index!;
    const end = start + m[0].length;
    const after = AFTER.exec(text.slice(end, Math.min(text.length, end + 80)));
    const before = speakerBefore(text.slice(Math.max(0, start - 80), start));
    let speaker = (after?.[1] ?? after?.[2] ?? before ?? null)?.trim() ?? null;
    if (speaker && /^(he|she|they)$/i.test(speaker)) speaker = lastPerson(start);
    out.push({ start, end, words, speaker });
  }
  return out;
}
