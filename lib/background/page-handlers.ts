// Message handlers of the in-page feature. Each one checks the sender and the payload before
// touching the database; a bad message gets an error back and writes nothing.
import type { CrossreadDB } from '../db/database';
import { onMessage } from '../messages';
import { identityUrl } from './article-identity';
import { analyzePage, pageConfig } from './page-analysis';
import { dropArticleByUrl } from './save-article';
import { assertFromExtension, validateArticle, validateUrlData } from './validate';

export function registerPageHandlers(ready: () => Promise<CrossreadDB>, ownId: string): void {
  onMessage('getPageConfig', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const { url } = validateUrlData(data);
    return pageConfig(await ready(), url);
  });

  onMessage('analyzePage', async ({ data, sender }) => {
    const t0 = performance.now();
    assertFromExtension(sender, ownId);
    const article = validateArticle(data);
    const db = await ready();
    if (!(await pageConfig(db, article.url)).enabled) return { onStory: false, storyId: null, storyTitle: null, saved: false, claims: [] };
    const { articleId: _id, ...analysis } = await analyzePage(db, article);
    return { ...analysis, timings: { ...analysis.timings, handler: performance.now() - t0 } };
  });

  onMessage('saveArticle', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const article = validateArticle(data);
    const result = await analyzePage(await ready(), article, { forceSave: true });
    return { saved: result.saved, articleId: result.articleId };
  });

  onMessage('dropArticle', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const { url } = validateUrlData(data);
    return { dropped: await dropArticleByUrl(await ready(), identityUrl(url, null)) };
  });
}
