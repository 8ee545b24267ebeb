// Comparing a freshly analysed article with the reader's saved claims of its own story.
// Candidates come from the `[storyId+topic]` index (only claims with an equal topic can be
// linked, and only within one story: a near miss or another story shares words, not facts),
// never from a scan.
import { claimStatus, compareClaims, shownLinks, type ArticleMeta } from '../engine';
import type { AnalyzedArticle, ClaimLink, ClaimStatus, Relation } from '../engine/types';
import type { ArticleRow, ClaimRow, CrossreadDB } from '../db/database';
import type { OtherSource, PageClaim } from '../messages';
import { sameArticle } from './article-identity';
import { resolvedLabel } from './resolved-value';
import { explainLink } from '../report/why';

const RELATION_RANK: Record<Relation, number> = { conflict: 4, updated: 3, variant: 2, same: 1 };
const STATUS_RANK: Record<ClaimStatus, number> = { conflict: 4, updated: 3, variant: 2, same: 1, only: 0 };

/**
 * @param storyId the story the page is read under; with none, nothing is compared
 * @param selfArticleId the saved row of this same article, left out of the comparison
 * @param previousWritten what this page said earlier per claim id (an outlet's own change)
 */
export async function compareWithSaved(
  db: CrossreadDB,
  analyzed: AnalyzedArticle,
  storyId: string | null,
  selfArticleId: number | null,
  previousWritten: ReadonlyMap<string, string> = new Map(),
): Promise<PageClaim[]> {
  const topics = storyId === null ? [] : [...new Set(analyzed.claims.map((c) => c.topic).filter((t) => t !== ''))];
  // One key look-up per topic: `where(…).equals(key)` is a single getAll request, all of them in
  // flight together, where `anyOf(keys)` walks one cursor step by step (measured 25-40 ms against
  // a few ms for a hundred candidates in Chromium's service worker). Claims of an article the
  // reader marked as not about the story, or of another story, have another `storyId`.
  const candidates: ClaimRow[] = (
    await db.transaction('r', db.claims, () => Promise.all(topics.map((t) => db.claims.where('[storyId+topic]').equals([storyId!, t]).toArray())))
  ).flat();
  const articleIds = [...new Set(candidates.map((c) => c.articleId))].filter((id) => id !== selfArticleId);
  const articles = new Map<number, ArticleRow>();
  for (const row of await db.articles.bulkGet(articleIds)) {
    if (row?.id !== undefined && !sameArticle(row, analyzed)) articles.set(row.id, row);
  }
  const byTopic = new Map<string, ClaimRow[]>();
  for (const c of candidates) {
    if (!articles.has(c.articleId)) continue;
    const list = byTopic.get(c.topic) ?? [];
    list.push(c);
    byTopic.set(c.topic, list);
  }

  const metaA: ArticleMeta = { key: analyzed.key, published: analyzed.published, asOf: analyzed.asOf };
  // Every pair first, then the links a reader is shown, as the analysis keeps them (best match
  // per claim and source, one conflict per repeated statement).
  const all: ClaimLink[] = [];
  for (const claim of analyzed.claims) {
    for (const b of byTopic.get(claim.topic) ?? []) {
      const art = articles.get(b.articleId)!;
      const link = compareClaims(claim, metaA, b, { key: art.url, published: art.published, asOf: art.asOf });
      if (link) all.push(link);
    }
  }
  // A source's claims of the page's topics are all its repeats of a statement can be; a saved
  // claim's article is its row's, whatever its id says, and the page's own claims are the page's.
  const saved = [...byTopic.values()].flat();
  const rowOf = new Map(saved.map((c) => [c.id, c]));
  const kept = new Map<string, ClaimLink[]>();
  for (const link of shownLinks(all, [...analyzed.claims, ...saved], (id) => String(rowOf.get(id)?.articleId ?? 'page'))) {
    const list = kept.get(link.a);
    if (list) list.push(link);
    else kept.set(link.a, [link]);
  }
  return analyzed.claims.map((claim) => {
    const links = kept.get(claim.id) ?? [];
    // One entry per source and wording: a name repeated five times in one article is one voice.
    const others = new Map<string, OtherSource>();
    for (const link of links) {
      const b = rowOf.get(link.b)!;
      const art = articles.get(b.articleId)!;
      const key = `${b.articleId}\u0000${b.written}`;
      const prior = others.get(key);
      // Of a source's repeats (headline, caption, body), the strongest relation, then the
      // statement made in full: the longest sentence.
      const rank = RELATION_RANK[link.relation] - (prior ? RELATION_RANK[prior.relation] : 0);
      if (!prior || rank > 0 || (rank === 0 && b.quote.length > prior.quote.length)) {
        others.set(key, {
          articleUrl: art.url,
          outlet: art.outlet,
          title: art.title,
          published: art.published ?? art.asOf,
          written: b.written,
          resolved: resolvedLabel(b.value),
          quote: b.quote,
          relation: link.relation,
          why:
            link.relation === 'conflict' || link.relation === 'updated'
              ? explainLink(
                  claim.kind,
                  link.relation,
                  { written: claim.written, value: claim.value, date: analyzed.published },
                  { written: b.written, value: b.value, date: art.published },
                )
              : null,
        });
      }
    }
    const prev = previousWritten.get(claim.id) ?? null;
    let status = claimStatus(claim.id, links);
    if (prev !== null && STATUS_RANK[status] < STATUS_RANK.updated) status = 'updated';
    return {
      id: claim.id,
      kind: claim.kind,
      start: claim.start,
      end: claim.end,
      written: claim.written,
      quote: claim.quote,
      about: claim.about,
      topic: claim.topic,
      prefix: claim.prefix,
      suffix: claim.suffix,
      resolved: resolvedLabel(claim.value),
      status,
      previousWritten: prev,
      others: [...others.values()].sort((x, y) => RELATION_RANK[y.relation] - RELATION_RANK[x.relation]),
    };
  });
}
