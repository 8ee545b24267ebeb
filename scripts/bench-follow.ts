// `npm run bench:follow [-- DIR]`: does "Follow this story" find a story's other coverage?
// For each event of the BASIL corpus (100 events × 3 outlets, ../shared/corpus/basil), a story
// is proposed from its first article (`_1`) alone, as the popup does; then detection runs over
// all 300 pages with the 100 proposed stories loaded at once.
//   recall: of the other 200 articles, the share detected on their own event's proposed story;
//   precision: of the articles detected on a proposed story, the share that belong to its event.
// Prints both, the first articles' own figure and the worst confusions; the last line is JSON.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../lib/engine';
import type { ArticleInput, StoryDefinition } from '../lib/engine';
import { proposeStory } from '../lib/engine/propose-story';
import { parseStoryDefinition } from '../lib/engine/story-definition';
import { readArticle } from '../lib/page/read-article';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Page {
  file: string;
  event: string;
  first: boolean;
  input: ArticleInput;
}

function readPage(file: string): Page {
  const name = basename(file, '.html');
  const m = /^(.+)_(\d+)$/.exec(name);
  if (!m) throw new Error(`${file}: expected <event>_<n>.html`);
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const page = readArticle(document as unknown as Document, {});
  const input: ArticleInput = {
    key: name,
    url: page.canonicalUrl,
    outlet: page.outlet,
    title: page.title,
    published: page.published,
    text: page.text,
    ...(page.lang ? { lang: page.lang } : {}),
  };
  return { file: name, event: m[1]!, first: m[2] === '1', input };
}

export interface FollowResult {
  recall: number;
  precision: number;
  firstRecall: number;
  stories: number;
  detected: number;
  /** The report, line by line. */
  lines: string[];
}

/** Proposes a story from each event's first page in DIR, detects all pages against them all. */
export function benchFollow(dir: string, verbose = false): FollowResult {
  const out: string[] = [];
  const log = (line: string) => out.push(line);
  const t0 = performance.now();
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => readPage(join(dir, f)));
  const t1 = performance.now();

  const stories: StoryDefinition[] = [];
  const unproposed: string[] = [];
  for (const page of pages.filter((p) => p.first)) {
    const proposal = proposeStory(page.input);
    try {
      stories.push(parseStoryDefinition({ id: page.event, ...proposal, enabled: true }));
    } catch (e) {
      unproposed.push(`${page.file}: ${(e as Error).message}`);
    }
    if (verbose) {
      log(`${page.file} “${proposal.title}”`);
      log(`  people: ${proposal.people.map((p) => `${p.name}${p.weight === 'core' ? '*' : ''}`).join(', ')}`);
      log(`  places: ${proposal.places.map((p) => p.name).join(', ')}`);
      log(`  terms:  ${proposal.terms.join(', ')}`);
    }
  }
  const t2 = performance.now();

  const titles = new Map(stories.map((s) => [s.id, s.title]));
  const detected = pages.map((p) => ({ page: p, match: analyzeArticle(p.input, stories).story }));
  const t3 = performance.now();

  const others = detected.filter((d) => !d.page.first);
  const firsts = detected.filter((d) => d.page.first);
  const onOwn = (d: (typeof detected)[number]) => d.match.onStory && d.match.storyId === d.page.event;
  const onAny = detected.filter((d) => d.match.onStory && d.match.storyId);
  const recall = others.filter(onOwn).length / others.length;
  const precision = onAny.length ? onAny.filter(onOwn).length / onAny.length : 0;
  const otherOnAny = others.filter((d) => d.match.onStory && d.match.storyId);
  const otherPrecision = otherOnAny.length ? otherOnAny.filter(onOwn).length / otherOnAny.length : 0;
  const firstRecall = firsts.filter(onOwn).length / firsts.length;

  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  log(`bench:follow — ${pages.length} pages, ${stories.length} proposed stories (${unproposed.length} events without a proposal)`);
  for (const u of unproposed) log(`  no proposal: ${u}`);
  log(`other articles found on their own story (recall):  ${others.filter(onOwn).length}/${others.length} = ${pct(recall)}`);
  log(`detected articles on the right story (precision): ${onAny.filter(onOwn).length}/${onAny.length} = ${pct(precision)} (other articles only: ${pct(otherPrecision)})`);
  log(`first articles found on the story proposed from them: ${firsts.filter(onOwn).length}/${firsts.length} = ${pct(firstRecall)}`);

  // Confusions: an article put on another event's story, counted by the story that took it.
  const wrong = onAny.filter((d) => !onOwn(d));
  const takers = new Map<string, string[]>();
  for (const d of wrong) takers.set(d.match.storyId!, [...(takers.get(d.match.storyId!) ?? []), d.page.file]);
  log(`\nworst confusions (${wrong.length} articles on another event's story):`);
  for (const [id, files] of [...takers].sort((a, b) => b[1].length - a[1].length).slice(0, 10)) {
    log(`  “${titles.get(id)}” took ${files.length}: ${files.slice(0, 4).map((f) => `“${pages.find((p) => p.file === f)!.input.title.slice(0, 60)}”`).join('; ')}`);
  }
  const missed = others.filter((d) => !onOwn(d));
  log(`\nmissed (${missed.length} other articles not on their own story), first 12:`);
  for (const d of missed.slice(0, 12)) {
    const why = d.match.onStory ? `on “${titles.get(d.match.storyId!)?.slice(0, 50)}”` : `off: ${d.match.reasons.slice(0, 2).join('; ')}`;
    log(`  ${d.page.file} “${d.page.input.title.slice(0, 60)}” → ${why}`);
  }
  log(`\nread ${Math.round(t1 - t0)} ms, propose ${Math.round(t2 - t1)} ms (${((t2 - t1) / Math.max(1, stories.length)).toFixed(1)} ms each), detect ${Math.round(t3 - t2)} ms`);

  return { recall: round(recall), precision: round(precision), firstRecall: round(firstRecall), stories: stories.length, detected: onAny.length, lines: out };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function main(): number {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const dir = resolve(args[0] ?? join(root, '..', 'shared', 'corpus', 'basil', 'pages'));
  if (!existsSync(dir)) {
    console.error(`bench:follow needs the BASIL pages at ${dir} (../shared/corpus/basil/pages); pass another folder as the first argument.`);
    return 2;
  }
  const { lines, ...figures } = benchFollow(dir, process.argv.includes('--verbose'));
  for (const line of lines) console.log(line);
  console.log(JSON.stringify(figures));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
