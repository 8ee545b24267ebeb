import { describe, expect, it } from 'vitest';
import { linkArticles } from './analyze';
import { extractClaims } from './claims';
import type { AnalyzedArticle, ArticleInput } from './types';

const input = (key: string, text: string): ArticleInput => ({ key, url: null, outlet: null, title: '', published: '2024-05-02', text, lang: 'en' });
const art = (key: string, text: string): AnalyzedArticle => ({
  ...input(key, text), story: { storyId: 's', onStory: true, score: 1, reasons: [] }, claims: extractClaims(input(key, text)).claims, asOf: '2024-05-02',
});
const entities = (text: string) => extractClaims(input('t', text)).claims.filter((c) => c.topic.startsWith('name:entity:')).map((c) => c.written);
const relation = (a: AnalyzedArticle, b: AnalyzedArticle, wa: string, wb: string) => {
  const ca = a.claims.find((c) => c.written === wa);
  const cb = b.claims.find((c) => c.written === wb);
  expect(ca, wa).toBeDefined();
  expect(cb, wb).toBeDefined();
  return linkArticles([a, b]).find((l) => (l.a === ca!.id && l.b === cb!.id) || (l.a === cb!.id && l.b === ca!.id))?.relation ?? 'none';
};

describe('names of any entity', () => {
  it('reads runs of capitals with connectors and initials inside, not a lone capital', () => {
    expect(entities('She studied at the Western Valley School of Law before joining the firm.')).toEqual(['Western Valley School of Law']);
    expect(entities('Officials met on Monday. Nobody spoke.')).toEqual([]);
  });

  it('compares them without titles, initials or word order; a different joining word is a variant', () => {
    const a = art('a', 'She studied at the Western Valley School of Law and joined the firm Stone, Briggs and Lowe.');
    const b = art('b', 'She went to the Law School of Western Valley, then to the firm Stone, Briggs & Lowe.');
    expect(relation(a, b, 'Western Valley School of Law', 'Law School of Western Valley')).toBe('same');
    expect(relation(a, b, 'Briggs and Lowe', 'Briggs & Lowe')).toBe('variant');
  });
});
