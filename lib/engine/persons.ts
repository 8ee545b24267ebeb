// People named in full, and the later mentions of them: "Rep. Edward J. Markey", "the Rev.
// Jesse L. Jackson", "Cesar Sayoc Jr.", "William "Mo" Cowan", then "Cowan" (or a misspelled
// "Cowen") on its own. Each outlet names a person once in full and by the surname afterwards,
// so the mentions of one person are gathered into one cluster per article: a surname alone is
// compared as that person, and the cluster's key (the surname of its full name) is what the
// clusters of two articles meet on. Titles, middle initials and "Jr." are read but not kept in
// the comparison key, as outlets add or drop them freely.
import { mapPacked } from './arrays';
import { isCountryName, isDemonym } from './demonyms';
import { givenNameGroups } from './given-names';
import { foldName, looseName, looseStem, nameKey, russianStemOf } from './name-variants';
import { BODY_HEADS, BODY_OPENERS, GROUP_WORD, KIN_WORDS } from './lexicon';
import { perWord } from './per-word';
import { translatedKey } from './translations';
import { isLowerCaseWord, wordRank } from './word-frequency';
import type { Token } from './tokens';

export interface PersonMention {
  start: number;
  end: number;
  /** From the given name to the surname (or suffix) as written: "Edward J. Markey". */
  written: string;
  /** The given name as written; for a surname alone, the given name of its cluster's full name. */
  given: string | null;
  /** The surname as written ("Markey", "De Niro", "Campa-Najjar", "Cowen"). */
  surname: string;
  /** "jr", "sr", "ii"…: a generation suffix when written; "plain" when the article also names a Jr. of this name. */
  generation: string | null;
  /** Whether the mention is the surname alone. */
  bare: boolean;
  /** Named beside a kin word ("his father, Vitaly Trufanov"): compared there, as a relative. */
  kin: boolean;
  /** Key of the person's cluster in the article: the phonetic key of the full name's surname. */
  key: string;
}

// Titles and descriptors written before a name; they start no name and are not part of one
// (names.ts reads them too).
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'rev', 'reverend', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman',
  'gov', 'governor', 'lt', 'gen', 'general', 'col', 'sgt', 'capt', 'captain', 'adm', 'admiral', 'judge', 'justice', 'president',
  'vice', 'secretary', 'minister', 'prime', 'chairman', 'chairwoman', 'mayor', 'attorney', 'director', 'speaker', 'leader',
  'former', 'chief', 'deputy', 'assistant', 'acting', 'sheriff', 'officer', 'agent', 'ambassador', 'prof', 'professor', 'sir',
  'lady', 'lord', 'king', 'queen', 'prince', 'princess', 'pope', 'rabbi', 'father', 'sister', 'brother', 'saint', 'st',
  'democrat', 'democratic', 'republican', 'gop', 'u.s', 'district', 'federal', 'state', 'house', 'senate', 'defense', 'cia', 'fbi',
]);
// Capitalised words that are never part of a person's name (names.ts reads them too).
export const NOT_NAME: ReadonlySet<string> = new Set(
  ('the a an in on at of for to from by with his her their its he she it they we i you this that these those but and or if when ' +
    'while after before during since according earlier later meanwhile however also as there here what who why how both all some many ' +
    'more most read related video photo credit source update advertisement january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday ' +
    'saturday sunday news times post press associated university college school hospital church street avenue county city state ' +
    'states united house senate congress court committee department office party white capitol national international american ' +
    'north south east west new fort lake mount law center centre institute foundation agency service bureau company group inc corp ' +
    'club league association council commission administration army navy force airport park island river beach bay journal globe ' +
    'tribune herald network channel show review magazine academy navigation site mobile fox cnn world midtown downtown uptown ' +
    'upstate lower upper greater northern southern eastern western central department ministry agreement treaty fund month garden ' +
    'services republicans democrats civic federated whip minority majority despite pres trade san los las santa puerto ' +
    // Words that end a firm's name ("Brawner Builders", "Grace Ocean Holdings"), never a family's.
    'builders contractors partners associates holdings industries systems solutions technologies airlines motors labs ' +
    'laboratories construction logistics shipping capital ventures communications pharmaceuticals networks enterprises engineering ' +
    // Legal forms and shipping firms' words, in English and Japanese ("Shoei Kisen Kaisha Ltd.", "Kawasaki Kisen", "Ocean Network Lines").
    'ltd limited llc plc gmbh corporation kaisha kisen lines maritime ' +
    'taliban alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana ' +
    'nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming').split(' '),
);
const PARTICLES = /^(de|da|del|della|di|van|von|der|den|la|le|du|dos|das|al|el|bin|ibn|abu|ben|bar|st)$/i;
const SUFFIX = /^(jr|sr|ii|iii|iv)$/i;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
// "McCarthy", "DeMint", "LaHood", "MacArthur": a capital inside a surname's first letters.
const MC_WORD = /^(?:Mc|Mac|De|La|Le|Di|O['’])\p{Lu}\p{Ll}+$/u;

/** A word without its possessive ("Markey's" → "Markey"); asked of every capital, so the pattern runs only where it can match. */
const bareWord = (w: string): string => (w.endsWith('s') ? w.replace(/['’]s$/, '') : w);
// Asked of every capital several times (counts, full names, lone surnames): answered once per word.
const isNameText = perWord((text: string): boolean => NAME_WORD.test(text) || MC_WORD.test(text));
const isWord = (t: Token | undefined): boolean => !!t && t.upperInitial && isNameText(t.text);
/** A title as a table key: lower case, no full stop ("Sen." → "sen"). */
const plain = (t: Token): string => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
// The full stop first: it is cheaper than the pattern, and most words have none after them.
const isInitial = (t: Token | undefined, next: Token | undefined): boolean => !!t && next?.text === '.' && /^\p{Lu}$/u.test(t.text);

interface Run {
  /** Token indexes of the name's words, initials excluded. */
  words: number[];
  initials: number;
  titled: boolean;
  /** A nationality right before the name ("US-Israeli Sagi Dekel-Chen"). */
  described: boolean;
  generation: string | null;
  end: number;
  kin: boolean;
  /** The name opens its sentence (after any quotation mark): its first capital proves nothing. */
  opening: boolean;
}

/**
 * An age in apposition right after a name ("Sagui Dekel-Chen, 36, was…", "Irena Tati, de 73,",
 * "Yarden Bibas (35)"): news writes it of people only, in every language.
 */
function agedAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  const open = tokens[k]?.text;
  if (open !== ',' && open !== '(') return false;
  k++;
  if (open === ',' && /^(de|à)$/i.test(tokens[k]?.text ?? '')) k++;
  const n = tokens[k]?.text ?? '';
  if (!/^\d{1,3}$/.test(n) || Number(n) < 1 || Number(n) > 110) return false;
  const close = tokens[k + 1]?.text;
  return open === '(' ? close === ')' : close === undefined || /^[,.;]$/.test(close);
}

/** The full names of people in one sentence's tokens (a given name, optional middles, a surname). */
function fullNamesIn(tokens: readonly Token[], lowerWords: ReadonlySet<string>): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.upperInitial) {
      i++;
      continue;
    }
    // A title (with its full stop, "Sen.", "Rev.") before the name is evidence, not part of it.
    let titled = false;
    let described = false;
    let j = i;
    // A nationality before the name ("Argentine-Israeli", "US-Israeli", "German-born") describes
    // the person and is no part of the name.
    while (j < tokens.length && tokens[j]!.upperInitial) {
      const w = plain(tokens[j]!);
      if (TITLES.has(w)) {
        titled = true;
        described = false;
      } else if (isDemonym(w) || (GROUP_WORD.test(w) && tokens[j + 1]?.upperInitial && tokens[j + 2]?.upperInitial)) described = true;
      else break;
      j++;
      if (tokens[j]?.text === '.') j++;
    }
    if (titled && tokens[j]?.lower === 'of') {
      // "Secretary of State John Kerry", "Director of National Intelligence James Clapper": the
      // office's words belong to the title; the last two capitals are left for the name.
      j++;
      while (j < tokens.length && tokens[j]!.upperInitial && tokens[j + 1]?.upperInitial && tokens[j + 2]?.upperInitial) j++;
    }
    const words: number[] = [];
    let initials = 0;
    let generation: string | null = null;
    let k = j;
    let last = -1;
    while (k < tokens.length) {
      const w = tokens[k]!;
      if (isInitial(w, tokens[k + 1]) && words.length === 1) {
        initials++;
        k += 2;
        continue;
      }
      // A nickname in quotes or brackets between the given name and the surname is skipped.
      // A nickname in brackets, double or single quotes: "Alexander (Sasha) …", "Alexander 'Sasha' …".
      if (words.length && /^["“(‘']$/.test(w.text) && isWord(tokens[k + 1]) && /^["”)’']$/.test(tokens[k + 2]?.text ?? '')) {
        k += 3;
        continue;
      }
      // Both: "Alexander (“Sasha”) Troufanov".
      if (words.length && w.text === '(' && /^["“‘']$/.test(tokens[k + 1]?.text ?? '') && isWord(tokens[k + 2]) && /^["”’']$/.test(tokens[k + 3]?.text ?? '') && tokens[k + 4]?.text === ')') {
        k += 5;
        continue;
      }
      if (words.length && PARTICLES.test(w.text) && isWord(tokens[k + 1])) {
        words.push(k);
        k++;
        continue;
      }
      if (words.length >= 2 && SUFFIX.test(w.text)) {
        generation = w.lower;
        last = tokens[k + 1]?.text === '.' ? k + 1 : k;
        k = last + 1;
        break;
      }
      if (isWord(w) && !NOT_NAME.has(w.lower) && !TITLES.has(w.lower) && !SUFFIX.test(w.text) && !isCountryName(w.lower)) {
        words.push(k);
        last = k;
        k++;
        // A possessive ends the name: "Jackson's Congressional seat".
        if (bareWord(w.text) !== w.text) break;
        continue;
      }
      break;
    }
    // "Cesar Sayoc, Jr.": the suffix after a comma.
    if (!generation && words.length >= 2 && tokens[k]?.text === ',' && SUFFIX.test(tokens[k + 1]?.text ?? '')) {
      generation = tokens[k + 1]!.lower;
      last = tokens[k + 2]?.text === '.' ? k + 2 : k + 1;
      k = last + 1;
    }
    // "Staff William Cowan", "Intelligence James Clapper": a word the table does not know as a
    // given name, before one it does, is the end of an office, not the start of the name.
    while (words.length > 2 && !knownGiven(tokens[words[0]!]!.text) && knownGiven(tokens[words[1]!]!.text)) words.shift();
    // "Foreign Affairs", "Resist Trump": one of English's commonest lower-case words opens an
    // office, a thing's name or a sentence, not a person's name.
    while (words.length >= 2 && opensNoName(tokens[words[0]!]!)) words.shift();
    // A Title Case headline runs the name on into its verb ("Evan Gershkovich Sentenced To…"):
    // words the article also writes in lower case end the name there.
    while (words.length > 2 && lowerWords.has(tokens[words[words.length - 1]!]!.lower)) words.pop();
    // "the Sverdlovsk Regional Court", "Moscow City Council": capitals run on into a body's head.
    if (tokens[k]?.upperInitial && BODY_HEADS.has(tokens[k]!.lower)) {
      i = Math.max(k, i + 1);
      continue;
    }
    const core = words.filter((w) => !PARTICLES.test(tokens[w]!.text));
    // "Patriot Act", "Cold War", "George Washington Bridge": a law's, a place's or a thing's name.
    if (core.length >= 2 && thingName(tokens[core[0]!]!, tokens[core[core.length - 1]!]!)) {
      i = Math.max(k, i + 1);
      continue;
    }
    // A capitalised sentence start ("Like", "Several") that the article also writes in lower case is no given name.
    const firstOrdinary = core.length > 0 && lowerWords.has(tokens[core[0]!]!.lower);
    const lastOrdinary = core.length > 0 && lowerWords.has(tokens[core[core.length - 1]!]!.lower);
    if (core.length >= 2 && core.length <= 4 && !firstOrdinary && !lastOrdinary && !PARTICLES.test(tokens[words[words.length - 1]!]!.text)) {
      // The kin word right before the given name ("his father, Vitaly Trufanov"); a title between
      // them ("his father, the Rev. Jesse Jackson") names him as a public person, compared as one.
      const at = words[0]!;
      const before = tokens[at - 1]?.text === ',' ? tokens[at - 2] : tokens[at - 1];
      const opening = !titled && words[0]! === i && tokens.slice(0, i).every((x) => /^["“‘'(]$/.test(x.text));
      // A nationality right before the given name: capitalised ("US-Israeli") or in lower case,
      // as Spanish writes it ("el estadounidense-israelí").
      const prev = tokens[at - 1];
      const nationality = (described && at === j) || (!!prev && prev.lowerInitial && isDemonym(prev.lower));
      out.push({ words, initials, titled, described: nationality || agedAfter(tokens, last), generation, end: last, kin: !!before && KIN_WORDS.has(before.lower), opening });
    }
    i = Math.max(k, i + 1);
  }
  return out;
}

/**
 * People of one article: its full names (with evidence that they are people: a title, a given
 * name the table knows, a middle initial, a suffix, or the surname written alone elsewhere) and
 * the surnames written alone that belong to one of them.
 */
export function findPersons(
  text: string,
  sentences: ReadonlyArray<{ tokens: readonly Token[]; titleCase: boolean }>,
  lowerWords: ReadonlySet<string>,
  /** Sound keys (nameKey) of the given names the reader's stories list: evidence as good as the table's. */
  storyGiven: ReadonlyMap<string, string> = new Map(),
): PersonMention[] {
  const full: Array<PersonMention & { sentence: number; titled: boolean; described: boolean; initials: number; opening: boolean }> = [];
  const bareCount = new Map<string, number>();
  sentences.forEach((s, si) => {
    if (s.titleCase) return;
    for (const t of s.tokens) if (isWord(t)) bareCount.set(bareWord(t.text), (bareCount.get(bareWord(t.text)) ?? 0) + 1);
    for (const r of fullNamesIn(s.tokens, lowerWords)) {
      const toks = s.tokens;
      let sIdx = r.words.length - 1;
      while (sIdx > 1 && PARTICLES.test(toks[r.words[sIdx - 1]!]!.text)) sIdx--;
      const surnameToks = mapPacked(r.words.slice(sIdx), (w) => toks[w]!);
      const given = toks[r.words[0]!]!;
      const surname = bareWord(text.slice(surnameToks[0]!.start, surnameToks[surnameToks.length - 1]!.end));
      const start = given.start;
      const end = r.generation ? toks[r.end]!.end : surnameToks[0]!.start + surname.length;
      full.push({
        start, end, written: text.slice(start, end), given: given.text, surname, generation: r.generation, bare: false, kin: r.kin,
        // Evidence is judged below, once the whole article's words are counted.
        key: nameKey(surname, true), sentence: si, titled: r.titled, described: r.described, initials: r.initials, opening: r.opening,
      });
    }
  });
  // A Title Case headline proves nothing by its capitals: its names count where the body has
  // the same full name.
  sentences.forEach((s, si) => {
    if (!s.titleCase) return;
    for (const r of fullNamesIn(s.tokens, lowerWords)) {
      const toks = s.tokens;
      const given = toks[r.words[0]!]!;
      // The run may go on past the name into the headline's capitalised words ("Evan
      // Gershkovich Sentenced To 16 Years"): the body's surname ends it wherever it stands.
      let last = toks[r.words[r.words.length - 1]!]!;
      let body = full.find((p) => p.given === given.text && p.surname.split(/\s+/).pop() === bareWord(last.text));
      for (let k = 1; k < r.words.length - 1 && !body; k++) {
        const word = toks[r.words[k]!]!;
        body = full.find((p) => p.given === given.text && p.surname.split(/\s+/).pop() === bareWord(word.text));
        if (body) last = word;
      }
      // Or the headline misspells the body's surname, two letters off ("Evan Gerskovich's Parents").
      let misspelt: string | null = null;
      if (!body && r.words.length === 2) {
        const written = bareWord(last.text);
        body = full.find((p) => p.given === given.text && written.length >= 6 && editDistance(foldName(p.surname.split(/\s+/).pop()!, true), foldName(written, true)) <= 2);
        if (body) misspelt = written;
      }
      if (!body) continue;
      const end = r.generation && last === toks[r.words[r.words.length - 1]!]! ? toks[r.end]!.end : last.start + bareWord(last.text).length;
      const surname = misspelt ? body.surname.replace(/\S+$/, misspelt) : body.surname;
      full.push({ ...body, surname, start: given.start, end, written: text.slice(given.start, end), generation: r.generation, sentence: si });
    }
  });
  full.sort((a, b) => a.start - b.start);
  const people = full.filter((p) => {
    // A body or a place the four languages' lines know ("Yihad Islámica", "Casa Blanca"),
    // repeated as a news story repeats it, is no person's name.
    if (translatedKey(p.written) !== null) return false;
    // Nor are the words after a body's opening word ("Movimiento de Resistencia Islámica", "Frente Popular").
    const opener = WORD_BEFORE.exec(text.slice(Math.max(0, p.start - 30), p.start))?.[1];
    if (BODY_OPENERS.has(p.given!.toLowerCase()) || (opener && BODY_OPENERS.has(opener.toLowerCase()))) return false;
    const lastWord = p.surname.split(/\s+/).pop()!;
    // The surname alone somewhere else in the article: how news writing refers to a person.
    // Not when the first word also stands alone ("Cambridge Analytica", "Twitter Lite"): a given
    // name is seldom written without its surname.
    const times = full.filter((q) => q.given === p.given && q.surname === p.surname);
    const repeated = (bareCount.get(lastWord) ?? 0) >= 2 && (bareCount.get(p.given!) ?? 0) <= times.length;
    // A nationality right before a given name that is no English word, and a surname that is
    // none of English's lower-case words ("US-Israeli Sagi Dekel-Chen", "U.S.-Israeli Edan
    // Alexander"), describes a person; before ordinary words it may open a body's name
    // ("Palestinian Liberation Front").
    const known = knownGiven(p.given!) || storyGiven.has(nameKey(p.given!)) || (p.described && wordRank(p.given!) === Infinity && !isLowerCaseWord(lastWord));
    // A name opening its sentence on repetition alone ("Maybe Shigaraki", "See Facebook") must
    // also be written inside a sentence somewhere.
    if (!known && !p.titled && p.initials === 0 && !p.generation && times.every((q) => q.opening)) return false;
    return p.titled || p.initials > 0 || !!p.generation || repeated || known;
  });
  // A Jr. and the plain name in one article are two people (father and son).
  for (const p of people) {
    if (p.generation) continue;
    // Only where the plain name is told apart (a title the son's name lacks, "the Rev.", or a kin
    // word, "his father"): an outlet that writes "Cesar Sayoc Jr." once may drop the "Jr." later.
    if ((p.titled || p.kin) && people.some((q) => q.generation && q.key === p.key && sameGiven(q.given!, p.given!))) p.generation = 'plain';
  }
  const out: PersonMention[] = mapPacked(people, (p) => ({
    start: p.start, end: p.end, written: p.written, given: p.given, surname: p.surname, generation: p.generation, bare: false, kin: p.kin, key: p.key,
  }));
  // Surnames alone: the cluster whose surname they spell (or misspell, one or two letters off).
  const givenWords = new Set(people.map((p) => p.given!.toLowerCase()));
  // Each person's loose surname once, and the answer for each word once: this runs on every capital.
  const lasts = mapPacked(people, (p) => looseName(p.surname.split(/\s+/).pop()!, true));
  const answers = new Map<string, PersonMention | null>();
  const fullSpans = out.slice();
  sentences.forEach((s) => {
    if (s.titleCase) return;
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!isWord(t) || NOT_NAME.has(t.lower) || TITLES.has(t.lower) || givenWords.has(t.lower) || lowerWords.has(t.lower)) continue;
      // Part of a longer run of capitals: a full name (read above) or another name.
      if (isWord(toks[i - 1]) || isWord(toks[i + 1]) || isInitial(toks[i - 2], toks[i - 1])) continue;
      if (!people.length || fullSpans.some((m) => m.start <= t.start && m.end >= t.end)) continue;
      const word = bareWord(t.text);
      let owner = answers.get(word);
      if (owner === undefined) {
        const owners = clustersOf(people, lasts, word);
        // Father and son named in full ("Alexander Trufanov", "Vitali Trupanov"): the family name
        // alone is one of theirs, which one unknown, and still a spelling of that family name.
        owner = owners.length === 1 ? owners[0]! : owners.length > 1 && owners.every((o) => o.key === owners[0]!.key) ? { ...owners[0]!, given: null } : null;
        answers.set(word, owner);
      }
      if (!owner) continue;
      out.push({ start: t.start, end: t.start + word.length, written: word, given: owner.given, surname: word, generation: null, bare: true, kin: false, key: owner.key });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

// The word written right before a name, past a particle ("Movimiento de", "Frente del").
const WORD_BEFORE = /(\p{L}+)\s+(?:(?:de|del|du|des)\s+(?:la\s+|l['’])?)?$/u;

/** How many of the commonest English words are never taken for a given name when written in lower case. */
const COMMON_WORDS = 8000;

// Words that end names of places, laws, works and bodies, never a family name in news ("Silicon
// Valley", "Latimer Road", "Patriot Act", "Fifth Amendment", "Drudge Report", "Obama Doctrine").
const THING_HEADS = new Set(('valley harbor harbour springs heights canyon creek ridge bridge turnpike highway boulevard plaza road lane terrace crescent estate ' +
  'building museum memorial monument prize award doctrine act acts amendment corps reserve caucus coalition alliance ' +
  'organization organisation partnership report reports register monitor wire poll weekly tonight elementary stadium patrol').split(' '));

/** A word that ends the name of a place, a law, a work or a body ("Valley", "Act", "Report"). */
export const isThingHead = (lower: string): boolean => THING_HEADS.has(lower);

/** A word English writes in lower case that is no given name the table knows ("Social"; not "Mark"). */
const ordinary = (t: Token): boolean => isLowerCaseWord(t.lower) && !knownGiven(t.text);

/** One of the commonest lower-case words of English and no given name: it opens no person's name ("Interior", "Under"). */
export const opensNoName = (t: Token): boolean => (ordinary(t) && wordRank(t.lower) <= COMMON_WORDS) || verbForm(t);

/**
 * A verb's -ing or -ed form of a lower-case word of the list, no given name, opens a sentence or a
 * thing's name, not a person's ("Diverting Pentagon funds", "Calling Mr. Trump", "Deferred
 * Action", "Consolidated Edison"): the list ranks the inflected forms too rarely to know them.
 */
export function verbForm(t: Token): boolean {
  const w = t.lower;
  const m = /^(\p{L}{3,}?)(ing|ed)$/u.exec(w);
  if (!m || w.length < 6 || knownGiven(t.text)) return false;
  const stem = m[1]!;
  // "divert", "call"; "consolidat" + e; "deferr" / "runn" undoubled.
  const stems = [stem, stem + 'e', /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : ''];
  return stems.some((x) => x.length >= 3 && isLowerCaseWord(x));
}

/**
 * The first and last words of a run name a thing, not a person: a word that ends a law's, a
 * place's or a work's name last, or two words general English writes in lower case, the first no
 * given name ("Social Security", "Biological Diversity").
 */
export const thingName = (first: Token, last: Token): boolean => isThingHead(last.lower) || (ordinary(first) && isLowerCaseWord(last.lower));

/** Whether the given-name table knows the word as a given name (names.ts asks it too). */
export const knownGiven = (w: string): boolean => givenNameGroups(looseName(w), (g) => looseName(g)).length > 0;
const sameGiven = (a: string, b: string): boolean => looseName(a) === looseName(b);

/** The distinct people (by surname key and given name) a lone word could be the surname of. */
function clustersOf(people: readonly PersonMention[], lasts: readonly string[], word: string): PersonMention[] {
  const w = looseName(word, true);
  // A Russian surname declined like an adjective (Навального for Навальный): stem against stem.
  const stem = /[\u0400-\u04FF]/.test(word) ? looseName(russianStemOf(word), true) : null;
  const owners: PersonMention[] = [];
  for (const [k, p] of people.entries()) {
    const last = lasts[k]!;
    const near = w === last || (stem !== null && stem.length >= 4 && stem === looseStem(last)) ||
      (w.length >= 5 && last.length >= 5 && w[0] === last[0] && editDistance(w, last) <= (Math.min(w.length, last.length) >= 5 ? 2 : 1));
    if (!near) continue;
    if (owners.some((o) => o.key === p.key && sameGiven(o.given!, p.given!) && (o.generation ?? '') === (p.generation ?? ''))) continue;
    owners.push(p);
  }
  // Several people of one surname ("Jesse Jackson Jr.", "Sandra Jackson"): a surname alone is ambiguous.
  return owners;
}

/** Levenshtein distance, for short words. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
