// Names of organisations, places, works and people written in full ("Northeastern University
// School of Law", "Robert L. Wilkins", "Aventura, Fla.", "Smiles for Life"): runs of capitalised
// words, read from the tokens without a list, so that any story's entities are compared like the
// tracked people are. Their key drops what outlets vary (titles, middle initials, connectors,
// accents, word order), so "Edward Markey" meets "Edward J. Markey".
import { mapPacked } from './arrays';
import { cyrillicToLatin } from './cyrillic';
import { isDemonym } from './demonyms';
import { numberWord } from './lexicon';
import { perWord } from './per-word';
import { knownGiven, verbForm } from './persons';
import type { Token } from './tokens';

export interface EntityMention {
  start: number;
  end: number;
  written: string;
  /** Folded words, sorted: spelling-insensitive key of the name. */
  key: string;
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'la', 'the', 'y', 'и', 'on']);
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'rev', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'judge', 'president', 'representative', 'senator', 'the',
  'minister', 'secretary', 'chairman', 'chairwoman', 'governor', 'mayor', 'attorney', 'director', 'speaker', 'leader', 'prime',
]);
// Capitalised words that are not names: calendar words and sentence-level function words.
const NOT_NAME = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  'i', 'he', 'she', 'they', 'we', 'it', 'but', 'and', 'the', 'a', 'an', 'in', 'on', 'at', 'this', 'that', 'there', 'when', 'if', 'as',
  'update', 'credit', 'photo', 'advertisement',
]);

// Words for members of a party: alone a fact of a person ("a registered Republican"), but
// "Democrats and Republicans" and "a Republican of Texas" name no body (language data).
const MEMBER_WORDS = new Set(['republican', 'republicans', 'democrat', 'democrats', 'democratic', 'gop', 'independent', 'independents', 'conservative', 'conservatives', 'liberal', 'liberals', 'tory', 'tories', 'labour']);
// Closed-class words that open a sentence in capitals and no name ("Some Republicans", "During
// Thursday's hearing", "Former Rep."): a run starts after them (language data).
const OPENERS = new Set(['some', 'other', 'others', 'most', 'many', 'several', 'few', 'all', 'both', 'each', 'every', 'any', 'top', 'former',
  'during', 'after', 'before', 'since', 'while', 'under', 'among', 'with', 'without', 'like', 'unlike', 'by', 'from', 'about', 'against',
  'despite', 'amid', 'for', 'to', 'of', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'what', 'why', 'how', 'where',
  'who', 'then', 'now', 'still', 'yet', 'so', 'or', 'nor', 'not', 'no', 'even', 'only', 'just', 'also', 'although', 'though', 'because', 'once', 'until']);

// US states as outlets abbreviate them after a city ("Aventura, Fla.", "Manchester, N.H."): the
// city's name with either spelling of its state is one name. Language data (AP style and postal).
const STATES = new Map<string, string>(Object.entries({
  ala: 'alabama', alaska: 'alaska', ariz: 'arizona', ark: 'arkansas', calif: 'california', colo: 'colorado', conn: 'connecticut',
  del: 'delaware', fla: 'florida', ga: 'georgia', hawaii: 'hawaii', idaho: 'idaho', ill: 'illinois', ind: 'indiana', iowa: 'iowa',
  kan: 'kansas', ky: 'kentucky', la: 'louisiana', me: 'maine', md: 'maryland', mass: 'massachusetts', mich: 'michigan',
  minn: 'minnesota', miss: 'mississippi', mo: 'missouri', mont: 'montana', neb: 'nebraska', nev: 'nevada', 'n.h': 'new hampshire',
  'n.j': 'new jersey', 'n.m': 'new mexico', 'n.y': 'new york', 'n.c': 'north carolina', 'n.d': 'north dakota', ohio: 'ohio',
  okla: 'oklahoma', ore: 'oregon', pa: 'pennsylvania', 'r.i': 'rhode island', 's.c': 'south carolina', 's.d': 'south dakota',
  tenn: 'tennessee', texas: 'texas', utah: 'utah', vt: 'vermont', va: 'virginia', wash: 'washington', 'w.va': 'west virginia',
  wis: 'wisconsin', wyo: 'wyoming', 'd.c': 'district of columbia',
}));
const STATE_NAMES = new Set(STATES.values());
// Words that end the name of an institution: "Duke University and Northeastern University School
// of Law" are two names, "Department of Health and Human Services" one.
const HEADS = new Set(['university', 'college', 'school', 'institute', 'hospital', 'center', 'centre', 'company', 'corporation', 'inc', 'foundation', 'museum', 'church', 'academy']);
// What firms add after their partners' names; outlets keep or drop it.
// Legal forms, left out of a firm's key: "Shoei Kisen Kaisha Ltd." is "Shoei Kisen" ("kaisha" is Japanese for company).
const FIRM_SUFFIX = new Set(['pc', 'llp', 'llc', 'inc', 'ltd', 'co', 'corp', 'pllc', 'pa', 'limited', 'corporation', 'plc', 'gmbh', 'kaisha']);

// Asked of every capital word (names and firms' partners): answered once per word (per-word.ts).
const fold = perWord((s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** `s.replace(/\.$/, '')` without running a pattern: asked of every capital word, which seldom ends in one. */
const withoutFullStop = (s: string): string => (s.endsWith('.') ? s.slice(0, -1) : s);
const capital = (t: Token): boolean => t.upperInitial && !NOT_NAME.has(withoutFullStop(t.lower));
// The full stop first: it is cheaper than the pattern, and most words have none after them.
const initial = (t: Token, next: Token | undefined): boolean => next?.text === '.' && /^\p{Lu}$/u.test(t.text);

/** Runs of two or more capitalised words in a sentence's tokens (connectors and initials inside). */
export function findEntities(
  tokens: Token[], text: string, lowerWords?: ReadonlySet<string>,
  /** Words already read as something else (a person's name): an entity neither starts nor runs through them. */
  taken: (start: number, end: number) => boolean = () => false,
): EntityMention[] {
  const out: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capital(tokens[i]!) || taken(tokens[i]!.start, tokens[i]!.end)) {
      i++;
      continue;
    }
    // A number word opening a sentence ("Twelve Thailand boys who went missing…") is a count:
    // the name, if any, starts after it.
    // So is a participle ("Diverting Pentagon funding", "Citing FBI sources"): a clause, not a body.
    if ((i === 0 || /^[.!?:"“”]$/.test(tokens[i - 1]!.text)) && (numberWord(tokens[i]!.lower) !== undefined || (tokens[i]!.lower.endsWith('ing') && verbForm(tokens[i]!)))) {
      i++;
      continue;
    }
    const firm = firmAt(tokens, i);
    if (firm) {
      const start = tokens[i]!.start;
      const end = tokens[firm.last]!.end;
      out.push({ start, end, written: text.slice(start, end), key: [...new Set(firm.parts)].sort().join(' ') });
      i = firm.last + 1;
      continue;
    }
    let j = i;
    let words = 0;
    let last = i;
    // Capitals right before a person's name are the person's titles ("Russian President", "U.S. District Judge").
    let beforePerson = false;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (taken(t.start, t.end)) {
        beforePerson = true;
        break;
      }
      if (initial(t, tokens[j + 1])) {
        j += 2;
        continue;
      }
      if (capital(t)) {
        // "Japan's Shoei Kisen", "Japan-based Shoei Kisen": a possessor or a word of where a
        // body is from is no part of the name after it.
        if (j > i && (/['’]s$/.test(tokens[j - 1]!.text) || /-(based|owned|flagged|registered|born|led)$/.test(tokens[j - 1]!.lower)) && words === 1) {
          i = j;
          words = 0;
        }
        words++;
        last = j;
        j++;
        // "Jr." and "Fla." keep their full stop.
        if (tokens[j]?.text === '.' && /^(jr|sr|fla|calif|ill|mass|n\.h|d\.c|inc|co|corp|ltd)$/i.test(t.text)) last = j++;
        continue;
      }
      if (CONNECTORS.has(t.lower) && j + 1 < tokens.length && capital(tokens[j + 1]!) && j > i) {
        if ((t.lower === 'and' || t.lower === '&') && (BODIES.has(tokens[j - 1]!.lower) || twoNames(tokens, i, j) || twoGivenNames(tokens, i, j))) break;
        // "blamed Putin for Navalny's death": a possessive before a lowercase noun opens a noun
        // phrase of its own ("Campaign for America's Future" goes on in capitals).
        const after = tokens[j + 1]!;
        if (/['’]s$/.test(after.text) && /^\p{Ll}/u.test(tokens[j + 2]?.text ?? '')) break;
        j++;
        continue;
      }
      // "Mintz, Levin, Cohn": a comma between capitalised words of one firm's name stays inside
      // only when the run goes on with another capital and ends with a connector later; lists of
      // people are left apart.
      break;
    }
    // "Obama and Mr. Trump", "Republican Sen. John McCain": a title at the end of the run is the
    // next person's, with the "and" before it.
    while (last > i && TITLES.has(withoutFullStop(tokens[last]!.lower)) && tokens[last]!.lower !== 'the') {
      let k = last - 1;
      while (k > i && !capital(tokens[k]!)) k--;
      words -= 1;
      last = k;
    }
    // "Some Republicans", "During Thursday's hearing": a closed-class word opens no name.
    while (words >= 2 && OPENERS.has(tokens[i]!.lower)) {
      i++;
      while (i < last && !capital(tokens[i]!)) i++;
      words--;
    }
    // "a Republican of Texas": a party member of a place; the place is the name.
    if (MEMBER_WORDS.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'of' && i + 2 <= last) {
      i += 2;
      words--;
    }
    // "Russian-made Buk", "Soviet-era Buk": where a thing was made or when is no part of its name.
    if (words >= 2 && MADE_BY.test(tokens[i]!.lower)) {
      i++;
      words--;
    }
    // A name starts after its titles: "Russian President Vladimir Putin", "U.S. District Judge Robert Hale".
    for (let k = last - 1; k > i; k--) {
      if (TITLES.has(withoutFullStop(tokens[k]!.lower)) && k + 1 <= last && capital(tokens[k + 1]!)) {
        words -= tokens.slice(i, k + 1).filter(capital).length;
        i = k + 1;
        break;
      }
    }
    // "Aventura, Fla.", "Manchester, N.H.", "Aventura, Florida": a city and its state.
    let state: string | null = null;
    if (tokens[last + 1]?.text === ',' && tokens[last + 2]?.upperInitial) {
      const w = tokens[last + 2]!.lower;
      const abbreviated = tokens[last + 3]?.text === '.' ? STATES.get(w) : undefined;
      const two = `${w} ${tokens[last + 3]?.lower ?? ''}`;
      if (abbreviated) {
        state = abbreviated;
        last += 3;
      } else if (STATE_NAMES.has(two)) {
        state = two;
        last += 3;
      } else if (STATE_NAMES.has(w) && !STATE_NAMES.has(tokens[i]!.lower)) {
        state = w;
        last += 2;
      }
      if (state) {
        words++;
        j = last + 1;
      }
    }
    // A single word that only ever appears capitalised, inside a sentence, is a name too
    // ("the dance show Riverdance", "the offices of CNN", "Opa-locka").
    const single = words === 1 && !!lowerWords && i > 0 && last === i && !OPENERS.has(tokens[i]!.lower) && !TITLES.has(withoutFullStop(tokens[i]!.lower)) &&
      (singleName(tokens, i, lowerWords) || modelName(tokens, i, lowerWords));
    // A single capital at the start of a sentence says nothing; two or more words make a name.
    if ((words >= 2 || single) && !beforePerson) {
      const start = tokens[i]!.start;
      // "the White House's gate": the possessive is no part of the name.
      // A one-word brand keeps it ("McDonald's"), as does a firm of partners ("Standard & Poor's").
      const possessive = words >= 2 && /\p{L}['’]s$/u.test(tokens[last]!.text) && !tokens.slice(i, last).some((t) => t.text === '&');
      const end = tokens[last]!.end - (possessive ? 2 : 0);
      const written = text.slice(start, end);
      const named = tokens.slice(i, last + 1).filter((t, k, all) => capital(t) && !TITLES.has(withoutFullStop(t.lower)) && !initial(t, all[k + 1]));
      const parts = mapPacked(named, (t) => fold(t.text.replace(/['’]s$/, '').replace(/\.$/, ''))).filter((w) => !FIRM_SUFFIX.has(w));
      if (state) {
        // The state in full, whichever way it was written.
        const city = parts.filter((w) => !state!.split(' ').includes(w) && !STATES.has(w));
        parts.splice(0, parts.length, ...city, ...state.split(' '));
      }
      // "Russian", "Russian and Israeli", "Egyptian and Qatari": words for peoples, not a name.
      if (parts.length >= 1 && written.length <= 80 && !parts.every(isDemonym) && !(parts.length >= 2 && parts.every((w) => isDemonym(w) || MEMBER_WORDS.has(w)))) out.push({ start, end, written, key: parts.length === 1 ? wordKey(parts[0]!) : [...new Set(parts)].sort().join(' ') });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

// Words that end the name of a body: one before an "and" ends that name ("the Harbour Authority
// and ..."), one at the end of the words after it makes the "and" part of one name ("House Ways and
// Means Committee", "Fish and Wildlife Service"), with the words that end such names too.
const BODIES = new Set([
  ...HEADS, 'service', 'committee', 'department', 'commission', 'council', 'agency', 'bureau', 'association', 'alliance',
  'club', 'fund', 'society', 'administration', 'board', 'authority', 'office', 'coalition', 'caucus', 'union', 'league', 'trust', 'party',
]);
const BODY_HEADS = new Set([...BODIES, 'services', 'project', 'program', 'programme', 'studies', 'affairs', 'priorities', 'reform', 'security']);

/**
 * Whether the "and" at `at` joins two names rather than running inside one: the run before it
 * already holds two capitalised words with no "of", "for" or "on" ("Office of Management and
 * Budget" is one name), and what follows does not end with the word of a body ("House Oversight
 * and Government Reform Committee"). "Argentine-Israeli Iair Horn and US-Israeli Sagi
 * Dekel-Chen", "House Democrats and Senate Republicans" are two.
 */
function twoNames(tokens: Token[], from: number, at: number): boolean {
  let capitals = 0;
  for (let k = from; k < at; k++) {
    const t = tokens[k]!;
    if (t.lower === 'of' || t.lower === 'for' || t.lower === 'on') return false;
    if (capital(t)) capitals++;
  }
  if (capitals < 2) return false;
  // The last capital of the run after the "and".
  let k = at + 1;
  let last = -1;
  while (k < tokens.length && (capital(tokens[k]!) || (CONNECTORS.has(tokens[k]!.lower) && tokens[k + 1] && capital(tokens[k + 1]!)))) {
    if (capital(tokens[k]!)) last = k;
    k++;
  }
  return last < 0 || !BODY_HEADS.has(withoutFullStop(tokens[last]!.lower));
}

/** "Yelena and Irena", "Anna and Pedro": two people by their given names, not a body's name. */
function twoGivenNames(tokens: Token[], from: number, at: number): boolean {
  return at - from === 1 && tokens[at]!.lower === 'and' && knownGiven(tokens[from]!.text) && !!tokens[at + 1] && knownGiven(tokens[at + 1]!.text);
}

/** A single capitalised word is a name when the article never writes it in lower case and it is no sentence word. */
function singleName(tokens: Token[], i: number, lowerWords: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  // After a full stop, a quotation mark or a colon a capital may only start a sentence.
  if (/^[.!?:"“”'‘’(]$/.test(prev.text)) return false;
  if (lowerWords.has(t.lower) || t.text.length < 3 || /['’]/.test(t.text)) return false;
  // An acronym ("CNN", "FBI"), or a word with more than its initial of capitals or a hyphen.
  return /^\p{Lu}{3,5}$/u.test(t.text) || /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(t.text) || /^\p{Lu}\p{Ll}{5,}$/u.test(t.text);
}

// A one-word name in Cyrillic is keyed by its Latin letters and, in either script, without a
// Russian case ending, so "Бук" meets "Buk", "ФСБ" "FSB", "Уралвагонзавода" "Uralvagonzavod".
const CASE_ENDING = /(?:ogo|ego|omu|emu|ami|yami|ym|im|om|em|oy|oj|ey|ah|yah|a|e|i|o|u|y)$/;
function wordKey(folded: string): string {
  const latin = /[\u0400-\u04ff]/.test(folded) ? cyrillicToLatin(folded).toLowerCase() : folded;
  return latin.length > 5 ? latin.replace(CASE_ENDING, '') : latin;
}

// Nouns of a kind of made thing its model's name goes with: "a Buk missile", "un misil Buk",
// "ракетой ЗРК «Бук»", "the Titan submersible". Language data, not any story's.
const THING_AFTER = new Set(['missile', 'missiles', 'rocket', 'rockets', 'launcher', 'launchers', 'submersible', 'drone', 'drones', 'helicopter', 'jet', 'jets', 'airliner', 'aircraft', 'warplane', 'tank', 'tanks', 'rifle', 'vessel', 'freighter', 'tanker', 'sub']);
const THING_BEFORE = new Set(['missile', 'misil', 'misiles', 'missiles', 'cohete', 'roquette', 'lanzadera', 'sumergible', 'submersible', 'ракета', 'ракеты', 'ракетой', 'ракету', 'зрк', 'комплекс', 'комплекса', 'установка', 'установки', 'батискаф', 'батискафа', 'судно', 'судна', 'танкер', 'самолет', 'самолёт']);
// "Russian-made", "Soviet-era", "US-built": where or when a thing was made.
const MADE_BY = /^\p{L}+-(made|built|era|designed|supplied|manufactured)$/u;

/** Whether a short capitalised word is a model's name by the noun of its kind beside it ("a Buk missile", "un misil Buk", "ЗРК «Бук»"). */
function modelName(tokens: Token[], i: number, lowerWords: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  if (t.text.length < 3 || lowerWords.has(t.lower) || !/^\p{Lu}[\p{L}\d-]*$/u.test(t.text)) return false;
  // After it, the kind's noun, past compound modifiers ("a Buk surface-to-air missile").
  let k = i + 1;
  while (k < i + 3 && /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(tokens[k]?.text ?? '')) k++;
  if (THING_AFTER.has(tokens[k]?.lower ?? '')) return true;
  // Before it, the kind's noun, or the noun and a quotation mark ("установки «Бук»"), past two
  // words of what it does ("un misil tierra aire Buk").
  const quoted = /^[«"“]$/.test(tokens[i - 1]!.text) && /^[»"”]$/.test(tokens[i + 1]?.text ?? '');
  for (let b = quoted ? i - 2 : i - 1; b >= Math.max(0, i - 4); b--) {
    const w = tokens[b]!;
    if (THING_BEFORE.has(w.lower)) return true;
    if (quoted || !/^\p{Ll}+$/u.test(w.text)) return false;
  }
  return false;
}

/**
 * A firm named by its partners: four or more single capitalised words joined by commas and a
 * last "and" or "&" ("Stone, Briggs, Hale and Lowe"), and a suffix such as "PC" or "LLP".
 */
function firmAt(tokens: Token[], i: number): { last: number; parts: string[] } | null {
  // Tried at every capital: the partners' words are folded only once the run is a firm's.
  const partners: Token[] = [];
  let j = i;
  while (j < tokens.length && capital(tokens[j]!) && !(tokens[j + 1] && capital(tokens[j + 1]!))) {
    partners.push(tokens[j]!);
    if (tokens[j + 1]?.text === ',' && tokens[j + 2] && capital(tokens[j + 2]!)) {
      j += 2;
      continue;
    }
    break;
  }
  const joiner = tokens[j + 1];
  if (partners.length < 3 || !joiner || (joiner.lower !== 'and' && joiner.text !== '&') || !tokens[j + 2] || !capital(tokens[j + 2]!)) return null;
  partners.push(tokens[j + 2]!);
  let last = j + 2;
  if (tokens[last + 1] && FIRM_SUFFIX.has(tokens[last + 1]!.lower)) last++;
  return { last, parts: mapPacked(partners, (t) => fold(t.text)) };
}
