// Runs readArticle, Readability alone and quickStoryCheck inside Chromium on the heavy pages, to
// check the reader works on a real DOM and to time it where it will run (the content script).
// Run: npx tsx tests/page/browser-bench.ts   (uses /usr/bin/chromium, never downloads a browser)
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const entry = `
import { Readability } from '@mozilla/readability';
import { readArticle } from './lib/page/read-article';
import { copyPage } from './lib/page/page-copy';
import { rangeForOffsets } from './lib/page/text-map';
import { quickStoryCheck } from './lib/page/quick-check';
import story from './public/stories/trufanov.json';
function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
function time(fn, runs = 15) { const out = []; for (let i = 0; i < runs + 3; i++) { const t = performance.now(); fn(); if (i >= 3) out.push(performance.now() - t); } return median(out); }
window.__bench = () => {
  const before = document.documentElement.outerHTML;
  const article = readArticle(document, { url: location.href });
  const unchanged = document.documentElement.outerHTML === before;
  // Plain link lists judged without the walk (native selectors and XPath here): the same copy.
  const copyOf = (linkLists) => { const p = copyPage(document, true, { linkLists }); return [p.copy.documentElement.outerHTML, p.headings.length, p.captions.length, p.standfirsts.length, p.times.length, p.metas.length, p.jsonLd.join()].join('|'); };
  const walkedTexts = copyPage(document, true, { linkLists: false }).textInfo.size;
  const judgedTexts = copyPage(document, true).textInfo.size;
  const sameAsWalk = copyOf(true) === copyOf(false) && judgedTexts < walkedTexts;
  const i = article.text.indexOf('Trufanov') >= 0 ? article.text.indexOf('Trufanov') : article.text.indexOf('Troufanov');
  const range = rangeForOffsets(article.textMap, i, i + 8);
  const parseTimes = [];
  for (let k = 0; k < 18; k++) { const clone = document.cloneNode(true); const t = performance.now(); new Readability(clone).parse(); if (k >= 3) parseTimes.push(performance.now() - t); }
  return {
    unchanged,
    sameAsWalk,
    texts: judgedTexts + ' of ' + walkedTexts,
    range: range ? range.toString() : null,
    blocks: article.blocks.length,
    captions: article.blocks.filter((b) => b.kind === 'caption').length,
    readabilityCloneParse: time(() => new Readability(document.cloneNode(true)).parse()),
    readabilityParseOnly: median(parseTimes),
    readArticle: time(() => readArticle(document)),
    quickStoryCheck: time(() => quickStoryCheck(document, [story]), 50),
  };
};
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
});
const script = bundle.outputFiles[0]!.text;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const id of ['000', '001', '002', '003', '004']) {
  await page.goto(`file://${root}tests/fixtures/heavy/${id}.html`);
  await page.addScriptTag({ content: script });
  const result = await page.evaluate(() => (window as unknown as { __bench: () => Record<string, unknown> }).__bench());
  const ms = (v: unknown) => `${(v as number).toFixed(2)} ms`;
  console.log(
    `heavy/${id}: readArticle ${ms(result.readArticle)} | Readability parse ${ms(result.readabilityParseOnly)} (clone+parse ${ms(result.readabilityCloneParse)}) | ` +
      `quickStoryCheck ${ms(result.quickStoryCheck)} | page unchanged ${result.unchanged} | link lists judged as walked ${result.sameAsWalk} (text nodes visited ${result.texts}) | range "${result.range}" | ${result.blocks} blocks, ${result.captions} captions`,
  );
}
await browser.close();
