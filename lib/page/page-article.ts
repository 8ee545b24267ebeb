// The reader's output as the content script sends it (and the background reads bundled pages).
import type { PageArticle } from '../messages';
import type { ReadArticle } from './read-article';

export function toPageArticle(a: ReadArticle, url: string): PageArticle {
  return {
    url,
    canonicalUrl: a.canonicalUrl ?? null,
    title: a.title,
    outlet: a.outlet ?? null,
    published: a.published ?? null,
    lang: a.lang ?? null,
    text: a.text,
  };
}
