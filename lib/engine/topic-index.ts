// Claims of saved articles, bucketed by topic key, so a new article is compared with the claims
// that could state the same thing by key look-ups, never by scanning every pair.
import { compareClaims, type ArticleMeta } from './compare';
import type { AnalyzedArticle, Claim, ClaimLink } from './types';

interface Entry {
  claim: Claim;
  meta: ArticleMeta;
}

export class TopicIndex {
  private readonly byTopic = new Map<string, Entry[]>();
  private readonly articles = new Map<string, Claim[]>();

  add(article: Pick<AnalyzedArticle, 'key' | 'published' | 'asOf' | 'claims'>): void {
    this.remove(article.key);
    const meta: ArticleMeta = { key: article.key, published: article.published, asOf: article.asOf };
    for (const claim of article.claims) {
      const bucket = this.byTopic.get(claim.topic);
      if (bucket) bucket.push({ claim, meta });
      else this.byTopic.set(claim.topic, [{ claim, meta }]);
    }
    this.articles.set(article.key, article.claims);
  }

  remove(key: string): void {
    const claims = this.articles.get(key);
    if (!claims) return;
    for (const topic of new Set(claims.map((c) => c.topic))) {
      const rest = (this.byTopic.get(topic) ?? []).filter((e) => e.meta.key !== key);
      if (rest.length) this.byTopic.set(topic, rest);
      else this.byTopic.delete(topic);
    }
    this.articles.delete(key);
  }

  get size(): number {
    return this.articles.size;
  }

  /** Links between the article's claims and every indexed claim of another article. */
  linksFor(article: Pick<AnalyzedArticle, 'key' | 'published' | 'asOf' | 'claims'>): ClaimLink[] {
    const meta: ArticleMeta = { key: article.key, published: article.published, asOf: article.asOf };
    const out: ClaimLink[] = [];
    for (const claim of article.claims) {
      for (const other of this.byTopic.get(claim.topic) ?? []) {
        const link = compareClaims(claim, meta, other.claim, other.meta);
        if (link) out.push(link);
      }
    }
    return out;
  }
}
