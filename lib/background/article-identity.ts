// Which saved row a page is. One row per URL (the `&url` index), and a page whose URL differs
// but whose headline matches a saved row, with the same outlet or the very same text, is the
// same article (a mirror, a tracking URL, a bundled seed opened from the web): comparing an
// article with its own copy would show every figure as "confirmed" by itself.
import type { CrossreadDB, ArticleRow } from '../db/database';

/** The URL an article is saved under: the canonical one when the page gives it, without hash. */
export function identityUrl(url: string, canonicalUrl: string | null): string {
  const raw = canonicalUrl ?? url;
  try {
    const u = new URL(raw);
    u.hash = '';
    return u.href;
  } catch {
    return raw;
  }
}

/** Case, Unicode form and spacing folded: how headlines and wordings are compared. */
export function foldWording(s: string | null): string {
  return (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

type Identity = Pick<ArticleRow, 'outlet' | 'title'> & { text?: string };

export function sameArticle(a: Identity, b: Identity): boolean {
  if (foldWording(a.title) === '' || foldWording(a.title) !== foldWording(b.title)) return false;
  return foldWording(a.outlet) === foldWording(b.outlet) || (a.text !== undefined && a.text === b.text);
}

/** The saved row for this article, if any: by URL, else by headline (the v2 `title` index). */
export async function findSavedArticle(
  db: CrossreadDB,
  article: { url: string; storyId: string | null } & Identity,
): Promise<ArticleRow | undefined> {
  const byUrl = await db.articles.where('url').equals(article.url).first();
  if (byUrl) return byUrl;
  if (!article.title) return undefined;
  return db.articles
    .where('title')
    .equals(article.title)
    .filter((row) => row.storyId === article.storyId && sameArticle(row, article))
    .first();
}
