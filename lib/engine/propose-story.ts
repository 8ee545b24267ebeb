// Proposes a story from one article, for "Follow this story": the people it features most and
// earliest, the organisations, places and things it names, and the terms that mark it. Pure:
// the article alone in, a StoryDefinition's material out. Nothing about other articles is known
// when a reader follows a story, so what is "distinctive" is judged against general English
// (word-frequency.ts): "filibuster" and "Planned Parenthood" mark a story, "said" and "court" do not.
//
// The proposal is what detection will look for on every later page, so it leans to names that
// single this story out: people named in the headline and the lead carry it ('core'), the others
// and the named things support it, and a few rare words or phrases the article repeats are its terms.
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';
import type { ArticleInput, StoryEntity } from './types';
import { otherGivenForms } from './name-variants';
import { isLowerCaseWord, rarity, wordRank } from './word-frequency';

export interface StoryProposal {
  title: string;
  people: StoryEntity[];
  /** Places and organisations (StoryDefinition.places). */
  places: StoryEntity[];
  terms: string[];
}

export type ProposalInput = Pick<ArticleInput, 'title' | 'text'> & Partial<Pick<ArticleInput, 'lang'>>;

const MAX_CORE = 3;
/** Capitalised words at least this common in general English are places, peoples, days ("American", "Wednesday"). */
const COMMON_CAPITAL_RANK = 2500;
const MAX_PEOPLE = 10;
const MAX_PLACES = 8;
const MAX_TERMS = 8;
/** The lead, where a news article names who and what it is about. */
const LEAD_CHARS = 700;

/**
 * Words written before a name that are not part of it: honorifics and offices. English
 * language data; an office written as an ordinary word ("Defense Secretary") is also dropped
 * because general English writes it in lower case.
 */
const TITLES = new Set(
  'mr mrs ms miss dr sir dame lord lady sen senator rep representative gov governor gen general lt col sgt capt cmdr adm president vice prime minister secretary speaker leader chairman chairwoman chair judge justice chief attorney ambassador mayor king queen prince princess pope rev reverend father sister brother saint st prof professor former first lady candidate nominee sheriff officer agent deputy director commissioner spokesman spokeswoman councillor councilman councilwoman congressman congresswoman assemblyman assemblywoman chancellor premier'.split(' '),
);

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Particles of a surname, never a given name: "Abu Marzuk", "bin Salman", "van Gogh". */
const PARTICLES = new Set(['abu', 'al', 'el', 'bin', 'ibn', 'ben', 'bar', 'van', 'von', 'de', 'da', 'del', 'di', 'la', 'le', 'du', 'dos', 'das']);

/** Words that start a place's name, never a person's: "North Carolina", "Central Command". */
const PLACE_FIRST_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'united']);

/** An office, also as "President-elect". */
function isTitle(w: Word): boolean {
  return TITLES.has(w.lower) || TITLES.has(w.lower.replace(/-elect$/, ''));
}

/** Days and months name when, not what: never a story's named thing. */
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/**
 * Words that make a name the name of a place, a body or a group, not a person: "Kibbutz Nir Oz",
 * "Islamic Jihad", "Veldmark Transit Authority". English language data.
 */
const THING_WORDS = new Set(
  'kibbutz moshav village town city county state province district region street avenue road square bridge river lake mount mountain island bay valley park airport station university college school academy hospital clinic church mosque synagogue temple party committee council court department ministry agency authority administration commission bureau office service company corporation inc ltd group bank fund foundation institute association union league federation army navy corps force forces front brigade brigades jihad movement organization organisation news times post press journal herald tribune gazette daily network senate house congress parliament legislature assembly cabinet government democrats republicans democrat republican caucus'.split(' '),
);

/** Months that are also given names ("Jan Brewer", "April Ryan"). */
const GIVEN_NAME_MONTHS = new Set(['april', 'may', 'june', 'jan']);

/** Small words allowed inside the name of a thing: "Department of Justice", "Committee on Ways and Means". */
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'del', 'la', 'van', 'von', 'der', 'al', 'bin', 'du', 'y']);

interface Word {
  /** The word as written, a possessive ending removed ("Trump's" → "Trump"). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index in the token list. */
  at: number;
  capital: boolean;
  /** All capitals, two to five letters: an acronym ("FBI", "NATO"). */
  acronym: boolean;
  sentenceStart: boolean;
  possessive: boolean;
}

const LETTERS = /^\p{L}+(?:[-'’]\p{L}+)*$/u;
const POSSESSIVE = /['’]s?$/;

function wordsOf(text: string, tokens: readonly Token[]): Word[] {
  const starts = new Set(splitSentences(text).map((s) => s.start));
  const out: Word[] = [];
  tokens.forEach((t, at) => {
    let sentenceStart = starts.has(t.start);
    // A quotation mark or bracket may open the sentence before its first word.
    if (!sentenceStart && at > 0 && starts.has(tokens[at - 1]!.start) && !/[\p{L}\p{N}]/u.test(tokens[at - 1]!.text)) sentenceStart = true;
    const possessive = /\p{L}['’]s$/u.test(t.text) || (/\p{L}s['’]$/u.test(t.text) && t.upperInitial);
    const bare = possessive ? t.text.replace(POSSESSIVE, '') : t.text;
    if (!LETTERS.test(bare)) return;
    const upper = bare === bare.toUpperCase() && bare !== bare.toLowerCase();
    const acronym = upper && bare.length >= 2 && bare.length <= 5 && !bare.includes('-');
    // A capitalised dateline ("WASHINGTON —") or a party label ("D-Ill.") is not a name as written.
    // A single capital is an initial ("Donald J. Trump"), kept inside a name.
    const capital = t.upperInitial && (!upper || acronym || bare.length === 1) && !/^\p{L}-/u.test(bare);
    out.push({ text: bare, lower: bare.toLowerCase(), start: t.start, end: t.end, at, capital, acronym, sentenceStart, possessive });
  });
  return out;
}

/** A run of capitalised words (and connectors between them), as it stands in the text. */
interface Run {
  words: Word[];
  sentenceStart: boolean;
  /** The words right before and after the run, when nothing but a space separates them ("kibbutz Nir Oz", "the Nir Oz kibbutz"). */
  before?: Word;
  after?: Word;
  /** A nickname written in brackets or quotes inside the name ("Sasha"). */
  nickname?: string;
}

const OPENING = new Set(['(', '“', '"', '‘', '«']);
const CLOSING = new Set([')', '”', '"', '’', '»']);

function capitalRuns(words: readonly Word[], tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let current: Word[] = [];
  let nickname: string | undefined;
  /** The token the run's last word (or skipped nickname) ends at. */
  let lastAt = -2;
  const flush = () => {
    while (current.length && !current[current.length - 1]!.capital) current.pop();
    if (current.length) {
      const i = words.indexOf(current[0]!);
      const before = words[i - 1];
      const lastWord = current[current.length - 1]!;
      const after = words[words.indexOf(lastWord) + 1];
      runs.push({
        words: current,
        sentenceStart: current[0]!.sentenceStart,
        ...(nickname ? { nickname } : {}),
        ...(before && before.at === current[0]!.at - 1 ? { before } : {}),
        ...(after && after.at === lastWord.at + 1 ? { after } : {}),
      });
    }
    current = [];
    nickname = undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = current[current.length - 1];
    // A nickname in brackets or quotes between given name and surname is not part of the name:
    // "Alexander (Sasha) Trufanov".
    const next = words[i + 1];
    if (prev?.capital && w.capital && w.at === prev.at + 2 && OPENING.has(tokens[prev.at + 1]!.text) && CLOSING.has(tokens[w.at + 1]?.text ?? '') && next?.capital && next.at === w.at + 2) {
      lastAt = w.at + 1;
      nickname = w.text;
      continue;
    }
    // Only white space, or a middle initial's full stop ("George W. Bush"), inside a run.
    const adjacent = prev !== undefined && (w.at === lastAt + 1 || (w.at === prev.at + 2 && prev.text.length === 1 && tokens[prev.at + 1]!.text === '.'));
    if (!adjacent || w.sentenceStart) flush();
    lastAt = w.at;
    if (w.capital) {
      current.push(w);
      if (w.possessive) flush();
    } else if (current.length && CONNECTORS.has(w.lower)) {
      current.push(w);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** A run's parts between connectors: "Cesar Sayoc of Aventura" → Cesar Sayoc · Aventura. */
function partsOf(run: Run): Word[][] {
  const parts: Word[][] = [[]];
  for (const w of run.words) {
    if (w.capital) parts[parts.length - 1]!.push(w);
    else if (parts[parts.length - 1]!.length) parts.push([]);
  }
  return parts.filter((p) => p.length > 0);
}

/**
 * The person a part of a run names, given name(s) then surname, or null. `before` holds the
 * run's words ahead of the part: an office there ("Secretary of State …") makes the part a
 * person's name even after a body's word.
 */
function personIn(part: readonly Word[], before: readonly Word[], words: readonly Word[]): { names: Word[]; from: number; last: Word } | null {
  const names = [...part];
  // "Donald Trump Jr.": the generation is not the surname.
  while (names.length > 2 && SUFFIXES.has(names[names.length - 1]!.lower)) names.pop();
  const last = names[names.length - 1]!;
  // A middle initial stands between the given name and the surname ("Robert L. Wilkins").
  // So does a particle of the surname ("Moussa Abu Marzuk").
  let b = names.length - 2;
  while (b > 0 && (names[b]!.text.length === 1 || PARTICLES.has(names[b]!.lower))) b--;
  const given = names[b];
  if (!given || !givenLike(given) || last.acronym || last.text.length < 2 || isTitle(last) || given.possessive) return null;
  if (CALENDAR.has(last.lower) || SUFFIXES.has(last.lower)) return null;
  if (THING_WORDS.has(last.lower) || THING_WORDS.has(given.lower)) return null;
  // "Kibbutz Nir Oz": a place's word right before the name, and no office in the run.
  const lead = names[b - 1];
  if (lead && THING_WORDS.has(lead.lower) && !isTitle(lead) && ![...before, ...names.slice(0, b)].some((w) => isTitle(w))) return null;
  // "Latin American", "United States": a word general English capitalises often is a place or people, not a surname.
  if (!isLowerCaseWord(last.lower) && wordRank(last.lower) < COMMON_CAPITAL_RANK) return null;
  // "Trump Tower", "White House", "Catholic Bishops": a common word as surname is a person's
  // only with a middle initial ("Susan E. Rice") or when written alone as a name ("Ms. Rice said").
  const plainWord = (w: string) => isLowerCaseWord(w) && wordRank(w) < 15000;
  const singular = last.lower.length > 4 ? last.lower.replace(/s$/, '') : last.lower;
  if ((plainWord(last.lower) || (singular !== last.lower && plainWord(singular))) && b === names.length - 2 && !aloneAsName(words, last.lower)) return null;
  // Every given name before the surname, back to an office or ordinary word ("George W. Bush").
  let from = b;
  // Not over a word the text also writes alone as a name of its own ("Republican Renee Ellmers").
  while (from > 0 && (names[from - 1]!.text.length === 1 || (givenLike(names[from - 1]!) && !aloneAsName(words, names[from - 1]!.lower)))) from--;
  return { names, from, last };
}

/** Whether a capitalised word may be a given name: not an office, not an ordinary word. */
function givenLike(w: Word): boolean {
  return w.capital && !(CALENDAR.has(w.lower) && !GIVEN_NAME_MONTHS.has(w.lower)) && !PLACE_FIRST_WORDS.has(w.lower) && !PARTICLES.has(w.lower) && !THING_WORDS.has(w.lower) && !w.acronym && w.text.length > 1 && !isTitle(w) && !isLowerCaseWord(w.lower) && wordRank(w.lower) > 150;
}

interface Person {
  surname: string;
  fullNames: Map<string, number>;
  givenNames: Set<string>;
  nicknames: Set<string>;
  mentions: number;
  first: number;
  inTitle: boolean;
}

interface Thing {
  name: string;
  count: number;
  first: number;
  inTitle: boolean;
  words: string[];
}

interface Term {
  text: string;
  count: number;
  first: number;
  score: number;
}

/** People, named things and terms of an article, in the order they should be proposed. */
export function proposeStory(article: ProposalInput): StoryProposal {
  const title = article.title.trim();
  // The reader's text usually opens with the headline; its capitals prove nothing (Title Case),
  // so names are read from the body and the headline only says which of them lead the story.
  let bodyStart = 0;
  if (title && article.text.startsWith(title)) bodyStart = title.length;
  const text = article.text;
  const tokens = tokenize(text, bodyStart);
  const words = wordsOf(text, tokens);
  const titleWords = new Set(wordsOf(title, tokenize(title)).map((w) => w.lower));
  const leadEnd = bodyStart + LEAD_CHARS;
  const runs = capitalRuns(words, tokens);

  // Capitalised words the text also writes in lower case are ordinary words at a sentence start.
  const lowerInText = new Set(words.filter((w) => !w.capital).map((w) => w.lower));
  const capitalMidSentence = new Set(words.filter((w) => w.capital && !w.sentenceStart).map((w) => w.lower));

  // Pass 1: people, as a given name followed by a surname at the end of a run or of one of its
  // parts between connectors ("Cesar Sayoc of Aventura", "Secretary of State Hillary Clinton").
  const people = new Map<string, Person>();
  /** Runs holding a person: the part that names them. */
  const personRuns = new Map<Run, number>();
  const thingPhrases: string[] = [];
  const titleCaseRuns = new Set<Run>();
  for (const run of runs) {
    // More capitals in a row than any name has: a headline or caption in Title Case.
    if (run.words.filter((w) => w.capital).length > 6) {
      titleCaseRuns.add(run);
      continue;
    }
    // "the kibbutz Nir Oz", "the Nir Oz kibbutz": a place's word in lower case next to the name.
    const placeWord = (w: Word | undefined) => !!w && !w.capital && THING_WORDS.has(w.lower);
    if (placeWord(run.before) || placeWord(run.after)) {
      thingPhrases.push(run.words.map((w) => w.lower).join(' '));
      continue;
    }
    const parts = partsOf(run);
    for (let k = parts.length - 1; k >= 0; k--) {
      const found = personIn(parts[k]!, parts.slice(0, k).flat(), words);
      if (!found) continue;
      const { names, from, last } = found;
      const full = names.slice(from).map((w) => (w.text.length === 1 ? `${w.text}.` : w.text)).join(' ');
      const person = people.get(last.lower) ?? { surname: last.text, fullNames: new Map(), givenNames: new Set(), nicknames: new Set(), mentions: 0, first: Infinity, inTitle: false };
      person.fullNames.set(full, (person.fullNames.get(full) ?? 0) + 1);
      person.givenNames.add(names[from]!.text);
      if (run.nickname) person.nicknames.add(run.nickname);
      people.set(last.lower, person);
      personRuns.set(run, k);
      break;
    }
    if (!personRuns.has(run) && run.words.some((w) => THING_WORDS.has(w.lower))) thingPhrases.push(run.words.map((w) => w.lower).join(' '));
  }

  // "Nir Oz" where the text also writes "Kibbutz Nir Oz" is the place.
  for (const [key, p] of people) {
    if ([...p.fullNames.keys()].every((full) => thingPhrases.some((t) => ` ${t} `.includes(` ${full.toLowerCase()} `)))) people.delete(key);
  }

  // A surname after an office and no given name anywhere: "Mr. Trump", "President Obama".
  words.forEach((w, i) => {
    const prev = words[i - 1];
    if (!prev || !isTitle(prev) || !prev.capital || people.has(w.lower) || !w.capital || w.acronym || w.text.length < 2) return;
    const gap = w.at - prev.at;
    if (gap > 2 || (gap === 2 && tokens[prev.at + 1]!.text !== '.')) return;
    if (words[i + 1]?.capital && words[i + 1]!.at === w.at + 1) return;
    if (isLowerCaseWord(w.lower) || wordRank(w.lower) < COMMON_CAPITAL_RANK || isTitle(w)) return;
    people.set(w.lower, { surname: w.text, fullNames: new Map(), givenNames: new Set(), nicknames: new Set(), mentions: 0, first: Infinity, inTitle: false });
  });

  // Every capitalised use of a surname is a mention, alone or in full.
  for (const w of words) {
    const p = w.capital ? people.get(w.lower) : undefined;
    if (!p) continue;
    p.mentions++;
    p.first = Math.min(p.first, w.start);
  }
  for (const p of people.values()) p.inTitle = titleWords.has(p.surname.toLowerCase());

  // Pass 2: named things, the runs that are not people.
  const given = new Set([...people.values()].flatMap((p) => [...p.givenNames].map((g) => g.toLowerCase())));
  const things = new Map<string, Thing>();
  const addThing = (piece: Word[], atStart: boolean) => {
    let ws = piece;
    // Offices and openers before a name are not part of it ("Defense Secretary", "But").
    while (ws.length && (isTitle(ws[0]!) || !ws[0]!.capital || (atStart && ordinaryAtStart(ws[0]!, lowerInText, capitalMidSentence)))) ws = ws.slice(1);
    while (ws.length && isTitle(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
    while (ws.length && !ws[ws.length - 1]!.capital) ws = ws.slice(0, -1);
    if (ws.length === 0) return;
    // A person's names, and their family ("the Troufanovs"), are people, not things.
    if (ws.some((w) => people.has(w.lower) || people.has(w.lower.replace(/e?s$/, '')) || given.has(w.lower) || CALENDAR.has(w.lower) || /['’]\p{Ll}/u.test(w.text))) return;
    if (ws.length === 1) {
      const w = ws[0]!;
      // A lone capitalised word is a thing only when it is not an ordinary word capitalised.
      if (isLowerCaseWord(w.lower) || lowerInText.has(w.lower) || w.text.length < 2) return;
      // Only at a sentence start, it may be any word ("Ferries will run…").
      if (atStart && !capitalMidSentence.has(w.lower)) return;
      if (wordRank(w.lower) < COMMON_CAPITAL_RANK && !w.acronym) return;
    }
    const name = ws.map((w) => w.text).join(' ');
    const key = thingKey(ws);
    const thing = things.get(key) ?? { name, count: 0, first: ws[0]!.start, inTitle: false, words: ws.map((w) => w.lower) };
    thing.count++;
    if (name.length < thing.name.length) thing.name = name;
    things.set(key, thing);
  };
  for (const run of runs) {
    // What follows a person's name in the same run is a thing of its own ("… of Aventura"); the
    // offices before it are not.
    if (titleCaseRuns.has(run)) continue;
    const k = personRuns.get(run);
    const pieces = k === undefined ? [run.words] : partsOf(run).slice(k + 1);
    pieces.forEach((piece, i) => addThing(piece, i === 0 && k === undefined && run.sentenceStart));
  }
  for (const t of things.values()) t.inTitle = t.words.every((w) => titleWords.has(w));

  // Pass 3: terms, lower-case words and two-word phrases that general English seldom uses.
  const terms = findTerms(words, titleWords);

  const rankedPeople = [...people.values()]
    .filter((p) => p.mentions > 0)
    .map((p) => ({ p, score: p.mentions + (p.inTitle ? 4 : 0) + (p.first < leadEnd ? 2 : 0) + earliness(p.first, bodyStart, text.length) }))
    .sort((a, b) => b.score - a.score || a.p.first - b.p.first);
  // The story is found by the person the article features most and those its headline names; a
  // person the lead quotes three times (a president reacting) only supports it, or every article
  // about that person would join the story.
  const core = rankedPeople.filter(({ p }, i) => i === 0 || p.inTitle).slice(0, MAX_CORE).map((r) => r.p);
  const proposedPeople = rankedPeople.flatMap(({ p }) => personEntities(p, core.includes(p))).slice(0, MAX_PEOPLE);

  const rankedThings = [...things.values()]
    .map((t) => ({ t, score: thingScore(t) + (t.inTitle ? 2 : 0) + (t.first < leadEnd ? 1 : 0) + earliness(t.first, bodyStart, text.length) }))
    .filter(({ t }) => t.count >= 2 || t.inTitle || t.first < leadEnd)
    .sort((a, b) => b.score - a.score || a.t.first - b.t.first);
  const places: StoryEntity[] = rankedThings.slice(0, MAX_PLACES).map(({ t }, i) => ({ name: t.name, aliases: [], weight: i < 3 ? 'core' : 'context' }));

  return { title: title.slice(0, 200), people: proposedPeople, places, terms: terms.slice(0, MAX_TERMS).map((t) => t.text) };
}

/**
 * The person, and the relatives named with the same surname and another given name ("Vitaly
 * Trufanov", the father): a different given name is a different person to detection.
 */
function personEntities(p: Person, core: boolean): StoryEntity[] {
  const givenOf = (full: string) => full.split(' ')[0]!;
  // The person is the one named first with the surname (a report introduces its subject before
  // the family: "Donald Trump … his wife, Melania Trump"); the bare surname stands for them.
  // Their spellings follow, the most written first.
  const order = [...new Set([...p.fullNames.keys()].map(givenOf))];
  const fulls = [...p.fullNames.entries()]
    .sort((a, b) => order.indexOf(givenOf(a[0])) - order.indexOf(givenOf(b[0])) || b[1] - a[1] || b[0].length - a[0].length)
    .map(([f]) => f);
  const main = fulls[0];
  if (!main) return [{ name: p.surname, aliases: [], weight: core ? 'core' : 'context' }];
  const own = fulls.filter((f) => givenOf(f) === givenOf(main));
  // Other sources may use the other form of the given name ("Jim" for "James") or the nickname.
  // Middle names too ("Ruth Bader Ginsburg"): a source that writes them is not naming someone else.
  const middle = main.split(' ').slice(1, -1).filter((w) => !w.endsWith('.'));
  const given = [givenOf(main), ...middle, ...p.nicknames, ...otherGivenForms(givenOf(main))];
  const entity: StoryEntity = { name: main, aliases: [...new Set([...own.slice(1), p.surname])].filter((a) => a !== main), givenNames: [...new Set(given)], weight: core ? 'core' : 'context' };
  const relatives = new Map<string, string[]>();
  for (const f of fulls) if (givenOf(f) !== givenOf(main)) relatives.set(givenOf(f), [...(relatives.get(givenOf(f)) ?? []), f]);
  return [entity, ...[...relatives.entries()].map(([given, names]): StoryEntity => ({ name: names[0]!, aliases: names.slice(1), givenNames: [given, ...otherGivenForms(given)], weight: 'context' }))];
}

/** 1 for the text's first word, falling to 0 at its end: the lead names what the story is about. */
function earliness(at: number, start: number, length: number): number {
  if (!Number.isFinite(at)) return 0;
  return 1 - Math.min(1, (at - start) / Math.max(1, length - start));
}

/** A surname written alone as a name elsewhere ("Rice said"): a person, not "Trump Tower". */
function aloneAsName(words: readonly Word[], lower: string): boolean {
  return words.some((w, i) => {
    if (w.lower !== lower || !w.capital || w.sentenceStart || words[i + 1]?.capital) return false;
    const prev = words[i - 1];
    return !prev?.capital || isTitle(prev);
  });
}

function ordinaryAtStart(w: Word, lowerInText: ReadonlySet<string>, capitalMidSentence: ReadonlySet<string>): boolean {
  if (capitalMidSentence.has(w.lower) && !lowerInText.has(w.lower)) return false;
  return isLowerCaseWord(w.lower) || lowerInText.has(w.lower) || wordRank(w.lower) <= 300;
}

/** "Republicans" and "Republican" are one thing. */
function thingKey(ws: readonly Word[]): string {
  return ws.map((w) => (w.lower.length > 4 ? w.lower.replace(/(?:es|s)$/, '') : w.lower)).join(' ');
}

/** How much a named thing marks the story: how often it is named, and how rare its words are. */
function thingScore(t: Thing): number {
  const rare = Math.max(...t.words.filter((w) => !CONNECTORS.has(w)).map(rarity));
  return Math.min(t.count, 6) * (0.25 + rare) + (t.words.length > 1 ? 0.5 : 0);
}

/** A word alone is a term only when rarer than this; in a two-word phrase, one word must be rarer than PHRASE_MIN_RANK. */
const TERM_MIN_RANK = 5000;
const PHRASE_MIN_RANK = 2000;

function findTerms(words: readonly Word[], titleWords: ReadonlySet<string>): Term[] {
  const found = new Map<string, Term>();
  const add = (key: string, text: string, at: number, score: number) => {
    const t = found.get(key) ?? { text, count: 0, first: at, score: 0 };
    t.count++;
    t.score = score;
    if (text.length < t.text.length) t.text = text;
    found.set(key, t);
  };
  // Not contractions ("wasn't"), not abbreviations in parentheses ("R-Ky.").
  const content = (w: Word | undefined) => !!w && !w.capital && w.text.length >= 3 && !/['’]/.test(w.text) && !/(?:^|-)\p{L}{1,2}(?:-|$)/u.test(w.text) && wordRank(w.lower) > 300 && !isTitle(w);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!content(w)) continue;
    // A verb form alone ("announced", "tweeted") tells what someone did, in any story.
    if (w.text.length >= 4 && wordRank(w.lower) > TERM_MIN_RANK && !/(?:ed|ing)$/.test(w.lower)) add(stem(w.lower), w.lower, w.start, rarity(w.lower) ** 2);
    const next = words[i + 1];
    if (content(next) && next!.at === w.at + 1 && (wordRank(w.lower) > PHRASE_MIN_RANK || wordRank(next!.lower) > PHRASE_MIN_RANK)) {
      add(`${stem(w.lower)} ${stem(next!.lower)}`, `${w.lower} ${next!.lower}`, w.start, 0.5 * (rarity(w.lower) + rarity(next!.lower)) ** 2 + 0.5);
    }
  }
  const terms = [...found.values()]
    .filter((t) => t.count >= 2 || t.text.split(' ').every((w) => titleWords.has(w)))
    .map((t) => ({ ...t, score: t.score * Math.min(t.count, 5) }))
    .sort((a, b) => b.score - a.score || a.first - b.first);
  // A word already inside a chosen phrase adds nothing the phrase does not.
  const chosen: Term[] = [];
  for (const t of terms) {
    if (chosen.some((c) => c.text.split(' ').includes(t.text) || t.text.split(' ').includes(c.text))) continue;
    chosen.push(t);
  }
  return chosen;
}

/** Plural and simple verb endings folded, as detection folds them (story-detect.ts inflects). */
function stem(word: string): string {
  return word.length > 5 ? word.replace(/(?:ies|es|s|ed|ing)$/, '') : word;
}
