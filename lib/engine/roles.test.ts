// Roles said of a person ("…, a retired Marine general,"), compared across outlets. The sentences
// are written here for the purpose.
import { describe, expect, it } from 'vitest';
import { linkArticles } from './analyze';
import { extractClaims } from './claims';
import { rolesAgree } from './roles';
import type { AnalyzedArticle, ArticleInput } from './types';

const input = (key: string, text: string, lang = 'en'): ArticleInput => ({ key, url: null, outlet: key, title: '', published: '2024-03-05', text, lang });
const roles = (text: string, lang = 'en') => extractClaims(input('t', text, lang)).claims.filter((c) => c.topic.startsWith('fact:role'));
const art = (key: string, text: string): AnalyzedArticle => ({
  ...input(key, text), story: { storyId: 's', onStory: true, score: 1, reasons: [] }, claims: extractClaims(input(key, text)).claims, asOf: '2024-03-05',
});

describe('roles said of a person', () => {
  it('reads a role in apposition, after an age, and after a verb of being', () => {
    expect(roles('Mark Dale, a retired four-star Army general, spoke first.').map((c) => c.written)).toEqual(['retired four-star Army general']);
    expect(roles('Mark Dale, 61, a retired Army general, spoke first.').map((c) => c.written)).toEqual(['retired Army general']);
    expect(roles('Mark Dale spoke first. He also was a special assistant county prosecutor in Ohio.').map((c) => c.written)).toEqual(['special assistant county prosecutor']);
    expect(roles('Ana Ruiz, ingeniera de software, habló primero.', 'es').map((c) => c.written)).toEqual(['ingeniera']);
  });

  it('leaves clauses, lists and objects alone', () => {
    expect(roles('Mark Dale, who is chairman of the panel, spoke first.')).toEqual([]);
    expect(roles('Mark Dale, Catholic and chairman, spoke first.')).toEqual([]);
    expect(roles('Mark Dale, calling her tenure as secretary a failure, left.')).toEqual([]);
    // The office is an office, not the person: "a district attorney's office".
    expect(roles("Mark Dale, a district attorney's office clerk, left.").map((c) => c.written)).toEqual(["district attorney's office clerk"]);
  });

  it('agrees on a finer description of one post, never on another rank', () => {
    expect(rolesAgree(['general', 'retired', 'marine'], ['general', 'retired', 'four-star', 'marine'])).toBe(true);
    expect(rolesAgree(['attorney', 'assistant', 'district'], ['attorney', 'district'])).toBe(false);
    expect(rolesAgree(['attorney', 'district'], ['judge', 'district'])).toBe(false);
  });

  it('links two outlets’ roles of the same person, not of two people', () => {
    const a = art('a', 'Mark Dale, a retired Army general, spoke first.');
    const b = art('b', 'Mark Dale, a retired four-star Army general, spoke first.');
    const c = art('c', 'Ivan Petrov, a retired Army general, spoke first.');
    const link = (x: AnalyzedArticle, y: AnalyzedArticle) => {
      const rx = x.claims.find((k) => k.topic.startsWith('fact:role'))!;
      const ry = y.claims.find((k) => k.topic.startsWith('fact:role'))!;
      return linkArticles([x, y]).find((l) => (l.a === rx.id && l.b === ry.id) || (l.a === ry.id && l.b === rx.id))?.relation ?? 'none';
    };
    expect(link(a, b)).toBe('same');
    expect(link(a, c)).toBe('none');
  });
});
