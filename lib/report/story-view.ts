// A story as a reader scans it when many sources cover it: one entry per topic, and under it
// the different values as groups, each with the sources that state it. Thirty sources make
// thirty columns in a table; here they make a few groups of outlet chips. Values that agree
// (the engine linked them as 'same', or they are written alike) share a group; another
// spelling, an update or a conflict is a group of its own, listed first, with a sentence
// saying why. Pure data in, data out, like lib/story-table.ts, whose source naming it shares.
import type { ClaimKind, ClaimLink, ClaimStatus, ClaimValue, Relation } from '../engine/types';
import { buildStoryTable, claimStatuses, linkTopicOf, shownTopics, worseStatus, type TableArticle, type TableClaim, type TableQuote, type TableSource } from '../story-table';
import { explainLink } from './why';
import { resolvedLabel } from '../background/resolved-value';

export interface ViewArticle extends TableArticle {
  savedAt?: number;
}

/** A saved claim as the view needs it; `value` (a ClaimRow has it) lets the view say why and resolve dates. */
export type ViewClaim = TableClaim & { value?: ClaimValue };

/** A source as the story view shows it: the same as a column of the exported table. */
export type ViewSource = TableSource;

export interface ValueGroup {
  /** The group's most common wording; `also` lists its other wordings. */
  value: string;
  also: string[];
  /** The date a relative wording stands for ("16 Apr 2025" for "on Wednesday"), else null. */
  resolved: string | null;
  status: ClaimStatus;
  /** One chip per source, oldest first. */
  sources: ViewSource[];
  /** The value an outlet gave in an earlier saved copy, when it has changed since. */
  previous: string | null;
}

export interface TopicView {
  topic: string;
  about: string;
  kind: ClaimKind;
  status: ClaimStatus;
  groups: ValueGroup[];
  sourceCount: number;
  /** Why the groups differ: one sentence per pair of groups linked as a conflict or an update. */
  why: string[];
  /** Latest date any source states this topic, for "latest first" sorting. */
  latest: string | null;
  /** The sentences behind the values, oldest source first. */
  quotes: TableQuote[];
}

export interface StoryView {
  sources: ViewSource[];
  topics: TopicView[];
}

export type TopicOrder = 'disputed' | 'coverage' | 'topic' | 'latest';
export type StatusFilter = 'all' | ClaimStatus;

const SEVERITY: Record<ClaimStatus, number> = { conflict: 4, updated: 3, variant: 2, same: 1, only: 0 };
const MAX_WHY = 3;

function norm(written: string): string {
  return written.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Latest date first, undated last. */
function latestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

/** Union-find over claim ids. */
class Groups {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while ((this.parent.get(root) ?? root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

export function buildStoryView(articles: ReadonlyArray<ViewArticle>, claims: ReadonlyArray<ViewClaim>, links: ReadonlyArray<ClaimLink>): StoryView {
  // The table names and orders the sources; the view reuses it so both say the same.
  const table = buildStoryTable(articles, claims, links, 'topic');
  const sources: ViewSource[] = table.sources.map(({ articleId, outlet, date, dateIsAsOf, title, url }) => ({ articleId, outlet, date, dateIsAsOf, title, url }));
  const sourceById = new Map(sources.map((s) => [s.articleId, s]));
  const quotesByTopic = new Map(table.rows.map((r) => [r.topic, r.quotes]));
  const order = new Map(sources.map((s, i) => [s.articleId, i]));
  const status = claimStatuses(claims, links);
  const claimById = new Map(claims.map((c) => [c.id, c]));

  // Topics as the table shows them (a bucket of open figures or dates split into its facts).
  const shown = shownTopics(claims, links);
  const linkTopic = linkTopicOf(shown);
  const byTopic = new Map<string, ViewClaim[]>();
  for (const c of claims) {
    if (!sourceById.has(c.articleId)) continue;
    const key = shown.get(c.id)!;
    const list = byTopic.get(key);
    if (list) list.push(c);
    else byTopic.set(key, [c]);
  }
  const linksByTopic = new Map<string, ClaimLink[]>();
  for (const l of links) {
    const key = linkTopic(l);
    const list = linksByTopic.get(key);
    if (list) list.push(l);
    else linksByTopic.set(key, [l]);
  }

  const topics: TopicView[] = [];
  for (const [topic, group] of byTopic) {
    const topicLinks = (linksByTopic.get(topic) ?? []).filter((l) => claimById.has(l.a) && claimById.has(l.b));
    const groupOf = agreementGroups(group, topicLinks);
    const members = new Map<string, ViewClaim[]>();
    for (const c of group) {
      const g = groupOf(c.id);
      const list = members.get(g);
      if (list) list.push(c);
      else members.set(g, [c]);
    }
    const groups: Array<ValueGroup & { key: string; latest: string | null }> = [];
    for (const [key, list] of members) {
      const wordings = new Map<string, { text: string; n: number; claim: ViewClaim }>();
      let st: ClaimStatus = 'only';
      let previous: string | null = null;
      const chips = new Map<number, ViewSource>();
      for (const c of list) {
        const w = wordings.get(norm(c.written));
        if (w) w.n++;
        else wordings.set(norm(c.written), { text: c.written, n: 1, claim: c });
        st = worseStatus(st, status.get(c.id) ?? 'only');
        if (c.previousWritten && c.previousWritten !== c.written) previous = c.previousWritten;
        chips.set(c.articleId, sourceById.get(c.articleId)!);
      }
      const ranked = [...wordings.values()].sort((x, y) => y.n - x.n);
      const chipList = [...chips.values()].sort((x, y) => (order.get(x.articleId) ?? 0) - (order.get(y.articleId) ?? 0));
      groups.push({
        key,
        value: ranked[0]!.text,
        also: ranked.slice(1).map((w) => w.text),
        resolved: ranked[0]!.claim.value ? resolvedLabel(ranked[0]!.claim.value) : null,
        status: st,
        sources: chipList,
        previous,
        latest: chipList.reduce<string | null>((m, s) => (s.date && (!m || s.date > m) ? s.date : m), null),
      });
    }
    // The value that needs the reader first: worst status, then the latest, then the most reported.
    groups.sort((x, y) => SEVERITY[y.status] - SEVERITY[x.status] || latestFirst(x.latest, y.latest) || y.sources.length - x.sources.length);
    const topicStatus = groups.reduce<ClaimStatus>((m, g) => worseStatus(m, g.status), 'only');
    const first = group[0]!;
    topics.push({
      topic,
      about: first.about || topic,
      kind: first.kind,
      status: topicStatus,
      groups: groups.map(({ key: _k, latest: _l, ...g }) => g),
      sourceCount: new Set(group.map((c) => c.articleId)).size,
      why: whyLines(topicLinks, groupOf, claimById, articles),
      latest: groups.reduce<string | null>((m, g) => (g.latest && (!m || g.latest > m) ? g.latest : m), null),
      quotes: quotesByTopic.get(topic) ?? [],
    });
  }
  return { sources, topics: sortTopics(topics, 'disputed') };
}

/**
 * Which claims share a value group: joined by 'same' links and by identical wording. A chain of
 * 'same' links can reach two values the engine found in conflict ("around 250" agrees with 240
 * and with 260); such a group is split back into wordings, so a conflict is never hidden inside one.
 */
function agreementGroups(claims: ReadonlyArray<ViewClaim>, links: ReadonlyArray<ClaimLink>): (id: string) => string {
  const g = new Groups();
  const firstByWording = new Map<string, string>();
  for (const c of claims) {
    const w = norm(c.written);
    const prior = firstByWording.get(w);
    if (prior) g.join(c.id, prior);
    else firstByWording.set(w, c.id);
  }
  for (const l of links) if (l.relation === 'same') g.join(l.a, l.b);
  const broken = new Set<string>();
  for (const l of links) if (l.relation !== 'same' && g.find(l.a) === g.find(l.b)) broken.add(g.find(l.a));
  if (broken.size === 0) return (id) => g.find(id);
  const wordingOf = new Map(claims.map((c) => [c.id, norm(c.written)]));
  return (id) => {
    const root = g.find(id);
    return broken.has(root) ? `${root}\u0000${wordingOf.get(id)}` : root;
  };
}

function whyLines(
  links: ReadonlyArray<ClaimLink>,
  groupOf: (id: string) => string,
  claimById: ReadonlyMap<string, ViewClaim>,
  articles: ReadonlyArray<ViewArticle>,
): string[] {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const out: Array<{ relation: Relation; text: string }> = [];
  // Conflicts before updates: the worse relation is the one to explain first.
  const ordered = [...links].filter((l) => l.relation === 'conflict' || l.relation === 'updated').sort((x, y) => (x.relation === y.relation ? 0 : x.relation === 'conflict' ? -1 : 1));
  for (const l of ordered) {
    const ga = groupOf(l.a);
    const gb = groupOf(l.b);
    if (ga === gb) continue;
    const pair = [ga, gb].sort().join('\u0001');
    if (seen.has(pair)) continue;
    seen.add(pair);
    const a = claimById.get(l.a)!;
    const b = claimById.get(l.b)!;
    const A = articleById.get(a.articleId);
    const B = articleById.get(b.articleId);
    const text = explainLink(a.kind, l.relation, { written: a.written, value: a.value ?? null, date: A?.published ?? null }, { written: b.written, value: b.value ?? null, date: B?.published ?? null });
    if (text) out.push({ relation: l.relation, text });
    if (out.length >= MAX_WHY) break;
  }
  return out.map((o) => o.text);
}

export function sortTopics(topics: TopicView[], order: TopicOrder): TopicView[] {
  const byTopic = (a: TopicView, b: TopicView) => a.about.localeCompare(b.about) || a.topic.localeCompare(b.topic);
  const sorted = [...topics];
  if (order === 'topic') return sorted.sort(byTopic);
  if (order === 'coverage') return sorted.sort((a, b) => b.sourceCount - a.sourceCount || byTopic(a, b));
  if (order === 'latest') return sorted.sort((a, b) => latestFirst(a.latest, b.latest) || byTopic(a, b));
  return sorted.sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || b.groups.length - a.groups.length || b.sourceCount - a.sourceCount || byTopic(a, b));
}

export function filterTopics(topics: TopicView[], filter: StatusFilter): TopicView[] {
  return filter === 'all' ? topics : topics.filter((t) => t.status === filter);
}

/** How many topics have each status; agreeing names are counted apart, not as confirmed facts. */
export function statusCounts(topics: ReadonlyArray<TopicView>): Record<ClaimStatus, number> & { sameNames: number } {
  const counts = { conflict: 0, updated: 0, variant: 0, same: 0, only: 0, sameNames: 0 };
  for (const t of topics) {
    if (t.status === 'same' && t.kind === 'name') counts.sameNames++;
    else counts[t.status]++;
  }
  return counts;
}

