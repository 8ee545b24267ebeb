// The highlighter in real Chromium, without the extension: painting must not move any element,
// and the wrapping fallback must restore the very same DOM when removed.
import { CHROMIUM } from '../shared/chromium-path';
import { test, expect, chromium, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { fixtureUrl } from './extension';

const bundle = buildSync({
  entryPoints: [fileURLToPath(new URL('../../lib/highlight/highlighter.ts', import.meta.url))],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'CrossreadHighlight',
}).outputFiles[0]!.text;

async function boxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => el.localName !== 'crossread-mark')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.localName} ${r.x.toFixed(2)} ${r.y.toFixed(2)} ${r.width.toFixed(2)} ${r.height.toFixed(2)}`;
      }),
  );
}

/** Paints every occurrence of a few words, including one range across an element boundary. */
async function paint(page: Page, forceWrap: boolean) {
  const script = await page.addScriptTag({ content: bundle });
  await script.evaluate((s) => (s as Element).remove());
  return page.evaluate((forceWrap) => {
    const w = window as unknown as { CrossreadHighlight: typeof import('../../lib/highlight/highlighter'); h: unknown };
    const ranges: Range[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      for (const word of ['Troufanov', 'April 16, 2024', '498 days']) {
        for (let i = t.data.indexOf(word); i >= 0; i = t.data.indexOf(word, i + 1)) {
          const r = document.createRange();
          r.setStart(t, i);
          r.setEnd(t, i + word.length);
          ranges.push(r);
        }
      }
    }
    // A range that spans from inside one paragraph into the next one.
    const ps = document.querySelectorAll('p');
    const cross = document.createRange();
    cross.setStart(ps[1]!.firstChild!, 3);
    cross.setEnd(ps[2]!.firstChild!, 5);
    ranges.push(cross);
    const statuses = ['conflict', 'updated', 'variant', 'same', 'only', 'quiet'] as const;
    const h = w.CrossreadHighlight.createHighlighter(document, { forceWrap });
    const words = ranges.map((r) => r.toString());
    h.paint(ranges.map((range, i) => ({ id: String(i), mark: statuses[i % 6]!, range })));
    h.setActive('1');
    w.h = h;
    // Each claim's range still covers its words once painted (wrapping moves text nodes).
    return { mode: h.mode, count: ranges.length, intact: ranges.every((r, i) => r.toString() === words[i]) };
  }, forceWrap);
}

for (const forceWrap of [false, true]) {
  test(`highlighting does not move any element and leaves no trace (${forceWrap ? 'wrap fallback' : 'Highlight API'})`, async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    await page.goto(fixtureUrl('seeds/003.html'));
    const before = await boxes(page);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const textNodes = await page.evaluateHandle(() => {
      const out: Text[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
      return out;
    });
    const { mode, count, intact } = await paint(page, forceWrap);
    expect(intact).toBe(true);
    expect(mode).toBe(forceWrap ? 'wrap' : 'highlight-api');
    expect(count).toBeGreaterThan(5);
    if (forceWrap) expect(await page.locator('crossread-mark').count()).toBeGreaterThan(count - 1);
    else expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(3);
    expect(await boxes(page)).toEqual(before);

    await page.evaluate(() => (window as unknown as { h: { clear(): void } }).h.clear());
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(
      html,
    );
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // The same Text objects are back in place, not look-alike copies.
    const same = await page.evaluate((nodes) => nodes.every((t) => t.isConnected), textNodes);
    expect(same).toBe(true);
    await browser.close();
  });
}
