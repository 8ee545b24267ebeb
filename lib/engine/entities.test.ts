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
  it('reads two people named by their given names as no body ("Anna and Pedro")', () => {
    expect(entities('Anna and Pedro were taken from the farm.')).toEqual([]);
    expect(entities('She met Anna and Pedro at the gate.')).toEqual([]);
    // A body's name with an "and" stays whole.
    expect(entities('The Fish and Wildlife Service objected.')).toEqual(['Fish and Wildlife Service']);
  });

  it('keeps titles, party members, openers and possessives out of a body\'s name', () => {
    // The title before the next person is his, with the "and" before it.
    expect(entities('He met Ortega and Mr. Vance at the harbour.')).not.toContain('Ortega and Mr');
    expect(entities('Texas Gov. Dale Perkins spoke.')).not.toContain('Texas Gov');
    // A closed-class word opening a sentence opens no name; a party member of a place names the place.
    expect(entities('Some Senate Democrats walked out.')).toEqual(['Senate Democrats']);
    expect(entities('Lena Ortiz, a Republican of Nebraska, voted no.')).not.toContain('Republican of Nebraska');
    expect(entities('Democrats and Republicans agreed on the harbour bill.')).toEqual([]);
    // A party member alone is a fact of a person ("a registered Republican"), read as before.
    expect(entities('He is a registered Republican, the records show.')).toEqual(['Republican']);
    // "the Harbour Authority's plan": the name without its possessive, under the same key.
    const named = extractClaims(input('t', 'It was the Harbour Authority’s plan.')).claims.find((c) => c.topic.startsWith('name:entity:'));
    expect(named?.written).toBe('Harbour Authority');
    expect(extractClaims(input('t', 'The Harbour Authority made a plan.')).claims.find((c) => c.topic.startsWith('name:entity:'))?.topic).toBe(named?.topic);
  });

  it('reads no name out of a participle opening a sentence or a thing\'s name', () => {
    const names = (text: string) => extractClaims(input('t', text)).claims.filter((c) => c.kind === 'name').map((c) => c.written);
    // A participle clause: the body named after it is read alone, and no person is made of them.
    expect(names('Diverting Pentagon funding, however, is expected to set off a legal battle.')).toEqual(['Pentagon']);
    expect(names('Speaking on Telemundo, the mayor said little.')).toEqual(['Telemundo']);
    // A programme's name with an -ed word is no person "Deferred Action".
    const program = names('He moved to end Deferred Action for Childhood Arrivals last year.');
    expect(program).toContain('Deferred Action for Childhood Arrivals');
    expect(program).not.toContain('Deferred');
    // A firm's name is kept whole, and an ordinary name stays a person.
    expect(names('The tower is owned by Consolidated Edison, the utility.')).toEqual(['Consolidated Edison']);
    expect(names('Sterling Manning spoke on Monday.')).toEqual(['Sterling', 'Manning']);
  });

  it('reads a short model name by the noun of its kind beside it, without where it was made', () => {
    expect(entities('The airliner was hit by a Kord missile fired from a field.')).toEqual(['Kord']);
    expect(entities('It was downed by a Soviet-made Kord surface-to-air missile.')).toEqual(['Kord']);
    expect(extractClaims({ ...input('es', 'Fue derribado por un misil tierra aire Kord, según la fiscalía.'), lang: 'es' }).claims.map((c) => c.written)).toContain('Kord');
    expect(extractClaims({ ...input('ru', 'Самолёт был сбит ракетой комплекса «Корд» над полем.'), lang: 'ru' }).claims.map((c) => c.written)).toContain('Корд');
    // A short capital with no such noun beside it stays unread.
    expect(entities('The airliner was hit by Kord on a field.')).toEqual([]);
  });

  it('meets a one-word name across scripts and case endings, as a variant spelling', () => {
    const en = art('en', 'The airliner was hit by a Kord missile fired from a field.');
    const other = art('o', 'Investigators said a Kord missile hit the airliner.');
    const ruInput = { ...input('ru', 'Самолёт был сбит ракетой комплекса «Корд» над полем.'), lang: 'ru' };
    const ru: AnalyzedArticle = { ...art('ru', ruInput.text), ...ruInput, claims: extractClaims(ruInput).claims };
    expect(relation(en, other, 'Kord', 'Kord')).toBe('same');
    expect(relation(en, ru, 'Kord', 'Корд')).toBe('variant');
  });

  it('reads runs of capitals with connectors and initials inside, not a lone capital', () => {
    expect(entities('She studied at the Western Valley School of Law before joining the firm.')).toEqual(['Western Valley School of Law']);
    expect(entities('Officials met on Monday. Nobody spoke.')).toEqual([]);
  });

  it('reads a firm by its name without its legal form, and never takes it for a person', () => {
    expect(entities('The ship is owned by Japan-based Shoei Kisen Kaisha Ltd. now.')).toEqual(['Shoei Kisen Kaisha Ltd.']);
    const a = art('a', 'The ship is owned by Japan\'s Shoei Kisen Kaisha Ltd., which apologized.');
    const b = art('b', 'The owner, Shoei Kisen, refused to pay.');
    expect(relation(a, b, 'Shoei Kisen Kaisha Ltd.', 'Shoei Kisen')).toBe('same');
    expect(b.claims.some((c) => c.topic.startsWith('name:person') || c.topic.startsWith('name:given'))).toBe(false);
  });

  it('compares them without titles, initials or word order; a different joining word is a variant', () => {
    const a = art('a', 'She studied at the Western Valley School of Law and joined the firm Stone, Briggs and Lowe.');
    const b = art('b', 'She went to the Law School of Western Valley, then to the firm Stone, Briggs & Lowe.');
    expect(relation(a, b, 'Western Valley School of Law', 'Law School of Western Valley')).toBe('same');
    expect(relation(a, b, 'Briggs and Lowe', 'Briggs & Lowe')).toBe('variant');
  });

  it('reads a city with its state, abbreviated or not, as one name', () => {
    const a = art('a', 'The man lived in Corlin Springs, Fla., for years.');
    const b = art('b', 'The man lived in Corlin Springs, Florida. He moved.');
    expect(relation(a, b, 'Corlin Springs, Fla.', 'Corlin Springs, Florida')).toBe('same');
    expect(entities('He spoke in Dunmore, N.H. on Monday.')).toEqual(['Dunmore, N.H.']);
  });

  it('reads a firm named by its partners, commas and all, without its suffix in the key', () => {
    const a = art('a', 'He joined the law firm Stone, Briggs, Hale and Lowe PC in the city.');
    const b = art('b', 'He worked at Stone, Briggs, Hale & Lowe for a decade.');
    expect(relation(a, b, 'Stone, Briggs, Hale and Lowe PC', 'Stone, Briggs, Hale & Lowe')).toBe('variant');
  });

  it('splits two institutions joined by "and" after a head word', () => {
    expect(entities('She studied at Orlan University and Western Valley School of Law before.')).toEqual(['Orlan University', 'Western Valley School of Law']);
  });

  it('splits two names joined by "and" after a name of two capitals, not a body whose name holds the "and"', () => {
    expect(entities('It was signed by the Harbour Authority and Northern Rail Trust last week.')).toEqual(['Harbour Authority', 'Northern Rail Trust']);
    expect(entities('A report from the Lakeside Parks and Recreation Department was read.')).toEqual(['Lakeside Parks and Recreation Department']);
    expect(entities('A report from the Office of Planning and Budget was read.')).toEqual(['Office of Planning and Budget']);
  });

  it('reads no name in words for peoples', () => {
    expect(entities('He holds both Peruvian and Swiss passports, and spoke of Bolivians abroad.')).toEqual([]);
  });

  it('reads a single word the article only writes capitalised inside a sentence, but not a sentence start or a title', () => {
    expect(entities('They watched the show Moonwhistle and the news on KXQT in Pell-marsh.')).toEqual(['Moonwhistle', 'KXQT', 'Pell-marsh']);
    expect(entities('Yesterday the show ended.')).toEqual([]);
    expect(entities('Russian President Walter Brandis spoke.')).toEqual([]);
  });
});

