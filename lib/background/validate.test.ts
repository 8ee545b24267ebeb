import { describe, expect, it } from 'vitest';
import { BadMessageError, MAX_TEXT_CHARS, assertFromExtension, validateArticle, validateUrlData } from './validate';

const article = { url: 'https://news.example/a', canonicalUrl: null, title: 'T', outlet: 'O', published: null, lang: 'en', text: 'body' };

describe('message validation', () => {
  it('keeps only known fields of a good article', () => {
    const out = validateArticle({ article: { ...article, extra: 'x' } });
    expect(out).toEqual(article);
  });
  it('refuses wrong shapes, non-http URLs and oversized text', () => {
    expect(() => validateArticle(null)).toThrow(BadMessageError);
    expect(() => validateArticle({ article: { ...article, url: 'javascript:alert(1)' } })).toThrow(BadMessageError);
    expect(() => validateArticle({ article: { ...article, title: 5 } })).toThrow(BadMessageError);
    expect(() => validateArticle({ article: { ...article, text: 'x'.repeat(MAX_TEXT_CHARS + 1) } })).toThrow(/too long/);
    expect(() => validateUrlData({ url: 'file:///etc/passwd' })).toThrow(BadMessageError);
  });
  it('accepts only this extension as sender', () => {
    expect(() => assertFromExtension({ id: 'me' }, 'me')).not.toThrow();
    expect(() => assertFromExtension({ id: 'other' }, 'me')).toThrow(BadMessageError);
    expect(() => assertFromExtension(undefined, 'me')).toThrow(BadMessageError);
  });
});
