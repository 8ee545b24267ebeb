// Names of people and places as written: "Alexander (Sasha) Troufanov", "[Maxim] Kharkin",
// "Moussa Abu Marzuk", "mother Elena", "Kibbutz Nir Oz". Each full name gives a surname claim
// and a given-name claim, because sources differ on one without the other ("Vitaly Troufanov"
// and "Vitaly Trufanov" agree on the father's name and differ on the family's spelling).
import { joinedWords, mapPacked } from './arrays';
import { isCountryName, isDemonym } from './demonyms';
import { BODY_HEADS, BODY_OPENERS, GROUP_WORD, KIN_WORDS, kinKey, numberWord, RUSSIAN_FUNCTION_WORDS } from './lexicon';
import { editDistanceAtMostOne, foldName, isNameSuffix, looseName, looseStem, nameKey, russianStemOf } from './name-variants';
import { perWord } from './per-word';
import { editDistance, isThingHead, knownGiven, NOT_NAME as NOT_PERSON_WORDS, opensNoName, thingName, TITLES as PERSON_TITLES } from './persons';
import { wordRank } from './word-frequency';
import { translatedKey } from './translations';
import type { Token } from './tokens';

export interface NameMention {
  role: 'surname' | 'given' | 'place';
  start: number;
  end: number;
  written: string;
  key: string;
  /** For a surname: the given name's key; for a given name: the surname's key or the kin word. */
  person: string | null;
  /**
   * Whom the claim is about, for comparing it: for a surname, the keys of the given names the
   * person goes by, joined by "|" (the given name, and a nickname written with it: "Alexander
   * “Sasha” Troufanov" is compared with "Sasha Troufanov" and with "Alexander Trufanov");
   * otherwise `person`.
   */
  subject: string | null;
  /** The whole name as written, for the reader ("Alexander (Sasha) Troufanov"). */
  full: string;
  /** A story person's family name written alone: claimed once per spelling, as it is written many times. */
  alone?: boolean;
}

// Capitalised words that are titles before a name, or describe the person by country or people
// ("Russian President", "Argentine-Israeli", "US-Israeli", "German-born"): read, never kept as a name.
const TITLE_WORDS = /^(president|prime|minister|deputy|foreign|chief|rabbi|secretary|general|mr|mrs|ms|dr|sheikh|senator|ambassador|envoy|spokesman|spokeswoman|commander|king|queen|prince|pope|gov|governor|mayor|sen|rep|lt|col|sgt|captain|capt|colonel|officer|leader|director|head|chairman|sir|lady|lord|saint|st|professor|prof|judge|justice|senators|representatives|президент|премьер|министр|глава|посол|presidente|ministro|canciller|señor|don)$/;
const TITLES = { test: perWord((w: string): boolean => TITLE_WORDS.test(w) || isDemonym(w)) };
const NOT_NAME_WORDS = new Set(('the a an in on at of for to from by with his her their its he she it they we i you this that these those but and or if when while after before during since according earlier later meanwhile however also as there here what who why how both all some many more most read related video photo source courtesy january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday hamas israel gaza russia moscow kremlin ukraine lebanon jerusalem tel aviv washington iran syria egypt qatar hezbollah idf un eu us uk usa news times post ministry agency jihad strip bank council watch community federation union nations party army forces authority committee office court government police festival international national islamic middle east west north south human rights red cross state states united world day city republic ria novosti interfax reuters tass afp ap rt daily supernova university hospital school church mosque airport street square avenue' +
    // Words that start or end names of places and institutions, never a person's: "New York", "Cruz
    // Roja", "Ministerio de Exteriores", "Casa Blanca", "San Diego".
    ' new san casa roja ministerio ministère министерство ejército armée gobierno gouvernement naciones unidas unies unión europea européenne universidad université').split(' ').concat(RUSSIAN_FUNCTION_WORDS));
const NOT_NAME = { test: (w: string) => NOT_NAME_WORDS.has(w) };
// Words of the persons pass's list ("House", "Senate", "Capitol", states), words that end names of
// laws, places and works ("Act", "Valley") and the names of countries and continents ("Africa
// Mikhail Bogdanov" ends an envoy's title; "Президент России Владимир Путин"): no part of a
// person's name, though a place's ("White House") may hold them.
const NOT_PERSON = { test: perWord((w: string): boolean => NOT_PERSON_WORDS.has(w) || isThingHead(w) || isCountryName(w)) };
// Words of the persons pass's list that are common family names too, kept as a surname after a
// given name: one the table knows, or a word general English does not know ("Vicente"), not a
// place or a person's surname ("the Denver Fox affiliate", "Harvard Law").
const SURNAMES_TOO = new Set(['fox', 'white', 'west', 'north', 'park', 'law', 'young', 'lake', 'hall', 'rivers', 'banks']);
const givenLike = (t: Token): boolean => knownGiven(t.text) || wordRank(t.lower) === Infinity;
// Particles of family names, in Latin and Cyrillic letters ("Abu Marzouk", "Абу Марзук").
const PARTICLES = /^(abu|al|el|bin|ibn|ben|bar|van|von|de|da|del|di|la|le|du|dos|das|абу|аль|эль|бин|ибн|бен|бар|ван|фон|де|да|дель|ди|ла|ле|дю)$/i;
const PLACE_CUE_WORDS = new Set(['kibbutz', 'village', 'town', 'city', 'moshav', 'district', 'region', 'province', 'camp', 'settlement', 'municipality', 'поселок', 'kibutz', 'pueblo', 'ciudad', 'aldea']);
const PLACE_CUE_RU = /^(кибуц|посёл|деревн|город)/;
const PLACE_CUES = { test: (w: string) => PLACE_CUE_WORDS.has(w) || (w.charCodeAt(0) >= 0x400 && PLACE_CUE_RU.test(w)) };
const PLACE_AFTER = /^(kibbutz|village|town|city|moshav|district|region|province|camp)$/;

// "Trufanov", "Dekel-Chen", "O'Neill", and surnames whose prefix keeps a capital after it
// ("McCarthy", "MacArthur", "DeSantis", "LaHood", "DiNapoli"); not "RIA", not "Trufanov's"
// (a possessive ends a name), not "YouTube".
const ASCII_NAME = /^(?:Mc|Mac|De|Di|Da|Du|La|Le)?[A-Z][a-z]*(?:[A-Z][a-z]{2,})*(?:[-'’][A-Z]?[a-z]+)*$/;
const UNICODE_NAME = /^(?:Mc|Mac|De|Di|Da|Du|La|Le)?\p{Lu}\p{Ll}*(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/** Answers per capitalised word, kept across articles (emptied past a size ordinary text never needs). */
const nameWords = new Map<string, boolean>();

const isNameWord = (t: Token | undefined): boolean => {
  if (!t) return false;
  // Most tokens are lower case or punctuation: answer those without a look-up.
  if (!t.upperInitial) return false;
  const w = t.text;
  let known = nameWords.get(w);
  if (known === undefined) {
    if (w.endsWith("'s") || w.endsWith('’s')) known = false;
    else known = (/^[\x00-\x7f]*$/.test(w) ? ASCII_NAME.test(w) : UNICODE_NAME.test(w)) && w !== w.toUpperCase();
    if (nameWords.size >= 20000) nameWords.clear();
    nameWords.set(w, known);
  }
  return known;
};

/**
 * What the reader's stories say of names: their places and organisations, and their people's
 * family names. A page in another script or case writes them otherwise ("Екатеринбурге" for
 * Yekaterinburg, "Гершковича" for Gershkovich), and may name a person by surname alone.
 */
export interface StoryNames {
  /** Places and organisations as typed, in lower case. */
  places: ReadonlySet<string>;
  /** The same by sound key, each with the names as typed. */
  placeKeys: ReadonlyMap<string, readonly string[]>;
  /** The people's family names by sound key, each with the surname as typed and its given name's key. */
  surnames: ReadonlyMap<string, ReadonlyArray<{ surname: string; given: string | null; typedKey?: string; heardGiven?: string | null }>>;
  /** The sound keys of the people's given names and their other forms. */
  givens: ReadonlySet<string>;
}

/** A place as typed without the word that says what it is ("Kibbutz Nir Oz" → "Nir Oz"): pages write either. */
export function withoutPlaceWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && PLACE_CUES.test(words[0]!.toLowerCase()) ? words.slice(1).join(' ') : name.trim();
}

export const NO_STORY_NAMES: StoryNames = { places: new Set(), placeKeys: new Map(), surnames: new Map(), givens: new Set() };

/** The key of the stories' place that `written` names in another spelling, script or case, if any. */
function storyPlaceKey(story: StoryNames, written: string): string | null {
  if (story.places.has(written.toLowerCase())) return nameKey(written);
  const typed = story.placeKeys.get(nameKey(written))?.find((name) => nearSpelling(written, name));
  return typed ? nameKey(typed) : null;
}

/**
 * A sound key is short and loose ("Supreme" and "Supreme Court", "Coloradans" and "Colorado"
 * share one): the written name must also be the typed one within two letters once folded to
 * Latin, with a Russian case ending left off ("Екатеринбурге", "Ekaterimburgo", "Ekaterinbourg").
 */
function nearSpelling(written: string, typed: string): boolean {
  const a = foldName(written.split(/\s+/).map(russianStemOf).join(' '));
  const b = foldName(typed);
  return a.split(' ').length === b.split(' ').length && a.length >= 4 && editDistance(a, b) <= 2;
}

/**
 * The key a family name is compared under: the typed surname's, for a key only the stories'
 * other reading of it gives ("Скеттино", heard from an Italian "Schettino"); else its own.
 */
export function typedSurnameKey(story: StoryNames, key: string): string {
  const typed = story.surnames.get(key);
  return typed?.length && typed.every((t) => t.typedKey) ? typed[0]!.typedKey! : key;
}

/** The stories' person whose family name a single word is, in any spelling, script or case. */
function storySurname(story: StoryNames, written: string): { key: string; given: string | null } | null {
  const key = nameKey(written, true);
  // Alone, a family name has no given name to confirm it: its loose key must be the typed one's
  // (Trufanov / Trupanov / Труфанову), not merely close (Sandra is no Sanders).
  const loose = looseName(russianStemOf(written), true);
  // A Russian surname declined like an adjective loses its whole ending (Навального, Навальной →
  // Навальн): it meets the typed one without its last vowel (Navalny → navaln).
  const cyrillic = CYRILLIC.test(written);
  // A letter more or less inside a long name, its first and last kept, is a misspelling of it
  // (Greiner / Griner), not another family (Sandra / Sanders).
  const inside = (typed: string) => typed.length >= 6 && loose.length >= 6 && Math.abs(typed.length - loose.length) === 1 && typed[0] === loose[0] &&
    typed[typed.length - 1] === loose[loose.length - 1] && editDistanceAtMostOne(typed, loose);
  // Russian writes an English long i as "ай" (Griner → Грайнер, Brian → Брайан).
  const longI = cyrillic && loose.includes('ai') ? loose.replace(/ai/g, 'i') : null;
  const typed = story.surnames.get(key)?.find((p) => looseName(p.surname, true) === loose || (cyrillic && looseStem(looseName(p.surname, true)) === loose) ||
    (!cyrillic && inside(looseName(p.surname, true))) || (longI !== null && looseName(p.surname, true) === longI));
  return typed ? { key: typed.typedKey ?? key, given: typed.given } : null;
}

// Russian declines nouns: "законность приговора" written in lower case makes a capitalised
// "Приговор" opening a sentence a noun, not a given name. Stems of the lower-case words, per text.
const lowerStemsOf = new WeakMap<Set<string>, Set<string>>();
const CYRILLIC = /^[\u0400-\u04FF]/;

/** Whether the token at `at` opens its sentence (after quotes or brackets at most). */
function opensSentence(tokens: Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (!/^["“«‘'(]$/.test(tokens[k]!.text)) return false;
  return true;
}

/** Whether the text writes this word in lower case, in any case form for a Russian one. */
export function writtenInLowerCase(lowerWords: Set<string>, lower: string): boolean {
  if (lowerWords.has(lower)) return true;
  if (!CYRILLIC.test(lower)) return false;
  let stems = lowerStemsOf.get(lowerWords);
  if (!stems) {
    stems = new Set<string>();
    for (const w of lowerWords) if (CYRILLIC.test(w)) stems.add(russianStemOf(w));
    lowerStemsOf.set(lowerWords, stems);
  }
  return stems.has(russianStemOf(lower));
}

/**
 * `lowerWords` holds the words the article also uses in lower case: a capitalised "Earlier"
 * at a sentence start is then known to be an ordinary word, not a name.
 */
export function findNames(tokens: Token[], lowerWords: Set<string>, story: StoryNames = NO_STORY_NAMES): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A place after a place word: "Kibbutz Nir Oz", "the kibbutz Nir Oz". (The quick test first:
    // this runs on every token.)
    if (isNameWord(tokens[i + 1]) && PLACE_CUES.test(tokens[i]!.lower)) {
      let j = i + 1;
      while (j < tokens.length && j - i <= 3 && isNameWord(tokens[j]) && !NOT_NAME.test(tokens[j]!.lower)) j++;
      // A story's place ends where its name does: "в кибуце Нир Оз Труфанов…" is Nir Oz, then a person.
      for (let k = i + 2; k < j; k++) if (storyPlaceKey(story, joinedWords(tokens, i + 1, k))) j = k;
      if (j > i + 1) {
        pushPlace(out, tokens, i + 1, j);
        i = j;
        continue;
      }
    }
    if (!isNameWord(tokens[i]) && tokens[i]!.text !== '[') {
      // "responsible for Navalny’s death": a story's family name alone, possessive, is still the
      // name a reader sees (the possessive ends it, so it is read here, not in a run).
      const t = tokens[i]!;
      const stem = t.upperInitial && /['’]s$/.test(t.text) ? t.text.slice(0, -2) : null;
      const single = stem && isNameWord({ ...t, text: stem }) && !isNameWord(tokens[i - 1]) ? storySurname(story, stem) : null;
      if (single) out.push({ role: 'surname', start: t.start, end: t.end - 2, written: stem!, key: single.key, person: single.given, subject: single.given, full: stem!, alone: true });
      i++;
      continue;
    }
    // Collect a run of capitalised words, nicknames in quotes or brackets, and particles.
    const words: number[] = [];
    let nickname: Token | null = null;
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j]!;
      // One person's name is written in one script: "инженер Amazon Труфанов" is a company, then a surname.
      if (isNameWord(t) && words.length && CYRILLIC.test(t.text) !== CYRILLIC.test(tokens[words[words.length - 1]!]!.text)) break;
      if (isNameWord(t)) {
        words.push(j);
        j++;
      } else if (t.text === '(' && words.length && /^[“"‘']$/.test(tokens[j + 1]?.text ?? '') && isNameWord(tokens[j + 2]) && /^[”"’']$/.test(tokens[j + 3]?.text ?? '') && tokens[j + 4]?.text === ')') {
        // "Alexander (“Sasha”) Troufanov": a quoted nickname in brackets is skipped too.
        nickname = tokens[j + 2]!;
        j += 5;
      } else if ((t.text === '(' || t.text === '“' || t.text === '"' || t.text === '[' || ((t.text === "'" || t.text === '‘') && words.length)) && isNameWord(tokens[j + 1]) && /^[)”"\]'’]$/.test(tokens[j + 2]?.text ?? '')) {
        // "Alexander (Sasha) Trufanov", "Alexander “Sasha” Trufanov", "Alexander 'Sasha' Troufanov", "[Maxim] Kharkin"
        // A bracketed given name belongs to the name; a nickname in quotes or parentheses is skipped.
        if (t.text === '[') words.push(j + 1);
        else nickname = tokens[j + 1]!;
        j += 3;
      } else if (PARTICLES.test(t.text) && isNameWord(tokens[j + 1]) && words.length) {
        words.push(j);
        j++;
      } else break;
    }
    if (j === i) j = i + 1;
    // A nationality that ends the run is a family name ("Mark Cuban"), not a description.
    let names = words.filter((w, k) => !TITLES.test(tokens[w]!.lower) || (k === words.length - 1 && k > 0 && !TITLE_WORDS.test(tokens[w]!.lower) && !tokens[w]!.lower.includes('-')));
    // "Donald Trump Jr.": a generation suffix follows the surname and is none.
    while (names.length && isNameSuffix(tokens[names[names.length - 1]!]!.text)) names = names.slice(0, -1);
    // Drop leading ordinary words ("Earlier", "The") and stop at things that are not names.
    // A number word opening a sentence ("Twelve Thai boys") is a count, never a name.
    // A body's opening word starts a body's name, all of it ("Movimiento de Resistencia Islámica").
    if (names.length && BODY_OPENERS.has(tokens[names[0]!]!.lower)) names = [];
    while (names.length && (NOT_NAME.test(tokens[names[0]!]!.lower) || writtenInLowerCase(lowerWords, tokens[names[0]!]!.lower) || numberWord(tokens[names[0]!]!.lower) !== undefined)) names = names.slice(1);
    // A people's word before a name describes it: "American Evan Gershkovich", "Американец Эван Гершкович".
    // So is a country or place the translation lines know, before a full name: "Russie Evan
    // Gershkovich" in a French headline (a place alone stays a place).
    while (names.length >= 3 && (GROUP_WORD.test(tokens[names[0]!]!.lower) || translatedKey(tokens[names[0]!]!.text) !== null)) names = names.slice(1);
    // A people's word inside the run ends the name; at its end it is the family name ("Tomas Cuban").
    const cut = names.findIndex((w, k) => NOT_NAME.test(tokens[w]!.lower) || (GROUP_WORD.test(tokens[w]!.lower) && (k < names.length - 1 || k === 0)));
    if (cut >= 0) names = BODY_HEADS.has(tokens[names[cut]!]!.lower) ? [] : names.slice(0, cut);
    // Russian capitalises only the sentence's first word: there, before a name, a word that is no
    // given name the table or the stories know is a noun ("Адвокаты Гершковича подадут жалобу").
    if (names.length >= 2 && opensSentence(tokens, names[0]!) && CYRILLIC.test(tokens[names[0]!]!.text) && !knownGiven(tokens[names[0]!]!.text) && !story.givens.has(nameKey(tokens[names[0]!]!.text))) names = names.slice(1);
    // Nor does a Russian name hold two given names: before one, the sentence's first word is an
    // ordinary one that sounds like a name ("Сам Александр Труфанов", himself, not Sam).
    const given = (w: number) => knownGiven(tokens[w]!.text) || story.givens.has(nameKey(tokens[w]!.text));
    if (names.length >= 3 && opensSentence(tokens, names[0]!) && CYRILLIC.test(tokens[names[0]!]!.text) && given(names[1]!)) names = names.slice(1);
    const placeAfter = PLACE_AFTER.test(tokens[j]?.lower ?? '');
    // A known place or body of the four languages ("Красному Кресту", "Casa Blanca") is no person.
    const run = names.length >= 1 && names.length <= 4 ? joinedWords(tokens, names[0]!, names[names.length - 1]! + 1) : null;
    const translated = run ? translatedKey(run) : null;
    const storyPlace = run && !translated ? storyPlaceKey(story, run) : null;
    if (names.length >= 1 && (placeAfter || translated || storyPlace)) {
      pushPlace(out, tokens, names[0]!, names[names.length - 1]! + 1, translated, storyPlace);
    } else if ((names = personWords(tokens, names, given)).length >= 2 && names.length <= 4 && !lowerWords.has(tokens[names[names.length - 1]!]!.lower)) {
      pushPerson(out, tokens, names, nickname);
    } else if (names.length === 1) {
      // "mother Elena", "father, Vitaly,": a given name next to a kin word (not a capitalised one
      // read off the same run, "Mother Brain").
      const w = names[0]!;
      const at = tokens[w - 1]?.text === ',' ? w - 2 : w - 1;
      const prev = tokens[at];
      const t = tokens[w]!;
      const single = storySurname(story, t.text);
      if (prev && KIN_WORDS.has(prev.lower) && !words.includes(at)) {
        out.push({ role: 'given', start: t.start, end: t.end, written: t.text, key: nameKey(t.text), person: kinKey(prev.lower), subject: kinKey(prev.lower), full: t.text });
      } else if (single) {
        // A family name of the story's people written alone ("Гершковича арестовали в 2023 году"),
        // on a page that may never write the full name: the person's, as the reader typed them.
        out.push({ role: 'surname', start: t.start, end: t.end, written: t.text, key: single.key, person: single.given, subject: single.given, full: t.text, alone: true });
      }
    }
    i = Math.max(j, i + 1);
  }
  for (const n of out) {
    if (n.role === 'surname') {
      const heard = story.surnames.get(n.key)?.find((t) => t.typedKey);
      n.key = typedSurnameKey(story, n.key);
      // Its given name heard the same way ("Франческо" for Francesco) is the typed one's.
      if (heard?.heardGiven && heard.given && n.subject) n.subject = n.subject.split('|').map((k) => (k === heard.heardGiven ? heard.given! : k)).join('|');
    } else if (n.role === 'given' && n.person && !n.person.startsWith('kin:')) n.person = n.subject = typedSurnameKey(story, n.person);
  }
  return out;
}

/** The words of a run that can be a person's name: after the last word the persons pass knows as none ("House Democrats", "Senate Judiciary"). */
function personWords(tokens: Token[], names: number[], isGiven: (w: number) => boolean): number[] {
  // The persons pass's titles ("House Speaker", "Vice President") are read, not kept.
  let words = names.filter((w) => !PERSON_TITLES.has(tokens[w]!.lower));
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    const w = tokens[words[k]!]!.lower;
    // "Vicente Fox", "Betty White": the list's family names stand as surnames at the end of the
    // run (not before a title: "the Obama White House").
    if (NOT_PERSON.test(w) && !(words[k] === names[names.length - 1] && k > 0 && SURNAMES_TOO.has(w) && givenLike(tokens[words[0]!]!))) from = k + 1;
  }
  if (from) words = words.slice(from);
  // "Treasury Jacob Lew", "Counsel Don McGahn", "President-elect Donald Trump": a word the table
  // does not know as a given name, before one it does, ends an office (as in persons.ts).
  // So does a headline's or a title's word before a given name the stories list ("All-Star
  // Brittney Griner"), and before a particle and one ("Libération de Brittney Griner").
  while (words.length > 2 && !isGiven(words[0]!) && !PARTICLES.test(tokens[words[1]!]!.text) && isGiven(words[1]!)) words = words.slice(1);
  if (words.length > 3 && !isGiven(words[0]!) && PARTICLES.test(tokens[words[1]!]!.text) && isGiven(words[2]!)) words = words.slice(2);
  // "Social Security", "Cold War", "Interior Ryan Zinke", "Under Obama": a first word that is one
  // of the commonest words of English, written in lower case, and no given name the table knows,
  // opens a thing's name, an office or a sentence, not a person's name. (Rarer words are left:
  // Mitt, Gentry.) Two such words make a thing's name whatever their rank ("Biological Diversity").
  while (words.length >= 2 && opensNoName(tokens[words[0]!]!)) words = words.slice(1);
  if (words.length >= 2 && thingName(tokens[words[0]!]!, tokens[words[words.length - 1]!]!)) return [];
  return words;
}

function pushPlace(out: NameMention[], tokens: Token[], from: number, to: number, translated: string | null = null, typed: string | null = null): void {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const written = joinedWords(tokens, from, to);
  // Keyed by its English name when it has one, so two languages' names of it meet; a story's
  // place by the key of the name the reader typed ("Екатеринбурге", "Ekaterinbourg").
  out.push({ role: 'place', start: first.start, end: last.end, written, key: translated ?? typed ?? nameKey(written), person: null, subject: null, full: written });
}

function pushPerson(out: NameMention[], tokens: Token[], words: number[], nickname: Token | null): void {
  // Surname: the last word with any particles before it ("Abu Marzuk", "bin Salman").
  let s = words.length - 1;
  while (s > 0 && PARTICLES.test(tokens[words[s - 1]!]!.text)) s--;
  const surnameWords = mapPacked(words.slice(s), (w) => tokens[w]!);
  const given = tokens[words[0]!]!;
  if (s === 0) {
    // "Abu Marzuk" on its own: a family name without a given name.
    const written = joinedWords(surnameWords, 0, surnameWords.length);
    out.push({ role: 'surname', start: surnameWords[0]!.start, end: surnameWords[surnameWords.length - 1]!.end, written, key: nameKey(written, true), person: null, subject: null, full: written });
    return;
  }
  const surname = joinedWords(surnameWords, 0, surnameWords.length);
  const sStart = surnameWords[0]!.start;
  const sEnd = surnameWords[surnameWords.length - 1]!.end;
  const surnameKey = nameKey(surname, true);
  const givenKey = nameKey(given.text);
  const full = `${given.text} ${surname}`;
  out.push({ role: 'surname', start: sStart, end: sEnd, written: surname, key: surnameKey, person: givenKey, subject: surnameSubject(given.text, nickname?.text ?? null), full });
  out.push({ role: 'given', start: given.start, end: given.end, written: given.text, key: givenKey, person: surnameKey, subject: surnameKey, full });
}

/**
 * Whom a family name is compared for: the given name's key, and the nickname's when the name
 * writes one ("Alexander “Sasha” Troufanov" → "ALKS|SX"): the person goes by both, so another
 * outlet's "Sasha Troufanov" or "Alexander Trufanov" is compared as the same person, while a
 * "Jim Mattis" is not taken for the "James Mattis" of another page (the whole names are compared
 * as people there). compare.ts reads keys joined by "|" as one person's names.
 */
function surnameSubject(given: string, nickname: string | null): string {
  const own = nameKey(given);
  const other = nickname ? nameKey(nickname) : null;
  return other && other !== own ? `${own}|${other}` : own;
}
