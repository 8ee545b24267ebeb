import { describe, expect, it } from 'vitest';
import { findCharges } from './charges';
import { analyzeArticle, linkArticles } from './analyze';
import type { StoryDefinition } from './types';

const offences = (s: string) => findCharges(s, 0, s.length).map((c) => [s.slice(c.start, c.end), c.offence]);

describe('charges', () => {
  it('reads the offence a sentence charges someone with, in the engine\'s languages', () => {
    expect(offences('He was arrested in Yekaterinburg on spying charges.')).toEqual([['spying', 'espionage']]);
    expect(offences('задержали американского журналиста по подозрению в шпионаже')).toEqual([['шпионаже', 'espionage']]);
    expect(offences('periodista del Wall Street Journal acusado de espionaje')).toEqual([['espionaje', 'espionage']]);
    expect(offences('Evan Gershkovich, condamné pour espionnage')).toEqual([['espionnage', 'espionage']]);
    expect(offences('zu 16 Jahren Strafkolonie wegen Spionage verurteilt')).toEqual([['Spionage', 'espionage']]);
    expect(offences('She was convicted of high treason in 2023.')).toEqual([['treason', 'treason']]);
    expect(offences('He pleaded guilty to conspiracy and one fraud count.')).toEqual([['conspiracy', 'conspiracy'], ['fraud', 'fraud']]);
  });

  it('reads no charge where the sentence accuses no one', () => {
    expect(offences('The war on terrorism shaped two decades of policy.')).toEqual([]);
    expect(offences('Espionage novels sell well.')).toEqual([]);
  });

  it('agrees on one charge across outlets and languages', () => {
    const story: StoryDefinition = { id: 's', title: 't', people: [{ name: 'Pavel Orlov', weight: 'core' }], places: [], terms: ['journalist'] };
    const art = (key: string, text: string, lang: string) => analyzeArticle({ key, url: null, outlet: key, title: '', published: '2024-07-19', text, lang }, [story]);
    const a = art('a', 'The journalist Pavel Orlov was sentenced to 16 years on espionage charges.', 'en');
    const b = art('b', 'El periodista Pavel Orlov fue condenado a 16 años por espionaje.', 'es');
    const c = art('c', 'Pavel Orlov was charged with fraud.', 'en');
    const charge = (x: typeof a) => x.claims.find((k) => k.topic === 'fact:charge')!;
    const links = linkArticles([a, b, c]);
    const rel = (x: typeof a, y: typeof a) => links.find((l) => (l.a === charge(x).id && l.b === charge(y).id) || (l.b === charge(x).id && l.a === charge(y).id))?.relation ?? 'none';
    expect(rel(a, b)).toBe('same');
    // Two offences are two charges, never a disagreement.
    expect(rel(a, c)).toBe('none');
    // A name far back in the sentence (a lawyer's) is not whose charge it is.
    const d = art('d', 'The lawyers of Pavel Orlov, Maria Ivanova and Olga Petrova, said the journalist was detained during a trip and held on an allegation of espionage.', 'en');
    expect(charge(d).frame?.subject ?? null).toBeNull();
    const bd = linkArticles([b, d]);
    expect(bd.some((l) => [l.a, l.b].includes(charge(b).id) && [l.a, l.b].includes(charge(d).id) && l.relation === 'same')).toBe(true);
  });
});
