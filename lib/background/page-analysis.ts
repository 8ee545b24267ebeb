// The in-page feature's background side: which stories a page should be checked against, and
// what a likely story page's facts are, saved (when autoSave is on) and compared.
import { analyzeArticle } from '../engine';
import type { ArticleInput, StoryDefinition } from '../engine/types';
import type { CrossreadDB } from '../db/database';
import { getSetting } from '../db/settings';
import type { PageAnalysis, PageArticle, PageConfig } from '../messages';
import { findSavedArticle, identityUrl } from './article-identity';
import { compareWithSaved } from './compare-saved';
import { pageInputs } from './story-cache';
import { MAX_CLAIMS } from './validate';
import { carryPreviousWritten, saveAnalyzed } from './save-article';

export async function enabledStories(db: CrossreadDB): Promise<StoryDefinition[]> {
  return (await pageInputs(db)).stories;
}

function hostOff(url: string, offSites: readonly string[]): boolean {
  try {
    const u = new URL(url);
    return (u.protocol !== 'http:' && u.protocol !== 'https:') || offSites.includes(u.hostname);
  } catch {
    return true;
  }
}

export async function pageConfig(db: CrossreadDB, url: string): Promise<PageConfig> {
  const { stories, offSites, marks } = await pageInputs(db);
  if (hostOff(url, offSites)) return { enabled: false, stories: [], marks };
  return { enabled: true, stories, marks };
}

export function toArticleInput(article: PageArticle): ArticleInput {
  const url = identityUrl(article.url, article.canonicalUrl);
  return {
    key: url,
    url,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    text: article.text,
    ...(article.lang ? { lang: article.lang } : {}),
  };
}

/**
 * Analyse, compare, and save when autoSave is on (or the article was saved before). Unless
 * `waitForSave` (default: forceSave), the save runs after the answer is ready and `articleId` is
 * the row saved before.
 */
export async function analyzePage(db: CrossreadDB, article: PageArticle, opts: { forceSave?: boolean; waitForSave?: boolean } = {}): Promise<PageAnalysis & { articleId: number | null }> {
  const t0 = performance.now();
  const stories = await enabledStories(db);
  const input = toArticleInput(article);
  const t1 = performance.now();
  const full = analyzeArticle(input, stories);
  // The same ceiling as imports: a page that yields more is not a news article worth storing.
  const analyzed = full.claims.length > MAX_CLAIMS ? { ...full, claims: full.claims.slice(0, MAX_CLAIMS) } : full;
  const t2 = performance.now();
  const story = stories.find((s) => s.id === analyzed.story.storyId) ?? null;
  if (!analyzed.story.onStory && !opts.forceSave) {
    return { onStory: false, storyId: null, storyTitle: null, saved: false, claims: [], articleId: null };
  }
  const existing = await findSavedArticle(db, { url: input.key, storyId: analyzed.story.storyId, outlet: analyzed.outlet, title: analyzed.title, text: analyzed.text });
  const articleId: number | null = existing?.id ?? null;
  const previous =
    articleId === null ? new Map<string, string>() : carryPreviousWritten(analyzed.claims, await db.claims.where('articleId').equals(articleId).toArray());
  const willSave = !!opts.forceSave || !!existing || (await getSetting(db, 'autoSave'));
  const t3 = performance.now();
  // Compared within the story the page is saved under: the reader's "not about this story" holds.
  const storyId = existing?.notAboutStory ? null : analyzed.story.storyId;
  const claims = await compareWithSaved(db, analyzed, storyId, articleId, previous);
  const t4 = performance.now();
  // The page gets its answer first; the write (the slowest step) follows in its own transaction.
  // An explicit save (forceSave) waits: its caller needs the row.
  const wait = opts.waitForSave ?? !!opts.forceSave;
  const saving = willSave ? saveAnalyzed(db, analyzed, { url: input.key, bundled: false }) : null;
  if (wait && saving) await saving;
  else saving?.catch((err: unknown) => console.error('Crossread: saving the article failed', err));
  return {
    timings: { stories: t1 - t0, analyze: t2 - t1, lookup: t3 - t2, compare: t4 - t3 },
    onStory: analyzed.story.onStory,
    storyId: analyzed.story.storyId,
    storyTitle: story?.title ?? null,
    saved: willSave,
    claims,
    articleId: wait && saving ? (await saving).articleId : articleId,
  };
}
