// What a value in a sentence is about: the event it belongs to, who it is about, and the
// scope words that keep "1,200 killed in the attack" apart from "43,000 killed in the war".
import { DETERMINERS, GROUP_SUBJECTS, GROUP_WORD, KIN_WORDS, kinKey, NEEDS_BEFORE, NEEDS_NEXT, PUBLICATION_OBJECTS, QUALIFIER_WORD, REPORT_VERBS, triggersOf, type EventClass } from './lexicon';
import { nameKey } from './name-variants';
import type { Token } from './tokens';

export interface Frame {
  event: EventClass | null;
  /** Who the event happened to: a person key, a kin word, 'group', or null when unknown. */
  subject: string | null;
  /** Scope features: cause (attack/war), group (palestinian), place (gaza), qualifiers (other, alive). */
  scope: string[];
}

// "the freed hostage" is an adjective; "those released" is still the event.
const ADJECTIVAL = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
const CLAUSE_BREAK = new Set([';', ':', '(', ')', '—', '–', '.', '!', '?', '“', '”', '"', '«', '»']);

/** Event triggers at token i, honouring two-word patterns ("taken hostage") and adjectival participles ("the freed hostage"). */
export function eventAt(tokens: Token[], i: number): { event: EventClass; pos: 'verb' | 'noun' | 'adj' } | null {
  const t = tokens[i];
  if (!t) return null;
  const found = triggersOf(t.lower);
  if (!found.length) return null;
  const next = tokens[i + 1]?.lower ?? '';
  const need = NEEDS_NEXT[t.lower];
  // "taken hostage", and "the hostages taken on October 7".
  if (need && !need.test(`${next} ${tokens[i + 2]?.lower ?? ''}`) && !need.test(`${tokens[i - 1]?.lower ?? ''} `)) return null;
  const prev = tokens[i - 1]?.lower ?? '';
  const needBefore = NEEDS_BEFORE[t.lower];
  if (needBefore && !needBefore.test(prev) && !needBefore.test(tokens[i - 2]?.lower ?? '')) return null;
  for (const tr of found) {
    if (tr.event === 'released' && tr.pos === 'verb') {
      const obj = tokens[i + 1] && DETERMINERS.has(next) ? tokens[i + 2]?.lower : next;
      if (obj && PUBLICATION_OBJECTS.has(obj)) return { event: 'publication', pos: 'verb' };
      // "a video released by the hospital", "the names were released on Friday": what is
      // released is a document, not a person.
      const before = /^(was|were|been|being|is|are)$/.test(prev) ? (tokens[i - 2]?.lower ?? '') : prev;
      if (PUBLICATION_OBJECTS.has(before)) return { event: 'publication', pos: 'verb' };
    }
    // "the freed hostage", "a released prisoner": an adjective, not the event of the sentence.
    if (tr.pos === 'verb' && /ed$/.test(t.lower) && ADJECTIVAL.has(prev)) return { event: tr.event, pos: 'adj' };
    return { event: tr.event, pos: tr.pos };
  }
  return null;
}

/** The event a date belongs to: the nearest event verb of its sentence, else an attached event noun. */
export function dateEvent(tokens: Token[], from: number, to: number): { event: EventClass; at: number } | null {
  // "held hostage since October 7", "в плену с 7 октября", "en cautiverio desde el 7 de octubre":
  // the day a captivity began is the day of the abduction.
  if (SINCE.test(tokens[from - 1]?.lower ?? '') || (DETERMINERS.has(tokens[from - 1]?.lower ?? '') && SINCE.test(tokens[from - 2]?.lower ?? ''))) {
    const held = tokens.findIndex((t, i) => (i < from || i >= to) && triggersOf(t.lower).some((tr) => tr.event === 'captivity'));
    if (held >= 0) return { event: 'abducted', at: held };
  }
  let best: { event: EventClass; score: number; at: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (i >= from && i < to) continue;
    const ev = eventAt(tokens, i);
    if (!ev || ev.pos === 'adj') continue;
    // Truces and wars are the background of a sentence, rarely what its date dates.
    if (ev.event === 'truce' || ev.event === 'war' || ev.event === 'remaining' || ev.event === 'captivity') continue;
    const distance = i < from ? from - i : i - to + 1;
    // A verb governs the date even several words away; a noun only when it is right next to it.
    let score = ev.pos === 'verb' ? distance : distance <= 3 ? distance + 0.5 : distance + 8;
    // A comma between the date and the word usually separates their clauses
    // ("secuestrado … el 7 de octubre de 2023, fue liberado").
    const [lo, hi] = i < from ? [i, from] : [to, i];
    for (let k = lo; k < hi; k++) if (tokens[k]!.text === ',') score += 4;
    if (i > to && ev.pos === 'verb') score += 3; // the date usually follows its verb
    // "on March 1, two weeks after his death": a date placed against an event is not its date.
    if (ev.pos === 'noun' && i > to && tokens.slice(to, i).some((t) => RELATIVE_TO.test(t.lower))) continue;
    if (!best || score < best.score) best = { event: ev.event, score, at: i };
  }
  if (!best || best.score >= 20) return null;
  // A verb of saying between the date and the event: the date is the report's.
  const [lo, hi] = best.at < from ? [best.at + 1, from] : [to, best.at];
  for (let k = lo; k < hi; k++) if (REPORT_VERBS.test(tokens[k]!.lower)) return null;
  return { event: best.event, at: best.at };
}

/** The event a count belongs to: words right after it ("1,200 deaths", "250 taken hostage") first, then before ("killing some 1,200"). */
export function countEvent(tokens: Token[], from: number, to: number): EventClass | null {
  const after = windowAfter(tokens, to, 6);
  const before = windowBefore(tokens, from, 5);
  const pick = (idx: number[]): EventClass | null => {
    let found: EventClass | null = null;
    for (const i of idx) {
      const ev = eventAt(tokens, i);
      if (!ev || ev.pos === 'adj') continue;
      // "hostages remain" is about how many remain, even though a later word says "captivity".
      if (ev.event === 'remaining') return 'remaining';
      if (ev.event === 'truce' || ev.event === 'war' || ev.event === 'attack') continue;
      found ??= ev.event;
    }
    return found;
  };
  // "hostages remain", "остаются более 70 похищенных": how many remain, whatever else is said.
  if ([...before, ...after].some((i) => eventAt(tokens, i)?.event === 'remaining')) return 'remaining';
  const event = pick(after) ?? pick([...before].reverse());
  // "101 hostages are still held": how many remain, not how long they were held.
  if (event === 'captivity' && [...before, ...after].some((i) => tokens[i]!.lower === 'still')) return 'remaining';
  return event;
}

function windowAfter(tokens: Token[], to: number, max: number): number[] {
  const out: number[] = [];
  for (let i = to; i < tokens.length && out.length < max; i++) {
    const w = tokens[i]!.lower;
    if (CLAUSE_BREAK.has(w) || w === ',' || w === 'and' || w === 'и' || w === 'y') break;
    out.push(i);
  }
  return out;
}

function windowBefore(tokens: Token[], from: number, max: number): number[] {
  const out: number[] = [];
  for (let i = from - 1; i >= 0 && out.length < max; i--) {
    const w = tokens[i]!.lower;
    if (CLAUSE_BREAK.has(w) || w === ',') break;
    out.unshift(i);
  }
  return out;
}

const SINCE = /^(since|desde|с|со|depuis|seit|dal|dalla|dallo)$/;
/** Words that place a date against another event: "after his death", "antes de su muerte". */
const RELATIVE_TO = /^(after|before|following|since|после|до|спустя|через|tras|después|antes|après|avant|depuis)$/;

const MODIFIED_NOUN = /^\p{Ll}{4,}$/u;
const FUNCTION_AFTER_PLACE = new Set(['after', 'since', 'during', 'with', 'when', 'from', 'until', 'before', 'where', 'while', 'that', 'which', 'were', 'have', 'this', 'last', 'over', 'into', 'under', 'said', 'says', 'told', 'alone', 'itself', 'despite', 'amid', 'según', 'donde', 'desde', 'hasta', 'durante', 'после', 'когда', 'где']);

const CAUSE: Partial<Record<EventClass, string>> = { attack: 'cause:attack', war: 'cause:war', truce: 'cause:truce' };

/**
 * "1,200 people were killed and 252 others taken hostage": "others" after a second count of one
 * sentence means people other than the first count's, all of them — not more of the same kind
 * ("Orlov and two others"). True when a figure comes before `from` in the sentence, "and" between.
 */
export function othersAfterAnotherCount(tokens: Token[], from: number, to: number): boolean {
  if (!/^(others|otros|autres|других|остальных)$/.test(tokens[to]?.lower ?? '')) return false;
  let and = false;
  for (let i = from - 1; i >= Math.max(0, from - 12); i--) {
    const w = tokens[i]!.lower;
    if (/^[.;:]$/.test(w)) return false;
    if (/^(and|y|et|и)$/.test(w)) and = true;
    else if (and && /^\d/.test(w)) return true;
  }
  return false;
}

/** Scope of a count: the cause named in its clause, the group counted, places ("in Gaza") and qualifiers ("other", "alive"). */
export function countScope(tokens: Token[], from: number, to: number): string[] {
  const scope = new Set<string>();
  const clause = clauseAround(tokens, from, to);
  // A place after another figure is that figure's: "1200 killed, and 250 taken to Gaza".
  let nextFigure = tokens.length;
  for (const i of clause) if (i >= to && /^\d/.test(tokens[i]!.text)) { nextFigure = i; break; }
  // So is a group: "three hostages in exchange for more than 300 Palestinian prisoners", and one
  // before the figure, after another: "369 Palestinians for three hostages".
  let prevFigure = -1;
  for (const i of clause) if (i < from && /^\d/.test(tokens[i]!.text)) prevFigure = i;
  // "three hostages, including a Russian citizen": the words after "including" describe one of
  // them, not the group counted.
  let members = tokens.length;
  for (const i of clause) if (i >= to && MEMBER_CUE.test(tokens[i]!.lower)) { members = i; break; }
  nextFigure = Math.min(nextFigure, members);
  for (const i of clause) {
    const t = tokens[i]!;
    const ev = eventAt(tokens, i);
    if (ev && CAUSE[ev.event]) scope.add(CAUSE[ev.event]!);
    // Groups and places by sound, so that one scope reads alike in every language and script:
    // "Israeli" / "израильских" / "israelíes", "in Gaza" / "в Газу" / "en Gaza".
    if (GROUP_WORD.test(t.lower) && i < nextFigure && i > prevFigure) scope.add('group:' + nameKey(t.lower.replace(/s$/, '').slice(0, 6)));
    const prev = tokens[i - 1]?.lower;
    // "killed in Gaza": a place; "in Hamas captivity", "in Gaza tunnels": a name modifying a noun, no place of its own.
    const modifies = MODIFIED_NOUN.test(tokens[i + 1]?.text ?? '') && !FUNCTION_AFTER_PLACE.has(tokens[i + 1]!.lower);
    if ((prev === 'in' || prev === 'в' || prev === 'en') && /^\p{Lu}/u.test(t.text) && i > to && i < nextFigure && !modifies) scope.add('place:' + nameKey(t.lower.slice(0, 5)));
  }
  // Qualifiers only count right next to the value ("two other hostages", "65 hostages remain alive").
  const allOthers = othersAfterAnotherCount(tokens, from, to);
  for (const i of [...windowBefore(tokens, from, 2), ...windowAfter(tokens, to, 4)]) {
    const w = tokens[i]!.lower;
    if (allOthers && i === to) continue;
    if (QUALIFIER_WORD.test(w)) scope.add('q:' + normaliseQualifier(w));
    // "three more hostages" is "three additional hostages": more of them, as "other" says.
    else if (i === to && /^(more|further|ещё|еще|más)$/.test(w)) scope.add('q:other');
  }
  return [...scope].sort();
}

const MEMBER_CUE = /^(including|among|incluido|incluida|incluidos|entre|dont|parmi|включая|среди)$/;

function normaliseQualifier(w: string): string {
  if (/^(other|others|других|otros|otras|additional)$/.test(w)) return 'other';
  if (/^(alive|living|живых|vivos)$/.test(w)) return 'alive';
  if (w === 'remaining' || w === 'still') return 'still';
  return w;
}

/** Token indices of the clause around [from, to): up to the nearest hard break either side. */
function clauseAround(tokens: Token[], from: number, to: number): number[] {
  let a = from;
  while (a > 0 && !CLAUSE_BREAK.has(tokens[a - 1]!.lower) && from - a < 14) a--;
  let b = to;
  while (b < tokens.length && !CLAUSE_BREAK.has(tokens[b]!.lower) && b - to < 14) b++;
  const out: number[] = [];
  for (let i = a; i < b; i++) if (i < from || i >= to) out.push(i);
  return out;
}

/**
 * Who an event happened to. Passive ("X was freed"): the people named before the verb;
 * active ("the group freed X"): the person right after it. A single person gives their key,
 * several people or a group noun give 'group', a kin word ("Trufanov's mother") gives 'kin:mother'.
 */
export function eventSubject(
  tokens: Token[],
  verbIndex: number,
  personKeyAt: (tokenIndex: number) => string | null,
): string | null {
  const apposed = appositionSubject(tokens, verbIndex, personKeyAt);
  if (apposed) return apposed;
  const collect = (idx: number[]): string[] => {
    const found: string[] = [];
    for (const i of idx) {
      const t = tokens[i]!;
      if (KIN_WORDS.has(t.lower)) found.push(kinKey(t.lower));
      else if (GROUP_SUBJECTS.has(t.lower)) found.push('group');
      else {
        const key = personKeyAt(i);
        // A possessor ("Trufanov's mother") is not the subject; the kin word after it is.
        if (key && !/['’]s?$/.test(t.text) && tokens[i + 1]?.text !== '’s' && tokens[i + 1]?.text !== "'s") found.push(key);
      }
    }
    return [...new Set(found)];
  };
  const prev = tokens[verbIndex - 1]?.lower ?? '';
  // "was freed", "был освобождён", "fue liberado", "a été libéré"; a Russian short participle
  // ("освобождён") and a past participle after a name are passive without an auxiliary.
  const passive = PASSIVE_AUX.test(prev) || /^(was|were)$/.test(tokens[verbIndex - 2]?.lower ?? '') || PASSIVE_PARTICIPLE.test(tokens[verbIndex]?.lower ?? '');
  let idx: number[] = [];
  if (passive || verbIndex === 0) {
    idx = [];
    let i = verbIndex - 1;
    while (i >= 0 && AUXILIARY.test(tokens[i]!.lower)) i--;
    // "Alexei Navalny, one of the fiercest critics of President Vladimir Putin, died on…": an
    // apposition between the subject and its verb names others; its head is the subject.
    const skip = appositionBefore(tokens, i);
    if (skip !== null) i = skip;
    for (; i >= 0 && verbIndex - i <= 16; i--) {
      const w = tokens[i]!.lower;
      if (CLAUSE_BREAK.has(w) && !abbreviationPoint(tokens, i)) break;
      // ", and" / ", but" start a new clause with its own subject.
      if ((w === 'and' || w === 'but') && tokens[i - 1]?.lower === ',' && clauseBefore(tokens, i - 1)) break;
      // "Trufanov, who had been held in Gaza, was freed": skip the relative clause, keep its head.
      const rel = relativeClauseStart(tokens, i);
      if (rel !== null) {
        idx = [];
        i = rel + 1; // the loop's i-- lands on the relative clause's head
        continue;
      }
      if (w !== ',' && eventAt(tokens, i)?.pos === 'verb') break;
      idx.unshift(i);
    }
  } else {
    for (let i = verbIndex + 1; i < tokens.length && idx.length < 4; i++) {
      if (CLAUSE_BREAK.has(tokens[i]!.lower) || tokens[i]!.lower === ',') break;
      idx.push(i);
    }
  }
  const found = collect(idx);
  if (!found.length) return null;
  if (found.length > 1 || found[0] === 'group') return 'group';
  return found[0]!;
}

/**
 * Where a noun phrase in apposition ends, read back from the comma at `comma` ("…, one of the
 * fiercest critics of Putin,"): the index of the word before its opening comma, or null.
 */
function appositionBefore(tokens: Token[], comma: number): number | null {
  if (tokens[comma]?.text !== ',') return null;
  for (let j = comma - 1; j >= 1 && comma - j <= 14; j--) {
    const t = tokens[j]!;
    if (CLAUSE_BREAK.has(t.lower) || eventAt(tokens, j)?.pos === 'verb') return null;
    if (t.text !== ',') continue;
    const first = tokens[j + 1]!.lower;
    return APPOSITION_OPENERS.has(first) || NOUN_PHRASE_OPENERS.has(first) ? j - 1 : null;
  }
  return null;
}
const NOUN_PHRASE_OPENERS = new Set(['one', 'his', 'her', 'its', 'their', 'uno', 'una', 'l’un', "l'un", 'один', 'одна', 'один из', 'одним']);

// What may open the words between a name's comma and a participle or relative clause about it.
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'un', 'una', 'el', 'la', 'le', 'une', 'whom', 'которого', 'которую', 'которых', 'которое', 'quien', 'quienes', 'que', 'qui']);
/** What follows a participle that takes no object: an agent, a time, a place, a comma. */
const PARTICIPLE_FOLLOWERS = /^(by|in|on|at|during|after|from|last|earlier|this|under|with|,|\.|por|en|el|tras|durante|par|le|lors|après)$/;
const RELATIVE_OBJECTS = new Set(['whom', 'которого', 'которую', 'которых', 'которое', 'quien', 'quienes', 'que']);

/**
 * The person a participle or relative clause set off by a comma is about: "Troufanov, liberado
 * el sábado", "Trufanov, a Russian-Israeli man freed by Hamas", "Труфановым, которого ХАМАС
 * освободило 15 февраля" — the name just before the comma. Only when the words between open with
 * nothing, an article or a relative pronoun and hold no verb: "After meeting Putin, Hamas freed…"
 * is a clause of its own.
 */
function appositionSubject(tokens: Token[], verbIndex: number, personKeyAt: (tokenIndex: number) => string | null): string | null {
  const prev = tokens[verbIndex - 1]?.lower ?? '';
  // "was freed", "a été libéré": a finite passive, read below.
  if (/^(was|were|is|are|been|be|being|has|have|had|был|была|были|было|fue|fueron|sido|été|est|sont|a|ont|who|which|que|qui)$/.test(prev) && !RELATIVE_OBJECTS.has(prev)) return null;
  let comma = -1;
  for (let i = verbIndex - 1; i >= 1 && verbIndex - i <= 6; i--) {
    const t = tokens[i]!;
    if (t.text === ',') {
      comma = i;
      break;
    }
    if (CLAUSE_BREAK.has(t.lower) || eventAt(tokens, i)?.pos === 'verb') return null;
  }
  if (comma < 1) return null;
  // The comma closes an apposition ("Navalny, one of Putin's critics, died"): its head is the subject.
  const head = comma === verbIndex - 1 ? appositionBefore(tokens, comma) : null;
  if (head !== null) return personKeyAt(head);
  const first = tokens[comma + 1]!;
  if (comma + 1 < verbIndex && !APPOSITION_OPENERS.has(first.lower)) return null;
  // "Orlov, a man freed by Hamas on…" describes Orlov; "…, the militants freed three women" is a
  // clause with its own subject and object: after an article, the participle must not take an object.
  if (comma + 1 < verbIndex && !RELATIVE_OBJECTS.has(first.lower) && !PARTICIPLE_FOLLOWERS.test(tokens[verbIndex + 1]?.lower ?? '')) return null;
  // A relative pronoun for a subject ("who", "qui") leaves the verb finite: not this case.
  const name = tokens[comma - 1]!;
  if (/['’]s?$/.test(name.text)) return null;
  return personKeyAt(comma - 1);
}

/** Whether the words before a ", and" hold a verb of their own: a clause, not a list of names. */
function clauseBefore(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1; k >= Math.max(0, comma - 10); k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAK.has(w)) return false;
    if (/^(was|were|is|are|had|has|have|said|says)$/.test(w) || eventAt(tokens, k)?.pos === 'verb') return true;
  }
  return false;
}

const PASSIVE_AUX = /^(was|were|been|is|are|being|be|had|has|have|был|была|были|было|fue|fueron|sido|été|est|sont|fut|furent)$/;
/** Russian short passive participles: "освобождён", "похищена", "освобождены". */
const PASSIVE_PARTICIPLE = /^\p{Ll}{4,}(ен|ён|ена|ено|ены|ан|ана|аны|ят|ята|ты)$/u;
const AUXILIARY = /^(was|were|been|is|are|be|being|had|has|have|reportedly|also|then|later|finally|eventually|был|была|были|было|fue|fueron|ha|han|sido|a|ont|été|est|sont|fut|также|затем|позже|también|aussi|ensuite)$/;

/** A full stop inside a sentence after a short word ("since Oct. 7", "Mr. Orlov") marks an abbreviation, not the clause's end. */
function abbreviationPoint(tokens: Token[], i: number): boolean {
  return tokens[i]!.text === '.' && i > 0 && /^\p{L}{1,5}$/u.test(tokens[i - 1]!.text) && i < tokens.length - 1;
}

/** When token i lies inside ", who … ," before the verb, the index just before that comma. */
function relativeClauseStart(tokens: Token[], i: number): number | null {
  for (let k = i; k >= Math.max(1, i - 14); k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAK.has(w) && !abbreviationPoint(tokens, k)) return null;
    if ((w === 'who' || w === 'which') && tokens[k - 1]?.lower === ',') return k - 2;
  }
  return null;
}

