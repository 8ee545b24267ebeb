// Writing an analysed article and its claims. Revisiting a saved article replaces its copy
// (one row per URL) and remembers a figure the outlet has changed since (`previousWritten`),
// so the page can show it as updated.
import type { AnalyzedArticle } from '../engine/types';
import type { ArticleRow, ClaimRow, CrossreadDB } from '../db/database';
import { findSavedArticle, foldWording } from './article-identity';

function sameWording(a: string, b: string): boolean {
  return foldWording(a) === foldWording(b);
}

/**
 * For each new claim: what the older copy said on the same topic when it said something else.
 * Several old claims may share a topic (a name repeated); only when none of them matches the
 * new wording has the outlet changed it.
 */
export function carryPreviousWritten(newClaims: AnalyzedArticle['claims'], oldClaims: ClaimRow[]): Map<string, string> {
  const oldByTopic = new Map<string, ClaimRow[]>();
  for (const o of oldClaims) {
    const list = oldByTopic.get(o.topic) ?? [];
    list.push(o);
    oldByTopic.set(o.topic, list);
  }
  const out = new Map<string, string>();
  for (const c of newClaims) {
    const olds = (oldByTopic.get(c.topic) ?? []).filter((o) => o.kind === c.kind);
    if (olds.length === 0) continue;
    const same = olds.find((o) => sameWording(o.written, c.written));
    if (same) {
      // Unchanged since the last visit: keep an earlier change visible.
      if (same.previousWritten) out.set(c.id, same.previousWritten);
    } else {
      out.set(c.id, olds[0]!.written);
    }
  }
  return out;
}

export async function saveAnalyzed(
  db: CrossreadDB,
  analyzed: AnalyzedArticle,
  opts: { url: string; bundled: boolean; now?: number },
): Promise<{ articleId: number; previousWritten: Map<string, string> }> {
  const now = opts.now ?? Date.now();
  return db.transaction('rw', db.articles, db.claims, async () => {
    const existing = await findSavedArticle(db, { url: opts.url, storyId: analyzed.story.storyId, outlet: analyzed.outlet, title: analyzed.title, text: analyzed.text });
    // The reader's "not about this story" outlives later visits of the page.
    const storyId = existing?.notAboutStory ? null : analyzed.story.storyId;
    const row: ArticleRow = {
      url: existing?.url ?? opts.url,
      storyId,
      outlet: analyzed.outlet,
      title: analyzed.title,
      published: analyzed.published,
      asOf: analyzed.asOf,
      lang: analyzed.lang ?? null,
      text: analyzed.text,
      story: existing?.notAboutStory ? existing.story : analyzed.story,
      bundled: existing ? existing.bundled && opts.bundled : opts.bundled,
      ...(existing?.notAboutStory ? { notAboutStory: true } : {}),
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
    };
    let previous = new Map<string, string>();
    let articleId: number;
    if (existing?.id !== undefined) {
      articleId = existing.id;
      const oldClaims = await db.claims.where('articleId').equals(articleId).toArray();
      previous = carryPreviousWritten(analyzed.claims, oldClaims);
      await db.claims.where('articleId').equals(articleId).delete();
      await db.articles.put({ ...row, id: articleId });
    } else {
      articleId = (await db.articles.add(row)) as number;
    }
    const rows: ClaimRow[] = analyzed.claims.map((c) => {
      const r: ClaimRow = { ...c, articleId, storyId };
      const prev = previous.get(c.id);
      if (prev !== undefined) r.previousWritten = prev;
      return r;
    });
    await db.claims.bulkAdd(rows);
    return { articleId, previousWritten: previous };
  });
}

/** Removes an article and its claims; true when something was removed. */
export async function dropArticleByUrl(db: CrossreadDB, url: string): Promise<boolean> {
  return db.transaction('rw', db.articles, db.claims, async () => {
    const row = await db.articles.where('url').equals(url).first();
    if (row?.id === undefined) return false;
    await db.claims.where('articleId').equals(row.id).delete();
    await db.articles.delete(row.id);
    return true;
  });
}
