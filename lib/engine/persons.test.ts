import { describe, expect, it } from 'vitest';
import { extractClaims } from './claims';
import { compareClaims } from './compare';
import { editDistance, findPersons } from './persons';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import type { Claim } from './types';

// Sentences written for these tests; no corpus text.
function persons(text: string) {
  const tokens = tokenize(text);
  const lower = new Set(tokens.filter((t) => t.lowerInitial).map((t) => t.lower));
  const sentences = splitSentences(text).map((s) => ({ tokens: tokens.filter((t) => t.start >= s.start && t.start < s.end), titleCase: false }));
  return findPersons(text, sentences, lower);
}

const article = (key: string, text: string) => ({ key, url: null, outlet: null, title: '', published: '2030-03-02', text, lang: 'en' as const });
const personClaims = (key: string, text: string): Claim[] =>
  extractClaims(article(key, text)).claims.filter((c) => c.value.type === 'name' && c.value.role === 'person');
const meta = (key: string) => ({ key, published: '2030-03-02', asOf: null });

function relation(textA: string, textB: string, writtenA: string, writtenB: string): string | null {
  const a = personClaims('a', textA).find((c) => c.value.type === 'name' && c.value.written === writtenA);
  const b = personClaims('b', textB).find((c) => c.value.type === 'name' && c.value.written === writtenB);
  if (!a || !b) throw new Error(`no claim for ${!a ? writtenA : writtenB}`);
  return compareClaims(a, meta('a'), b, meta('b'))?.relation ?? null;
}

describe('people named in full', () => {
  it('learns nothing of names from a line written all in lower case (a slug heading)', () => {
    const text = 'maria kowalczyk arrest reporter poland\n\nThe reporter Maria Kowalczyk was arrested in Gdansk on Monday. Kowalczyk denies it.';
    expect(personClaims('a', text).map((c) => c.written)).toContain('Maria Kowalczyk');
    // Prose in lower case still tells an ordinary word from a name.
    const prose = 'The pastor said little. Pastor Jones was arrested in Gdansk on Monday.';
    expect(personClaims('b', prose).map((c) => c.written)).not.toContain('Pastor Jones');
  });
  it('takes no body for a person: a group the translation lines know, or a name a body\'s word opens', () => {
    const written = (text: string) => persons(text).filter((p) => !p.bare).map((p) => p.written);
    expect(written('Yihad Islámica publica un vídeo. El grupo Yihad Islámica dice que Islámica y Islámica.')).toEqual([]);
    expect(written('El Movimiento de Resistencia Islámica habló. Según el Movimiento de Resistencia Islámica, Islámica.')).toEqual([]);
    expect(written('Movimiento de Resistencia Islámica (Hamás) y Islámica, dijo Islámica.')).toEqual([]);
    // A street's name is no person's: "Latimer Road", written twice.
    expect(written('The tower stands on Latimer Road. Residents of Latimer Road fled, Latimer said.')).toEqual([]);
    // Capitals that run on into a body's head are the body's: "the Sverdlovsk Regional Court".
    expect(written('The Sverdlovsk Regional Court sentenced him. The Sverdlovsk Regional Court said Regional.')).toEqual([]);
    // A person of the same shape still is one: "Pablo Iglesias", written twice.
    expect(written('Pablo Iglesias habló. Iglesias dijo que sí.')).toEqual(['Pablo Iglesias']);
  });

  it('reads a name in a Title Case headline that runs on into its verb, when the body names the person', () => {
    const claims = personClaims('h', 'Walter Brandis Sentenced To Ten Years In Prison\n\nThe court sentenced Walter Brandis on Friday. He was sentenced after a trial.');
    expect(claims.map((c) => c.written)).toEqual(['Walter Brandis', 'Walter Brandis']);
    // A headline misspelling the body's surname is read as that person, a spelling apart.
    const misspelt = personClaims('m', 'Walter Brandiss’s Lawyers Appeal The Ruling Today\n\nThe lawyers of Walter Brandis appealed on Friday.');
    expect(misspelt.map((c) => c.written)).toEqual(['Walter Brandiss', 'Walter Brandis']);
    expect(compareClaims(misspelt[0]!, meta('m'), personClaims('b', 'Walter Brandis spoke.')[0]!, meta('b'))?.relation).toBe('variant');
  });

  it('reads titles, middle initials, nicknames and a generation suffix around the name, not inside it', () => {
    const found = persons('Sen. Walter Q. Brandis met Rep. Harold "Hal" Penrose and Tobias Wren Jr., 61, on Monday.');
    expect(found.map((p) => [p.written, p.given, p.surname, p.generation])).toEqual([
      ['Walter Q. Brandis', 'Walter', 'Brandis', null],
      ['Harold "Hal" Penrose', 'Harold', 'Penrose', null],
      ['Tobias Wren Jr.', 'Tobias', 'Wren', 'jr'],
    ]);
    expect(persons('Rep. Harold (“Hal”) Penrose spoke first.').map((p) => [p.given, p.surname])).toEqual([['Harold', 'Penrose']]);
  });

  it('leaves an office out of the name and wants evidence that two capitals are a person', () => {
    expect(persons('The Director of National Intelligence Walter Brandis spoke.').map((p) => p.written)).toEqual(['Walter Brandis']);
    // Two capitals with no given name the table knows, no title, initial or repeated surname.
    expect(persons('They drove to Orsk Valley for the fair.')).toEqual([]);
  });

  it('reads a nationality before the name as evidence of a person, not as part of the name', () => {
    expect(persons('The Peruvian-Swiss Ilario Quenta arrived on Monday.').map((p) => p.written)).toEqual(['Ilario Quenta']);
    // Spanish writes the nationality in lower case.
    expect(persons('Llegó junto al peruano-suizo Ilario Quenta, de 40 años.').map((p) => p.written)).toEqual(['Ilario Quenta']);
    expect(persons('The Peruvian-Swiss Ilario Alexander arrived on Monday.').map((p) => p.written)).toEqual(['Ilario Alexander']);
    // Before ordinary English words, or a faith's, it may open the name of a body.
    expect(persons('The Palestinian Islamic Jihad said on Monday that it would answer.')).toEqual([]);
    expect(persons('The Peruvian Zaldo Front said on Monday that it would answer.')).toEqual([]);
  });

  it('reads an age in apposition after the name as evidence of a person', () => {
    expect(persons('Ilario Quenta, 40, arrived on Monday.').map((p) => p.written)).toEqual(['Ilario Quenta']);
    expect(persons('Llegó con Ilario Quenta, de 40, el lunes.').map((p) => p.written)).toEqual(['Ilario Quenta']);
    expect(persons('The freed man was Ilario Quenta (40).').map((p) => p.written)).toEqual(['Ilario Quenta']);
    // A figure that counts something, or a year, is no age.
    expect(persons('They walked out of Zaldo Quarry, 150 workers in all.')).toEqual([]);
    expect(persons('They met at Zaldo Quenta, 2024, in the spring.')).toEqual([]);
  });

  it('takes no law, place or sentence opening for a person, even with its last word repeated', () => {
    expect(persons('They voted on the Harwick Act. The Act passed, and the Act was signed.')).toEqual([]);
    expect(persons('Under Halvorsen the office grew. Halvorsen left in May.')).toEqual([]);
    expect(persons('They met at the Secure Peru Now rally. Now was the time.')).toEqual([]);
  });

  it('takes no repeated brand or product for a person', () => {
    // "Orbit" stands alone as well: a first word written alone is no given name.
    expect(persons('They used Orbit Lens at work. Lens was slow. Orbit said so. Lens crashed.')).toEqual([]);
    // Opening its sentence every time, with no given name the table knows.
    expect(persons('Maybe Zorvan would come. Zorvan did not.')).toEqual([]);
  });

  it('gathers a surname alone, and a misspelling of it, into the person named in full', () => {
    const found = persons('Governor Ann Pell named Walter Brandis on Friday. Brandis accepted. Brendis will serve until June.');
    expect(found.filter((p) => p.bare).map((p) => [p.written, p.given, p.key === found[1]!.key])).toEqual([
      ['Brandis', 'Walter', true],
      ['Brendis', 'Walter', true],
    ]);
  });

  it('reads a surname alone that two people of the article share as the family’s, its bearer unknown', () => {
    const found = persons('Walter Brandis and his wife, Ruth Brandis, arrived. Brandis spoke first.');
    expect(found.filter((p) => p.bare).map((p) => [p.written, p.given])).toEqual([['Brandis', null]]);
    // Two families whose names merely sound alike stay apart: no bearer at all.
    expect(persons('Walter Brandis and Ruth Brandes arrived. Brandis spoke first.').filter((p) => p.bare).map((p) => p.given)).not.toContain('Ruth');
  });

  it('tells a titled father from the Jr. beside him', () => {
    const found = persons('Former Rep. Tobias Wren Jr. wrote a book with his father, the Rev. Tobias Wren, in 2001.');
    expect(found.map((p) => [p.written, p.generation])).toEqual([['Tobias Wren Jr.', 'jr'], ['Tobias Wren', 'plain']]);
  });

  it('measures edit distance', () => {
    expect(editDistance('cowan', 'cowmen')).toBe(2);
    expect(editDistance('brandis', 'brandis')).toBe(0);
  });
});

describe('comparing people across articles', () => {
  it('is the same name with and without a title, middle initial or Jr.', () => {
    expect(relation('Rep. Walter Q. Brandis spoke on Monday.', 'Walter Brandis spoke on Monday.', 'Walter Q. Brandis', 'Walter Brandis')).toBe('same');
    expect(relation('Police named Tobias Wren Jr. as the suspect.', 'Police named Tobias Wren as the suspect. Wren was held.', 'Tobias Wren Jr.', 'Tobias Wren')).toBe('same');
  });

  it('is a variant for a short form of the given name or a misspelled surname', () => {
    expect(relation('Sen. James Holloway spoke.', 'Sen. Jim Holloway spoke.', 'James Holloway', 'Jim Holloway')).toBe('variant');
    expect(relation('Governor Ann Pell named Walter Brandis. Brendis accepted.', 'Walter Brandis was named.', 'Brendis', 'Walter Brandis')).toBe('variant');
  });

  it('never links two different given names of one surname', () => {
    expect(relation('Rep. Loren Castell won.', 'Rep. Lydia Castell won.', 'Loren Castell', 'Lydia Castell')).toBeNull();
  });

  it('never links the father with his son where the articles tell them apart', () => {
    const a = 'Former Rep. Tobias Wren Jr. wrote a book with his father, the Rev. Tobias Wren, in 2001.';
    const b = 'Tobias Wren Jr. pleaded guilty. The Rev. Tobias Wren was in court.';
    expect(relation(a, b, 'Tobias Wren Jr.', 'Tobias Wren')).toBeNull();
    expect(relation(a, b, 'Tobias Wren Jr.', 'Tobias Wren Jr.')).toBe('same');
  });
});
