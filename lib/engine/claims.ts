// Turns an article's text into claims: every number with what it counts, every date with the
// event it dates, every name as spelled, every quotation with its speaker, a few checkable facts.
// Each claim gets a topic key (the index bucket of things it could be compared with) and a frame.
import { mapPacked } from './arrays';
import { addDays, findDates, findPlainDates, mergeDates, readsDatesIn, type DateMention } from './dates';
import { findEntities } from './entities';
import { isDemonym } from './demonyms';
import { findCaptors, heldAt, markSingleCaptor } from './captors';
import { findArrestPlaces, findTakenFrom, markSinglePlace, type PlaceMention } from './event-places';
import { findCharges } from './charges';
import { findFacts } from './facts';
import { findVoyageFacts } from './voyage';
import { findRecords } from './records';
import { findRoles } from './roles';
import { isTranslatedKey, translatedKey } from './translations';
import { dateEvent, eventAt, eventSubject } from './frame';
import { KIN_WORDS, kinKey, ONE_PERSON_NOUNS, PERSON_NOUNS, PERSON_STEMS_RU, QUALIFIER_WORD, triggersOf, type EventClass } from './lexicon';
import { findNames, NO_STORY_NAMES, typedSurnameKey, type NameMention, type StoryNames } from './names';
import { editDistance, findPersons, type PersonMention } from './persons';
import { givenNameHead } from './given-names';
import { editDistanceAtMostOne, foldName, isFeminineSurname, looseName, nameKey } from './name-variants';
import { RUSSIAN_ADJECTIVE, countMeasure, findMeasures, hedgeBefore, nounAfter } from './measures';
import { unitOf } from './units';
import { comparableUnit, findNumbers } from './numbers';
import { ONCE_PREDICATES, PREDICATE_CLASSES, contextOf, isRunning, isTitleCase, looksLikeVerb, meaningKey, modalityOf, predicateNear, predicateOf } from './predicates';
import { findAllQuotes } from './quotes';
import { splitSentences, type Span } from './sentences';
import { tokenize, type Token } from './tokens';
import type { ArticleInput, Claim, ClaimValue } from './types';

const CONTEXT = 32;
const RULE_LANGUAGES = new Set(['en', 'ru', 'es', 'fr']);

interface SentenceInfo extends Span {
  tokens: Token[];
  titleCase: boolean;
}

export function guessLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const cyr = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
  const lat = (sample.match(/[a-zA-Z]/g) ?? []).length;
  if (cyr > lat) return 'ru';
  // Words frequent in one of the Latin-script languages and rare in the others.
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const en = count(/\b(the|and|of|was|is|with)\b/g);
  const es = count(/\b(el|los|las|del|según|fue|con|una|por)\b/g);
  const fr = count(/\b(les|des|est|une|dans|pour|avec|été|aux|sont|du|qui)\b/g);
  if (fr > en && fr > es) return 'fr';
  if (es > en) return 'es';
  return 'en';
}

export interface ExtractedClaims {
  claims: Claim[];
  /** Latest date the article states, a lower bound on when it was written. */
  latestDate: string | null;
}

/**
 * `tokens` are the text's tokens (tokens.ts) when the caller has them already; they are not
 * made again. `givenAliases` maps the sound key of each given name a story lists for a person
 * to the key of the first one (Sasha → Alexander).
 */
export function extractClaims(
  article: ArticleInput,
  story: StoryNames = NO_STORY_NAMES,
  tokens: readonly Token[] = tokenize(article.text),
  givenAliases: ReadonlyMap<string, string> = new Map(),
): ExtractedClaims {
  const text = article.text;
  // The engine's rules are written for English, Russian, Spanish and French; a page in another
  // language is read by the nearest of them (Ukrainian or Bulgarian by the Russian ones), and its
  // dates by chrono in its own language where chrono has it.
  const lang = article.lang && RULE_LANGUAGES.has(article.lang) ? article.lang : guessLanguage(text);
  const dateLang = article.lang && readsDatesIn(article.lang) ? article.lang : lang;
  const sentences = readSentences(text, tokens);
  const lowerWords = new Set<string>();
  // A line written all in lower case (a slug heading: "evan gershkovich arrest russia wsj
  // reporter") says nothing of which words are names.
  for (const s of sentences) if (!writtenWithoutCase(s.tokens)) for (const t of s.tokens) if (t.lowerInitial) lowerWords.add(t.lower);
  const { names, surnameKeys } = readNames(sentences, lowerWords, story);
  // People named in full and their later surname mentions, compared person by person.
  const persons = findPersons(text, sentences, lowerWords, givenAliases);
  // A surname alone inside an entity's name ("Levin" of a law firm's partners) is the entity's.
  const bareInEntity = new Set<number>();
  // Characters inside a full name, for the entity pass's quick look-up.
  const inFullName = new Uint8Array(text.length + 1);
  for (const p of persons) if (!p.bare) inFullName.fill(1, p.start, p.end);
  const givenToSurname = new Map<string, string>();
  const givenWritten = new Set<string>();
  const givenFolded = new Map<string, string>();
  for (const n of names) {
    if (n.role === 'given' && n.person && !n.person.startsWith('kin:')) {
      givenToSurname.set(n.key, n.person);
      givenWritten.add(foldName(n.written));
      givenFolded.set(n.key, foldName(n.written));
    }
  }
  const personKeys = new Map<string, string | null>();
  const personKeyOf = (word: string): string | null => {
    const cached = personKeys.get(word);
    if (cached !== undefined) return cached;
    const w = word.replace(/['’]s?$/, '');
    let key: string | null = null;
    // A capital that only starts a sentence ("All three were…") is not a name, even when its
    // sound key matches one (All / Eli): a given name stands for its person only as written.
    if (/^\p{Lu}/u.test(w) && !lowerWords.has(w.toLowerCase())) {
      const sk = typedSurnameKey(story, nameKey(w, true));
      key = surnameKeys.has(sk) ? sk : givenWritten.has(foldName(w)) ? (givenToSurname.get(nameKey(w)) ?? null) : null;
      // A given name written alone in another spelling of the one written with the surname
      // ("Sacha remained…" after "Sasha Troufanov"): the same person, one letter apart inside the
      // word, its first and last kept (never Daniel / Daniela, Mario / Maria).
      if (key === null && w.length >= 5 && !/^[\u0400-\u04ff]/.test(w)) {
        const folded = foldName(w);
        for (const [g, surname] of givenToSurname) {
          const other = givenFolded.get(g)!;
          if (other.length === folded.length && other[0] === folded[0] && other[other.length - 1] === folded[folded.length - 1] && other !== folded && editDistanceAtMostOne(other, folded)) {
            key = surname;
            break;
          }
        }
      }
      // A Russian given name in the dative, the case of "Александру исполнилось 28 лет", after the
      // article wrote it in full ("Александр Труфанов"). Not the genitive: "бабушка Александра" is
      // his grandmother.
      if (key === null && /^[\u0400-\u04ff]\p{L}{3,}[ую]$/u.test(w)) {
        // "Александру" → "Александр", "Виталию" → "Виталий", "Павлу" → "Павел" (its vowel drops).
        const base = [w.slice(0, -1), w.slice(0, -1) + 'й', w.slice(0, -2) + 'е' + w.slice(-2, -1)].find((f) => givenWritten.has(foldName(f)));
        if (base) key = givenToSurname.get(nameKey(base)) ?? null;
      }
    }
    personKeys.set(word, key);
    return key;
  };

  // The given name a surname mention stands for: the one written just before it, else the one
  // this article most often writes with that surname.
  const canonicalGiven = (given: string) => givenAliases.get(given) ?? given;
  const usualGiven = mostWritten(names.filter((n) => n.role === 'given' && n.person && !n.person.startsWith('kin:')).map((n) => [n.person!, n.key]));
  // The same, for each form of a surname: Trufanov's usual given name is Alexander, Trufanova's Elena.
  const usualGivenOfForm = mostWritten(names.filter((n) => n.role === 'surname' && n.person).map((n) => [`${n.key}|${isFeminineSurname(foldName(n.written))}`, n.person!]));
  const fullNames = new Map<string, string>();
  for (const n of names) if (n.role === 'surname' && !fullNames.has(n.key)) fullNames.set(n.key, n.full);
  const fullNameOf = (surnameKey: string): string | null => fullNames.get(surnameKey) ?? null;
  let currentTokens: Token[] = [];
  const givenOf = (surnameKey: string, tokenIndex: number): string => {
    // Look back past a nickname: "Alexander (Sasha) Troufanov".
    for (let k = tokenIndex - 1; k >= Math.max(0, tokenIndex - 5); k--) {
      const t = currentTokens[k]!;
      if (t.text === ')' || t.text === '”') {
        while (k > 0 && !/^[(“"]$/.test(currentTokens[k]!.text)) k--;
        continue;
      }
      if (!/^\p{Lu}/u.test(t.text)) break;
      const g = nameKey(t.text);
      if (givenToSurname.get(g) === surnameKey) return g;
    }
    // The usual given name of this form of the surname: "Труфанов провёл…" in an article that
    // names only "Елена Труфанова" in full is not Elena. A Russian form in -а may be either.
    const written = foldName(currentTokens[tokenIndex]?.text ?? '');
    if (/^[\u0400-\u04ff]/.test(currentTokens[tokenIndex]?.text ?? '') && written.endsWith('a')) return usualGiven.get(surnameKey) ?? '';
    return usualGivenOfForm.get(`${surnameKey}|${isFeminineSurname(written)}`) ?? '';
  };

  // Who a pronoun ("He was freed…", "Он провёл…") stands for: the one person named in the two
  // sentences before, else the person the article names most; never a guess between several.
  // Every mention counts, the surname written alone too ("Troufanov was not included").
  const surnameCounts = new Map<string, number>();
  const peopleOfSentence = sentences.map((s) => {
    const keys = new Set<string>();
    for (const t of s.tokens) {
      if (!t.upperInitial) continue;
      const k = personKeyOf(t.text);
      if (k) keys.add(k);
    }
    for (const k of keys) surnameCounts.set(k, (surnameCounts.get(k) ?? 0) + 1);
    return keys;
  });
  const mainPerson = [...surnameCounts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  const pronounSubject = (si: number): string | null => {
    const recent = new Set<string>();
    for (const n of names) {
      if (n.sentence < si - 2 || n.sentence >= si) continue;
      if (n.role === 'surname') recent.add(n.key);
      else if (n.role === 'given' && n.person && !n.person.startsWith('kin:')) recent.add(n.person);
    }
    for (let k = Math.max(0, si - 2); k < si; k++) for (const key of peopleOfSentence[k]!) recent.add(key);
    if (recent.size === 1) return [...recent][0]!;
    if (recent.size === 0) return mainPerson;
    // Several people just named: the one the article is about, when it names them at least twice
    // as often as anyone else just named ("his mother, his grandmother and his girlfriend…
    // He had been held for 498 days").
    if (mainPerson && recent.has(mainPerson)) {
      const main = surnameCounts.get(mainPerson)!;
      let other = 0;
      for (const k of recent) if (k !== mainPerson) other = Math.max(other, surnameCounts.get(k) ?? 0);
      if (main >= 2 * Math.max(1, other)) return mainPerson;
    }
    return null;
  };
  const personOfPronoun = (family: string, tokens: Token[], before: number, si: number): string | null => {
    let feminine: boolean | null = null;
    for (let i = 0; i < before && feminine === null; i++) {
      if (MASCULINE_PRONOUNS.has(tokens[i]!.lower)) feminine = false;
      else if (PRONOUNS.has(tokens[i]!.lower)) feminine = true;
    }
    // The latest spelling of that family's name, written before this sentence, of the pronoun's
    // gender; and the given name the article most often writes with a surname of that gender
    // (the first written, on a tie): "he" in an article about a mother is her son, not her.
    for (let k = names.length - 1; k >= 0; k--) {
      const n = names[k]!;
      if (n.sentence >= si || n.role !== 'surname' || n.key !== family) continue;
      const folded = foldName(n.written);
      // No pronoun ("The 29-year-old has been held…"): the latest spelling, whatever its gender.
      if (feminine !== null && isFeminineSurname(folded) !== feminine) continue;
      const given = usualGivenOfForm.get(`${family}|${feminine ?? isFeminineSurname(folded)}`) ?? '';
      return `${family}:${folded}:${canonicalGiven(given || (usualGiven.get(family) ?? ''))}`;
    }
    return null;
  };
  // The clause's subject, the first person it names ("while Sasha remained captive until his
  // release"; "Sasha Troufanov, with his girlfriend Sapir Cohen, … after his release"), not the
  // nearest one; a possessor ("Trufanov's mother") is not it.
  const ownerIndexBefore = (tokens: Token[], pronoun: number): number => {
    const feminine = FEMININE_POSSESSIVES.has(tokens[pronoun]!.lower) ? true : MASCULINE_POSSESSIVES.has(tokens[pronoun]!.lower) ? false : null;
    let from = pronoun;
    while (from > 0 && !CLAUSE_END.has(tokens[from - 1]!.text) && !SUBORDINATORS.has(tokens[from - 1]!.lower)) {
      // "… et Alexandre Troufanov, un citoyen de 29 ans qui a passé 498 jours aux mains du Hamas,
      // jusqu'à sa libération": in a relative clause, the owner is the person it is said of.
      if (RELATIVE_PERSONS.test(tokens[from - 1]!.lower)) {
        for (let i = from - 2; i >= Math.max(0, from - 14); i--) {
          if (personKeyAt(i) && !/['’]s?$/.test(tokens[i]!.text)) return i;
          if (CLAUSE_END.has(tokens[i]!.text) && tokens[i]!.text !== ',') break;
        }
        break;
      }
      from--;
    }
    for (let i = from; i < pronoun; i++) {
      const key = personKeyAt(i);
      if (!key || /['’]s?$/.test(tokens[i]!.text) || /^['’]s$/.test(tokens[i + 1]?.text ?? '')) continue;
      // "her release" is not the man's just named: a surname's form tells, where it has one.
      const written = foldName(tokens[i]!.text);
      if (feminine !== null && /(ov|ev|in)a?$/.test(written) && isFeminineSurname(written) !== feminine) continue;
      return i;
    }
    return -1;
  };
  const ownerBefore = (tokens: Token[], pronoun: number): string | null => {
    const at = ownerIndexBefore(tokens, pronoun);
    return at >= 0 ? personKeyAt(at) : null;
  };
  // The given name of the family's member last named in the two sentences before `si`.
  const lastGivenOf = (family: string, si: number): string | null => {
    let last: (typeof names)[number] | null = null;
    for (const n of names) {
      if (n.sentence < si - 2 || n.sentence >= si || (last && n.start < last.start)) continue;
      if ((n.role === 'given' && n.person === family) || (n.role === 'surname' && n.key === family)) last = n;
    }
    if (!last) return null;
    if (last.role === 'given') return last.key;
    return usualGivenOfForm.get(`${family}|${isFeminineSurname(foldName(last.written))}`) ?? null;
  };
  const hasPronoun = (tokens: Token[], before: number) => {
    for (let i = 0; i < Math.min(before, tokens.length); i++) if (isPronoun(tokens, i)) return true;
    return false;
  };

  const claims: Claim[] = [];
  const make: MakeClaim = (kind, start, end, sentence, topic, about, value, frame) => {
    const c: Claim = {
      id: '',
      kind,
      start,
      end,
      written: text.slice(start, end),
      quote: text.slice(sentence.start, sentence.end),
      about,
      topic,
      value,
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    };
    if (frame) c.frame = frame;
    claims.push(c);
    return c;
  };

  // Pass 2: dates, numbers, quotes, facts, sentence by sentence.
  const chained: ChainedDate[] = [];
  const eventDates = new Map<EventClass, DateMention[]>();
  let latest: string | null = null;
  // chrono-node runs once over the whole text: per-sentence calls cost more than the parsing.
  const chronoDates = findDates(text, 0, text.length, dateLang, article.published);
  // Bare years, months and spans chrono leaves out ("in 1995", "from 2007 to 2014", "last year").
  const allDates = mergeDates(chronoDates, findPlainDates(text, dateLang, article.published, chronoDates));
  let nextDate = 0;
  // Quotations are read per paragraph, as they run across sentences; each is the claim of the sentence it starts in.
  const quotes = findAllQuotes(text, (at) => lastPersonBefore(names, at));
  let nextQuote = 0;
  // Names by sentence, read once: the entity pass asks for a sentence's names at every entity.
  const namesBySentence = new Map<number, NameMention[]>();
  for (const n of names) {
    const list = namesBySentence.get(n.sentence);
    if (list) list.push(n);
    else namesBySentence.set(n.sentence, [n]);
  }
  const NO_NAMES: NameMention[] = [];
  // The sentence being read (currentTokens) and who its words name: shared by the readers below.
  const tokenIndex = (offset: number) => {
    const tokens = currentTokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const personKeyAt = (i: number) => personKeyOf(currentTokens[i]!.text);
  // An age belongs to one person, not a family: "Trufanov, 29" and "Elena Trufanova, 54".
  const personAt = (i: number): string => {
    const family = personKeyAt(i)!;
    const written = currentTokens[i]!.text.replace(/['’]s?$/, '');
    // "Александра Труфанова" is his name in the genitive or hers in the nominative: a Russian
    // surname in -а leaves the person's sex open ("?"); the given name decides.
    const folded = foldName(written);
    const form = /^[\u0400-\u04ff]/.test(written) && folded.endsWith('a') ? '?' : folded;
    return `${family}:${form}:${canonicalGiven(givenOf(family, i))}`;
  };
  // The person or organisation a value's clause is about: the nearest name before it, else after it.
  const subjectIndexNear = (from: number, to: number): number => {
    const tokens = currentTokens;
    // A name after "in", "at", "в", "en" is where it happened ("detained in Yekaterinburg"), not who.
    const placed = (i: number) => LOCATIVES.has(tokens[i - 1]?.lower ?? '');
    for (let i = from - 1; i >= Math.max(0, from - 12); i--) {
      if (CLAUSE_END.has(tokens[i]!.text)) break;
      if (personKeyAt(i) && !placed(i)) return i;
    }
    for (let i = to; i < Math.min(tokens.length, to + 8); i++) {
      if (CLAUSE_END.has(tokens[i]!.text)) break;
      if (placed(i)) continue;
      // After the value, a possessive names an owner, not the doer ("resigned Thursday in protest
      // of President Trump's decision").
      if (/['’]s?$/.test(tokens[i]!.text) || /^['’]s?$/.test(tokens[i + 1]?.text ?? '')) continue;
      if (personKeyAt(i)) return i;
    }
    return -1;
  };
  const subjectNear = (from: number, to: number): string | null => {
    const at = subjectIndexNear(from, to);
    return at < 0 ? null : personKeyAt(at);
  };
  // Who a date of an event of the news table is about, as one person (an age's subject): the
  // name its clause gives, else the person a pronoun or a possessive before the event stands for
  // ("She was arrested in February", "depuis son arrestation en mars 2022").
  const personOfDate = (si: number, from: number, to: number, eventAt: number | null): { family: string; person: string } | null => {
    const tokens = currentTokens;
    const at = subjectIndexNear(from, to);
    if (at >= 0) return { family: personKeyAt(at)!, person: personAt(at) };
    const possessive = eventAt !== null && POSSESSIVES.has(tokens[eventAt - 1]?.lower ?? '');
    if (!possessive && !hasPronoun(tokens, from)) {
      const thing = eventAt === null ? null : thingSubject(tokens, eventAt);
      return thing ? { family: '', person: thing } : null;
    }
    const family = possessive ? ownerBefore(tokens, eventAt! - 1) ?? pronounSubject(si) : pronounSubject(si);
    if (!family || family === 'group' || family.startsWith('kin:')) return null;
    const person = personOfPronoun(family, tokens, from, si);
    return person ? { family, person } : null;
  };
  // The person a phrase of holding or taking at `cueAt` is said of (its object ends at `after`):
  // the family's key, and the one person of it (given name and all) where the words tell which.
  const heldPerson = (tokens: Token[], si: number, cueAt: number, after: number, objectAt?: number): { key: string; person: string | null } | null => {
    const named = (k: number) => ({ key: personKeyAt(k)!, person: personAt(k) });
    const pronoun = (before: number) => {
      const key = pronounSubject(si);
      return key ? { key, person: key === 'group' || key.startsWith('kin:') ? null : personOfPronoun(key, tokens, before, si) } : null;
    };
    // The active voice ("Islamic Jihad, which held Trufanov", "… held him captive"): the object.
    // A pronoun there stands for the one person the sentence names before it ("the first footage
    // of Sasha emerged, revealing that Palestinian Islamic Jihad … held him captive").
    if (objectAt !== undefined) {
      if (personKeyAt(objectAt)) return named(objectAt);
      let only = -1;
      let onlyKey: string | null = null;
      for (let k = 0; k < cueAt; k++) {
        const key = personKeyAt(k);
        if (!key) continue;
        if (onlyKey !== null && onlyKey !== key) return pronoun(objectAt);
        (only = k), (onlyKey = key);
      }
      return only >= 0 ? named(only) : pronoun(objectAt);
    }
    // The person right before the phrase ("Orlov, who was held by"), or the pronoun there; never
    // a name further back ("Putin met a family that had been held hostage by Hamas").
    const at = heldAt(tokens, cueAt);
    if (at >= 0 && personKeyAt(at)) return named(at);
    if (at >= 0 && isPronoun(tokens, at)) {
      const it = pronoun(at);
      if (it) return it;
    }
    // Or the name right after the group: "встретился с заложником «Хамаса» Александром
    // Труфановым", "освобожденный из плена ХАМАС Александр Труфанов", past a comma or a bracket:
    // "after 498 days in Hamas captivity, (Alexander) Sasha Trufanov's nightmare is ending".
    for (let k = after, words = 0; k < tokens.length && words < 3; k++) {
      if (personKeyAt(k)) return named(k);
      if (!/^[,()«»"“”]$/.test(tokens[k]!.text)) words++;
    }
    // Or the person whose captivity the clause tells before it: "Troufanov a passé 498 jours en
    // captivité aux mains du Jihad islamique", "Trufanov spent 498 days in captivity in the hands of".
    const held = captiveBefore(tokens, cueAt);
    if (held >= 0 && personKeyAt(held)) return named(held);
    // Or the person an apposition or a relative clause before the phrase describes, or the
    // article's person described rather than named ("The 29-year-old has been held … by").
    const described = describedCaptive(tokens, cueAt, (k) => !!personKeyAt(k) && !/['’]s?$/.test(tokens[k]!.text));
    return described === 'described' ? pronoun(cueAt) : described >= 0 ? named(described) : null;
  };
  // Each kind of claim is read by its own function: V8 optimises a small function much faster
  // than one that holds them all, and re-optimises only the reader whose assumptions failed.
  const claimDates = (s: SentenceInfo, si: number, dates: DateMention[]): void => {
    const tokens = s.tokens;
    for (const d of dates) {
      const from = tokenIndex(d.start);
      let to = from;
      while (to < tokens.length && tokens[to]!.start < d.end) to++;
      const ev = dateEvent(tokens, from, to);
      // The abduction of a hostage and the attack it happened in share one date; so does a
      // killing the sentence places in the attack ("murdered … the same morning Sasha was abducted").
      const inAttack = ev?.event === 'killed' && tokens.some((_, i) => { const e = eventAt(tokens, i)?.event; return e === 'attack' || e === 'abducted'; });
      const event: EventClass | null = ev ? (ev.event === 'abducted' || inAttack ? 'attack' : ev.event) : null;
      let subject: string | null = null;
      if (ev && event === 'meeting') {
        // Who met whom: the host, named first in the sentence.
        for (let i = 0; i < ev.at && !subject; i++) subject = personKeyAt(i);
      } else if (ev) subject = eventSubject(tokens, ev.at, personKeyAt);
      // "Sasha remained captive until his release": the event's owner, a possessive pronoun
      // right before the event's noun, is the subject of the pronoun's clause.
      if (ev && !subject && event !== 'attack' && POSSESSIVES.has(tokens[ev.at - 1]?.lower ?? '')) subject = ownerBefore(tokens, ev.at - 1);
      if (ev && !subject && event !== 'attack' && hasPronoun(tokens, ev.at)) subject = pronounSubject(si);
      // "held until 29 May", "продлил арест до 30 ноября", "hasta el 30 de noviembre": a deadline,
      // whatever the verb that sets it; a later one set later is the deadline moved on.
      const deadline = !event && isDeadline(tokens, from);
      const value: ClaimValue = {
        type: 'date', start: d.startDate, end: d.endDate, granularity: d.granularity, relative: d.relative,
        parts: d.parts, yearKnown: d.yearKnown,
      };
      // The verb the date hangs on, read once, when asked.
      let verb: ReturnType<typeof predicateNear> | undefined;
      const dateVerb = () => (verb === undefined ? (verb = predicateNear(tokens, from, to, true)) : verb);
      // "They will meet on Friday", written on a Wednesday: a weekday in a forecast is the coming one
      // — but not the day something was said ("said Wednesday the event is still scheduled").
      if (d.parts.weekday !== null && !/\d/.test(text.slice(d.start, d.end)) && d.startDate && article.published && d.startDate < article.published && clauseModality(tokens, from, to, lang) === 'forecast' && dateVerb()?.lemma !== 'say') {
        const next = addDays(d.startDate, 7);
        const [y, m, day] = next.split('-').map(Number) as [number, number, number];
        Object.assign(value, { start: next, end: next, parts: { year: y, month: m, day, weekday: d.parts.weekday } });
      }
      // "He will leave at the end of February", written in December, and a deadline ("until 30
      // November", written in August): a month without its year, set ahead by its sentence, is
      // the coming one, not the one before publication.
      else if (d.parts.month !== null && !d.yearKnown && d.startDate && d.endDate && !d.endDate.endsWith('-02-29') && article.published && d.endDate < article.published && (deadline || clauseModality(tokens, from, to, lang) === 'forecast')) {
        const year = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
        Object.assign(value, { start: year(d.startDate), end: year(d.endDate), parts: { ...d.parts, year: (d.parts.year ?? Number(d.startDate.slice(0, 4))) + 1 } });
      }
      // Dates of events outside the built-in classes: the open frame, compared by evidence.
      // Every date carries the open frame; a built-in event class, when one applies, is its
      // predicate, so that "released on Friday" aligns with a date of any other wording.
      const open = event ? null : dateVerb();
      const who = open && ONCE_PREDICATES.has(open.lemma) ? personOfDate(si, from, to, open.at) : null;
      const frame: Claim['frame'] = {
        event, subject: event ? subject : who?.family ? who.family : subjectNear(from, to), scope: [], predicate: event ? (EVENT_PREDICATE[event] ?? event) : deadline ? 'until' : (open?.lemma ?? null),
        context: contextOf(tokens, from, to), near: contextOf(tokens, from, to, 6), modality: modalityOf(tokens, from, to, lang),
      };
      if (who) frame.person = who.person;
      const claim = make('date', d.start, d.end, s, 'date:open', event ? describeDate(event, subject, subject ? fullNameOf(subject) : null) : describeOpen('date', open?.lemma ?? null), value, frame);
      if (d.chainDays !== undefined) chained.push({ mention: d, claim, sentence: si, tokenAt: from, event });
      else if (event && d.startDate) eventDates.set(event, [...(eventDates.get(event) ?? []), d]);
      if (d.endDate && d.yearKnown && (!latest || d.endDate > latest)) latest = d.endDate;
    }
  };
  const claimCounts = (s: SentenceInfo, si: number, inDate: (a: number, b: number) => boolean): void => {
    const tokens = s.tokens;
    for (const n of findNumbers(tokens, lang, inDate)) {
      // Figures outside the built-in event classes are read by the open pass below, with their unit.
      if (!n.event && n.unit !== 'age' && n.unit !== 'hostages' && n.unit !== 'people') continue;
      // A unit after the figure (miles, hours, dollars, percent) is what it measures: the open pass reads it, converted.
      const unitNext = unitOf(tokens[n.to]?.lower ?? '');
      if (unitNext && !(unitNext.dimension === 'duration' && unitNext.factor >= 1)) continue;
      // "50 killed and 53 wounded": a participle right after the figure is what it counts, even
      // when an event word of another class stands nearby.
      const after = tokens[n.to]?.lower === 'others' || tokens[n.to]?.lower === 'people' ? (tokens[n.to + 1]?.lower === 'were' ? n.to + 2 : n.to + 1) : n.to;
      if (n.event && /^\p{Ll}{3,}ed$/u.test(tokens[after]?.lower ?? '') && !eventAt(tokens, after)) continue;
      // So is a noun of another event of the news table: "12 muertos y 70 heridos", "17 погибших и 70 раненых".
      if (n.event && countedByOtherEvent(tokens[after]?.lower ?? '', n.event)) continue;
      let subject: string | null = null;
      // An age in apposition ("Trufanov, 29," / "su hijo Alexander, de 27 años,") is the age of
      // the name right before it. When that name is no one the article names in full (a given
      // name alone), whose age it is stays unknown: never the next person named.
      // An age in apposition to a common noun ("El estadounidense, de 32 años,") or before one
      // with no name after it ("The 32-year-old journalist was detained in Yekaterinburg") is the
      // age of that noun phrase: whose it is stays unknown, never the next name or place.
      const prenominal = n.unit === 'age' && /(years?-old|years? old|летн\p{L}*)$/iu.test(text.slice(n.start, n.end));
      // "her 50-year-old daughter Elena Trufanova", "50-летняя Елена": an age before a noun is
      // the age of the name its noun phrase ends with, not of the one before it — in a list too
      // ("35-year-old Alejandro Fuentes, 26-year-old Dorlian Cabrera"), where a comma comes first.
      const ahead = prenominal ? nameAhead(tokens, n.to, personKeyAt) : -1;
      const apposed = n.unit === 'age' && ahead < 0 ? apposedName(tokens, n.from) : -1;
      if (apposed >= 0 && personKeyAt(apposed)) subject = personAt(apposed);
      // "Evan Gershkovich, a 31-year-old reporter for …": an apposition after the name, opened by
      // an indefinite article, describes the name before it.
      if (!subject && n.unit === 'age' && prenominal && /^(a|an)$/.test(tokens[n.from - 1]?.lower ?? '') && tokens[n.from - 2]?.text === ',' && personKeyAt(n.from - 3)) subject = personAt(n.from - 3);
      // "The 29-year-old has been held for 473 days": the age is the noun phrase's head and the
      // sentence's subject, standing for the person of the sentences before, as a pronoun would.
      const headless = prenominal && ahead < 0 && ARTICLES.has(tokens[n.from - 1]?.lower ?? '') && startsPredicate(tokens, n.to);
      const ofNoun = n.unit === 'age' && !headless && (apposed === APPOSED_TO_NOUN || (prenominal && ahead < 0 && /^\p{Ll}/u.test(tokens[n.to]?.text ?? '')));
      if (headless && !subject) {
        // "Sagui Dekel Chen: The 36-year-old is…": a person named before it in the sentence first.
        let at = -1;
        for (let i = n.from - 1; i >= 0 && at < 0; i--) if (personKeyAt(i)) at = i;
        const family = at < 0 ? pronounSubject(si) : null;
        subject = at >= 0 ? personAt(at) : family ? personOfPronoun(family, tokens, 0, si) : null;
      } else if (!subject && apposed < 0 && !ofNoun && (n.unit === 'age' || n.event === 'captivity')) {
        // The person the sentence is about: the nearest one named before the figure, else the
        // one a pronoun before it stands for, else the nearest named after it.
        let at = -1;
        if (ahead >= 0) subject = personAt(ahead);
        else {
          for (let i = n.from - 1; i >= 0 && at < 0; i--) if (personKeyAt(i)) at = i;
          // "Sasha Troufanov, with his girlfriend Sapir Cohen, … after his release from 498 days":
          // a possessive after the nearest name stands for the subject of its clause.
          let owner = -1;
          for (let i = n.from - 1; i > at && owner < 0; i--) if (POSSESSIVES.has(tokens[i]!.lower)) owner = i;
          const ownerAt = at >= 0 && owner >= 0 ? ownerIndexBefore(tokens, owner) : -1;
          if (ownerAt >= 0) subject = personAt(ownerAt);
          else if (at < 0 && ((lang === 'es' && DROPPED_SUBJECT_VERBS.test(tokens[n.from - 1]?.lower ?? '')) || (n.from === 2 && /^âgée?$/.test(tokens[0]!.lower) && tokens[1]!.lower === 'de' && !tokens.some((_, k) => k >= n.to && personKeyAt(k))))) {
            // Spanish drops the pronoun: "Tenía 27 años cuando fue secuestrado" is said of the
            // one person of the sentences before, with the given name last written for them; so
            // is a French sentence that opens "Âgé de 28 ans, …".
            const family = pronounSubject(si);
            const given = family ? lastGivenOf(family, si) : null;
            subject = family && given ? `${family}:?:${canonicalGiven(given)}` : null;
          } else if (at < 0 && hasPronoun(tokens, n.from)) {
            const family = pronounSubject(si);
            // An age or days held go to the person only when the pronoun's gender matches how the
            // article writes their surname: "she was 53", "she had been held for 53 days" must not
            // become her son's.
            subject = family ? personOfPronoun(family, tokens, n.from, si) : null;
          } else {
            // A possessor named after an age is not whose age it is ("a 21-year-old student …
            // from Weiner's account").
            const possessor = (i: number) => /['’]s?$/.test(tokens[i]!.text) || tokens[i + 1]?.text === "'s" || tokens[i + 1]?.text === '’s';
            for (let i = n.to; i < tokens.length && at < 0; i++) if (personKeyAt(i) && !(n.unit === 'age' && possessor(i))) at = i;
            // One person, not the family: the mother's 53 days are not her son's 498.
            if (at >= 0) subject = personAt(at);
          }
        }
      }
      // An age said of a definite description ("the 32-year-old reporter"): the article's one
      // person's, as describedPerson tells.
      let scope = n.scope;
      if (!subject && n.unit === 'age') {
        subject = describedPerson(tokens, si, n.from, prenominal ? n.to : -1);
        if (subject) scope = [...scope, 'described'];
      }
      const topicEvent = n.unit === 'age' ? 'age' : n.event ?? n.unit;
      // One bucket per measure for figures of every kind: a built-in event's count of people
      // meets "30 sources" and "three other women"; its own class stays in `key` for its rules.
      const measure = legacyMeasure(n.unit);
      const [spanStart, spanEnd] = figureSpan(tokens, n.from, n.to, n.start, n.end, countsANoun(measure));
      const predicate = n.event ? (EVENT_PREDICATE[n.event] ?? n.event) : (predicateNear(tokens, n.from, n.to)?.lemma ?? null);
      make('number', spanStart, spanEnd, s, openTopic(measure), describeCount(n.event, n.unit, n.scope, subject ? fullNameOf(subject.split(':')[0]!) : null),
        { type: 'number', value: n.value, low: n.low, high: n.high, hedge: n.hedge, unit: n.unit },
        {
          event: n.event, subject, scope, key: `${topicEvent}:${keyUnit(n.unit)}`, predicate, measure,
          context: contextOf(tokens, n.from, n.to), near: contextOf(tokens, n.from, n.to, 6),
          modality: modalityOf(tokens, n.from, n.to, lang), running: n.unit === 'age' || isRunning(tokens, n.from, n.to, false),
        });
    }
  };
  // "le journaliste de 31 ans", "The Wall Street Journal reporter, 32,", "the 32-year-old
  // reporter": a definite description of the article's one person. Its age agrees or moves with
  // theirs, never disagrees (scope 'described'): it may be someone else's.
  const describedPerson = (tokens: Token[], si: number, from: number, after: number): string | null => {
    // Opening its sentence, the description is its subject ("The 29-year-old engineer, held by …,
    // embraced his mother Yelena"); inside it, only where the sentence names no one else.
    const described = describedByDefiniteNoun(tokens, from, after);
    if (!described || (described === 'inside' && tokens.some((_, k) => personKeyAt(k)))) return null;
    const family = pronounSubject(si);
    return family && family !== 'group' && !family.startsWith('kin:') ? personOfPronoun(family, tokens, from, si) : null;
  };
  const claimMeasures = (s: SentenceInfo, si: number, taken: (a: number, b: number) => boolean): void => {
    const tokens = s.tokens;
    const found = findMeasures(tokens, lang, taken);
    for (const m of found) {
      const predicate = predicateNear(tokens, m.from, m.to);
      const left = whatIsLeft(tokens, m.from, m.to);
      const frame: Claim['frame'] = {
        event: null, subject: subjectNear(m.from, m.to), scope: [...(partOfWhole(tokens, m.from) ? ['q:other'] : []), ...(left ? ['q:left'] : []), ...qualifiedNoun(tokens, m)], predicate: predicate?.lemma ?? null, measure: m.measure,
        context: contextOf(tokens, m.from, m.to), near: contextOf(tokens, m.from, m.to, 6), modality: modalityOf(tokens, m.from, m.to, lang), running: m.measure === 'age' || left || isRunning(tokens, m.from, m.to, m.ordinal),
      };
      // "76 hostages were still held in Gaza. Saturday's exchange leaves 73.": a figure left bare
      // after a verb that moves a count on counts what the sentence before counted.
      const before = m.measure === 'count:?' && found.length === 1 && si > 0 ? carriedCount(tokens, m.from, m.to, sentences[si - 1]!) : null;
      if (before?.frame) Object.assign(frame, { measure: before.frame.measure, event: before.frame.event, key: before.frame.key, scope: before.frame.scope, running: before.frame.running || frame.running });
      if (m.measure === 'age' && !frame.subject) {
        frame.subject = describedPerson(tokens, si, m.from, -1);
        if (frame.subject) frame.scope.push('described');
      }
      const measure = frame.measure!;
      const [mStart, mEnd] = figureSpan(tokens, m.from, m.to, m.start, m.end, countsANoun(m.measure));
      make('number', mStart, mEnd, s, openTopic(measure), before ? before.about : describeOpen(measure, predicate?.lemma ?? null),
        { type: 'number', value: m.value, low: m.low, high: m.high, hedge: m.hedge, unit: before && before.value.type === 'number' ? before.value.unit : measure }, frame);
    }
  };
  /** The count of the sentence before that a bare figure carries on, if its verb says so. */
  const carriedCount = (tokens: Token[], from: number, to: number, previous: SentenceInfo): Claim | null => {
    const prev = tokens[from - 1]?.lower ?? '';
    const moved = CARRY_VERBS.test(prev) || (/^(to|at|a|à|до)$/.test(prev) && tokens.slice(0, from).some((t) => CARRY_VERBS.test(t.lower)));
    // The figure ends its clause: "leaves 73.", "brings the total to 59, …".
    if (!moved || !/^(\.|,|;|!|in|en|в|dans|$)$/.test(tokens[to]?.text.toLowerCase() ?? '')) return null;
    // The first count of that sentence: what it is about ("76 hostages were still held, of whom
    // at least 35 are dead" is about the 76).
    let first: Claim | null = null;
    for (let k = claims.length - 1; k >= 0 && claims[k]!.start >= previous.start; k--) {
      const c = claims[k]!;
      if (c.end <= previous.end && c.kind === 'number') first = c;
    }
    const measure = first?.frame?.measure ?? '';
    return countsANoun(measure) ? first : null;
  };
  // Names written in full, of any entity: organisations, places, works, people.
  const claimEntities = (s: SentenceInfo, sentenceNames: NameMention[]): void => {
    const tokens = s.tokens;
    if (!s.titleCase) {
      for (const e of findEntities(tokens, text, lowerWords, (a) => inFullName[a] === 1)) {
        // A name the names pass has read already (a person, a place) is compared there, spelling by
        // spelling: skip an entity whose words it covers, but for one descriptor before them
        // ("Kibbutz Nir Oz"). A longer name ("Western Valley School of Law") stays an entity.
        const covered = sentenceNames.filter((n) => n.start >= e.start && n.end <= e.end);
        if (covered.length) {
          const first = Math.min(...covered.map((n) => n.start));
          const rest = text.slice(e.start, e.end).split(/\s+/).length;
          const inside = covered.reduce((k, n) => k + n.written.split(/\s+/).length, 0);
          const before = text.slice(e.start, first).trim().split(/\s+/).filter(Boolean).length;
          const after = text.slice(Math.max(...covered.map((n) => n.end)), e.end).trim();
          if (!after && rest - inside - before <= 1 && before <= 1) continue;
        }
        if (sentenceNames.some((n) => n.start < e.end && n.end > e.start && (n.start < e.start || n.end > e.end))) continue;
        if (persons.some((p) => p.bare && p.start < e.end && p.end > e.start)) bareInEntity.add(persons.findIndex((p) => p.bare && p.start < e.end && p.end > e.start));
        // A single word that is a person's surname is that person's, compared above.
        if (!e.written.includes(' ') && (persons.some((p) => p.surname === e.written) || names.some((n) => n.role === 'surname' && n.written === e.written))) continue;
        // An organisation or place named in another language ("Cruz Roja", "Красный Крест") is
        // keyed by its English name, so outlets in two languages compare it.
        const key = translatedKey(e.written) ?? e.key;
        make('name', e.start, e.end, s, `name:entity:${key}`, `the name ${e.written}`, { type: 'name', role: 'org', key, written: e.written }, { event: null, subject: null, scope: [] });
      }
    }
  };
  /** Whether a claim of this sentence of the kind asked overlaps [start, end): only this sentence's, the last ones made. */
  const overlapsClaim = (s: SentenceInfo, start: number, end: number, which: (c: Claim) => boolean): boolean => {
    for (let k = claims.length - 1; k >= 0 && claims[k]!.start >= s.start; k--) if (claims[k]!.start < end && claims[k]!.end > start && which(claims[k]!)) return true;
    return false;
  };
  const claimFacts = (s: SentenceInfo, si: number): void => {
    const tokens = s.tokens;
    for (const f of findFacts(text, s.start, s.end)) {
      let subject: string | null = null;
      if (f.subjectSide === 'after') {
        // "A dual Russian-Israeli citizen, he was received by Putin": the pronoun's person, not Putin.
        const next = tokens.find((t) => t.start >= f.end && t.text !== ',' && !/^(citizen|citizens|national|nationals)$/.test(t.lower));
        if (next && isPronoun(tokens, tokens.indexOf(next))) subject = pronounSubject(si);
        else subject = names.find((x) => x.role === 'surname' && x.start >= f.subjectAt && x.start - f.subjectAt < 40)?.key ?? null;
      } else {
        const before = tokens.filter((t) => t.end <= f.subjectAt);
        const kin = [...before].reverse().find((t) => KIN_WORDS.has(t.lower));
        subject = kin ? kinKey(kin.lower) : null;
        for (let i = before.length - 1; i >= 0 && !subject; i--) subject = personKeyAt(i);
      }
      make('fact', f.start, f.end, s, `fact:${f.attribute}`, f.attribute === 'citizenship' ? 'citizenship' : f.attribute === 'sentence' ? 'a life sentence' : f.value === 'killed:captivity' ? 'killed in captivity' : 'killed in the attack',
        { type: 'fact', statement: f.value }, { event: f.attribute, subject, scope: [] });
    }
    // The flag a ship flies and the port it is bound for ("Panama-flagged", "bound for Rotterdam").
    for (const f of findVoyageFacts(text, s.start, s.end)) {
      if (overlapsClaim(s, f.start, f.end, (k) => k.kind === 'fact')) continue;
      make('fact', f.start, f.end, s, `fact:${f.attribute}`, f.attribute === 'flag' ? 'the flag it flies' : 'where it was bound for',
        { type: 'fact', statement: f.value }, { event: f.attribute, subject: null, scope: [] });
    }
    // What someone is charged with: the person named within a few words before it ("Orlov,
    // accused of espionage", "Орлова, обвиняемого в шпионаже"), else no one in particular — a
    // name further back is as often a lawyer's or a presenter's.
    for (const c of findCharges(text, s.start, s.end)) {
      let subject: string | null = null;
      const at = tokens.findIndex((t) => t.start >= c.start);
      for (let i = at - 1; i >= Math.max(0, at - 7) && !subject; i--) subject = personKeyAt(i);
      make('fact', c.start, c.end, s, 'fact:charge', `the charge (${c.offence})`, { type: 'fact', statement: c.offence }, { event: 'charge', subject, scope: [] });
    }
    // Records and firsts: "the longest shutdown in history", one topic per superlative and noun.
    for (const r of findRecords(tokens)) {
      const start = tokens[r.from]!.start;
      const end = tokens[r.to - 1]!.end;
      if (overlapsClaim(s, start, end, (c) => c.kind !== 'name')) continue;
      make('fact', start, end, s, `fact:record:${r.superlative}:${r.noun}`, `the ${r.superlative} ${r.noun}`,
        { type: 'fact', statement: `${r.superlative} ${r.noun}|${r.qualifiers.join(' ')}` }, { event: 'record', subject: null, scope: [] });
    }
    // Who held someone: "Trufanov, who was held by Palestinian Islamic Jihad", "en manos de Hamás".
    for (const c of findCaptors(tokens)) {
      const held = heldPerson(tokens, si, c.cueAt, c.to, c.objectAt);
      if (!held) continue;
      const subject = held.key;
      const start = tokens[c.from]!.start;
      const end = tokens[c.to - 1]!.end;
      if (overlapsClaim(s, start, end, (k) => k.kind === 'fact')) continue;
      const frame: Claim['frame'] = { event: 'captor', subject, scope: [...(c.joint ? ['captors:joint'] : []), ...(c.taking ? ['captors:taking'] : [])] };
      if (held.person) frame.person = held.person;
      make('fact', start, end, s, `fact:captor:${subject}`, `who held ${fullNameOf(subject) ?? 'this person'}`, { type: 'fact', statement: c.key }, frame);
    }
    // A place said of the person a phrase at `cueAt` is about: its span, unless a fact holds it already.
    const placeOfPerson = (p: PlaceMention): { subject: string; start: number; end: number } | null => {
      const subject = heldPerson(tokens, si, p.cueAt, p.to)?.key;
      const start = tokens[p.from]!.start;
      const end = tokens[p.to - 1]!.end;
      return subject && !overlapsClaim(s, start, end, (k) => k.kind === 'fact') ? { subject, start, end } : null;
    };
    // Where someone was taken from: "kidnapped from Kibbutz Nir Oz", "secuestrado del kibutz Nir Oz".
    for (const p of findTakenFrom(tokens)) {
      const place = placeOfPerson(p);
      if (!place) continue;
      const { subject, start, end } = place;
      // Several people taken together ("Sasha Troufanov and Sapir Cohen were kidnapped", "…, her
      // mother Irina, son Alexander and his fiancee"), or a person taken along with others, is
      // said of the family: it may agree with one of them, never disagree.
      const together = takenTogether(tokens, p.cueAt);
      const frame: Claim['frame'] = { event: 'taken-from', subject, scope: [`place:${p.kind}`, ...(together ? ['places:group'] : [])] };
      const at = heldAt(tokens, p.cueAt);
      // The person named right before the verb was taken from there, whoever was taken with them
      // ("Orlov was kidnapped along with his mother … from Kibbutz Nahal Oz").
      if (at >= 0 && personKeyAt(at) === subject) frame.person = personAt(at);
      make('fact', start, end, s, `fact:taken-from:${subject}`, `where ${fullNameOf(subject) ?? 'this person'} was taken from`, { type: 'fact', statement: p.key }, frame);
    }
    // Where someone was arrested: "arrested in Yekaterinburg", "задержан в Екатеринбурге".
    for (const p of findArrestPlaces(tokens)) {
      const place = placeOfPerson(p);
      if (!place) continue;
      const { subject, start, end } = place;
      make('fact', start, end, s, `fact:arrested-in:${subject}`, `where ${fullNameOf(subject) ?? 'this person'} was arrested`, { type: 'fact', statement: p.key }, { event: 'arrested-in', subject, scope: [] });
    }
    // Who someone is: "Kelly, a retired four-star Marine general,", "He was a special assistant
    // district attorney", one topic per person; a record said of them stays the record.
    for (const r of findRoles(tokens, (i) => !!personKeyAt(i))) {
      const subject = r.pronoun ? pronounSubject(si) : personKeyAt(r.nameAt);
      if (!subject) continue;
      const start = tokens[r.from]!.start;
      const end = tokens[r.to - 1]!.end;
      if (overlapsClaim(s, start, end, (c) => c.kind === 'fact')) continue;
      make('fact', start, end, s, `fact:role:${subject}`, `what ${fullNameOf(subject) ?? 'this person'} is`,
        { type: 'fact', statement: [r.noun, ...r.modifiers].join(' ') }, { event: 'role', subject, scope: [] });
    }
  };
  sentences.forEach((s, si) => {
    currentTokens = s.tokens;
    // Claims are only added in this pass, sentence by sentence: this sentence's start here.
    const sentenceClaimsFrom = claims.length;
    const sentenceNames = namesBySentence.get(si) ?? NO_NAMES;
    while (nextDate < allDates.length && allDates[nextDate]!.start < s.start) nextDate++;
    const dates: DateMention[] = [];
    while (nextDate < allDates.length && allDates[nextDate]!.start < s.end) dates.push(allDates[nextDate++]!);
    claimDates(s, si, dates);
    const inDate = (a: number, b: number) => dates.some((d) => a < d.end && b > d.start);
    claimCounts(s, si, inDate);
    dateAgesAtDeath(claims.slice(sentenceClaimsFrom));
    // Figures of every other kind, with an open frame.
    const numbered = claims.slice(sentenceClaimsFrom).filter((c) => c.kind === 'number' && c.start >= s.start && c.end <= s.end);
    const taken = (a: number, b: number) => inDate(a, b) || numbered.some((c) => a < c.end && b > c.start);
    claimMeasures(s, si, taken);
    agesAtAnUndatedDeath(s.tokens, claims.slice(sentenceClaimsFrom));
    while (nextQuote < quotes.length && quotes[nextQuote]!.start < s.start) nextQuote++;
    const own: typeof quotes = [];
    while (nextQuote < quotes.length && quotes[nextQuote]!.start < s.end) own.push(quotes[nextQuote++]!);
    for (const q of own) {
      // The speaker's surname, titles before it aside ("Mr. Trump", "Lt. Gov. Timothy Murray").
      const surname = q.speaker?.split(/\s+/).pop() ?? '';
      const speakerKey = q.speaker ? (personKeyOf(surname) ?? nameKey(surname)) : 'unknown';
      // One bucket for all quotations: the words align them, whoever each outlet names as the speaker.
      make('quote', q.start, q.end, s, 'quote', q.speaker ? `words of ${q.speaker}` : 'a quotation',
        { type: 'quote', speaker: q.speaker, words: q.words }, { event: null, subject: speakerKey, scope: [] });
    }
    claimEntities(s, sentenceNames);
    claimFacts(s, si);
  });

  claimNames(names, sentences, make, new Set(persons.map((p) => p.key)), canonicalGiven, story);
  claimPersons(persons, bareInEntity, sentences, make, story);
  resolveChains(chained, sentences, eventDates);
  // Days held count from the abduction: the day the article gives for it tells a count still
  // running at the article's date from a final one (compare.ts).
  const taken = (eventDates.get('attack') ?? []).find((d) => d.granularity === 'day' && d.yearKnown && d.startDate);
  if (taken) for (const c of claims) if (c.frame?.event === 'captivity') c.frame.since = taken.startDate!;
  // A page without a date was written at least as many days after the abduction as it counts
  // held: "abducted on October 7, 2023 … held for 498 days" is from February 2025 or later.
  if (taken && !article.published) {
    for (const c of claims) {
      if (c.frame?.event !== 'captivity' || c.value.type !== 'number' || c.value.unit !== 'days' || c.value.hedge !== 'exact') continue;
      const until = addDays(taken.startDate!, c.value.value);
      if (!latest || until > latest) latest = until;
    }
  }

  markUnique(claims);
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  claims.forEach((c, i) => (c.id = `${article.key}#${i}`));
  markSingleCaptor(claims);
  markSinglePlace(claims);
  return { claims, latestDate: latest };
}

/** The article's sentences, each with its tokens. */
/**
 * "Navalny, 47, died on February 16, 2024": a dead person's age stays the age they died at, so
 * an age whose sentence dates that person's death, to the day, is dated by the death.
 */
function dateAgesAtDeath(sentenceClaims: readonly Claim[]): void {
  const family = (k: string | null | undefined) => k?.split(':')[0] ?? null;
  for (const death of sentenceClaims) {
    const v = death.value;
    if (death.kind !== 'date' || death.frame?.event !== 'killed' || v.type !== 'date' || v.granularity !== 'day' || !v.yearKnown || !v.start) continue;
    // Whose death: the date's subject, or, where the date's clause names no one, the age's own.
    const person = family(death.frame.subject);
    if (death.frame.subject?.startsWith('kin:')) continue;
    for (const c of sentenceClaims) {
      const own = family(c.frame?.subject);
      if (c.kind === 'number' && c.value.type === 'number' && c.value.unit === 'age' && own && (person === null || own === person)) c.frame!.asOf = v.start;
    }
  }
}

// A word of a death: the lexicon's verbs of the killed class ("were all killed", "murieron",
// "sont morts", "погибли"), or "dead".
const tellsDeath = (t: Token): boolean => t.lower === 'dead' || triggersOf(t.lower).some((tr) => tr.event === 'killed' && tr.pos === 'verb');

/**
 * "Shahzada Dawood and his 19-year-old son … were all killed": an age said in a sentence of
 * deaths is the age at death, whose date the sentence does not give. It is an age at a moment,
 * never held against an age a year later; against another age at the same death it may be.
 */
function agesAtAnUndatedDeath(tokens: readonly Token[], sentenceClaims: readonly Claim[]): void {
  // Most sentences hold no age: the words are read only where one is.
  const ages = sentenceClaims.filter((c) => c.kind === 'number' && c.value.type === 'number' && (c.value.unit === 'age' || c.frame?.measure === 'age') && c.frame && !c.frame.asOf && !c.frame.scope.includes('when'));
  if (!ages.length || !tokens.some(tellsDeath)) return;
  // Two ages of one person at their death still disagree ("Kunan, 37, died" / "38-year-old Kunan died").
  for (const c of ages) c.frame!.scope.push('when', 'when:killed');
}

/**
 * "the 48-page indictment", "a 10-count indictment", "a 35-word oath": a count written into the
 * adjective of the noun after it measures that one thing, which the scope names ('of:indict').
 */
function qualifiedNoun(tokens: readonly Token[], m: { from: number; to: number; measure: string }): string[] {
  if (m.to !== m.from + 1 || !m.measure.startsWith('count:') || !tokens[m.from]!.lower.includes('-')) return [];
  const next = tokens[m.to];
  if (!next?.lowerInitial || next.lower.length < 3) return [];
  return [`of:${meaningKey(next.lower)}`];
}

/** "the other four workers", "two more", "los otros tres": a figure that counts a part of a larger count. */
function partOfWhole(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1]?.lower ?? '';
  return QUALIFIER_WORD.test(prev) || /^(more|remaining|another|ещё|еще|остальные|остальных|restantes|más)$/.test(prev) || /^(more|other|others|additional|further|más|otros|otras|autres|другие|других)$/.test(tokens[from + 1]?.lower ?? '');
}

function readSentences(text: string, tokens: readonly Token[]): SentenceInfo[] {
  // Sentences start and end at white space, which no token holds: a sentence's tokens are the
  // ones that start inside it, as if it had been tokenized alone.
  let next = 0;
  return mapPacked(splitSentences(text), (s) => {
    while (next < tokens.length && tokens[next]!.start < s.start) next++;
    const first = next;
    while (next < tokens.length && tokens[next]!.start < s.end) next++;
    const own = tokens.slice(first, next);
    return { start: s.start, end: s.end, tokens: own, titleCase: isTitleCase(own) };
  });
}

// Extraction runs in phases of their own functions, not one long one: V8 optimises (and, when an
// article brings a shape it had not seen, re-optimises) a long function slowly, on the thread
// that reads the article.

/**
 * The name an age stands in apposition to: "Trufanov, 29", "Sagui Dekel-Chen, de 36", the word
 * before the comma when it is capitalised and inside the sentence; -1 when there is none.
 */
function apposedName(tokens: readonly Token[], from: number): number {
  let at = from - 1;
  if (/^(de|à)$/i.test(tokens[at]?.text ?? '')) at--;
  if (tokens[at]?.text !== ',' && tokens[at]?.text !== '(') return -1;
  const word = tokens[at - 1];
  if (at >= 1 && !!word && /^\p{Lu}/u.test(word.text)) return at - 1;
  // "El estadounidense, de 32 años": a common noun after its article.
  return at >= 2 && !!word && /^\p{Ll}{3,}$/u.test(word.text) && ARTICLES.has(tokens[at - 2]!.lower) ? APPOSED_TO_NOUN : -1;
}

/**
 * Whether an age at token `from` belongs to a definite noun phrase of a person: "le journaliste
 * de 31 ans", "El periodista, de 32 años", "The Wall Street Journal reporter, 32," or, with
 * `after` past a prenominal age, "the 32-year-old reporter".
 */
function describedByDefiniteNoun(tokens: readonly Token[], from: number, after: number): 'opens' | 'inside' | null {
  // A people's word or a compound between the age and the noun: "the 29-year-old Russian-Israeli
  // engineer", "ce citoyen israélo-russe de 29 ans".
  const describing = (t: Token | undefined) => !!t && (isDemonym(t.lower) || /^\p{L}+-\p{L}+$/u.test(t.text) || t.lower === 'dual');
  if (after >= 0) {
    let k = after;
    while (k < after + 2 && describing(tokens[k])) k++;
    if (!DEFINITE.test(tokens[from - 1]?.lower ?? '') || !isPersonNoun(tokens[k]?.lower ?? '')) return null;
    return from - 1 === 0 ? 'opens' : 'inside';
  }
  let at = from - 1;
  if (/^(de|,)$/.test(tokens[at]?.lower ?? '')) at--;
  if (tokens[at]?.text === ',') at--;
  while (at > from - 5 && describing(tokens[at])) at--;
  if (!isPersonNoun(tokens[at]?.lower ?? '')) return null;
  // The article within three words before the noun, past capitalised words of an employer.
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (DEFINITE.test(tokens[k]!.lower)) return k === 0 ? 'opens' : 'inside';
    if (!tokens[k]!.upperInitial) return null;
  }
  return null;
}

const isPersonNoun = (w: string): boolean => ONE_PERSON_NOUNS.test(w.replace(/['’]s$/, ''));

/** Whether the words at `at` open a predicate: an auxiliary or a verb ("has been held", "was taken", "remains"). */
function startsPredicate(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]?.lower ?? '';
  return /^(is|was|has|had|have|remains|remained|will|would|said|says|told|spent|returned|appeared|who|,)$/.test(w) || looksLikeVerb(tokens as Token[], at);
}

const UNTIL = /^(until|till|through|до|hasta|jusqu['’]au|jusqu['’]à|bis|fino)$/;
/** Whether the date at token `from` is a deadline: right after "until", "до", "hasta (el)", "bis (zum)", "until at least". */
function isDeadline(tokens: readonly Token[], from: number): boolean {
  let i = from - 1;
  if (/^(el|la|le|the|zum|al)$/.test(tokens[i]?.lower ?? '')) i--;
  if (tokens[i]?.lower === 'least' && tokens[i - 1]?.lower === 'at') i -= 2;
  return UNTIL.test(tokens[i]?.lower ?? '');
}

/** apposedName's answer for an age in apposition to a common noun, not to a name. */
const APPOSED_TO_NOUN = -2;
/** Articles before a noun in the engine's languages: "the reporter, 32," "el estadounidense, de 32 años". */
const ARTICLES = new Set(['the', 'el', 'la', 'le', 'l', 'il', 'lo', 'der', 'die', 'das', 'o', 'a']);

/** The name that ends the noun phrase after `from` ("daughter Elena Trufanova"), within five words and one clause; -1 when none. */
function nameAhead(tokens: readonly Token[], from: number, personKeyAt: (i: number) => string | null): number {
  for (let i = from; i < Math.min(tokens.length, from + 5); i++) {
    if (/^[.;:!?]$|^(and|or|и|или|y|o|et|ou)$/i.test(tokens[i]!.text)) return -1;
    // The family name ends it: "Elena" then "Trufanova".
    if (personKeyAt(i)) {
      while (i + 1 < tokens.length && personKeyAt(i + 1) === personKeyAt(i)) i++;
      return i;
    }
  }
  return -1;
}

/** Pass 1: names, so that later passes can tell who an event happened to. */
function readNames(sentences: SentenceInfo[], lowerWords: Set<string>, story: StoryNames): { names: Array<NameMention & { sentence: number }>; surnameKeys: Set<string> } {
  const names: Array<NameMention & { sentence: number }> = [];
  sentences.forEach((s, si) => {
    if (s.titleCase) return;
    for (const n of findNames(s.tokens, lowerWords, story)) names.push(withSentence(n, si));
  });
  const surnameKeys = new Set(names.filter((n) => n.role === 'surname').map((n) => n.key));
  // In a Title Case headline capitals prove nothing; keep only names the body confirms.
  const placeKeys = new Set(names.filter((n) => n.role === 'place').map((n) => n.key));
  sentences.forEach((s, si) => {
    if (!s.titleCase) return;
    const found = findNames(s.tokens, lowerWords, story);
    for (const n of found) {
      const confirmed =
        n.role === 'place' ? placeKeys.has(n.key)
        : n.role === 'surname' ? surnameKeys.has(n.key) && (n.person === null || found.some((g) => g.role === 'given' && g.key === n.person && names.some((b) => b.role === 'given' && b.key === g.key)))
        : !!n.person && surnameKeys.has(n.person) && names.some((b) => b.role === 'given' && b.key === n.key);
      if (confirmed) names.push(withSentence(n, si));
    }
  });
  names.sort((a, b) => a.start - b.start);
  return { names, surnameKeys };
}

/** For each key, the value written most often with it; on a tie, the first written. */
function mostWritten(pairs: Array<[string, string]>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [key, value] of pairs) {
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(value, (m.get(value) ?? 0) + 1);
    counts.set(key, m);
  }
  const out = new Map<string, string>();
  for (const [key, m] of counts) {
    let best = '';
    let most = 0;
    for (const [value, c] of m) if (c > most) (best = value), (most = c);
    out.set(key, best);
  }
  return out;
}

/** Adds a claim of the article (extractClaims's `make`). */
type MakeClaim = (kind: Claim['kind'], start: number, end: number, sentence: Span, topic: string, about: string, value: ClaimValue, frame?: Claim['frame']) => Claim;

/** A date counted from an event ("53 days later"), resolved once the article's event dates are known. */
interface ChainedDate {
  mention: DateMention;
  claim: Claim;
  sentence: number;
  tokenAt: number;
  event: EventClass | null;
}

/**
 * Names become claims where they are written in full (or beside a kin word). `canonical` maps a given name's key to the key of the first given name the stories list for its
 * person (Sasha → Alexander), so that a family name written with either is compared as one person's.
 * The family name of any of a story's people of one family ("Elena Trufanov", "Alexander
 * Trufanov") is that family's, compared whichever member it is written with; other people's
 * family names are compared person by person (Loretta and Linda Sánchez are no family).
 */
function claimNames(names: Array<NameMention & { sentence: number }>, sentences: SentenceInfo[], make: MakeClaim, personKeys: ReadonlySet<string>, canonical: (given: string) => string, story: StoryNames): void {
  const surnameSubject = (n: NameMention): string => {
    const keys = n.subject!.split('|').map(canonical);
    const family = story.surnames.get(n.key);
    if (family && keys.some((k) => family.some((p) => p.given === k))) keys.push(`family:${n.key}`);
    return keys.join('|');
  };
  const alone = new Set<string>();
  for (const n of names) {
    if (n.alone) {
      // A person the article names in full has its surname claimed with them (claimPersons).
      if (alone.has(n.written) || personKeys.has(n.key)) continue;
      alone.add(n.written);
    }
    const s = sentences[n.sentence]!;
    const about = n.role === 'place' ? `the place ${n.written}` : n.role === 'surname' ? `how ${n.full}'s family name is spelled` : `${n.full}'s given name`;
    // A given name's topic is its group's head, so that short forms meet (Sandi / Sandra).
    const head = n.role === 'given' ? givenNameHead(looseName(n.written), (g) => looseName(g)) : null;
    // A place known in the four languages is compared with the organisations and places written in full.
    const translated = isTranslatedKey(n.key);
    make('name', n.start, n.end, s, translated ? `name:entity:${n.key}` : `name:${n.role}:${head ? nameKey(head) : n.key}`, about,
      { type: 'name', role: translated ? 'org' : n.role, key: n.key, written: n.written }, { event: null, subject: n.role === 'surname' && n.subject ? surnameSubject(n) : n.subject, scope: [] });
  }
}

/** The people of the article: "Edward J. Markey", a later "Ed Markey", a misspelled "Markee". */
function claimPersons(persons: PersonMention[], bareInEntity: Set<number>, sentences: SentenceInfo[], make: MakeClaim, story: StoryNames): void {
  const written = new Set<string>();
  // A story's person misspelled with the given name right ("Evan Gerhskovich", "Evan
  // Gerskovich"): two letters off the typed surname, the key of the typed one, so the card
  // compares it with the other sources as a spelling of that name.
  const storyKeyOf = (p: PersonMention): string => {
    if (!p.given || story.surnames.has(p.key)) return typedSurnameKey(story, p.key);
    // A story's person written with a second family name or a middle name ("Maynor Yasir
    // Suazo-Sandoval", "Maynor Yassir Suazo Sandova" for Maynor Suazo): the typed surname is one
    // of the name's words after the given name, the given name the same.
    const words = p.written.split(/[\s\-‐‑]+/).slice(1);
    if (words.length > 1 || /[-‐‑]/.test(p.surname)) {
      const given = nameKey(p.given);
      const keys = new Set(words.map((w) => nameKey(w, true)));
      for (const [key, typed] of story.surnames) if (keys.has(key) && typed.some((t) => t.given === given)) return key;
    }
    const folded = foldName(p.surname, true);
    if (folded.length < 6) return p.key;
    for (const [key, typed] of story.surnames) {
      if (typed.some((t) => t.given === nameKey(p.given!) && editDistance(foldName(t.surname, true), folded) <= 2)) return key;
    }
    return p.key;
  };
  for (const [pi, p0] of persons.entries()) {
    const key = storyKeyOf(p0);
    const p = key === p0.key ? p0 : { ...p0, key };
    if (bareInEntity.has(pi)) continue;
    // Every full name (outlets quote one another's sentences, so any of them may be the one
    // compared); a surname alone once per spelling, as it is written many times — its first
    // time alone, even after the full name, since that is where a reader meets it on its own.
    const form = `${p.key}|${p.given ?? ''}|${p.generation ?? ''}|${p.surname}`;
    if (p.bare && written.has(form)) continue;
    if (p.bare) written.add(form);
    const si = sentences.findIndex((s) => p.start >= s.start && p.end <= s.end);
    if (si < 0) continue;
    make('name', p.start, p.end, sentences[si]!, `name:person:${p.key}`, `the name of ${p.given ? `${p.given} ` : ''}${p.surname}`,
      { type: 'name', role: 'person', key: p.key, written: p.written, given: p.given, surname: p.surname, generation: p.generation },
      { event: null, subject: null, scope: [] });
  }
}

/** "53 days later": resolved against the event the previous sentences speak of. */
function resolveChains(chained: ChainedDate[], sentences: SentenceInfo[], eventDates: Map<EventClass, DateMention[]>): void {
  for (const c of chained) {
    const anchor = chainAnchor(sentences, c.sentence, c.tokenAt, c.event, eventDates);
    if (!anchor?.startDate || c.mention.chainDays === undefined) continue;
    const date = addDays(anchor.startDate, c.mention.chainDays);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const exact = anchor.granularity === 'day';
    c.claim.value = {
      type: 'date', start: exact ? date : addDays(date, -15), end: exact ? date : addDays(date, 15), granularity: exact ? 'day' : 'month',
      relative: true, parts: { year: y, month: m, day: exact ? d : null, weekday: null }, yearKnown: false,
    };
  }
}

/**
 * The modality of a date's own clause, commas included as bounds: "In his letter Thursday, he
 * said he would stay" dates the letter, a past event, whatever the clause after it plans.
 */
function clauseModality(tokens: Token[], from: number, to: number, lang: string): ReturnType<typeof modalityOf> {
  let a = from;
  while (a > 0 && tokens[a - 1]!.text !== ',') a--;
  let b = to;
  while (b < tokens.length && tokens[b]!.text !== ',') b++;
  return modalityOf(tokens.slice(a, b), from - a, to - a, lang);
}

// Words after a figure that belong to it: "19 or older", "three other women", "two more".
const OPEN_END = /^(?:or|and)$/;
const OPEN_END_WORD = /^(?:older|more|over|younger|less|fewer|up|above|below|under)$/;
const QUALIFIER_AFTER = new Set(['other', 'others', 'more', 'additional', 'new', 'further']);
const NOT_A_NOUN = new Set(['than', 'to', 'of', 'in', 'on', 'at', 'and', 'or', 'for', 'were', 'was', 'are', 'have', 'had', 'who', 'that', 'the', 'a']);

/**
 * The text a reader checks for a figure: its hedge ("more than 30", "roughly 2,000") and what
 * closes it ("19 or older", "three other women"), as the other outlet may write them too.
 */
/** A measure that counts a named noun ("count:storey", "count:person"), not a bare figure ("count:?"). */
const countsANoun = (measure: string): boolean => measure.startsWith('count:') && measure !== 'count:?';


function figureSpan(tokens: Token[], from: number, to: number, start: number, end: number, counted = false): [number, number] {
  // A count is highlighted with what it counts ("72 people", "200 firefighters", "15 crew"), the
  // noun right after it or past one modifier ("74 injured people" no; "12 Thai schoolboys").
  if (counted && to < tokens.length && tokens[to]!.start >= end) {
    const noun = nounAfter(tokens, to, 2);
    // A Russian word after a figure is taken for its noun whatever it is: not an adjective, nor a
    // noun past one ("Двукратную олимпийскую чемпионку").
    if (noun && noun.at <= to + 1 && !RUSSIAN_ADJECTIVE.test(tokens[noun.at]!.lower) && !RUSSIAN_ADJECTIVE.test(tokens[to]!.lower)) end = Math.max(end, tokens[noun.at]!.end);
  }
  const h = hedgeBefore(tokens, from);
  if (h && tokens[h.at]!.start < start) start = tokens[h.at]!.start;
  const t = tokens[to];
  if (t && OPEN_END.test(t.lower) && OPEN_END_WORD.test(tokens[to + 1]?.lower ?? '')) end = Math.max(end, tokens[to + 1]!.end);
  else if (t && QUALIFIER_AFTER.has(t.lower)) {
    end = Math.max(end, t.end);
    const noun = tokens[to + 1];
    if (noun && noun.lowerInitial && /^\p{Ll}{3,}$/u.test(noun.text) && !NOT_A_NOUN.has(noun.lower)) end = Math.max(end, noun.end);
  }
  return [start, end];
}

// Subject pronouns only: "his mother was freed" is about the mother.
// Verbs that move a count on from the sentence before: "leaves 73", "brings the total to 59",
// "rose to 12", "deja 73", "laisse 73", "достигло 59".
const CARRY_VERBS = /^(leaves|leaving|left|brings|bringing|brought|rises|rose|risen|rising|climbs|climbed|reaches|reached|stands|stood|falls|fell|drops|dropped|deja|dejando|dejó|eleva|elevó|asciende|ascendió|laisse|laissant|porte|portant|достигло|достиг|возросло|сократилось|оставляет)$/;

const PRONOUNS = new Set(['he', 'she', 'él', 'ella', 'он', 'она', 'il', 'elle']);

// Between a subject and its verb: auxiliaries, a verb of going ("went missing"), a relative pronoun.
const BEFORE_VERB = /^(was|were|is|are|has|have|had|been|went|gone|goes|go|ran|run|that|which|who|a|est|était|fut|porté|portée|ha|había|fue|se|qui|que|был|была|было|сел|села|на|который|которая|которое|,|»|”)$/;
const DEFINITE = /^(the|le|la|l['’]|el|this|ce|cet|cette|este|esta)$/;
const THING_STOP = /^(tourist|touristic|туристический|turístico|touristique)$/;

/**
 * What an event happened to when no person is named: the words of the noun phrase right before
 * its verb ("the OceanGate Titan submersible that went missing", "El submarino Titán, que
 * desapareció", "le sous-marin Titan est porté disparu") or, in Russian, right after it ("пропал
 * батискаф «Титан»"), by their meaning in any language: "thing:submer|titan". A phrase must
 * open with a definite article, or stand first in its sentence.
 */
function thingSubject(tokens: Token[], verbAt: number): string | null {
  const keys = new Set<string>();
  const add = (t: Token) => {
    if (THING_STOP.test(t.lower)) return;
    const k = meaningKey(t.lower.normalize('NFD').replace(/\p{M}/gu, ''));
    if (k.length >= 4) keys.add(k);
  };
  let k = verbAt - 1;
  while (k >= 0 && BEFORE_VERB.test(tokens[k]!.lower)) k--;
  let j = k;
  while (j >= 0 && j > k - 5 && /^\p{L}/u.test(tokens[j]!.text) && !DEFINITE.test(tokens[j]!.lower) && !looksLikeVerb(tokens, j)) j--;
  if (j < k && (j < 0 || DEFINITE.test(tokens[j]!.lower) || /^[«“"]$/.test(tokens[j]!.text))) {
    for (let i = j + 1; i <= k; i++) add(tokens[i]!);
  } else if (/^[\u0400-\u04ff]/.test(tokens[verbAt]!.text)) {
    for (let i = verbAt + 1; i < Math.min(tokens.length, verbAt + 5); i++) {
      const t = tokens[i]!;
      if (/^[«»“”"]$/.test(t.text)) continue;
      if (!/^\p{L}/u.test(t.text)) break;
      add(t);
    }
  }
  return keys.size ? `thing:${[...keys].sort().join('|')}` : null;
}
/** A possessive of one person before an event's noun: "his release", "su liberación", "sa libération", "его освобождение". */
const MASCULINE_POSSESSIVES = new Set(['his', 'его']);
const FEMININE_POSSESSIVES = new Set(['her', 'её', 'ее']);
// Russian "свой" (one's own) agrees with the thing owned, not the owner: of either sex.
const POSSESSIVES = new Set([...MASCULINE_POSSESSIVES, ...FEMININE_POSSESSIVES, 'su', 'sa', 'son', 'своего', 'своей', 'своих', 'свою', 'свой', 'своём', 'своем', 'своему']);
const MASCULINE_PRONOUNS = new Set(['he', 'él', 'он', 'il']);
// French "il" is also impersonal: "il y a 498 jours" (498 days ago), "il faut".
const isPronoun = (tokens: Token[], i: number) => PRONOUNS.has(tokens[i]!.lower) && !(tokens[i]!.lower === 'il' && /^(y|faut|s['’]agit|semble|reste)$/.test(tokens[i + 1]?.lower ?? ''));

// What is left of a supply or a time: "fewer than 40 hours of oxygen left", "remaining", "il reste",
// "quedan", "осталось", "хватит на" (enough for). Such a figure falls as the days pass.
const LEFT_AFTER = /^(left|remaining|remained|remain|remains|restantes?|restant|restants)$/;
const LEFT_BEFORE = /^(remaining|reste|restent|restait|quedan|quedaban|queda|quedaba|restan|осталось|остается|остаётся|оставалось|хватит|хватало)$/;

/** Whether a figure says what is left ("40 hours of oxygen left", "il reste 40 heures", "осталось 40 часов"). */
function whatIsLeft(tokens: Token[], from: number, to: number): boolean {
  for (let k = to; k < Math.min(tokens.length, to + 4); k++) {
    if (LEFT_AFTER.test(tokens[k]!.lower)) return true;
    if (/^[.,;]$/.test(tokens[k]!.text)) break;
  }
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    if (LEFT_BEFORE.test(tokens[k]!.lower)) return true;
    if (/^[.,;]$/.test(tokens[k]!.text)) break;
  }
  return false;
}

// What tells a captivity between a person and a phrase of holding: a word of it, or a verb of
// spending time ("spent 498 days in captivity", "a passé 498 jours en captivité", "pasó 498 días").
const CAPTIVITY_WORDS = /^(captivity|captivité|cautiverio|плену|плен|spent|passé|pasó|провел|провёл|провела)$/;
// What starts another clause or another person's part: a relative pronoun, a conjunction, a verb of meeting.
const CLAUSE_BREAKS = /^(that|which|whose|que|qui|dont|который|которая|которые|которого|но|but|pero|mais|while|mientras|tandis|met|meets|se|reunió|rencontré|встретился|встретил)$/;

/** The person a clause names first when it tells their captivity before a phrase of holding at `cueAt`; -1 when none. */
function captiveBefore(tokens: Token[], cueAt: number): number {
  let captivity = false;
  for (let i = cueAt - 1; i >= Math.max(0, cueAt - 12); i--) {
    const t = tokens[i]!;
    if (/^[.;:!?()«»“”"—–]$/.test(t.text) || CLAUSE_BREAKS.test(t.lower)) return -1;
    if (CAPTIVITY_WORDS.test(t.lower)) captivity = true;
    else if (t.upperInitial && captivity && (i === 0 || !tokens[i - 1]!.upperInitial || /^[.,;]$/.test(tokens[i - 1]!.text))) return i;
  }
  return -1;
}

/** Whether the words around a verb of taking name others taken with the person: "and", "along with", "con", "avec", "вместе с". */
function takenTogether(tokens: Token[], cueAt: number): boolean {
  for (let i = Math.max(0, cueAt - 8); i < Math.min(tokens.length, cueAt + 4); i++) {
    const w = tokens[i]!.lower;
    if (/^(and|y|et|и|along|together|junto|con|avec|вместе)$/.test(w)) return true;
  }
  return false;
}

// Who was held, described, not named: "the 29-year-old", "ce trentenaire", "el joven", "the engineer".
const CAPTIVE_DESCRIPTIONS = /^(\d+-year-old|man|woman|engineer|hostage|captive|youth|trentenaire|vingtenaire|quadragénaire|otage|homme|jeune|joven|hombre|rehén|ingeniero|мужчина|заложник|инженер)$/;
const DEMONSTRATIVES = /^(the|this|ce|cet|le|l'|el|este|ese|этот)$/;
// Russian writes no article: one such person opening the sentence is the one the article is
// about ("Мужчину удерживало … ХАМАС", the man was held by Hamas), in any case form.
const OPENING_DESCRIPTION_RU = /^(мужчина|мужчину|заложник|заложника|инженер|инженера)$/;
const RELATIVES = /^(who|whom|that|which|qui|que|quien|который|которая|которого)$/;
// "Este" and "esta" stand for the person last named ("the latter") when a verb follows, not a noun ("este miércoles").
const DEMONSTRATIVE_PRONOUNS_ES = /^(este|esta|éste|ésta)$/;
const SPANISH_VERB_FORM = /^(\p{Ll}{2,}(ó|aba|aban|ía|ían|ara|aran|iera|ieran|ase|iese|ado|ido|ará|erá|irá)|fue|era|es|está|estaba|estuvo|ha|había|habría|hubiera)$/u;
// Relative pronouns said only of people: "that" and "que" also open what is said.
const RELATIVE_PERSONS = /^(who|whom|qui|quien|quienes|который|которая|которого|которые)$/;

/**
 * The person a phrase of holding at `cueAt` is said of, read back across what describes them:
 * an apposition ("Troufanov, 30, an Amazon electronics engineer, was taken hostage … by"), a
 * relative clause ("Alexandre Troufanov, un citoyen russo-israélien de 29 ans qui a passé … aux
 * mains du") — the token index of the name; 'described' for a description of the article's
 * person with a demonstrative ("The 29-year-old has been held …", "ce trentenaire qui a passé") or,
 * in Russian, opening the sentence ("Мужчину удерживало");
 * -1 at a group ("a family that had been held"), a verb of another clause or the sentence's start.
 */
function describedCaptive(tokens: Token[], cueAt: number, isPerson: (i: number) => boolean): number | 'described' {
  let relative = false;
  for (let i = cueAt - 1; i >= Math.max(0, cueAt - 16); i--) {
    const t = tokens[i]!;
    if (/^[.;:!?()—–]$/.test(t.text)) return -1;
    if (isPerson(i)) return i;
    if (i === 0 && OPENING_DESCRIPTION_RU.test(t.lower)) return 'described';
    if (PERSON_NOUNS.has(t.lower) || PERSON_STEMS_RU.test(t.lower) && !/^заложник$/.test(t.lower) || /^(family|families|they|them|those|ellos|ils|они|famille|familia|семья)$/.test(t.lower)) return -1;
    if (CAPTIVE_DESCRIPTIONS.test(t.lower) && DEMONSTRATIVES.test(tokens[i - 1]?.lower ?? '')) return 'described';
    // The clause's own subject pronoun, before any relative pronoun: "she was then held by"; and
    // "este", the person named last before it ("pocas horas después de que este recuperara su
    // libertad tras permanecer 498 días secuestrado por").
    if (!relative && isPronoun(tokens, i)) return 'described';
    if (!relative && DEMONSTRATIVE_PRONOUNS_ES.test(t.lower) && SPANISH_VERB_FORM.test(tokens[i + 1]?.lower ?? '')) {
      for (let k = i - 1; k >= 0; k--) if (isPerson(k)) return k;
      return 'described';
    }
    if (RELATIVES.test(t.lower)) relative = true;
    else if (relative && looksLikeVerb(tokens, i)) return -1;
  }
  return -1;
}

// Object.assign, not a spread with an added property, which V8 (Node 20) makes twenty times slower.
function withSentence(n: NameMention, sentence: number): NameMention & { sentence: number } {
  return Object.assign({}, n, { sentence });
}

function lastPersonBefore(names: NameMention[], at: number): string | null {
  let best: NameMention | null = null;
  for (const n of names) if (n.role === 'surname' && n.end <= at && (!best || n.end > best.end)) best = n;
  return best?.written ?? null;
}

function chainAnchor(sentences: SentenceInfo[], si: number, tokenAt: number, ownEvent: EventClass | null, eventDates: Map<EventClass, DateMention[]>): DateMention | null {
  for (let k = si; k >= Math.max(0, si - 2); k--) {
    const tokens = sentences[k]!.tokens;
    const end = k === si ? tokenAt : tokens.length;
    for (let i = end - 1; i >= 0; i--) {
      const ev = eventAt(tokens, i);
      if (!ev) continue;
      const event = ev.event === 'abducted' ? 'attack' : ev.event;
      if (event === ownEvent) continue;
      const dates = eventDates.get(event);
      if (!dates?.length) continue;
      const rank = { day: 0, weekday: 1, month: 2, year: 3, decade: 4, relative: 5 } as const;
      return [...dates].sort((a, b) => rank[a.granularity] - rank[b.granularity])[0]!;
    }
  }
  return null;
}

/**
 * The index bucket of a figure: its dimension (money by currency, lengths, durations, shares,
 * ages, tallies); counts of any noun share one bucket with bare figures, and their nouns are
 * weighed when compared.
 */
function openTopic(measure: string): string {
  if (measure.startsWith('tally:')) return 'number:m:tally';
  if (measure.startsWith('count:')) return 'number:m:count';
  return 'number:m:' + measure;
}

// The built-in pass's own units; any other counted noun ("prisoners", "presos") is keyed by its
// meaning, so one class of figure meets its count in another language.
const BUILT_IN_UNITS = new Set(['people', 'hostages', 'days', 'weeks', 'months', 'years', 'age', 'percent', 'money', 'count']);
const keyUnit = (unit: string): string => (BUILT_IN_UNITS.has(unit) ? comparableUnit(unit) : meaningKey(unit));

/** The open measure of a figure the built-in pass read. */
function legacyMeasure(unit: string): string {
  if (unit === 'age') return 'age';
  if (unit === 'days' || unit === 'weeks' || unit === 'months' || unit === 'years') return 'duration';
  if (unit === 'people' || unit === 'hostages') return 'count:person';
  if (unit === 'percent') return 'percent';
  if (unit === 'money') return 'money:USD';
  // "369 prisoners" here and "369 presos" in the open pass: one measure of people.
  return unit === 'count' ? 'count:?' : countMeasure(unit + 's') === 'count:person' ? 'count:person' : 'count:' + unit;
}

/**
 * Marks figures and dates whose value no other claim of the article shares: a value an article
 * states once is, across two articles of one story, evidence that they speak of the same thing.
 */
function markUnique(claims: Claim[]): void {
  const dated = claims.filter((c) => c.value.type === 'date' && c.value.start && c.value.end);
  const counted = claims.filter((c) => c.value.type === 'number');
  for (const c of dated) {
    const v = c.value as Extract<ClaimValue, { type: 'date' }>;
    const shared = dated.some((o) => o !== c && (o.value as typeof v).start! <= v.end! && v.start! <= (o.value as typeof v).end!);
    if (!shared && c.frame) c.frame.unique = true;
  }
  // Only figures of one measure can share a value: compared within their measure, not all pairs.
  const byMeasure = new Map<string | null | undefined, Claim[]>();
  for (const c of counted) {
    const list = byMeasure.get(c.frame?.measure);
    if (list) list.push(c);
    else byMeasure.set(c.frame?.measure, [c]);
  }
  for (const c of counted) {
    const v = c.value as Extract<ClaimValue, { type: 'number' }>;
    const shared = byMeasure.get(c.frame?.measure)!.some((o) => o !== c && (o.value as typeof v).low <= v.high && v.low <= (o.value as typeof v).high);
    if (!shared && c.frame) c.frame.unique = true;
  }
}

/** The built-in event classes as predicates of the open frame (predicates.ts's lemmas). */
const EVENT_PREDICATE: Partial<Record<EventClass, string>> = {
  killed: 'kill', abducted: 'abduct', released: 'release', meeting: 'meet', born: 'born', publication: 'announce',
};

const CLAUSE_END = new Set([';', '(', ')', '—', '–', '.', '!', '?', ':']);
/** Spanish verbs an age or a count of days follows with the subject dropped: "tenía 27 años", "llevaba 498 días". */
const DROPPED_SUBJECT_VERBS = /^(tenía|tiene|tuvo|cumplió|cumple|llevaba|lleva|llevó|pasó|permaneció)$/;
/** Prepositions of place: the name after one is a location. */
const LOCATIVES = new Set(['in', 'at', 'near', 'в', 'во', 'под', 'en', 'à', 'dans', 'près']);
/** Words that open a clause with a subject of its own. */
const SUBORDINATORS = new Set(['while', 'whereas', 'but', 'when', 'mientras', 'pero', 'cuando', 'tandis', 'mais', 'quand', 'но', 'а', 'пока', 'когда']);

function describeOpen(measure: string, predicate: string | null): string {
  const what = measure === 'date' ? 'a date' : measure.startsWith('money:') ? 'a sum of money' : countsANoun(measure) ? `a count of ${measure.slice(6)}` : measure.startsWith('tally:') ? 'a tally' : measure.startsWith('ordinal:') ? `a rank (${measure.slice(8)})` : measure === 'count:?' ? 'a figure' : `a ${measure}`;
  return predicate ? `${what} (${predicate})` : what;
}

const EVENT_LABEL: Record<string, string> = {
  attack: 'the attack', killed: 'the killing', abducted: 'the abduction', released: 'the release', captivity: 'captivity',
  remaining: 'those remaining', meeting: 'the meeting', emigration: 'the emigration', born: 'the birth', publication: 'the publication',
  truce: 'the truce', war: 'the war',
};

function describeDate(event: EventClass | null, subject: string | null, person: string | null): string {
  const what = event ? `date of ${EVENT_LABEL[event] ?? event}` : 'a date';
  if (person) return `${what}: ${person}`;
  if (subject === 'group') return `${what}: several people`;
  if (subject?.startsWith('kin:')) return `${what}: the ${subject.slice(4)}`;
  return what;
}

function describeCount(event: EventClass | null, unit: string, scope: string[], person: string | null): string {
  if (unit === 'age') return person ? `age of ${person}` : 'age';
  if (event === 'captivity' && unit === 'days') return person ? `days ${person} was held` : 'days held';
  const cause = scope.find((s) => s.startsWith('cause:') && s !== 'cause:truce')?.slice(6);
  const q = mapPacked(scope.filter((s) => s.startsWith('q:')), (s) => s.slice(2));
  const noun = unit === 'people' ? 'people' : unit === 'count' ? 'number' : unit;
  const verb: Record<string, string> = { killed: 'killed', abducted: 'abducted', released: 'released', captivity: 'in captivity', remaining: 'remaining', meeting: 'at the meeting' };
  const parts = [q.includes('other') ? 'other' : '', noun, event ? verb[event] ?? event : '', q.includes('alive') ? 'alive' : '', cause ? `in the ${cause}` : ''];
  return parts.filter(Boolean).join(' ');
}

/** Whether a sentence has no capital at all: a slug or tag line, not prose. */
function writtenWithoutCase(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (/^\p{Lu}/u.test(t.text)) return false;
    if (t.lowerInitial) words++;
  }
  return words >= 3;
}

/** Whether the word a figure counts names an event of the news table other than the one its sentence gave it. */
function countedByOtherEvent(lower: string, event: EventClass): boolean {
  if (lower.length < 4) return false;
  const p = predicateOf(lower);
  return PREDICATE_CLASSES.has(p) && p !== (EVENT_PREDICATE[event] ?? event);
}
