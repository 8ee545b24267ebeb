// Dates as intervals at their granularity: "February 15, 2025", "Oct. 7 last year", "last
// November", "on Wednesday", "the late 1990s", "53 days later". chrono-node finds them; the
// resolution against the publication date is ours, because news "last November" or "on
// Wednesday" means the most recent one before publication, not the nearest one either side.
import * as chrono from 'chrono-node';
import { mapPacked } from './arrays';
import { codePointBefore, isLetterOrDigit, isSpace, unitsOf } from './chars';
import { maskDateless, shortenBlanks } from './date-mask';

export interface DateMention {
  start: number;
  end: number;
  startDate: string | null;
  endDate: string | null;
  granularity: 'day' | 'month' | 'year' | 'decade' | 'weekday' | 'relative';
  relative: boolean;
  yearKnown: boolean;
  parts: { year: number | null; month: number | null; day: number | null; weekday: number | null };
  /** For "53 days later": the offset in days, to be resolved against the event it hangs on. */
  chainDays?: number;
  /** Read over a bare month another reader took alone ("el pasado mes de febrero" over "febrero"): it replaces it. */
  widens?: boolean;
}

// The casual parsers minus those for clock times and "within 3 days"-style spans: news dates
// never need them, and they are the costliest patterns (they try every "in" and "for").
const UNNEEDED = /TimeExpression|TimeUnitWithin|CasualTime|EndOfCurrentMonth|TimeUnitCasualRelative|SlashMonthFormat/;
function newsParser(base: chrono.Chrono): chrono.Chrono {
  const c = base.clone();
  c.parsers = c.parsers.filter((p) => !UNNEEDED.test(p.constructor.name));
  c.refiners = c.refiners.map((r) => (r.constructor.name === 'ENEndOfPeriodRefiner' ? onlyAfterOfOrThe(r) : r));
  return c;
}

/**
 * chrono's "end of March" refiner matches /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i against all
 * the text before each result, which makes a long article quadratic. That needs the text before
 * the result to end in "of" or "the" and white space, so other results are not passed to it; it
 * refines each result on its own, in place, so the results come out the same.
 */
function onlyAfterOfOrThe(refiner: chrono.Refiner): chrono.Refiner {
  const mayFollowOf = (text: string, at: number): boolean => {
    let i = at;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    return i < at && /(?:of|the)$/i.test(text.slice(Math.max(0, i - 3), i));
  };
  return {
    refine(context, results) {
      const asked = results.filter((r) => mayFollowOf(context.text, r.index));
      if (asked.length > 0) refiner.refine(context, asked);
      return results;
    },
  };
}
// The engine's four languages, and the others chrono reads dates in (a German page's
// "7. Oktober 2023", an Italian "15 febbraio 2025"), built on first use.
const LOCALES: Record<string, () => chrono.Chrono> = {
  en: () => chrono.en.casual, ru: () => chrono.ru.casual, es: () => chrono.es.casual, fr: () => chrono.fr.casual,
  de: () => chrono.de.casual, it: () => chrono.it.casual, pt: () => chrono.pt.casual, nl: () => chrono.nl.casual, uk: () => chrono.uk.casual,
};
const PARSERS: Record<string, chrono.Chrono> = {};

/** Whether chrono reads dates in this language. */
export const readsDatesIn = (lang: string): boolean => lang in LOCALES;

/** The configured chrono for a language (exported for tests); English for one chrono does not read. */
export function chronoFor(lang: string): chrono.Chrono {
  const locale = lang in LOCALES ? lang : 'en';
  return (PARSERS[locale] ??= newsParser(LOCALES[locale]!()));
}

/** What findDates reads of a chrono result, at its offset in the text chrono was given. */
interface ChronoDate {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  /** The end of a range ("Dec. 22 through Jan. 25"), when chrono read one. */
  end?: chrono.ParsedComponents | null;
}

/** chrono's results on the text, dateless pieces masked and long blank runs shortened (exported for tests). */
export function readDates(s: string, lang: string, ref: Date | null): ChronoDate[] {
  const short = shortenBlanks(maskDateless(s));
  const results = chronoFor(lang).parse(short.text, { instant: ref ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 }, { forwardDate: false });
  return mapPacked(results, (r) => ({ index: short.original(r.index), text: r.text, start: r.start, end: r.end ?? null }));
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** YYYY-MM-DD as toISOString() starts, which is slow; other years and invalid dates go through it. */
export const iso = (d: Date): string => {
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${pad(y, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function parseIsoDate(s: string | null | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? utc(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const CHAIN = /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s?\s+(later|afterwards|earlier)\b|(?:через|спустя)\s+(\d+)\s+(дн(?:я|ей|ь)|недел\p{L}*|месяц\p{L}*)|(?<!\d)(\d+)\s+(días|semanas|meses)\s+(después|más tarde)/giu;
const DECADE = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:1[89]|20)\d0)['’]?s\b|(?:(начале|середине|конце)\s+)?(\d{3}0)-х(?:\s+годов)?|(?:(principios|mediados|finales)\s+de\s+)?los\s+(?:años\s+)?(\d{3}0)/giu;
// The decade and chain patterns are long alternations, costly over a whole text. Each match of
// them holds a match of a short core pattern ("1990s", "53 days later"), with only letters,
// digits, spaces and hyphens before it ("the late ", "53 "): so a pattern runs only when its
// core occurs, from the start of the words before the first core. The decade pattern also
// needs its case-sensitive hint, the first check it always had.
const DECADE_HINT = /0['’]?s\b|0-х|los\s/u;
const DECADE_CORE = /\d{3}0(?:['’]?s\b|-х)|los\s+(?:años\s+)?\d{3}0/iu;
const CHAIN_CORE = /(?:day|week|month)s?\s+(?:later|afterwards|earlier)|(?:через|спустя)\s+\d|(?:días|semanas|meses)\s+(?:después|más tarde)/iu;

/** Where a scan for a pattern with this core may start, or -1 when the core is nowhere. */
function scanStart(s: string, core: RegExp): number {
  const m = core.exec(s);
  if (!m) return -1;
  let at = m.index;
  while (at > 0) {
    const cp = codePointBefore(s, at);
    if (!(isLetterOrDigit(cp) || isSpace(cp) || cp === 0x2d)) break;
    at -= unitsOf(cp);
  }
  return at;
}

/** All matches of a global pattern from `start` on (no match starts earlier). */
function matchesFrom(s: string, pattern: RegExp, start: number): Iterable<RegExpMatchArray> {
  if (start < 0) return [];
  pattern.lastIndex = start; // matchAll scans from the pattern's lastIndex
  return s.matchAll(pattern);
}
// Durations chrono reads as dates: "the past 18 months", "last year" is kept, "for 18 months" is not a date.
const DURATION = /^(?:past|last|next|previous|прошедшие|últimos)\s+\d+\s|\b(?:before|after)\b/i;
const SHORT_DATE_WORDS = /^(ayer|hier|mayo|juin|mai|mars|août|aout)$/i;
const SKIP_TEXT = /^(today|tonight|now|сегодня|hoy|this morning|this evening)$/i;

const DAY_BEFORE_YESTERDAY = /(?<!\p{L})(?:the day before yesterday|anteayer|antier|avant-hier|позавчера)(?!\p{L})/giu;
const DAY_BEFORE_YESTERDAY_CUE = /yesterday|anteayer|antier|avant-hier|позавчера/i;
// A year said after a date in Russian, Spanish and French: last (1), this (2) or next (3) year.
// "dernier" after a month is "last" before it in English ("en novembre dernier": last November).
const YEAR_AFTER = /^\s+(?:(прошлого года|del año pasado|de l['’]année dernière|de l['’]an dernier)|(этого года|de este año|de cette année)|(следующего года|del año próximo|del próximo año|de l['’]année prochaine)|(dernier|dernière))(?!\p{L})/iu;
const YEARS_AGO_TODAY = /\b(a|an|one|two|three|four|five|ten|\d{1,2})\s+years?\s+ago\s+today\b/giu;

export function findDates(text: string, from: number, to: number, lang: string, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const s = text.slice(from, to);
  const ref = parseIsoDate(published);
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);

  for (const m of matchesFrom(s, DECADE, DECADE_HINT.test(s) ? scanStart(s, DECADE_CORE) : -1)) {
    const decade = Number(m[2] ?? m[4] ?? m[6]);
    const part = (m[1] ?? m[3] ?? m[5] ?? '').toLowerCase();
    const [a, b] = /early|начале|principios/.test(part) ? [0, 3] : /mid|середине|mediados/.test(part) ? [3, 6] : /late|конце|finales/.test(part) ? [6, 9] : [0, 9];
    const start = from + m.index! + (m[0].toLowerCase().startsWith('the ') ? 4 : 0);
    out.push({
      start, end: from + m.index! + m[0].length,
      startDate: iso(utc(decade + a, 1, 1)), endDate: iso(utc(decade + b, 12, 31)),
      granularity: 'decade', relative: false, yearKnown: true,
      parts: { year: null, month: null, day: null, weekday: null },
    });
    taken.push([start, from + m.index! + m[0].length]);
  }
  for (const m of matchesFrom(s, CHAIN, scanStart(s, CHAIN_CORE))) {
    const n = m[1] ?? m[4] ?? m[6] ?? '1';
    const count = WORD_NUMBERS[n.toLowerCase()] ?? Number(n);
    const unit = (m[2] ?? m[5] ?? m[7] ?? 'day').toLowerCase();
    const sign = /earlier|before/i.test(m[3] ?? '') ? -1 : 1;
    const days = sign * count * (/^(week|недел|semana)/.test(unit) ? 7 : /^(month|месяц|mes)/.test(unit) ? 30 : 1);
    const start = from + m.index!;
    out.push({
      start, end: start + m[0].length, startDate: null, endDate: null, granularity: 'relative', relative: true,
      yearKnown: false, parts: { year: null, month: null, day: null, weekday: null }, chainDays: days,
    });
    taken.push([start, start + m[0].length]);
  }

  /** A day counted back from the publication date, written over `length` characters from `start`. */
  const pushDay = (start: number, length: number, d: Date): void => {
    out.push({
      start, end: start + length, startDate: iso(d), endDate: iso(d), granularity: 'day', relative: true, yearKnown: true,
      parts: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: null },
    });
    taken.push([start, start + length]);
  };

  // "A year ago today", "two years ago today": the publication day, that many years back.
  for (const m of ref && /ago\s+today/i.test(s) ? s.matchAll(YEARS_AGO_TODAY) : []) {
    const count = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    if (!Number.isFinite(count) || count < 1 || count > 100) continue;
    pushDay(from + m.index!, m[0].length, utc(ref!.getUTCFullYear() - count, ref!.getUTCMonth() + 1, ref!.getUTCDate()));
  }

  // "The day before yesterday", "anteayer", "avant-hier", "позавчера": two days before publication.
  for (const m of ref && DAY_BEFORE_YESTERDAY_CUE.test(s) ? s.matchAll(DAY_BEFORE_YESTERDAY) : []) {
    if (free(from + m.index!, from + m.index! + m[0].length)) pushDay(from + m.index!, m[0].length, new Date(ref!.getTime() - 2 * 86400000));
  }

  // "колонии № 3 16 февраля", "Colony No. 3": a number after a number sign is a label, never a day.
  const results = readDates(s.replace(/(?:№|\bNo\.|#)\s*\d+/g, (m) => ' '.repeat(m.length)), lang, ref);
  for (let r = 0; r < results.length; r++) {
    const res = results[r]!;
    // A bare month abbreviation ("nov", "mar") is too often another word; a whole short word of
    // another language is a date ("ayer", "hier", "mayo", "juin").
    const short = res.text.trim().replace(/[\s,.;:]+$/, '');
    if (/^\p{L}{1,4}$/u.test(short) && !(lang !== 'en' && SHORT_DATE_WORDS.test(short))) continue;
    // "2 1/2 miles": a fraction after a whole number, not the second of January.
    if (/^\d\/\d{1,2}$/.test(res.text.trim()) && /\d\s$/.test(text.slice(Math.max(0, from + res.index - 2), from + res.index))) continue;
    // Nor is a match that starts inside a word ("Bogdánov" holds "nov").
    if (/\p{L}/u.test(text[from + res.index - 1] ?? '') && /^\p{L}/u.test(res.text)) continue;
    // Nor one that ends inside a word: "17 décès" (deaths) holds "17 déc".
    if (/\p{L}$/u.test(res.text) && /\p{L}/u.test(text[from + res.index + res.text.length] ?? '')) continue;
    let start = from + res.index + (res.text.length - res.text.trimStart().length);
    // chrono keeps trailing punctuation ("February,"); the claim is the date alone.
    let end = from + res.index + res.text.replace(/[\s,.;:]+$/, '').length;
    const relativeWords = /\b(last|next|this|ago|yesterday|tomorrow|today|earlier|later|прошл\p{L}*|вчера|ayer|pasado)\b/iu.test(res.text);
    if (!ref && relativeWords) continue; // nothing to resolve "last month" against
    if (!free(start, end) || DURATION.test(res.text) || SKIP_TEXT.test(res.text.trim())) continue;
    const known = (c: 'year' | 'month' | 'day' | 'weekday'): number | null => (res.start.isCertain(c) ? (res.start.get(c) ?? null) : null);
    let year = known('year');
    // "Of the 251 taken on October 7, 73 remain": two digits after a comma start a new clause;
    // news writes years in full.
    const clipped = /,\s*\d{2}$/.exec(text.slice(start, end));
    if (clipped && year !== null) {
      end -= clipped[0].length;
      year = null;
    }
    const month = known('month');
    const day = known('day');
    const weekday = known('weekday');
    if (month === null && weekday === null && year === null) {
      // "last year" and the like: chrono reports the year as implied only.
      if (!/year|год|año/i.test(res.text)) continue;
    }
    if (month === null && day === null && weekday === null && year !== null && !/\d{4}/.test(res.text)) continue;
    if (month === null && weekday === null && year === null && !ref) continue;
    // Look at the words around the match that chrono leaves out: "last November", "Oct. 7 last year".
    const before = text.slice(Math.max(from, start - 10), start);
    let rel = /(last|this past|this|next|прошлом|прошлого|pasado)\s+$/i.exec(before)?.[1]?.toLowerCase();
    // "this past January": the latest January before the article, as "last January".
    if (rel === 'this past') rel = 'last';
    // "el pasado 7 de octubre", "в прошлом ноябре": the other languages' "last".
    if (rel === 'pasado' || rel === 'прошлом' || rel === 'прошлого') rel = 'last';
    if (rel && !/\d/.test(res.text)) start -= before.length - before.search(/(last|this past|this|next|прошлом|прошлого|pasado)\s+$/i);
    let yearShift: number | null = null;
    const next = results[r + 1];
    if (month !== null && year === null && next && /^(last|this|next) year$/i.test(next.text) && from + next.index - end <= 1) {
      yearShift = /last/i.test(next.text) ? -1 : /next/i.test(next.text) ? 1 : 0;
      end = from + next.index + next.text.length;
      r++;
    }
    // "7 октября прошлого года", "el 7 de octubre del año pasado", "le 7 octobre de l'année dernière",
    // "en novembre dernier": the year after the date, in the other languages.
    const after = month !== null && year === null && yearShift === null ? YEAR_AFTER.exec(text.slice(end, end + 32)) : null;
    if (after) {
      if (after[4]) rel = 'last';
      else yearShift = after[1] ? -1 : after[2] ? 0 : 1;
      end += after[0].length;
    }
    const pureYearPhrase = month === null && weekday === null && /year|год|año/i.test(res.text);
    const mention: DateMention = {
      start, end, startDate: null, endDate: null,
      granularity: day !== null && month !== null ? 'day' : month !== null ? 'month' : weekday !== null ? 'weekday' : 'year',
      relative: year === null, yearKnown: year !== null,
      parts: { year, month, day, weekday },
    };
    if (ref) {
      const refY = ref.getUTCFullYear();
      const refM = ref.getUTCMonth() + 1;
      if (pureYearPhrase) {
        year = res.start.get('year') ?? null;
        mention.yearKnown = true;
        mention.granularity = 'year';
      } else if (year === null && month !== null) {
        if (yearShift !== null) {
          year = refY + yearShift;
          mention.yearKnown = true;
        } else if (rel === 'last' && day !== null) {
          // "le 3 mars dernier": the latest such day before the article.
          year = month < refM || (month === refM && day < ref.getUTCDate()) ? refY : refY - 1;
          mention.yearKnown = true;
        } else if (rel === 'last') {
          // "last November" said in November 2024 usually means November 2023, but "last October"
          // said then may mean either: take the previous year's and compare by month alone.
          year = month >= refM ? refY - 1 : refY - (refM - month <= 2 ? 1 : 0);
          // Only those near months are in doubt: "last November" said in October is the one before.
          mention.yearKnown = month >= refM || refM - month > 2;
        } else if (rel === 'this') {
          year = refY;
          mention.yearKnown = true;
        } else {
          // Most recent such month (and day) on or before publication; not trusted for conflicts.
          const d = day ?? 1;
          year = month > refM || (month === refM && d > ref.getUTCDate()) ? refY - 1 : refY;
          // "Wednesday, April 16": a weekday with its date names the year, of the three around
          // the publication only one has that day on that weekday (2025, not 2024).
          if (weekday !== null && day !== null) {
            const fits = [year, year + 1, year - 1].filter((y) => utc(y, month, day).getUTCDay() === weekday && Math.abs(y - refY) <= 1);
            if (fits.length === 1) {
              year = fits[0]!;
              mention.yearKnown = true;
            }
          }
        }
      } else if (year === null && weekday !== null) {
        // "on Wednesday" in a news report: the most recent Wednesday, publication day included;
        // "last Saturday" written on a Saturday is the week before.
        const last = rel === 'last' || /\blast\b/i.test(res.text);
        const back = (ref.getUTCDay() - weekday + 7) % 7 || (last ? 7 : 0);
        const d = new Date(ref.getTime() - back * 86400000);
        // "el miércoles 27", "mercredi 27", "Wednesday 27": the weekday's day of the month after
        // it is part of the date, not a count.
        const dayAfter = /^\s+(\d{1,2})(?!\d|[.,:/]\d)/.exec(text.slice(end, end + 5));
        if (dayAfter && Number(dayAfter[1]) === d.getUTCDate()) mention.end = end + dayAfter[0].length;
        mention.startDate = mention.endDate = iso(d);
        mention.granularity = 'day';
        mention.yearKnown = true;
        mention.parts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday };
        out.push(mention);
        taken.push([start, mention.end]);
        continue;
      }
      mention.parts.year = year;
    }
    if (year !== null && month !== null) {
      mention.startDate = iso(utc(year, month, day ?? 1));
      mention.endDate = iso(utc(year, month, day ?? lastDay(year, month)));
      // "Dec. 22 through Jan. 25": a range of days runs to its second date, in the next year
      // when its month comes earlier.
      const endMonth = res.end?.isCertain('month') ? res.end.get('month') : null;
      const endDay = res.end?.isCertain('day') ? res.end.get('day') : null;
      if (day !== null && endMonth && endDay) {
        const endYear = res.end!.isCertain('year') ? res.end!.get('year')! : endMonth < month ? year + 1 : year;
        const last = iso(utc(endYear, endMonth, endDay));
        if (last > mention.startDate) mention.endDate = last;
      }
    } else if (year !== null && month === null && weekday === null) {
      mention.startDate = iso(utc(year, 1, 1));
      mention.endDate = iso(utc(year, 12, 31));
      mention.granularity = 'year';
    }
    out.push(mention);
    taken.push([start, end]);
  }
  return out.sort((a, b) => a.start - b.start);
}

export function addDays(isoDate: string, days: number): string {
  return iso(new Date(parseIsoDate(isoDate)!.getTime() + days * 86400000));
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
// "from 2007 to 2014", "between 2009 and 2016", "2010-2013".
const YEAR_RANGE = /\b(?:from|between)\s+((?:1[89]|20)\d\d)\s+(?:to|and|through|until)\s+((?:1[89]|20)\d\d)\b|\b((?:1[89]|20)\d\d)[-–]((?:1[89]|20)\d\d)\b/g;
// "in 1995", "early 1979", "the 2010 election", "since 2002"; not money, not part of a longer figure.
const BARE_YEAR = /(?<![\d$€£.,\/-])(?:(early|mid|late)[\s-]+)?((?:1[89]|20)\d\d)(?![\d%])(?!\s*(?:percent|per cent)\b)(?!,\d)/g;
const SINCE_BEFORE = /\b(?:since|back to|as far as|as early as)\s+$/i;
// "in June", "mid May", "until March", "late February": a month without a day.
const BARE_MONTH = new RegExp(`\\b(?:(in|since|until|till|by|through|mid|mid-|early|late|this|last|next|of|from|before|after)\\s+)${MONTH_NAME}(?![\\w-]|\\.?\\s*\\d)`, 'g');
// "last year", "earlier this year", "this month", "last month", "next year".
const RELATIVE_PERIOD = /\b(?:(earlier|later)\s+)?(last|this|next)\s+(year|month)\b/gi;

// The same in French and Spanish, which chrono reads only with a day: "en novembre", "a finales de
// febrero", "el año pasado", "l'an dernier". Russian months and periods chrono reads itself.
const MONTHS_BY_LANG: Record<string, Record<string, number>> = {
  fr: { janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12 },
  es: { enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12 },
  de: { januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12 },
  pt: { janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12 },
  it: { gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12 },
  nl: { januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12 },
};
// "novembre 2023", "noviembre de 2023", "im November 2023", "em novembro de 2023": a month and its
// year, which chrono reads in some of these languages only with a day.
const monthYearPattern = (lang: string): RegExp | null => {
  const months = MONTHS_BY_LANG[lang];
  if (!months) return null;
  const alt = Object.keys(months).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<!\\p{L})(${alt})\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'giu');
};
const MONTH_YEAR_BY_LANG = Object.fromEntries(Object.keys(MONTHS_BY_LANG).map((l) => [l, monthYearPattern(l)]));
/** Prepositions before a month, each as the English one it stands for. */
const MONTH_PREPOSITIONS: Record<string, Record<string, string>> = {
  fr: { en: 'in', depuis: 'since', 'jusqu’en': 'until', "jusqu'en": 'until', fin: 'late', début: 'early', 'mi-': 'mid', 'à la mi-': 'mid',
    'le mois de': 'in', 'du mois de': 'in', 'au mois de': 'in' },
  // "el pasado mes de febrero", "a principios del pasado mes de febrero": the last February before the article.
  es: { en: 'in', desde: 'since', hasta: 'until', 'a finales de': 'late', 'a principios de': 'early', 'a mediados de': 'mid',
    'el mes de': 'in', 'del mes de': 'in', 'el pasado mes de': 'last', 'del pasado mes de': 'last', 'pasado mes de': 'last' },
};
const bareMonthPattern = (lang: string): RegExp | null => {
  const months = MONTHS_BY_LANG[lang];
  const preps = MONTH_PREPOSITIONS[lang];
  if (!months || !preps) return null;
  const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // Not before a day or a year ("en novembre 2024" is chrono's), nor inside a longer word.
  return new RegExp(`(?<!\\p{L})(${alt(Object.keys(preps))})\\s*(${alt(Object.keys(months))})(?![\\p{L}-]|\\s+(?:de\\s+)?\\d)`, 'giu');
};
const BARE_MONTH_BY_LANG: Record<string, RegExp | null> = { fr: bareMonthPattern('fr'), es: bareMonthPattern('es') };
/** "el año pasado", "este mes", "l'an dernier", "cette année": a unit and a shift from the publication date. */
const PERIODS_BY_LANG: Record<string, Array<[RegExp, 'year' | 'month', number]>> = {
  es: [
    [/(?<!\p{L})el\s+año\s+pasado(?!\p{L})/giu, 'year', -1], [/(?<!\p{L})el\s+mes\s+pasado(?!\p{L})/giu, 'month', -1],
    [/(?<!\p{L})este\s+año(?!\p{L})/giu, 'year', 0], [/(?<!\p{L})este\s+mes(?!\p{L})/giu, 'month', 0],
    [/(?<!\p{L})el\s+próximo\s+año(?!\p{L})/giu, 'year', 1],
  ],
  fr: [
    [/(?<!\p{L})l['’](?:année\s+dernière|an\s+dernier)(?!\p{L})/giu, 'year', -1], [/(?<!\p{L})le\s+mois\s+dernier(?!\p{L})/giu, 'month', -1],
    [/(?<!\p{L})cette\s+année(?!\p{L})/giu, 'year', 0], [/(?<!\p{L})ce\s+mois-ci(?!\p{L})/giu, 'month', 0],
    [/(?<!\p{L})l['’](?:année\s+prochaine|an\s+prochain)(?!\p{L})/giu, 'year', 1],
  ],
};

/**
 * Dates chrono leaves out: years standing alone ("first elected in 1995"), spans of years,
 * months without a day ("a special election in June", "mid May") and "last year" / "earlier
 * this month" (the last two in English only); `known` are the dates found already, which these never overlap.
 */
/** chrono's dates and the plain ones together, in text order; a plain date that widens a bare month replaces it. */
export function mergeDates(chronoDates: DateMention[], plain: DateMention[]): DateMention[] {
  const wide = plain.filter((d) => d.widens);
  const kept = wide.length ? chronoDates.filter((d) => !wide.some((w) => w.start <= d.start && d.end <= w.end)) : chronoDates;
  return [...kept, ...plain].sort((a, b) => a.start - b.start);
}

export function findPlainDates(text: string, lang: string, published: string | null, known: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  const english = lang === 'en';
  const ref = parseIsoDate(published);
  const free = (a: number, b: number) => !known.some((d) => a < d.end && b > d.start) && !out.some((d) => a < d.end && b > d.start);
  const year = (y: number, start: number, end: number, y2 = y, part = '') => {
    if (!free(start, end)) return;
    const [m1, m2] = part === 'early' ? [1, 4] : part === 'mid' ? [4, 9] : part === 'late' ? [9, 12] : [1, 12];
    out.push({
      start, end, startDate: iso(utc(y, m1, 1)), endDate: iso(utc(y2, m2, lastDay(y2, m2))), granularity: 'year', relative: false, yearKnown: true,
      parts: { year: y === y2 ? y : null, month: null, day: null, weekday: null },
    });
  };
  for (const m of MONTH_YEAR_BY_LANG[lang] ? text.matchAll(MONTH_YEAR_BY_LANG[lang]!) : []) {
    const month = MONTHS_BY_LANG[lang]![m[1]!.toLowerCase()]!;
    const y = Number(m[2]);
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    out.push({
      start, end, startDate: iso(utc(y, month, 1)), endDate: iso(utc(y, month, lastDay(y, month))), granularity: 'month',
      relative: false, yearKnown: true, parts: { year: y, month, day: null, weekday: null },
    });
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const a = Number(m[1] ?? m[3]);
    const b = Number(m[2] ?? m[4]);
    if (b >= a && b - a < 100) year(a, m.index!, m.index! + m[0].length, b);
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const y = Number(m[2]);
    const start = m.index!;
    // A year inside a street number, a tally or a count ("2010 votes") is not a date.
    if (/^\s+(votes|people|voters|residents|troops|soldiers|employees|workers|pages|miles|feet)\b/i.test(text.slice(start + m[0].length, start + m[0].length + 12))) continue;
    // "since 2007", "dating back as far as 2009": from that year up to the time of writing.
    const since = !m[1] && ref ? SINCE_BEFORE.exec(text.slice(Math.max(0, start - 16), start)) : null;
    if (since && ref && ref.getUTCFullYear() > y && ref.getUTCFullYear() - y < 100) {
      year(y, start - since[0].length, start + m[0].length, ref.getUTCFullYear());
      continue;
    }
    year(y, start, start + m[0].length, y, (m[1] ?? '').toLowerCase());
  }
  // Month names and relative periods in English, French and Spanish; years and spans of years are any language's.
  const monthPattern = english ? BARE_MONTH : BARE_MONTH_BY_LANG[lang] ?? null;
  for (const m of monthPattern ? text.matchAll(monthPattern) : []) {
    const written = (m[1] ?? '').toLowerCase();
    const prep = english ? written : MONTH_PREPOSITIONS[lang]![written] ?? 'in';
    const name = m[2]!;
    const month = english ? MONTHS[name.slice(0, name.startsWith('Sept') ? 4 : 3).toLowerCase()] : MONTHS_BY_LANG[lang]![name.toLowerCase()];
    if (!month) continue;
    // "May" alone is too often the verb; only after a preposition that dates it.
    const start = m.index! + (/^(mid|mid-|early|late|this|last|next)$/.test(prep) ? 0 : m[0].length - name.length);
    const end = m.index! + m[0].length;
    // "el pasado mes de febrero": chrono reads "febrero" alone, without the "last" that dates it.
    const widens = !english && prep === 'last' && known.some((d) => d.start === end - name.length && d.end === end) &&
      !known.some((d) => start < d.end && end > d.start && !(d.start === end - name.length && d.end === end));
    if (!widens && !free(start, end)) continue;
    let y: number | null = null;
    let yearKnown = false;
    if (ref) {
      const refM = ref.getUTCMonth() + 1;
      const refY = ref.getUTCFullYear();
      // "last November" said in October names its year as surely as "this March"; said in
      // December it may mean either November (see the English reading above).
      if (prep === 'last') (y = month >= refM ? refY - 1 : refY), (yearKnown = month >= refM || refM - month > 2);
      else if (prep === 'next') y = month <= refM ? refY + 1 : refY;
      else if (prep === 'this') (y = refY), (yearKnown = true);
      else y = month > refM ? refY - 1 : refY;
    }
    const [d1, d2] = /^mid/.test(prep) ? [10, 20] : prep === 'early' ? [1, 10] : prep === 'late' ? [20, 31] : [1, 31];
    out.push({
      start, end,
      startDate: y !== null ? iso(utc(y, month, d1)) : null, endDate: y !== null ? iso(utc(y, month, Math.min(d2, lastDay(y, month)))) : null,
      granularity: 'month', relative: y !== null, yearKnown, parts: { year: y, month, day: null, weekday: null }, ...(widens ? { widens } : {}),
    });
  }
  // "el año pasado", "l'an dernier": read as "last year" and the like.
  const periods: Array<{ index: number; text: string; earlier: boolean; shift: number; unit: 'year' | 'month' }> = [];
  if (ref && english) {
    for (const m of text.matchAll(RELATIVE_PERIOD)) {
      periods.push({ index: m.index!, text: m[0], earlier: m[1]?.toLowerCase() === 'earlier', shift: m[2]!.toLowerCase() === 'last' ? -1 : m[2]!.toLowerCase() === 'next' ? 1 : 0, unit: m[3]!.toLowerCase() as 'year' | 'month' });
    }
  } else if (ref) {
    for (const [re, unit, shift] of PERIODS_BY_LANG[lang] ?? []) for (const m of text.matchAll(re)) periods.push({ index: m.index!, text: m[0], earlier: false, shift, unit });
  }
  if (ref) {
    for (const m of periods) {
      const start = m.index;
      const end = start + m.text.length;
      if (!free(start, end)) continue;
      const shift = m.shift;
      const refY = ref.getUTCFullYear();
      const refM = ref.getUTCMonth() + 1;
      let s: Date;
      let e: Date;
      let granularity: DateMention['granularity'];
      if (m.unit === 'year') {
        const y = refY + shift;
        s = utc(y, 1, 1);
        e = utc(y, 12, 31);
        // "earlier this year": between New Year and publication.
        if (shift === 0 && m.earlier) e = ref;
        granularity = 'year';
      } else {
        const d = utc(refY, refM + shift, 1);
        s = d;
        e = utc(d.getUTCFullYear(), d.getUTCMonth() + 1, lastDay(d.getUTCFullYear(), d.getUTCMonth() + 1));
        if (shift === 0 && m.earlier) e = ref;
        granularity = 'month';
      }
      out.push({
        start, end, startDate: iso(s), endDate: iso(e), granularity, relative: true, yearKnown: true,
        parts: { year: s.getUTCFullYear(), month: granularity === 'month' ? s.getUTCMonth() + 1 : null, day: null, weekday: null },
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
