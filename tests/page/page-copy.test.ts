// The copy Readability reads is built after the walk judges chrome (copyPage judges first and
// copies only what it keeps): every copied text node maps back to a live one, every element name
// in the copy is declared to Readability's shortcuts, and what was judged chrome by shape or
// markup is absent from the copy while its text is still known for the fallback matching. Plain
// link lists judged without walking them (as in a browser) give the walk's copy exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SKIPPED_TAGS } from '../../lib/page/chrome-hints';
import { copyPage, type PageCopy } from '../../lib/page/page-copy';
import { REAL_PAGES_DIR } from '../../scripts/bench-extract';
import { loadFixture } from './load-fixture';

function walk(root: Node, visit: (node: Node) => void): void {
  for (let node = root.firstChild; node; node = node.nextSibling) {
    visit(node);
    walk(node, visit);
  }
}

describe('copyPage', () => {
  for (const id of ['000', '003']) {
    it(`heavy/${id}: the copy holds what was kept, mapped back to the live page`, () => {
      const doc = loadFixture(`heavy/${id}.html`);
      // The walk itself: plain link lists are only judged without it where selectors are native.
      const page = copyPage(doc, true, { linkLists: false });
      const copiedTexts: Text[] = [];
      const names = new Set<string>();
      walk(page.copy, (node) => {
        if (node.nodeType === 3) copiedTexts.push(node as Text);
        else if (node.nodeType === 1) names.add((node as Element).localName);
      });
      // Every copied text node (outside <title>, written by copyPage itself) has its live node.
      const bodyTexts = copiedTexts.filter((t) => t.parentElement?.localName !== 'title');
      expect(bodyTexts.length).toBeGreaterThan(10);
      expect(bodyTexts.length).toBe(page.liveText.size);
      for (const copied of bodyTexts) expect(page.liveText.get(copied)?.data).toBe(copied.data);
      for (const name of names) expect(page.elementNames.has(name), name).toBe(true);
      // Shape-judged chrome is visited (its text has an order) but not copied.
      const shapeRoots = [...page.chromeRoots].filter(([, reason]) => reason === 'shape').map(([el]) => el);
      expect(shapeRoots.length).toBeGreaterThan(0);
      const live = new Set(page.liveText.values());
      for (const root of shapeRoots) {
        walk(root, (node) => {
          if (node.nodeType !== 3) return;
          expect(live.has(node as Text)).toBe(false);
          const inSkipped = (() => {
            for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) if (SKIPPED_TAGS.has(el.tagName)) return true;
            return false;
          })();
          expect(page.textInfo.has(node as Text)).toBe(!inSkipped);
        });
      }
    });
  }
});

/** Everything of a copy the reader reads afterwards, with live elements and text nodes by position. */
function summary(doc: Document, page: PageCopy) {
  const position = new Map<Node, number>();
  walk(doc, (node) => position.set(node, position.size));
  const at = (node: Node) => position.get(node) ?? -1;
  const found = (list: PageCopy['headings']) => list.map((f) => at(f.el));
  return {
    copy: (page.copy as unknown as { documentElement: Element }).documentElement.outerHTML,
    names: [...page.elementNames].sort(),
    live: [...page.liveText.values()].map(at),
    headings: found(page.headings),
    captions: found(page.captions),
    standfirsts: found(page.standfirsts),
    times: found(page.times),
    bylineTimes: found(page.bylineTimes),
    metas: page.metas.map(at),
    jsonLd: page.jsonLd,
    pruned: page.prunedRoots.map(at),
  };
}

/**
 * With `linkLists`, a box of links is dropped as the walk would drop it without being walked:
 * the copy, and all the reader takes from it, must be the walk's; only the text of the boxes so
 * judged goes without a record (nothing of a dropped box is read afterwards).
 */
function expectSameAsWalk(doc: Document): number {
  const walked = copyPage(doc, true, { linkLists: false });
  const judged = copyPage(doc, true, { linkLists: true });
  expect(summary(doc, judged)).toEqual(summary(doc, walked));
  const unwalked = [...judged.chromeRoots].filter(([el, reason]) => reason === 'shape' && walked.chromeRoots.get(el) === 'shape');
  for (const [el, reason] of judged.chromeRoots) {
    // Judged as the walk judged it, or inside a box judged without walking.
    if (walked.chromeRoots.get(el) !== reason) throw new Error(`${el.tagName} judged ${reason}, the walk said ${walked.chromeRoots.get(el)}`);
  }
  for (const text of walked.textInfo.keys()) {
    if (judged.textInfo.has(text)) continue;
    expect(unwalked.some(([el]) => el.contains(text)), text.data).toBe(true);
  }
  return walked.textInfo.size - judged.textInfo.size;
}

describe('copyPage: plain link lists judged without walking them', () => {
  for (const id of ['000', '001', '002', '003', '004']) {
    it(`heavy/${id}: the same copy as the walk's, most of the walk saved`, () => {
      const doc = loadFixture(`heavy/${id}.html`);
      const saved = expectSameAsWalk(doc);
      expect(saved).toBeGreaterThan(copyPage(doc, true, { linkLists: false }).textInfo.size / 2);
    });
  }

  const page = (body: string) => loadFixture(null, `<html><head><title>t</title></head><body><article><h1>A headline for the page</h1><p>${'Text of the article. '.repeat(30)}</p></article>${body}</body></html>`);
  const item = (text: string, attrs = '') => `<li${attrs}><a href="/x">${text}</a></li>`;
  const long = 'A link whose text runs on for well over a hundred characters, as the one link left in a list might do here';
  const cases: Record<string, string> = {
    'a plain list of links': `<div><ul>${item('One')}${item('Two')}${item('Three')}</ul></div>`,
    'items the walk drops by name': `<div><ul>${item('One', ' class="menu-item"')}${item('Two', ' class="menu-item"')}${item('Three', ' class="menu-item"')}</ul></div>`,
    'hidden items, one long link left': `<div><ul>${item('One', ' hidden')}${item('Two', ' style="display: none"')}${item(long)}</ul></div>`,
    'a label outside the links': `<div><ul><li>Sections:</li>${item('One')}${item('Two')}${item('Three')}</ul></div>`,
    'a nested list': `<div><ul><li><a href="/x">One</a><ul>${item('Two')}${item('Three')}${item('Four')}</ul></li>${item(long)}</ul></div>`,
    'a script inside': `<div><ul>${item('One')}${item('Two')}${item('Three')}<li><script type="application/ld+json">{"datePublished":"2024-01-02"}</script></li></ul></div>`,
    'an item in a chrome role': `<div><ul>${item('One', ' role="navigation"')}${item('Two', ' role="navigation"')}${item(long)}</ul></div>`,
    'links made only of white space': `<div><ul>${item(' ')}${item(' ')}${item(' ')}</ul></div>`,
    'a byline of links, the date among them': `<div><a href="/a">Jane Roe</a> <a href="/b">John Doe</a> <a href="/p"><time datetime="2024-05-07">May 7</time></a></div>`,
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`${name}: the same copy as the walk's`, () => {
      expectSameAsWalk(page(body));
    });
  }
  it('a plain list of links is judged without being walked', () => {
    expect(expectSameAsWalk(page(cases['a plain list of links']!))).toBeGreaterThan(0);
  });

  const present = existsSync(REAL_PAGES_DIR);
  if (!present) console.log(`link-list check on real pages skipped: ${REAL_PAGES_DIR} is absent (the shared corpus).`);
  it.skipIf(!present)('real pages: the same copy as the walk\'s on every page', () => {
    let saved = 0;
    for (const name of readdirSync(REAL_PAGES_DIR)) {
      const file = join(REAL_PAGES_DIR, name, 'source.html');
      if (!existsSync(file)) continue;
      saved += expectSameAsWalk(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document);
    }
    expect(saved).toBeGreaterThan(0);
  });
});
