// Counts with what they count: "killing some 1,200 people", "251 abductions", "498 days in
// captivity", "a 45-day truce", "two other hostages", in English, Russian and Spanish.
import { joinedWords } from './arrays';
import { isAsciiDigit } from './chars';
import { countEvent, countScope, eventAt, othersAfterAnotherCount } from './frame';
import { HEDGES_BEFORE, numberWord, ONE_PERSON_NOUNS, SCALE_WORDS, UNIT_NOUNS, GROUP_WORD, triggersOf, type EventClass } from './lexicon';

// A Map: "constructor" after a figure must not read as a scale word.
const SCALE_WORD_MAP = new Map(Object.entries(SCALE_WORDS));
import type { Hedge } from './types';
import { CURRENCY_SYMBOLS } from './units';
import type { Token } from './tokens';

/** A figure found in a sentence: where it is, its value as an interval, and its hedge. */
export interface FigureMention {
  /** Character offsets of the figure in the text. */
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  hedge: Hedge;
  /** Token range of the figure inside the sentence tokens. */
  from: number;
  to: number;
}

/** A count of a built-in event class ("1,200 killed", "498 days in captivity"). */
export interface NumberMention extends FigureMention {
  unit: string;
  event: EventClass | null;
  scope: string[];
}

const DIGITS = /^\d{1,3}(?:,\d{3})+$|^\d+(?:[.,]\d+)?$/;
const COMPOUND = /^(\d+)-(day|week|month|year|летн\p{L}*|дневн\p{L}*)s?(?:-old)?$/u; // "45-day", "29-year-old", "29-летний"
const WORD_COMPOUND = /^([a-z]+(?:-[a-z]+)?)-(day|week|month|year)s?(?:-old)?$/; // "twenty-nine-year-old", "five-day"

function parseDigits(s: string, lang: string): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (lang !== 'en' && /^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^\d+,\d+$/.test(s)) return lang === 'en' ? null : Number(s.replace(',', '.'));
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const GROUP_OF_THREE = /^\d{3}$/;
const HEAD_OF_GROUPS = /^\d{1,3}$/;
const PLAIN_DIGITS = /^\d+$/;

/**
 * A figure written in digits at token i, as each language writes it: "1,200" and "5.7" in
 * English; in Russian, French and Spanish also "3,5" (a decimal comma, which the tokenizer
 * splits) and "1 200" or "1 200" (groups of three set apart by a space). Returns the value and
 * the token after the figure, or null when token i is no such figure.
 */
export function readDigits(tokens: readonly Token[], i: number, lang: string, pattern: RegExp): { value: number; to: number } | null {
  const t = tokens[i]!;
  if (!pattern.test(t.text)) return null;
  if (lang !== 'en' && PLAIN_DIGITS.test(t.text)) {
    // "3,5": digits, a comma and digits with nothing between them.
    const comma = tokens[i + 1];
    const frac = tokens[i + 2];
    if (comma?.text === ',' && comma.start === t.end && frac && frac.start === comma.end && PLAIN_DIGITS.test(frac.text) && frac.text.length <= 3) {
      return { value: Number(t.text + '.' + frac.text), to: i + 3 };
    }
    // "1 200 000": a head of one to three digits, then groups of exactly three, one blank apart.
    if (HEAD_OF_GROUPS.test(t.text)) {
      let to = i + 1;
      let digits = t.text;
      while (tokens[to] && GROUP_OF_THREE.test(tokens[to]!.text) && tokens[to]!.start === tokens[to - 1]!.end + 1) {
        digits += tokens[to]!.text;
        to++;
      }
      if (to > i + 1) return { value: Number(digits), to };
    }
  }
  const value = parseDigits(t.text, lang);
  return value === null ? null : { value, to: i + 1 };
}

/** Is this figure round, i.e. approximate by itself ("250", "1,200", "50,000")? */
export function isRound(n: number): boolean {
  if (n >= 1000) return n % 100 === 0;
  if (n >= 100) return n % 50 === 0;
  return false;
}

export function interval(value: number, hedge: Hedge): [number, number] {
  // "about 1,200" is how reporters round 1,139 or 1,163; "250" stands for 251 or 253.
  const tol = value >= 100 ? 0.06 : value >= 20 ? 0.1 : 0;
  switch (hedge) {
    case 'exact':
      return [value, value];
    case 'round':
      return value >= 1000 ? [value * 0.94, value * 1.06] : [value * 0.97, value * 1.03];
    case 'approx':
      return [Math.floor(value * (1 - tol)), Math.ceil(value * (1 + tol)) || value + 1];
    // "over 50,000": a reporter's floor; the true figure is above it but rarely far above.
    case 'over':
      return [value, value * 1.1 + 1];
    case 'atLeast':
      return [value, value * 1.1 + 1];
    case 'under':
      return [value * 0.9, value];
    case 'atMost':
      return [value * 0.9, value];
    case 'almost':
      return [value * 0.95, value];
  }
}

function hedgeBefore(tokens: Token[], from: number): { hedge: Hedge; at: number } | null {
  for (const len of [3, 2, 1]) {
    if (from - len < 0) continue;
    const phrase = joinedWords(tokens, from - len, from, 'lower');
    for (const [re, hedge] of HEDGES_BEFORE) if (re.test(phrase)) return { hedge, at: from - len };
  }
  return null;
}

function unitAfter(tokens: Token[], to: number): { unit: string; at: number } | null {
  if (othersAfterAnotherCount(tokens, to - 1, to)) return { unit: 'people', at: to };
  // Allow a few modifiers between the number and its noun: "51,000 Palestinians", "three Russian nationals", "65 hostages".
  for (let i = to; i < Math.min(tokens.length, to + 3); i++) {
    const w = tokens[i]!.lower;
    for (const [re, unit] of UNIT_NOUNS) if (re.test(w)) return { unit, at: i };
    if (!(GROUP_WORD.test(w) || /^(other|more|additional|israeli|civilian|russian-israeli|\p{L}+-\p{L}+|foreign|palestinian)$/u.test(w))) break;
  }
  // Any other English plural noun says what is counted: "369 Palestinian prisoners", "12 trucks".
  for (let i = to; i < Math.min(tokens.length, to + 3); i++) {
    const t = tokens[i]!;
    // "seis otros trabajadores", "six autres ouvriers": the noun after the word of a part.
    if (i === to && /^(otros|otras|autres)$/.test(t.lower)) continue;
    if (/^\p{Ll}{3,}s$/u.test(t.text) && !NOT_COUNT_NOUN.has(t.lower)) return { unit: t.lower.replace(/ies$/, 'y').replace(/(ss|sh|ch|x)es$/, '$1').replace(/s$/, ''), at: i };
    if (!(GROUP_WORD.test(t.lower) || /^\p{Lu}/u.test(t.text) || /^\p{L}+-\p{L}+$/u.test(t.text))) break;
  }
  return null;
}

// Words ending in -s that follow a number without being what it counts.
const NOT_COUNT_NOUN = new Set(['was', 'has', 'is', 'as', 'his', 'its', 'this', 'thus', 'plus', 'minus', 'versus', 'across', 'unless', 'besides', 'whereas', 'always', 'perhaps', 'towards', 'afterwards', 'news', 'series', 'says', 'remains', 'means']);

const FRACTION_WORDS = /^(quarter|half|third|thirds|fifth|tenth|percent|%|most|many|some|all|none|one|two|three|several|dozens|hundreds|majority|minority|четверть|половин\p{L}*|треть|cuarta|mitad|tercio)$/u;

function isWholeOfFraction(tokens: Token[], i: number): boolean {
  // Look back over "of [the|X's]" to a fraction word: "a quarter of Nir Oz's 400", "half of the 251".
  // Within four words and the same clause: "most of them civilians, and 251 people" is not "most of 251".
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && !/^(of|из|de|,|;)$/.test(tokens[k]!.lower)) k--;
  if (k < 1 || i - k > 4 || !/^(of|из|de)$/.test(tokens[k]!.lower)) return false;
  return FRACTION_WORDS.test(tokens[k - 1]!.lower);
}

const NUMBER_OF = /^(number|total|count|tally|número|cifra|nombre|число|количество)$/;
/** "tiene 29 años", "il a 29 ans", "cumplió 29 años": the verb before a figure of years that makes it a person's age. */
export function hasYearsVerbBefore(tokens: Token[], i: number): boolean {
  return /^(tiene|tenía|tenia|cumplió|cumplio|cumple|cumplirá|cumplira)$/.test(tokens[i - 1]?.lower ?? '') ||
    (/^(a|avait|aura)$/.test(tokens[i - 1]?.lower ?? '') && /^(il|elle|qui)$/.test(tokens[i - 2]?.lower ?? ''));
}

/**
 * An age's scope: at a past moment ("28 when he was abducted", "tenía 27 años cuando fue
 * secuestrado", "âgé de 28 ans au moment de son enlèvement") it holds "when", and "when:" the
 * event of that moment when the clause names one, so two ages at one event can be compared.
 */
function ageScope(tokens: Token[], from: number, after: number): string[] {
  const scope = countScope(tokens, from, after);
  const w = tokens[after]?.lower ?? '';
  const atMoment = /^(when|cuando|когда|quand|lorsqu)$/.test(w) || (w === 'au' && tokens[after + 1]?.lower === 'moment') || (w === 'at' && tokens[after + 1]?.lower === 'the' && tokens[after + 2]?.lower === 'time');
  // "moved to Las Vegas at age 13", "died at the age of 47", "murió a los 47 años": the age at a
  // moment of the sentence, not now.
  // "died at 47": the age at the death itself, so two ages of one death can disagree.
  if (!atMoment && diesAt(tokens, from)) return [...scope, 'when', 'when:killed'];
  if (!atMoment && agePhrase(tokens, from).atMoment) return [...scope, 'when'];
  if (!atMoment) return scope;
  let event: string | null = null;
  for (let k = after + 1; k < Math.min(tokens.length, after + 6) && !event; k++) event = eventAt(tokens, k)?.event ?? null;
  return [...scope, 'when', ...(event ? [`when:${event === 'captivity' ? 'abducted' : event}`] : [])];
}

const CLAUSE_END = /^[.;:!?()—–]$/;

/** The noun counted by "the number of X" up to ten words before a figure, in the same clause. */
function unitOfNumberOf(tokens: Token[], i: number): string | null {
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const t = tokens[k]!;
    if (CLAUSE_END.test(t.text) || /^\d/.test(t.text)) return null;
    if (!NUMBER_OF.test(t.lower)) continue;
    const of = /^(of|de|des|du)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : t.lower.charCodeAt(0) >= 0x400 ? k + 1 : -1;
    if (of < 0) continue;
    const u = unitAfter(tokens, of);
    return u && u.at < i ? u.unit : null;
  }
  return null;
}

/** "Troufanov, 29," — or, with `after` past a unit word, "Труфанов, 29 лет,": an age in apposition to a name. */
function isAppositiveAge(tokens: Token[], i: number, value: number, after = i + 1): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 110) return false;
  // "Sagui Dekel-Chen, de 36," — Spanish puts "de" before an age, and a list of people with
  // their ages often leaves "años" to the first one.
  const k = tokens[i - 1]?.lower === 'de' && after === i + 1 ? i - 1 : i;
  const prev = tokens[k - 1];
  const name = tokens[k - 2];
  const next = tokens[after]?.text ?? '';
  // "John Smith, 29 of Boston", "Troufanov, 29 from Tel Aviv": the age before where the person is from.
  const from = /^(from|of)$/.test(next) && /^\p{Lu}/u.test(tokens[after + 1]?.text ?? '');
  if (prev?.text === ',' && !!name && /^\p{Lu}\p{Ll}/u.test(name.text) && (/^(,|\)|\.|;|and|y|и|et)$/.test(next) || from)) return true;
  // "Sasha Troufanov (29)": the age in brackets right after a full name, as Israeli and European
  // papers write it (not "Section (3)").
  const given = tokens[k - 3];
  return k === i && value >= 10 && prev?.text === '(' && next === ')' && !!name && !!given && /^\p{Lu}\p{Ll}/u.test(name.text) && /^\p{Lu}\p{Ll}/u.test(given.text);
}

/**
 * Words before a figure that say it is an age ("aged 47", "died age 47", "at the age of 47",
 * "à l'âge de 47 ans", "a los 47 años"), and whether they give the age at a moment of the
 * sentence rather than now ("at age 13", "died aged 47", "murió a los 47 años").
 */
function agePhrase(tokens: Token[], i: number): { age: boolean; atMoment: boolean } {
  if (diesAt(tokens, i)) return { age: true, atMoment: true };
  const w1 = tokens[i - 1]?.lower ?? '';
  const w2 = tokens[i - 2]?.lower ?? '';
  const w3 = tokens[i - 3]?.lower ?? '';
  const w4 = tokens[i - 4]?.lower ?? '';
  const atOrDeath = /^(at|died|dies|dead)$/.test(w2);
  const ofAge = (w1 === 'of' || w1 === 'de') && (/^(age|l['’]âge|edad)$/.test(w2) || (w2 === 'âge' && /^l['’]?$/.test(w3)));
  const aLos = w1 === 'los' && w2 === 'a';
  return {
    age: w1 === 'aged' || (w1 === 'age' && atOrDeath) || ofAge || (aLos && /^años$/.test(tokens[i + 1]?.lower ?? '')),
    atMoment: ((w1 === 'age' || w1 === 'aged') && atOrDeath) || (w1 === 'of' && w2 === 'age' && /^(at|died)$/.test(w4)) ||
      (w1 === 'de' && /^(l['’]âge|âge|edad)$/.test(w2)) || aLos,
  };
}

/**
 * "died in prison at 47", "Passes Away in Prison at 47", "mort en détention le 16 février à 47
 * ans", "умер в 47 лет": a figure after "at" (à, в) in a clause whose verb tells a death is the
 * age at that death. The verb is looked for in the clause, up to twelve words back.
 */
export function diesAt(tokens: readonly Token[], i: number): boolean {
  const at = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  // "at 47" ends its phrase ("at 47.", "at 47 on Friday"), never before a noun ("at 47 locations");
  // "à 47 ans", "в 47 лет" carry their unit.
  const english = at === 'at' && (!/^\p{L}/u.test(next) || /^(after|on|in|from|following)$/.test(next));
  const years = (at === 'à' && next === 'ans') || (at === 'в' && /^(лет|года|год)$/.test(next));
  if (!english && !years) return false;
  for (let k = i - 2; k >= 0 && i - k <= 12; k--) {
    const t = tokens[k]!;
    if (/^[.;:!?]$/.test(t.text)) return false;
    if (t.lower === 'away' && /^(pass|passes|passed)$/.test(tokens[k - 1]?.lower ?? '')) return true;
    if (triggersOf(t.lower).some((tr) => tr.event === 'killed' && tr.pos === 'verb')) return true;
  }
  return false;
}

const AGE_RANGE_JOINS = /^(to|and|-|–|à|a|y|et|до)$/;
const YEARS_WORDS = /^(years|year-olds|años|ans|лет|года)$/;

/**
 * The end of a range of ages that starts at token i ("aged 11 to 16", "aged between 11 and 16",
 * "ages 11-16", "âgés de 11 à 16 ans", "de entre 11 y 16 años", "в возрасте от 11 до 16 лет"):
 * the words before say it is an age, or a word of years after the second figure does.
 */
function ageRange(tokens: Token[], i: number, to: number, value: number, age: boolean): { high: number; to: number } | null {
  if (!Number.isInteger(value) || !AGE_RANGE_JOINS.test(tokens[to]?.lower ?? '')) return null;
  const second = tokens[to + 1];
  if (!second || !/^\d{1,3}$/.test(second.text)) return null;
  const high = Number(second.text);
  if (high <= value || high > 110) return null;
  const w1 = tokens[i - 1]?.lower ?? '';
  const w2 = tokens[i - 2]?.lower ?? '';
  const saysAge = age || w1 === 'aged' || w1 === 'ages' || (w1 === 'between' && w2 === 'aged') || (w1 === 'of' && w2 === 'ages') ||
    (w1 === 'de' && /^âgée?s$/.test(w2)) || (w1 === 'от' && w2 === 'возрасте');
  const years = YEARS_WORDS.test(tokens[to + 2]?.lower ?? '');
  // "de 11 a 16 años", "entre 11 et 16 ans": a span of years said of people is their ages.
  const spanOfYears = years && /^(de|entre|от)$/.test(w1);
  if (!saysAge && !spanOfYears) return null;
  return { high, to: to + (years ? 3 : 2) };
}

function isPredicateAge(tokens: Token[], i: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 110) return false;
  const verb = tokens[i - 1]?.lower ?? '';
  const who = tokens[i - 2];
  const next = tokens[i + 1]?.lower ?? '';
  if (!/^(was|is|turned|turns|aged)$/.test(verb) || !who) return false;
  const person = /^(he|she)$/.test(who.lower) || /^\p{Lu}\p{Ll}/u.test(who.text);
  return person && /^(when|at|,|\.|;|and|on|in)$/.test(next);
}

/** Hostages, people, nationals are all people when comparing counts; the words stay for the reader. */
export function comparableUnit(unit: string): string {
  return unit === 'hostages' ? 'people' : unit;
}

/** What stands before "N лет" when it is an age: a pronoun or verb of age, "в возрасте". */
const RUSSIAN_AGE_BEFORE = /^(ему|ей|исполнилось|исполнится|возрасте)$/;

const TAKING = /^(took|take|takes|taking|taken|seized|seize|grabbed|captured|kidnapped|abducted|tomó|tomaron|capturó|capturaron|secuestró|secuestraron|pris|enlevé|capturé|захватил\p{L}*|взял\p{L}*|похитил\p{L}*)$/u;

export function findNumbers(tokens: Token[], lang: string, excluded: (start: number, end: number) => boolean): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only figures ("1,200", "45-day") and number words ("two") can be counts: rule the rest out first.
    const figure = isAsciiDigit(t.text.charCodeAt(0));
    // Number words all start with a letter that has a case.
    const word = figure || !(t.lowerInitial || t.upperInitial) ? undefined : numberWord(t.lower);
    // "twenty-nine-year-old", "five-day": a number word joined to its unit.
    const wordCompound = !figure && word === undefined && t.lower.includes('-') ? WORD_COMPOUND.exec(t.lower) : null;
    const compoundValue = wordCompound ? numberWord(wordCompound[1]!) : undefined;
    if (!figure && word === undefined && compoundValue === undefined) continue;
    if (excluded(t.start, t.end)) continue;
    // "$3.5 billion" is a sum of money, whatever event its sentence names: the measures pass reads it.
    const before = tokens[i - 1];
    if (figure && before && before.end === t.start && CURRENCY_SYMBOLS.has(before.text)) continue;
    // "aged 11-15", "ages 11–16": a range of ages written as one word.
    const joined = figure && /^(aged|ages)$/.test(before?.lower ?? '') ? /^(\d{1,3})[-–](\d{1,3})$/.exec(t.text) : null;
    if (joined && Number(joined[1]) < Number(joined[2]) && Number(joined[2]) <= 110) {
      out.push({ start: t.start, end: t.end, value: Number(joined[1]), low: Number(joined[1]), high: Number(joined[2]), hedge: 'approx', unit: 'age', event: null, scope: ageScope(tokens, i, i + 1), from: i, to: i + 1 });
      continue;
    }
    let value: number | null = null;
    let unit: string | null = null;
    let to = i + 1;
    const compound = figure ? COMPOUND.exec(t.lower) : compoundValue !== undefined ? wordCompound : null;
    if (compound) {
      value = compoundValue ?? Number(compound[1]);
      const u = compound[2]!;
      unit = (u === 'year' && /-old$/.test(t.lower)) || u.startsWith('летн') ? 'age' : u.startsWith('дневн') ? 'days' : u + 's';
      // "28-year old Sasha Troufanov": the hyphen left out before "old".
      if (u === 'year' && !/-old$/.test(t.lower) && tokens[i + 1]?.lower === 'old') (unit = 'age'), (to = i + 2);
    } else if (figure && DIGITS.test(t.text)) {
      const read = readDigits(tokens, i, lang, DIGITS);
      value = read?.value ?? null;
      if (read) to = read.to;
      // "29 -летний Труфанов": the hyphen of "29-летний" set apart from the figure.
      if (read && tokens[read.to]?.text === '-' && tokens[read.to + 1]?.start === tokens[read.to]!.end && /^летн/u.test(tokens[read.to + 1]!.lower)) (unit = 'age'), (to = read.to + 2);
      // Years standing alone are dates, not counts.
      if (value !== null && /^\d{4}$/.test(t.text) && value >= 1900 && value <= 2100) {
        const u = unitAfter(tokens, i + 1);
        if (!u || u.unit === 'years') continue;
      }
    } else {
      if (word === undefined) continue;
      // A number word counts something only when a count noun follows ("two other hostages"), not in "one of them".
      const u = unitAfter(tokens, i + 1);
      if (!u) continue;
      value = word;
    }
    if (value === null) continue;
    // Ordinals, times, scores and identifiers are not counts.
    const next = tokens[to];
    if (next && (next.text === ':' || next.text === '/' || /^(st|nd|rd|th|am|pm)$/.test(next.lower))) continue;
    // "14 h 17": a time of day as French writes it, not a count.
    if (next?.lower === 'h' && /^\d{2}$/.test(tokens[to + 1]?.text ?? '')) continue;
    if (tokens[i - 1]?.lower === 'h' && /^\d{1,2}$/.test(tokens[i - 2]?.text ?? '')) continue;
    const scaleWord = next ? SCALE_WORD_MAP.get(next.lower) : undefined;
    if (scaleWord) {
      value *= scaleWord;
      to++;
    }
    let unitAt = -1;
    if (!unit) {
      const u = unitAfter(tokens, to);
      if (u) {
        unit = u.unit;
        unitAt = u.at;
      }
    }
    // "brings the number of hostages still held to 59", "el número de rehenes asciende a 59": the
    // noun after "number of" earlier in the clause is what the figure counts.
    if (!unit) {
      const u = unitOfNumberOf(tokens, i);
      if (u) unit = u;
    }
    // "a quarter of Nir Oz's 400 residents were killed": 400 is the whole, not the count of the event.
    const ofWhole = isWholeOfFraction(tokens, i);
    let event = ofWhole ? null : countEvent(tokens, i, to);
    // "Sasha Troufanov, 29," — an age in apposition to a name.
    if (!unit && !event && isAppositiveAge(tokens, i, value)) unit = 'age';
    // "He was 28 when he was abducted": an age, whatever event the rest of the sentence names.
    if (!unit && isPredicateAge(tokens, i, value)) unit = 'age';
    // "aged 47", "died age 47", "at the age of 47", "à l'âge de 47 ans", "a los 47 años".
    if ((!unit || (unit === 'years' && unitAt === to)) && Number.isInteger(value) && value >= 1 && value <= 110 && agePhrase(tokens, i).age) unit = 'age';
    // "de 29 años" after a name: an age, not a span of years.
    if (unit === 'years' && tokens[i - 1]?.lower === 'de' && tokens[i - 2]?.text === ',') unit = 'age';
    // "tenía 27 años cuando fue secuestrado": having years is an age, whatever event follows.
    if (unit === 'years' && unitAt === to && Number.isInteger(value) && value <= 110 && hasYearsVerbBefore(tokens, i)) unit = 'age';
    // "who was 27 years old when he was abducted": years old are an age, in three words.
    // Not the end of a span ("between 16 and 18 years old"): a group's, read as before.
    if (unit === 'years' && unitAt === to && Number.isInteger(value) && value <= 110 && tokens[unitAt + 1]?.lower === 'old' && !/^(and|to|or|-|–)$/.test(tokens[i - 1]?.lower ?? '')) unit = 'age';
    // "Труфанов, 29 лет,", "Orlov, 29 ans,", "âgé de 29 ans": the years of a person named just before.
    if (unit === 'years' && unitAt === to && isAppositiveAge(tokens, i, value, unitAt + 1)) unit = 'age';
    if (unit === 'years' && tokens[i - 1]?.lower === 'de' && /^(âgée?s?|agée?s?)$/.test(tokens[i - 2]?.lower ?? '')) unit = 'age';
    // "un citoyen russo-israélien de 29 ans", "un joven de 29 años": the years of a noun of one person.
    if (unit === 'years' && unitAt === to && Number.isInteger(value) && value <= 110 && tokens[i - 1]?.lower === 'de' && personNounBefore(tokens, i - 1)) unit = 'age';
    // "Орлову 29 лет", "ему исполнилось 29 лет", "в возрасте 29 лет": a person's age in Russian.
    if (unit === 'years' && unitAt === to && tokens[unitAt]?.lower === 'лет' && Number.isInteger(value) && value <= 110 && RUSSIAN_AGE_BEFORE.test(tokens[i - 1]?.lower ?? '')) unit = 'age';
    if (unit === 'years' && unitAt === to && tokens[unitAt]?.lower === 'лет' && Number.isInteger(value) && value <= 110 && /^\p{Lu}\p{Ll}+(у|ю|е|ой)$/u.test(tokens[i - 1]?.text ?? '')) unit = 'age';
    if (unit === 'age') event = null;
    // "aged 11 to 16", "âgés de 11 à 16 ans", "de entre 11 y 16 años", "в возрасте от 11 до 16
    // лет": the ages of a group, from the youngest to the oldest, one claim.
    const range = ageRange(tokens, i, to, value, unit === 'age');
    if (range) {
      out.push({
        start: t.start, end: tokens[range.to - 1]!.end, value, low: value, high: range.high, hedge: 'approx', unit: 'age', event: null,
        scope: ageScope(tokens, i, range.to), from: i, to: range.to,
      });
      i = range.to - 1;
      continue;
    }
    // "freed after 498 days", "498 días secuestrado", "500 días de secuestro": days counted by a
    // release or an abduction are the days held.
    if (unit === 'days' && (event === 'released' || event === 'abducted')) event = 'captivity';
    // "took 251 hostages": the count of people abducted.
    if (!event && unit === 'hostages' && TAKING.test(tokens[i - 1]?.lower ?? '')) event = 'abducted';
    if (!unit && !event) continue;
    // "18 months ago" / "in the past 18 months": a span of time, not a checkable count.
    if ((unit === 'months' || unit === 'weeks' || unit === 'years') && !event) continue;
    const h = hedgeBefore(tokens, i);
    const hedge: Hedge = h ? h.hedge : isRound(value) ? 'round' : 'exact';
    const [low, high] = interval(value, hedge);
    // "de 32 años", "29 лет": the age's value holds its word of years.
    const yearsWord = unit === 'age' && unitAt === to ? tokens[unitAt] : undefined;
    // "498 days", "16 years": a span of time is checked with its unit, as outlets write it ("498"
    // alone says nothing of what it counts).
    const timeWord = (unit === 'days' || unit === 'weeks' || unit === 'months' || unit === 'years') && unitAt === to ? tokens[unitAt] : undefined;
    out.push({
      start: t.start,
      end: (yearsWord ?? timeWord ?? tokens[to - 1]!).end,
      value,
      low,
      high,
      hedge,
      unit: unit ?? (event === 'killed' || event === 'abducted' || event === 'released' ? 'people' : 'count'),
      event,
      // "was 28 when he was abducted": an age at some earlier time, not at publication.
      scope: unit === 'age' ? ageScope(tokens, i, yearsWord ? to + 1 : to) : countScope(tokens, i, to),
      from: i,
      to,
    });
    // "1 200", "3,5": a figure of several tokens is read once.
    i = to - 1;
  }
  return out;
}

/** Whether a noun of one person ends the noun phrase before token `at`, past two describing words at most. */
function personNounBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = tokens[k]!.lower;
    if (ONE_PERSON_NOUNS.test(w)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}
