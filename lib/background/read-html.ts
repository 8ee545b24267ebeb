// Reading an HTML string into the engine's input where there is no DOMParser (the MV3 service
// worker): linkedom builds a DOM in plain JS, and the same reader as the content script runs
// on it, so the bundled seeds are read exactly like live pages.
import { parseHTML } from 'linkedom';
import { readArticle } from '../page/read-article';
import { toPageArticle } from '../page/page-article';
import type { PageArticle } from '../messages';

export function readHtml(html: string, url: string): PageArticle {
  const { document } = parseHTML(html);
  return toPageArticle(readArticle(document as unknown as Document, { url }), url);
}
