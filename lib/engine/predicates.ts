// What a figure or a date is about, read from its own sentence with an open vocabulary: the
// governing verb (lemmatised, and mapped across languages for the commonest news predicates),
// the content words around it, the modality of the clause (asserted, forecast, conditional,
// question) and whether the quantity is still running ("has been held for 404 days").
// Nothing here is tied to one kind of event: an unknown verb is compared as itself.
import { cyrillicToLatin } from './cyrillic';
import { REPORT_VERBS } from './lexicon';
import { perWord } from './per-word';
import { singleWordMeanings } from './translations';
import type { Token } from './tokens';

/** Common news predicates across English, Russian, Spanish and French, each mapped to one English lemma. */
const PREDICATE_STEMS: Array<[RegExp, string]> = [
  [/^(kill|die|dead|death|murder|slay|slain|убит|убил|погиб|умер|muri|muert|asesin|mata|tué|tue[rz]?$|assassin)/u, 'kill'],
  [/^(release|free|freed|liberat|освобо|liber|libér|relâch|excarcel)/u, 'release'],
  [/^(abduct|kidnap|seiz|captur|похит|захват|secuestr|enlev|kidnapp)/u, 'abduct'],
  [/^(meet|met|receiv|host(?!age)|встрет|встреч|принял|принима|reuni|recib|rencontr|reçu)/u, 'meet'],
  [/^(find|found|discover|нашл|найд|обнаруж|encontr|hall)/u, 'find'],
  [/^(begin|began|begun|start|launch|open|начал|начина|comenz|empez|inici)/u, 'begin'],
  [/^(end|finish|conclud|close|закончи|заверш|termin|acab)/u, 'end'],
  [/^(arrest|detain|apprehend|задерж|арест|detuv|detien|deten|arrêt|interpell|écrou|détenu)/u, 'arrest'],
  [/^(charg|indict|accus|обвин|acus|imput)/u, 'charge'],
  [/^(sentenc|приговор|conden|condamn)/u, 'sentence'],
  [/^(swap|exchang|trade|обмен|обменя|canje|intercambi|échang)/u, 'exchange'],
  [/^(vot|elect|голос|избра|vota|elig)/u, 'vote'],
  [/^(resign|quit|step|уволи|отставк|ушел|ушёл|dimit|renunci)/u, 'resign'],
  [/^(pa(y|id)|spend|spent|spending|заплат|потрат|pag|gast)/u, 'pay'],
  [/^(earn|made|make|income|заработ|gan)/u, 'earn'],
  [/^(demand|request|ask|seek|sought|insist|требова|потребова|запроси|запраши|проси|pidi|exig|reclam|réclam|solicit|requis|requér)/u, 'demand'],
  [/^(announc|declar|заявил|объявил|anunci|declar)/u, 'announce'],
  [/^(sign|подписа|firm)/u, 'sign'],
  [/^(plead|pleaded|pled|признал)/u, 'plead'],
  [/^(born|birth|родил|naci)/u, 'born'],
  // "ran aground on Tuesday", "сел на мель 23 марта", "encalló el 23 de marzo", "s'est échoué le 23 mars": a ship grounded.
  [/^(aground|grounded|strand|мель$|encall|échou|varad)/u, 'aground'],
  [/^(block|blockage|заблокир|перекры|bloque|bloqu|obstru)/u, 'block'],
  // "went missing on Sunday", "пропал 18 июня", "desapareció", "a disparu": a person or a vessel lost.
  [/^(disappear|vanish|missing$|пропал|пропав|исчез|desapareci|disparu)/u, 'disappear'],
  [/^(shoot|shot|fire|стрел|dispar)/u, 'shoot'],
  [/^(wound|injur|hurt|ранен|ранил|пострадав|herid|bless)/u, 'wound'],
  [/^(rescu|rescat|secour|спас)/u, 'rescue'],
  [/^(divert|move|shift|transfer|redirect|reprogram|tap)/u, 'divert'],
];

// Words a clause holds that say nothing about what is counted.
const STOP = new Set(
  ('a an the of to in on at by for from with as and or but nor so if than then that this these those there here it its his her ' +
    'their our your my he she they we you i him them us me who whom whose which what when where why how is are was were be been ' +
    'being am has have had having do does did will would shall should can could may might must not no also just only very more most ' +
    'less least some any all each every about over under into out up down off after before since until while during per via new ' +
    'through throughout till between among against toward towards within without across upon amid despite ' +
    'said says say told according mr mrs ms dr rep sen gov president former other another such own same both either neither much many ' +
    'few several one two three four five six seven eight nine ten first last year years month months week weeks day days time times ' +
    'later soon already able ' +
    'percent million billion thousand dollars monday tuesday wednesday thursday friday saturday sunday today yesterday now still ' +
    'el la los las de del y en que un una por con para se su sus lo al es fue son hasta desde entre sobre и в на с по что не как он она они это был была были к из за от до для у о ' +
    'le les des du et une est pour par sur dans avec qui au aux ce cette il elle ils elles ont été son sa ses leur leurs selon')
    .split(' '),
);

/** A crude lemma: lower case, plural and verb endings stripped, so "funds"/"fund" and "diverted"/"divert" meet. */
export function lemma(lower: string): string {
  let w = lower.replace(/['’]s$/, '');
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "planned" → "plann" → "plan"; "pleaded" → "plead"; "released" → "releas" (both sides alike).
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

// A Map: "constructor" is a word, not Object's property.
const IRREGULAR = new Map<string, string>(Object.entries({
  women: 'woman', men: 'man', people: 'person', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', lives: 'life',
  wives: 'wife', knives: 'knife', thieves: 'thief', leaves: 'leaf', died: 'die', dies: 'die', paid: 'pay', spent: 'spend',
  made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', won: 'win', lost: 'lose', held: 'hold', left: 'leave',
  met: 'meet', found: 'find', told: 'tell', began: 'begin', begun: 'begin', brought: 'bring', sought: 'seek', shot: 'shoot',
  went: 'go', gone: 'go', came: 'come', became: 'become', wrote: 'write', written: 'write', ran: 'run', sold: 'sell', bought: 'buy',
  fell: 'fall', fallen: 'fall', grown: 'grow', grew: 'grow', shown: 'show', known: 'know', seen: 'see', saw: 'see', done: 'do', chosen: 'choose',
  broken: 'break', stolen: 'steal', thrown: 'throw', driven: 'drive', rose: 'rise', risen: 'rise', drew: 'draw', led: 'lead', sent: 'send', kept: 'keep', quit: 'quit', data: 'data',
}));

/** The predicates the table above maps words to: classes that a sentence's wording cannot blur. */
export const PREDICATE_CLASSES: ReadonlySet<string> = new Set(PREDICATE_STEMS.map(([, p]) => p));

/** Predicates of the news table for events that befall one person once: their dates compare at the month. */
export const ONCE_PREDICATES: ReadonlySet<string> = new Set(['arrest', 'release', 'abduct', 'kill', 'born', 'disappear', 'aground']);

// Events of the news table that befall people: a bare figure before one of them counts people
// ("Two were rescued", "seis murieron").
const PEOPLE_EVENTS = new Set(['kill', 'release', 'abduct', 'rescue', 'wound', 'arrest', 'disappear']);

/** Whether a lower-case word is a verb of the news table for an event that befalls people. */
export function befallsPeople(lower: string): boolean {
  return lower.length >= 4 && PEOPLE_EVENTS.has(predicateOf(lower));
}

/** The canonical predicate of a lower-case word: its cross-language class, else its own lemma. */
export function predicateOf(lower: string): string {
  for (const [re, p] of PREDICATE_STEMS) if (re.test(lower)) return p;
  return lemma(lower);
}

// Verbs of saying head a clause without being what it is about ("said the $5.7 billion …").
const SAYING = /^(said|says|say|told|tells|added|noted|stated|wrote|asked|according|заявил\p{L}*|сказал\p{L}*|dijo|afirmó|señaló|déclaré|affirmé|indiqué|selon)$/u;
const AUX = /^(is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did)$/;
const COMMON_VERBS = new Set([
  'win', 'won', 'lose', 'lost', 'pay', 'paid', 'give', 'gave', 'take', 'took', 'make', 'made', 'hold', 'held', 'lead', 'led', 'run', 'ran',
  'buy', 'bought', 'sell', 'sold', 'spend', 'spent', 'get', 'got', 'find', 'found', 'leave', 'left', 'meet', 'met', 'face', 'faces',
  'serve', 'serves', 'vote', 'votes', 'cost', 'costs', 'raise', 'raised', 'earn', 'earned', 'owe', 'owes', 'grant', 'grants',
]);

// English adverbs in -ly ("roughly", "sharply"), not the verbs that end so ("apply", "rely", "rally").
const ADVERB = /^(?!(?:ap|sup|re|im|com|multi)ply$|rely$|[rt]ally$|bully$)\p{Ll}{3,}ly$/u;
// Nouns and pronouns that end like a participle: "anything", "morning", "spring".
const NOT_VERB_ING = /^(\p{Ll}*thing|morning|evening|spring|string|ceiling|during|wedding|offspring)$/u;

/** Whether a token looks like a finite or participial verb (no tagger: endings, auxiliaries, a few common verbs). */
export function looksLikeVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.lowerInitial) return false;
  const w = t.lower;
  if (AUX.test(w) || SAYING.test(w)) return false;
  if (COMMON_VERBS.has(w)) return true;
  if (NOT_VERB_ING.test(w) || STOP.has(w)) return false;
  if (/^\p{L}{3,}(ed|ing)$/u.test(w)) return true;
  // An adverb between an auxiliary and its verb ("were roughly", "have actually fallen") is neither the verb nor a gap.
  if (ADVERB.test(w)) return false;
  let prev = tokens[i - 1]?.lower ?? '';
  if (ADVERB.test(prev)) prev = tokens[i - 2]?.lower ?? '';
  if (AUX.test(prev) || /^(to|will|would|they|he|she|we|who|which)$/.test(prev)) return /^\p{Ll}{3,}$/u.test(w);
  // Russian past tense, Spanish preterite and French past participles: "освободили", "liberó", "libéré".
  if (/^\p{Ll}{4,}(ил|ила|или|ал|ала|али|ó|aron|ieron)$/u.test(w)) return true;
  if (/^\p{Ll}{3,}(é|ée|és|ées)$/u.test(w) && /^(a|ont|été|est|sont|avait|avaient)$/.test(prev)) return true;
  return false;
}

/** Whether a lower-case word is one of the news table's predicates (asked of words near every figure). */
const isPredicateStem = perWord((lower: string): boolean => PREDICATE_STEMS.some(([re]) => re.test(lower)));

// Words before a noun: "a sentence", "the release", "18-year sentence", "his arrest".
const DETERMINER = /^(a|an|the|his|her|their|its|this|that|any|no|le|la|les|un|une|sa|son|ses|el|los|las|su|sus|der|die|das|ein|eine)$/;

/**
 * A known news predicate in a form the endings above miss — a headline's present tense
 * ("prosecutor seeks 18 years"), a French participle after its noun ("Gershkovich condamné à
 * 16 ans") — when no determiner or figure before it makes it a noun ("an 18-year sentence").
 */
function knownPredicateVerb(tokens: Token[], i: number, titleCase: () => boolean): boolean {
  const t = tokens[i]!;
  // In a Title Case headline ("Russia Seeks 18-Year Sentence") a capital proves nothing.
  if (!(t.lowerInitial || (t.upperInitial && i > 0 && titleCase())) || t.lower.length < 4 || STOP.has(t.lower)) return false;
  if (!isPredicateStem(t.lower)) return false;
  const prev = tokens[i - 1];
  return !!prev && !DETERMINER.test(prev.lower) && !/\d/.test(prev.text) && !/['’]s$/.test(prev.text);
}

/** Headlines in Title Case capitalise every word, so capitals say nothing about names there. */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text.length < 4 || !(t.lowerInitial || t.upperInitial)) continue;
    // Sentence case always has some ordinary lower-case words; a Title Case headline has none.
    if (t.lowerInitial) return false;
    words++;
  }
  return words >= 4;
}

/** The governing predicate of a value at tokens [from, to): the nearest verb of its clause, before it first (for a date, a verb of saying right before it). */
export function predicateNear(tokens: Token[], from: number, to: number, isDate = false): { lemma: string; at: number } | null {
  let best: { lemma: string; at: number; d: number } | null = null;
  let title: boolean | undefined;
  const titleCase = () => (title ??= isTitleCase(tokens));
  // "his arrest in March 2022", "su liberación el 15 de febrero", "после его задержания 17
  // февраля": an event noun of the news table that the date phrase hangs on is what it dates,
  // whatever verb governs the clause.
  const noun = eventNounOfDate(tokens, from);
  if (noun) return noun;
  for (let i = from - 1, d = 0; i >= 0 && d < 10; i--, d++) {
    // A quotation opened at the value quotes the value ("the arrest occurred “in February”"):
    // the clause goes on before it.
    if (OPEN_QUOTES.has(tokens[i]!.text) && from - i <= 2) continue;
    if (BREAK.has(tokens[i]!.text)) break;
    // "Troufanov said Sunday", "dijo el domingo": a date right after a verb of saying is the
    // day of the saying, whatever event the clause went on to tell.
    if (isDate && d <= 1 && (SAYING.test(tokens[i]!.lower) || REPORT_VERBS.test(tokens[i]!.lower))) {
      best = { lemma: 'say', at: i, d };
      break;
    }
    if (stateOfGrounding(tokens, i) || inComplexPreposition(tokens, i)) continue;
    if (looksLikeVerb(tokens, i) || knownPredicateVerb(tokens, i, titleCase) || openingParticiple(tokens, i)) {
      best = { lemma: predicateOf(tokens[i]!.lower), at: i, d };
      // "the arrest occurred in February", "the release took place on Saturday": a verb of
      // happening says nothing; the event noun that is its subject is what the date dates.
      const noun = LIGHT_VERBS.test(tokens[i]!.lower) ? eventNounBefore(tokens, i) : null;
      if (noun) best.lemma = noun;
      break;
    }
  }
  for (let i = to, d = 0; i < tokens.length && d < 8; i++, d++) {
    if (BREAK.has(tokens[i]!.text)) break;
    // "5 марта 2022 года Грайнер, которая выступала за клуб УГМК, была задержана": a relative
    // clause after the subject has its own verb; the clause's goes on after it.
    if (tokens[i]!.text === ',' && RELATIVE_PRONOUNS.test(tokens[i + 1]?.lower ?? '')) {
      let close = i + 2;
      while (close < tokens.length && close - i <= 16 && tokens[close]!.text !== ',') close++;
      if (close >= tokens.length || close - i > 16) break;
      d -= close - i;
      i = close;
      continue;
    }
    // A verb after a preposition is a gerund of a phrase ("in February for possessing cannabis"), not the clause's.
    if (GERUND_PREPOSITIONS.test(tokens[i - 1]?.lower ?? '') && i > to) continue;
    if (stateOfGrounding(tokens, i) || inComplexPreposition(tokens, i)) continue;
    if (looksLikeVerb(tokens, i) || knownPredicateVerb(tokens, i, titleCase)) {
      // A verb after the value governs it when nothing nearer comes before ("12 devices have been found").
      if (!best || d + 2 < best.d) best = { lemma: predicateOf(tokens[i]!.lower), at: i, d: d + 2 };
      break;
    }
  }
  return best ? { lemma: best.lemma, at: best.at } : null;
}

// "in exchange for", "in return for", "a cambio de", "en échange de", "в обмен на": a
// preposition of three words, whose noun is no verb of the clause.
const COMPLEX_PREPOSITIONS: ReadonlyArray<readonly [RegExp, RegExp, RegExp]> = [
  [/^in$/, /^(exchange|return)$/, /^for$/],
  [/^a$/, /^cambio$/, /^de$/],
  [/^en$/, /^(échange|echange)$/, /^(de|d['’]|du|des)$/],
  [/^в$/, /^обмен$/, /^на$/],
];
function inComplexPreposition(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  return COMPLEX_PREPOSITIONS.some(([before, noun, after]) => noun.test(w) && before.test(tokens[i - 1]?.lower ?? '') && after.test(tokens[i + 1]?.lower ?? ''));
}

/**
 * "Aground" without a verb of running or going before it is where a ship lies ("a view on
 * January 16 of the liner aground off Giglio"), not the grounding: no event for a date.
 */
function stateOfGrounding(tokens: Token[], i: number): boolean {
  return tokens[i]!.lower === 'aground' && !/^(ran|run|runs|running|went|go|goes|going|gone|driven|drove)$/.test(tokens[i - 1]?.lower ?? '');
}

const OPEN_QUOTES = new Set(['“', '"', '«']);
const RELATIVE_PRONOUNS = /^(who|which|whose|что|который|которая|которое|которые|которого|которой|которых|quien|quienes|que|qui|dont|lequel|laquelle)$/;
const GERUND_PREPOSITIONS = /^(for|of|by|before|after|without|while|от|за|por|para|sin|pour|sans|après|avant)$/;

// Prepositions a date phrase opens with, between an event noun and its date.
const DATE_PREPOSITIONS = /^(in|on|at|of|en|el|le|de|du|del|à|au|в|во)$/;
// Words that make the word after them a noun: articles and possessives in four languages.
const NOUN_MARKERS = /^(a|an|the|his|her|their|its|le|la|l['’]|les|un|une|sa|son|ses|leur|el|los|las|su|sus|его|её|ее|их|своего|своей|своих)$/;

/**
 * The news-table event noun a date phrase hangs on: "[his] arrest [in] March 2022" — a
 * determiner or possessive before the noun, at most a preposition between it and the date.
 */
function eventNounOfDate(tokens: Token[], from: number): { lemma: string; at: number } | null {
  let i = from - 1;
  if (i >= 0 && DATE_PREPOSITIONS.test(tokens[i]!.lower)) i--;
  const noun = tokens[i];
  if (!noun || i < 1 || !noun.lowerInitial || noun.lower.length < 5 || !isPredicateStem(noun.lower)) return null;
  if (!NOUN_MARKERS.test(tokens[i - 1]!.lower)) return null;
  return { lemma: predicateOf(noun.lower), at: i };
}

// What follows a participle that opens a sentence: a preposition of place or time, a date's article.
const AFTER_OPENING_PARTICIPLE = /^(in|on|at|by|after|from|en|el|le|à|au|aux|dans|par|por|tras|в|во|на)$/;

/**
 * A participle of the news table opening its sentence ("Arrêtée à Moscou en février 2022, la
 * basketteuse…", "Arrested in February, Griner…", "Detenida en febrero"): capitalised only
 * because it comes first, followed by a preposition, not a name.
 */
function openingParticiple(tokens: Token[], i: number): boolean {
  if (i !== 0 && !OPEN_QUOTES.has(tokens[i - 1]?.text ?? '')) return false;
  const t = tokens[i]!;
  return t.upperInitial && t.lower.length >= 5 && isPredicateStem(t.lower) && /(ed|ée?s?|é|ad[oa]s?|id[oa]s?|ан\p{L}*|ен\p{L}*|ён\p{L}*)$/u.test(t.lower) &&
    AFTER_OPENING_PARTICIPLE.test(tokens[i + 1]?.lower ?? '');
}
const LIGHT_VERBS = /^(occurred|occurs|happened|happens|took|takes|came|comes|произошл\p{L}*|состоял\p{L}*|ocurrió|tuvo|produjo|eut|survenu|intervenu)$/u;

/** The event noun just before a verb of happening ("the arrest occurred", "его задержание произошло"), if the news table knows it. */
function eventNounBefore(tokens: Token[], verb: number): string | null {
  for (let k = verb - 1; k >= Math.max(0, verb - 3); k--) {
    const t = tokens[k]!;
    if (AUX.test(t.lower)) continue;
    if (!t.lowerInitial) return null;
    const p = predicateOf(t.lower);
    return PREDICATE_CLASSES.has(p) ? p : null;
  }
  return null;
}

const BREAK = new Set([';', '(', ')', '—', '–', '.', '!', '?', '“', '”', '"', '«', '»', ':']);

/**
 * The content words around a value, lemmatised: what two sentences about the same figure share
 * ("campaign funds", "Martha's Vineyard", "military construction"). Names count as words.
 */
export function contextOf(tokens: Token[], from: number, to: number, width = 14): string[] {
  const out = new Set<string>();
  const add = (i: number) => {
    const t = tokens[i]!;
    if (!(t.lowerInitial || t.upperInitial)) return;
    const key = contextKey(t.lower);
    if (key !== null) out.add(key);
  };
  for (let i = Math.max(0, from - width); i < from; i++) add(i);
  for (let i = to; i < Math.min(tokens.length, to + width); i++) add(i);
  return [...out].sort();
}

// Every figure and date reads the 28 words around it, twice (two widths): each word's key is
// worked out once (per-word.ts).
/** What a word adds to a context: six letters of its lemma, or null for a stop word or a short one. */
const contextKey = perWord((lower: string): string | null => {
  const w = lower.replace(/['’]s$/, '');
  if (w.length < 3 || STOP.has(w)) return null;
  const own = ownKey(w);
  // The same news word in another language is the English word's key ("rehenes", "заложников" → "hostag").
  return (equivalents ??= equivalentKeys()).get(own) ?? own;
});
/** A word by its meaning: its context key, the English word's for a word of another language. */
export const meaningKey = (lower: string): string => contextKey(lower) ?? lemma(lower);
const CYRILLIC = /^[\u0400-\u04ff]/;

/**
 * Six letters of the lemma: "charitable" and "charity", "construction" and "constructed" meet.
 * A Russian word in Latin letters, so that its case forms and the English cognate meet
 * ("делегация" / "delegation", "политбюро" / "politburo").
 */
function ownKey(w: string): string {
  return CYRILLIC.test(w) ? cyrillicToLatin(w).toLowerCase().slice(0, 6) : lemma(w).slice(0, 6);
}

let equivalents: Map<string, string> | undefined;
function equivalentKeys(): Map<string, string> {
  const out = new Map<string, string>();
  for (const words of singleWordMeanings()) {
    const english = ownKey(words[0]!);
    for (const w of words.slice(1)) {
      const k = ownKey(w);
      if (k !== english && !out.has(k)) out.set(k, english);
    }
  }
  return out;
}

export type Modality = 'asserted' | 'forecast' | 'conditional' | 'question' | 'reported';

const FORECAST = /^(will|would|could|might|may|expected|expects|plans|planned|planning|hopes|aims|intends|wants|likely|set|proposed|proposes|could|shall|должен|будет|может|planea|espera|podría|será|va|sera|seront|devrait|devraient|pourrait|pourraient|prévu|prévue|doit)$/;
// The Spanish future tense by its ending ("liberará", "se reunirán", "tendrá"): no other word ends so.
const SPANISH_FUTURE = /^\p{Ll}{2,}(?:ará|erá|irá|arán|erán|irán)$/u;
// The French future by its ending ("libérera", "seront", "finira", "aura"), asked only of French
// text: English has "camera", "opera", "era".
const FRENCH_FUTURE = /^(?:\p{Ll}{2,}(?:era|eront|ira|iront)|aura|auront|fera|feront|pourra|pourront|devra|devront|viendra|viendront)$/u;
const CONDITIONAL = /^(if|unless|whether|если|si)$/;
const SPECULATION = /^(reportedly|allegedly|possibly|perhaps|maybe|rumored|rumoured|speculated|якобы|возможно|presuntamente|supuestamente|présumé|présumée|prétendument|peut-être)$/;

/**
 * A headline's future: a name, then "to" and a verb, opening the clause before the value
 * ("Mattis to leave as of January 1", "Hamas to free three hostages on Saturday"). Only names
 * before it: "He agreed to leave" or "the first to arrive" has a verb of its own.
 */
function headlineFuture(tokens: Token[], a: number, value: number): boolean {
  // A clause opens at the sentence or a break, not at the point of "Mr." or "Gov.".
  if (a > 0 && (!BREAK.has(tokens[a - 1]!.text) || (tokens[a - 1]!.text === '.' && /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[a - 2]?.text ?? '')))) return false;
  for (let k = a; k < value - 1 && k - a <= 5; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to' && t.lowerInitial) return k > a && /^\p{Ll}{3,}$/u.test(tokens[k + 1]!.text) && !STOP.has(tokens[k + 1]!.lower);
    // Names only: "Trying to regain", "Lying to officials" open with a verb of their own.
    if (!t.upperInitial || /\p{Ll}(?:ing|ed)$/u.test(t.text)) return false;
  }
  return false;
}

/**
 * "scheduled to", "slated for", "due to be", "due for": an event set for a time ahead ("a
 * scheduled interview", "previously scheduled events … were canceled" tell no schedule).
 */
function scheduled(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  const next = tokens[i + 1]?.lower;
  if (w === 'scheduled' || w === 'slated' || w === 'rescheduled') return next === 'to' || next === 'for';
  return w === 'due' && (next === 'for' || (next === 'to' && tokens[i + 2]?.lower === 'be'));
}

/** How the clause around a value states it. */
export function modalityOf(tokens: Token[], from: number, to: number, lang = 'en'): Modality {
  const future = lang === 'fr' ? FRENCH_FUTURE : null;
  let a = from;
  while (a > 0 && !BREAK.has(tokens[a - 1]!.text) && from - a < 12) a--;
  let b = to;
  while (b < tokens.length && !BREAK.has(tokens[b]!.text) && b - to < 12) b++;
  if (tokens[b]?.text === '?') return 'question';
  let m: Modality = headlineFuture(tokens, a, from) ? 'forecast' : 'asserted';
  for (let i = a; i < b; i++) {
    if (i >= from && i < to) continue;
    const t = tokens[i]!;
    const w = t.lower;
    // "May" the month and "Will" the name are not modal verbs.
    if (!t.lowerInitial && i !== a) continue;
    if (CONDITIONAL.test(w)) return 'conditional';
    // "set to", "set for June 25", "scheduled for", "due to be freed": a schedule ("a set of", "due to the storm" are none).
    if ((FORECAST.test(w) && !(w === 'set' && !/^(to|for)$/.test(tokens[i + 1]?.lower ?? ''))) || scheduled(tokens, i) || SPANISH_FUTURE.test(w) || future?.test(w)) m = 'forecast';
    else if (SPECULATION.test(w) && m === 'asserted') m = 'reported';
  }
  return m;
}

const RUNNING_WORDS = /^(so|far|still|now|currently|yet|ongoing|continues|continuing|running|remain|remains|remaining|already|остаются|остается|остаётся|всё|уже|находится|pasan|siguen|sigue|lleva|llevan|aún|todavía|toujours|depuis|encore|déjà)$/;

/**
 * Whether a quantity is still moving when written: the perfect or progressive ("has been held
 * for 404 days", "has dragged on for more than a month"), "so far", "still", "remaining", or an
 * ordinal of a running period ("the 14th day of the shutdown").
 */
export function isRunning(tokens: Token[], from: number, to: number, ordinal: boolean): boolean {
  if (ordinal) return true;
  for (let i = Math.max(0, from - 8); i < Math.min(tokens.length, to + 5); i++) {
    if (i >= from && i < to) continue;
    const w = tokens[i]!.lower;
    if (RUNNING_WORDS.test(w) && !(w === 'far' && tokens[i - 1]?.lower !== 'so') && !(w === 'so' && tokens[i + 1]?.lower !== 'far')) return true;
    // "has been held", "have endured", "is entering": the perfect and the progressive.
    if (i < from && /^(has|have|had)$/.test(w) && /^(been|\p{Ll}+ed|\p{Ll}+en|spent|held|gone|dragged)$/u.test(tokens[i + 1]?.lower ?? '') && w !== 'had') return true;
  }
  return false;
}
