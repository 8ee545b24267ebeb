// The story's comparison table and the per-claim statuses, built from saved claims and the links
// the engine finds between them. Pure data in, data out: the popup, the CSV export and the tests
// all use the same functions, and none of them touches the database or the DOM.
import { isOpenTopic } from './engine/open-compare';
import type { Claim, ClaimLink, ClaimStatus, Relation } from './engine/types';

/** The slice of a saved article the table needs (an ArticleRow satisfies it). */
export interface TableArticle {
  id?: number;
  url: string;
  outlet: string | null;
  title: string;
  published: string | null;
  asOf: string | null;
}

/** The slice of a saved claim the table needs (a ClaimRow satisfies it). */
export type TableClaim = Pick<Claim, 'id' | 'kind' | 'written' | 'quote' | 'about' | 'topic'> & {
  articleId: number;
  previousWritten?: string;
};

export interface TableSource {
  articleId: number;
  outlet: string;
  /** Publication date, or the latest date the article mentions (prefixed "as of" by the UI). */
  date: string | null;
  dateIsAsOf: boolean;
  title: string;
  url: string;
}

export interface TableCell {
  /** Distinct values as the source wrote them, in order of appearance. */
  values: string[];
  /** The worst relation these claims have with another source's claims on the same topic. */
  status: ClaimStatus;
  /** The value this outlet gave in an earlier saved copy, when it has changed since. */
  previous: string | null;
  claimIds: string[];
}

export interface TableQuote {
  articleId: number;
  outlet: string;
  written: string;
  quote: string;
  status: ClaimStatus;
}

export interface TableRow {
  topic: string;
  about: string;
  /** One entry per source, in the order of `StoryTable.sources`; null when the source is silent. */
  cells: (TableCell | null)[];
  conflicts: number;
  updates: number;
  variants: number;
  /** How many sources state this topic. */
  sourceCount: number;
  /** The row's verdict: its worst cell. */
  status: ClaimStatus;
  quotes: TableQuote[];
}

export interface StoryTable {
  sources: TableSource[];
  rows: TableRow[];
}

export type RowOrder = 'disputed' | 'topic' | 'coverage';

/** Severity, worst first; a claim shows the worst relation it has with any other source. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['conflict', 'updated', 'variant', 'same', 'only'];
const SEVERITY: Record<ClaimStatus, number> = { conflict: 4, updated: 3, variant: 2, same: 1, only: 0 };

export function worseStatus(a: ClaimStatus, b: ClaimStatus): ClaimStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/** Each claim's status: the worst relation among its links, 'only' when nothing else states it. */
export function claimStatuses(claims: ReadonlyArray<Pick<Claim, 'id'>>, links: ReadonlyArray<ClaimLink>): Map<string, ClaimStatus> {
  const status = new Map<string, ClaimStatus>();
  for (const c of claims) status.set(c.id, 'only');
  for (const link of links) {
    for (const id of [link.a, link.b]) {
      const current = status.get(id);
      if (current !== undefined) status.set(id, worseStatus(current, link.relation));
    }
  }
  return status;
}

/** A pairwise comparison, as the engine's compareClaims provides; null when the claims are unrelated. */
export type CompareFn<C extends TableClaim, A extends TableArticle> = (a: C, articleA: A, b: C, articleB: A) => ClaimLink | null;

/**
 * Links between claims of different articles. Only claims sharing a topic are compared, so the cost
 * follows the size of each topic, not the square of the whole story.
 */
export function linkClaims<C extends TableClaim, A extends TableArticle>(
  claims: ReadonlyArray<C>,
  articles: ReadonlyArray<A>,
  compare: CompareFn<C, A>,
): ClaimLink[] {
  const articleById = new Map<number, A>();
  for (const a of articles) if (a.id !== undefined) articleById.set(a.id, a);
  const links: ClaimLink[] = [];
  for (const group of groupBy(claims, (c) => c.topic).values()) {
    for (let i = 0; i < group.length; i++) {
      const a = group[i]!;
      const articleA = articleById.get(a.articleId);
      if (!articleA) continue;
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j]!;
        // Two sentences of one article are not two sources.
        if (b.articleId === a.articleId) continue;
        const articleB = articleById.get(b.articleId);
        if (!articleB) continue;
        const link = compare(a, articleA, b, articleB);
        if (link) links.push(link);
      }
    }
  }
  return links;
}

/**
 * The topic each claim is shown under, by claim id. The engine compares figures and dates of any
 * kind in one bucket per measure ('date:open', 'number:m:…', see lib/engine/open-compare.ts), so
 * one bucket holds many facts: shown as one row it would put every date of a story on one line,
 * and its links (which carry the topic of the rules that made them) would explain none of it.
 * Such a bucket is split into the facts the engine linked (claims joined by any link), and a claim
 * it linked to nothing is shown by what it is about. Other topics are shown as the engine keyed them.
 */
export function shownTopics(claims: ReadonlyArray<Pick<Claim, 'id' | 'topic' | 'about'>>, links: ReadonlyArray<ClaimLink>): Map<string, string> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const linked = new Set<string>();
  for (const l of links) {
    const a = byId.get(l.a);
    const b = byId.get(l.b);
    if (!a || !b || a.topic !== b.topic || !isOpenTopic(a.topic)) continue;
    linked.add(a.id).add(b.id);
    const ra = find(a.id);
    const rb = find(b.id);
    if (ra !== rb) parent.set(ra, rb);
  }
  const shown = new Map<string, string>();
  for (const c of claims) {
    if (!isOpenTopic(c.topic)) shown.set(c.id, c.topic);
    else shown.set(c.id, linked.has(c.id) ? `${c.topic}\u0000${find(c.id)}` : `${c.topic}\u0000${c.about}`);
  }
  return shown;
}

/** The shown topic of a link: that of its claims (see shownTopics), else the link's own. */
export function linkTopicOf(shown: ReadonlyMap<string, string>): (l: ClaimLink) => string {
  return (l) => shown.get(l.a) ?? shown.get(l.b) ?? l.topic;
}

/** Build the table: a row per topic stated by at least one source, a column per source. */
export function buildStoryTable(
  articles: ReadonlyArray<TableArticle>,
  claims: ReadonlyArray<TableClaim>,
  links: ReadonlyArray<ClaimLink>,
  order: RowOrder = 'disputed',
): StoryTable {
  const sources: TableSource[] = articles
    .filter((a): a is TableArticle & { id: number } => a.id !== undefined)
    .map((a) => ({
      articleId: a.id,
      outlet: a.outlet?.trim() || hostOf(a.url) || untitledSource(a.title),
      date: a.published ?? a.asOf,
      dateIsAsOf: !a.published && !!a.asOf,
      title: a.title,
      url: a.url,
    }))
    // Oldest first, so an "updated" figure reads left to right; undated sources go last.
    .sort((x, y) => compareDates(x.date, y.date) || x.outlet.localeCompare(y.outlet) || x.articleId - y.articleId);
  const column = new Map(sources.map((s, i) => [s.articleId, i]));
  const status = claimStatuses(claims, links);

  const shown = shownTopics(claims, links);
  const linksByTopic = groupBy(links, linkTopicOf(shown));
  const rows: TableRow[] = [];
  for (const [topic, group] of groupBy(claims, (c) => shown.get(c.id)!)) {
    const cells: (TableCell | null)[] = sources.map(() => null);
    const quotes: TableQuote[] = [];
    let rowStatus: ClaimStatus = 'only';
    for (const c of group) {
      const col = column.get(c.articleId);
      if (col === undefined) continue;
      const s = status.get(c.id) ?? 'only';
      const cell = (cells[col] ??= { values: [], status: 'only', previous: null, claimIds: [] });
      if (!cell.values.includes(c.written)) cell.values.push(c.written);
      cell.status = worseStatus(cell.status, s);
      cell.claimIds.push(c.id);
      if (c.previousWritten && c.previousWritten !== c.written) cell.previous = c.previousWritten;
      rowStatus = worseStatus(rowStatus, s);
      quotes.push({ articleId: c.articleId, outlet: sources[col]!.outlet, written: c.written, quote: c.quote, status: s });
    }
    const sourceCount = cells.filter((c) => c !== null).length;
    if (sourceCount === 0) continue;
    const counts = countRelations(linksByTopic.get(topic) ?? []);
    quotes.sort((x, y) => (column.get(x.articleId) ?? 0) - (column.get(y.articleId) ?? 0));
    rows.push({
      topic,
      about: group[0]!.about || topic,
      cells,
      ...counts,
      sourceCount,
      status: rowStatus,
      quotes,
    });
  }
  return { sources, rows: sortRows(rows, order) };
}

/** Sort rows; "disputed" puts conflicts first, then updates, then the most widely reported. */
export function sortRows(rows: TableRow[], order: RowOrder): TableRow[] {
  const byTopic = (a: TableRow, b: TableRow) => a.about.localeCompare(b.about) || a.topic.localeCompare(b.topic);
  const sorted = [...rows];
  if (order === 'topic') return sorted.sort(byTopic);
  if (order === 'coverage') return sorted.sort((a, b) => b.sourceCount - a.sourceCount || byTopic(a, b));
  return sorted.sort(
    (a, b) =>
      b.conflicts - a.conflicts ||
      b.updates - a.updates ||
      b.variants - a.variants ||
      b.sourceCount - a.sourceCount ||
      byTopic(a, b),
  );
}

/** The table as CSV rows: a header of "Topic, outlet (date)…, Status", then a row per topic. */
export function storyTableToRows(table: StoryTable): string[][] {
  const header = ['Topic', ...table.sources.map((s) => sourceLabel(s)), 'Status'];
  const body = table.rows.map((row) => [
    row.about,
    ...row.cells.map((cell) => (cell ? cellText(cell) : '')),
    STATUS_LABEL[row.status],
  ]);
  return [header, ...body];
}

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  conflict: 'Conflict',
  updated: 'Updated',
  variant: 'Variant',
  same: 'Same',
  only: 'Only here',
};

export function sourceLabel(s: TableSource): string {
  if (!s.date) return s.outlet;
  return `${s.outlet} (${s.dateIsAsOf ? 'as of ' : ''}${s.date})`;
}

export function cellText(cell: TableCell): string {
  const text = cell.values.join(' / ');
  return cell.previous ? `${text} (was ${cell.previous})` : text;
}

function countRelations(links: ReadonlyArray<ClaimLink>): { conflicts: number; updates: number; variants: number } {
  let conflicts = 0;
  let updates = 0;
  let variants = 0;
  for (const l of links) {
    const r: Relation = l.relation;
    if (r === 'conflict') conflicts++;
    else if (r === 'updated') updates++;
    else if (r === 'variant') variants++;
  }
  return { conflicts, updates, variants };
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The site's name for web pages; a bundled copy (chrome-extension://<id>) has no telling host. */
function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A column without an outlet is named by its headline, shortened. */
function untitledSource(title: string): string {
  const t = title.trim();
  if (!t) return 'Unknown outlet';
  return `“${t.length > 32 ? `${t.slice(0, 30).trimEnd()}…` : t}”`;
}

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
