// Decides which of the reader's stories an article is about, if any. Pure: text in, verdict out.
//
// A story is what a reader types: its people by their usual names, its places and organisations,
// a few terms. Spellings are the engine's job (name-variants.ts, given-names.ts): a name meets
// its transliterations, Hebrew-route and common misspellings, case endings, feminine forms and
// short forms of the given name. Every person of the story counts, and so does a named thing
// (a vessel, a company, a group, a place) when no one else is the article's subject.
//
// One story is on when an entity of it is the article's subject (named more than once, in the
// headline or lead or often, and not thinly spread over a long text) and something else of the
// story is there too; a surname after another given name is a namesake, not the person. Among
// several stories that pass, the best-supported wins: each entity and term weighs by how few of
// the loaded stories share it (a name in 31 stories says little about which one), times how
// salient it is in the article (headline, lead, mentions). The story set is indexed once.

import { mapPacked } from './arrays';
import { codePointAt, isLetterOrDigit } from './chars';
import { givenNameGroups } from './given-names';
import { isDemonym } from './demonyms';
import {
  givenNameKeys,
  isNameSuffix,
  italianReading,
  looseName,
  looseStem,
  declinedKeys,
  russianStemOf,
  spellOutSlavicLetters,
  typedNameWords,
} from './name-variants';
import { RUSSIAN_FUNCTION_WORDS } from './lexicon';
import { writtenInLowerCase } from './names';
import { isLowerCaseWord } from './word-frequency';
import { tokenize, type Token } from './tokens';
import { placeEquivalents, termEquivalents, translatedKey } from './translations';
import type { StoryDefinition, StoryEntity, StoryMatch } from './types';

export interface StoryInput {
  title: string;
  text: string;
  lang?: string;
  /** The text's tokens (tokens.ts), when the caller has them already: they are not made again. */
  tokens?: readonly Token[];
  /** The publisher's name (og:site_name): an outlet naming itself ("told Fox News") is no subject. */
  outlet?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Words

/** A run of letters and digits of the text: what names, places and terms are matched against. */
interface Word extends WordInfo {
  start: number;
  end: number;
}

interface WordInfo {
  /** Lower case, diacritics removed, ё → е. */
  norm: string;
  capitalized: boolean;
  /** Every letter upper case and more than one letter ("NAACP", "TRUMP"). */
  allCaps: boolean;
  cyrillic: boolean;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const MARKS = /\p{M}/gu;
const UPPER_FIRST = /^\p{Lu}/u;

export function foldSpelling(word: string): string {
  return spellOutSlavicLetters(word).normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ё/g, 'е');
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

function wordInfo(word: string): WordInfo {
  const allCaps = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  if (isAscii(word)) {
    // NFD, mark removal and ё → е change nothing in ASCII.
    const first = word.charCodeAt(0);
    return { norm: word.toLowerCase(), capitalized: first >= 65 && first <= 90, allCaps, cyrillic: false };
  }
  return { norm: foldSpelling(word), capitalized: UPPER_FIRST.test(word), allCaps, cyrillic: CYRILLIC.test(word) };
}

interface Run extends WordInfo {
  offset: number;
  length: number;
}

const RUN = /[\p{L}\p{N}]+/gu;
/** The runs of each token text met so far, kept across articles (emptied past a size ordinary text never needs). */
const tokenRuns = new Map<string, Run[]>();

function runsOf(tokenText: string): Run[] {
  let runs = tokenRuns.get(tokenText);
  if (!runs) {
    runs = [];
    for (const m of tokenText.matchAll(RUN)) runs.push({ offset: m.index, length: m[0].length, ...wordInfo(m[0]) });
    if (tokenRuns.size >= 50000) tokenRuns.clear();
    tokenRuns.set(tokenText, runs);
  }
  return runs;
}

/** The words of a text, from its tokens shifted by `shift`: every run lies inside one token. */
function pushWords(tokens: readonly Token[], shift: number, out: Word[]): void {
  for (const t of tokens) {
    // A token that starts with neither a letter nor a digit is a single mark: it holds no run.
    if (!t.lowerInitial && !t.upperInitial && !isLetterOrDigit(codePointAt(t.text, 0, t.text.length))) continue;
    for (const run of runsOf(t.text)) {
      const start = shift + t.start + run.offset;
      out.push({ norm: run.norm, start, end: start + run.length, capitalized: run.capitalized, allCaps: run.allCaps, cyrillic: run.cyrillic });
    }
  }
}

function wordsOf(phrase: string): Word[] {
  const words: Word[] = [];
  pushWords(tokenize(phrase), 0, words);
  return words;
}

/** Loose keys of a word of the text, computed once per distinct word. */
interface WordKeys {
  /** As a given name or a thing's word. */
  given: string;
  /** As a surname (feminine forms folded). */
  surname: string;
  /** A Cyrillic word without its case ending, as a surname and as a given name; else null. */
  surnameStem: string | null;
  givenStem: string | null;
}

const wordKeys = new Map<string, WordKeys>();
/** Case endings of names in Slovene, Croatian, Serbian, Czech and Polish written in Latin letters. */
const LATIN_CASE_ENDING = /(?:ovi|eve|ega|emu|em|om|a|u|e)$/;

function keysOf(norm: string): WordKeys {
  let keys = wordKeys.get(norm);
  if (!keys) {
    const cyrillic = CYRILLIC.test(norm);
    const stem = cyrillic ? russianStemOf(norm) : null;
    // Slavic languages written in Latin letters decline names too ("Gershkovicha so obsodili",
    // Slovene): a long word's case ending is dropped for the surname index only.
    const latinStem = !cyrillic && norm.length >= 8 ? norm.replace(LATIN_CASE_ENDING, '') : norm;
    keys = {
      given: looseName(norm),
      surname: looseName(norm, true),
      surnameStem: stem !== null ? looseName(stem, true) : latinStem !== norm ? looseName(latinStem, true) : null,
      givenStem: stem === null ? null : looseName(stem),
    };
    if (wordKeys.size >= 50000) wordKeys.clear();
    wordKeys.set(norm, keys);
  }
  return keys;
}

/**
 * `word` is an inflected form of `base`: Russian declension (заложник → заложника), or an
 * English/Spanish plural or past ending (hostage → hostages).
 */
function inflects(word: string, base: string): boolean {
  if (word === base) return true;
  if (CYRILLIC.test(base)) {
    const stem = cyrillicStem(base);
    return word.startsWith(stem) && word.length - stem.length <= 3;
  }
  return base.length >= 4 && word.startsWith(base) && word.length - base.length <= 2;
}

function cyrillicStem(base: string): string {
  return base.length > 4 ? base.replace(/[аяйьеиоуыю]$/, '') : base;
}

// ---------------------------------------------------------------------------------------------
// The story set, compiled once

interface CompiledPerson {
  name: string;
  core: boolean;
  /** Loose keys of the given names and their short forms; Cyrillic stems of them. */
  given: Set<string>;
  givenStems: Set<string>;
  /** Loose keys of the words of the surname ("Dekel-Chen": dekel, hen), the last one first. */
  surnameWords: string[];
  /** The surname's words as typed, folded ("moore", "bick"). */
  surnameSpellings: string[];
  /** Whether the reader gave a given name (a one-word name has no namesakes). */
  hasGiven: boolean;
  /** "jr", "sr", "ii": Donald Trump Jr. is not Donald Trump. */
  suffix: string | null;
  key: string;
}

interface CompiledThing {
  name: string;
  core: boolean;
  /** Loose keys of the words of each way to write it: the name, a joined form, an acronym. */
  phrases: string[][];
  /** Acronyms, matched only when the page writes them in capitals (NSA, IRS). */
  acronyms: string[];
  key: string;
  /** A built thing (a tower, a bridge, a dam): "in Grenfell Tower" is inside it, where its event befell people, not a locale. */
  structure: boolean;
}

interface CompiledTerm {
  name: string;
  words: string[];
  /** The same term in the other languages (translations.ts): "otage", "заложник" for "hostage". */
  alternates: string[][];
  /** A name typed as a term (Hamas, Gaza, Putin) is met in any script: its loose keys. */
  loose: string[] | null;
  key: string;
}

interface CompiledStory {
  story: StoryDefinition;
  people: CompiledPerson[];
  things: CompiledThing[];
  terms: CompiledTerm[];
  /** Loose keys of every word of its people's names: not read as another man's given name. */
  nameWords: Set<string>;
  /** Loose keys of every word of its things and terms. */
  vocabulary: Set<string>;
}

/** A nickname in brackets or double quotes; not an apostrophe (O'Neill, D'Angelo). */
const PARENS = /[("“«][^)"”»]*[)"”»]/g;

function compilePerson(entity: StoryEntity, nameWords: Set<string>): CompiledPerson {
  const given = new Set<string>();
  const givenStems = new Set<string>();
  const addGiven = (g: string) => {
    for (const key of givenNameKeys(g)) {
      given.add(key);
      for (const stem of declinedKeys([key])) givenStems.add(stem);
    }
  };
  // "Alexander (Sasha) Trufanov", 'William "Mo" Cowan': the nickname is a given name.
  for (const m of entity.name.matchAll(PARENS)) for (const w of wordsOf(m[0])) addGiven(w.norm);
  const plain = entity.name.replace(PARENS, ' ');
  let words = wordsOf(plain).map((w) => w.norm);
  let suffix: string | null = null;
  if (words.length > 1 && isNameSuffix(words[words.length - 1]!)) suffix = words.pop()!;
  // Initials ("John F. Kennedy") name no one on their own.
  words = words.filter((w, i) => i === words.length - 1 || w.length > 1);
  const hasGiven = words.length > 1;
  // A compound given name (Anne-Marie) is a given name in each of its parts and as a whole.
  const firstToken = plain.trim().split(/\s+/)[0] ?? '';
  if (hasGiven) {
    addGiven(words[0]!);
    const parts = wordsOf(firstToken).map((w) => w.norm);
    if (parts.length > 1 && plain.trim().split(/\s+/).length > 1) {
      for (const part of parts) addGiven(part);
      addGiven(parts.join(''));
    }
  }
  for (const g of entity.givenNames ?? []) addGiven(foldSpelling(g));
  // The surname: the words after the given name; a hyphenated one is several words of the text.
  const surname = hasGiven ? plain.trim().split(/\s+/).slice(1).join(' ') : plain;
  const surnameWords = wordsOf(surname)
    .map((w) => w.norm)
    .filter((w) => !isNameSuffix(w) && w.length > 1)
    .map((w) => looseName(w, true));
  if (surnameWords.length === 0 && words.length) surnameWords.push(looseName(words[words.length - 1]!, true));
  surnameWords.reverse();
  // An Italian surname as other scripts write its sound ("Schettino", "Скеттино"), as its given names are.
  for (const w of wordsOf(surname).map((x) => x.norm)) {
    const italian = italianReading(w);
    const key = italian ? looseName(italian, true) : null;
    if (key && !surnameWords.includes(key)) surnameWords.push(key);
  }
  // Spellings a story written before the engine knew them may still list: their last word is a surname.
  for (const alias of entity.aliases ?? []) {
    const aw = wordsOf(alias).map((w) => w.norm).filter((w) => !isNameSuffix(w));
    const last = aw[aw.length - 1];
    if (!last) continue;
    const key = looseName(last, true);
    if (!given.has(looseName(last)) && !surnameWords.includes(key)) surnameWords.push(key);
    if (aw.length > 1) addGiven(aw[0]!);
  }
  for (const w of words) nameWords.add(looseName(w));
  for (const k of surnameWords) nameWords.add(k);
  for (const g of given) nameWords.add(g);
  return {
    name: entity.name,
    core: entity.weight !== 'context',
    given,
    givenStems,
    surnameWords,
    surnameSpellings: wordsOf(surname).map((w) => w.norm),
    hasGiven: hasGiven || given.size > 0,
    suffix,
    key: `p:${surnameWords[0] ?? ''}:${hasGiven ? looseName(words[0]!) : ''}:${suffix ?? ''}`,
  };
}

/** Words of a thing's name left out of its acronym (National Security Agency → NSA). */
const ACRONYM_SKIP = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'la', 'du', 'des', 'y', 'et']);

/** The generic last word of a place's name, which other languages translate (bridge → puente, pont, мост). */
const GENERIC_HEADS = new Set(['bridge', 'river', 'street', 'avenue', 'square', 'airport', 'hospital', 'university', 'prison', 'port', 'harbor', 'harbour',
  'island', 'islands', 'lake', 'bay', 'station', 'church', 'cathedral', 'cemetery', 'stadium', 'museum', 'palace', 'park', 'mountain', 'mountains', 'valley', 'tower', 'dam', 'canal', 'strait']);

/** Heads of built things, which events befall ("the Grenfell Tower fire", "the Key Bridge collapse"), unlike a settlement. */
const STRUCTURE_HEADS = new Set(['bridge', 'tower', 'dam', 'canal', 'cathedral', 'church', 'stadium', 'museum', 'palace', 'station', 'building', 'arena', 'theatre', 'theater', 'mall', 'house']);

function compileThing(entity: StoryEntity): CompiledThing {
  const phrases: string[][] = [];
  const acronyms: string[] = [];
  // A place or organisation is also met by its name in the other languages (Moscow, Москва, Moscou).
  const spellings = [entity.name, ...(entity.aliases ?? [])];
  for (const spelling of [...spellings, ...spellings.flatMap((sp) => placeEquivalents(sp))]) {
    const words = wordsOf(spelling);
    if (!words.length) continue;
    phrases.push(words.map((w) => looseName(w.norm)));
    // "Francis Scott Key Bridge" is "el puente Francis Scott Key", "Patapsco River" "le fleuve
    // Patapsco": the other languages translate a generic head and keep the name before it.
    const head = words.length >= 2 ? GENERIC_HEADS.has(words[words.length - 1]!.norm) : false;
    const rest = words.slice(0, -1);
    // A short name word must be no word of English ("Suez" of the Suez Canal, not "Main" of Main Street).
    if (head && rest.every((w) => w.capitalized) && (rest.length >= 2 || rest[0]!.norm.length >= 5 || (rest[0]!.norm.length >= 4 && !isLowerCaseWord(rest[0]!.norm)))) {
      phrases.push(rest.map((w) => looseName(w.norm)));
    }
    // A long name is shortened to its last name word and head: "the Key Bridge".
    if (head && rest.length >= 3 && rest.every((w) => w.capitalized)) phrases.push(words.slice(-2).map((w) => looseName(w.norm)));
    // "Wal-Mart" is also written "Walmart".
    if (/\p{L}-\p{L}/u.test(spelling) && words.length === 2) phrases.push([looseName(words[0]!.norm + words[1]!.norm)]);
    const significant = words.filter((w) => !ACRONYM_SKIP.has(w.norm));
    if (significant.length >= 3 && significant.every((w) => w.capitalized)) {
      acronyms.push(significant.map((w) => w.norm[0]).join(''));
    }
    // An acronym as typed ("NAACP") is also written with points (N.A.A.C.P.).
    if (words.length === 1 && words[0]!.allCaps && words[0]!.norm.length >= 3) {
      phrases.push([...words[0]!.norm].map((c) => looseName(c)));
    }
  }
  for (const a of acronyms) phrases.push([looseName(a)], [...a].map((c) => looseName(c)));
  const last = wordsOf(entity.name).pop()?.norm ?? '';
  return { name: entity.name, core: entity.weight !== 'context', phrases, acronyms, key: `t:${phrases[0]?.join(' ') ?? ''}`, structure: STRUCTURE_HEADS.has(last) };
}

function compileTerms(terms: readonly string[]): CompiledTerm[] {
  // Spellings that fold to the same words (Hamas / Hamás) are one term, not two.
  const byKey = new Map<string, CompiledTerm>();
  for (const term of terms) {
    const typed = wordsOf(term);
    const words = typed.map((w) => w.norm);
    const key = words.join(' ');
    // A code ("MH17") is written one way: its loose key would drop the digits that tell MH17 from MH370.
    const loose = typed.length > 0 && typed.every((w) => w.capitalized || /^\d/.test(w.norm)) && !CODE_TERM.test(term) ? typed.map((w) => looseName(w.norm)) : null;
    // A name typed as a term is the same entity as one typed as a place (State Department).
    const alternates = loose ? [] : termEquivalents(term).map((t) => wordsOf(t).map((w) => w.norm)).filter((w) => w.length > 0);
    if (key && !byKey.has(key)) byKey.set(key, { name: term, words, alternates, loose, key: loose ? `t:${loose.join(' ')}` : `w:${key}` });
  }
  return [...byKey.values()];
}

const compiledStories = new WeakMap<StoryDefinition, CompiledStory>();

function compile(story: StoryDefinition): CompiledStory {
  let c = compiledStories.get(story);
  if (!c) {
    const nameWords = new Set<string>();
    const people = story.people.map((p) => compilePerson(p, nameWords));
    // A core person's family is the story's core too: an article about the hostage's mother
    // ("Elena Trufanova", typed as context) is coverage of the hostage; a context person of
    // another family (the other prisoner of a swap) still is not.
    const coreFamilies = new Set(people.filter((p) => p.core).map((p) => p.surnameWords[0]));
    for (const p of people) if (!p.core && coreFamilies.has(p.surnameWords[0])) p.core = true;
    const vocabulary = new Set<string>();
    for (const phrase of [...story.places.map((p) => p.name), ...story.terms]) for (const w of wordsOf(phrase)) vocabulary.add(looseName(w.norm));
    c = { story, people, things: story.places.map(compileThing), terms: compileTerms(story.terms), nameWords, vocabulary };
    compiledStories.set(story, c);
  }
  return c;
}

interface SurnameHit {
  story: number;
  person: number;
  /** Matched with one letter off: counts only beside a matching given name or an exact match. */
  fuzzy: boolean;
}

interface PhraseHit {
  story: number;
  index: number;
  words: string[];
}

/** What one distinct word of the text may be, in any loaded story. */
interface WordHits {
  surnames: SurnameHit[];
  /** People whose given name (or a short form of it) the word is. */
  givens: SurnameHit[];
  things: PhraseHit[];
  terms: PhraseHit[];
  namedTerms: PhraseHit[];
}

interface StoryIndex {
  stories: CompiledStory[];
  surnames: Map<string, SurnameHit[]>;
  /** Surname keys without a final vowel, for Cyrillic words without their case ending. */
  surnameStems: Map<string, SurnameHit[]>;
  /** Surname keys of 6 letters or more with one letter deleted, for misspellings. */
  surnameDeletions: Map<string, SurnameHit[]>;
  /** People by the loose keys of their given names and short forms (and Cyrillic stems of them). */
  givens: Map<string, SurnameHit[]>;
  /** Things by the loose key of their first word; terms by their first word, then by stems. */
  things: Map<string, PhraseHit[]>;
  terms: Map<string, PhraseHit[]>;
  namedTerms: Map<string, PhraseHit[]>;
  /** Things and names typed as terms by their first word's key without a final vowel, for Cyrillic forms (Газе, Газы). */
  thingStems: Map<string, PhraseHit[]>;
  namedTermStems: Map<string, PhraseHit[]>;
  termStems: Map<string, PhraseHit[]>;
  /** How much each entity and term tells the stories apart: 1 when in one story, less when shared. */
  weights: Map<string, number>;
  /** "surname:suffix" of the people typed with a generation suffix (trump:jr). */
  suffixed: Set<string>;
  /** Every word of every loaded story's names, as loose keys. */
  nameWords: Set<string>;
  hitsByWord: Map<string, WordHits | null>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

const FUZZY_MIN = 6;

function buildIndex(stories: readonly StoryDefinition[]): StoryIndex {
  const compiled = stories.map(compile);
  const index: StoryIndex = {
    stories: compiled,
    surnames: new Map(),
    surnameStems: new Map(),
    surnameDeletions: new Map(),
    givens: new Map(),
    things: new Map(),
    terms: new Map(),
    namedTerms: new Map(),
    thingStems: new Map(),
    namedTermStems: new Map(),
    termStems: new Map(),
    weights: new Map(),
    nameWords: new Set(),
    suffixed: new Set(),
    hitsByWord: new Map(),
  };
  const df = new Map<string, number>();
  compiled.forEach((story, s) => {
    const keys = new Set<string>();
    story.people.forEach((person, p) => {
      keys.add(person.key);
      if (person.suffix !== null) index.suffixed.add(`${person.surnameWords[0]}:${person.suffix}`);
      const own = { story: s, person: p, fuzzy: false };
      for (const key of person.given) push(index.givens, key, own);
      for (const key of person.givenStems) if (!person.given.has(key)) push(index.givens, key, own);
      person.surnameWords.forEach((key, n) => {
        // Only the last word of a compound surname stands for the person on its own.
        if (n > 0 && person.surnameWords.length > 1 && key.length < 4) return;
        const hit = { story: s, person: p, fuzzy: false };
        push(index.surnames, key, hit);
        push(index.surnameStems, looseStem(key), hit);
        if (key.length >= FUZZY_MIN) for (const d of deletions(key)) push(index.surnameDeletions, d, { ...hit, fuzzy: true });
      });
    });
    story.things.forEach((thing, t) => {
      keys.add(thing.key);
      for (const words of thing.phrases) {
        const hit = { story: s, index: t, words };
        push(index.things, words[0]!, hit);
        push(index.thingStems, looseStem(words[0]!), hit);
      }
    });
    story.terms.forEach((term, t) => {
      keys.add(term.key);
      for (const words of [term.words, ...term.alternates]) {
        const hit = { story: s, index: t, words };
        push(index.terms, words[0]!, hit);
        const first = words[0]!;
        if (CYRILLIC.test(first)) push(index.termStems, cyrillicStem(first), hit);
        else if (first.length >= 4) push(index.termStems, first, hit);
      }
      if (term.loose) {
        const named = { story: s, index: t, words: term.loose };
        push(index.namedTerms, term.loose[0]!, named);
        push(index.namedTermStems, looseStem(term.loose[0]!), named);
      }
    });
    for (const w of story.nameWords) index.nameWords.add(w);
    for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  });
  // Inverse story frequency, scaled to 1 for an entity of one story: with one story loaded every
  // weight is 1; a name in a third of a hundred stories weighs about a third.
  const n = Math.max(compiled.length, 1);
  const top = Math.log(1 + n);
  for (const [key, count] of df) index.weights.set(key, Math.log(1 + n / count) / top);
  return index;
}

/** The hits of a distinct word of the text, in every story; null when it leads nowhere. */
function hitsOf(index: StoryIndex, word: Word): WordHits | null {
  let hits = index.hitsByWord.get(word.norm);
  if (hits !== undefined) return hits;
  const keys = keysOf(word.norm);
  const surnames: SurnameHit[] = [];
  const addSurnames = (found: SurnameHit[] | undefined) => {
    if (found) for (const h of found) if (!surnames.some((x) => x.story === h.story && x.person === h.person)) surnames.push(h);
  };
  addSurnames(index.surnames.get(keys.surname));
  if (keys.surnameStem !== null) {
    addSurnames(index.surnames.get(keys.surnameStem));
    addSurnames(index.surnameStems.get(keys.surnameStem));
    addSurnames(index.surnameStems.get(keys.surname));
  }
  if (surnames.length === 0 && keys.surname.length >= FUZZY_MIN - 1) {
    // One letter missing, added or changed (Trufanof, Truffanov): a misspelling, or a namesake
    // whose name is close; the caller asks for more before it counts.
    addSurnames(index.surnameDeletions.get(keys.surname));
    for (const d of deletions(keys.surname)) {
      addSurnames(index.surnames.get(d)?.map((h) => ({ ...h, fuzzy: true })));
      addSurnames(index.surnameDeletions.get(d));
    }
  }
  const things = [...(index.things.get(keys.given) ?? [])];
  // A declined Cyrillic form: its stem is the name's key or the name's key without its final vowel.
  const addStemmed = (out: PhraseHit[], ...found: (PhraseHit[] | undefined)[]) => {
    for (const list of found) for (const h of list ?? []) if (!out.includes(h)) out.push(h);
  };
  if (keys.givenStem !== null) addStemmed(things, index.things.get(keys.givenStem), index.thingStems.get(keys.givenStem));
  const terms = [...(index.terms.get(word.norm) ?? [])];
  for (let cut = 0; cut <= 3 && cut < word.norm.length; cut++) {
    const found = index.termStems.get(cut === 0 ? word.norm : word.norm.slice(0, word.norm.length - cut));
    if (found) for (const h of found) if (!terms.includes(h)) terms.push(h);
  }
  const namedTerms = [...(index.namedTerms.get(keys.given) ?? [])];
  if (keys.givenStem !== null) addStemmed(namedTerms, index.namedTerms.get(keys.givenStem), index.namedTermStems.get(keys.givenStem));
  const givens = [...(index.givens.get(keys.given) ?? [])];
  if (keys.givenStem !== null) for (const h of index.givens.get(keys.givenStem) ?? []) if (!givens.includes(h)) givens.push(h);
  hits = surnames.length || givens.length || things.length || terms.length || namedTerms.length ? { surnames, givens, things, terms, namedTerms } : null;
  if (index.hitsByWord.size >= 50000) index.hitsByWord.clear();
  index.hitsByWord.set(word.norm, hits);
  return hits;
}

const indexes = new WeakMap<readonly StoryDefinition[], StoryIndex>();
/** The last index built, with what it was built from: the background reads the stories afresh
 * from the database for every page, as new objects with the same content. */
let lastIndex: { stories: readonly StoryDefinition[]; signature: string | null; index: StoryIndex } | null = null;

function signatureOf(stories: readonly StoryDefinition[]): string {
  return JSON.stringify(stories.map((s) => [s.id, s.people, s.places, s.terms]));
}

/** The index of a list of stories: built once per list, or per list of the same content. */
function indexFor(stories: readonly StoryDefinition[]): StoryIndex {
  let index = indexes.get(stories);
  // (A list grown or shrunk in place is another list.)
  if (index && index.stories.length === stories.length) return index;
  if (lastIndex && lastIndex.stories.length === stories.length && lastIndex.stories.every((s, i) => s === stories[i])) {
    index = lastIndex.index;
  } else {
    const signature = signatureOf(stories);
    lastIndex ??= { stories, signature: null, index: null as unknown as StoryIndex };
    lastIndex.signature ??= signatureOf(lastIndex.stories);
    index = lastIndex.signature === signature && lastIndex.index ? lastIndex.index : buildIndex(stories);
    lastIndex = { stories, signature, index };
  }
  indexes.set(stories, index);
  return index;
}

// ---------------------------------------------------------------------------------------------
// Reading one article

/**
 * Capitalised words that precede surnames without being given names: titles, roles, sentence
 * openers. Other capitalised words before a surname may be another person's given name.
 */
const NOT_GIVEN_NAMES = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'minister', 'official', 'governor', 'gov', 'deputy', 'general',
    'colonel', 'captain', 'sergeant', 'rabbi', 'hostage', 'citizen', 'the', 'a', 'an', 'and', 'but', 'when',
    'after', 'before', 'yesterday', 'today', 'on', 'in', 'at', 'as', 'for', 'with', 'meanwhile', 'then', 'now',
    'later', 'earlier', 'also', 'both', 'while', 'since', 'said', 'says', 'young', 'freed', 'former',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'señor', 'senor',
    'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'speaker', 'leader', 'secretary',
    'judge', 'justice', 'chairman', 'chairwoman', 'mayor', 'attorney', 'candidate', 'nominee', 'vice', 'first',
    'lady', 'gop', 'democrat', 'republican', 'democrats', 'republicans', 'ambassador', 'envoy', 'prime',
    'sr', 'sra', 'don', 'dona', 'el', 'la', 'y', 'que', 'con', 'por', 'para', 'según', 'segun', 'mme', 'mlle', 'm',
    // Words that open the names of places and bodies ("Eastern Ukraine", "Civil Aviation"), never given names.
    'eastern', 'western', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater',
    'united', 'civil', 'international', 'national', 'royal', 'federal', 'supreme',
    // Words that open a sentence before a surname ("Despite Trump saying…", "Plus Obama is…").
    'despite', 'plus', 'during', 'although', 'though', 'because', 'if', 'under', 'without', 'like', 'unlike',
    'until', 'yet', 'so', 'thus', 'still', 'even', 'only', 'just', 'amid', 'among', 'against', 'besides',
    'following', 'including', 'according', 'whether', 'where', 'why', 'how', 'what', 'who', 'whom', 'whose',
    'which', 'once', 'unless', 'instead', 'indeed', 'however', 'moreover', 'meanwhile', 'ask', 'asked', 'tell',
    'told', 'let', 'make', 'see', 'thank', 'thanks', 'dear', 'from', 'to', 'by', 'of', 'about', 'over', 'not',
    'no', 'yes', 'why', 'did', 'does', 'do', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must',
    'is', 'was', 'are', 'were', 'has', 'had', 'have', 'that', 'this', 'these', 'those', 'there', 'here', 'it',
    'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'all', 'every',
    'each', 'some', 'many', 'most', 'more', 'several', 'another', 'other', 'new', 'old', 'late', 'early',
    'malgre', 'pendant', 'selon', 'pour', 'avec', 'sans', 'et', 'mais', 'le', 'les', 'un', 'une', 'des', 'du',
    'pese', 'aunque', 'durante', 'tras', 'sin', 'pero', 'los', 'las', 'un', 'una', 'del', 'al',
    'господин', 'г', 'в', 'и', 'но', 'как', 'по', 'с', 'вчера', 'сегодня', 'когда', 'после', 'заложник',
    'гражданин', 'президент', 'министр', 'глава',
    // Titles and roles in front of a surname.
    'counsel', 'chief', 'commander', 'officer', 'professor', 'prof', 'king', 'queen', 'prince', 'princess',
    'pope', 'father', 'rev', 'reverend', 'sister', 'brother', 'uncle', 'aunt', 'sheikh', 'chancellor',
    'spokesman', 'spokeswoman', 'lieutenant', 'lt', 'col', 'sgt', 'maj', 'major', 'admiral', 'adm',
    'commissioner', 'director', 'chair', 'ceo', 'founder', 'coach', 'justices', 'sens', 'reps', 'govs',
    'monsieur', 'madame', 'herr', 'frau', 'presidente', 'ministro', 'canciller', 'alcalde', 'gobernador',
    'diputado', 'senador', 'генерал', 'посол', 'депутат', 'мэр', 'губернатор', 'премьер', 'спикер', 'сенатор',
    ...RUSSIAN_FUNCTION_WORDS,
  ].map(foldSpelling),
);

/** Characters allowed between the words of one name: "Alexander (Sasha) Troufanov", «Саша», Dekel-Chen. */
const NAME_GAP = /^[\s()“”"«»'‘’-]*$/;
/** After an initial ("George W. Bush"), a point too. */
const INITIAL_GAP = /^\.?[\s()“”"«»'‘’-]*$/;

type Referent =
  | { kind: 'person'; person: number }
  | { kind: 'namesake'; name: string }
  | { kind: 'bare'; person: number; fuzzy: boolean };

interface NameMention {
  at: number;
  /** People of the story the word may name: its surname group. */
  group: string;
  referent: Referent;
}

interface Mentions {
  count: number;
  named: number;
  title: boolean;
  lead: boolean;
  /** For a thing: mentions written as a place's ("Kibbutz Nir Oz", "in Nir Oz"). */
  placed?: number;
  /** Where the last mention starts: two spellings of one term or thing (as typed, in another
   * language, an alias) met at the same word are one mention. */
  lastAt?: number;
  /** Named in the first sentence after the headline, the lede. */
  lede?: boolean;
}

interface StoryEvidence {
  names: NameMention[];
  people: Map<number, Mentions>;
  things: Map<number, Mentions>;
  terms: Map<number, Mentions>;
  /** Namesakes by the name written, with the surname group they share with people of the story. */
  namesakes: Map<string, { count: number; group: string }>;
  /** Where a thing, a term or a named person of the story is: a bare surname near one counts. */
  supportAt: number[];
  /** A term of the story in the lede. */
  termInLede?: boolean;
}

interface Article {
  text: string;
  words: Word[];
  titleEnd: number;
  leadEnd: number;
  /** The end of the first sentence after the headline. */
  ledeEnd: number;
  /** Words the article also writes in lower case: a capitalised "Say" is then no given name. */
  lowerWords: Set<string>;
  outsiders: Outsider[] | undefined;
  /** The publisher's name, lower case, diacritics removed. */
  outlet: string;
}

/** Whether the article writes the word in lower case somewhere, in any case form for Russian ("приговора" / "Приговор"). */
const writtenLower = (article: Article, norm: string): boolean => writtenInLowerCase(article.lowerWords, norm);

/** Lower case, diacritics removed, spaces collapsed: for comparing a name with the outlet's. */
const plainLower = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const LEAD_CHARS = 700;
const MIN_MENTIONS_PER_1000_CHARS = 1;
/** How far a surname-only mention may be from something else of the story to count on its own. */
const TERM_WINDOW = 250;
/** How far a namesake's surname reaches: past it, a bare surname is no longer read as his. */
const CONTEXT_CHARS = 600;

function readArticleText(input: StoryInput): Article {
  const title = input.title.trim();
  const withTitle = title !== '' && !input.text.startsWith(title);
  const text = withTitle ? `${title}\n\n${input.text}` : input.text;
  const words: Word[] = [];
  if (withTitle) pushWords(tokenize(title), 0, words);
  pushWords(input.tokens ?? tokenize(input.text), withTitle ? title.length + 2 : 0, words);
  const lowerWords = new Set<string>();
  for (const w of words) if (!w.capitalized) lowerWords.add(w.norm);
  const titleEnd = title.length;
  const outlet = plainLower(input.outlet ?? '');
  const stop = /[.!?](?=\s)|\n/g;
  stop.lastIndex = Math.min(text.length, titleEnd + 2);
  while (stop.exec(text) && stop.lastIndex - titleEnd < 40);
  const ledeEnd = stop.lastIndex > titleEnd + 2 ? stop.lastIndex : text.length;
  return { text, words, titleEnd, leadEnd: titleEnd + LEAD_CHARS, ledeEnd, lowerWords, outsiders: undefined, outlet };
}

function gapOk(article: Article, before: Word, after: Word): boolean {
  const gap = article.text.slice(before.end, after.start);
  return NAME_GAP.test(gap) || (before.norm.length === 1 && INITIAL_GAP.test(gap));
}

function isGivenOf(word: Word, person: CompiledPerson): boolean {
  const keys = keysOf(word.norm);
  return person.given.has(keys.given) || (keys.givenStem !== null && person.givenStems.has(keys.givenStem));
}

/** Could this capitalised word be another person's given name? */
function looksLikeGiven(article: Article, index: StoryIndex, word: Word): boolean {
  if (!word.capitalized || word.allCaps || word.norm.length < 2 || /^\d/.test(word.norm)) return false;
  if (NOT_GIVEN_NAMES.has(word.norm) || isDemonym(word.norm) || writtenLower(article, word.norm)) return false;
  if (index.nameWords.has(keysOf(word.norm).given) || index.nameWords.has(keysOf(word.norm).surname)) return false;
  // Headlines capitalise every word ("Democrats Say Trump Should…"): there, only a known given name.
  if (word.start < article.titleEnd) return givenNameGroups(keysOf(word.norm).given, (g) => looseName(g)).length > 0;
  return true;
}

/** Who the surname at `i` names, among the people of one story who bear it. */
function referentAt(article: Article, index: StoryIndex, story: CompiledStory, i: number, candidates: SurnameHit[]): Referent | null {
  const words = article.words;
  const word = words[i]!;
  const people = mapPacked(candidates, (h) => story.people[h.person]!);
  // A compound surname: step back over its other words ("Peña Nieto", "Dekel-Chen"); a word
  // that is the first part of one counts once, at its last part.
  const next = words[i + 1];
  if (next && gapOk(article, word, next) && people.some((p) => p.surnameWords.length > 1 && p.surnameWords[0] === keysOf(next.norm).surname)) return null;
  let j = i - 1;
  while (j >= 0 && gapOk(article, words[j]!, words[j + 1]!) && people.some((p) => p.surnameWords.slice(1).includes(keysOf(words[j]!.norm).surname))) j--;
  // A generation suffix after the surname: Donald Trump Jr. is not Donald Trump.
  let suffix: string | null = null;
  if (next && isNameSuffix(next.norm) && /^[\s,.]*$/.test(article.text.slice(word.end, next.start))) suffix = next.norm;
  // A suffix the reader did not type is theirs to leave out (Eric H. Holder Jr.), unless one of
  // the loaded stories knows the suffixed name as a person of its own (Donald Trump Jr.).
  const fitting = mapPacked(people, (p, k) => ({ p, k }))
    .filter(({ p }) => (p.suffix === null ? suffix === null || !index.suffixed.has(`${p.surnameWords[0]}:${suffix}`) : p.suffix === suffix || suffix === null));
  const fuzzy = candidates.every((h) => h.fuzzy);
  if (fitting.length === 0) return { kind: 'namesake', name: article.text.slice(words[Math.max(j, 0)]!.start, next!.end) };
  const before = j >= 0 && gapOk(article, words[j]!, words[j + 1]!) ? words[j]! : null;
  if (before) {
    // A compound given name (Anne-Marie) is the person's when any of its parts is.
    let c = j;
    while (c > 0 && c > j - 3 && article.text.slice(words[c - 1]!.end, words[c]!.start) === '-') c--;
    const parts = words.slice(c, j + 1);
    const owner = fitting.find(({ p }) => parts.some((w) => isGivenOf(w, p)));
    // Without the suffix the reader typed, the full name is the father's (Donald Trump, not Jr.).
    if (owner && owner.p.suffix !== null && suffix === null) return { kind: 'namesake', name: article.text.slice(before.start, word.end) };
    if (owner) return { kind: 'person', person: candidates[owner.k]!.person };
    // A middle name or initial between the given name and the surname (Hillary Rodham Clinton).
    const first = j >= 1 && before.capitalized && gapOk(article, words[j - 1]!, before) ? words[j - 1]! : null;
    const owner2 = first && fitting.find(({ p }) => isGivenOf(first, p));
    if (owner2 && owner2.p.suffix !== null && suffix === null) return { kind: 'namesake', name: article.text.slice(first!.start, word.end) };
    if (owner2) return { kind: 'person', person: candidates[owner2.k]!.person };
    if (fitting.some(({ p }) => p.hasGiven) && looksLikeGiven(article, index, words[c]!) && parts.every((w) => looksLikeGiven(article, index, w))) {
      return { kind: 'namesake', name: article.text.slice(words[c]!.start, word.end) };
    }
  }
  if (suffix !== null && fitting.some(({ p }) => p.suffix === suffix)) {
    return { kind: 'person', person: candidates[fitting.find(({ p }) => p.suffix === suffix)!.k]!.person };
  }
  const one = fitting.find(({ p }) => !p.hasGiven);
  if (one && !fuzzy) return { kind: 'person', person: candidates[one.k]!.person };
  const preferred = fitting.find(({ p }) => p.core && p.suffix === null) ?? fitting.find(({ p }) => p.core) ?? fitting[0]!;
  return { kind: 'bare', person: candidates[preferred.k]!.person, fuzzy };
}

function phraseAt(words: readonly Word[], at: number, phrase: readonly string[], key: (w: Word) => string[], inflected: boolean): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const w = words[at + k];
    if (!w) return false;
    const want = phrase[k]!;
    const keys = key(w);
    const last = k === phrase.length - 1;
    // A declined Cyrillic form meets the name without its final vowel (Газе, Газа: Gaza).
    const declined = w.cyrillic && !inflected && keys.includes(looseStem(want));
    if (!keys.includes(want) && !declined && !(inflected && last && inflects(w.norm, want))) return false;
  }
  return true;
}

const thingKeys = (w: Word): string[] => {
  const k = keysOf(w.norm);
  return k.givenStem === null ? [k.given] : [k.given, k.givenStem];
};
const termKeys = (w: Word): string[] => [w.norm];

/** Counts a mention; false when this one was counted already (another spelling at the same word). */
function mark(map: Map<number, Mentions>, key: number, at: number, article: Article, named = false): boolean {
  let m = map.get(key);
  if (!m) {
    m = { count: 0, named: 0, title: false, lead: false };
    map.set(key, m);
  } else if (m.lastAt === at) return false;
  m.lastAt = at;
  m.count++;
  if (named) m.named++;
  if (at < article.titleEnd) m.title = true;
  else if (at < article.leadEnd) m.lead = true;
  if (at >= article.titleEnd && at < article.ledeEnd) m.lede = true;
  return true;
}

/** Words that make the name beside them a place's: "Kibbutz Nir Oz", "the Nir Oz kibbutz". */
const PLACE_WORDS = new Set(
  ['kibbutz', 'kibutz', 'kibboutz', 'moshav', 'village', 'town', 'city', 'district', 'region', 'province', 'county',
    'state', 'camp', 'settlement', 'municipality', 'pueblo', 'ciudad', 'aldea', 'ville', 'кибуц', 'поселок',
    'посёлок', 'деревня', 'город', 'село', 'район', 'область'].map(foldSpelling),
);
/** Prepositions that put a name as where something happens ("in Nir Oz", "в Нир-Озе"), not who. */
const LOCATIVE = new Set(['in', 'near', 'into', 'outside', 'inside', 'across', 'around', 'throughout', 'в', 'во', 'под', 'около', 'возле', 'en', 'cerca', 'dans', 'pres'].map(foldSpelling));

function writtenAsPlace(article: Article, first: number, last: number): boolean {
  const before = article.words[first - 1];
  const after = article.words[last + 1];
  const cyrillicStem = (w: Word) => (w.cyrillic ? russianStemOf(w.norm) : w.norm);
  if (before && (PLACE_WORDS.has(before.norm) || PLACE_WORDS.has(cyrillicStem(before)) || LOCATIVE.has(before.norm))) return true;
  return !!after && (PLACE_WORDS.has(after.norm) || PLACE_WORDS.has(cyrillicStem(after)));
}

/** Whether a place of story `s` is named right beside word `i` (after it, or ending just before it). */
function placeOfStoryBeside(index: StoryIndex, words: readonly Word[], i: number, s: number): boolean {
  for (const k of [i + 1, i - 1, i - 2]) {
    const w = words[k];
    if (w?.capitalized && hitsOf(index, w)?.things.some((t) => t.story === s)) return true;
  }
  return false;
}

/** The evidence of every story with anything in the article, in one pass over its words. */
function gather(index: StoryIndex, article: Article, only: number | null): Map<number, StoryEvidence> {
  const evidence = new Map<number, StoryEvidence>();
  const of = (s: number): StoryEvidence => {
    let e = evidence.get(s);
    if (!e) {
      e = { names: [], people: new Map(), things: new Map(), terms: new Map(), namesakes: new Map(), supportAt: [] };
      evidence.set(s, e);
    }
    return e;
  };
  const words = article.words;
  const byStory = new Map<number, SurnameHit[]>();
  const givenAt: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const hits = hitsOf(index, word);
    if (!hits) continue;
    for (const h of hits.things) {
      if (only !== null && h.story !== only) continue;
      const thing = index.stories[h.story]!.things[h.index]!;
      const acronym = h.words.length === 1 && thing.acronyms.some((a) => looseName(a) === h.words[0]);
      if (acronym && !word.allCaps) continue;
      if (!phraseAt(words, i, h.words, thingKeys, false)) continue;
      // A thing's name is a name: capitalised, except in a language that writes it otherwise.
      if (!word.capitalized && !word.cyrillic) continue;
      const e = of(h.story);
      if (mark(e.things, h.index, word.start, article) && !thing.structure && writtenAsPlace(article, i, i + h.words.length - 1)) {
        const m = e.things.get(h.index)!;
        m.placed = (m.placed ?? 0) + 1;
      }
      e.supportAt.push(word.start);
    }
    for (const h of hits.terms) {
      if (only !== null && h.story !== only) continue;
      if (!phraseAt(words, i, h.words, termKeys, true)) continue;
      // "Kibbutz Nir Oz", "the Nir Oz kibbutz": a place word typed as a term is, beside a place of
      // the story, part of that place's name, not a word of the story's event.
      if (h.words.length === 1 && PLACE_WORDS.has(word.norm) && placeOfStoryBeside(index, words, i, h.story)) continue;
      const e = of(h.story);
      mark(e.terms, h.index, word.start, article);
      e.supportAt.push(word.start);
      if (word.start >= article.titleEnd && word.start < article.ledeEnd) e.termInLede = true;
    }
    for (const h of hits.namedTerms) {
      if (only !== null && h.story !== only) continue;
      // Written as typed, it was counted above; in another script or spelling (ХАМАС), here.
      if (!word.capitalized || hits.terms.some((x) => x.story === h.story && x.index === h.index)) continue;
      if (!phraseAt(words, i, h.words, thingKeys, false)) continue;
      const e = of(h.story);
      mark(e.terms, h.index, word.start, article);
      e.supportAt.push(word.start);
    }
    if (hits.givens.length > 0 && word.capitalized && !word.allCaps) givenAt.push(i);
    if (hits.surnames.length === 0 || !word.capitalized) continue;
    byStory.clear();
    // A common word of English spelled otherwise than the surname ("More than 100 firefighters"
    // for Moore) is that word, capitalised to open its sentence, not the name.
    const common = isLowerCaseWord(word.norm);
    for (const h of hits.surnames) {
      if (only !== null && h.story !== only) continue;
      if (common && !index.stories[h.story]!.people[h.person]!.surnameSpellings.includes(word.norm)) continue;
      push(byStory, h.story, h);
    }
    for (const [s, candidates] of byStory) {
      const story = index.stories[s]!;
      const referent = referentAt(article, index, story, i, candidates);
      if (!referent) continue;
      const group = story.people[candidates[0]!.person]!.surnameWords[0]!;
      of(s).names.push({ at: word.start, group, referent });
    }
  }
  for (const [s, e] of evidence) resolveNames(index.stories[s]!, e, article);
  for (const i of givenAt) countGivenAlone(index, article, i, evidence);
  return evidence;
}

function countNamesake(e: StoryEvidence, name: string, group: string): void {
  const n = e.namesakes.get(name);
  if (n) n.count++;
  else e.namesakes.set(name, { count: 1, group });
}

/**
 * A surname on its own refers to whoever of its bearers was last named in full; before any full
 * name, to the first one named after it. With no full name at all it counts only beside other
 * things of the story, and never once a namesake is about.
 */
function resolveNames(story: CompiledStory, e: StoryEvidence, article: Article): void {
  // The last full name of each surname group and where it, or a surname read as it, was.
  const last = new Map<string, { referent: Referent; at: number }>();
  const nextNamed = (from: number, group: string): Referent | null => {
    for (let k = from + 1; k < e.names.length; k++) {
      const m = e.names[k]!;
      if (m.group !== group || m.referent.kind === 'bare') continue;
      // A namesake, or a son who shares his father's surname, named much later does not reach
      // back (to the headline, say).
      const weak = m.referent.kind === 'namesake' || story.people[m.referent.person]!.suffix !== null;
      return weak && m.at - e.names[from]!.at > CONTEXT_CHARS ? null : m.referent;
    }
    return null;
  };
  for (const m of e.names) if (m.referent.kind === 'person') e.supportAt.push(m.at);
  const nearSupport = (at: number) => e.supportAt.some((s) => s !== at && Math.abs(s - at) <= TERM_WINDOW);
  const fuzzyLater: NameMention[] = [];
  e.names.forEach((m, k) => {
    const r = m.referent;
    if (r.kind === 'person') {
      last.set(m.group, { referent: r, at: m.at });
      mark(e.people, r.person, m.at, article, true);
      return;
    }
    if (r.kind === 'namesake') {
      last.set(m.group, { referent: r, at: m.at });
      countNamesake(e, r.name, m.group);
      return;
    }
    // A namesake holds the surname while the text keeps to him: not across the whole article
    // (Melania Trump once, then "Trump" for the president all along).
    const before = last.get(m.group);
    const context = before ? (before.referent.kind === 'namesake' && m.at - before.at > CONTEXT_CHARS ? null : before.referent) : nextNamed(k, m.group);
    if (context?.kind === 'namesake') {
      countNamesake(e, context.name, m.group);
      last.set(m.group, { referent: context, at: m.at });
    } else if (r.fuzzy) {
      fuzzyLater.push(m);
    } else if (context?.kind === 'person') {
      // A surname alone is the suffixed son's only right after his full name: the father bears it too.
      if (story.people[context.person]!.suffix !== null && before && m.at - before.at > CONTEXT_CHARS) {
        last.delete(m.group);
        return;
      }
      if (before) last.set(m.group, { referent: context, at: m.at });
      mark(e.people, context.person, m.at, article);
    } else if (before && e.people.has(r.person)) {
      mark(e.people, r.person, m.at, article);
    } else if (story.people[r.person]!.suffix === null && nearSupport(m.at)) {
      // (A surname alone is never the suffixed son's without his full name near: it is his father's too.)
      mark(e.people, r.person, m.at, article);
    }
  });
  // A misspelt surname counts once the person is there under a right spelling.
  for (const m of fuzzyLater) {
    const r = m.referent as { person: number };
    if (e.people.has(r.person)) mark(e.people, r.person, m.at, article);
  }
}

/**
 * A given name on its own ("Sasha said…", "Саша вернулся") is a mention of the person once the
 * article has named them in full: features call people by their first name. Not when it starts
 * a full name (then the surname was counted, or it is someone else's), nor when two people the
 * article names in full share it.
 */
function countGivenAlone(index: StoryIndex, article: Article, i: number, evidence: Map<number, StoryEvidence>): void {
  const words = article.words;
  const word = words[i]!;
  const next = words[i + 1];
  if (next && next.capitalized && gapOk(article, word, next)) return;
  const before = words[i - 1];
  if (before && before.capitalized && gapOk(article, before, word)) return;
  // A given name that is also a word ("Will", "Mo", "Pat") only counts where never written so.
  if (writtenLower(article, word.norm) || NOT_GIVEN_NAMES.has(word.norm) || isDemonym(word.norm)) return;
  const hits = hitsOf(index, word)!;
  const byStory = new Map<number, number[]>();
  for (const h of hits.givens) {
    const e = evidence.get(h.story);
    if (e && (e.people.get(h.person)?.named ?? 0) > 0) push(byStory, h.story, h.person);
  }
  for (const [s, people] of byStory) if (people.length === 1) mark(evidence.get(s)!.people, people[0]!, word.start, article);
}

/** The most-named person of the article who is in no loaded story, if any. */
interface Outsider {
  name: string;
  count: number;
  central: boolean;
  key: string;
  /** Loose keys of its given name and surname. */
  words: string[];
}

/**
 * The most-named person of the article outside the story, when central to it (in the headline
 * or lead, three times or more): the one the article is about, if not one of the story's.
 * A "name" made of the story's own words (Social Security) is no person.
 */
function outsiderFor(article: Article, index: StoryIndex, story: CompiledStory): Outsider | null {
  for (const o of outsidersOf(article, index)) {
    if (!o.words.some((w) => story.vocabulary.has(w))) return o;
  }
  return null;
}

function outsidersOf(article: Article, index: StoryIndex): Outsider[] {
  if (article.outsiders !== undefined) return article.outsiders;
  const words = article.words;
  const surnames = new Map<string, { name: string; count: number; central: boolean; words: string[] }>();
  // A full name: a capitalised word that may be a given name, then a capitalised surname.
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!w.capitalized || w.allCaps || w.norm.length < 2 || writtenLower(article, w.norm)) continue;
    const before = words[i - 1]!;
    if (!gapOk(article, before, w) || !looksLikeGiven(article, index, before)) continue;
    // "Civil Aviation": a word general English writes in lower case is no given name, unless it
    // is one too ("Rose", "Hope").
    if (isLowerCaseWord(before.norm) && givenNameGroups(keysOf(before.norm).given, (g) => looseName(g)).length === 0) continue;
    const key = keysOf(w.norm).surname;
    if (index.nameWords.has(key) || surnames.has(key)) continue;
    const name = article.text.slice(before.start, w.end);
    // The publisher naming itself ("sources told Fox News") is where the article appears, not whom it is about.
    if (article.outlet !== '' && article.outlet.includes(plainLower(name))) continue;
    // Nor is a body or a word the translation lines know, capitalised ("la Guardia Costera"), anyone.
    if (translatedKey(name) !== null || termEquivalents(name).length > 0) continue;
    surnames.set(key, { name, count: 0, central: false, words: [keysOf(before.norm).given, keysOf(w.norm).given] });
  }
  const found: Outsider[] = [];
  if (surnames.size > 0) {
    for (const w of words) {
      if (!w.capitalized) continue;
      const entry = surnames.get(keysOf(w.norm).surname);
      if (!entry) continue;
      entry.count++;
      if (w.start < article.leadEnd) entry.central = true;
    }
    for (const [key, entry] of surnames) if (entry.central && entry.count >= 3) found.push({ ...entry, key });
    found.sort((a, b) => b.count - a.count);
  }
  article.outsiders = found;
  return found;
}

// ---------------------------------------------------------------------------------------------
// Verdicts

export interface StoryVerdict {
  onStory: boolean;
  score: number;
  reasons: string[];
}

/** A story's subject as read from the article, with how particular it is to the story. */
interface Subject {
  name: string;
  m: Mentions;
  person: boolean;
  weight: number;
}

/** The weight of an entity shared by a few of the loaded stories, not by a large share of them. */
const DISTINCTIVE = 0.5;

/** Distinctive terms (each weighing 1 when in one story only) that make a subject beside a name. */
const TERMS_FOR_SUBJECT = 3;
/**
 * A term that is a code, capitals and digits in one word ("MH17", "G20", "COVID-19"): it names
 * one thing. A make and a model number ("Boeing 777") name a kind of thing, and are not codes.
 */
const CODE_TERM = /^\p{Lu}[\p{Lu}.]*-?\d+\p{L}*$/u;
/** Distinct terms of a story that tell its event without its place (weighted by how few stories share them). */
const TERMS_FOR_EVENT = 5;

const salience = (m: Mentions) => Math.min(m.count, 10) / 2 + (m.title ? 2 : 0) + (m.lead ? 1 : 0) + (m.named > 0 ? 0.5 : 0);

/** A brief: a wire item of a paragraph or two, whose headline is all the naming it has room for. */
const BRIEF_CHARS = 1200;

function isCentral(m: Mentions, chars: number): boolean {
  // A brief whose headline names the person is about them, named once or not.
  if (m.title && chars <= BRIEF_CHARS) return true;
  const central = m.title || m.lead || m.count >= 3;
  // Two mentions make a story of a short piece, not of a long report on someone else.
  const dense = m.title || m.count >= 3 || (m.count * 1000) / Math.max(chars, 1) >= MIN_MENTIONS_PER_1000_CHARS;
  return m.count >= 2 && central && dense;
}

function verdict(index: StoryIndex, s: number, e: StoryEvidence | undefined, article: Article): StoryVerdict {
  const story = index.stories[s]!;
  const reasons: string[] = [];
  const chars = article.text.length;
  const weight = (key: string) => index.weights.get(key) ?? 1;
  const thingSubject = (t: number, m: Mentions): Subject => ({ name: story.things[t]!.name, m, person: false, weight: weight(story.things[t]!.key) });
  if (!e) {
    const lead = story.people[0]?.name ?? story.things[0]?.name ?? story.story.title;
    return { onStory: false, score: 0, reasons: [`${lead} not mentioned`] };
  }
  // The subject: the story's person (or thing) most salient in the article.
  let score = 0;
  let anchor: Subject | null = null;
  let top: Subject | null = null;
  for (const [p, m] of e.people) {
    const person = story.people[p]!;
    const w = weight(person.key);
    score += w * salience(m);
    const subject = { name: person.name, m, person: true, weight: w };
    if (!top || salience(m) > salience(top.m)) top = subject;
    if (isCentral(m, chars) && (!anchor || salience(m) > salience(anchor.m))) anchor = subject;
  }
  let thingAnchor: Subject | null = null;
  let anchorThing: CompiledThing | null = null;
  for (const [t, m] of e.things) {
    const thing = story.things[t]!;
    const w = weight(thing.key);
    score += w * salience(m) * 0.75;
    // A place the reader marked as context (the kibbutz, the Kremlin) is where the story
    // happened, and where others did: it never makes the story alone. A core thing (a vessel,
    // a company) does, when named as a subject is (up front or often).
    // A thing the article writes as a place, mostly, is where things happen, not its subject.
    // Or a built thing named with a word of the story in the lede ("Un an après le tragique
    // incendie de la tour Grenfell"): the event is told by its thing, as a headline would.
    const told = thing.structure && !!m.lede && !!e.termInLede;
    if (thing.core && 2 * (m.placed ?? 0) < m.count && (isCentral(m, chars) || told) && (!thingAnchor || salience(m) > salience(thingAnchor.m))) {
      thingAnchor = { name: thing.name, m, person: false, weight: w };
      anchorThing = thing;
    }
    top ??= { name: thing.name, m, person: false, weight: w };
  }
  let termWeight = 0;
  let termInTitle = false;
  for (const [t, m] of e.terms) {
    const term = story.terms[t]!;
    const w = weight(term.key);
    termWeight += w;
    termInTitle ||= m.title;
    // A name typed among the terms weighs as a named thing; a phrase ("national emergency") is
    // more particular than a word ("shutdown").
    const phrase = term.words.length > 1 ? 1.5 : 1;
    score += w * (term.loose ? salience(m) * 0.75 : phrase * (0.5 + (m.title ? 0.5 : 0) + Math.min(m.count, 4) / 8));
  }
  // People of the story each named a little add up: the mother once, the son twice in the lead.
  if (!anchor && e.people.size > 1) {
    let count = 0;
    let central = false;
    let w = 0;
    for (const [p, m] of e.people) {
      count += m.count;
      central ||= m.title || m.lead;
      w = Math.max(w, weight(story.people[p]!.key));
    }
    // Or named often together further down (a section on the family after a general opening).
    // Or, in a short report, two of them up front with a word of the story ("73-year-old Irina
    // Tati and her 50-year-old daughter Elena Trufanova", freed from captivity).
    const dense = (count * 1000) / Math.max(chars, 1) >= MIN_MENTIONS_PER_1000_CHARS;
    const pair = count >= 2 && e.people.size >= 2 && central && dense && e.terms.size + e.things.size >= 1;
    // Or two of them named three times in all beside a place and a word of the story, further
    // down a round-up (the exchange's twenty-four prisoners, among them the reporter and the marine).
    const together = count >= 3 && e.people.size >= 2 && e.things.size >= 1 && e.terms.size >= 1;
    if ((count >= 3 && central) || (count >= 4 && dense) || pair || together) {
      anchor = { name: [...e.people.keys()].map((p) => story.people[p]!.name).join(', '), m: { count, named: 1, title: false, lead: true }, person: true, weight: w };
    }
  }
  // A thing of the story is its subject when no one else is: an article on the vessel or the
  // company that names no person, not an article on another family of the same kibbutz.
  if (!anchor && thingAnchor) {
    const outsider = story.people.length > 0 ? outsiderFor(article, index, story) : null;
    // A built thing's event befalls people the story cannot list (a victim of the tower fire, a
    // worker on the bridge): a person named often beside it is one of them, not another story.
    // Another built thing ("Lakanal House") is.
    const theirs = !!anchorThing?.structure && !!outsider && !STRUCTURE_HEADS.has(outsider.name.split(/\s+/).pop()!.toLowerCase()) && e.terms.size >= 2;
    if (outsider && !theirs && 2 * outsider.count >= thingAnchor.m.count) reasons.push(`about ${outsider.name} (${outsider.count}×), not a person of the story`);
    else anchor = thingAnchor;
  }
  // A code the reader typed among the terms, capitals and digits ("MH17", "G20"), names one thing
  // as a vessel's name does: up front, beside another word of the story, it is the article's
  // subject when no one else is.
  let codeNamed = false;
  if (!anchor) {
    for (const [t, m] of e.terms) {
      const term = story.terms[t]!;
      if (!CODE_TERM.test(term.name) || !(m.title || m.lead) || e.terms.size + e.things.size < 2) continue;
      const outsider = story.people.length > 0 ? outsiderFor(article, index, story) : null;
      if (outsider && 2 * outsider.count >= m.count) reasons.push(`about ${outsider.name} (${outsider.count}×), not a person of the story`);
      else {
        anchor = { name: term.name, m, person: false, weight: weight(term.key) };
        codeNamed = true;
      }
      break;
    }
  }
  // Or the story's things and words add up where none is central: a core thing of the story
  // (the bridge, the vessel) among three of its entities, or two of them with three of its terms
  // ("the Francis Scott Key Bridge … the Patapsco River … workers, divers, cargo ship"), unless
  // the article is about someone the story does not know.
  // Or a core thing with most of the story's words, though it is named once ("the Tham Luang
  // cave complex" in a report on the search: cave, boys, coach, flooded, divers, rescue) — a
  // thing, not a place written as where things happen ("residents of Kibbutz Nir Oz").
  if (!anchor) {
    const core = [...e.things.entries()].filter(([t]) => story.things[t]!.core).sort((x, y) => salience(y[1]) - salience(x[1]))[0];
    const entities = e.people.size + e.things.size;
    const manyWords = !!core && 2 * (core[1].placed ?? 0) < core[1].count && e.terms.size >= TERMS_FOR_EVENT && termWeight >= TERMS_FOR_EVENT;
    if (core && (entities >= 3 || (entities >= 2 && e.terms.size >= 3) || manyWords)) {
      let named = 0;
      for (const m of [...e.people.values(), ...e.things.values()]) named += m.count;
      const outsider = outsiderFor(article, index, story);
      if (outsider && outsider.count > named) reasons.push(`about ${outsider.name} (${outsider.count}×), not a person of the story`);
      else anchor = thingSubject(core[0], core[1]);
    }
  }
  // Many of the story's distinctive terms make it the story's beside one of its people in the
  // headline or lead (the suspect named once, the package bombs, the town), when the article is
  // not about someone else; a story of organisations only needs no person.
  if (!anchor && termWeight >= TERMS_FOR_SUBJECT) {
    let named: Subject | null = null;
    for (const [p, m] of e.people) {
      if ((m.title || m.lead) && (!named || salience(m) > salience(named.m))) named = { name: story.people[p]!.name, m, person: true, weight: weight(story.people[p]!.key) };
    }
    if (named) {
      const outsider = outsiderFor(article, index, story);
      if (outsider && outsider.count > named.m.count) reasons.push(`about ${outsider.name} (${outsider.count}×), not a person of the story`);
      else anchor = named;
    }
  }
  // An event's own words in the headline and around a place of the story ("Six missing workers
  // presumed dead in US bridge collapse", in Baltimore, beside "cargo ship" and "workers"): the
  // story's, though no person or core thing of it is named, unless the article is about someone else.
  // Or most of the story's words, one in the headline, where no place of it is named ("Thai
  // cave rescue: what we know so far": cave, rescue, boys, coach, divers): an event is told in
  // its own words as surely as by its place.
  let eventWords = false;
  const manyTerms = e.terms.size >= TERMS_FOR_EVENT && termWeight >= TERMS_FOR_EVENT;
  // The place must be up front or named again: once, in passing, at the end of another event's
  // report ("the worst since London's Grenfell Tower fire"), it is that event's comparison.
  let placeUpFront = false;
  for (const m of e.things.values()) placeUpFront ||= m.title || m.lead || m.count >= 2;
  if (!anchor && termInTitle && e.terms.size >= TERMS_FOR_SUBJECT && termWeight >= TERMS_FOR_SUBJECT && (placeUpFront || manyTerms)) {
    const outsider = outsiderFor(article, index, story);
    const place = [...e.things.entries()].sort((x, y) => salience(y[1]) - salience(x[1]))[0];
    if (outsider) reasons.push(`about ${outsider.name} (${outsider.count}×), not a person of the story`);
    else {
      anchor = place ? thingSubject(place[0], place[1]) : { name: terms0(story, e), m: { count: e.terms.size, named: 0, title: true, lead: false }, person: false, weight: 1 };
      eventWords = true;
    }
  }
  if (!anchor && story.people.length === 0 && termInTitle && termWeight >= TERMS_FOR_SUBJECT - 0.5) {
    const thing = [...e.things.entries()].sort((x, y) => salience(y[1]) - salience(x[1]))[0];
    anchor = thing
      ? thingSubject(thing[0], thing[1])
      : { name: terms0(story, e), m: { count: e.terms.size, named: 0, title: true, lead: false }, person: false, weight: 1 };
  }
  // Without an anchor, a story of people is reported by its people: a place alone is no subject.
  const subject: Subject | null = anchor ?? (e.people.size > 0 || story.people.length === 0 ? top : null);
  if (subject) {
    const { m } = subject;
    reasons.unshift(`${subject.name} mentioned ${m.count}×${subject.person ? ` (${m.named} with a matching given name)` : ''}`);
    if (m.title) reasons.push('named in the headline');
    if (m.lead) reasons.push('named in the lead');
  } else {
    reasons.unshift(`${story.people[0]?.name ?? story.things[0]?.name ?? story.story.title} not mentioned`);
  }
  const others = mapPacked([...e.people.keys()], (p) => story.people[p]!.name).filter((n) => n !== subject?.name);
  if (others.length) reasons.push(`people of the story: ${others.join(', ')}`);
  const things = mapPacked([...e.things.keys()], (t) => story.things[t]!.name).filter((n) => n !== subject?.name);
  if (things.length) reasons.push(`places: ${things.join(', ')}`);
  const terms = mapPacked([...e.terms.keys()], (t) => story.terms[t]!.name);
  if (terms.length) reasons.push(`terms: ${terms.slice(0, 8).join(', ')}`);
  for (const [name, { count, group }] of e.namesakes) {
    const of = story.people.find((p) => p.surnameWords[0] === group)?.name ?? subject?.name;
    reasons.push(`namesake ${name} (${count}×) is not ${of}`);
  }

  // A full-name match alone is a namesake's as often as not (a hockey player called Alexander
  // Trufanov): another entity of the story or two of its terms must be there too. A story of one
  // entity and at most a term has nothing else to look for.
  const entities = story.people.length + story.things.length;
  const hasSupport = entities > 1 || story.terms.length >= 2;
  const otherEntities = e.people.size + e.things.size - (anchor && !codeNamed ? 1 : 0);
  // One term is enough beside a thing, or beside a person in the headline and named throughout
  // who is particular to this story among those loaded (not a name in a third of them).
  const a = anchor as Subject | null;
  const oneTerm = a !== null && (!a.person || (a.m.title && (a.m.count >= 4 || chars <= BRIEF_CHARS) && a.weight >= DISTINCTIVE)) && e.terms.size >= 1;
  // A name in many of the loaded stories (Obama, Trump) needs its terms up front, or more of them.
  let termUpFront = false;
  for (const m of e.terms.values()) termUpFront ||= m.title || m.lead;
  const enoughTerms = e.terms.size >= 3 || (e.terms.size >= 2 && (a === null || a.weight >= DISTINCTIVE || termUpFront));
  const corroborated = !hasSupport || otherEntities > 0 || enoughTerms || oneTerm;
  // A person or place the reader marked as context ("Paul Whelan", beside the story's journalist)
  // makes no article the story's alone: one of its core people or things must be named too.
  const storyHasCore = story.people.some((p) => p.core) || story.things.some((t) => t.core);
  const coreNamed = codeNamed || [...e.people.keys()].some((p) => story.people[p]!.core) || [...e.things.keys()].some((t) => story.things[t]!.core);
  const onlyContext = storyHasCore && !coreNamed && e.people.size + e.things.size > 0 && !eventWords;
  const onStory = anchor !== null && corroborated && !onlyContext;
  if (anchor && onlyContext) reasons.push('only context of the story named: none of its core people or things');
  else if (anchor && !corroborated) reasons.push('nothing else of the story: no other person, place or event of it');
  if (!anchor && subject) {
    const { m } = subject;
    if (m.count === 1) reasons.push('mentioned only once, in passing');
    else if (!(m.title || m.lead || m.count >= 3)) reasons.push('not central: absent from headline and lead');
    else reasons.push('mentioned twice in a long article about something else');
  }
  return { onStory, score: Math.round(score * 100) / 100, reasons };
}

function terms0(story: CompiledStory, e: StoryEvidence): string {
  return [...e.terms.keys()].map((t) => story.terms[t]!.name).join(', ');
}

/** Scores one story on its own; exported for tests and the options page's "why" view. */
export function scoreStory(story: StoryDefinition, input: StoryInput): StoryVerdict {
  const index = indexFor([story]);
  const article = readArticleText(input);
  return verdict(index, 0, gather(index, article, 0).get(0), article);
}

/** Every enabled story's verdict on the article, best first: the "why" view of a detection. */
export function rankStories(input: StoryInput, stories: readonly StoryDefinition[]): (StoryVerdict & { storyId: string })[] {
  const enabled = enabledOf(stories);
  const index = indexFor(enabled);
  const article = readArticleText(input);
  const evidence = gather(index, article, null);
  return index.stories
    .map((story, s) => Object.assign(verdict(index, s, evidence.get(s), article), { storyId: story.story.id }))
    .sort((a, b) => Number(b.onStory) - Number(a.onStory) || b.score - a.score);
}

/** The best-supported enabled story; `storyId` is null when no story matches. */
export function detectStory(input: StoryInput, stories: readonly StoryDefinition[]): StoryMatch {
  const enabled = enabledOf(stories);
  if (enabled.length === 0) return { storyId: null, onStory: false, score: 0, reasons: ['no story enabled'] };
  const index = indexFor(enabled);
  const article = readArticleText(input);
  const evidence = gather(index, article, null);
  let best: (StoryVerdict & { storyId: string }) | null = null;
  for (let s = 0; s < index.stories.length; s++) {
    const e = evidence.get(s);
    if (!e && best) continue;
    const v = verdict(index, s, e, article);
    if (!best || (v.onStory && !best.onStory) || (v.onStory === best.onStory && v.score > best.score)) {
      best = Object.assign(v, { storyId: index.stories[s]!.story.id }); // a spread with an added property is slow in V8
    }
  }
  return { storyId: best!.onStory ? best!.storyId : null, onStory: best!.onStory, score: best!.score, reasons: best!.reasons };
}

/** The enabled stories: the list itself when all are (so that its index is found again). */
function enabledOf(stories: readonly StoryDefinition[]): readonly StoryDefinition[] {
  return stories.every((s) => s.enabled !== false) ? stories : stories.filter((s) => s.enabled !== false);
}

// ---------------------------------------------------------------------------------------------
// The content script's quick check

/** Latin letters in Russian, for the quick check's Cyrillic spellings of a Latin-typed name. */
const TO_CYRILLIC: [RegExp, string][] = [
  [/shch/g, 'щ'], [/sh/g, 'ш'], [/ch/g, 'ч'], [/kh/g, 'х'], [/zh/g, 'ж'], [/ts/g, 'ц'], [/ya/g, 'я'], [/yu/g, 'ю'],
  [/yo/g, 'ё'], [/y\b/g, 'й'], [/ck/g, 'к'], [/x/g, 'кс'],
  ...Object.entries({ a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', y: 'ы', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'к', w: 'в', j: 'дж', q: 'к' }).map(
    ([l, c]): [RegExp, string] => [new RegExp(l, 'g'), c],
  ),
];

function toCyrillic(latin: string): string {
  let x = foldSpelling(latin);
  for (const [re, c] of TO_CYRILLIC) x = x.replace(re, c);
  return x.charAt(0).toUpperCase() + x.slice(1);
}

/**
 * Spellings of the surnames of the story's people and of its things' names, as a page may print
 * them: as typed, with the common Latin variants (ou for u, -off and -ow for -ov) and in Cyrillic.
 * Permissive on purpose: the quick check lets a page through and detection decides.
 */
export function coreSurnameSpellings(story: StoryDefinition): string[] {
  const spellings = new Set<string>();
  const add = (s: string) => {
    if (s.length < 3) return;
    spellings.add(s);
    if (CYRILLIC.test(s)) return;
    for (const v of latinVariants(s)) spellings.add(v);
    spellings.add(toCyrillic(s));
  };
  for (const person of story.people) {
    for (const spelling of [person.name, ...(person.aliases ?? [])]) {
      const words = typedNameWords(spelling);
      const last = words[words.length - 1];
      if (last) add(last.replace(/[.,]$/, ''));
    }
  }
  for (const thing of story.places) if (thing.weight !== 'context') for (const spelling of [thing.name, ...(thing.aliases ?? [])]) add(spelling.split(/\s+/)[0]!);
  return [...spellings];
}

/** One change at a time of what `looseName` merges: ou/u/o, f/p/ph, kh/h/ch, -ov/-off/-ow, doubled letters. */
const LATIN_CHANGES: [RegExp, string][] = [
  [/(?<!o)u/g, 'ou'], [/(?<!o)u/g, 'o'], [/o(?!u)/g, 'u'], [/ou/g, 'u'], [/f/g, 'p'], [/p(?!h)/g, 'f'], [/ph/g, 'f'],
  [/kh/g, 'h'], [/(?<![ck])h/g, 'kh'], [/ch/g, 'kh'], [/ov$/, 'off'], [/ov$/, 'ow'], [/ov$/, 'of'], [/([a-z])\1/g, '$1'],
];

function latinVariants(name: string): string[] {
  const lower = name.toLowerCase();
  const out: string[] = [];
  for (const [re, to] of LATIN_CHANGES) {
    const v = lower.replace(re, to);
    if (v !== lower) out.push(v.charAt(0).toUpperCase() + v.slice(1));
  }
  return out;
}
