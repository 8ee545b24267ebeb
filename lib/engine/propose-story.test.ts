import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIDGE_FIRST, articleText } from '../../tests/fixtures/follow-articles';
import { proposeStory } from './propose-story';
import { parseStoryDefinition } from './story-definition';
import { isLowerCaseWord, rarity, wordRank } from './word-frequency';

const bridge = () => proposeStory({ title: BRIDGE_FIRST.title, text: articleText(BRIDGE_FIRST) });

describe('general English word frequency', () => {
  it('ranks common words first and knows which are usually capitalised', () => {
    expect(wordRank('the')).toBeLessThan(10);
    expect(wordRank('said')).toBeLessThan(wordRank('filibuster'));
    expect(wordRank('zzzxq')).toBe(Infinity);
    expect(isLowerCaseWord('court')).toBe(true);
    expect(isLowerCaseWord('James')).toBe(false);
    expect(rarity('the')).toBeLessThan(0.2);
    expect(rarity('zzzxq')).toBe(1);
  });
});

describe('proposing a story from one article', () => {
  it('proposes the headline person as core, with surname and given name, and the others as context', () => {
    const p = bridge();
    expect(p.title).toBe(BRIDGE_FIRST.title);
    expect(p.people[0]).toEqual({ name: 'Ingrid Solberg', aliases: ['Solberg'], givenNames: ['Ingrid'], weight: 'core' });
    const varga = p.people.find((x) => x.name === 'Tomas Varga');
    expect(varga?.weight).toBe('context');
    // An office before a name is not a given name ("City engineer", "Mayor").
    expect(p.people.map((x) => x.name)).not.toContain('Mayor Tomas Varga');
  });

  it('names the organisations and places, not days, openers or ordinary capitalised words', () => {
    const names = bridge().places.map((x) => x.name);
    expect(names).toContain('Veldmark Transit Authority');
    expect(names).toContain('Veldmark');
    for (const not of ['Monday', 'Thursday', 'Ferries', 'About', 'Mayor', 'City']) expect(names).not.toContain(not);
  });

  it('picks rare repeated phrases as terms, not common words', () => {
    const terms = bridge().terms;
    expect(terms).toContain('suspension cables');
    for (const common of ['said', 'would', 'every', 'after', 'reporters']) expect(terms).not.toContain(common);
  });

  it('reads "Mr. Surname" as a person without a given name', () => {
    const text = 'Talks stall\n\nMr. Okonkwo said on Monday that the talks had stalled. Later Mr. Okonkwo left the room, and Okonkwo did not return.';
    const p = proposeStory({ title: 'Talks stall', text });
    expect(p.people[0]).toMatchObject({ name: 'Okonkwo', weight: 'core' });
  });

  it('reads initials, generations, bracketed nicknames and short forms of given names', () => {
    const text = [
      'Council vote',
      'Maria K. Lindqvist opened the session. Councillor Jim (Jimbo) Brennagh spoke first, and Brennagh spoke last.',
      'Later Lindqvist thanked Peter Lindqvist Jr. for his work. Lindqvist then closed the vote.',
    ].join('\n\n');
    const p = proposeStory({ title: 'Council vote', text });
    const maria = p.people.find((x) => x.name === 'Maria K. Lindqvist');
    expect(maria).toMatchObject({ weight: 'core', aliases: ['Lindqvist'] });
    // The relative with the same surname is a person of his own, not a spelling of hers.
    expect(p.people.find((x) => x.name === 'Peter Lindqvist')?.givenNames).toEqual(expect.arrayContaining(['Peter', 'Pete']));
    const brennagh = p.people.find((x) => x.name.endsWith('Brennagh'));
    expect(brennagh?.givenNames).toEqual(expect.arrayContaining(['Jimbo', 'James', 'Jimmy']));
  });

  it('takes a name after a place or body word as the place, not a person ("Kibbutz Nir Oz")', () => {
    const text = 'Raid\n\nGunmen entered Kibbutz Nir Oz at dawn. Residents of Nir Oz hid for hours, and the Harbour Transit Authority closed roads.';
    const p = proposeStory({ title: 'Raid', text });
    expect(p.people.map((x) => x.name)).not.toContain('Nir Oz');
    expect(p.places.map((x) => x.name)).toEqual(expect.arrayContaining(['Kibbutz Nir Oz', 'Harbour Transit Authority']));
  });

  it('gives a valid story definition, or an empty one for a text without names', () => {
    expect(() => parseStoryDefinition({ id: 'x', ...bridge() })).not.toThrow();
    const empty = proposeStory({ title: 'untitled', text: 'nothing here but lower case words, said everyone.' });
    expect(empty.people).toEqual([]);
    expect(empty.places).toEqual([]);
  });
});

const BASIL = '../shared/corpus/basil/articles';
if (!existsSync(BASIL)) console.warn(`propose-story.test: ${BASIL} is absent, the BASIL checks are skipped`);

describe.skipIf(!existsSync(BASIL))('proposals on real articles (BASIL first articles)', () => {
  const firsts = existsSync(BASIL) ? readdirSync(BASIL).filter((f) => f.endsWith('_1.json')).sort() : [];
  const proposals = firsts.map((f) => {
    const a = JSON.parse(readFileSync(join(BASIL, f), 'utf8')) as { title: string; 'body-paragraphs': string[][]; 'main-entities': string[] };
    const text = [a.title.trim(), ...a['body-paragraphs'].map((p) => p.join(' ')).filter(Boolean)].join('\n\n');
    return { a, p: proposeStory({ title: a.title, text }) };
  });

  it('proposes at least one person or named thing for every article, and terms for most', () => {
    expect(proposals.every(({ p }) => p.people.length + p.places.length > 0)).toBe(true);
    expect(proposals.filter(({ p }) => p.terms.length >= 2).length / proposals.length).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the dataset’s main people among the proposed people for most events', () => {
    // The dataset annotates each event's main entities; a surname of one of them should be proposed.
    let found = 0;
    for (const { a, p } of proposals) {
      const surnames = a['main-entities'].map((e) => e.split(' ').pop()!.toLowerCase());
      const proposed = p.people.flatMap((x) => [x.name, ...(x.aliases ?? [])]).join(' ').toLowerCase();
      if (surnames.some((s) => proposed.includes(s))) found++;
    }
    expect(found / proposals.length).toBeGreaterThanOrEqual(0.85);
  });
});
