// CPU time per stage of the engine benchmark's pipeline (parseHTML → readArticle → detectStory →
// extractClaims) on the seed pages, measured with process.cpuUsage so a loaded machine does not
// blur it. Run: npx tsx tests/page/bench-stages.ts [--heavy] [--rounds N]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectStory } from '../../lib/engine/story-detect';
import { extractClaims } from '../../lib/engine/claims';
import { storyNames } from '../../lib/engine/analyze';
import type { StoryDefinition } from '../../lib/engine/types';
import { readArticle } from '../../lib/page/read-article';

const root = join(import.meta.dirname, '..', '..');
const heavy = process.argv.includes('--heavy');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : heavy ? 10 : 100;
const dir = heavy ? join(root, 'tests', 'fixtures', 'heavy') : join(root, 'public', 'corpus');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const storyDir = join(root, 'public', 'stories');
const stories = readdirSync(storyDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(storyDir, f), 'utf8')) as StoryDefinition);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const totals = { parseHTML: 0, readArticle: 0, detectStory: 0, extractClaims: 0 };
let n = 0;
const names = storyNames(stories);
for (let r = 0; r < rounds + 2; r++) {
  for (const html of pages) {
    const measure = r >= 2;
    let t = cpu();
    const { document } = parseHTML(html);
    let t2 = cpu();
    if (measure) totals.parseHTML += t2 - t;
    t = t2;
    const page = readArticle(document as unknown as Document);
    t2 = cpu();
    if (measure) totals.readArticle += t2 - t;
    t = t2;
    detectStory({ title: page.title, text: page.text, lang: page.lang ?? undefined }, stories);
    t2 = cpu();
    if (measure) totals.detectStory += t2 - t;
    t = t2;
    extractClaims({ key: 'k', url: null, outlet: page.outlet, title: page.title, published: page.published, text: page.text, lang: page.lang ?? undefined }, names);
    t2 = cpu();
    if (measure) totals.extractClaims += t2 - t;
    if (measure) n++;
  }
}
const per = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round((v / n) * 1000) / 1000]));
const sum = Object.values(totals).reduce((a, b) => a + b, 0) / n;
console.log(JSON.stringify({ pages: heavy ? 'heavy' : 'seeds', n, msPerPage: per, total: Math.round(sum * 1000) / 1000, articlesPerCpuSecond: Math.round(1000 / sum) }));
