import { describe, expect, it } from 'vitest';
import type { ClaimLink } from './engine/types';
import { buildStoryTable, claimStatuses, linkClaims, sortRows, storyTableToRows, type TableArticle, type TableClaim } from './story-table';

const articles: TableArticle[] = [
  { id: 2, url: 'https://b.example/x', outlet: 'RT', title: 'B', published: '2025-04-17', asOf: null },
  { id: 1, url: 'https://www.themoscowtimes.com/x', outlet: null, title: 'A', published: '2024-11-15', asOf: null },
  { id: 3, url: 'https://c.example/x', outlet: 'Newsroom', title: 'C', published: null, asOf: '2025-02-15' },
];

it('names a source without outlet or web address by its headline', () => {
  const t = buildStoryTable([{ id: 9, url: 'chrome-extension://abc/corpus/003.html', outlet: null, title: 'Putin meets with former Israeli hostages', published: null, asOf: null }], [], []);
  expect(t.sources[0]!.outlet).toBe('“Putin meets with former Israel…”');
});

function claim(id: string, articleId: number, topic: string, written: string, over: Partial<TableClaim> = {}): TableClaim {
  return { id, articleId, topic, written, kind: 'number', quote: `… ${written} …`, about: topic.replace(/_/g, ' '), ...over };
}

const claims: TableClaim[] = [
  claim('a#1', 1, 'days', '400'),
  claim('b#1', 2, 'days', '498'),
  claim('c#1', 3, 'days', '498'),
  claim('a#2', 1, 'age', '29'),
  claim('b#2', 2, 'age', '29'),
  claim('c#2', 3, 'hostages', 'three', { previousWritten: 'two' }),
  claim('c#3', 3, 'hostages', '3'),
];

const links: ClaimLink[] = [
  { a: 'a#1', b: 'b#1', relation: 'updated', confidence: 0.9, topic: 'days' },
  { a: 'a#1', b: 'c#1', relation: 'conflict', confidence: 0.95, topic: 'days' },
  { a: 'b#1', b: 'c#1', relation: 'same', confidence: 1, topic: 'days' },
  { a: 'a#2', b: 'b#2', relation: 'same', confidence: 1, topic: 'age' },
];

describe('claimStatuses', () => {
  it('gives each claim its worst relation, and "only" when nothing else states it', () => {
    const s = claimStatuses(claims, links);
    expect(s.get('a#1')).toBe('conflict');
    expect(s.get('b#1')).toBe('updated');
    expect(s.get('c#1')).toBe('conflict');
    expect(s.get('a#2')).toBe('same');
    expect(s.get('c#2')).toBe('only');
  });
  it('ignores links to claims it was not asked about', () => {
    expect(claimStatuses([{ id: 'x' }], links).get('x')).toBe('only');
  });
});

describe('buildStoryTable', () => {
  const table = buildStoryTable(articles, claims, links);

  it('has a column per source, oldest first, undated last, outlet from the address when missing', () => {
    expect(table.sources.map((s) => s.outlet)).toEqual(['themoscowtimes.com', 'Newsroom', 'RT']);
    expect(table.sources[1]).toMatchObject({ date: '2025-02-15', dateIsAsOf: true });
  });

  it('has a row per topic with each source value as written', () => {
    const days = table.rows.find((r) => r.topic === 'days')!;
    expect(days.cells.map((c) => c?.values)).toEqual([['400'], ['498'], ['498']]);
    expect(days.cells.map((c) => c?.status)).toEqual(['conflict', 'conflict', 'updated']);
    expect(days).toMatchObject({ conflicts: 1, updates: 1, sourceCount: 3, status: 'conflict' });
  });

  it('leaves a silent source empty and keeps distinct values and the earlier copy', () => {
    const hostages = table.rows.find((r) => r.topic === 'hostages')!;
    expect(hostages.cells[0]).toBeNull();
    expect(hostages.cells[1]).toMatchObject({ values: ['three', '3'], previous: 'two', status: 'only' });
    expect(hostages.quotes).toHaveLength(2);
  });

  it('sorts the most disputed topic first', () => {
    expect(table.rows.map((r) => r.topic)).toEqual(['days', 'age', 'hostages']);
    expect(sortRows(table.rows, 'topic').map((r) => r.topic)).toEqual(['age', 'days', 'hostages']);
  });

  it('orders quotes like the columns', () => {
    const days = table.rows.find((r) => r.topic === 'days')!;
    expect(days.quotes.map((q) => q.outlet)).toEqual(['themoscowtimes.com', 'Newsroom', 'RT']);
  });

  it('skips claims of articles that are not in the table', () => {
    const t = buildStoryTable(articles.slice(0, 1), claims, links);
    expect(t.rows.map((r) => r.topic)).toEqual(['days', 'age']);
  });

  it('turns into CSV rows with labelled columns and statuses in words', () => {
    const rows = storyTableToRows(table);
    expect(rows[0]).toEqual(['Topic', 'themoscowtimes.com (2024-11-15)', 'Newsroom (as of 2025-02-15)', 'RT (2025-04-17)', 'Status']);
    expect(rows[1]).toEqual(['days', '400', '498', '498', 'Conflict']);
    expect(rows[3]).toEqual(['hostages', '', 'three / 3 (was two)', '', 'Only here']);
  });
});

describe('linkClaims', () => {
  it('compares only claims of one topic from different articles', () => {
    const seen: string[] = [];
    const out = linkClaims(claims, articles, (a, _A, b) => {
      seen.push(`${a.id}-${b.id}`);
      return { a: a.id, b: b.id, relation: a.written === b.written ? 'same' : 'conflict', confidence: 1, topic: a.topic };
    });
    expect(seen.sort()).toEqual(['a#1-b#1', 'a#1-c#1', 'a#2-b#2', 'b#1-c#1']);
    expect(out.filter((l) => l.relation === 'conflict')).toHaveLength(2);
  });
  it('drops pairs the comparison says are unrelated', () => {
    expect(linkClaims(claims, articles, () => null)).toEqual([]);
  });
});

describe('open buckets (every date of a story shares one engine topic)', () => {
  // Two events in the 'date:open' bucket, linked by the rules of their own class (the links carry
  // that topic), plus a date nothing else states.
  const open: TableClaim[] = [
    claim('a#5', 1, 'date:open', 'April 16, 2025', { kind: 'date', about: 'date of the meeting' }),
    claim('b#5', 2, 'date:open', 'April 16, 2024', { kind: 'date', about: 'date of the meeting' }),
    claim('a#6', 1, 'date:open', 'October 7, 2023', { kind: 'date', about: 'date of the attack' }),
    claim('c#6', 3, 'date:open', 'October 7, 2023', { kind: 'date', about: 'date of the attack' }),
    claim('c#7', 3, 'date:open', 'late 1990s', { kind: 'date', about: 'date of the emigration' }),
  ];
  const openLinks: ClaimLink[] = [
    { a: 'a#5', b: 'b#5', relation: 'conflict', confidence: 0.95, topic: 'date:meeting' },
    { a: 'a#6', b: 'c#6', relation: 'same', confidence: 1, topic: 'date:attack' },
  ];
  const table = buildStoryTable(articles, open, openLinks);

  it('shows each linked fact, and each unlinked claim by what it is about, as a row of its own', () => {
    expect(table.rows).toHaveLength(3);
    expect(table.rows.map((r) => r.about)).toEqual(['date of the meeting', 'date of the attack', 'date of the emigration']);
  });

  it('counts the links of a row whatever topic they carry', () => {
    expect(table.rows[0]).toMatchObject({ conflicts: 1, status: 'conflict', sourceCount: 2 });
    expect(table.rows[1]).toMatchObject({ conflicts: 0, status: 'same', sourceCount: 2 });
  });

  it('leaves other topics as the engine keyed them', () => {
    expect(buildStoryTable(articles, claims, links).rows.map((r) => r.topic).sort()).toEqual(['age', 'days', 'hostages']);
  });
});
