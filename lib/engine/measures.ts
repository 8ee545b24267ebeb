// Figures of any kind with what they measure, read with an open vocabulary: sums of money
// ("$5.7 billion", "$5,687.75"), shares ("35.7 percent", "two-thirds"), lengths and durations
// in any unit ("2 1/2 miles", "1 hour and 45 minutes", "1,200 feet (366 meters)"), clock times,
// ranges ("46 to 57 months"), vote tallies ("218-210"), ordinals of a running period ("the 14th
// day"), ages by decade ("in his 30s"), and counts of whatever noun follows the number ("48-page
// indictment", "12 crude explosive devices"): the counted noun, lemmatised, is the measure.
import { joinedWords } from './arrays';
import { isCountryName, isDemonym } from './demonyms';
import { isAsciiDigit } from './chars';
import { HEDGES_BEFORE, numberWord, ONLY_BEFORE_UNIT, PART_WORDS, PERSON_NOUNS, PERSON_STEMS_RU } from './lexicon';
import { diesAt, hasYearsVerbBefore, interval, isRound, readDigits, type FigureMention } from './numbers';
import { befallsPeople, lemma, meaningKey } from './predicates';
import type { Token } from './tokens';
import type { Hedge } from './types';
import { CURRENCY_SYMBOLS, SCALES as SCALE_TABLE, unitOf, type Unit } from './units';

/** A figure of any kind; its value is in the measure's base unit (metres, days, dollars…). */
export interface MeasureMention extends FigureMention {
  /** What is measured: 'money:USD', 'length', 'duration', 'percent', 'clock', 'tally', 'age', 'count:page', 'ordinal:term'. */
  measure: string;
  /** The unit or noun as written, for the reader ("miles", "devices"). */
  unit: string;
  /** An ordinal of a running period ("the 14th day"). */
  ordinal: boolean;
}

const SCALES = new Map(Object.entries(SCALE_TABLE));
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;
const ORDINAL_DIGITS = /^(\d+)(st|nd|rd|th)$/;
// Maps, not objects' keys: these are asked of every token, where an object look-up of a word
// that is no key is slow, and "constructor" or "toString" would find Object's own properties.
const ORDINAL_WORDS = new Map<string, number>(Object.entries({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  // Spanish and French, both genders: "el sexto canje", "la sixième libération".
  segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6,
  séptimo: 7, séptima: 7, octavo: 8, octava: 8, noveno: 9, novena: 9, décimo: 10, décima: 10,
  deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10,
}));
// Russian ordinals in every case and gender: "шестой обмен", "в ходе шестого обмена".
const RUSSIAN_ORDINALS: Array<[RegExp, number]> = [
  [/^втор(ой|ая|ое|ого|ому|ом|ую|ые|ых)$/, 2], [/^трет(ий|ья|ье|ьего|ьему|ьем|ью|ьи|ьих)$/, 3], [/^четв[её]рт(ый|ая|ое|ого|ому|ом|ую|ые|ых)$/, 4],
  [/^пят(ый|ая|ое|ого|ому|ом|ую|ые|ых)$/, 5], [/^шест(ой|ая|ое|ого|ому|ом|ую|ые|ых)$/, 6], [/^седьм(ой|ая|ое|ого|ому|ом|ую|ые|ых)$/, 7],
  [/^восьм(ой|ая|ое|ого|ому|ом|ую|ые|ых)$/, 8], [/^девят(ый|ая|ое|ого|ому|ом|ую|ые|ых)$/, 9], [/^десят(ый|ая|ое|ого|ому|ом|ую|ые|ых)$/, 10],
];
const SEQUENCE_WORDS = new Set(['such', 'straight', 'consecutive', 'successive', 'running', 'consecutivo', 'consecutiva', 'consécutif', 'consécutive', 'подряд']);
function ordinalWord(lower: string): number | undefined {
  const own = ORDINAL_WORDS.get(lower);
  if (own !== undefined || lower.charCodeAt(0) < 0x400) return own;
  for (const [re, n] of RUSSIAN_ORDINALS) if (re.test(lower)) return n;
  return undefined;
}
const FRACTIONS = new Map<string, number>(Object.entries({ half: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fifth: 0.2, fifths: 0.2 }));
const SUFFIX_SCALE = /^(\d+(?:\.\d+)?)(k|m|mn|b|bn|tn)$/i;
// A word after a number that is not what it counts.
const NOT_NOUN = new Set([
  'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'than', 'that', 'who', 'which', 'the', 'a', 'an', 'is', 'are', 'was',
  'were', 'has', 'have', 'had', 'will', 'would', 'be', 'been', 'as', 'but', 'if', 'so', 'when', 'while', 'after', 'before', 'since', 'until',
  'per', 'each', 'more', 'less', 'fewer', 'other', 'others', 'ago', 'later', 'earlier', 'said', 'says', 'also', 'not', 'it', 'its', 'this',
  'these', 'those', 'them', 'they', 'he', 'she', 'we', 'you', 'i', 'about', 'over', 'under', 'up', 'down', 'out', 'off', 'into', 'all',
  'times', 'percent', 'now', 'then', 'just', 'only', 'still', 'again', 'too', 'very', 'against', 'between', 'among',
  'during', 'through', 'toward', 'towards', 'across', 'without', 'within', 'along', 'around', 'near', 'via', 'including', 'like',
  // Spanish, French and Russian function words, and their words for "times".
  'de', 'del', 'y', 'o', 'al', 'en', 'con', 'por', 'para', 'que', 'más', 'menos', 'veces', 'es', 'son', 'fue', 'ha', 'han', 'se', 'sus',
  'des', 'du', 'et', 'ou', 'à', 'au', 'aux', 'dans', 'sur', 'pour', 'par', 'avec', 'sans', 'qui', 'dont', 'ne', 'pas', 'plus', 'moins',
  'ont', 'sont', 'est', 'fois', 'и', 'в', 'на', 'с', 'по', 'из', 'за', 'от', 'до', 'для', 'что', 'не', 'более', 'менее', 'раз', 'раза',
]);
const ADJECTIVE_LIKE = /^(\p{Ll}+(al|ive|ous|ful|less|ic|ary|ory|ed|ing|ish|ent|ant|ible|able|ian|ese)|young|old|new|big|small|large|crude|other|more|additional|federal|american|black|white|top|key|major|minor|full|high|low|long|short|few|many|several|total|possible|potential|likely|unmarked|senior|junior|personal|separate|different|similar|same|single|double|open|private|public|early|late)$/u;

/** Spanish and French nouns for a person that an age follows ("un hombre de 29 años", "le reporter de 32 ans"). */
// English nouns of one person an age is set beside ("the reporter, 32,").
const ONE_HOLDER_EN = /^(reporter|journalist|correspondent|engineer|hostage|captive|captain|man|woman|boy|girl|worker|driver|pilot|student|teacher|officer|soldier|father|mother|son|daughter|husband|wife|victim|suspect|activist|dissident|detainee|prisoner|survivor)$/;
const AGE_HOLDERS = /^(hombre|mujer|joven|niñ[oa]|chic[oa]|ingenier[oa]|rehén|anciana?o?|madre|padre|hij[oa]|herman[oa]|soldado|estudiante|periodista|corresponsal|reporter[oa]?|israelí|ruso|rusa|argentin[oa]|estadounidense|víctima|varón|ciudadan[oa]|entrenador[a]?|jugador[a]?|futbolista|buzo|capitán|menor|adolescente|policía|agente|homme|femme|jeune|garçon|fille|fils|mère|père|frère|sœur|otage|ingénieur|journaliste|correspondant|étudiante?|soldat|victime|américaine?|russe|israélienne?|entraîneur|joueur|joueuse|plongeur|adolescente?|enfant|policier|agent|citoyen|citoyenne|employé|employée|empleado|empleada|salarié|salariée|avocat|avocate|abogad[oa]|opposant|opposante|opositor[a]?|militante?|activista|dissidente?|disidente)$/u;


export function hedgeBefore(tokens: Token[], from: number): { hedge: Hedge; at: number } | null {
  for (const len of [3, 2, 1]) {
    if (from - len < 0) continue;
    const phrase = joinedWords(tokens, from - len, from, 'lower');
    for (const [re, hedge] of HEDGES_BEFORE) if (re.test(phrase)) return { hedge, at: from - len };
    if (/^(just over|well over|some|an estimated|roughly|nearly|up to|as many as|as much as|as few as)$/.test(phrase)) {
      const h: Hedge = /over|many|much/.test(phrase) && !/^as few/.test(phrase) ? (phrase === 'up to' ? 'atMost' : 'over') : phrase === 'nearly' ? 'almost' : 'approx';
      return { hedge: phrase === 'up to' || /^as (many|much)/.test(phrase) ? 'atMost' : h, at: from - len };
    }
  }
  return null;
}

/** "A three-decade sentence": a figure counted in decades is a round one, whatever its wording. */
function coarseHedge(unit: Unit | undefined, hedge: Hedge): Hedge {
  return unit?.dimension === 'duration' && unit.factor >= 3652 && hedge === 'exact' ? 'approx' : hedge;
}

/** A number at token i: its value and the index after it (digits, words, "2 1/2", "a dozen", "30s"). */
function readNumber(tokens: Token[], i: number, lang: string): { value: number; to: number; decade?: boolean; word?: boolean } | null {
  const t = tokens[i]!;
  const first = t.text.charCodeAt(0);
  if (isAsciiDigit(first)) {
    const decade = /^(\d0)['’]?s$/.exec(t.lower);
    if (decade) return { value: Number(decade[1]), to: i + 1, decade: true };
    const read = readDigits(tokens, i, lang, DIGITS);
    if (!read) return null;
    const value = read.value;
    // "2 1/2": a whole number and a fraction.
    const [n, slash, d] = [tokens[read.to], tokens[read.to + 1], tokens[read.to + 2]];
    if (n && slash?.text === '/' && d && /^\d$/.test(n.text) && /^\d{1,2}$/.test(d.text) && Number(d.text) > Number(n.text) && n.start === tokens[read.to - 1]!.end + 1) {
      return { value: value + Number(n.text) / Number(d.text), to: read.to + 3 };
    }
    return read;
  }
  // "a billion dollars", "près d’un milliard de dollars", "один миллиард долларов": one of a
  // scale, said of a sum. The scale alone before a currency ("миллиард долларов", "mil millones
  // de dólares") is one of it too: the scale is read after (`to` stays on it).
  if (/^(a|an|one|un|une|d['’]un|один)$/.test(t.lower) && SCALES.has(tokens[i + 1]?.lower ?? '') && currencyAfter(tokens, i + 2)) return { value: 1, to: i + 1, word: true };
  if (SCALES.has(t.lower) && !/^\d/.test(tokens[i - 1]?.text ?? '') && numberWord(tokens[i - 1]?.lower ?? '') === undefined) {
    if (t.lower === 'mil' && tokens[i + 1]?.lower === 'millones' && currencyAfter(tokens, i + 2)) return { value: 1000, to: i + 1, word: true };
    if (currencyAfter(tokens, i + 1)) return { value: 1, to: i, word: true };
  }
  if (t.lower === 'a' || t.lower === 'an') {
    const next = tokens[i + 1]?.lower;
    if (next === 'dozen') return { value: 12, to: i + 2, word: true };
    // "more than a month", "nearly a year": a hedged single unit of time is a figure; "a month
    // ago" and "for a year" alone are too common to check.
    // So is "more than a kilometre", "nearly a ton".
    const dim = unitOf(next ?? '')?.dimension;
    if ((dim === 'duration' || dim === 'length' || dim === 'mass') && hedgeBefore(tokens, i)) return { value: 1, to: i + 1, word: true };
    // "an hour and 45 minutes": the single unit opens a compound duration.
    if (dim === 'duration' && smallerDurationAfter(tokens, i + 2)) return { value: 1, to: i + 1, word: true };
    return null;
  }
  // "час 45 минут": Russian says an hour with the unit alone.
  if (/^(час|сутки)$/.test(t.lower) && smallerDurationAfter(tokens, i + 1)) return { value: 1, to: i, word: true };
  // "plus d’un kilomètre", "moins d’une semaine": French elides the "de" before a single unit.
  if (/^d['’]une?$/.test(t.lower) && unitOf(tokens[i + 1]?.lower ?? '') && hedgeBefore(tokens, i)) return { value: 1, to: i + 1, word: true };
  // "tens of thousands": twenty of them at least, read with the scale after it.
  if (t.lower === 'tens' && tokens[i + 1]?.lower === 'of' && MAGNITUDE_OF[tokens[i + 2]?.lower ?? ''] !== undefined) return { value: 20, to: i + 1, word: true };
  const plural = PLURALS_OF_SCALE[lang]?.[t.lower];
  if (plural !== undefined) return { value: plural, to: i + 1, word: true };
  const w = numberWord(t.lower);
  if (w === undefined) return null;
  // "Five hundred and eighty-four days": a count of hundreds, and what is added to it.
  if (w >= 1 && w < 10 && tokens[i + 1]?.lower === 'hundred') {
    const rest = tokens[i + 2]?.lower === 'and' ? numberWord(tokens[i + 3]?.lower ?? '') : undefined;
    return rest !== undefined && rest < 100 ? { value: w * 100 + rest, to: i + 4, word: true } : { value: w * 100, to: i + 2, word: true };
  }
  // "one of them", "no one", and the Spanish and Russian articles ("una condena"): a one is read only before a unit.
  if (ONLY_BEFORE_UNIT.has(t.lower) && !unitOf(tokens[i + 1]?.lower ?? '')) return null;
  return { value: w, to: i + 1, word: true };
}

/** Whether a currency is named at `k`, directly or after "de" ("dollars", "долларов", "de dólares", "d’euros"). */
function currencyAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const elided = /^d['’](\p{L}+)$/u.exec(t.lower);
  const word = elided ? elided[1]! : t.lower === 'de' ? tokens[k + 1]?.lower ?? '' : t.lower;
  return unitOf(word)?.dimension === 'money';
}

/** Whether a figure and a duration unit follow at `k`, after "and", "y" or "et" ("and 45 minutes", "45 минут"). */
function smallerDurationAfter(tokens: Token[], k: number): boolean {
  const at = /^(and|y|et|и)$/.test(tokens[k]?.lower ?? '') ? k + 1 : k;
  const n = tokens[at];
  if (!n || !(/^\d/.test(n.text) || numberWord(n.lower) !== undefined)) return false;
  return unitOf(tokens[at + 1]?.lower ?? '')?.dimension === 'duration';
}

/**
 * "six of the company's workers", "seis de los trabajadores", "six des ouvriers": the group's noun
 * after "of" and its determiners; also past a word of a part ("two more of the explosive devices").
 */
function partitiveNoun(tokens: Token[], at: number, value: number): { unit: string; at: number } | null {
  if (PART_WORDS.test(tokens[at]?.lower ?? '')) at++;
  if (!/^(of|de|des|из)$/.test(tokens[at]?.lower ?? '')) return null;
  let k = at + 1;
  // Determiners and possessives: "the", "los", "their", "the company's".
  for (let n = 0; n < 3 && k < tokens.length; n++) {
    const t = tokens[k]!;
    if (/^(the|its|their|his|her|these|those|los|las|sus|les|ses|leurs|ces)$/.test(t.lower)) k++;
    else if (/['’]s$/.test(t.text) || tokens[k + 1]?.text === "'s" || tokens[k + 1]?.text === '’s') k += /['’]s$/.test(t.text) ? 1 : 2;
    else break;
  }
  if (k === at + 1) return null;
  return nounAfter(tokens, k, value);
}

/** A unit or counted noun right after a figure, skipping up to three modifiers ("12 crude explosive devices"). */
export function nounAfter(tokens: Token[], at: number, value: number): { unit: string; at: number } | null {
  let found: { unit: string; at: number } | null = null;
  for (let k = at; k < Math.min(tokens.length, at + 4); k++) {
    const t = tokens[k]!;
    // "19 other states", "12 more countries": the noun after the word of a part (its frame says "other").
    if (k === at && PART_WORDS.test(t.lower)) continue;
    if (!(t.lowerInitial || t.upperInitial) || NOT_NOUN.has(t.lower)) break;
    // Capitals: a group noun ("63 Democrats", "2,000 American troops") but not a name.
    // A country before the noun modifies it too ("twelve Thailand boys", "2,000 US troops").
    // So does a people's word ("12 Thai schoolboys").
    // A capital that is no group noun may name what the noun belongs to ("11 Pacific Rim nations",
    // "42 Senate Republicans"): the search goes on to a plural after it, within the window.
    // So does a capital in -s before a plural ("12 Texas counties", "five Fox News polls").
    if (t.upperInitial && !ADJECTIVE_LIKE.test(t.lower) && !isCountryName(t.lower) && !isDemonym(t.lower)) {
      const next = tokens[k + 1];
      const modifier = !!next && k + 1 < at + 4 && ((next.upperInitial && /^\p{L}/u.test(next.text)) || /^\p{Ll}{3,}s$/u.test(next.text));
      if (modifier) continue;
      if (!/^\p{Lu}\p{Ll}+s$/u.test(t.text)) break;
    }
    if (unitOf(t.lower)) return found ?? null;
    // Plurals in -s, French ones in -x ("438 voix"), and any Russian noun, which a number always inflects.
    // Collective nouns count people without a plural ending: "15 crew", "200 staff".
    // Not "access", "census", "crisis": English words in -ss, -us and -is are no plurals.
    // A Russian adjective before another Russian word modifies it ("369 палестинских заключённых");
    // alone, it is the noun ("369 погибших", the dead).
    if (RUSSIAN_ADJECTIVE.test(t.lower) && CYRILLIC_START.test(tokens[k + 1]?.lower ?? '') && k + 1 < at + 4) continue;
    const plural = (/[sx]$/.test(t.lower) && !/(ss|us|is)$/.test(t.lower)) || t.lower === 'people' || t.lower === 'men' || t.lower === 'women' || t.lower === 'children' || COLLECTIVE_NOUNS.test(t.lower) || CYRILLIC_START.test(t.lower);
    if ((value !== 1 && plural) || (value === 1 && !ADJECTIVE_LIKE.test(t.lower))) {
      found = { unit: t.lower, at: k };
      // "800,000 federal employees and contractors": the first noun is what is counted.
      break;
    }
    // Any other lower-case word may be a modifier ("four teenage girls"); a capital that is no group noun ends the search.
    if (t.upperInitial && !ADJECTIVE_LIKE.test(t.lower) && !isCountryName(t.lower) && !isDemonym(t.lower)) break;
  }
  return found;
}

const CYRILLIC_START = /^[\u0400-\u04ff]/;
/** Russian adjective and participle endings, every case and gender ("палестинских", "строгого", "новые"). */
export const RUSSIAN_ADJECTIVE = /^[\u0400-\u04ff]+(ая|яя|ую|юю|ый|ий|ой|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ыми|ими)$/;
/** Time zones written after a time of day ("7:30 p.m. ET", "01:00 BST"). */
const TIME_ZONE = /^(et|est|edt|pt|pst|pdt|ct|cst|gmt|utc|bst|cet|msk)$/;
const COLLECTIVE_NOUNS = /^(crew|staff|personnel|police)$/;
const AGE_WORDS = /^(aged|ages)$/;
const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['RUB', 'RUB']]);

// Plurals of a power of ten: "hundreds" (200) reach 999, "thousands" (2,000) 9,999.
const PLURAL_MAGNITUDE = /^(tens|hundreds|thousands|millions|billions|decenas|docenas|cientos|centenares|miles|millones|dizaines|douzaines|centaines|milliers|milliards|десятки|десятков|сотни|сотен|тысячи|миллионы|миллионов)$/;
/** What a plural of a scale multiplies by after "of" ("hundreds of thousands", "tens of millions of dollars", "decenas de miles", "десятки тысяч"). */
const MAGNITUDE_OF: Readonly<Record<string, number>> = {
  thousands: 1e3, millions: 1e6, billions: 1e9, miles: 1e3, millones: 1e6, milliers: 1e3, milliards: 1e9,
};
/**
 * Plurals of a scale in the other languages, read as two of it at least ("miles de personas",
 * "des milliers de manifestants", "сотни людей"); tens as twenty. Per language: the Spanish
 * "miles" is the English unit, the French "millions" a scale after a figure (language data).
 */
const PLURALS_OF_SCALE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  es: { decenas: 20, docenas: 24, cientos: 200, centenares: 200, miles: 2000, millones: 2e6 },
  fr: { dizaines: 20, douzaines: 24, centaines: 200, milliers: 2000, millions: 2e6, milliards: 2e9 },
  ru: { десятки: 20, десятков: 20, сотни: 200, сотен: 200, тысячи: 2000, миллионы: 2e6, миллионов: 2e6 },
};
/** The word between a plural of a scale and what it counts: "of", "de"; Russian puts the noun in the genitive. */
const OF = /^(of|de)$/;

// Nouns of a title won, in the four languages: what "two-time", "dos veces", "double" count.
const TITLE_NOUNS = /^(champions?|champs?|medalists?|medallists?|winners?|all-stars?|mvps?|campe[oó]n(a|es|as)?|medallistas?|ganador(a|es|as)?|championn?e?s?|médaillée?s?|vainqueurs?|lauréate?s?|чемпион\p{L}*|призер\p{L}*|призёр\p{L}*|победител\p{L}*|обладател\p{L}*)$/u;
const RU_TIMES: Record<string, number> = { дву: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10 };
const ES_TIMES: Record<string, number> = { bi: 2, tri: 3, tetra: 4, penta: 5, hexa: 6 };
const FR_TIMES: Record<string, number> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };

/** A count of titles starting at token i, with the token after its count words; null when none. */
function titleCount(tokens: Token[], i: number): { value: number; countTo: number } | null {
  const w = tokens[i]!.lower;
  // Most tokens are none of these: a cheap look at the word's shape first.
  if (!w.endsWith('-time') && !w.includes('кратн') && !w.includes('campe') && FR_TIMES[w] === undefined && !/^(veces|fois|раза)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  // The title's noun within four words: "two-time Olympic gold medalist", "dos veces campeona olímpica".
  const nounWithin = (from: number) => {
    for (let k = from; k < Math.min(tokens.length, from + 4); k++) if (TITLE_NOUNS.test(tokens[k]!.lower)) return k + 1;
    return null;
  };
  const time = /^(\p{L}+|\d+)-time$/u.exec(w);
  if (time) {
    const v = /^\d+$/.test(time[1]!) ? Number(time[1]) : numberWord(time[1]!);
    return v && v >= 2 && nounWithin(i + 1) ? { value: v, countTo: i + 1 } : null;
  }
  const ru = /^(дву|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)кратн\p{L}*$/u.exec(w);
  if (ru) {
    return nounWithin(i + 1) ? { value: RU_TIMES[ru[1]!]!, countTo: i + 1 } : null;
  }
  const es = /^(bi|tri|tetra|penta|hexa)campe[oó]n(a|es|as)?$/u.exec(w);
  if (es) return { value: ES_TIMES[es[1]!]!, countTo: i + 1 };
  if (FR_TIMES[w] !== undefined && TITLE_NOUNS.test(tokens[i + 1]?.lower ?? '')) return { value: FR_TIMES[w]!, countTo: i + 1 };
  // "dos veces campeona", "en dos ocasiones" after the noun is not read: the figure comes first.
  const n = numberWord(w) ?? (/^\d+$/.test(w) ? Number(w) : undefined);
  if (n !== undefined && n >= 2 && /^(veces|fois|раза)$/.test(tokens[i + 1]?.lower ?? '')) {
    return nounWithin(i + 2) ? { value: n, countTo: i + 2 } : null;
  }
  return null;
}

/** Finds the figures of a sentence. `excluded` says which character ranges other passes have claimed. */
export function findMeasures(tokens: Token[], lang: string, excluded: (start: number, end: number) => boolean): MeasureMention[] {
  const out: MeasureMention[] = [];
  const push = (m: Omit<MeasureMention, 'low' | 'high'> & { low?: number; high?: number }) => {
    if (excluded(m.start, m.end)) return;
    if (out.some((o) => m.start < o.end && m.end > o.start)) return;
    const [low, high] = m.low !== undefined && m.high !== undefined ? [m.low, m.high] : widen(m.value, m.hedge, m.measure);
    out.push({ ...m, low, high });
  };
  // A "sentence" of hundreds of figures is a table or a list, not prose: past that many, a figure
  // is read only when it has a unit or a noun.
  const list = tokens.length > 200;
  for (let i = 0; i < tokens.length && out.length < 40; i++) {
    const t = tokens[i]!;
    const hedge = (at: number, value: number): { hedge: Hedge; from: number } => {
      const h = hedgeBefore(tokens, at);
      return h ? { hedge: h.hedge, from: h.at } : { hedge: isRound(value) ? 'round' : 'exact', from: at };
    };

    // Titles won: "two-time Olympic gold medalist", "двукратная олимпийская чемпионка", "dos veces
    // campeona", "bicampeona", "double championne". Titles add up over a career: a running count.
    // The title's words stay outside the figure, among the words that align two counts.
    const titles = titleCount(tokens, i);
    if (titles) {
      push({ start: t.start, end: tokens[titles.countTo - 1]!.end, value: titles.value, hedge: 'exact', measure: 'count:title', unit: 'titles', ordinal: true, from: i, to: titles.countTo });
      i = titles.countTo - 1;
      continue;
    }
    // Money: "$5.7 billion", "$8B", "$5,687.75", "€3m".
    // Also a space after the symbol, and a currency's code ("$ 916 million", "USD 916 millones").
    const currency = CURRENCY_SYMBOLS.get(t.text) ?? CURRENCY_CODES.get(t.text);
    const gap = tokens[i + 1] ? tokens[i + 1]!.start - t.end : -1;
    if (currency && (gap === 0 || (gap === 1 && isAsciiDigit(tokens[i + 1]!.text.charCodeAt(0))))) {
      const nt = tokens[i + 1]!;
      let value: number | null = null;
      let to = i + 2;
      const suffix = SUFFIX_SCALE.exec(nt.text);
      if (suffix) value = Number(suffix[1]) * SCALES.get(suffix[2]!.toLowerCase())!;
      else {
        const read = readDigits(tokens, i + 1, lang, DIGITS);
        if (read) {
          value = read.value;
          to = read.to;
        }
      }
      if (value === null) continue;
      const scale = SCALES.get(tokens[to]?.lower ?? '');
      if (scale && !suffix) {
        value *= scale;
        to++;
      }
      const h = hedge(i, value);
      // "$5.7 billion" is precise to its last digit: 5.65–5.75 billion, not 5.36–6.04 (and not
      // touching 5.6 billion's interval).
      const precision = scale && !suffix ? decimalStep(nt.text) * scale : suffix ? decimalStep(suffix[1]!) * SCALES.get(suffix[2]!.toLowerCase())! : 0;
      const m = { start: tokens[h.from]!.start, end: tokens[to - 1]!.end, value, hedge: h.hedge, measure: 'money:' + currency, unit: currency, ordinal: false, from: i, to };
      if (precision && (h.hedge === 'exact' || h.hedge === 'round')) push({ ...m, hedge: 'exact', low: value - precision * 0.499, high: value + precision * 0.499 });
      // "more than $5 billion": a floor at the stated digit, below the next one ($5.7 billion fits).
      else if (precision && (h.hedge === 'over' || h.hedge === 'atLeast')) push({ ...m, low: value, high: value + precision });
      else push(m);
      i = to - 1;
      continue;
    }

    // An ordinal joined to its noun: "a fourth-floor flat", "the 16th-floor window".
    const joined = (t.lowerInitial || isAsciiDigit(t.lower.charCodeAt(0))) && t.lower.includes('-') ? /^(\p{Ll}+|\d+(?:st|nd|rd|th))-(\p{Ll}{3,})$/u.exec(t.lower) : null;
    if (joined) {
      const d = ORDINAL_DIGITS.exec(joined[1]!);
      const value = d ? Number(d[1]) : ordinalWord(joined[1]!);
      if (value !== undefined && value > 1 && !NOT_NOUN.has(joined[2]!) && !unitOf(joined[2]!)) {
        push({ start: t.start, end: t.end, value, hedge: 'exact', measure: 'ordinal:' + meaningKey(joined[2]!), unit: joined[2]!, ordinal: true, from: i, to: i + 1 });
        continue;
      }
    }
    // Ordinals: "the 14th day", "an eighth term", "No. 2".
    // Run on every token: the pattern only where its first digit is.
    const ord = isAsciiDigit(t.lower.charCodeAt(0)) ? ORDINAL_DIGITS.exec(t.lower) : null;
    const ordWord = t.lowerInitial || t.upperInitial ? ordinalWord(t.lower) : undefined;
    if ((ord || (ordWord && ordWord > 1)) && tokens[i + 1]?.lowerInitial) {
      // "the sixth such release", "a third straight day": the noun after a word of sequence.
      const at = SEQUENCE_WORDS.has(tokens[i + 1]!.lower) && tokens[i + 2]?.lowerInitial ? i + 2 : i + 1;
      const noun = tokens[at]!.lower;
      if (!NOT_NOUN.has(noun) && /^\p{Ll}{3,}$/u.test(noun)) {
        const value = ord ? Number(ord[1]) : ordWord!;
        const unit = unitOf(noun);
        push({
          start: t.start, end: tokens[at]!.end, value: unit?.dimension === 'duration' ? value * unit.factor : value, hedge: 'exact',
          // The noun by its meaning, so "the sixth exchange" and "el sexto canje" rank one thing.
          measure: unit?.dimension === 'duration' ? 'duration' : 'ordinal:' + meaningKey(noun), unit: noun, ordinal: true, from: i, to: at + 1,
        });
        i = at;
        continue;
      }
    }
    if (t.text === 'No' && tokens[i + 1]?.text === '.' && /^\d{1,2}$/.test(tokens[i + 2]?.text ?? '')) {
      push({ start: t.start, end: tokens[i + 2]!.end, value: Number(tokens[i + 2]!.text), hedge: 'exact', measure: 'ordinal:rank', unit: 'No.', ordinal: false, from: i, to: i + 3 });
      i += 2;
      continue;
    }

    // Hyphenated compounds: "48-page", "five-minute", "two-year", "134-to-63", "two-thirds", "218-210".
    // A number written in one hyphenated word ("Twenty-three minutes", "two-dozen actions") is read below.
    if (t.lower.includes('-') && numberWord(t.lower) === undefined) {
      // "400-metre-long": the dimension a length measures, joined after its unit, says nothing more.
      const parts = t.lower.split('-').filter((p, k, all) => !(k === 2 && all.length === 3 && /^(long|wide|high|tall|deep|thick)$/.test(p) && unitOf(all[1]!)?.dimension === 'length'));
      const tally = /^(\d+)-(?:to-)?(\d+)$/.exec(t.lower);
      // "aged 11-15" is a range of ages (the counts pass reads it), not a vote.
      if (tally && AGE_WORDS.test(tokens[i - 1]?.lower ?? '')) continue;
      if (tally && !/^\d{4}-\d{2,4}$/.test(t.lower)) {
        push({ start: t.start, end: t.end, value: Number(tally[1]), low: Number(tally[1]), high: Number(tally[1]), hedge: 'exact', measure: `tally:${tally[1]}-${tally[2]}`, unit: 'votes', ordinal: false, from: i, to: i + 1 });
        continue;
      }
      const n = /^\d+(\.\d+)?$/.test(parts[0]!) ? Number(parts[0]) : numberWord(parts[0]!);
      if (n !== undefined && parts.length >= 2) {
        if (parts.length === 2 && FRACTIONS.get(parts[1]!) && n < 10) {
          const value = (n * FRACTIONS.get(parts[1]!)!) * 100;
          push({ start: t.start, end: t.end, value, low: value - 1, high: value + 1, hedge: 'approx', measure: 'percent', unit: t.lower, ordinal: false, from: i, to: i + 1 });
          continue;
        }
        const noun = parts.slice(1).join('-');
        if (/year-old$/.test(noun)) continue; // ages are the counts pass's
        const unit = unitOf(parts[1]!);
        if (parts.length === 2 && (/^\p{Ll}{3,}$/u.test(parts[1]!) || (unit && unit.dimension !== 'money'))) {
          const h = hedge(i, n);
          push({
            start: tokens[h.from]!.start, end: t.end, value: unit ? n * unit.factor : n, hedge: coarseHedge(unit, h.hedge), measure: unit ? unit.dimension : 'count:' + lemma(parts[1]!),
            unit: parts[1]!, ordinal: false, from: i, to: i + 1,
          });
          continue;
        }
      }
      continue;
    }

    // "14h17", "9h30": a French time of day in one word.
    const hm = /^(\d{1,2})h(\d{2})$/.exec(t.lower);
    if (hm && Number(hm[1]) < 24 && Number(hm[2]) < 60) {
      const clock = Number(hm[1]) * 60 + Number(hm[2]);
      push({ start: t.start, end: t.end, value: clock, low: clock, high: clock, hedge: 'exact', measure: 'clock', unit: 'time', ordinal: false, from: i, to: i + 1 });
      continue;
    }
    // "1am", "12.54am", "9.30pm": an English time of day in one word, a time zone after it.
    const ampm = /^(\d{1,2})(?:[.:](\d{2}))?(am|pm)$/.exec(t.lower);
    if (ampm && Number(ampm[1]) >= 1 && Number(ampm[1]) <= 12 && Number(ampm[2] ?? 0) < 60) {
      const clock = (Number(ampm[1]) % 12) * 60 + Number(ampm[2] ?? 0) + (ampm[3] === 'pm' ? 720 : 0);
      const end = TIME_ZONE.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      push({ start: t.start, end: tokens[end - 1]!.end, value: clock, low: clock, high: clock, hedge: 'exact', measure: 'clock', unit: 'time', ordinal: false, from: i, to: end });
      i = end - 1;
      continue;
    }
    // A figure and its unit written as one word: "2.6km", "300m", "48m" (not "$5m", a sum).
    const glued = /^(\d+(?:[.,]\d+)?)(km|m|mi|ft|kg|cm|mm|t)$/.exec(t.lower);
    if (glued && !/^[$€£]$/.test(tokens[i - 1]?.text ?? '')) {
      const unit = unitOf(glued[2]!);
      const v = Number(glued[1]!.replace(',', '.'));
      if (unit && Number.isFinite(v)) {
        const h = hedge(i, v);
        push({ start: tokens[h.from]!.start, end: t.end, value: v * unit.factor, hedge: h.hedge, measure: unit.dimension, unit: glued[2]!, ordinal: false, from: i, to: i + 1 });
        continue;
      }
    }
    const num = readNumber(tokens, i, lang);
    if (!num) continue;
    let value = num.value;
    let to = num.to;
    // Years standing alone are dates.
    if (!num.word && /^\d{4}$/.test(t.text) && value >= 1800 && value <= 2100) continue;
    const next = tokens[to];
    // Times of day: "10 a.m.", "7:30 p.m. ET", and as French writes them, "14 h 17".
    // "10:30pm": the minutes and the half of the day in one word.
    const minutesPm = next?.text === ':' ? /^(\d{2})(am|pm)$/.exec(tokens[to + 1]?.lower ?? '') : null;
    if (minutesPm && value >= 1 && value <= 12 && Number(minutesPm[1]) < 60) {
      const clock = (value % 12) * 60 + Number(minutesPm[1]) + (minutesPm[2] === 'pm' ? 720 : 0);
      const end = TIME_ZONE.test(tokens[to + 2]?.lower ?? '') ? to + 3 : to + 2;
      push({ start: t.start, end: tokens[end - 1]!.end, value: clock, low: clock, high: clock, hedge: 'exact', measure: 'clock', unit: 'time', ordinal: false, from: i, to: end });
      i = end - 1;
      continue;
    }
    if (next && (next.text === ':' || (next.lower === 'h' && !num.word)) && /^\d{2}$/.test(tokens[to + 1]?.text ?? '') && value < 24) {
      const minutes = value * 60 + Number(tokens[to + 1]!.text);
      let end = to + 2;
      let clock = minutes;
      if (/^(a\.m|p\.m|am|pm)$/.test(tokens[end]?.lower ?? '')) {
        if (/^p/.test(tokens[end]!.lower) && value < 12) clock += 720;
        end += tokens[end + 1]?.text === '.' ? 2 : 1;
      }
      if (TIME_ZONE.test(tokens[end]?.lower ?? '')) end++;
      push({ start: t.start, end: tokens[end - 1]!.end, value: clock, low: clock, high: clock, hedge: 'exact', measure: 'clock', unit: 'time', ordinal: false, from: i, to: end });
      i = end - 1;
      continue;
    }
    if (next && /^(a\.m|p\.m|am|pm)$/.test(next.lower) && value >= 1 && value <= 12 && !num.word) {
      const clock = (value % 12) * 60 + (/^p/.test(next.lower) ? 720 : 0);
      let end = to + (tokens[to + 1]?.text === '.' ? 2 : 1);
      if (TIME_ZONE.test(tokens[end]?.lower ?? '')) end++;
      push({ start: t.start, end: tokens[end - 1]!.end, value: clock, low: clock, high: clock, hedge: 'exact', measure: 'clock', unit: 'time', ordinal: false, from: i, to: end });
      i = end - 1;
      continue;
    }
    if (next && (next.text === ':' || next.text === '/' || /^(st|nd|rd|th)$/.test(next.lower))) continue;
    const scale = SCALES.get(next?.lower ?? '');
    // A scale read as the figure itself ("Millones de dólares" opening a sentence) is taken whatever its case.
    if (scale && scale >= 1e3 && (next!.lowerInitial || to === i)) {
      value *= scale;
      to++;
      // An abbreviated scale's full stop ("4,2 тыс. человек", "3 млн. рублей") ends no sentence:
      // the noun after it is what is counted.
      if (/^(тыс|млн|млрд)$/.test(next!.lower) && tokens[to]?.text === '.' && tokens[to + 1]?.lowerInitial) to++;
    }
    // "hundreds of thousands", "tens of millions of dollars": each plural of a scale multiplies.
    if (num.word && PLURAL_MAGNITUDE.test(tokens[i]!.lower)) {
      while (OF.test(tokens[to]?.lower ?? '') && MAGNITUDE_OF[tokens[to + 1]?.lower ?? ''] !== undefined) {
        value *= MAGNITUDE_OF[tokens[to + 1]!.lower]!;
        to += 2;
      }
      // "of dollars", "de dólares": the sum's currency after the last "of".
      if (OF.test(tokens[to]?.lower ?? '') && unitOf(tokens[to + 1]?.lower ?? '')?.dimension === 'money') to++;
    }
    const h = hedge(i, value);
    // "Dozens", "a dozen": approximate by themselves, unless a hedge says more ("more than a month").
    let hedgeKind: Hedge = num.word && (/^(dozens|hundreds|a)$/.test(t.lower) || PLURAL_MAGNITUDE.test(t.lower)) && h.from === i ? 'approx' : h.hedge;
    if (num.decade) {
      // "in his 30s": an age between 30 and 39.
      const who = tokens[i - 1]?.lower ?? '';
      if (/^(his|her|their|its)$/.test(who) && tokens[i - 2]?.lower === 'in') {
        push({ start: tokens[i - 2]!.start, end: t.end, value, low: value, high: value + 9, hedge: 'approx', measure: 'age', unit: 'years', ordinal: false, from: i, to });
      }
      continue;
    }
    // A range: "46 to 57 months", "between 12 and 16", "18-24".
    let high: number | null = null;
    if (/^(to|and|or|-|–|contre|contra|против)$/.test(tokens[to]?.lower ?? '')) {
      const other = tokens[to + 1] ? readNumber(tokens, to + 1, lang) : null;
      const between = tokens[i - 1]?.lower === 'between' || (tokens[i - 1]?.lower === 'of' && tokens[i - 3]?.lower === 'between');
      const against = /^(contre|contra|против)$/.test(tokens[to]!.lower);
      if (other && !other.decade && (tokens[to]!.lower === 'to' || between || tokens[to]!.lower === '–' || against)) {
        const u = unitOf(tokens[other.to]?.lower ?? '') ?? (tokens[other.to]?.lower === 'years' ? unitOf('years') : undefined);
        if ((other.value > value && !against) || between) {
          high = other.value;
          to = other.to;
        } else if (/^(to|contre|contra|против)$/.test(tokens[to]!.lower) && !u && other.value < value && !num.word) {
          // "134 to 63", "won, 98 to 96", "438 contre 86": a tally, the winner's count first.
          const start = tokens[h.from]!.start;
          push({ start, end: tokens[other.to - 1]!.end, value, low: value, high: value, hedge: 'exact', measure: `tally:${value}-${other.value}`, unit: 'votes', ordinal: false, from: i, to: other.to });
          i = other.to - 1;
          continue;
        }
      }
    }
    // "Hundreds of thousands", "dozens": a plural of magnitude spans its whole order, from
    // two of them up to the next one (200,000 to 999,999), whatever single figure stands for it.
    if (num.word && high === null && value >= 24) {
      const upper = /^(dozens|scores)$/.test(t.lower) ? 99 : PLURAL_MAGNITUDE.test(t.lower) ? value * 5 - 1 : null;
      if (upper !== null) high = upper;
    }
    // "two and a half hours", "два с половиной часа": a half before the unit.
    if (high === null && tokens[to]?.lower === 'and' && tokens[to + 1]?.lower === 'a' && tokens[to + 2]?.lower === 'half' && unitOf(tokens[to + 3]?.lower ?? '')) {
      value += 0.5;
      to += 3;
    } else if (high === null && tokens[to]?.lower === 'с' && /^половин/.test(tokens[to + 1]?.lower ?? '') && unitOf(tokens[to + 2]?.lower ?? '')) {
      value += 0.5;
      to += 2;
    }
    // What the figure counts or measures.
    let unit: Unit | undefined = unitOf(tokens[to]?.lower ?? '');
    let unitWord = tokens[to]?.lower ?? '';
    let unitAt = to;
    if (!unit && /^(per|pour|por)$/.test(tokens[to]?.lower ?? '') && /^(cent|ciento)$/.test(tokens[to + 1]?.lower ?? '')) {
      unit = unitOf('percent');
      unitWord = 'percent';
      unitAt = to + 1;
    }
    // "3.500 millones de dólares", "3 milliards de dollars", "2 millions d'euros": the currency after "de".
    if (!unit && scale && /^(de|d['’]\p{L}+)$/u.test(tokens[to]?.lower ?? '')) {
      const elided = /^d['’](\p{L}+)$/u.exec(tokens[to]!.lower);
      const word = elided ? elided[1]! : tokens[to + 1]?.lower ?? '';
      const money = unitOf(word);
      if (money?.dimension === 'money') {
        unit = money;
        unitWord = word;
        unitAt = elided ? to : to + 1;
      }
    }
    if (!unit && tokens[to]?.lower === 'nautical' && /^miles?$/.test(tokens[to + 1]?.lower ?? '')) {
      unit = { dimension: 'length', factor: 1852, name: 'length' };
      unitWord = 'nautical miles';
      unitAt = to + 1;
    }
    if (!unit && tokens[to]?.lower === 'square' && unitOf(tokens[to + 1]?.lower ?? '')?.dimension === 'length') {
      const f = unitOf(tokens[to + 1]!.lower)!.factor;
      unit = { dimension: 'area', factor: f * f, name: 'area' };
      unitWord = 'square ' + tokens[to + 1]!.lower;
      unitAt = to + 1;
    }
    // "in the past 18 months", "the last two years": a window before the time of writing, not a figure.
    if (unit?.dimension === 'duration' && /^(past|last|next|previous|coming)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    // "el ingeniero de 29 años", "Troufanov, de 29 años": in Spanish, a person's age.
    // "tiene 29 años", "il a 29 ans", "cumplió 29 años": having years is a person's age.
    // "mort en détention à 47 ans", "умер в 47 лет": years after a death are the age at it.
    const having = hasYearsVerbBefore(tokens, i) || diesAt(tokens, i);
    if (unit?.dimension === 'duration' && unit.factor > 300 && high === null && Number.isInteger(value) && value <= 110 && having) {
      push({ start: t.start, end: tokens[unitAt]!.end, value, low: value, high: value, hedge: 'exact', measure: 'age', unit: unitWord, ordinal: false, from: i, to: unitAt + 1 });
      i = unitAt;
      continue;
    }
    if (unit?.dimension === 'duration' && unit.factor > 300 && tokens[i - 1]?.lower === 'de' && high === null &&
        (AGE_HOLDERS.test(tokens[i - 2]?.lower ?? '') || tokens[i - 2]?.text === ',' || tokens[i - 2]?.upperInitial ||
        // "un employé d’Amazon de 28 ans": the employer between the person noun and the age.
        (/^d['’]\p{Lu}/u.test(tokens[i - 2]?.text ?? '') && AGE_HOLDERS.test(tokens[i - 3]?.lower ?? '')) ||
        // "un citoyen russo-israélien de 29 ans": a people's word after a person noun.
        (isDemonym(tokens[i - 2]?.lower ?? '') && (AGE_HOLDERS.test(tokens[i - 3]?.lower ?? '') || !!tokens[i - 3]?.upperInitial)))) {
      push({ start: t.start, end: tokens[unitAt]!.end, value, low: value, high: value, hedge: 'exact', measure: 'age', unit: unitWord, ordinal: false, from: i, to: unitAt + 1 });
      i = unitAt;
      continue;
    }
    if (unit) {
      let total = value * unit.factor;
      let end = unitAt + 1;
      let lowV = high !== null ? value * unit.factor : null;
      let highV = high !== null ? high * unit.factor : null;
      // "1 hour and 45 minutes", "2 hours 30 minutes", "una hora y 45 minutos", "une heure et quarante-cinq minutes": one duration.
      const k = /^(and|y|et|и)$/.test(tokens[end]?.lower ?? '') ? end + 1 : end;
      const more = tokens[k] ? readNumber(tokens, k, lang) : null;
      const moreUnit = more ? unitOf(tokens[more.to]?.lower ?? '') : undefined;
      if (more && moreUnit && moreUnit.dimension === unit.dimension && moreUnit.factor < unit.factor && high === null) {
        total += more.value * moreUnit.factor;
        end = more.to + 1;
      } else if (high === null && /^(y|et)$/.test(tokens[end]?.lower ?? '') && /^(media|medio|demie|demi)$/.test(tokens[end + 1]?.lower ?? '')) {
        // "dos horas y media", "deux heures et demie": and a half of the unit.
        total += 0.5 * unit.factor;
        end += 2;
      }
      // "1,200 feet (366 meters)": the conversion in brackets is the same claim.
      if (tokens[end]?.text === '(') {
        const conv = tokens[end + 1] ? readNumber(tokens, end + 1, lang) : null;
        const convUnit = conv ? unitOf(tokens[conv.to]?.lower ?? '') : undefined;
        if (conv && convUnit?.dimension === unit.dimension && tokens[conv.to + 1]?.text === ')') end = conv.to + 2;
      }
      const measure = unit.dimension === 'money' ? 'money:' + unit.name : unit.dimension;
      const base = { start: tokens[h.from]!.start, end: tokens[end - 1]!.end, value: total, hedge: coarseHedge(unit, hedgeKind), measure, unit: unitWord, ordinal: false, from: i, to: end };
      if (lowV !== null && highV !== null) push({ ...base, low: lowV, high: highV, hedge: 'approx' });
      else if (unit.dimension === 'duration' && unit.factor >= 28 && end === unitAt + 1 && (hedgeKind === 'exact' || hedgeKind === 'round')) {
        // "after 16 months" for 498 days: months and years are counted whole, so the figure holds
        // a little under half a unit either side ("seven years" and "eight years" stay apart).
        push({ ...base, low: total - 0.4 * unit.factor, high: total + 0.4 * unit.factor });
      } else {
        // "a month", "five weeks": a word-number duration is as precise as its unit.
        push(base);
      }
      i = end - 1;
      continue;
    }
    // Counted nouns of any kind: "two young sons", "41 speeches", "800,000 federal employees",
    // and a part of a group named after "of": "six of the company's workers", "seis de los obreros".
    const found = nounAfter(tokens, to, value) ?? (value >= 2 && !num.decade ? partitiveNoun(tokens, to, value) : null);
    // A part of the count before it ("of whom 24 are alive", "among them 36 serving…") counts that
    // count's noun, unless its own noun follows right after it ("of whom 24 children").
    const whole = (!found || found.at > to) && partitive(tokens, i, to) ? countBefore(tokens, i) : null;
    const noun = whole ? { unit: whole, at: to - 1 } : found;
    if (noun) {
      const start = tokens[h.from]!.start;
      const measure = countMeasure(noun.unit);
      if (high !== null) push({ start, end: tokens[noun.at]!.end, value, low: value, high, hedge: 'approx', measure, unit: noun.unit, ordinal: false, from: i, to: noun.at + 1 });
      else push({ start, end: tokens[to - 1]!.end, value, hedge: hedgeKind, measure, unit: noun.unit, ordinal: false, from: i, to });
      i = to - 1;
      continue;
    }
    // "53 wounded", "53 others were wounded": the participle says what is counted — people, when
    // it is an event that befalls them ("Two were rescued", "six died", "seis murieron", "Dos
    // fueron rescatados", "Deux ont été secourus").
    {
      let k = to;
      if (/^(others|people|more)$/.test(tokens[k]?.lower ?? '')) k++;
      while (k < to + 4 && AUXILIARIES_AFTER.test(tokens[k]?.lower ?? '')) k++;
      const p = tokens[k];
      const people = !!p && p.lowerInitial && befallsPeople(p.lower);
      if (p && (people || /^\p{Ll}{3,}ed$/u.test(p.lower)) && k > to - 1) {
        const start = tokens[h.from]!.start;
        push({ start, end: tokens[to - 1]!.end, value, hedge: hedgeKind, measure: people ? 'count:person' : 'count:' + lemma(p.lower), unit: people ? 'people' : p.lower, ordinal: false, from: i, to });
        i = to - 1;
        continue;
      }
    }
    if (num.word) {
      // "twice"-like words stay unread; "hundreds of thousands of workers" has its noun after "of".
      if ((OF.test(tokens[to]?.lower ?? '') && value >= 20 && PLURAL_MAGNITUDE.test(t.lower)) || (tokens[to]?.lower === 'of' && value >= 100)) {
        const n2 = nounAfter(tokens, to + 1, value);
        if (n2) push({ start: tokens[h.from]!.start, end: tokens[to - 1]!.end, value, hedge: 'approx', measure: countMeasure(n2.unit), unit: n2.unit, ordinal: false, from: i, to, ...(high !== null ? { low: value, high } : {}) });
      }
      continue;
    }
    // A bare figure ("a tax rate of 35.72", "the 63 who voted"): a claim, measured by nothing but its sentence.
    if (list) continue;
    const start = tokens[h.from]!.start;
    // "Cesar Sayoc Jr., 56, of Aventura", "Leigh Corfman, now 53": an age beside a name.
    const before = tokens[i - 1]?.lower === 'now' || tokens[i - 1]?.lower === 'then' ? i - 2 : i - 1;
    // Or beside a noun of one person, set off by commas: "The Wall Street Journal reporter, 32, was taken".
    const holder = tokens[before]?.text === ',' && tokens[to]?.text === ',' && (ONE_HOLDER_EN.test(tokens[before - 1]?.lower ?? '') || AGE_HOLDERS.test(tokens[before - 1]?.lower ?? ''));
    if (high === null && Number.isInteger(value) && value >= 1 && value <= 110 && tokens[before]?.text === ',' &&
        (holder || (/^(\p{Lu}|jr|sr|\.$)/u.test(tokens[before - 1]?.text.toLowerCase() === 'jr' ? 'jr' : (tokens[before - 1]?.text ?? '')) && /^(,|\.|;|\)|of|and|who|is|was)$/.test(tokens[to]?.lower ?? '.')))) {
      push({ start, end: tokens[to - 1]!.end, value, low: value, high: value, hedge: 'exact', measure: 'age', unit: 'years', ordinal: false, from: i, to });
      continue;
    }
    if (high !== null) push({ start, end: tokens[to - 1]!.end, value, low: value, high, hedge: 'approx', measure: 'count:?', unit: '', ordinal: false, from: i, to });
    else push({ start, end: tokens[to - 1]!.end, value, hedge: hedgeKind, measure: 'count:?', unit: '', ordinal: false, from: i, to });
    hedgeKind = 'exact';
  }
  return out;
}

// Words that make a figure a part of the one before it: "of whom 24", "among them 36", "из них 24",
// "dont 36"; after it: "36 of them", "36 de ellos", "36 d'entre eux".
const PARTITIVE_BEFORE = /^(of whom|of them|among them|including|из них|среди них|в том числе|de ellos|de ellas|de los que|de las que|entre ellos|entre ellas|dont|parmi eux|parmi elles|parmi lesquels)$/;
const PARTITIVE_AFTER = /^(of them|of whom|de ellos|de ellas|из них|d['’]entre eux|d['’]entre elles)$/;

function partitive(tokens: Token[], from: number, to: number): boolean {
  const two = (a: number) => `${tokens[a]?.lower ?? ''} ${tokens[a + 1]?.lower ?? ''}`;
  const three = (a: number) => `${two(a)} ${tokens[a + 2]?.lower ?? ''}`;
  return PARTITIVE_BEFORE.test(two(from - 2)) || PARTITIVE_BEFORE.test(three(from - 3)) || PARTITIVE_BEFORE.test(tokens[from - 1]?.lower ?? '') ||
    PARTITIVE_AFTER.test(two(to)) || PARTITIVE_AFTER.test(`${tokens[to]?.lower ?? ''}${tokens[to + 1]?.text ?? ''}`);
}

/** The noun counted by the nearest figure before token `i` in its sentence ("59 hostages", "369 presos palestinos"). */
function countBefore(tokens: Token[], i: number): string | null {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (!/^\d/.test(t.text)) continue;
    const noun = nounAfter(tokens, j + 1, 2);
    return noun && !unitOf(noun.unit) ? noun.unit : null;
  }
  return null;
}

// Auxiliaries between a figure and its participle: "were rescued", "were able to be rescued",
// "fueron rescatados", "ont été secourus", "avaient pu être repêchés", "были спасены".
const AUXILIARIES_AFTER = /^(were|are|was|is|have|has|had|been|later|able|to|be|fueron|fue|han|habían|sido|ont|sont|été|avaient|étaient|pu|être|были|был|была)$/;

const PARTICIPLE = /(ed|ad[oa]s|id[oa]s|ée?s|és|ны|ены)$/u;

/** What a counted noun measures: people of any role are one measure, other nouns their lemma. */
export function countMeasure(noun: string): string {
  const lower = noun.toLowerCase();
  // "Dos fueron rescatados": a participle of an event that befalls people, read as the noun, counts them.
  const person = PERSON_NOUNS.has(lower) || (lower.charCodeAt(0) >= 0x400 && PERSON_STEMS_RU.test(lower)) || (PARTICIPLE.test(lower) && befallsPeople(lower));
  return person ? 'count:person' : 'count:' + lemma(lower);
}

/** The step of the last written digit: "5.7" → 0.1, "43" → 1. */
function decimalStep(s: string): number {
  const d = /\.(\d+)$/.exec(s.replace(/,/g, ''));
  return d ? Math.pow(10, -d[1]!.length) : 1;
}

/** A hedged or round value's interval; durations in word units ("a month") are as precise as the unit. */
function widen(value: number, hedge: Hedge, measure: string): [number, number] {
  const [low, high] = interval(value, hedge);
  if (measure === 'duration' && (hedge === 'over' || hedge === 'atLeast')) return [value, value * 1.35];
  return [low, high];
}
