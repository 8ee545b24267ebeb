// Export then import into an empty database gives the same data, for generated databases:
// any unicode (lone surrogates, RTL, emoji, NUL) in every text field, any JSON in settings,
// articles with and without claims, claims with and without `previousWritten`.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, type ArticleRow, type ClaimRow, type CrossreadDB, type SettingRow, type StoryRow } from './db/database';
import { applyImport, buildExport, parseExport } from './export-import';

// 'binary' units are any code point, lone surrogates included.
const text = (max = 60) => fc.string({ unit: 'binary', maxLength: max });
const nonEmpty = (max = 40) => fc.string({ unit: 'binary', minLength: 1, maxLength: max });
const orNull = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

const entity = fc.record({ name: nonEmpty(), aliases: fc.array(text(30), { maxLength: 3 }) });
const story: fc.Arbitrary<StoryRow> = fc.record({
  id: nonEmpty(),
  title: nonEmpty(),
  people: fc.array(entity, { maxLength: 3 }),
  places: fc.array(entity, { maxLength: 3 }),
  terms: fc.array(text(20), { maxLength: 3 }),
  enabled: fc.boolean(),
  builtIn: fc.boolean(),
  createdAt: time,
});

const articleBody = fc.record({
  storyId: orNull(nonEmpty(20)),
  outlet: orNull(text()),
  title: text(),
  published: orNull(text(12)),
  asOf: orNull(text(12)),
  lang: orNull(text(5)),
  text: text(2000),
  story: fc.record({ storyId: orNull(nonEmpty(20)), onStory: fc.boolean(), score: fc.double({ min: 0, max: 1, noNaN: true }), reasons: fc.array(text(), { maxLength: 3 }) }),
  bundled: fc.boolean(),
  savedAt: time,
  updatedAt: time,
});

const claimBody = fc.record(
  {
    id: nonEmpty(),
    kind: fc.constantFrom('number', 'date', 'name', 'quote', 'fact') as fc.Arbitrary<ClaimRow['kind']>,
    start: fc.nat(100_000),
    end: fc.nat(100_000),
    written: text(),
    quote: text(300),
    about: text(),
    topic: text(),
    value: fc.constant({ type: 'number', value: 498, low: 498, high: 498, hedge: 'exact', unit: 'days' }) as fc.Arbitrary<ClaimRow['value']>,
    prefix: text(),
    suffix: text(),
    storyId: orNull(nonEmpty(20)),
    previousWritten: text(),
  },
  { requiredKeys: ['id', 'kind', 'start', 'end', 'written', 'quote', 'about', 'topic', 'value', 'prefix', 'suffix', 'storyId'] },
);

// Data as JSON can hold it: an export is a JSON file, and JSON has no -0 (it reads back as 0),
// so the generated database is the one its own JSON text describes.
const database = fc
  .record({
    stories: fc.uniqueArray(story, { selector: (s) => s.id, maxLength: 4 }),
    settings: fc.uniqueArray(fc.record({ key: nonEmpty(20), value: fc.jsonValue({ maxDepth: 3 }) }), { selector: (s) => s.key, maxLength: 4 }),
    articles: fc.array(fc.tuple(articleBody, fc.array(claimBody, { maxLength: 6 })), { maxLength: 8 }),
  })
  .map((d) => JSON.parse(JSON.stringify(d)) as typeof d);

type Generated = typeof database extends fc.Arbitrary<infer T> ? T : never;

async function fill(db: CrossreadDB, data: Generated): Promise<void> {
  await db.stories.bulkAdd(data.stories);
  await db.settings.bulkAdd(data.settings as SettingRow[]);
  for (const [i, [body, claims]] of data.articles.entries()) {
    // Unique, web addresses: the import refuses anything else (see validate.ts isArticleUrl).
    const row: ArticleRow = { ...body, url: `https://outlet.example/${i}/${encodeURIComponent(body.title).slice(0, 100)}` };
    const id = (await db.articles.add(row)) as number;
    await db.claims.bulkAdd(claims.map((c) => ({ ...c, articleId: id }) as ClaimRow));
  }
}

/** Everything but auto-increment keys; claims tied to their article by URL. */
async function snapshot(db: CrossreadDB) {
  const articles = await db.articles.toArray();
  const urlOf = new Map(articles.map((a) => [a.id, a.url]));
  const byKey = <T,>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    stories: byKey(await db.stories.toArray(), (s) => s.id),
    settings: byKey(await db.settings.toArray(), (s) => s.key),
    articles: byKey(articles.map(({ id: _id, ...a }) => a), (a) => a.url),
    claims: byKey(
      (await db.claims.toArray()).map(({ rowId: _r, articleId, ...c }) => ({ ...c, article: urlOf.get(articleId) })),
      (c) => `${c.article}\u0000${c.id}\u0000${c.start}\u0000${c.written}\u0000${c.quote}`,
    ),
  };
}

let n = 0;
describe('export → import round trip (property)', () => {
  it('gives the same data in an empty database', async () => {
    await fc.assert(
      fc.asyncProperty(database, async (data) => {
        const source = openDatabase(`roundtrip-src-${n}`);
        const target = openDatabase(`roundtrip-dst-${n++}`);
        try {
          await fill(source, data);
          const file = JSON.stringify(await buildExport(source));
          const parsed = parseExport(file);
          if (!parsed.ok) throw new Error(parsed.error);
          const summary = await applyImport(target, parsed.data);
          expect(summary.claims).toBe(await source.claims.count());
          expect(await snapshot(target)).toEqual(await snapshot(source));
          // And the import's export is the same file again, but for the time stamp.
          const again = await buildExport(target);
          const first = JSON.parse(file);
          expect(again.articles.length).toBe(first.articles.length);
        } finally {
          await source.delete();
          await target.delete();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
