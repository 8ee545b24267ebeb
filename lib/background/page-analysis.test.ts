// The background's save/compare logic on fake-indexeddb, with a tiny stand-in engine so these
// tests pin down the database behaviour, not the engine's.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzedArticle, ArticleInput, Claim, ClaimLink, ClaimStatus } from '../engine/types';

vi.mock('../engine', () => ({
  // Claims: every "<n> days" in the text, topic "held-days".
  analyzeArticle(input: ArticleInput): AnalyzedArticle {
    const claims: Claim[] = [];
    for (const m of input.text.matchAll(/(\d+) days/g)) {
      const start = m.index!;
      const end = start + m[0].length;
      claims.push({
        id: `${input.key}#${claims.length}`, kind: 'number', start, end, written: m[0], quote: input.text,
        about: 'days in captivity', topic: 'held-days',
        value: { type: 'number', value: Number(m[1]), low: Number(m[1]), high: Number(m[1]), hedge: 'exact', unit: 'days' },
        prefix: input.text.slice(Math.max(0, start - 10), start), suffix: input.text.slice(end, end + 10),
      });
    }
    const storyId = input.text.includes('Trufanov') ? 'trufanov' : input.text.includes('Gershkovich') ? 'gershkovich' : null;
    return { ...input, story: { storyId, onStory: storyId !== null, score: 1, reasons: [] }, claims, asOf: null };
  },
  compareClaims(a: Claim, _ma: unknown, b: Claim): ClaimLink | null {
    if (a.topic !== b.topic) return null;
    return { a: a.id, b: b.id, relation: a.written === b.written ? 'same' : 'conflict', confidence: 1, topic: a.topic };
  },
  shownLinks: (links: ClaimLink[]) => links,
  claimStatus(id: string, links: ClaimLink[]): ClaimStatus {
    const mine = links.filter((l) => l.a === id || l.b === id);
    if (mine.some((l) => l.relation === 'conflict')) return 'conflict';
    return mine.length ? 'same' : 'only';
  },
}));

const { openDatabase } = await import('../db/database');
const { setSetting } = await import('../db/settings');
const { analyzePage, pageConfig } = await import('./page-analysis');
const { dropArticleByUrl } = await import('./save-article');
const { markNotAboutStory } = await import('./manage');

function page(url: string, text: string, extra: Partial<{ outlet: string; title: string; canonicalUrl: string }> = {}) {
  return { url, canonicalUrl: extra.canonicalUrl ?? null, title: extra.title ?? url, outlet: extra.outlet ?? new URL(url).host, published: null, lang: 'en', text };
}

let db: ReturnType<typeof openDatabase>;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`test-${n++}`);
  await db.stories.put({ id: 'trufanov', title: 'Trufanov', people: [], places: [], terms: [], enabled: true, builtIn: true, createdAt: 0 });
});

describe('analyzePage', () => {
  it('auto-saves an on-story article and compares it with saved claims by topic', async () => {
    await analyzePage(db, page('https://a.example/1', 'Trufanov was held 498 days.'));
    const res = await analyzePage(db, page('https://b.example/2', 'Trufanov was held 498 days.'));
    expect(res.saved).toBe(true);
    expect(res.claims.map((c) => c.status)).toEqual(['same']);
    expect(res.claims[0]!.others).toEqual([
      expect.objectContaining({ articleUrl: 'https://a.example/1', written: '498 days', relation: 'same', outlet: 'a.example' }),
    ]);
    expect(await db.articles.count()).toBe(2);
  });

  it('keeps one row per URL and shows a figure the outlet changed as updated', async () => {
    await analyzePage(db, page('https://a.example/1', 'Trufanov was held 497 days.'));
    const res = await analyzePage(db, page('https://a.example/1#comments', 'Trufanov was held 498 days.'));
    expect(await db.articles.count()).toBe(1);
    expect(res.claims[0]).toMatchObject({ status: 'updated', previousWritten: '497 days', others: [] });
    // A third visit with the same wording still remembers the change.
    const again = await analyzePage(db, page('https://a.example/1', 'Trufanov was held 498 days.'));
    expect(again.claims[0]!.previousWritten).toBe('497 days');
  });

  it('never compares an article with its own copy under another URL', async () => {
    await analyzePage(db, page('https://a.example/1', 'Trufanov was held 498 days.', { title: 'Same headline', outlet: 'Outlet' }));
    const res = await analyzePage(db, page('http://127.0.0.1/copy.html', 'Trufanov was held 498 days.', { title: 'Same headline', outlet: 'Outlet' }));
    expect(res.claims[0]!.status).toBe('only');
    expect(await db.articles.count()).toBe(1);
  });

  it('compares a page only with the saved sources of its own story', async () => {
    await db.stories.put({ id: 'gershkovich', title: 'Gershkovich', people: [], places: [], terms: [], enabled: true, builtIn: false, createdAt: 0 });
    // Another story's figure of the same topic and value is no source for this one.
    await analyzePage(db, page('https://a.example/1', 'Gershkovich was held 498 days.'));
    const res = await analyzePage(db, page('https://b.example/2', 'Trufanov was held 497 days.'));
    expect(res.claims[0]).toMatchObject({ status: 'only', others: [] });
    const again = await analyzePage(db, page('https://c.example/3', 'Gershkovich was held 498 days.'));
    expect(again.claims[0]!.others.map((o) => o.articleUrl)).toEqual(['https://a.example/1']);
  });

  it('no longer compares with an article the reader marked as not about the story', async () => {
    const first = await analyzePage(db, page('https://a.example/1', 'Trufanov was held 497 days.'), { forceSave: true });
    await markNotAboutStory(db, first.articleId!);
    const res = await analyzePage(db, page('https://b.example/2', 'Trufanov was held 498 days.'));
    expect(res.claims[0]).toMatchObject({ status: 'only', others: [] });
  });

  it('does not save when autoSave is off, and saves nothing off-story', async () => {
    await setSetting(db, 'autoSave', false);
    const res = await analyzePage(db, page('https://a.example/1', 'Trufanov was held 498 days.'));
    expect(res.saved).toBe(false);
    const off = await analyzePage(db, page('https://a.example/2', 'Weather: 3 days of rain.'));
    expect(off.onStory).toBe(false);
    expect(await db.articles.count()).toBe(0);
  });

  it('drops an article with its claims', async () => {
    await analyzePage(db, page('https://a.example/1', 'Trufanov was held 498 days.'));
    expect(await dropArticleByUrl(db, 'https://a.example/1')).toBe(true);
    expect(await db.claims.count()).toBe(0);
  });

  it('sees story and off-list changes on the next page (cache dropped on write)', async () => {
    expect((await pageConfig(db, 'https://a.example/x')).enabled).toBe(true);
    await setSetting(db, 'offSites', ['a.example']);
    expect((await pageConfig(db, 'https://a.example/x')).enabled).toBe(false);
    await db.stories.update('trufanov', { enabled: false });
    expect((await pageConfig(db, 'https://b.example/x')).stories).toEqual([]);
  });

  it('turns a site off through the off-list', async () => {
    await setSetting(db, 'offSites', ['a.example']);
    expect((await pageConfig(db, 'https://a.example/x')).enabled).toBe(false);
    expect((await pageConfig(db, 'https://b.example/x')).stories.map((s) => s.id)).toEqual(['trufanov']);
  });
});
