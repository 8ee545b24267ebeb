// Decides whether an article is about a story the reader follows. Pure: text in, verdict out.
// The verdict rests on the story's core people: how often they are named, whether the name comes
// with the right given name (another man with the same surname is a namesake, not the story),
// and whether they are central (headline, lead). Places and terms only support: a page about the
// same ceasefire, the same kibbutz or the same diplomacy without the person is not the story.

import { codePointAt, isLetterOrDigit } from './chars';
import { tokenize, type Token } from './tokens';
import type { StoryDefinition, StoryEntity, StoryMatch } from './types';

export interface StoryInput {
  title: string;
  text: string;
  lang?: string;
  /** The text's tokens (tokens.ts), when the caller has them already: they are not made again. */
  tokens?: readonly Token[];
}

/** A run of letters and digits of the text: what names, places and terms are matched against. */
interface Word {
  /** Lower case, diacritics removed, ё → е. */
  norm: string;
  start: number;
  end: number;
  capitalized: boolean;
  cyrillic: boolean;
}

const CYRILLIC = /[\u0400-\u04FF]/;

const MARKS = /\p{M}/gu;
const UPPER_FIRST = /^\p{Lu}/u;

export function foldSpelling(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ё/g, 'е');
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** What matching needs to know about a word, computed once per distinct word. */
interface WordInfo {
  norm: string;
  capitalized: boolean;
  cyrillic: boolean;
}

function wordInfo(word: string): WordInfo {
  if (isAscii(word)) {
    // NFD, mark removal and ё → е change nothing in ASCII.
    const first = word.charCodeAt(0);
    return { norm: word.toLowerCase(), capitalized: first >= 65 && first <= 90, cyrillic: false };
  }
  return { norm: foldSpelling(word), capitalized: UPPER_FIRST.test(word), cyrillic: CYRILLIC.test(word) };
}

/** A run of letters and digits inside a token, `offset` code units from the token's start. */
interface Run extends WordInfo {
  offset: number;
  length: number;
}

const RUN = /[\p{L}\p{N}]+/gu;
/**
 * The runs of each token text met so far, kept across articles (emptied past a size ordinary
 * text never needs). Most tokens are one run ("Trufanov"); some split ("Dekel-Chen", "1,200").
 */
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

/**
 * The words of a text, from its tokens (tokens.ts) shifted by `shift`: a token starts and ends
 * where a run of letters and digits does, so every run lies inside one token.
 */
function pushWords(tokens: readonly Token[], shift: number, out: Word[]): void {
  for (const t of tokens) {
    // A token that starts with neither a letter nor a digit is a single mark: it holds no run.
    if (!t.lowerInitial && !t.upperInitial && !isLetterOrDigit(codePointAt(t.text, 0, t.text.length))) continue;
    for (const run of runsOf(t.text)) {
      const start = shift + t.start + run.offset;
      out.push({ norm: run.norm, start, end: start + run.length, capitalized: run.capitalized, cyrillic: run.cyrillic });
    }
  }
}

function wordsOf(phrase: string): string[] {
  const words: Word[] = [];
  pushWords(tokenize(phrase), 0, words);
  return words.map((w) => w.norm);
}

/**
 * `word` is an inflected form of `base`: Russian declension (Труфанов → Труфанова, Труфановым;
 * Елена → Елены), or an English/Spanish plural or past ending (hostage → hostages).
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

/** Longest ending `inflects` lets a word add to a Cyrillic stem, and to a Latin base. */
const CYRILLIC_ENDING = 3;
const LATIN_ENDING = 2;

/**
 * Finds, for a word of the text, the listed base words it may be a form of: a superset of
 * { base : inflects(word, base) }, found by looking up the word and its prefixes instead of
 * testing every base. Callers confirm with `inflects` / `matchesPhrase`.
 */
class InflectionIndex<T> {
  private readonly exact = new Map<string, T[]>();
  /** Cyrillic bases by stem, Latin bases of 4+ letters by themselves: what a word must start with. */
  private readonly prefixes = new Map<string, T[]>();
  private maxEnding = 0;

  add(base: string, value: T): void {
    push(this.exact, base, value);
    if (CYRILLIC.test(base)) {
      push(this.prefixes, cyrillicStem(base), value);
      this.maxEnding = Math.max(this.maxEnding, CYRILLIC_ENDING);
    } else if (base.length >= 4) {
      push(this.prefixes, base, value);
      this.maxEnding = Math.max(this.maxEnding, LATIN_ENDING);
    }
  }

  /** Values whose base the word equals, then those whose base it may inflect (may repeat). */
  candidates(word: string, out: T[]): void {
    const exact = this.exact.get(word);
    if (exact) out.push(...exact);
    if (this.prefixes.size === 0) return;
    for (let cut = 0; cut <= this.maxEnding && cut < word.length; cut++) {
      const found = this.prefixes.get(cut === 0 ? word : word.slice(0, word.length - cut));
      if (found) out.push(...found);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function matchesPhrase(tokens: readonly Word[], at: number, words: readonly string[], inflected: boolean): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    const word = words[k]!;
    if (!token) return false;
    const last = k === words.length - 1;
    if (!(token.norm === word || (inflected && last && inflects(token.norm, word)))) return false;
  }
  return true;
}

/** A story entity compiled for matching. */
interface CompiledPerson {
  entity: StoryEntity;
  core: boolean;
  givenNames: string[];
  surnames: string[];
  /** Whole-name spellings of two words or more ("Sapir Cohen"). */
  phrases: string[][];
}

interface CompiledPhrase {
  name: string;
  phrases: string[][];
}

interface CompiledStory {
  story: StoryDefinition;
  people: CompiledPerson[];
  places: CompiledPhrase[];
  terms: CompiledPhrase[];
  /**
   * What a word of the text may start or be: a place or term phrase (`order` indexes places
   * then terms), a whole name of a person who is not core, or a surname (`person` indexes people).
   */
  leads: InflectionIndex<Lead>;
  /** Surnames of all people, as written in the story. */
  surnameSet: Set<string>;
  /** The leads of each word met so far, kept across articles (emptied past a size ordinary text never needs). */
  leadsByWord: Map<string, WordLeads | null>;
}

type Lead =
  | { kind: 'support'; order: number; words: string[] }
  | { kind: 'family'; person: number; words: string[] }
  | { kind: 'surname'; person: number };

/** The leads a word of the text may match, split by kind; surname people sorted, each once. */
interface WordLeads {
  support: { order: number; words: string[] }[];
  family: { person: number; words: string[] }[];
  surnamePeople: number[];
}

/** Leads for every word, looked up once per distinct word; null where a word leads nowhere. */
function leadsOf(story: CompiledStory, tokens: readonly Word[]): (WordLeads | null)[] {
  const byWord = story.leadsByWord;
  if (byWord.size >= 50000) byWord.clear();
  const found: Lead[] = [];
  return tokens.map(({ norm }) => {
    let leads = byWord.get(norm);
    if (leads !== undefined) return leads;
    found.length = 0;
    story.leads.candidates(norm, found);
    leads = null;
    if (found.length > 0) {
      leads = { support: [], family: [], surnamePeople: [] };
      for (const lead of found) {
        if (lead.kind === 'support') leads.support.push(lead);
        else if (lead.kind === 'family') leads.family.push(lead);
        else if (!leads.surnamePeople.includes(lead.person)) leads.surnamePeople.push(lead.person);
      }
      leads.surnamePeople.sort((a, b) => a - b);
    }
    byWord.set(norm, leads);
    return leads;
  });
}

/** Spellings that fold to the same words (Hamas / Hamás) are one term, not two. */
function uniqueTerms(terms: readonly string[]): CompiledPhrase[] {
  const byKey = new Map<string, CompiledPhrase>();
  for (const term of terms) {
    const words = wordsOf(term);
    const key = words.join(' ');
    if (key && !byKey.has(key)) byKey.set(key, { name: term, phrases: [words] });
  }
  return [...byKey.values()];
}

const compiledStories = new WeakMap<StoryDefinition, CompiledStory>();

function compile(story: StoryDefinition): CompiledStory {
  const cached = compiledStories.get(story);
  if (cached) return cached;
  const people = story.people.map((entity): CompiledPerson => {
    const givenNames = new Set((entity.givenNames ?? []).map(foldSpelling));
    const nameWords = wordsOf(entity.name);
    if (nameWords.length > 1) givenNames.add(nameWords[0]!);
    const surnames = new Set<string>();
    const phrases: string[][] = [];
    for (const spelling of [entity.name, ...(entity.aliases ?? [])]) {
      const words = wordsOf(spelling);
      const last = words[words.length - 1];
      if (!last) continue;
      if (!givenNames.has(last)) surnames.add(last);
      if (words.length > 1) phrases.push(words);
    }
    return { entity, core: entity.weight === 'core', givenNames: [...givenNames], surnames: [...surnames], phrases };
  });
  const phrasesOf = (entity: StoryEntity): CompiledPhrase => ({
    name: entity.name,
    phrases: [entity.name, ...(entity.aliases ?? [])].map(wordsOf).filter((w) => w.length > 0),
  });
  const places = story.places.map(phrasesOf);
  const terms = uniqueTerms(story.terms);
  const leads = new InflectionIndex<Lead>();
  [...places, ...terms].forEach((entry, order) => {
    for (const words of entry.phrases) leads.add(words[0]!, { kind: 'support', order, words });
  });
  const surnameSet = new Set<string>();
  people.forEach((person, index) => {
    if (!person.core) for (const words of person.phrases) leads.add(words[0]!, { kind: 'family', person: index, words });
    for (const surname of person.surnames) {
      leads.add(surname, { kind: 'surname', person: index });
      surnameSet.add(surname);
    }
  });
  const compiled: CompiledStory = { story, people, places, terms, leads, surnameSet, leadsByWord: new Map() };
  compiledStories.set(story, compiled);
  return compiled;
}

function isGivenName(token: Word, person: CompiledPerson): boolean {
  return person.givenNames.some((given) => token.norm === given || (token.cyrillic && inflects(token.norm, given)));
}

/**
 * Capitalised words that precede surnames without being given names: titles, roles, sentence
 * openers. A capitalised word not listed here, right before the surname, is read as a given name.
 */
const NOT_GIVEN_NAMES = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'minister', 'official', 'governor', 'deputy', 'general',
    'colonel', 'captain', 'sergeant', 'rabbi', 'hostage', 'citizen', 'the', 'a', 'an', 'and', 'but', 'when',
    'after', 'before', 'yesterday', 'today', 'on', 'in', 'at', 'as', 'for', 'with', 'meanwhile', 'then', 'now',
    'later', 'earlier', 'also', 'both', 'while', 'since', 'said', 'says', 'young', 'freed', 'former', 'israeli',
    'russian', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'señor', 'senor',
    'sr', 'sra', 'don', 'dona', 'el', 'la', 'y', 'que', 'con', 'por', 'para', 'según', 'segun',
    'господин', 'г', 'в', 'и', 'но', 'как', 'по', 'с', 'вчера', 'сегодня', 'когда', 'после', 'заложник',
    'гражданин', 'президент', 'министр', 'глава',
  ].map(foldSpelling),
);

/** Characters allowed between a given name and a surname: "Alexander (Sasha) Troufanov", «Саша». */
const NAME_GAP = /^[\s()“”"«»'‘’]*$/;

type Referent =
  | { kind: 'person'; person: CompiledPerson }
  | { kind: 'namesake'; name: string }
  | { kind: 'bare'; candidates: CompiledPerson[] };

interface SurnameMention {
  start: number;
  referent: Referent;
}

function findSurnameMentions(
  text: string,
  tokens: readonly Word[],
  leads: readonly (WordLeads | null)[],
  story: CompiledStory,
): SurnameMention[] {
  const people = story.people;
  const mentions: SurnameMention[] = [];
  tokens.forEach((token, i) => {
    const surnamePeople = leads[i]?.surnamePeople;
    if (!surnamePeople || surnamePeople.length === 0) return;
    // The people whose surname the word is, then those whose surname it inflects, in story order.
    const possible = surnamePeople.map((index) => people[index]!);
    const exact = possible.filter((p) => p.surnames.includes(token.norm));
    const inflected = possible.filter((p) => !exact.includes(p) && p.surnames.some((s) => inflects(token.norm, s)));
    const candidates = [...exact, ...inflected];
    if (candidates.length === 0) return;
    // Given names right before the surname decide who is meant.
    const named = new Set<CompiledPerson>();
    let sawGiven = false;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const before = tokens[j]!;
      if (!NAME_GAP.test(text.slice(before.end, tokens[j + 1]!.start))) break;
      const owners = candidates.filter((p) => isGivenName(before, p));
      if (owners.length === 0) break;
      sawGiven = true;
      owners.forEach((p) => named.add(p));
    }
    if (sawGiven) {
      const person = [...named].find((p) => p.core) ?? [...named][0]!;
      mentions.push({ start: token.start, referent: { kind: 'person', person } });
      return;
    }
    const previous = tokens[i - 1];
    if (
      previous &&
      previous.capitalized &&
      /^\s+$/.test(text.slice(previous.end, token.start)) &&
      !NOT_GIVEN_NAMES.has(previous.norm) &&
      !/^\d/.test(previous.norm) &&
      !story.surnameSet.has(previous.norm)
    ) {
      mentions.push({ start: token.start, referent: { kind: 'namesake', name: text.slice(previous.start, token.end) } });
      return;
    }
    // Russian declension makes "Труфанова" both his genitive and his mother's name: prefer him.
    const preferCore = token.cyrillic && candidates.some((p) => p.core);
    const pool = preferCore ? candidates.filter((p) => p.core || exact.includes(p)) : exact.length > 0 ? exact : inflected;
    mentions.push({ start: token.start, referent: { kind: 'bare', candidates: pool } });
  });
  return mentions;
}

interface Evidence {
  coreMentions: number;
  coreNamed: number;
  inTitle: boolean;
  inLead: boolean;
  namesakes: Map<string, number>;
  family: Set<string>;
  places: Set<string>;
  terms: Set<string>;
  coreName: string;
  /** Length of the text searched, for mention density. */
  chars: number;
}

const LEAD_CHARS = 700;
const MIN_MENTIONS_PER_1000_CHARS = 1;
/** How far a surname-only mention may be from a story term or place to count on its own. */
const TERM_WINDOW = 250;

/** The text searched, the headline first unless the text starts with it, and its words. */
interface SearchedText {
  text: string;
  tokens: Word[];
  /** Where the headline ends (0 without one). */
  titleEnd: number;
}

function searchedText(input: StoryInput): SearchedText {
  const title = input.title.trim();
  const withTitle = title !== '' && !input.text.startsWith(title);
  const text = withTitle ? `${title}\n\n${input.text}` : input.text;
  const tokens: Word[] = [];
  if (withTitle) pushWords(tokenize(title), 0, tokens);
  pushWords(input.tokens ?? tokenize(input.text), withTitle ? title.length + 2 : 0, tokens);
  return { text, tokens, titleEnd: title.length };
}

function gatherEvidence(story: CompiledStory, { text, tokens, titleEnd }: SearchedText): Evidence {
  const leadEnd = titleEnd + LEAD_CHARS;

  const places = new Set<string>();
  const terms = new Set<string>();
  const supportAt: number[] = [];
  const placeCount = story.places.length;
  const leads = leadsOf(story, tokens);
  const matched: number[] = [];
  const inFamily = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const here = leads[i];
    if (!here) continue;
    if (here.support.length > 0) {
      // Each place, then each term, at most once per position, in story order.
      matched.length = 0;
      for (const { order, words } of here.support) {
        if (!matched.includes(order) && matchesPhrase(tokens, i, words, true)) matched.push(order);
      }
      matched.sort((a, b) => a - b);
      for (const order of matched) {
        if (order < placeCount) places.add(story.places[order]!.name);
        else terms.add(story.terms[order - placeCount]!.name);
        supportAt.push(tokens[i]!.start);
      }
    }
    for (const { person, words } of here.family) {
      if (!inFamily.has(person) && matchesPhrase(tokens, i, words, true)) inFamily.add(person);
    }
  }

  const family = new Set<string>();
  story.people.forEach((person, index) => {
    if (inFamily.has(index)) family.add(person.entity.name);
  });

  const mentions = findSurnameMentions(text, tokens, leads, story);
  const namedCore = mentions.some((m) => m.referent.kind === 'person' && m.referent.person.core);
  const namesakes = new Map<string, number>();
  const evidence: Evidence = {
    coreMentions: 0,
    coreNamed: 0,
    inTitle: false,
    inLead: false,
    namesakes,
    family,
    places,
    terms,
    coreName: story.people.find((p) => p.core)?.entity.name ?? story.story.title,
    chars: text.length,
  };
  const nearSupport = (at: number) => supportAt.some((s) => Math.abs(s - at) <= TERM_WINDOW);
  const countCore = (at: number) => {
    evidence.coreMentions++;
    if (at < titleEnd) evidence.inTitle = true;
    else if (at < leadEnd) evidence.inLead = true;
  };

  // A surname on its own refers to whoever was last named in full; before any full name, to the
  // first one named after it.
  let last: Referent | null = null;
  mentions.forEach((mention, index) => {
    const referent = mention.referent;
    if (referent.kind === 'person') {
      last = referent;
      if (referent.person.core) {
        evidence.coreNamed++;
        countCore(mention.start);
      } else {
        family.add(referent.person.entity.name);
      }
      return;
    }
    if (referent.kind === 'namesake') {
      last = referent;
      namesakes.set(referent.name, (namesakes.get(referent.name) ?? 0) + 1);
      return;
    }
    const context: Referent | null =
      last ?? mentions.slice(index + 1).find((m) => m.referent.kind !== 'bare')?.referent ?? null;
    const hasCoreCandidate = referent.candidates.some((p) => p.core);
    if (context?.kind === 'namesake') {
      namesakes.set(context.name, (namesakes.get(context.name) ?? 0) + 1);
    } else if (hasCoreCandidate && (namedCore || (namesakes.size === 0 && nearSupport(mention.start)))) {
      countCore(mention.start);
    }
  });
  return evidence;
}

export interface StoryVerdict {
  onStory: boolean;
  score: number;
  reasons: string[];
}

/** Scores one story; exported for tests and the options page's "why" view. */
export function scoreStory(story: StoryDefinition, input: StoryInput): StoryVerdict {
  return verdictOn(story, searchedText(input));
}

function verdictOn(story: StoryDefinition, searched: SearchedText): StoryVerdict {
  const e = gatherEvidence(compile(story), searched);
  const reasons: string[] = [];
  let score = Math.min(e.coreMentions, 8);
  if (e.coreMentions > 0) {
    reasons.push(`${e.coreName} mentioned ${e.coreMentions}× (${e.coreNamed} with a matching given name)`);
  } else {
    reasons.push(`${e.coreName} not mentioned`);
  }
  if (e.coreNamed > 0) score += 1;
  if (e.inTitle) {
    score += 3;
    reasons.push('named in the headline');
  }
  if (e.inLead) {
    score += 2;
    reasons.push('named in the lead');
  }
  if (e.family.size > 0) {
    score += 0.5 * Math.min(e.family.size, 3);
    reasons.push(`people of the story: ${[...e.family].join(', ')}`);
  }
  if (e.places.size > 0) {
    score += 0.5 * Math.min(e.places.size, 2);
    reasons.push(`places: ${[...e.places].join(', ')}`);
  }
  if (e.terms.size > 0) {
    score += 0.25 * Math.min(e.terms.size, 6);
    reasons.push(`terms: ${[...e.terms].slice(0, 8).join(', ')}`);
  }
  for (const [name, count] of e.namesakes) reasons.push(`namesake ${name} (${count}×) is not ${e.coreName}`);

  const central = e.inTitle || e.inLead || e.coreMentions >= 4;
  // Two mentions make a story of a short piece, not of a long report on someone else.
  const dense = e.inTitle || e.coreMentions >= 3 || (e.coreMentions * 1000) / Math.max(e.chars, 1) >= MIN_MENTIONS_PER_1000_CHARS;
  // A full-name match alone is a namesake's as often as not (a hockey player called Alexander
  // Trufanov): the story's other people, places or at least two of its terms must be there too.
  // A story defined by its core people alone (one a reader has just started) has nothing else to
  // look for.
  const hasSupport = story.people.some((p) => p.weight !== 'core') || story.places.length > 0 || story.terms.length >= 2;
  const corroborated = !hasSupport || e.family.size > 0 || e.places.size > 0 || e.terms.size >= 2;
  const onStory = e.coreMentions >= 2 && central && dense && corroborated && score >= 6;
  if (!corroborated && e.coreMentions >= 2) reasons.push('nothing else of the story: no other person, place or event of it');
  if (!onStory && e.coreMentions === 1) reasons.push('mentioned only once, in passing');
  else if (!onStory && e.coreMentions >= 2 && !central) reasons.push('not central: absent from headline and lead');
  else if (!onStory && e.coreMentions >= 2 && !dense) reasons.push('mentioned twice in a long article about something else');
  return { onStory, score: Math.round(score * 100) / 100, reasons };
}

/** The best-matching enabled story; `storyId` is null when no story matches. */
export function detectStory(input: StoryInput, stories: readonly StoryDefinition[]): StoryMatch {
  let best: (StoryVerdict & { storyId: string }) | null = null;
  let searched: SearchedText | null = null;
  for (const story of stories) {
    if (story.enabled === false) continue;
    searched ??= searchedText(input);
    const verdict = verdictOn(story, searched);
    if (!best || (verdict.onStory && !best.onStory) || (verdict.onStory === best.onStory && verdict.score > best.score)) {
      best = Object.assign({}, verdict, { storyId: story.id }); // a spread with an added property is slow in V8
    }
  }
  if (!best) return { storyId: null, onStory: false, score: 0, reasons: ['no story enabled'] };
  return { storyId: best.onStory ? best.storyId : null, onStory: best.onStory, score: best.score, reasons: best.reasons };
}

/** Every surname spelling of the story's core people, for the content script's quick check. */
export function coreSurnameSpellings(story: StoryDefinition): string[] {
  const spellings = new Set<string>();
  for (const person of story.people) {
    if (person.weight !== 'core') continue;
    const given = new Set((person.givenNames ?? []).map(foldSpelling));
    for (const spelling of [person.name, ...(person.aliases ?? [])]) {
      const words = spelling.split(/[\s-]+/).filter(Boolean);
      const last = words[words.length - 1];
      if (last && !given.has(foldSpelling(last))) spellings.add(last);
    }
  }
  return [...spellings];
}
