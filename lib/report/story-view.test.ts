import { describe, expect, it } from 'vitest';
import type { ClaimLink, ClaimValue } from '../engine/types';
import { buildStoryView, filterTopics, sortTopics, statusCounts, type ViewArticle, type ViewClaim } from './story-view';
import { changesSince } from './changes';

const num = (value: number): ClaimValue => ({ type: 'number', value, low: value, high: value, hedge: 'exact', unit: 'age' });
const article = (id: number, outlet: string, published: string, savedAt = id * 1000): ViewArticle & { savedAt: number } => ({
  id,
  url: `https://${outlet.toLowerCase()}.example/${id}`,
  outlet,
  title: `Article ${id}`,
  published,
  asOf: null,
  savedAt,
});
const claim = (articleId: number, n: number, topic: string, written: string, over: Partial<ViewClaim> = {}): ViewClaim => ({
  id: `${articleId}#${n}`,
  articleId,
  kind: 'number',
  written,
  quote: `… ${written} …`,
  about: topic,
  topic,
  value: num(Number(written)),
  ...over,
});
const link = (a: string, b: string, relation: ClaimLink['relation'], topic: string): ClaimLink => ({ a, b, relation, topic, confidence: 1 });

// Thirty sources: 27 agree on 26, three say 29 (a conflict), and one name all spell alike.
const articles = Array.from({ length: 30 }, (_, i) => article(i + 1, `Outlet${i + 1}`, new Date(Date.UTC(2025, 0, 1 + i * 3)).toISOString().slice(0, 10)));
const claims: ViewClaim[] = [];
const links: ClaimLink[] = [];
for (const a of articles) {
  claims.push(claim(a.id!, 0, 'age', a.id! > 27 ? '29' : '26'));
  claims.push(claim(a.id!, 1, 'name', 'Putin', { kind: 'name', value: { type: 'name', role: 'surname', key: 'PTN', written: 'Putin' } }));
}
for (let i = 1; i < 30; i++) {
  const x = `${i}#0`;
  const y = `${i + 1}#0`;
  links.push(link(x, y, (i > 27) === (i + 1 > 27) ? 'same' : 'conflict', 'age'));
  links.push(link(`${i}#1`, `${i + 1}#1`, 'same', 'name'));
}

describe('buildStoryView', () => {
  const view = buildStoryView(articles, claims, links);
  const age = view.topics.find((t) => t.topic === 'age')!;

  it('one entry per topic, values as groups with their sources, the disputed topic first', () => {
    expect(view.sources).toHaveLength(30);
    expect(view.topics.map((t) => t.topic)).toEqual(['age', 'name']);
    // Both sides conflict; the latest-stated value comes first.
    expect(age.groups.map((g) => [g.value, g.sources.length, g.status])).toEqual([
      ['29', 3, 'conflict'],
      ['26', 27, 'conflict'],
    ]);
    expect(age.sourceCount).toBe(30);
    expect(view.topics[1]!.groups).toHaveLength(1);
  });

  it('each conflict says why once per pair of values', () => {
    expect(age.why).toHaveLength(1);
    expect(age.why[0]).toMatch(/^26 \(\d+ \w+ 2025\) vs 29 \(\d+ \w+ 2025\) as the age of the same person, 3 apart/);
  });

  it('a chain of agreement never hides a conflict inside one group', () => {
    const cs = [claim(1, 0, 't', '240'), claim(2, 0, 't', 'around 250'), claim(3, 0, 't', '260')];
    const ls = [link('1#0', '2#0', 'same', 't'), link('2#0', '3#0', 'same', 't'), link('1#0', '3#0', 'conflict', 't')];
    const t = buildStoryView(articles.slice(0, 3), cs, ls).topics[0]!;
    expect(t.groups.map((g) => g.value).sort()).toEqual(['240', '260', 'around 250']);
  });

  it('a relative wording shows the date it stands for', () => {
    const wednesday: ClaimValue = { type: 'date', start: '2025-04-16', end: '2025-04-16', granularity: 'day', relative: true, parts: { year: 2025, month: 4, day: 16, weekday: 3 }, yearKnown: true };
    const t = buildStoryView(articles.slice(0, 1), [claim(1, 0, 'd', 'on Wednesday', { kind: 'date', value: wednesday })], []).topics[0]!;
    expect(t.groups[0]).toMatchObject({ value: 'on Wednesday', resolved: '16 Apr 2025', status: 'only' });
  });

  it('filters by status, sorts, and counts agreeing names apart from confirmed facts', () => {
    expect(filterTopics(view.topics, 'conflict').map((t) => t.topic)).toEqual(['age']);
    expect(sortTopics(view.topics, 'topic').map((t) => t.topic)).toEqual(['age', 'name']);
    expect(statusCounts(view.topics)).toMatchObject({ conflict: 1, same: 0, sameNames: 1 });
  });
});

describe('changesSince', () => {
  it('lists what articles saved after the last visit updated or contradicted, by saved time', () => {
    // Articles 28..30 (saved at 28000…) brought the 29; the reader last looked at 27500.
    const changes = changesSince(articles, claims, links, 27_500);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ topic: 'age', relation: 'conflict', written: '29', outlet: 'Outlet28' });
    expect(changes[0]!.why).toMatch(/^26 \(.*\) vs 29 \(/);
    expect(changesSince(articles, claims, links, 40_000)).toEqual([]);
    expect(changesSince(articles, claims, links, null)).toEqual([]);
  });
});
