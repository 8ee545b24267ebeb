// Who said what: a quotation of a few words or more, and its speaker when the sentence names one
// ("…,” Putin said; Putin replied, “…”; “…,” Russia's Foreign Ministry said in a statement).
export interface QuoteMention {
  start: number;
  end: number;
  words: string;
  speaker: string | null;
}

const QUOTE = /[“"«]([^“”"«»]{12,}?)[”"»]/g;
const SPEECH = '(?:said|says|told|added|replied|asked|stated|wrote|declared|noted|stressed|заявил\\p{L}*|сказал\\p{L}*|отметил\\p{L}*|добавил\\p{L}*|dijo|afirmó|declaró|señaló|añadió)';
const NAME = "((?:[\\p{Lu}][\\p{L}'’-]+\\s?){1,4}|he|she|they|the ministry|the president|the statement)";
const AFTER = new RegExp(`^[,.]?\\s*(?:${NAME}\\s+${SPEECH}|${SPEECH}\\s+${NAME})`, 'iu');
const BEFORE = new RegExp(`${NAME}\\s+${SPEECH}[^.“”"«»]{0,40}[,:]?\\s*$`, 'iu');

export function findQuotes(text: string, from: number, to: number, lastPerson: (at: number) => string | null): QuoteMention[] {
  const s = text.slice(from, to);
  const out: QuoteMention[] = [];
  for (const m of s.matchAll(QUOTE)) {
    const words = m[1]!.trim();
    if (words.split(/\s+/).length < 4) continue; // scare quotes ("promises") are not quotations
    const start = from + m.index!;
    const end = start + m[0].length;
    const after = AFTER.exec(text.slice(end, Math.min(text.length, end + 80)));
    const before = BEFORE.exec(text.slice(Math.max(0, start - 80), start));
    let speaker = (after?.[1] ?? after?.[2] ?? before?.[1] ?? null)?.trim() ?? null;
    if (speaker && /^(he|she|they)$/i.test(speaker)) speaker = lastPerson(start);
    out.push({ start, end, words, speaker });
  }
  return out;
}
