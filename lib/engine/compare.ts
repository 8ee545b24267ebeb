// Whether two claims of different articles state the same thing, and how they compare.
// A false "conflict" is the worst error the product can make, so a conflict needs the whole
// frame to match (same event, same specific subject, values stated precisely and firmly);
// anything less certain stays "same", "updated" or no link at all.
import { compareSpellings, isFeminineSurname, looseName, nameKey, normaliseSpelling } from './name-variants';
import { editDistance } from './persons';
import { comparableUnit } from './numbers';
import { recordsAgree } from './records';
import { rolesAgree } from './roles';
import { sameGroup } from './captors';
import { isTranslatedKey } from './translations';
import { compareOpen, datesOfOnePersonDisagree, evidence, future, isOpenTopic, sameOneOf, sameSubject, specific, spanAgrees, yearTrusted } from './open-compare';
import type { Claim, ClaimLink, ClaimStatus, Relation } from './types';

export interface ArticleMeta {
  key: string;
  published: string | null;
  /** Earliest date the article can be from when it gives no publication date. */
  asOf: string | null;
}

const DAY = 86400000;

/** The date an article speaks from: its publication date, else the latest date it states. */
function articleTime(m: ArticleMeta): { time: number; exact: boolean } | null {
  const s = m.published ?? m.asOf;
  if (!s) return null;
  return { time: Date.parse(s + 'T00:00:00Z'), exact: !!m.published };
}

/** Events that befall one person once: their dates are compared at the month. */
const ONCE_TO_A_PERSON = new Set(['released', 'abducted', 'killed']);
/** Events an attack's day holds: its killings and abductions. */
const PART_OF_ATTACK = new Set(['attack', 'killed', 'abducted']);

function subjectsCompatible(a: Claim, b: Claim): boolean {
  const sa = a.frame?.subject;
  const sb = b.frame?.subject;
  if (!sa || !sb) return true;
  if (sa === sb) return true;
  // A group and one person are different subjects ("the women were released" / "Trufanov was freed").
  return samePerson(sa, sb);
}

/**
 * Person keys of ages read "family key:written surname:given-name key". Two spellings of one
 * surname (Trufanov, 29 / Troufanov, 29) are one person when both are of the same form
 * (Trufanova is his mother) and the given names, where both are known, agree.
 */
function samePerson(a: string, b: string): boolean {
  const [fa, wa, ga] = a.split(':');
  const [fb, wb, gb] = b.split(':');
  if (wa === undefined || wb === undefined || fa !== fb) return false;
  // "?": a Russian form that may be his genitive or her nominative.
  if (wa !== '?' && wb !== '?' && isFeminineSurname(wa) !== isFeminineSurname(wb)) return false;
  return !ga || !gb || ga === gb;
}

/** Whether two age subjects ("family:written:given") name the same family with the same spelling. */
function sameFamilySpelling(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const [fa, wa] = a.split(':');
  const [fb, wb] = b.split(':');
  return !!fa && fa === fb && wa !== undefined && wa === wb;
}

function scopesCompatible(a: string[], b: string[], ignoreQualifiers = false): boolean {
  const pick = (s: string[], p: string) => s.filter((x) => x.startsWith(p));
  for (const p of ['cause:', 'place:']) {
    const x = pick(a, p);
    const y = pick(b, p);
    if (x.length && y.length && !x.some((v) => y.includes(v))) return false;
  }
  const ga = pick(a, 'group:');
  const gb = pick(b, 'group:');
  if (ga.length && gb.length && !ga.some((v) => gb.includes(v))) return false;
  // "two other hostages" and "three hostages", "65 alive" and "59 remain": different counts.
  if (ignoreQualifiers) return true;
  const qa = pick(a, 'q:').join();
  const qb = pick(b, 'q:').join();
  return qa === qb;
}

// Figures that grow as time passes (tolls, days held, ages) and those that shrink.
const RISING = new Set(['killed', 'captivity']);
const COLLECTIVE = new Set(['attack', 'war', 'truce']);
const FALLING = new Set(['remaining']);
/** A figure stated without a hedge ("498", not "some 500" or "over 50,000"). */
const firm = (hedge: string) => hedge === 'exact';

/**
 * "The deaths of the five passengers" and "killed five people": a count of people and a count of
 * a group of people for the same event agree when the figure is the same. They are never set
 * against each other: "1,200 people, 300 of them soldiers" counts two groups.
 */
function peopleAndGroup(a: Claim, b: Claim): boolean {
  const [ea, ua] = a.frame!.key!.split(':');
  const [eb, ub] = b.frame!.key!.split(':');
  if (ea !== eb || (ua !== 'people') === (ub !== 'people') || a.frame!.measure !== 'count:person' || b.frame!.measure !== 'count:person') return false;
  const va = a.value;
  const vb = b.value;
  return va.type === 'number' && vb.type === 'number' && va.value === vb.value && va.hedge === vb.hedge;
}

export function compareClaims(a: Claim, ma: ArticleMeta, b: Claim, mb: ArticleMeta): ClaimLink | null {
  if (ma.key === mb.key || a.topic !== b.topic) return null;
  const link = (relation: Relation, confidence: number): ClaimLink => ({ a: a.id, b: b.id, relation, confidence, topic: a.topic });
  // Dates of two built-in event classes compare by the rules below, under their class's topic;
  // any other pair of dates, or of open figures, by the open frame.
  const legacyDates = a.kind === 'date' && !!a.frame?.event && !!b.frame?.event;
  // Two figures the built-in pass read: compared by their class's rules when the class is the
  // same; else, when one has no class, by the open frame and for agreement only.
  const legacyNumbers = a.kind === 'number' && !!a.frame?.key && !!b.frame?.key;
  if (legacyNumbers) {
    if (a.frame!.key !== b.frame!.key) {
      if (peopleAndGroup(a, b)) return { a: a.id, b: b.id, relation: 'same', confidence: 0.6, topic: `number:${a.frame!.key}` };
      // One sentence's verb is of no built-in class ("погибли все … 298 человек" / "all 298 were
      // killed"): the open frame may still find the two one figure, for agreement only, when the
      // verbs are one or the figure too large to recur by chance: a hundred or more, or the same
      // figure of twenty or more ("three convicted" / "3 killed" are two counts).
      const va = a.value;
      const vb = b.value;
      const unclassed = !a.frame!.event !== !b.frame!.event;
      const particular = va.type === 'number' && vb.type === 'number' && (Math.min(va.value, vb.value) >= 100 || (va.value === vb.value && va.value >= 20));
      if (!unclassed || !(particular || (!!a.frame!.predicate && a.frame!.predicate === b.frame!.predicate))) return null;
      const open = compareOpen(a, ma, b, mb, link);
      return open?.relation === 'same' ? open : null;
    }
    const own = (relation: Relation, confidence: number): ClaimLink => ({ a: a.id, b: b.id, relation, confidence, topic: `number:${a.frame!.key}` });
    return honest(compareLegacy(a, ma, b, mb, own), a, ma, b, mb, own);
  }
  // Dates of two different built-in classes ("released Friday" / "announced on Friday") may
  // still date one occasion, read by different verbs: the open frame weighs the evidence.
  // A killing or an abduction on the day of the attack it happened in is dated by the attack:
  // the same day and month (and year, where both give one) agree, whatever each sentence's verb.
  if (legacyDates && a.frame!.event !== b.frame!.event && (a.frame!.event === 'attack' || b.frame!.event === 'attack') && PART_OF_ATTACK.has(a.frame!.event!) && PART_OF_ATTACK.has(b.frame!.event!)) {
    const va = a.value;
    const vb = b.value;
    if (va.type === 'date' && vb.type === 'date' && va.granularity === 'day' && vb.granularity === 'day' && va.parts.month === vb.parts.month && va.parts.day === vb.parts.day &&
        (!va.yearKnown || !vb.yearKnown || va.parts.year === vb.parts.year)) {
      return { a: a.id, b: b.id, relation: 'same', confidence: 0.7, topic: 'date:attack' };
    }
  }
  if (isOpenTopic(a.topic) && (!legacyDates || a.frame!.event !== b.frame!.event)) return compareOpen(a, ma, b, mb, link);
  if (legacyDates) {
    const own = (relation: Relation, confidence: number): ClaimLink => ({ a: a.id, b: b.id, relation, confidence, topic: `date:${a.frame!.event}` });
    return honest(compareLegacy(a, ma, b, mb, own), a, ma, b, mb, own);
  }
  return honest(compareLegacy(a, ma, b, mb, link), a, ma, b, mb, link);
}

/**
 * The built-in rules' verdict, held to the whole frame: a forecast, a conditional, a question or
 * reported speculation never conflicts, and a quantity still running when written ("has been held
 * for 404 days") is an update when the later article gives more, otherwise no link.
 */
function honest(
  result: ClaimLink | null, a: Claim, ma: ArticleMeta, b: Claim, mb: ArticleMeta,
  link: (relation: Relation, confidence: number) => ClaimLink,
): ClaimLink | null {
  if (result?.relation !== 'conflict') return result;
  const asserted = (c: Claim) => (c.frame?.modality ?? 'asserted') === 'asserted';
  if (!asserted(a) || !asserted(b)) return null;
  // A date after the article's own ("to be released tomorrow") is a plan or a forecast.
  if (a.value.type === 'date' && b.value.type === 'date' && (future(a.value.start, ma) || future(b.value.start, mb))) return null;
  if (!a.frame?.running && !b.frame?.running) return result;
  // Ages are compared as birth dates already (compareAges): a conflict there has used the dates.
  if (a.value.type === 'number' && a.value.unit === 'age') return result;
  const va = a.value;
  const vb = b.value;
  const ta = articleTime(ma);
  const tb = articleTime(mb);
  if (va.type !== 'number' || vb.type !== 'number' || !ta || !tb || Math.abs(ta.time - tb.time) < DAY) return null;
  const [early, late] = ta.time < tb.time ? [va, vb] : [vb, va];
  const elapsed = Math.abs(ta.time - tb.time) / DAY;
  if (late.value <= early.value) return null;
  if (va.unit === 'days' && late.value - early.value > elapsed + 3) return null;
  return link('updated', 0.6);
}

function compareLegacy(a: Claim, ma: ArticleMeta, b: Claim, mb: ArticleMeta, link: (relation: Relation, confidence: number) => ClaimLink): ClaimLink | null {
  const va = a.value;
  const vb = b.value;
  if (va.type === 'name' && vb.type === 'name' && a.topic.startsWith('name:entity:')) {
    // One key (titles, initials, order and accents aside): the same name, or a variant when the
    // outlets join its words differently ("and" / "&").
    const joins = (w: string) => (w.toLowerCase().match(/(?<!\p{L})(?:and|&|of|for|y|и)(?!\p{L})/gu) ?? []).sort().join(' ');
    // One organisation in two languages ("Red Cross" / "Cruz Roja") is written differently.
    const translated = isTranslatedKey(va.key) && normaliseSpelling(va.written) !== normaliseSpelling(vb.written);
    // Written in two scripts ("Бук" / "Buk"), a name is spelled otherwise, as people's names are.
    const script = (w: string) => /[\u0400-\u04ff]/.test(w);
    return joins(va.written) === joins(vb.written) && !translated && script(va.written) === script(vb.written) ? link('same', 0.85) : link('variant', 0.75);
  }
  if (va.type === 'name' && vb.type === 'name' && va.role === 'person' && vb.role === 'person') return comparePersons(va, vb, link);
  if (va.type === 'name' && vb.type === 'name') {
    if (va.role === 'given' && !givenSubjectsCompatible(a.frame?.subject, b.frame?.subject)) return null;
    // A family name read with two different given names (Jim / James Mattis, Loretta / Linda
    // Sánchez): the whole names are compared as people (comparePersons), not the family name alone.
    if (va.role === 'surname' && a.frame?.subject && b.frame?.subject && !a.frame.subject.split('|').some((k) => b.frame!.subject!.split('|').includes(k))) return null;
    // Two members of one family, each with their given name ("Yulia Navalnaya", "Alexei
    // Navalny"): two people's names, not two spellings of one. A surname whose bearer the
    // article leaves open meets the family's.
    if (va.role === 'surname') {
      const givens = (c: Claim) => (c.frame?.subject ?? '').split('|').filter((k) => k && !k.startsWith('family:'));
      const ga = givens(a);
      const gb = givens(b);
      if (ga.length && gb.length && !ga.some((k) => gb.includes(k))) return null;
    }
    const r = compareSpellings(va.written, vb.written, va.role === 'surname');
    return r === 'different' ? null : link(r, r === 'same' ? 0.95 : 0.8);
  }
  if (va.type === 'number' && vb.type === 'number') {
    // The same age of one family's member, where the given names were read differently ("Rep."
    // taken for a given name): agreement is safe to report, a disagreement is not.
    if (va.unit === 'age' && vb.unit === 'age' && va.value === vb.value && !subjectsCompatible(a, b) && sameFamilySpelling(a.frame?.subject, b.frame?.subject)) return link('same', 0.65);
    // One class key ("released:prison") is one unit, whichever language's noun it was read from.
    const sameUnit = a.frame?.key && b.frame?.key ? a.frame.key === b.frame.key : comparableUnit(va.unit) === comparableUnit(vb.unit);
    // A named person's age is theirs whatever groups its sentence names ("the Russian-Israeli
    // 27-year-old" / "held by the Palestinian Islamic Jihad, the 29-year-old").
    const namedAge = va.unit === 'age' && vb.unit === 'age' && !!a.frame?.subject && !!b.frame?.subject && a.frame.subject.includes(':') && b.frame.subject.includes(':');
    // The same figure with a qualifier on one side only ("three more hostages" / "three
    // hostages") may agree; a different one is then no disagreement.
    const sameFigure = va.value === vb.value && va.low === vb.low && va.high === vb.high;
    // "498 days" in both, whoever each sentence seems to say it of ("Netanyahu welcomed the
    // hostages … after spending 498 days in captivity"): a figure this particular is one count;
    // agreeing on it is safe, disagreeing would need the subjects.
    if (sameUnit && sameFigure && va.value >= 100 && va.unit !== 'age' && scopesCompatible(a.frame?.scope ?? [], b.frame?.scope ?? [], true) && !subjectsCompatible(a, b)) return link('same', 0.7);
    if (!sameUnit || (!namedAge && !scopesCompatible(a.frame?.scope ?? [], b.frame?.scope ?? [], sameFigure)) || !subjectsCompatible(a, b)) return null;
    if (va.unit === 'age') {
      // An age at an earlier moment ("28 when he was abducted") is never a conflict: it agrees
      // with the same age and is an update of an age up to two years higher.
      // An age at a death the sentence does not date ("… were all killed") is the age at a moment,
      // unless both articles are of the same days: the death is then that week's news, and the
      // two ages are of one time.
      const ta = articleTime(ma);
      const tb = articleTime(mb);
      const sameDays = !!ta?.exact && !!tb?.exact && Math.abs(ta.time - tb.time) <= 7 * DAY;
      const then = (c: Claim) => !!c.frame?.scope.includes('when') && !(sameDays && c.frame.scope.includes('when:killed'));
      const thenA = then(a);
      const thenB = then(b);
      if (thenA || thenB) {
        if (va.value === vb.value) return link('same', 0.7);
        // Two ages of one person at the same event ("27 when abducted" / "28 at his abduction").
        const at = (c: Claim) => c.frame?.scope.find((x) => x.startsWith('when:'));
        const [, , given] = a.frame?.subject?.split(':') ?? [];
        const person = !!given && !!b.frame?.subject && samePerson(a.frame!.subject!, b.frame.subject);
        if (thenA && thenB && at(a) && at(a) === at(b) && person) return link('conflict', 0.7);
        const [then, now] = thenA ? [va.value, vb.value] : [vb.value, va.value];
        return !(thenA && thenB) && now > then && now - then <= 2 ? link('updated', 0.6) : null;
      }
      // Two ages disagree only about one person named on both sides: an age whose person was
      // not read ("the 49-year-old", "a 21-year-old student") may be anyone else's.
      // Nor one said of a definite description ("le journaliste de 31 ans"), which may be another's.
      const described = (c: Claim) => !!c.frame?.scope.includes('described');
      const named = !!a.frame?.subject && !!b.frame?.subject && !a.frame.subject.startsWith('kin:') && !b.frame.subject.startsWith('kin:') && !described(a) && !described(b);
      // A dead person's age is the age they died at: dated by the death, not by the page.
      const at = (c: Claim, m: ArticleMeta): ArticleMeta => (c.frame?.asOf ? { ...m, published: c.frame.asOf } : m);
      return compareAges(va.value, at(a, ma), vb.value, at(b, mb), named, link);
    }
    const event = a.frame?.event ?? null;
    const ta = articleTime(ma);
    const tb = articleTime(mb);
    // "more than 41,000" in October and "more than 43,000" in November: both floors, and the
    // later one clearly higher — the toll has moved on, even though the intervals touch.
    const floor = (h: string) => h === 'over' || h === 'atLeast';
    if (event && RISING.has(event) && floor(va.hedge) && floor(vb.hedge) && ta && tb && Math.abs(ta.time - tb.time) >= 7 * DAY) {
      const [early, late] = ta.time < tb.time ? [va, vb] : [vb, va];
      if (late.value > early.value * 1.03 && late.value <= early.value * 2) return link('updated', 0.7);
    }
    if (va.low <= vb.high && vb.low <= va.high) return link('same', 0.9);
    // "At least six dead" in the morning and "17 dead" by the evening: a floor holds for any
    // figure above it told within the week (later, the update rules below read the move). With
    // a page undated, a figure above a floor still holds it; two floors may be a toll that moved.
    const holds = (f: typeof va, o: typeof va) => floor(f.hedge) && o.low >= f.low && (ta && tb ? Math.abs(ta.time - tb.time) < 7 * DAY : !floor(o.hedge));
    if (holds(va, vb) || holds(vb, va)) return link('same', 0.6);
    if (event === 'captivity' && va.unit === 'days' && vb.unit === 'days') return compareDaysHeld(a, ma, b, mb, link);
    // Hostages remaining fall exchange by exchange: a lower figure a day later is news, not an error.
    if (event && FALLING.has(event) && ta && tb && Math.abs(ta.time - tb.time) >= DAY) {
      const [early, late] = ta.time < tb.time ? [va, vb] : [vb, va];
      const ratio = late.value / Math.max(1, early.value);
      return late.value < early.value && ratio >= 0.3 ? link('updated', 0.7) : null;
    }
    if (event && ta && tb && Math.abs(ta.time - tb.time) >= 7 * DAY) {
      const [early, late] = ta.time < tb.time ? [va, vb] : [vb, va];
      const ratio = late.value / Math.max(1, early.value);
      if (RISING.has(event) && late.value > early.value && ratio <= 2) return link('updated', 0.7);
      if (FALLING.has(event) && late.value < early.value && ratio >= 0.3) return link('updated', 0.7);
      return null;
    }
    // Same event, same scope, same time, figures stated firmly and far apart: a real disagreement.
    if (event && ta?.exact && tb?.exact && Math.abs(ta.time - tb.time) < 2 * DAY && firm(va.hedge) && firm(vb.hedge) && a.frame?.scope.some((s) => s.startsWith('cause:'))) {
      return link('conflict', 0.85);
    }
    return null;
  }
  if (va.type === 'date' && vb.type === 'date') {
    const event = a.frame?.event;
    if (!event || event !== b.frame?.event) return null;
    // An attack is one public event, whoever the sentence says it befell; other events are
    // someone's (his release is not his mother's), and conflicts always need the same person.
    // A meeting is named by its host in one report and by its guest in another ("Putin received
    // Trufanov" / "Trufanov was received by Putin"): its dates agree whoever is named first.
    const sameOccasion = COLLECTIVE.has(event) || event === 'meeting';
    // A group and one of its members ("the three were released in February 2025" / "Orlov was
    // released on February 15"): their dates may agree, never disagree.
    let apart = !sameOccasion && !subjectsCompatible(a, b);
    let groupAndOne = apart && (a.frame?.subject === 'group') !== (b.frame?.subject === 'group');
    // "Three hostages returned home – Yair Horn, Sasha Trufanov and Sagi Dekel-Hen": a group
    // whose members the sentence lists, the person among them, is dated for that person too.
    let [sa, sb] = [a.frame?.subject, b.frame?.subject];
    if (groupAndOne) {
      const [group, one] = sa === 'group' ? [a, b] : [b, a];
      if (listsMember(group.quote, one.frame!.subject!)) {
        groupAndOne = false;
        apart = false;
        sa = sb = one.frame!.subject;
      }
    }
    if (apart && !groupAndOne) return null;
    if (groupAndOne) {
      const agree = !!va.start && !!vb.start && !!va.end && !!vb.end && va.yearKnown && vb.yearKnown && va.start <= vb.end && vb.start <= va.end;
      return agree ? link('same', 0.6) : null;
    }
    // A page with no date gives "October 7" no year at all: its month and day are still compared.
    const undated = !va.start || !vb.start || !va.end || !vb.end;
    if (undated && (va.parts.month === null || vb.parts.month === null)) return null;
    if (!undated && spanAgrees(va, ma, vb, mb) === false) return null;
    // Public events are named by their date long after ("the Oct. 7 attack" a year on), so
    // their implied years are never trusted.
    const yearsTrusted = !undated && (COLLECTIVE.has(event) ? va.yearKnown && vb.yearKnown : yearTrusted(va, ma) && yearTrusted(vb, mb));
    if (!yearsTrusted) {
      // A year only implied by the publication date: compare month and day alone.
      const pa = va.parts;
      const pb = vb.parts;
      if (pa.month === null || pb.month === null || pa.month !== pb.month) return null;
      if (pa.day !== null && pb.day !== null && pa.day !== pb.day && va.granularity === 'day' && vb.granularity === 'day') return null;
      return link('same', 0.7);
    }
    if (va.start! <= vb.end! && vb.start! <= va.end!) return link('same', 0.9);
    // One person meets many: two meetings' dates disagree only when their sentences share a
    // word besides the verb and the person's own name, given and family (the host, the place):
    // not "met Biden in San Francisco" and "met EU chiefs in Brussels".
    if (event === 'meeting' && evidence(a, b).shared < 3) return null;
    const disagree = sameSubject(sa, sb) ? datesOfOnePersonDisagree(a, b, ONCE_TO_A_PERSON.has(event)) : null;
    return disagree ? link('conflict', disagree === 'day' ? 0.85 : 0.75) : null;
  }
  if (va.type === 'quote' && vb.type === 'quote') {
    // The same words are the same quotation; most of them, a variant wording of one remark —
    // unless the outlets give two different speakers.
    // One outlet quoting more of the remark than the other still quotes the same words.
    const qa = quoteText(va.words);
    const qb = quoteText(vb.words);
    const wa = qa.joined;
    const wb = qb.joined;
    if (wa === wb) return link('same', 0.9);
    // Containment ranks below the same words, so a phrase quoted alone in both articles pairs with itself first.
    const shorter = wa.length < wb.length ? wa : wb;
    if ((shorter === wa ? qa : qb).list.length >= 2 && (` ${wa} `.includes(` ${wb} `) || ` ${wb} `.includes(` ${wa} `))) return link('same', 0.8);
    // Two outlets quoting overlapping stretches of one statement: the end of one is the start
    // of the other ("… ― I didn't need to do this" / "I didn't need to do this, but …").
    if (overlappingStretch(qa.list, qb.list) || overlappingStretch(qb.list, qa.list)) return link('same', 0.75);
    const sa = a.frame?.subject;
    const sb = b.frame?.subject;
    const overlap = setOverlap(qa.content, qb.content, 2);
    // Speakers are read from "he said" and the names around a quotation: nearly all the same
    // content words, six or more of them, are one remark even when the two speakers read differ.
    const fewest = Math.min(qa.content.size, qb.content.size);
    const nearlySame = overlap >= 0.9 && fewest >= 6;
    if (sa && sb && sa !== 'unknown' && sb !== 'unknown' && sa !== sb && !nearlySame) return null;
    return overlap >= 0.75 || (overlap >= 0.5 && fewest >= 4) ? link('variant', 0.7) : null;
  }
  if (va.type === 'fact' && vb.type === 'fact') {
    // A record: the same superlative of the same noun (the topic), modifiers that agree.
    if (a.frame?.event === 'record') return recordsAgree(va.statement.split('|')[1]!.split(' ').filter(Boolean), vb.statement.split('|')[1]!.split(' ').filter(Boolean)) ? link('same', 0.75) : null;
    // Who held one person: the same group ("Islamic Jihad" within "Palestinian Islamic Jihad"),
    // or two outlets that disagree ("held by Hamas" / "held by Palestinian Islamic Jihad"). The
    // phrases read say who held the person ("held by", "in the hands of", "secuestrado por"),
    // never who handed them over; an article naming two groups as holding them says neither alone.
    if (a.frame?.event === 'captor') {
      if (!a.frame.subject || a.frame.subject !== b.frame?.subject) return null;
      if (sameGroup(va.statement, vb.statement)) return link('same', 0.75);
      // Who took someone and who held them may be two groups: only two holders (or two takers)
      // disagree, and only about one person told by given name too — a family's hostages were
      // often held apart (a mother by Hamas, her son by Islamic Jihad).
      const taking = (c: Claim) => c.frame!.scope.includes('captors:taking');
      return a.frame.scope.includes('captors:one') && b.frame.scope.includes('captors:one') && taking(a) === taking(b) && sameOneOf(a, b) ? link('conflict', 0.5) : null;
    }
    // Where one person was taken from: the same place by the sound of its name; two places of one
    // kind ("Kibbutz Nahal Oz" / "Kibbutz Nir Oz") disagree when each article names one only.
    if (a.frame?.event === 'taken-from') {
      if (!a.frame.subject || a.frame.subject !== b.frame?.subject) return null;
      if (va.statement === vb.statement) return link('same', 0.75);
      // Only one named person each (the same by family and given name), each article naming one place.
      const kind = (c: Claim) => c.frame!.scope.find((x) => x.startsWith('place:'));
      // (A person taken with others has one only when named as the one taken: see claims.ts.)
      const one = (c: Claim) => c.frame!.scope.includes('places:one') && !!c.frame!.person;
      const samePerson = a.frame.person?.split(':')[2] === b.frame!.person?.split(':')[2];
      return kind(a) === kind(b) && one(a) && one(b) && samePerson ? link('conflict', 0.5) : null;
    }
    // Where one person was arrested: the same town by the sound of its name agrees, in any
    // script; two towns are never set against each other (an arrest in a city is also one in its region).
    if (a.frame?.event === 'arrested-in') return a.frame.subject && a.frame.subject === b.frame?.subject && va.statement === vb.statement ? link('same', 0.75) : null;
    // A flag or a port agrees in any language ("panameña" / "Panama-flagged"); written in another
    // script ("Роттердам" / "Rotterdam") it is the same name spelled otherwise, as names are.
    if (a.frame?.event === 'flag' || a.frame?.event === 'destination') {
      if (va.statement !== vb.statement) return null;
      const cyrillic = (w: string) => /[\u0400-\u04ff]/.test(w);
      return cyrillic(a.written) === cyrillic(b.written) ? link('same', 0.75) : link('variant', 0.7);
    }
    // A post or trade of one person: the same noun with modifiers that agree; never a conflict.
    if (a.frame?.event === 'role') return a.frame.subject && a.frame.subject === b.frame?.subject && rolesAgree(va.statement.split(' '), vb.statement.split(' ')) ? link('same', 0.75) : null;
    // The same citizenship said of "her son" in one article and of a person named in another:
    // agreeing is safe (it can never make a red mark), telling who the relative is is not.
    const kin = (x: string | null | undefined) => !!x?.startsWith('kin:');
    if (a.frame?.event === 'citizenship' && va.statement === vb.statement && (kin(a.frame.subject) || kin(b.frame?.subject))) return link('same', 0.6);
    if (!subjectsCompatible(a, b)) return null;
    // Deaths are reported of many people in one story: only the same named person or relative's count.
    if (a.frame?.event === 'killed' && !(specific(a.frame.subject) && specific(b.frame?.subject))) return null;
    if (a.frame?.event === 'killed' && va.statement !== vb.statement) {
      // A death told without how agrees with one told with it; in the attack and in captivity disagree.
      return va.statement === 'killed' || vb.statement === 'killed' ? link('same', 0.7) : link('conflict', 0.5);
    }
    return va.statement === vb.statement ? link('same', 0.8) : null;
  }
  return null;
}

// What introduces a group's members: "including", "among them", a dash or a colon before a list.
const MEMBERS = /(?:including|among them|among whom|incluid[oa]s?|entre ellos|dont|parmi eux|в том числе|среди них|[–—:])\s/iu;

/** Whether a sentence about a group lists the person (by the sound key of a family name) among its members. */
function listsMember(quote: string, person: string): boolean {
  const m = MEMBERS.exec(quote);
  if (!m) return false;
  const family = person.split(':')[0]!;
  const after = quote.slice(m.index + m[0].length, m.index + m[0].length + 80);
  return (after.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).some((w) => nameKey(w.replace(/['’]s$/, ''), true) === family);
}


// The sentence gives the captivity as over: "freed after 498 days", "tras 489 días de cautiverio".
// "spent 498 days" in the simple past (not "has spent") is over too, and "He had been held for
// 498 days": the pluperfect looks back from a past moment, the end of it.
const ENDED = /(?<!\p{L})(?:freed|released|returned|liberad[oa]s?|libérée?s?|освобо\p{L}*|вернул\p{L}*|pasó|passé|провёл|провел)(?!\p{L})|(?<!\b(?:has|have|having)\s+)\bspent\b|\bhad\s+been\s+(?:held|kept|detained|imprisoned|in\s+captivity)\b/iu;
// "After 498 days in captivity", "tras 489 días", "после 498 дней": a period looked back on, over…
const AFTER_DAYS = /(?<!\p{L})(?:after|tras|después de|после|après|au bout de)\s+\d[\d\s,.]*\s*(?:days|días|дн\p{L}*|jours)(?!\p{L})/iu;
// …unless the main clause is in the present or the perfect: "After 365 days in captivity, the
// family has had no sign of life" looks at a period still running.
const STILL_NOW = /(?<!\p{L})(?:has|have|is|are|remains?|still|sigue|siguen|lleva|llevan|остаётся|остается|всё ещё|toujours|reste)(?!\p{L})/iu;
function endedIn(quote: string): boolean {
  if (ENDED.test(quote)) return true;
  const m = AFTER_DAYS.exec(quote);
  if (!m) return false;
  // The main clause's first words after the comma: "…, the family has had" runs, "…, the engineer learned" is over.
  const rest = quote.slice(m.index + m[0].length);
  const comma = rest.indexOf(',');
  const main = (comma >= 0 ? rest.slice(comma + 1) : rest).trim().split(/\s+/).slice(0, 5).join(' ');
  return !STILL_NOW.test(main);
}

/**
 * Days someone was held. While the captivity lasts the count grows by one a day, so a later,
 * higher figure is an update only when it grew by no more than the days between the articles.
 * Once both sentences give the captivity as over, the count is final: two firm figures of the
 * same person more than a couple of days apart (53/54/55 is only a counting convention)
 * disagree.
 */
function compareDaysHeld(
  a: Claim, ma: ArticleMeta, b: Claim, mb: ArticleMeta,
  link: (relation: Relation, confidence: number) => ClaimLink,
): ClaimLink | null {
  const va = a.value as Extract<Claim['value'], { type: 'number' }>;
  const vb = b.value as Extract<Claim['value'], { type: 'number' }>;
  const gap = Math.abs(va.value - vb.value);
  if (gap <= 2) return null;
  const ended = endedIn(a.quote) && endedIn(b.quote);
  const ta = articleTime(ma);
  const tb = articleTime(mb);
  const elapsed = ta && tb ? Math.abs(ta.time - tb.time) / DAY : 0;
  const [early, late] = ta && tb && ta.time < tb.time ? [va, vb] : [vb, va];
  // The later article's count is higher by no more than the days between them: a captivity still
  // running at the earlier one. So it is even where the earlier wording read as a final count
  // ("after 235 days in captivity", said of a video in May 2024, beside "498 days" in 2025).
  // Where the earlier article dates the abduction, its count must also be the days from then to
  // its own date: "489 days" written a day after a 498-day captivity ended is a final count.
  const earlyClaim = early === va ? a : b;
  const earlyTime = early === va ? ta : tb;
  const since = earlyClaim.frame?.since;
  const runningThen = !since || !earlyTime || Math.abs((earlyTime.time - Date.parse(since + 'T00:00:00Z')) / DAY - early.value) <= 3;
  const grewInStep = !!ta && !!tb && late.value > early.value && late.value - early.value <= elapsed + 3 && runningThen;
  // Final-sounding counts need both dates stated; running ones a week between them.
  if (grewInStep && (ended ? ta.exact && tb.exact : elapsed >= 7)) return link('updated', ended ? 0.6 : 0.7);
  const person = specific(a.frame?.subject) && specific(b.frame?.subject) && subjectsCompatible(a, b);
  // Two reports of one count of days differ by a slip, not by half: "54 days" beside "498 days"
  // is another person's captivity, or another moment's, whatever the sentence seemed to say.
  const close = Math.max(va.value, vb.value) <= 1.6 * Math.min(va.value, vb.value);
  if (person && firm(va.hedge) && firm(vb.hedge) && close && !grewInStep) {
    if (ended) return link('conflict', 0.8);
    // Still held, both articles dated within a day: the count cannot have moved this far.
    if (ta?.exact && tb?.exact && elapsed < 2) return link('conflict', 0.75);
  }
  return null;
}

/**
 * Ages become birth years: "28" in October 2024 and "29" in February 2025 are one person a
 * birthday apart (updated); the same age at the same time agrees; otherwise the ages only
 * conflict when both articles are dated and no birthday can explain the difference.
 */
function compareAges(
  a: number, ma: ArticleMeta, b: number, mb: ArticleMeta, named: boolean,
  link: (relation: Relation, confidence: number) => ClaimLink,
): ClaimLink | null {
  const ta = articleTime(ma);
  const tb = articleTime(mb);
  if (!ta || !tb) return a === b ? link('same', 0.7) : null;
  // A page without a publication date is only known to be from after the latest date it states:
  // a lower bound, too loose to date a birthday. The same age agrees; a different one says nothing.
  if (!ta.exact || !tb.exact) {
    if (a === b) return link('same', 0.7);
    // Unless that bound is past the dated page: then it is the later one, and an age one or two
    // years higher on it is the person older, not a disagreement.
    if (ta.exact === tb.exact) return null;
    const [dated, undated] = ta.exact ? [{ t: ta.time, age: a }, { t: tb.time, age: b }] : [{ t: tb.time, age: b }, { t: ta.time, age: a }];
    if (undated.t >= dated.t && undated.age > dated.age && undated.age - dated.age <= 2) return link('updated', 0.6);
    // Ages only grow, and the undated page is no older than its bound: the youngest the person
    // can be on it is the dated age less the birthdays between the bound and the dated page. An
    // age below that ("28" on a page naming February 15, against "29" dated that day) disagrees.
    const birthdays = undated.t >= dated.t ? 0 : Math.floor((dated.t - undated.t) / (365.25 * DAY)) + 1;
    return named && undated.age < dated.age - birthdays ? link('conflict', 0.65) : null;
  }
  const year = 365.25 * DAY;
  // Birth lies in (asOf - (age + 1) years, asOf - age years].
  const birthA: [number, number] = [ta.time - (a + 1) * year, ta.time - a * year];
  const birthB: [number, number] = [tb.time - (b + 1) * year, tb.time - b * year];
  const overlap = birthA[0] < birthB[1] && birthB[0] < birthA[1];
  if (a === b && overlap) return link('same', 0.85);
  // 28 one day and 29 the next: a birthday in between is possible, an outlet's slip far likelier.
  const window = Math.min(birthA[1], birthB[1]) - Math.max(birthA[0], birthB[0]);
  if (overlap && named && window <= 3 * DAY) return link('conflict', 0.7);
  if (overlap) return link('updated', 0.75);
  // Months apart, the ages conflict only when no birthday within a month of either date could
  // explain them: a page's date is when it was published, not always when its age was true.
  const apart = Math.max(birthA[0] - birthB[1], birthB[0] - birthA[1]);
  // An age that lags the calendar by a year or less on the later page ("52" in 2012, "54" in
  // 2015) is the commonest slip of all, an age carried over from older copy: it moved, it is no
  // disagreement. One older than the calendar allows is.
  const [early, late] = ta.time <= tb.time ? [birthA, birthB] : [birthB, birthA];
  const lags = late[0] >= early[1] && late[0] - early[1] <= 366 * DAY;
  if (named && ta.exact && tb.exact && Math.abs(ta.time - tb.time) >= 45 * DAY && lags) return link('updated', 0.6);
  if (named && ta.exact && tb.exact && (Math.abs(ta.time - tb.time) < 45 * DAY || apart > 30 * DAY)) return link('conflict', 0.8);
  return null;
}

type PersonName = { given?: string | null; surname?: string; generation?: string | null; written: string };

/**
 * Two mentions of people of one surname key: the same person when the given names are one name
 * (a short form or another spelling makes it a variant: Jim / James, Stacy / Stacey), and the
 * surnames are one spelling (another spelling is a variant: Cowen / Cowan). A different given
 * name, or Jr. against the father beside him, is another person: no link at all, never a conflict.
 * Titles and middle initials were left out of both when the names were read.
 */
function comparePersons(a: PersonName, b: PersonName, link: (relation: Relation, confidence: number) => ClaimLink): ClaimLink | null {
  if (a.generation && b.generation && a.generation !== b.generation) return null;
  // Written alike, typography aside ("Paul Henri Nargeolet" / "Paul-Henri Nargeolet").
  if (normaliseSpelling(a.written) === normaliseSpelling(b.written)) return link('same', 0.9);
  let variant = false;
  if (a.given && b.given) {
    // A given name spelled otherwise (Alexey / Alexei, Iair / Yair), a short form (Jim / James)
    // or a misspelling: the same person's name, spelled differently — what a reader checks.
    if (looseName(a.given) !== looseName(b.given) && compareSpellings(a.given, b.given) === 'different') return null;
    if (!sameWrittenGiven(a.given, b.given)) variant = true;
  }
  const sa = a.surname ?? a.written;
  const sb = b.surname ?? b.written;
  const s = compareSpellings(sa, sb, true);
  // Same surname key: a spelling one or two letters off the other is a misspelling of it. Or a
  // second family name written by one outlet only ("Maynor Suazo" / "Maynor Yasir Suazo-Sandoval"):
  // the two names share a family name after the given name — another way to write the name.
  if (s === 'different' && editDistance(normaliseSpelling(sa).toLowerCase(), normaliseSpelling(sb).toLowerCase()) > 2) {
    if (!a.given || !b.given || !shareFamilyName(a.written, b.written)) return null;
    return link('variant', 0.7);
  }
  // Written in Latin letters, a surname the family key folds together is still spelled
  // otherwise ("Elena Trufanov" / "Elena Trufanova"); Cyrillic case forms are one spelling.
  const latin = (x: string) => !/[\u0400-\u04FF]/.test(x);
  variant ||= s !== 'same' || (latin(sa) && latin(sb) && normaliseSpelling(sa).toLowerCase() !== normaliseSpelling(sb).toLowerCase());
  return variant ? link('variant', 0.8) : link('same', 0.9);
}

/** Whether two full names share a word after their given names, by sound ("Suazo Sandova" / "Suazo-Sandoval"). */
function shareFamilyName(a: string, b: string): boolean {
  const words = (x: string) => x.split(/[\s\-‐‑]+/).slice(1).filter((w) => w.length > 2).map((w) => nameKey(w, true));
  const wb = new Set(words(b));
  return words(a).some((k) => wb.has(k));
}

/** One given name written alike, case and typography aside; Cyrillic case forms (Алексея / Алексей) are one spelling. */
function sameWrittenGiven(a: string, b: string): boolean {
  const na = normaliseSpelling(a);
  const nb = normaliseSpelling(b);
  if (na === nb) return true;
  const cyr = /[\u0400-\u04FF]/;
  return cyr.test(na) && cyr.test(nb) && compareSpellings(a, b) === 'same';
}

function givenSubjectsCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || a === b) return true;
  // "father, Vitaly" against "Vitaly Trufanov": a kin word does not contradict a family name.
  return a.startsWith('kin:') || b.startsWith('kin:');
}

/**
 * Whether a quotation's last words are another's first words: a run of at least four words, three
 * of them content words ("… will defend our constitutional authorities" / "defend our
 * constitutional authorities in the Congress"), so that a shared stock phrase ("the president of the United States")
 * is not taken for a shared quotation.
 */
function overlappingStretch(x: readonly string[], y: readonly string[]): boolean {
  for (let n = Math.min(x.length, y.length) - 1; n >= 4; n--) {
    const run = x.slice(x.length - n);
    if (run.every((w, i) => w === y[i]) && run.filter((w) => w.length > 3).length >= 3) return true;
  }
  return false;
}

/** A quotation's words without case, punctuation or typography, as one string and as a list; its content words. */
interface QuoteText {
  joined: string;
  list: string[];
  /** Content words only: two different remarks share "the", "to" and "we" all the time. */
  content: Set<string>;
}

// A quotation meets every other quotation of its story: its words are read once, not per pair.
const quoteTexts = new Map<string, QuoteText>();

function quoteText(s: string): QuoteText {
  let q = quoteTexts.get(s);
  if (q) return q;
  const lower = s.toLowerCase();
  const list = lower.match(/\p{L}+|\d+/gu) ?? [];
  q = { joined: list.join(' '), list, content: new Set((lower.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 3)) };
  if (quoteTexts.size >= 5000) quoteTexts.clear();
  quoteTexts.set(s, q);
  return q;
}

function setOverlap(wa: ReadonlySet<string>, wb: ReadonlySet<string>, least: number): number {
  if (wa.size < least || wb.size < least) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(1, Math.min(wa.size, wb.size));
}

const STATUS_ORDER: ClaimStatus[] = ['conflict', 'updated', 'variant', 'same'];

/** What a reader sees for a claim: its most serious relation with any other source, else "only here". */
export function claimStatus(claimId: string, links: ClaimLink[]): ClaimStatus {
  let best: ClaimStatus = 'only';
  for (const l of links) {
    if (l.a !== claimId && l.b !== claimId) continue;
    if (best === 'only' || STATUS_ORDER.indexOf(l.relation) < STATUS_ORDER.indexOf(best)) best = l.relation;
  }
  return best;
}
