// Fuzzing the engine: random and mutated article texts must never make analyzeArticle or
// linkArticles throw, must give offsets inside the text that slice to the claim's own words,
// and must finish within a CPU budget per kilobyte. The mutations start from the real seed
// pages (read with the content script's reader) and do what hostile or broken pages do:
// delete, duplicate and shuffle sentences, inject unicode, bidi marks, huge numbers, lone
// surrogates and very long tokens.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../page/read-article';
import { analyzeArticle, linkArticles } from './analyze';
import type { AnalyzedArticle, ArticleInput, StoryDefinition } from './types';

const ROOT = join(__dirname, '..', '..');
const STORIES: StoryDefinition[] = [JSON.parse(readFileSync(join(ROOT, 'public/stories/trufanov.json'), 'utf8'))];

/**
 * CPU budget per analyzeArticle call: FIXED_MS plus PER_KB_MS per kilobyte of text (UTF-16
 * code units / 1024), measured as process CPU time after warm-up. Measured under Vitest on the
 * 2-core dev machine: the seed pages take 5–12 ms/KB, the worst mutated page ~50 ms/KB, 100 KB
 * runs of digits 10–20 ms/KB. The budget leaves room for a slow CI box; a quadratic blow-up (the
 * bug below took 160 ms/KB at 100 KB and grows with length) still fails it.
 */
const FIXED_MS = 100;
const PER_KB_MS = 60;

const SEED_DIRS = ['tests/fixtures/seeds', 'tests/fixtures/onstory', 'tests/fixtures/heavy'];
const SEEDS: ArticleInput[] = SEED_DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const { document } = parseHTML(readFileSync(join(ROOT, dir, f), 'utf8'));
      const a = readArticle(document as unknown as Document, {});
      return { key: `${dir}/${f}`, url: a.canonicalUrl, outlet: a.outlet, title: a.title, published: a.published, text: a.text, lang: a.lang ?? undefined };
    }),
);

function cpuMs<T>(fn: () => T): { value: T; ms: number } {
  const t0 = process.cpuUsage();
  const value = fn();
  const d = process.cpuUsage(t0);
  return { value, ms: (d.user + d.system) / 1000 };
}

/** Every invariant a caller (highlighting, saving, comparing) relies on. */
function checkArticle(input: ArticleInput, out: AnalyzedArticle): void {
  const { text } = input;
  const ids = new Set<string>();
  for (const c of out.claims) {
    const where = `${c.kind} claim ${JSON.stringify(c.written)} at ${c.start}–${c.end} of ${text.length}`;
    expect(Number.isInteger(c.start) && Number.isInteger(c.end), where).toBe(true);
    expect(c.start >= 0 && c.start < c.end && c.end <= text.length, where).toBe(true);
    expect(text.slice(c.start, c.end), where).toBe(c.written);
    expect(ids.has(c.id), `duplicate claim id ${c.id}`).toBe(false);
    ids.add(c.id);
  }
  // Claims travel as JSON (messages, the database, exports).
  expect(() => JSON.stringify(out.claims)).not.toThrow();
}

function analyzeChecked(input: ArticleInput): AnalyzedArticle {
  const budget = FIXED_MS + (PER_KB_MS * input.text.length) / 1024;
  let { value, ms } = cpuMs(() => analyzeArticle(input, STORIES));
  checkArticle(input, value);
  // Process CPU time includes V8's background threads (GC of earlier runs' garbage, optimising
  // compiles), which once in a while add hundreds of ms to a 10 ms call. A spike is retried, up
  // to twice, and the best run counts: a real blow-up is slow every time.
  for (let retry = 0; retry < 2 && ms > budget; retry++) ms = Math.min(ms, cpuMs(() => analyzeArticle(input, STORIES)).ms);
  expect(ms, `analyzeArticle took ${ms.toFixed(0)} ms CPU on ${input.text.length} chars (budget ${budget.toFixed(0)} ms)`).toBeLessThanOrEqual(budget);
  return value;
}

// ── Mutations ────────────────────────────────────────────────────────────────────────────────

const NASTY = [
  '\u200f', '\u200e', '\u202e', '\u2066', '\u2069', '\u200b', '\u00ad', '\ufeff', '\u0301', '\u0000',
  '\ud800', '\udfff', '\ud83d', '😀', '👩🏽‍⚕️', 'ﷺ', 'ﬁ', 'İ', 'ß', '\u2028', '\r\n', '\t',
  'مرحبا', 'שלום', 'Труфанов', '٤٩٨', '۴۹۸', '१२३', '１２３', '½', '⅔', '1e308', '-0', 'NaN',
  '99999999999999999999999999999', '1,234,567,890,123,456', '0.000000000000001', '12.3.4.5', '1/1/1',
  '31 February 2025', '2025-13-45', '«', '»', '“', '„', '"', "'", '(', ')', '[', 'Mr.', 'U.S.', '...',
];

const sentencesOf = (text: string) => text.split(/(?<=[.!?…])\s+/);

const unicodeString = fc.string({ unit: 'binary', maxLength: 200 });
const nastyToken = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 3_000 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 1, max: 500 }).map((n) => 'Trufanov'.repeat(n)),
  unicodeString,
);

type Mutation = (text: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (t) => { const s = sentencesOf(t); s.splice(i % Math.max(1, s.length), 1); return s.join(' '); }),
  fc.nat().map((i): Mutation => (t) => { const s = sentencesOf(t); const k = i % Math.max(1, s.length); s.splice(k, 0, s[k] ?? ''); return s.join(' '); }),
  fc.array(fc.nat(), { minLength: 1, maxLength: 30 }).map((order): Mutation => (t) => {
    const s = sentencesOf(t);
    for (let i = 0; i < order.length && s.length > 1; i++) {
      const a = i % s.length;
      const b = order[i]! % s.length;
      [s[a], s[b]] = [s[b]!, s[a]!];
    }
    return s.join(' ');
  }),
  fc.tuple(fc.nat(), nastyToken).map(([i, tok]): Mutation => (t) => { const at = i % (t.length + 1); return t.slice(0, at) + tok + t.slice(at); }),
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([i, n]): Mutation => (t) => { const at = i % (t.length + 1); return t.slice(0, at) + t.slice(at + n); }),
  // Cut inside a surrogate pair or a word: what a truncated page gives.
  fc.nat().map((i): Mutation => (t) => t.slice(0, i % (t.length + 1))),
  fc.constant<Mutation>((t) => t.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)))),
  fc.constant<Mutation>((t) => t.replace(/ /g, '\u200f ')),
  fc.constant<Mutation>((t) => t.toUpperCase()),
  fc.constant<Mutation>((t) => t.replace(/\s+/g, '')),
);

const mutatedArticle: fc.Arbitrary<ArticleInput> = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom(undefined, 'en', 'ru', 'es', 'ar', 'he', 'xx'))
  .map(([seed, ms, lang]) => ({ ...seed, key: `${seed.key}~`, lang: lang ?? seed.lang, text: ms.reduce((t, m) => m(t), seed.text) }));

const randomArticle: fc.Arbitrary<ArticleInput> = fc
  .record({
    title: fc.oneof(fc.string({ maxLength: 80 }), fc.constant('Alexander Trufanov freed'), unicodeString),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3000 }),
      fc.array(fc.oneof(nastyToken, fc.string({ maxLength: 20 }), fc.constant('Trufanov'), fc.constant('498 days')), { maxLength: 200 }).map((a) => a.join(' ')),
    ),
    published: fc.oneof(fc.constant(null), fc.constant('2025-02-15'), fc.string({ maxLength: 12 })),
    lang: fc.constantFrom(undefined, 'en', 'ru', 'es', 'ar'),
  })
  .map((r) => ({ key: 'random', url: null, outlet: null, ...r }));

// ── Properties ───────────────────────────────────────────────────────────────────────────────

describe('engine fuzzing', () => {
  // The first calls load chrono's parsers and warm the JIT; the budget is for steady state.
  beforeAll(() => {
    for (const s of SEEDS) analyzeArticle(s, STORIES);
  });

  it('the seed texts themselves satisfy the invariants', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(10);
    const analysed = SEEDS.map(analyzeChecked);
    expect(() => linkArticles(analysed)).not.toThrow();
  });

  it('mutated seed articles never throw, keep offsets in the text and stay in budget', () => {
    fc.assert(fc.property(mutatedArticle, (input) => void analyzeChecked(input)), { numRuns: 100 });
  }, 120_000);

  it('random texts never throw and keep offsets in the text', () => {
    fc.assert(fc.property(randomArticle, (input) => void analyzeChecked(input)), { numRuns: 200 });
  }, 120_000);

  it('linking mutated articles never throws and only links claims that exist', () => {
    fc.assert(
      fc.property(fc.array(mutatedArticle, { minLength: 2, maxLength: 4 }), (inputs) => {
        const analysed = inputs.map((input, i) => analyzeChecked({ ...input, key: `${input.key}${i}` }));
        const ids = new Set(analysed.flatMap((a) => a.claims.map((c) => c.id)));
        const kb = inputs.reduce((n, a) => n + a.text.length, 0) / 1024;
        let { value: links, ms } = cpuMs(() => linkArticles(analysed));
        if (ms > FIXED_MS + PER_KB_MS * kb) ms = Math.min(ms, cpuMs(() => linkArticles(analysed)).ms);
        expect(ms).toBeLessThanOrEqual(FIXED_MS + PER_KB_MS * kb);
        for (const l of links) {
          expect(ids.has(l.a) && ids.has(l.b)).toBe(true);
          expect(Number.isFinite(l.confidence)).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('scales linearly: 10,000 numbers and a 300 KB article stay within the per-KB budget', () => {
    const numbers = Array.from({ length: 10_000 }, (_, i) => `Day ${i % 500}: ${i * 37} freed.`).join(' ');
    analyzeChecked({ key: 'numbers', url: null, outlet: null, title: 'Alexander Trufanov', published: null, text: numbers, lang: 'en' });
    const seed = SEEDS[0]!.text;
    const big = Array.from({ length: Math.ceil(300_000 / seed.length) }, () => seed).join('\n\n');
    analyzeChecked({ ...SEEDS[0]!, key: 'big', text: big });
  }, 60_000);

  // Regression (found by this fuzzer): the Spanish branch of the "N days later" pattern could
  // start inside a digit run and backtrack over it from every position — a 100,000-digit
  // "number" took 16 s. Runs of digits, separators and initials must stay linear.
  it.each([
    ['a 100,000-digit number', '9'.repeat(100_000)],
    ['20,000 one-digit numbers', '9 '.repeat(20_000)],
    ['a list of digits and commas', '9,'.repeat(20_000)],
    ['dotted digits', '1.'.repeat(20_000)],
    ['initials', 'A. '.repeat(15_000)],
  ])('%s stays within the per-KB budget', (_name, text) => {
    for (const lang of ['en', 'es']) analyzeChecked({ key: 'run', url: null, outlet: null, title: '', published: null, text, lang });
  }, 60_000);

  // Regression (found by a grid of number words, scales and units two by two, 100,000 texts): a
  // scale word opening the text before a currency ("Millones de dólares.") read no figure token
  // and looked before the text's first token.
  it.each([
    ['es', 'Millones de dólares.'],
    ['fr', 'Milliards de dollars.'],
    ['ru', 'Миллиард долларов потрачен.'],
    ['en', 'Billion dollars were spent.'],
  ])('a scale opening a %s text before a currency is read as a sum', (lang, text) => {
    const claims = analyzeChecked({ key: 'scale', url: null, outlet: null, title: '', published: null, text, lang });
    expect(claims.claims.map((c) => c.frame?.measure)).toEqual(['money:USD']);
  });

  // Regression (found by this fuzzer): chrono's Russian patterns try `\s*` at every position, so
  // a long run of spaces (or the blanks the date pass used to put over dateless sentences)
  // before a date took over half a second. Masking now uses "_" and shortens such runs.
  it.each([
    ['a 6,000-letter word before a Russian date', 'x'.repeat(6_000) + ' Он был освобождён в субботу, 15 февраля 2025 года.'],
    ['6,000 spaces before a Russian date', ' '.repeat(6_000) + 'Он был освобождён в субботу, 15 февраля 2025 года.'],
  ])('%s stays within the per-KB budget', (_name, text) => {
    analyzeChecked({ key: 'ru-run', url: null, outlet: null, title: '', published: '2025-02-16', text, lang: 'ru' });
  }, 60_000);
});
