// Reading a story's articles and claims for the table, and linking them with the engine's
// comparison. Shared by the popup (table, saved list) and the options page (CSV export).
// The engine is imported on demand: the popup's first panel does not need it, so it does not
// pay for loading it.
import type { ArticleRow, ClaimRow, CrossreadDB } from '../lib/db/database';
import type { ClaimLink } from '../lib/engine/types';
import { buildStoryTable, claimStatuses, linkClaims, type RowOrder, type StoryTable } from '../lib/story-table';
import { buildStoryView, type StoryView } from '../lib/report/story-view';
import { changesSince, type StoryChange } from '../lib/report/changes';

export interface StoryRows {
  articles: ArticleRow[];
  claims: ClaimRow[];
}

export async function loadStory(db: CrossreadDB, storyId: string): Promise<StoryRows> {
  const [articles, claims] = await Promise.all([
    db.articles.where('storyId').equals(storyId).toArray(),
    db.claims.where('storyId').equals(storyId).toArray(),
  ]);
  return { articles, claims };
}

/** The story's links as the analysis shows them: every pair compared, then the best match per claim and source. */
export async function linkStory(rows: StoryRows): Promise<ClaimLink[]> {
  const { compareClaims, shownLinks } = await import('../lib/engine');
  const links = linkClaims(rows.claims, rows.articles, (a, A, b, B) =>
    compareClaims(a, { key: A.url, published: A.published, asOf: A.asOf }, b, { key: B.url, published: B.published, asOf: B.asOf }),
  );
  // A saved claim's article is its row's, whatever its id says.
  const articleOf = new Map(rows.claims.map((c) => [c.id, String(c.articleId)]));
  return shownLinks(links, rows.claims, (id) => articleOf.get(id) ?? id);
}

export async function storyTable(rows: StoryRows, order: RowOrder): Promise<StoryTable> {
  return buildStoryTable(rows.articles, rows.claims, await linkStory(rows), order);
}

/** The story view and what changed since `since` (ms; null: first visit), from one linking pass. */
export async function storyViewOf(rows: StoryRows, since: number | null): Promise<{ view: StoryView; changes: StoryChange[] }> {
  const links = await linkStory(rows);
  return { view: buildStoryView(rows.articles, rows.claims, links), changes: changesSince(rows.articles, rows.claims, links, since) };
}

/** Claims in conflict per article, over every story (articles outside a story count none). */
export async function conflictCounts(articles: ArticleRow[], claims: ClaimRow[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  const byStory = new Map<string, StoryRows>();
  const articleById = new Map(articles.map((a) => [a.id, a]));
  for (const c of claims) {
    if (!c.storyId) continue;
    const a = articleById.get(c.articleId);
    if (!a || a.storyId !== c.storyId) continue;
    const rows = byStory.get(c.storyId) ?? { articles: [], claims: [] };
    rows.claims.push(c);
    byStory.set(c.storyId, rows);
  }
  for (const a of articles) if (a.storyId) byStory.get(a.storyId)?.articles.push(a);
  for (const rows of byStory.values()) {
    // One story at a time, letting the page answer clicks and keys in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const status = claimStatuses(rows.claims, await linkStory(rows));
    for (const c of rows.claims) {
      if (status.get(c.id) === 'conflict') counts.set(c.articleId, (counts.get(c.articleId) ?? 0) + 1);
    }
  }
  return counts;
}
