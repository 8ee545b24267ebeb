// Reading an HTML string into the engine's input where there is no DOMParser (the MV3 service
// worker): linkedom builds a DOM in plain JS, and the same reader as the content script runs
// on it, so the bundled seeds are read exactly like live pages.
import { parseHTML } from 'linkedom';
import { readArticle } from '../page/read-article';
import type { PageArticle } from '../messages';

export function readHtml(html: string, url: string): PageArticle {
  const { document } = parseHTML(html);
  const a = readArticle(document as unknown as Document, { url });
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
