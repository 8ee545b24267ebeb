// `npm run analyze -- [--json] PAGE…`: reads saved news pages, finds their claims and compares
// them across sources with the same engine the extension runs. With no pages it analyses the
// bundled corpus of the built-in story. --json prints the evaluation JSON and nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeArticle, linkArticles } from '../lib/engine';
import type { AnalyzedArticle, Claim, ClaimLink, StoryDefinition } from '../lib/engine';
import { parseStoryDefinition } from '../lib/engine/story-definition';
import { readArticle } from '../lib/page/read-article';
import { groupTopics } from '../lib/report/topic-groups';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const BUNDLED_STORIES = join(root, 'public', 'stories');

/** The story definitions of a folder; a file that is not one is reported by name and skipped. */
export function loadStories(dir = BUNDLED_STORIES, report: (line: string) => void = (l) => console.error(l)): StoryDefinition[] {
  const stories: StoryDefinition[] = [];
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const path = join(dir, f);
    try {
      stories.push(parseStoryDefinition(JSON.parse(readFileSync(path, 'utf8'))));
    } catch (e) {
      const why = e instanceof SyntaxError ? `is not valid JSON (${e.message.split('\n')[0]})` : (e as Error).message;
      report(`error: story ${path}: ${why}`);
    }
  }
  return stories;
}

export interface PageResult {
  source: string;
  article?: AnalyzedArticle;
  error?: string;
}

/** Reads one saved page into an analysed article, or a one-line reason it could not. */
export function analyzeFile(path: string, key: string, stories: StoryDefinition[]): PageResult {
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch (e) {
    return { source: path, error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (!html.trim()) return { source: path, error: 'the file is empty' };
  if (!/<(html|body|p|article|div|h1)[\s>]/i.test(html.slice(0, 200000))) return { source: path, error: 'not an HTML page' };
  try {
    const { document } = parseHTML(html);
    const page = readArticle(document as unknown as Document, {});
    const article = analyzeArticle(
      { key, url: page.canonicalUrl, outlet: page.outlet, title: page.title, published: page.published, text: page.text, lang: page.lang ?? undefined },
      stories,
    );
    return { source: path, article };
  } catch (e) {
    return { source: path, error: (e as Error).message.split('\n')[0]! };
  }
}

/** Only articles on the same story are compared: a near miss shares words, not facts. */
export function linkByStory(articles: AnalyzedArticle[]): ClaimLink[] {
  const byStory = new Map<string, AnalyzedArticle[]>();
  for (const a of articles) if (a.story.onStory && a.story.storyId) byStory.set(a.story.storyId, [...(byStory.get(a.story.storyId) ?? []), a]);
  return [...byStory.values()].flatMap((group) => linkArticles(group));
}

function uniqueKeys(paths: string[]): string[] {
  const seen = new Map<string, number>();
  return paths.map((p) => {
    const base = basename(p, extname(p));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}~${n}` : base;
  });
}

const VERDICT: Record<string, string> = { conflict: 'CONFLICTS', updated: 'updated since', variant: 'spelled differently', same: 'agrees' };

function printReport(results: PageResult[], links: ClaimLink[]): void {
  const articles = results.flatMap((r) => (r.article ? [r.article] : []));
  const label = (a: AnalyzedArticle) => `${a.outlet ?? a.key}${a.published ? `, ${a.published}` : ''}`;
  for (const r of results) {
    if (!r.article) continue;
    const a = r.article;
    console.log(`${a.key}  ${a.story.onStory ? 'ON STORY ' : 'off story'}  ${label(a)} — ${a.title}`);
    console.log(`     ${a.claims.length} claims; ${a.story.reasons.slice(0, 3).join('; ')}`);
  }
  const groups = groupTopics(articles, links);
  console.log(`\n${groups.length} topics stated by more than one source (conflicts first):\n`);
  for (const g of groups) {
    console.log(`● ${g.about} — ${VERDICT[g.verdict]}`);
    for (const { article, claim } of g.entries) {
      console.log(`    ${JSON.stringify(claim.written)} (${label(article)}): “${claim.quote.length > 140 ? claim.quote.slice(0, 137) + '…' : claim.quote}”`);
    }
  }
  const linked = new Set(links.flatMap((l) => [l.a, l.b]));
  for (const a of articles.filter((x) => x.story.onStory)) {
    const only = a.claims.filter((c) => !linked.has(c.id) && c.kind !== 'name');
    if (only.length) console.log(`\nOnly in ${label(a)}: ${only.map((c) => JSON.stringify(c.written)).join(', ')}`);
  }
}

/** A value as the engine holds it: an interval for figures, dates from–to, the words of a quotation. */
function valueLabel(c: Claim): string {
  const v = c.value;
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(6).replace(/\.?0+$/, ''));
  if (v.type === 'number') return v.low === v.high ? n(v.value) : `${n(v.value)} [${n(v.low)}, ${n(v.high)}] ${v.hedge}`;
  if (v.type === 'date') return `${v.start ?? '?'}${v.end && v.end !== v.start ? ' – ' + v.end : ''} (${v.granularity}${v.yearKnown ? '' : ', year implied'})`;
  if (v.type === 'name') return `${v.role} ${v.key}`;
  if (v.type === 'quote') return `speaker ${v.speaker ?? '?'}`;
  return v.statement;
}

/**
 * `--frames`: each claim's frame (subject, predicate, measure, value, time, modality,
 * qualifiers) and its links, so a wrong comparison can be traced to the stage that made it.
 */
function printFrames(results: PageResult[], links: ClaimLink[]): void {
  const linksOf = new Map<string, string[]>();
  for (const l of links) {
    for (const [x, y] of [[l.a, l.b], [l.b, l.a]] as const) linksOf.set(x, [...(linksOf.get(x) ?? []), `${l.relation} ${y} (${l.confidence.toFixed(2)})`]);
  }
  for (const r of results) {
    if (!r.article) continue;
    const a = r.article;
    console.log(`${a.key}  ${a.story.onStory ? `ON STORY ${a.story.storyId}` : 'off story'}  ${a.outlet ?? ''} ${a.published ?? `as of ${a.asOf ?? '?'}`} — ${a.title}`);
    for (const c of a.claims) {
      if (c.kind === 'name') continue;
      const f = c.frame;
      const parts = [
        `subject=${f?.subject ?? '-'}`, `predicate=${f?.predicate ?? f?.event ?? '-'}`, `measure=${f?.measure ?? (c.value.type === 'number' ? c.value.unit : c.kind)}`,
        `value=${valueLabel(c)}`, `time=${a.published ?? a.asOf ?? '?'}`, `modality=${f?.modality ?? 'asserted'}${f?.running ? ' running' : ''}`,
        `qualifiers=${f?.scope.length ? f.scope.join(',') : '-'}`,
      ];
      console.log(`  ${c.id} ${c.kind} ${JSON.stringify(c.written)} [${c.topic}]`);
      console.log(`      ${parts.join('  ')}`);
      if (f?.near?.length) console.log(`      words: ${f.near.join(' ')}`);
      for (const l of linksOf.get(c.id) ?? []) console.log(`      → ${l}`);
    }
  }
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const frames = argv.includes('--frames');
  const storiesAt = argv.indexOf('--stories');
  const storiesDir = storiesAt >= 0 ? argv[storiesAt + 1] : undefined;
  if (storiesAt >= 0 && (!storiesDir || storiesDir.startsWith('--'))) {
    console.error('error: --stories needs a folder of story definitions (JSON)');
    return 2;
  }
  let paths = argv.filter((a, i) => !a.startsWith('--') && !(storiesAt >= 0 && i === storiesAt + 1));
  if (!paths.length) {
    const dir = join(root, 'public', 'corpus');
    paths = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
  }
  let stories: StoryDefinition[];
  try {
    stories = loadStories(storiesDir ?? BUNDLED_STORIES);
  } catch (e) {
    console.error(`error: --stories ${storiesDir}: cannot read the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return 2;
  }
  if (!stories.length) {
    console.error(`error: no usable story definition in ${storiesDir ?? BUNDLED_STORIES}`);
    return 2;
  }
  const keys = uniqueKeys(paths);
  const results = paths.map((p, i) => analyzeFile(p, keys[i]!, stories));
  for (const r of results) if (r.error) console.error(`error: ${r.source}: ${r.error}`);
  const articles = results.flatMap((r) => (r.article ? [r.article] : []));
  const links = linkByStory(articles);
  if (json) {
    const out = {
      articles: results.flatMap((r) =>
        r.article
          ? [{
              source: r.source, key: r.article.key, onStory: r.article.story.onStory, storyId: r.article.story.storyId, story: r.article.story, outlet: r.article.outlet,
              title: r.article.title, published: r.article.published, asOf: r.article.asOf, text: r.article.text,
              claims: r.article.claims.map((c) => ({ id: c.id, kind: c.kind, start: c.start, end: c.end, written: c.written, about: c.about, topic: c.topic, frame: c.frame, quote: c.quote })),
            }]
          : [],
      ),
      links: links.map((l) => ({ a: l.a, b: l.b, relation: l.relation, confidence: l.confidence })),
    };
    process.stdout.write(JSON.stringify(out) + '\n');
  } else if (frames) printFrames(results, links);
  else printReport(results, links);
  return articles.length ? 0 : 1;
}

// Run as a program only when this file is the one started (not when bundled into a benchmark).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && /analyze\.ts$/.test(process.argv[1])) {
  // `npm run analyze | head`: a reader who stops reading is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
