// Coverage the engine was not tuned on (tests/fixtures/coverage, written in the style of real
// reports from other days of the story), read together with the bundled seeds.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenAs } from './written-as';
import { analyzeFile, linkByStory, loadStories } from '../../scripts/analyze';
import type { AnalyzedArticle, ClaimLink } from './types';

const writes = writtenAs;

const stories = loadStories();
const pages = [
  ...readdirSync('public/corpus').filter((f) => f.endsWith('.html')).map((f) => join('public/corpus', f)),
  ...readdirSync('tests/fixtures/coverage').filter((f) => f.endsWith('.html')).map((f) => join('tests/fixtures/coverage', f)),
];
const articles = pages.map((p, i) => analyzeFile(p, `p${i}-${p.split('/').pop()!.replace('.html', '')}`, stories).article!) as AnalyzedArticle[];
const links: ClaimLink[] = linkByStory(articles);
const byKey = (suffix: string) => articles.find((a) => a.key.endsWith(suffix))!;
const claim = (suffix: string, written: string, nth = 0) => byKey(suffix).claims.filter((c) => writes(c, written))[nth]!;
const relation = (a: { id: string }, b: { id: string }) =>
  links.find((l) => (l.a === a.id && l.b === b.id) || (l.a === b.id && l.b === a.id))?.relation ?? 'none';

describe('coverage the engine was not tuned on', () => {
  it('detects every page as on the story', () => {
    expect(articles.every((a) => a.story.onStory)).toBe(true);
  });

  it('flags a release dated a day apart by two sources as a conflict', () => {
    expect(relation(claim('typo-day', 'February 14, 2025'), claim('-004', 'February 15, 2025'))).toBe('conflict');
  });

  it('agrees on the meeting day across sources and keeps the 2024 caption in conflict', () => {
    expect(relation(claim('typo-day', 'on Wednesday'), claim('-002', 'on Wednesday'))).toBe('same');
    expect(relation(claim('typo-day', 'on Wednesday'), claim('-003', 'April 16, 2024'))).toBe('conflict');
  });

  it('reads ages in apposition and explains a birthday as an update', () => {
    expect(relation(claim('anniversary', '28'), claim('release-day', '29'))).toBe('updated');
    expect(relation(claim('release-day', '29'), claim('typo-day', '29'))).toBe('same');
    // Other men's ages in the same sentence are not his.
    expect(relation(claim('release-day', '36'), claim('typo-day', '29'))).toBe('none');
  });

  it('does not take the size of a whole for the count of an event', () => {
    expect(links.filter((l) => l.a === claim('release-day', '400').id || l.b === claim('release-day', '400').id)).toHaveLength(0);
  });

  it('does not compare a call to release two hostages with the release of three', () => {
    expect(relation(claim('anniversary', 'two'), claim('release-day', 'three'))).toBe('none');
  });

  it('sees hostages remaining fall over time as an update', () => {
    expect(relation(claim('anniversary', '101'), claim('release-day', 'Seventy-three'))).toBe('updated');
  });

  it('reports no conflict beyond the two real ones', () => {
    const conflicts = links.filter((l) => l.relation === 'conflict').map((l) => l.topic);
    expect(new Set(conflicts)).toEqual(new Set(['date:meeting', 'date:released']));
  });
});

describe('Russian and Spanish coverage compared with the English sources', () => {
  const all = [
    ...articles.slice(0, 5),
    ...readdirSync('tests/fixtures/onstory').filter((f) => f.endsWith('.html')).map((f, i) => analyzeFile(join('tests/fixtures/onstory', f), `o${i}-${f.replace('.html', '')}`, stories).article!),
  ];
  const l = linkByStory(all);
  const find = (suffix: string, written: string) => all.find((a) => a.key.endsWith(suffix))!.claims.find((c) => writes(c, written))!;
  const rel = (a: { id: string }, b: { id: string }) => l.find((x) => (x.a === a.id && x.b === b.id) || (x.a === b.id && x.b === a.id))?.relation ?? 'none';

  it('links days in captivity, release dates and spellings across languages', () => {
    expect(rel(find('-ru', '498'), find('-002', '498'))).toBe('same');
    expect(rel(find('-es', '498'), find('-003', '498'))).toBe('same');
    expect(rel(find('-ru', '15 февраля 2025 года'), find('-004', 'February 15, 2025'))).toBe('same');
    expect(rel(find('-es', 'noviembre de 2023'), find('-002', 'November 2023'))).toBe('same');
    expect(rel(find('-ru', 'Труфанов'), find('-000', 'Trufanov'))).toBe('variant');
  });

  it('finds no conflict beyond the seeds’ own: the Russian report names both groups as holding him', () => {
    expect(l.filter((x) => x.relation === 'conflict').map((x) => x.topic).sort()).toEqual(['date:meeting']);
    // The Russian report has him freed "из плена ХАМАС" and held by "группировка «Исламский
    // джихад»": it says neither alone, so it agrees with the Spanish "en manos de la Yihad
    // Islámica" on the one and sets nothing against it with the other.
    const captor = (suffix: string, written: string) => all.find((a) => a.key.endsWith(suffix))!.claims.find((c) => c.kind === 'fact' && c.written === written)!;
    expect(rel(captor('-ru', 'Исламский джихад'), captor('-es', 'Yihad Islámica'))).toBe('same');
    expect(rel(captor('-ru', 'ХАМАС'), captor('-es', 'Yihad Islámica'))).toBe('none');
  });
});
