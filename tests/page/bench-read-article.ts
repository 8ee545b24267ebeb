// Times readArticle against Readability alone (clone + parse, what any Readability-based reader
// pays) on the heavy pages, in Node with linkedom. Run: npx tsx tests/page/bench-read-article.ts
import { Readability } from '@mozilla/readability';
import { readArticle } from '../../lib/page/read-article';
import { quickStoryCheck } from '../../lib/page/quick-check';
import type { StoryDefinition } from '../../lib/engine/types';
import { fixtureHtml, loadFixture } from './load-fixture';

const RUNS = 15;
const story = JSON.parse(fixtureHtml('../../public/stories/trufanov.json')) as StoryDefinition;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const start = performance.now();
    run();
    if (i >= 3) samples.push(performance.now() - start);
  }
  return median(samples);
}

const rows: string[] = [];
for (const id of ['000', '001', '002', '003', '004']) {
  const doc = loadFixture(`heavy/${id}.html`);
  const elements = doc.querySelectorAll('*').length;
  const readabilityMs = time(() => {
    new Readability(doc.cloneNode(true) as Document).parse();
  });
  const parseOnlyMs = (() => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const clone = doc.cloneNode(true) as Document;
      const start = performance.now();
      new Readability(clone).parse();
      if (i >= 3) samples.push(performance.now() - start);
    }
    return median(samples);
  })();
  const readMs = time(() => readArticle(doc));
  const quickMs = time(() => quickStoryCheck(doc, [story]));
  const textContentMs = time(() => void doc.body.textContent);
  rows.push(
    `heavy/${id}  ${elements} elements  Readability clone+parse ${readabilityMs.toFixed(1)} ms (parse only ${parseOnlyMs.toFixed(1)} ms)  ` +
      `readArticle ${readMs.toFixed(1)} ms (${(readMs / parseOnlyMs).toFixed(2)}× parse)  ` +
      `quickStoryCheck ${quickMs.toFixed(2)} ms (body.textContent alone ${textContentMs.toFixed(2)} ms)`,
  );
}
console.log(rows.join('\n'));
