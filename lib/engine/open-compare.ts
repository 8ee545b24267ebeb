// Comparing claims whose frame is open (figures of any measure, dates of any predicate): two
// claims are aligned by evidence — the same measure (the index bucket), the same predicate, the
// same subject, the content words their sentences share — and only then compared by value. A
// conflict needs all of it, firm wording on both sides and the same time; forecasts,
// conditionals, questions and running quantities never conflict.
import type { Claim, ClaimLink, Relation } from './types';
import { ONCE_PREDICATES, PREDICATE_CLASSES, meaningKey } from './predicates';

export interface OpenMeta {
  published: string | null;
  asOf: string | null;
}

const DAY = 86400000;

function time(m: OpenMeta): { t: number; exact: boolean } | null {
  const s = m.published ?? m.asOf;
  return s ? { t: Date.parse(s + 'T00:00:00Z'), exact: !!m.published } : null;
}

/** How much two frames agree: shared content words, plus the predicate and the subject. */
export function evidence(a: Claim, b: Claim): { score: number; shared: number; near: number; predicate: boolean; bonus: number } {
  const pa = a.frame?.predicate;
  const pb = b.frame?.predicate;
  const predicate = !!pa && pa === pb;
  const sharedOf = (x: string[] | undefined, y: string[] | undefined) => {
    const set = new Set(y ?? []);
    let n = 0;
    // The predicate's own word is counted once, as the predicate.
    for (const w of x ?? []) if (set.has(w) && !(predicate && w === pa!.slice(0, 6))) n++;
    return n;
  };
  const shared = sharedOf(a.frame?.context, b.frame?.context);
  const near = sharedOf(a.frame?.near, b.frame?.near);
  let score = shared + (predicate ? 1.5 : 0);
  const sa = a.frame?.subject;
  const sb = b.frame?.subject;
  // Subjects are read from capitals without a parser: a match is evidence, a mismatch only a doubt.
  // An age's subject names the person ("family:spelling:given"), an open frame's the family: the family decides.
  const family = (x: string) => (x.startsWith('kin:') ? x : x.split(':')[0]!);
  if (sa && sb) score += family(sa) === family(sb) ? 1 : -1;
  // Each article states this value once: likely the same occasion or sum. Not for ages (two
  // people of one story may be in their seventies), and never evidence for a disagreement.
  const bonus = a.frame?.unique && b.frame?.unique && a.frame.measure !== 'age' ? 1.5 : 0;
  score += bonus;
  return { score, shared, near, predicate, bonus };
}

/** Whole years between an ISO date and the day the article speaks from (0 when either is unknown). */
function yearsBefore(date: string, m: OpenMeta): number {
  const from = m.published ?? m.asOf;
  return from ? Number(from.slice(0, 4)) - Number(date.slice(0, 4)) : 0;
}

type DateValue = Extract<Claim['value'], { type: 'date' }>;

/**
 * A span of years ("from 2007 to 2014", "since 2007") holds many dates of a story: it agrees
 * with another span or a year only where they start or end alike, and with no finer date. A
 * span that runs up to the time of writing ("since 2007") has no end of its own. Null when
 * neither value is a span.
 */
export function spanAgrees(va: DateValue, ma: OpenMeta, vb: DateValue, mb: OpenMeta): boolean | null {
  const spanOf = (v: DateValue) => v.granularity === 'year' && !!v.start && !!v.end && v.start.slice(0, 4) !== v.end.slice(0, 4);
  if (!spanOf(va) && !spanOf(vb)) return null;
  if (va.granularity !== 'year' || vb.granularity !== 'year' || !va.start || !va.end || !vb.start || !vb.end) return false;
  const ownEnd = (v: DateValue, m: OpenMeta) => { const from = m.published ?? m.asOf; return !from || v.end!.slice(0, 4) < from.slice(0, 4); };
  return va.start.slice(0, 4) === vb.start.slice(0, 4) || (va.end.slice(0, 4) === vb.end.slice(0, 4) && ownEnd(va, ma) && ownEnd(vb, mb));
}

/**
 * A weekday written alone ("on Friday", "Monday's meeting") is dated by guessing its week from
 * the tense; two such guesses prove no disagreement.
 */
export function bareWeekday(c: Claim): boolean {
  return c.value.type === 'date' && c.value.parts.weekday !== null && !/\d/.test(c.written);
}

/** Whether an ISO date lies after the day the article speaks from. */
export function future(date: string | null, m: OpenMeta): boolean {
  const from = m.published ?? m.asOf;
  return !!date && !!from && date > from;
}

const asserted = (c: Claim) => (c.frame?.modality ?? 'asserted') === 'asserted';
/** Said as a fact or a plan: no condition, question or reported speculation. */
const plainlySaid = (c: Claim) => { const m = c.frame?.modality ?? 'asserted'; return m === 'asserted' || m === 'forecast'; };
/** "Tens of millions of dollars" holds many sums: it agrees, but a precise match comes first. */
const vague = (v: { low: number; high: number }): boolean => v.low > 0 && v.high >= 4 * v.low;
/** Whether every word beside one claim's value is beside the other's too. */
function nearWithin(x: Claim, y: Claim): boolean {
  const set = new Set(y.frame?.near ?? []);
  return (x.frame?.near ?? []).every((w) => set.has(w));
}

type NumberValue = Extract<Claim['value'], { type: 'number' }>;

/** Predicates of counts that keep rising after the first reports: the dead and the hurt. */
const TOLL_PREDICATES: ReadonlySet<string> = new Set(['kill', 'wound']);

/** Whether `other` lies on the open side of a figure given as a floor or a ceiling ("at least 7", "fewer than 10"). */
function beyondBound(bound: NumberValue, other: NumberValue): boolean {
  if (bound.hedge === 'over' || bound.hedge === 'atLeast') return other.value >= bound.value;
  if (bound.hedge === 'under' || bound.hedge === 'atMost' || bound.hedge === 'almost') return other.value <= bound.value;
  return false;
}

export function compareOpen(a: Claim, ma: OpenMeta, b: Claim, mb: OpenMeta, link: (r: Relation, confidence: number) => ClaimLink): ClaimLink | null {
  const va0 = a.value;
  const vb0 = b.value;
  const ev = evidence(a, b);
  const confidence = (base: number) => Math.min(0.97, base + 0.04 * ev.score);
  if (va0.type === 'number' && vb0.type === 'number') {
    const measure = a.frame?.measure ?? '';
    // The built-in pass keeps durations in their own unit; the open one in days.
    const va = inBase(va0);
    const vb = inBase(vb0);
    const other = b.frame?.measure ?? '';
    // A bare figure may count what a counted one names ("1.6 million" / "1.6 million arrests").
    const bareVsCount = (measure === 'count:?' && other.startsWith('count:')) || (other === 'count:?' && measure.startsWith('count:'));
    if (!sameMeasure(measure, other) && !bareVsCount && !(measure.startsWith('tally:') && other.startsWith('tally:'))) return null;
    if (measure.startsWith('tally:')) return measure === b.frame?.measure ? link('same', confidence(0.75)) : null;
    const sa = stepOf(a.written);
    const sb = stepOf(b.written);
    // "$43 million" for $43,885,310: a coarser figure is often the finer one cut short, not rounded.
    const truncated = sa !== sb && (sa > sb ? va.value <= vb.value && vb.value < va.value + sa : vb.value <= va.value && va.value < vb.value + sb);
    // Two spans ("between 16 and 18", "between 12 and 16") agree only when they mostly overlap, not at an end.
    const overlap = Math.min(va.high, vb.high) - Math.max(va.low, vb.low);
    const widths = Math.min(va.high - va.low, vb.high - vb.low);
    const spans = widths > 0 && overlap < 0.5 * widths;
    // "35.7" for 35.72: a figure written with fewer decimals is the finer one rounded.
    const rounded = sa !== sb && Math.max(sa, sb) < 1 && Math.abs(va.value - vb.value) <= Math.max(sa, sb) / 2 + 1e-9;
    const agree = ((va.low <= vb.high && vb.low <= va.high) && !spans) || (truncated && measure.startsWith('money:')) || rounded;
    const equal = va.value === vb.value;
    // Small counts recur in any story ("two sons", "three weeks"): they need more evidence than
    // a sum like "$5,687.75", which is nearly a name in itself.
    // Durations count in days: "35 days" or "five weeks" is as particular as a three-digit count.
    // So is a duration written with a figure of sixty or more in its unit ("96 hours", "90 minutes").
    const writtenFigure = (c: Claim) => Number(/\d[\d,]*/.exec(c.written)?.[0]?.replace(/,/g, '') ?? 0);
    const distinctive = measure.startsWith('money:') || va.value >= 100 || (va.value % 1 !== 0 && measure === 'percent') ||
      (measure === 'duration' && (va.value >= 30 || (writtenFigure(a) >= 60 && writtenFigure(b) >= 60)));
    const bare = measure === 'count:?' || other === 'count:?';
    // "In his 50s" and "56": a decade of age holds the age; a story rarely gives two people's ages in one decade.
    const decade = (x: typeof va, y: typeof va) => x.low % 10 === 0 && x.high === x.low + 9 && y.low === y.high && y.value >= x.low && y.value <= x.high;
    const ageInDecade = measure === 'age' && other === 'age' && (decade(va, vb) || decade(vb, va));
    if (agree) {
      // The same sum of money in both ("$8 billion" / "about $8 billion") is nearly a name in
      // itself: a subject read differently by the two sentences does not undo it.
      const sum = equal && measure.startsWith('money:') && other === measure;
      const needed = ageInDecade ? 0 : bare ? (equal && distinctive ? 1 : 3) : sum ? -1 : distinctive ? (equal ? 0 : 1) : equal ? 1 : 2;
      if (ev.score < needed) return null;
      return link('same', confidence(vague(va) || vague(vb) ? 0.4 : equal ? 0.6 : 0.5));
    }
    if (bare || !asserted(a) || !asserted(b)) return null;
    // "The other four workers" counts a part of what "six workers" counts: never against it.
    if (a.frame?.scope.includes('q:other') || b.frame?.scope.includes('q:other')) return null;
    const ta = time(ma);
    const tb = time(mb);
    if (a.frame?.running || b.frame?.running) {
      // A running figure (days of a shutdown, a toll "so far") that grew in step with the dates.
      // What moved must be named beside both figures ("day of the shutdown", "federal workers"):
      // two running figures of one story sharing only a word of their sentences count different things.
      // Counts of people are of many groups in one story (hostages held, prisoners freed, the
      // dead): without the same predicate they need two such words.
      if (!ta || !tb || ta.t === tb.t || measure === 'age' || ev.score - ev.bonus < 1) return null;
      const [early, late] = ta.t < tb.t ? [va, vb] : [vb, va];
      const elapsed = Math.abs(ta.t - tb.t) / DAY;
      // What is left of a supply ("40 hours of oxygen left", then "three hours") falls as the days
      // pass: the later, smaller figure is the update, no faster than the calendar. The supply's
      // own word beside both ("96 hours of emergency oxygen" / "40 hours of oxygen left") is enough.
      const laterClaim = ta.t < tb.t ? b : a;
      const left = late.value < early.value && laterClaim.frame?.scope.includes('q:left');
      // Read with two different verbs ("reopen for three weeks" / "dragging into its 12th day"),
      // the figures count two spans unless much of what is beside them is shared.
      const otherVerbs = !!a.frame?.predicate && !!b.frame?.predicate && !ev.predicate;
      if (ev.near < (ev.predicate || left ? 1 : otherVerbs ? 3 : 2)) return null;
      if (left) {
        return measure !== 'duration' || early.value - late.value <= elapsed + 3 ? link('updated', confidence(0.45)) : null;
      }
      if (late.value <= early.value) return null;
      if (measure === 'duration' && late.value - early.value > elapsed + 3) return null;
      return link('updated', confidence(0.45));
    }
    // A disagreement: the same predicate, much of the same sentence, firm figures close enough
    // to be two reports of one number, from articles of the same days.
    const ratio = Math.max(va.value, vb.value) / Math.max(1e-9, Math.min(va.value, vb.value));
    // "The 48-page indictment" / "the 47-page indictment": a count written into the adjective of
    // one noun, stated once in each article, measures the same one thing, unless the subjects differ.
    const of = (c: Claim) => c.frame?.scope.find((s) => s.startsWith('of:'));
    const sameThing = !!of(a) && of(a) === of(b) && !!a.frame?.unique && !!b.frame?.unique && ev.score - ev.bonus >= 0;
    const aligned = sameThing || (ev.shared >= 3 && (ev.near >= 3 || (ev.near >= 2 && ev.score - ev.bonus >= 4)));
    // Two predicates of the news table and different ("seeks 18 years" / "sentenced to 16") are
    // two figures; other verbs are only wording ("recited" / "took" a 35-word oath).
    const pa = a.frame?.predicate;
    const pb = b.frame?.predicate;
    const otherPredicate = !!pa && !!pb && pa !== pb && PREDICATE_CLASSES.has(pa) && PREDICATE_CLASSES.has(pb);
    // What someone asked for ("prosecutors sought 18 years") is no statement of what happened:
    // it disagrees only with another demand, never with a figure whose verb was not read.
    const oneDemand = (pa === 'demand') !== (pb === 'demand');
    // A verb of the news table on one side only ("seis trabajadores desaparecidos" / "ocho
    // trabajadores cayeron"): nothing says the other figure counts the same event. A sum of
    // money is named by its sentence whatever the verb ("spent $5,687.75 at" / "a $5,587.75 vacation at").
    const onePredicate = !measure.startsWith('money:') && !!pa !== !!pb && !!((pa && PREDICATE_CLASSES.has(pa)) || (pb && PREDICATE_CLASSES.has(pb)));
    // A small count recurs in many roles in one story ("taken to five hospitals" / "treated in six
    // hospitals"): told with two different verbs, it is two counts, not one disputed.
    const smallOtherVerb = !!pa && !!pb && pa !== pb && Math.max(va.value, vb.value) < 10;
    if (!aligned || otherPredicate || oneDemand || onePredicate || smallOtherVerb || ratio > 1.6 || sa !== sb) return null;
    if (!ta || !tb || (ta.exact && tb.exact && Math.abs(ta.t - tb.t) > 3 * DAY)) return null;
    // A page without a date is only known to be from no earlier than the latest day it names:
    // naming nothing after the other report's days, it may be of those days. So it is taken, for
    // a close figure of a done event; never for a toll (counts of the dead and hurt rise for weeks).
    if (!ta.exact || !tb.exact) {
      const [undated, other] = !ta.exact ? [ta, tb] : [tb, ta];
      if (undated.t > other.t + 3 * DAY || (!other.exact && Math.abs(ta.t - tb.t) > 3 * DAY)) return null;
      if (ratio > 1.2 || TOLL_PREDICATES.has(pa ?? '') || TOLL_PREDICATES.has(pb ?? '')) return null;
    }
    // Only precise figures disagree: "a three-decade sentence" is no count to hold "19 years" against.
    if (va0.hedge === 'approx' || vb0.hedge === 'approx') return null;
    // A bound holds every figure on its open side: "at least seven" prisoners and "10".
    if (beyondBound(va0, vb0) || beyondBound(vb0, va0)) return null;
    return link('conflict', confidence(0.4));
  }
  const va = va0;
  const vb = vb0;
  if (va.type === 'date' && vb.type === 'date') {
    // A page with no date gives "October 7" no year at all: its month and day are still compared,
    // and only for agreement.
    if (!va.start || !vb.start || !va.end || !vb.end) {
      const pa = va.parts;
      const pb = vb.parts;
      if (onceEvent(a, b, ev.predicate) && sameOneOf(a, b) && partsDisagree(a, b)) return link('conflict', 0.6);
      // A month holds a day of it said of the same event of the news table ("arrested in
      // February" / "arrested on Feb. 17"), and that event counts for half a shared word.
      const sameEvent = ev.predicate && PREDICATE_CLASSES.has(a.frame!.predicate!) ? 0.5 : 0;
      if (pa.month === null || pb.month === null || pa.month !== pb.month) return null;
      if (pa.day !== pb.day && !(sameEvent && (pa.day === null || pb.day === null))) return null;
      // A day names an occasion; a month alone needs more of the sentence.
      return ev.score >= (pa.day === null || pb.day === null ? 2 : 1) - sameEvent ? link('same', confidence(0.5)) : null;
    }
    let agree: boolean;
    if (va.yearKnown && vb.yearKnown) agree = va.start <= vb.end && vb.start <= va.end;
    else {
      const pa = va.parts;
      const pb = vb.parts;
      if (pa.month === null || pb.month === null) return null;
      agree = pa.month === pb.month && (pa.day === null || pb.day === null || pa.day === pb.day);
      // A range of days ("Dec. 22 through Jan. 25") holds the days between its ends; its implied
      // year is the other's when the two articles are from the same weeks.
      const ta = time(ma);
      const tb = time(mb);
      const range = va.start !== va.end && va.granularity === 'day' || vb.start !== vb.end && vb.granularity === 'day';
      if (!agree && range && ta && tb && Math.abs(ta.t - tb.t) <= 31 * DAY) agree = va.start <= vb.end && vb.start <= va.end;
    }
    if (agree && spanAgrees(va, ma, vb, mb) === false) agree = false;
    if (agree) {
      // A bare year recurs across a story; a day, or the same span of years, names an occasion.
      // Without a year on both sides, the same month and day written alike are the same date.
      const identical = va.yearKnown && vb.yearKnown ? va.start === vb.start && va.end === vb.end : va.start.slice(4) === vb.start.slice(4) && va.end.slice(4) === vb.end.slice(4);
      const span = va.start.slice(0, 4) !== va.end.slice(0, 4);
      // A year long before both articles (a politician's record, an old allegation) is rarely
      // stated for two different things of one story; the current year is stated for many.
      const old = va.granularity === 'year' && vb.granularity === 'year' && yearsBefore(va.start, ma) >= 2 && yearsBefore(vb.start, mb) >= 2;
      // The same month of a known year names an occasion nearly as well as a day.
      const sameMonth = identical && va.granularity === 'month' && vb.granularity === 'month' && va.yearKnown && vb.yearKnown;
      // A month that holds the other's day, said of the same event of the news table ("the arrest
      // occurred in February" / "arrested on Feb. 17"), names the occasion as a shared word would.
      const sameEvent = ev.predicate && PREDICATE_CLASSES.has(a.frame!.predicate!) ? 0.5 : 0;
      const needed = identical && span ? 0 : va.granularity === 'day' && vb.granularity === 'day' ? (identical ? 0 : 1) : sameMonth ? 1 : (identical ? 1.5 : 2) - (old ? 1 : 0) - sameEvent;
      return ev.score >= needed ? link('same', confidence(identical ? 0.6 : 0.5)) : null;
    }
    // A plan moved between two reports ("will leave at the end of February", then "on January 1"):
    // both dates ahead of their articles, for the same subject and predicate, from different days.
    if (future(va.start, ma) && future(vb.start, mb) && ev.predicate && a.frame?.subject && a.frame.subject === b.frame?.subject) {
      const ta = time(ma);
      const tb = time(mb);
      if (ta?.exact && tb?.exact && ta.t !== tb.t) return link('updated', confidence(0.4));
    }
    // One event scheduled by two reports of the same day ("will hold primaries in mid May" / "the
    // primary would be held on April 30"): the same verb and the same thing beside it, for one
    // subject or an unnamed one, dated apart. A plan is no forecast of an outcome: the reports
    // disagree on when it is set for. A weekday alone is a guess of its week; a year too coarse.
    // What one says beside its date must all be said beside the other's: "Republicans will hold
    // their primary on May 5" and "Democrats … on May 12" are two events.
    if (future(va.start, ma) && future(vb.start, mb) && ev.predicate && ev.near >= 1 && a.frame?.predicate !== 'until' && (nearWithin(a, b) || nearWithin(b, a)) &&
        (!a.frame?.subject || !b.frame?.subject || a.frame.subject === b.frame.subject) &&
        va.granularity !== 'year' && vb.granularity !== 'year' && !bareWeekday(a) && !bareWeekday(b)) {
      const ta = time(ma);
      const tb = time(mb);
      if (ta?.exact && tb?.exact && Math.abs(ta.t - tb.t) <= DAY && plainlySaid(a) && plainlySaid(b)) {
        return link('conflict', confidence(0.35));
      }
    }
    // A deadline moved on ("held until 29 May", then "until 30 August"): the later report gives
    // the later date, its sentence shares a word with the other's, for one subject or an unnamed one.
    if (a.frame?.predicate === 'until' && b.frame?.predicate === 'until' && ev.near >= 1 && (!a.frame.subject || !b.frame.subject || a.frame.subject === b.frame.subject)) {
      const ta = time(ma);
      const tb = time(mb);
      if (ta?.exact && tb?.exact && ta.t !== tb.t && (ta.t < tb.t) === (va.start < vb.start)) return link('updated', confidence(0.4));
      return null;
    }
    // An event of the news table that befalls one person once (an arrest, a release, a
    // disappearance), dated by two outlets for the same person: compared as the built-in events are.
    if (onceEvent(a, b, ev.predicate)) {
      if (yearTrusted(va, ma) && yearTrusted(vb, mb)) {
        if (!future(va.start, ma) && !future(vb.start, mb) && spanAgrees(va, ma, vb, mb) !== false) {
          const disagree = sameSubject(a.frame?.subject, b.frame?.subject) || sameOneOf(a, b) ? datesOfOnePersonDisagree(a, b, true) : null;
          if (disagree) return link('conflict', disagree === 'day' ? 0.8 : 0.7);
        }
      } else if (sameOneOf(a, b) && partsDisagree(a, b)) return link('conflict', 0.6);
    }
    if (!asserted(a) || !asserted(b) || !va.yearKnown || !vb.yearKnown) return null;
    // A date after the article's own is a plan or a forecast, whatever the wording.
    if (future(va.start, ma) || future(vb.start, mb)) return null;
    // "On Wednesday" read against an update date lands a week off: not a disagreement.
    const days = Math.round(Math.abs(Date.parse(va.start + 'T00:00:00Z') - Date.parse(vb.start + 'T00:00:00Z')) / DAY);
    if ((va.parts.weekday !== null || vb.parts.weekday !== null) && days % 7 === 0) return null;
    if (bareWeekday(a) && bareWeekday(b)) return null;
    // Years recur across a story ("since 2002", "in 2003"): only days and months conflict.
    if (va.granularity === 'year' || vb.granularity === 'year' || !ev.predicate || ev.near < 2 || ev.shared < 3 || ev.score - ev.bonus < 5) return null;
    return link('conflict', confidence(0.35));
  }
  return null;
}

/**
 * A date written without its year ("on Saturday", "February 15") takes the year from the
 * article's publication date. That is reliable for an event of the last three months before a
 * stated publication date (a recap a year on may mean the year before); otherwise only month and
 * day are compared.
 */
export function yearTrusted(v: { yearKnown?: boolean; start: string | null }, m: OpenMeta): boolean {
  if (v.yearKnown) return true;
  const published = time(m);
  if (!published?.exact || !v.start) return false;
  const before = published.t - Date.parse(v.start + 'T00:00:00Z');
  return before >= 0 && before <= 92 * DAY;
}

/**
 * Two reports of one event that disagree on its date usually disagree on one part of it: the
 * year (2024 for 2025), or the day (the 14th for the 15th). Dates apart in several parts are
 * more likely two different events of the same kind (two meetings), so they are not a conflict.
 */
function differInOneComponent(a: string, b: string): boolean {
  const pa = a.split('-');
  const pb = b.split('-');
  return pa.filter((x, i) => x !== pb[i]).length === 1;
}

/**
 * "On Wednesday" resolved against a publication date that is really an update date lands a
 * week off. Dates a whole number of weeks apart, one of them read from a weekday, are more
 * likely that slip than a disagreement.
 */
function weekAway(a: { start: string | null; parts: { weekday: number | null } }, b: { start: string | null; parts: { weekday: number | null } }): boolean {
  if (a.parts.weekday === null && b.parts.weekday === null) return false;
  const days = Math.round(Math.abs(Date.parse(a.start! + 'T00:00:00Z') - Date.parse(b.start! + 'T00:00:00Z')) / DAY);
  return days % 7 === 0;
}

/** Two asserted dates of one event of the news table that befalls one person or thing once. */
const onceEvent = (a: Claim, b: Claim, samePredicate: boolean): boolean =>
  samePredicate && ONCE_PREDICATES.has(a.frame!.predicate!) && asserted(a) && asserted(b);

/**
 * Whether two dates are said of the same one person by family and given name (spelled alike or
 * not; a given name must be known), or of the same thing by a word of its noun phrase. A year only
 * implied (a page without a date, a recap months on) leaves an event that befalls them once one
 * month and day whatever the year.
 */
export function sameOneOf(a: Claim, b: Claim): boolean {
  const pa = a.frame?.person;
  const pb = b.frame?.person;
  if (!pa || !pb) return false;
  // A thing by the meaning of its noun ("the submersible", "el sumergible").
  if (pa.startsWith('thing:') || pb.startsWith('thing:')) {
    if (!pa.startsWith('thing:') || !pb.startsWith('thing:')) return false;
    const words = new Set(pa.slice(6).split('|'));
    return pb.slice(6).split('|').some((w) => words.has(w));
  }
  const [fa, , ga] = pa.split(':');
  const [fb, , gb] = pb.split(':');
  return !!ga && fa === fb && ga === gb;
}

/**
 * Month and day of two dates whose years are not both trusted: days apart in the month or the
 * day alone, or a month against another month or a day of another month. A weekday written alone
 * has no day of its own to hold against another.
 */
function partsDisagree(a: Claim, b: Claim): boolean {
  const va = a.value;
  const vb = b.value;
  if (va.type !== 'date' || vb.type !== 'date' || bareWeekday(a) || bareWeekday(b)) return false;
  const pa = va.parts;
  const pb = vb.parts;
  if (pa.month === null || pb.month === null || !/^(day|month)$/.test(va.granularity) || !/^(day|month)$/.test(vb.granularity)) return false;
  if (va.granularity === 'day' && vb.granularity === 'day') return pa.day !== null && pb.day !== null && (pa.month !== pb.month) !== (pa.day !== pb.day);
  return pa.month !== pb.month;
}

/** A subject that names one person or thing, not a group. */
export const specific = (s: string | null | undefined): s is string => !!s && s !== 'group';

/** One specific subject on both sides, not a kin word ("his mother"). */
export const sameSubject = (sa: string | null | undefined, sb: string | null | undefined): boolean => specific(sa) && sa === sb && !sa.startsWith('kin:');

/**
 * Whether two dates of one event said of one person disagree ('day', 'month') or not (null).
 * Disjoint days, with years trusted on both sides; and, for an event that befalls a person once (a release, an arrest, a death), a month
 * against a day or another month ("his release this past January" / "released on February 15,
 * 2025"), when they differ in the month or the year alone. Meetings and reports recur: never at
 * the month.
 */
export function datesOfOnePersonDisagree(a: Claim, b: Claim, once: boolean): 'day' | 'month' | null {
  const va = a.value;
  const vb = b.value;
  if (va.type !== 'date' || vb.type !== 'date' || !va.start || !vb.start) return null;
  if (va.granularity === 'day' && vb.granularity === 'day') {
    return differInOneComponent(va.start, vb.start) && !weekAway(va, vb) && !(bareWeekday(a) && bareWeekday(b)) ? 'day' : null;
  }
  const month = (g: string) => g === 'month' || g === 'day';
  if (!once || !(va.granularity === 'month' || vb.granularity === 'month') || !month(va.granularity) || !month(vb.granularity)) return null;
  return va.start.slice(0, 7) !== vb.start.slice(0, 7) && differInOneComponent(va.start.slice(0, 7), vb.start.slice(0, 7)) ? 'month' : null;
}

/** The step of a written figure's last digit, scale included: "$5.7 billion" → 1e8, "$43,885,310" → 1. */
function stepOf(written: string): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|[kmb]n?\b)?/i.exec(written);
  if (!m) return 1;
  const scale = m[3] ? ({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 } as Record<string, number>)[m[3].toLowerCase()] ?? 1 : 1;
  return (m[2] ? Math.pow(10, -m[2].length) : 1) * scale;
}

const DURATION_DAYS: Record<string, number> = { days: 1, weeks: 7, months: 30.44, years: 365.25 };

/** A figure's value in its measure's base unit (days for the built-in pass's weeks, months and years). */
function inBase(v: Extract<Claim['value'], { type: 'number' }>): { value: number; low: number; high: number; hedge: string } {
  const f = DURATION_DAYS[v.unit] ?? 1;
  return { value: v.value * f, low: v.low * f, high: v.high * f, hedge: v.hedge };
}

/** Whether a topic is compared by the open frame. */
export const isOpenTopic = (topic: string): boolean => topic.startsWith('number:m:') || topic === 'date:open';

/** One measure, or counts of one noun in two languages or spellings ("24-storey" / "24 étages" / "24-story"). */
function sameMeasure(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith('count:') || !b.startsWith('count:') || a === 'count:?' || b === 'count:?' || a === 'count:person' || b === 'count:person') return false;
  return meaningKey(a.slice(6)) === meaningKey(b.slice(6));
}

/** Topics whose links are filtered to the best match per claim and article. */
const bestMatchTopic = (topic: string): boolean => isOpenTopic(topic) || topic === 'quote';

/** The article a claim id belongs to: ids are "<article key>#<n>". */
export const articleOf = (id: string): string => id.slice(0, id.lastIndexOf('#'));

/**
 * Best match per claim: of the links between a claim and one other article (by default the
 * article its id names; the extension's saved claims say theirs), keep the strongest
 * (ties kept); an agreement stands when it is the best match of either of its claims, a conflict
 * or update only when it is the one best match of both.
 */
export function mutualBest(links: ClaimLink[], articleOfClaim: (id: string) => string = articleOf): ClaimLink[] {
  const best = new Map<string, number>();
  const open = links.filter((l) => bestMatchTopic(l.topic));
  for (const l of open) {
    for (const [x, y] of [[l.a, l.b], [l.b, l.a]] as const) {
      const key = x + '\u0000' + articleOfClaim(y);
      best.set(key, Math.max(best.get(key) ?? 0, l.confidence));
    }
  }
  const count = new Map<string, number>();
  for (const l of open) {
    for (const [x, y] of [[l.a, l.b], [l.b, l.a]] as const) {
      const key = x + '\u0000' + articleOfClaim(y);
      if (l.confidence >= best.get(key)! - 1e-9) count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  /** Whether every link stronger than `l` from the claim and article of `key` is an agreement. */
  const onlyAgreedAbove = (key: string, l: ClaimLink): boolean => {
    const [x, article] = key.split('\u0000') as [string, string];
    return open.every((m) => {
      if (m === l || m.confidence <= l.confidence) return true;
      const other = m.a === x ? m.b : m.b === x ? m.a : null;
      return other === null || articleOfClaim(other) !== article || m.relation === 'same';
    });
  };
  return links.filter((l) => {
    if (!bestMatchTopic(l.topic)) return true;
    const ka = l.a + '\u0000' + articleOfClaim(l.b);
    const kb = l.b + '\u0000' + articleOfClaim(l.a);
    const topA = l.confidence >= best.get(ka)! - 1e-9;
    const topB = l.confidence >= best.get(kb)! - 1e-9;
    // Agreement may be stated twice in one article (a headline and the body): the best match of
    // either claim stands. A disagreement must be the one best match of both.
    if (l.relation === 'same' || l.relation === 'variant') return topA || topB;
    if (topA && topB && count.get(ka) === 1 && count.get(kb) === 1) return true;
    // A report that moves a plan often repeats the old one ("will leave on January 1, earlier
    // than the planned end of February"): the earlier claim's best match there is the repeat, an
    // agreement, and the new value still updates it when it is the one best match of its own claim.
    if (l.relation !== 'updated') return false;
    return (topA && count.get(ka) === 1 && onlyAgreedAbove(kb, l)) || (topB && count.get(kb) === 1 && onlyAgreedAbove(ka, l));
  });
}
