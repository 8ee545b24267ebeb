// On linkedom, runReadability takes shortcuts (only the steps of parse() that choose the article,
// no page serialisation until a retry needs it, lookups that skip tags the copy lacks, a cheaper
// byline test). Each must keep exactly the text nodes Readability's own code keeps: the article
// text is read from them. Checked on every fixture page, pruned and not, and on pages that take
// Readability's retry path and the reader's unpruned fallback.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { copyPage, type PageCopy } from '../../lib/page/page-copy';
import { readArticle } from '../../lib/page/read-article';
import { runReadability } from '../../lib/page/readability-run';
import { loadFixture } from './load-fixture';

// As the reader runs it (lib/page/read-article.ts): Readability's own default.
const CHAR_THRESHOLD = 500;

const sentence = (i: number) => `Sentence ${i} of the report says what happened in the town and who was there when it did.`;

/** Too little text for Readability's first pass: it retries with looser rules. */
const RETRY_PAGE = `<html lang="en"><head><title>Brief</title></head><body><nav><a href="#">Home</a><a href="#">World</a></nav>
  <article><h1>Road closed after landslide near the village</h1>
  <p>The road to the village was closed on Monday after a landslide.</p><p>Crews expect to reopen it on Friday.</p></article>
  <footer><p>© Paper</p></footer></body></html>`;

/** The body sits in a landmark of site furniture: the pruned copy has no article, the reader falls back. */
const FALLBACK_PAGE = `<html lang="en"><head><title>Town report</title></head><body>
  <header><div class="logo">Paper</div><nav><a href="#">Home</a></nav></header>
  <div class="headline-wrap"><h2>Town council approves the new library plan</h2></div>
  <aside class="story-body">${Array.from({ length: 6 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 100)}</p>`).join('\n')}</aside>
  <footer>© Paper. All rights reserved.</footer></body></html>`;

const fixtures = ['seeds', 'heavy', 'coverage', 'offstory', 'onstory'].flatMap((dir) =>
  readdirSync(fileURLToPath(new URL(`../fixtures/${dir}/`, import.meta.url)))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`),
);

/** Name, document, and whether Readability retries on the copy pruned of chrome / not pruned. */
const pages: [string, () => Document, { pruned: boolean; unpruned: boolean }][] = [
  ...fixtures.map((path): [string, () => Document, { pruned: boolean; unpruned: boolean }] => [path, () => loadFixture(path), { pruned: false, unpruned: false }]),
  ['a page Readability retries', () => loadFixture(null, RETRY_PAGE), { pruned: true, unpruned: true }],
  ['a page the reader reads unpruned', () => loadFixture(null, FALLBACK_PAGE), { pruned: true, unpruned: false }],
];

/** Text nodes with visible text under `content`, in order: what the reader takes from the article. */
function visibleTextNodes(content: Node | null): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && /\S/.test((child as Text).data)) out.push(child as Text);
      else walk(child);
    }
  };
  if (content) walk(content);
  return out;
}

/** Readability's own code, as a browser runs it. */
function ownRun(page: PageCopy): Node | null {
  return new Readability<Node>(page.copy, { serializer: (el) => el, disableJSONLD: true, charThreshold: CHAR_THRESHOLD }).parse()?.content ?? null;
}

/** The live node behind each kept text node, or its text where Readability rebuilt it from HTML. */
function kept(page: PageCopy, content: Node | null): (Text | string)[] {
  return visibleTextNodes(content).map((node) => page.liveText.get(node) ?? node.data);
}

describe('runReadability on linkedom keeps what Readability keeps', () => {
  for (const [name, load, retry] of pages) {
    for (const prune of [true, false]) {
      const retries = prune ? retry.pruned : retry.unpruned;
      it(`${name}, ${prune ? 'pruned' : 'unpruned'}`, () => {
        const doc = load();
        const ownPage = copyPage(doc, prune);
        const own = kept(ownPage, ownRun(ownPage));

        const page = copyPage(doc, prune);
        expect(kept(page, runReadability(page.copy, { charThreshold: CHAR_THRESHOLD, elementNames: page.elementNames }))).toEqual(own);

        // Serialising the page only when Readability retries, from a fresh copy, keeps the same.
        const deferredPage = copyPage(doc, prune);
        let recopies = 0;
        const recopy = () => {
          recopies++;
          return copyPage(doc, prune).copy;
        };
        expect(kept(deferredPage, runReadability(deferredPage.copy, { charThreshold: CHAR_THRESHOLD, elementNames: deferredPage.elementNames, recopy }))).toEqual(own);
        expect(recopies).toBe(retries ? 1 : 0);
      });
    }
  }
});

describe('readArticle through the retry and the fallback', () => {
  for (const html of [RETRY_PAGE, FALLBACK_PAGE]) {
    it('reads the article and leaves the page as it was', () => {
      const doc = loadFixture(null, html);
      const before = doc.documentElement.outerHTML;
      const article = readArticle(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(article.text).toContain(html === RETRY_PAGE ? 'Crews expect to reopen it on Friday.' : sentence(5));
    });
  }
});
