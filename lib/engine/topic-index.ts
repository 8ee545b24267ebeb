// Claims of saved articles, bucketed by topic key, so a new article is compared with the claims
// that could state the same thing by key look-ups, never by scanning every pair. Inside a
// bucket, claims that would compare identically (same value, same frame, same article date)
// share one signature, so a story saved from a thousand sources costs a handful of comparisons.
import { compareClaims, type ArticleMeta } from './compare';
import type { AnalyzedArticle, Claim, ClaimLink, Relation } from './types';

export interface IndexedClaim {
  claim: Claim;
  meta: ArticleMeta;
}

/** One new claim against a group of stored claims that all compare the same way. */
export interface TopicMatch {
  claimId: string;
  relation: Relation;
  confidence: number;
  topic: string;
  others: IndexedClaim[];
}

type Stored = Pick<AnalyzedArticle, 'key' | 'published' | 'asOf' | 'claims'>;

/** Everything compareClaims looks at besides ids and offsets. */
export function comparisonSignature(c: Claim, m: ArticleMeta): string {
  const time = c.kind === 'number' ? `${m.published ?? ''}|${m.asOf ?? ''}` : '';
  return JSON.stringify([c.value, c.frame ?? null, time]);
}

export class TopicIndex {
  private readonly byTopic = new Map<string, Map<string, IndexedClaim[]>>();
  private readonly articles = new Map<string, Claim[]>();

  add(article: Stored): void {
    this.remove(article.key);
    const meta: ArticleMeta = { key: article.key, published: article.published, asOf: article.asOf };
    for (const claim of article.claims) {
      let bucket = this.byTopic.get(claim.topic);
      if (!bucket) this.byTopic.set(claim.topic, (bucket = new Map()));
      const sig = comparisonSignature(claim, meta);
      const group = bucket.get(sig);
      if (group) group.push({ claim, meta });
      else bucket.set(sig, [{ claim, meta }]);
    }
    this.articles.set(article.key, article.claims);
  }

  remove(key: string): void {
    const claims = this.articles.get(key);
    if (!claims) return;
    for (const topic of new Set(claims.map((c) => c.topic))) {
      const bucket = this.byTopic.get(topic);
      if (!bucket) continue;
      for (const [sig, group] of bucket) {
        const rest = group.filter((e) => e.meta.key !== key);
        if (rest.length) bucket.set(sig, rest);
        else bucket.delete(sig);
      }
      if (!bucket.size) this.byTopic.delete(topic);
    }
    this.articles.delete(key);
  }

  get size(): number {
    return this.articles.size;
  }

  /** For each claim of the article, the groups of stored claims it is linked with (skip entries of the article's own key). */
  matchesFor(article: Stored): TopicMatch[] {
    const meta: ArticleMeta = { key: article.key, published: article.published, asOf: article.asOf };
    const out: TopicMatch[] = [];
    for (const claim of article.claims) {
      const bucket = this.byTopic.get(claim.topic);
      if (!bucket) continue;
      for (const group of bucket.values()) {
        // The article's own earlier copy may sit in the index; it is never compared with itself.
        const rep = group.find((e) => e.meta.key !== article.key);
        if (!rep) continue;
        const link = compareClaims(claim, meta, rep.claim, rep.meta);
        // The link's own topic: a pair compared by a built-in class's rules names that class.
        if (link) out.push({ claimId: claim.id, relation: link.relation, confidence: link.confidence, topic: link.topic, others: group });
      }
    }
    return out;
  }

  /** The same matches as one link per pair of claims. */
  linksFor(article: Stored): ClaimLink[] {
    return this.matchesFor(article).flatMap((m) =>
      m.others.flatMap((o) => (o.meta.key === article.key ? [] : [{ a: m.claimId, b: o.claim.id, relation: m.relation, confidence: m.confidence, topic: m.topic }])),
    );
  }
}
