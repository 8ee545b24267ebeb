// `npm run bench:detect`: how well story detection picks the right story.
// 1. BASIL (../shared/corpus/basil): all 100 story definitions loaded at once, its 300 pages
//    analysed; a page's true story is its file name before "_". Precision = pages put on a story
//    that is theirs / pages put on any story; recall = pages put on their own story / all pages.
//    Every confusion (page → wrong story) is printed with both titles and the own story's verdict,
//    beside a naive baseline on the same pages and detection's speed with 100 stories loaded.
// 2. The 130 real pages of ../shared/corpus/real-pages, about no tracked story: all must stay off,
//    with the BASIL stories and with the built-in one.
// 3. The built-in story (public/stories) on the seeds (all on story), the off-story fixtures (all
//    off) and the held-out pages (their gold says which are near misses).
// Last line: {"precision": …, "recall": …, "wrong": …, "missed": …, "detectPerSecond": …,
// "realPagesBasil": …, "realPagesBuiltIn": …, "seeds": …, "offstory": …, "heldout": …}
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectStory, rankStories } from '../lib/engine/story-detect';
import type { StoryDefinition, StoryMatch } from '../lib/engine/types';
import { readArticle } from '../lib/page/read-article';
import { BUNDLED_STORIES, loadStories } from './analyze';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASIL = resolve(root, '..', 'shared', 'corpus', 'basil');
const SEEDS = resolve(root, '..', 'shared', 'corpus', 'seeds');

interface Page {
  file: string;
  title: string;
  match: StoryMatch;
  /** The verdict of a given story on the page, for the confusions. */
  verdictOf: (storyId: string) => string;
  input: { title: string; text: string; lang?: string };
}

function detectFile(path: string, stories: StoryDefinition[]): Page {
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  const page = readArticle(document as unknown as Document, {});
  const input = { title: page.title, text: page.text, lang: page.lang ?? undefined, outlet: page.outlet };
  const match = detectStory(input, stories);
  const verdictOf = (storyId: string) => {
    const v = rankStories(input, stories).find((r) => r.storyId === storyId);
    return v ? `${v.onStory ? 'on' : 'off'} ${v.score}: ${v.reasons.slice(0, 5).join('; ')}` : 'not loaded';
  };
  return { file: basename(path), title: page.title, match, verdictOf, input };
}

const htmlIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export interface BasilResult {
  precision: number;
  recall: number;
  right: number;
  wrong: number;
  missed: number;
  /** The baseline's precision and recall on the same pages. */
  baseline: { precision: number; recall: number };
  /** Detection alone (pages already read), with every story loaded: articles per CPU second. */
  perSecond: number;
  lines: string[];
}

/**
 * The baseline, measured on the same pages in the same run: the story whose people's surnames,
 * as typed, the page names most often (twice at least), with no spellings, no given names, no
 * weighing of names by how many stories share them.
 */
function baselineStory(input: { title: string; text: string }, stories: StoryDefinition[]): string | null {
  const text = `${input.title}\n${input.text}`;
  let best: { id: string; count: number } | null = null;
  for (const story of stories) {
    let count = 0;
    for (const person of story.people) {
      const surname = person.name.replace(/\s+(Jr|Sr|II|III)\.?$/, '').split(/\s+/).pop()!;
      count += text.split(new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')).length - 1;
    }
    if (count >= 2 && (!best || count > best.count)) best = { id: story.id, count };
  }
  return best?.id ?? null;
}

/** Detection over the BASIL pages with all its stories loaded. */
export function benchBasil(dir = BASIL, timing = true): BasilResult {
  const stories = loadStories(join(dir, 'stories'));
  const titles = new Map(stories.map((s) => [s.id, s.title]));
  const lines: string[] = [];
  let right = 0;
  let wrong = 0;
  let missed = 0;
  let baseRight = 0;
  let baseOn = 0;
  const inputs: { title: string; text: string }[] = [];
  for (const path of htmlIn(join(dir, 'pages'))) {
    const page = detectFile(path, stories);
    inputs.push(page.input);
    const truth = page.file.split('_')[0]!;
    const got = page.match.onStory ? page.match.storyId : null;
    const base = baselineStory(page.input, stories);
    if (base) baseOn++;
    if (base === truth) baseRight++;
    if (got === truth) right++;
    else if (got) {
      wrong++;
      lines.push(`WRONG  ${page.file} “${page.title}” (${titles.get(truth)}) → ${got.slice(0, 8)} “${titles.get(got)}” ${page.match.score}: ${page.match.reasons.slice(0, 3).join('; ')}`);
      lines.push(`         own story ${page.verdictOf(truth)}`);
    } else {
      missed++;
      lines.push(`MISSED ${page.file} “${page.title}” (${titles.get(truth)}): own story ${page.verdictOf(truth)}`);
    }
  }
  // Detection's own cost, at steady state (after the pass above warmed the caches and the JIT).
  const cpu = () => process.cpuUsage().user / 1000;
  let done = 0;
  const c0 = cpu();
  while (timing && cpu() - c0 < 1500) detectStory(inputs[done++ % inputs.length]!, stories);
  const perSecond = timing ? Math.round((done / (cpu() - c0)) * 1000) : 0;
  return { precision: ratio(right, right + wrong), recall: ratio(right, right + wrong + missed), right, wrong, missed, baseline: { precision: ratio(baseRight, baseOn), recall: ratio(baseRight, right + wrong + missed) }, perSecond, lines };
}

/** The built-in story on pages whose verdict is known: [file, expected onStory]. */
function benchBundled(pages: [string, boolean][]): { right: number; total: number; lines: string[] } {
  const stories = loadStories(BUNDLED_STORIES);
  const lines: string[] = [];
  let right = 0;
  for (const [path, expected] of pages) {
    const page = detectFile(path, stories);
    if (page.match.onStory === expected) right++;
    else lines.push(`${expected ? 'MISSED' : 'FALSE '} ${page.file} “${page.title}”; ${page.match.reasons.slice(0, 4).join('; ')}`);
  }
  return { right, total: pages.length, lines };
}

function main(): void {
  const out: Record<string, number | null> = { precision: null, recall: null, wrong: null, missed: null };
  if (existsSync(join(BASIL, 'stories'))) {
    const b = benchBasil();
    for (const l of b.lines) console.log(l);
    console.log(`BASIL: ${b.right} right, ${b.wrong} wrong, ${b.missed} missed; precision ${b.precision}, recall ${b.recall}`);
    console.log(`BASIL baseline (most-named surnames as typed): precision ${b.baseline.precision}, recall ${b.baseline.recall}`);
    console.log(`BASIL: detection with 100 stories loaded, ${b.perSecond} articles per CPU second`);
    Object.assign(out, { precision: b.precision, recall: b.recall, wrong: b.wrong, missed: b.missed, detectPerSecond: b.perSecond });
  } else console.log(`BASIL skipped: ${BASIL} is absent`);

  // Real pages of all kinds (../shared/corpus/real-pages), none about a tracked story: every one
  // must stay off, with the 100 BASIL stories loaded and with the built-in one.
  const realDir = resolve(root, '..', 'shared', 'corpus', 'real-pages');
  if (existsSync(realDir)) {
    const real = readdirSync(realDir).filter((d) => existsSync(join(realDir, d, 'source.html'))).sort().map((d) => join(realDir, d, 'source.html'));
    const sets: [string, StoryDefinition[]][] = [['BASIL stories', existsSync(join(BASIL, 'stories')) ? loadStories(join(BASIL, 'stories')) : []], ['built-in story', loadStories(BUNDLED_STORIES)]];
    for (const [name, stories] of sets) {
      if (!stories.length) continue;
      let on = 0;
      for (const path of real) {
        let page: Page;
        try {
          page = detectFile(path, stories);
        } catch {
          continue; // not an article: nothing to put on a story
        }
        if (!page.match.onStory) continue;
        on++;
        console.log(`real pages, ${name}: FALSE ${basename(dirname(path))} “${page.title}” → ${page.match.storyId}; ${page.match.reasons.slice(0, 3).join('; ')}`);
      }
      console.log(`real pages, ${name}: ${real.length - on}/${real.length} off story`);
      out[name === 'built-in story' ? 'realPagesBuiltIn' : 'realPagesBasil'] = ratio(real.length - on, real.length);
    }
  }

  const heldoutDir = join(root, 'tests', 'fixtures', 'heldout');
  const gold = JSON.parse(readFileSync(join(heldoutDir, 'heldout.gold.json'), 'utf8')) as { articles: Record<string, { page: string; onStory: boolean }> };
  const sets: [string, [string, boolean][]][] = [
    ['seeds', existsSync(SEEDS) ? htmlIn(SEEDS).map((p): [string, boolean] => [p, true]) : []],
    ['offstory', htmlIn(join(root, 'tests', 'fixtures', 'offstory')).map((p): [string, boolean] => [p, false])],
    ['heldout', Object.values(gold.articles).map((a): [string, boolean] => [join(heldoutDir, basename(a.page)), a.onStory])],
  ];
  for (const [name, pages] of sets) {
    const r = benchBundled(pages);
    for (const l of r.lines) console.log(`${name}: ${l}`);
    console.log(`${name}: ${r.right}/${r.total} right`);
    out[name] = r.total ? ratio(r.right, r.total) : null;
  }
  console.log(JSON.stringify(out));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
