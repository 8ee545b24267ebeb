// How much of each real page's article the reader keeps, against Mozilla Readability's own
// reference output (../shared/corpus/real-pages/*/expected.html), with plain Readability run on
// the same linkedom DOM in the same run as the baseline.
//
// Per page and in total: word precision / recall / F1 of our body text (every block but the
// headline: standfirst, captions and body paragraphs, as Readability's content holds them) and of
// our whole text (with the headline), the same for plain Readability's textContent,
// publication date and site name against expected-metadata.json, and time per page for both
// (Readability timed as clone + parse: it consumes its document, the reader leaves the page as it is).
//
// Usage: npm run bench:extract [-- --dropped] [-- --page NAME] [-- --runs N] [-- --dir PATH]
//   --dropped  prints, page by page, the expected paragraphs we leave out (most of their words missing)
// The last line printed is the JSON summary.
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { NoArticleError, readArticle, type ReadArticle } from '../lib/page/read-article';
import { isoDate } from '../lib/page/page-metadata';
import { compareWords, wordsOf, type WordScore } from '../lib/page/word-score';

const root = resolve(import.meta.dirname, '..');
/** The shared corpus of real pages, beside the repository. */
export const REAL_PAGES_DIR = resolve(root, '../shared/corpus/real-pages');

/** The URL Readability's own test suite reads every page at. */
const PAGE_URL = 'http://fakehost/test/page.html';

interface Expected {
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** Site names compared without case, spaces or punctuation ("HeraldSun" = "Herald Sun"). */
function siteKey(name: string): string {
  return name.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The text of each paragraph-like block of the expected article. */
function expectedParagraphs(doc: Document): string[] {
  const out: string[] = [];
  doc.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, pre, figcaption, dd, dt').forEach((el) => {
    if (el.querySelector('p, li, td, blockquote, pre')) return;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  });
  return out;
}

export interface Row {
  name: string;
  readerable: boolean;
  body: WordScore;
  whole: WordScore;
  readability: WordScore;
  error: string | null;
  readabilityFound: boolean;
  date: 'right' | 'wrong' | null;
  site: 'right' | 'wrong' | null;
  gotDate: string | null;
  wantDate: string | null;
  gotSite: string | null;
  wantSite: string | null;
  ourMs: number;
  /** Readability's clone of the page and its parse. */
  readabilityMs: number;
  /** Its parse alone. */
  readabilityParseMs: number;
  dropped: string[];
}

/** The article without its headline: standfirst, captions and body, what Readability's content holds. */
function bodyText(article: ReadArticle): string {
  return article.blocks.filter((b) => b.kind !== 'title').map((b) => article.text.slice(b.start, b.end)).join('\n\n');
}

/** Reads one page with the reader and with plain Readability, `runs` times each, and scores both. */
export function benchPage(dir: string, name: string, runs = 1, showDropped = false): Row | null {
  const pageDir = join(dir, name);
  const sourcePath = join(pageDir, 'source.html');
  const expectedPath = join(pageDir, 'expected.html');
  if (!existsSync(sourcePath) || !existsSync(expectedPath)) return null;
  const source = readFileSync(sourcePath, 'utf8');
  const expectedDoc = parse(`<html><body>${readFileSync(expectedPath, 'utf8')}</body></html>`);
  const expectedWords = wordsOf(expectedDoc.body.textContent ?? '');
  const metaPath = join(pageDir, 'expected-metadata.json');
  const meta: Expected = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};

  const doc = parse(source);
  let article: ReadArticle | null = null;
  let error: string | null = null;
  const ourTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    try {
      article = readArticle(doc, { url: PAGE_URL });
    } catch (e) {
      error = e instanceof NoArticleError ? 'NoArticleError' : String((e as Error).stack ?? e);
    }
    ourTimes.push(performance.now() - start);
  }
  let readabilityText = '';
  let readabilityFound = false;
  const readabilityTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const clone = doc.cloneNode(true) as Document;
    const parseStart = performance.now();
    const result = new Readability(clone).parse();
    const end = performance.now();
    readabilityTimes.push(end - start);
    parseTimes.push(end - parseStart);
    readabilityText = result?.textContent ?? '';
    readabilityFound = !!result && readabilityText.trim().length > 0;
  }

  const ourBody = article ? bodyText(article) : '';
  const ourWhole = article ? article.text : '';
  const ourBodyWords = wordsOf(ourBody);
  const ourWholeWords = wordsOf(ourWhole);

  const wantDate = meta.publishedTime ? isoDate(meta.publishedTime) : null;
  const gotDate = article?.published ?? null;
  const wantSite = meta.siteName ?? null;
  const gotSite = article?.outlet ?? null;

  const dropped: string[] = [];
  if (showDropped) {
    const have = new Set(ourWholeWords);
    for (const paragraph of expectedParagraphs(expectedDoc)) {
      const words = wordsOf(paragraph);
      if (words.length === 0) continue;
      const missing = words.filter((w) => !have.has(w)).length;
      if (missing * 2 > words.length) dropped.push(paragraph.length > 160 ? `${paragraph.slice(0, 157)}…` : paragraph);
    }
  }

  return {
    name,
    readerable: meta.readerable !== false,
    body: compareWords(ourBodyWords, expectedWords),
    whole: compareWords(ourWholeWords, expectedWords),
    readability: compareWords(wordsOf(readabilityText), expectedWords),
    error,
    readabilityFound,
    date: wantDate ? (gotDate === wantDate ? 'right' : 'wrong') : null,
    site: wantSite ? (gotSite && siteKey(gotSite) === siteKey(wantSite) ? 'right' : 'wrong') : null,
    gotDate,
    wantDate,
    gotSite,
    wantSite,
    ourMs: median(ourTimes),
    readabilityMs: median(readabilityTimes),
    readabilityParseMs: median(parseTimes),
    dropped,
  };
}

export interface Summary {
  bodyRecall: number;
  bodyPrecision: number;
  wholeRecall: number;
  readabilityRecall: number;
  pagesBelow09: number;
  throws: number;
  dateAccuracy: number;
  siteAccuracy: number;
  timeRatio: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = option('--dir') ? resolve(option('--dir')!) : REAL_PAGES_DIR;
  const runs = Number(option('--runs') ?? 3);
  const onlyPage = option('--page');
  const showDropped = args.includes('--dropped');
  if (!existsSync(dir)) {
    console.error(`bench:extract: ${dir} is absent (the shared real-pages corpus); nothing to measure.`);
    process.exit(2);
  }
  const names = realPageNames(dir).filter((name) => !onlyPage || name === onlyPage);
  const rows: Row[] = [];
  const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
  const f = (x: number) => x.toFixed(3);
  console.log(`${pad('page', 34)} body P/R/F1           whole P/R/F1          readability P/R/F1    ours ms  rdb ms  date  site`);
  for (const name of names) {
    const row = benchPage(dir, name, runs, showDropped);
    if (!row) continue;
    rows.push(row);
    const score = (s: WordScore) => `${f(s.precision)} ${f(s.recall)} ${f(s.f1)}`;
    const mark = (v: 'right' | 'wrong' | null) => (v === null ? '  - ' : v === 'right' ? ' ok ' : 'MISS');
    process.stdout.write(
      `${pad(name + (row.readerable ? '' : ' (nr)'), 34)} ${score(row.body)}   ${score(row.whole)}   ${score(row.readability)}   ${row.ourMs.toFixed(1).padStart(6)}  ${row.readabilityMs.toFixed(1).padStart(6)}  ${mark(row.date)}  ${mark(row.site)}${row.error ? `  ERROR ${row.error.split('\n')[0]}` : ''}\n`,
    );
    if (row.date === 'wrong') console.log(`    date: got ${row.gotDate}, expected ${row.wantDate}`);
    if (row.site === 'wrong') console.log(`    site: got ${row.gotSite}, expected ${row.wantSite}`);
    if (showDropped && row.dropped.length) {
      console.log(`    dropped (${row.dropped.length} expected paragraphs mostly missing):`);
      for (const p of row.dropped) console.log(`      - ${p}`);
    }
  }

  const summary = summarise(rows);
  const f3 = (x: number) => x.toFixed(3);
  const articles = rows.filter((r) => r.readerable);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const dated = rows.filter((r) => r.date !== null);
  const sited = rows.filter((r) => r.site !== null);
  const ourTotal = rows.reduce((t, r) => t + r.ourMs, 0);
  const readabilityTotal = rows.reduce((t, r) => t + r.readabilityMs, 0);
  const throwsOnNonArticles = rows.filter((r) => !r.readerable && r.error && r.readabilityFound).map((r) => r.name);
  console.log('');
  console.log(`pages ${rows.length} (articles ${articles.length})`);
  console.log(`all pages  body P ${f3(mean(rows.map((r) => r.body.precision)))} R ${f3(mean(rows.map((r) => r.body.recall)))} F1 ${f3(mean(rows.map((r) => r.body.f1)))}   whole P ${f3(mean(rows.map((r) => r.whole.precision)))} R ${f3(mean(rows.map((r) => r.whole.recall)))} F1 ${f3(mean(rows.map((r) => r.whole.f1)))}`);
  console.log(`articles   body P ${f3(mean(articles.map((r) => r.body.precision)))} R ${f3(mean(articles.map((r) => r.body.recall)))} F1 ${f3(mean(articles.map((r) => r.body.f1)))}   whole P ${f3(mean(articles.map((r) => r.whole.precision)))} R ${f3(mean(articles.map((r) => r.whole.recall)))} F1 ${f3(mean(articles.map((r) => r.whole.f1)))}`);
  console.log(`readability on articles  P ${f3(mean(articles.map((r) => r.readability.precision)))} R ${f3(mean(articles.map((r) => r.readability.recall)))} F1 ${f3(mean(articles.map((r) => r.readability.f1)))}`);
  console.log(`date ${dated.filter((r) => r.date === 'right').length}/${dated.length}, site ${sited.filter((r) => r.site === 'right').length}/${sited.length}`);
  const parseTotal = rows.reduce((t, r) => t + r.readabilityParseMs, 0);
  console.log(
    `time ours ${ourTotal.toFixed(0)} ms, readability (clone + parse) ${readabilityTotal.toFixed(0)} ms, ratio ${f3(ourTotal / readabilityTotal)}; ` +
      `against its parse alone (${parseTotal.toFixed(0)} ms) ${f3(ourTotal / parseTotal)} (median of ${runs} runs per page)`,
  );
  console.log(`articles below 0.9 body recall (${summary.pagesBelow09}): ${belowNames(rows).join(', ') || 'none'}`);
  console.log(`articles that throw where Readability reads (${summary.throws}): ${throwNames(rows).join(', ') || 'none'}`);
  console.log(`non-articles (readerable false) judged no article, where Readability returns a fragment (${throwsOnNonArticles.length}): ${throwsOnNonArticles.join(', ') || 'none'}`);
  console.log(JSON.stringify(summary));
}

/** Articles (readerable not false) whose body recall is below 0.9. */
export function belowNames(rows: readonly Row[]): string[] {
  return rows.filter((r) => r.readerable && r.body.recall < 0.9).map((r) => r.name);
}

/** Articles the reader finds none in where plain Readability returns one. */
export function throwNames(rows: readonly Row[]): string[] {
  return rows.filter((r) => r.readerable && r.error && r.readabilityFound).map((r) => r.name);
}

/** The figures of a run: means over the articles (readerable not false), as the floors are stated. */
export function summarise(rows: readonly Row[]): Summary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const articles = rows.filter((r) => r.readerable);
  const dated = rows.filter((r) => r.date !== null);
  const sited = rows.filter((r) => r.site !== null);
  const ourTotal = rows.reduce((t, r) => t + r.ourMs, 0);
  const readabilityTotal = rows.reduce((t, r) => t + r.readabilityMs, 0);
  return {
    bodyRecall: round(mean(articles.map((r) => r.body.recall))),
    bodyPrecision: round(mean(articles.map((r) => r.body.precision))),
    wholeRecall: round(mean(articles.map((r) => r.whole.recall))),
    readabilityRecall: round(mean(articles.map((r) => r.readability.recall))),
    pagesBelow09: belowNames(rows).length,
    throws: throwNames(rows).length,
    dateAccuracy: round(dated.length ? dated.filter((r) => r.date === 'right').length / dated.length : 1),
    siteAccuracy: round(sited.length ? sited.filter((r) => r.site === 'right').length / sited.length : 1),
    timeRatio: round(readabilityTotal ? ourTotal / readabilityTotal : 0),
  };
}

/** The real pages present in `dir`, by folder name. */
export function realPageNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

// Run as a script (npm run bench:extract), not when a test imports the measures.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
