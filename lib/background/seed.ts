// First run: the built-in story and the five bundled seed articles, so the extension compares
// something on the very first story page. Runs at every service-worker start but does its work
// only when the stored seed version is older than SEED_VERSION.
import { analyzeArticle } from '../engine';
import type { StoryDefinition } from '../engine/types';
import type { CrossreadDB } from '../db/database';
import { getSetting, setSetting } from '../db/settings';
import type { PageArticle } from '../messages';
import { identityUrl } from './article-identity';
import { enabledStories, toArticleInput } from './page-analysis';
import { saveAnalyzed } from './save-article';

export const SEED_VERSION = 1;
export const BUILT_IN_STORIES = ['/stories/trufanov.json'];
export const SEED_PAGES = ['/corpus/000.html', '/corpus/001.html', '/corpus/002.html', '/corpus/003.html', '/corpus/004.html'];

export interface SeedSource {
  /** Text of a file in the extension bundle. */
  fetchText(path: string): Promise<string>;
  /** Absolute URL of a bundled file, the seed's identity when it has no canonical link. */
  urlOf(path: string): string;
  readHtml(html: string, url: string): PageArticle;
}

export async function ensureSeeded(db: CrossreadDB, src: SeedSource, now = Date.now()): Promise<boolean> {
  if ((await getSetting(db, 'seedVersion')) >= SEED_VERSION) return false;
  for (const path of BUILT_IN_STORIES) {
    const def = JSON.parse(await src.fetchText(path)) as StoryDefinition;
    const existing = await db.stories.get(def.id);
    // The reader may have turned the story off or edited it: keep their choice.
    if (!existing) await db.stories.put({ ...def, enabled: def.enabled ?? true, builtIn: true, createdAt: now });
  }
  const stories = await enabledStories(db);
  for (const path of SEED_PAGES) {
    const url = src.urlOf(path);
    const read = src.readHtml(await src.fetchText(path), url);
    // Without a declared outlet the reader falls back to the URL's host, here the extension's
    // id: no outlet is better than that one.
    const article = { ...read, outlet: read.outlet === new URL(url).host ? null : read.outlet };
    const input = toArticleInput(article);
    const analyzed = analyzeArticle(input, stories);
    await saveAnalyzed(db, analyzed, { url: identityUrl(article.url, article.canonicalUrl), bundled: true, now });
  }
  await setSetting(db, 'seedVersion', SEED_VERSION);
  return true;
}
