import { describe, expect, it } from 'vitest';
import { analyzeArticle, linkArticles } from './analyze';
import type { StoryDefinition } from './types';
import { findVoyageFacts } from './voyage';

const facts = (attribute: string) => (text: string) => findVoyageFacts(text, 0, text.length).filter((f) => f.attribute === attribute).map((f) => [text.slice(f.start, f.end), f.value]);
const flags = facts('flag');
const destinations = facts('destination');

describe('the flag a ship flies', () => {
  it('is read in four languages and keyed alike for the country and its people’s word', () => {
    expect(flags('The 200,000-tonne, Panama-flagged container ship ran aground.')).toEqual([['Panama', 'panam']]);
    expect(flags('The ship sails under the Panamanian flag.')).toEqual([['Panamanian', 'panam']]);
    expect(flags('El portacontenedores de bandera panameña Ever Given zarpó.')).toEqual([['panameña', 'panam']]);
    expect(flags('Le porte-conteneurs, battant pavillon panaméen, a traversé.')).toEqual([['panaméen', 'panam']]);
    expect(flags('Контейнеровоз ходит под флагом Панамы.')).toEqual([['Панамы', 'panam']]);
    expect(flags('Судно под панамским флагом шло в Роттердам.')).toEqual([['панамским', 'panam']]);
  });

  it('is no flag of a sentence without one', () => {
    expect(flags('The flag was raised over the canal.')).toEqual([]);
    expect(flags('The Panamanian container ship ran aground.')).toEqual([]);
  });

  it('reads the port a ship is bound for in four languages and two scripts, keyed alike', () => {
    expect(destinations('It is carrying containers bound for Rotterdam from China.')).toEqual([['Rotterdam', 'roter']]);
    expect(destinations('It was en route to the Dutch port of Rotterdam on March 23.')).toEqual([['Rotterdam', 'roter']]);
    expect(destinations('El buque navegaba rumbo a Róterdam.')).toEqual([['Róterdam', 'roter']]);
    expect(destinations('Le navire faisait route vers Rotterdam.')).toEqual([['Rotterdam', 'roter']]);
    expect(destinations('Ever Given шел из Китая в Роттердам.')).toEqual([['Роттердам', 'roter']]);
    expect(destinations('He went to Rotterdam for a meeting.')).toEqual([]);
  });

  it('links one flag in any language as the same, one port in another script as a variant', () => {
    const story: StoryDefinition = { id: 's', title: 't', people: [], places: [{ name: 'Ever Given', weight: 'core' }], terms: [] };
    const art = (key: string, text: string, lang: string) => analyzeArticle({ key, url: null, outlet: key, title: 'Ever Given', published: '2021-03-25', text, lang }, [story]);
    const en = art('en', 'The Panama-flagged Ever Given was bound for Rotterdam.', 'en');
    const es = art('es', 'El Ever Given, de bandera panameña, navegaba rumbo a Rotterdam.', 'es');
    const ru = art('ru', 'Ever Given под флагом Панамы шел из Китая в Роттердам.', 'ru');
    const rel = (x: typeof en, y: typeof en, attribute: string) => {
      const cx = x.claims.find((c) => c.topic === `fact:${attribute}`)!;
      const cy = y.claims.find((c) => c.topic === `fact:${attribute}`)!;
      return linkArticles([x, y]).find((l) => (l.a === cx.id && l.b === cy.id) || (l.a === cy.id && l.b === cx.id))?.relation ?? 'none';
    };
    expect(rel(en, es, 'flag')).toBe('same');
    expect(rel(en, ru, 'flag')).toBe('variant');
    expect(rel(en, es, 'destination')).toBe('same');
    expect(rel(en, ru, 'destination')).toBe('variant');
  });
});
