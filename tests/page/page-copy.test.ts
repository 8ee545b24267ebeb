// The copy Readability reads is built after the walk judges chrome (copyPage judges first and
// copies only what it keeps): every copied text node maps back to a live one, every element name
// in the copy is declared to Readability's shortcuts, and what was judged chrome by shape or
// markup is absent from the copy while its text is still known for the fallback matching.
import { describe, expect, it } from 'vitest';
import { SKIPPED_TAGS } from '../../lib/page/chrome-hints';
import { copyPage } from '../../lib/page/page-copy';
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
      const page = copyPage(doc, true);
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
