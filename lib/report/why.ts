// Why two sources' values are linked as they are, in words a reader can check: the two values,
// when each was stated, and what differs ("the same day of the year, one year apart", "up 8,000
// in five months"). The engine decides the relation; this only puts its evidence into a sentence,
// so it never claims more than the values and dates show. Pure: used by the background (the
// in-page card) and the story view alike.
import type { ClaimKind, ClaimValue, Relation } from '../engine/types';

export interface WhySide {
  /** The value as the source wrote it. */
  written: string;
  /** The claim's parsed value, when known (saved and page claims have it). */
  value: ClaimValue | null;
  /**
   * When the source said it: its publication date (ISO), null when the page gives none. The
   * latest date an undated page mentions is only a lower bound, too weak to say "two months apart".
   */
  date: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const DAY_MS = 86_400_000;

/** "one", "two" … "twelve", then digits: the style of a news sentence. */
function count(n: number, unit: string): string {
  return `${n < SMALL.length ? SMALL[n] : n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
}

function dayNumber(iso: string | null): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
}

/** "16 Apr 2025" for an ISO day, else the text unchanged. */
export function dayLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** A span of days in words: "the same day", "three days", "two weeks", "five months", "one year". */
export function spanWords(days: number): string {
  const d = Math.abs(Math.round(days));
  if (d === 0) return 'the same day';
  if (d < 14) return count(d, 'day');
  if (d < 45) return count(Math.round(d / 7), 'week');
  if (d < 335) return count(Math.round(d / 30.44), 'month');
  return count(Math.max(1, Math.round(d / 365.25)), 'year');
}

/** How far apart two sources spoke, or null when either is undated. */
function statedApart(a: WhySide, b: WhySide): { days: number; words: string } | null {
  const da = dayNumber(a.date);
  const db = dayNumber(b.date);
  if (da === null || db === null) return null;
  return { days: db - da, words: spanWords(db - da) };
}

/** The value as written, with the date a relative wording stands for ("on Wednesday (16 Apr 2025)"). */
function shown(side: WhySide): string {
  const v = side.value;
  if (v?.type === 'date' && v.relative && v.start && v.granularity === 'day' && (v.end === null || v.end === v.start)) {
    return `${side.written} (${dayLabel(v.start)})`;
  }
  return side.written;
}

function when(side: WhySide): string {
  return side.date ? ` (${dayLabel(side.date)})` : '';
}

/** What differs between two dates: the same day of another year, or how many days/months apart. */
function dateDifference(a: ClaimValue & { type: 'date' }, b: ClaimValue & { type: 'date' }): string | null {
  const sa = dayNumber(a.start);
  const sb = dayNumber(b.start);
  if (sa === null || sb === null) return null;
  const pa = a.start!.slice(5);
  const pb = b.start!.slice(5);
  const years = Math.abs(Number(a.start!.slice(0, 4)) - Number(b.start!.slice(0, 4)));
  if (a.granularity === 'day' && b.granularity === 'day' && pa === pb && years > 0) {
    return `the same day of the year, ${count(years, 'year')} apart`;
  }
  if (a.granularity === 'month' || b.granularity === 'month') {
    const months = Math.abs((Number(a.start!.slice(0, 4)) - Number(b.start!.slice(0, 4))) * 12 + Number(a.start!.slice(5, 7)) - Number(b.start!.slice(5, 7)));
    return months === 0 ? null : `${count(months, 'month')} apart`;
  }
  return sa === sb ? null : `${spanWords(sb - sa)} apart`;
}

function numberText(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * One sentence saying why `relation` links the two values, or null for agreement (nothing to
 * explain). The sides are put in the order they were stated, earlier first.
 */
const MEASURE_KEY = /^(?:count|money|tally|ordinal|duration|percent|length|distance|depth|area|mass|weight|speed|volume|clock|temperature)(?::|$)/;

export function explainLink(kind: ClaimKind, relation: Relation, x: WhySide, y: WhySide): string | null {
  if (relation === 'same') return null;
  const [a, b] = (dayNumber(y.date) ?? Infinity) < (dayNumber(x.date) ?? Infinity) ? [y, x] : [x, y];
  const apart = statedApart(a, b);
  if (relation === 'variant') {
    return kind === 'name'
      ? `${a.written} vs ${b.written}: one name, spelled differently.`
      : `${shown(a)} vs ${shown(b)}: the same thing in other words.`;
  }
  const va = a.value;
  const vb = b.value;
  if (relation === 'updated') {
    let change = '';
    if (va?.type === 'number' && vb?.type === 'number' && va.value !== vb.value) {
      const d = vb.value - va.value;
      change = `: ${d > 0 ? 'up' : 'down'} ${numberText(Math.abs(d))}`;
    } else if (va?.type === 'date' && vb?.type === 'date') {
      const diff = dateDifference(va, vb);
      if (diff) change = `: ${diff}`;
    }
    const time = apart ? (apart.days === 0 ? ' on the same day' : ` in ${apart.words}`) : '';
    return `${shown(a)}${when(a)}, then ${shown(b)}${when(b)}${change}${change ? time : time ? `,${time}` : ''}.`;
  }
  // conflict
  const stated = apart ? (apart.days === 0 ? ', stated the same day' : `, stated ${apart.words} apart`) : '';
  if (va?.type === 'date' && vb?.type === 'date') {
    const diff = dateDifference(va, vb);
    return `${shown(a)} vs ${shown(b)} for the same event${diff ? `: ${diff}` : ''}${stated}.`;
  }
  if (va?.type === 'number' && vb?.type === 'number') {
    const d = Math.abs(vb.value - va.value);
    // The engine links figures only with the same subject and scope, so "the same" is its finding.
    // A unit the reader can read ("people" beside a bare "51,000"); the open pass's measure keys
    // ("count:person", "money:USD", "duration") are the engine's, and the figure as written says it.
    const readable = !!vb.unit && !MEASURE_KEY.test(vb.unit) && !b.written.includes(vb.unit);
    const what = vb.unit === 'age' ? ' as the age of the same person' : readable ? ` ${vb.unit}` : '';
    // A page without a date is set against the other by the latest day it names: say so.
    const undated = (x: WhySide, y: WhySide) => (!x.date && y.date ? ' (page undated)' : when(x));
    return `${shown(a)}${undated(a, b)} vs ${shown(b)}${undated(b, a)}${what}${d ? `, ${numberText(d)} apart` : ''}${stated}.`;
  }
  return `${shown(a)}${when(a)} vs ${shown(b)}${when(b)}${stated}: incompatible for the same thing.`;
}
