// Where someone was taken from, in four languages, and how two outlets' accounts compare. The
// sentences are written here for the purpose.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, linkArticles } from './analyze';
import type { AnalyzedArticle, StoryDefinition } from './types';

const story: StoryDefinition = { id: 's', title: 'test story', people: [{ name: 'Pavel Orlov', weight: 'core' }], places: [], terms: [] };
const art = (key: string, lang: string, text: string): AnalyzedArticle =>
  analyzeArticle({ key, url: null, outlet: key, title: 'Pavel Orlov', published: '2025-02-16', text, lang }, [story]);
const places = (a: AnalyzedArticle) => a.claims.filter((c) => c.topic.startsWith('fact:taken-from'));
const relation = (x: AnalyzedArticle, y: AnalyzedArticle) => {
  const [cx] = places(x);
  const [cy] = places(y);
  return linkArticles([x, y]).find((l) => (l.a === cx!.id && l.b === cy!.id) || (l.a === cy!.id && l.b === cx!.id))?.relation ?? 'none';
};

describe('where someone was taken from', () => {
  it('reads the place after a verb of taking, past the time and the takers, in four languages', () => {
    expect(places(art('en', 'en', 'Pavel Orlov was kidnapped by militants on the morning of October 7 from Kibbutz Nir Oz.')).map((c) => c.written)).toEqual(['Nir Oz']);
    expect(places(art('n', 'en', 'Pavel Orlov was abducted from Nir Oz kibbutz on Saturday.')).map((c) => c.written)).toEqual(['Nir Oz']);
    expect(places(art('es', 'es', 'Pavel Orlov fue secuestrado en el kibbutz de Nir Oz.')).map((c) => c.written)).toEqual(['Nir Oz']);
    expect(places(art('fr', 'fr', 'Pavel Orlov a été enlevé à son domicile, dans le kibboutz Nir Oz.')).map((c) => c.written)).toEqual(['Nir Oz']);
    expect(places(art('ru', 'ru', 'Павел Орлов был похищен 7 октября в кибуце Нир-Оз.')).map((c) => c.written)).toEqual(['Нир-Оз']);
    // A place of no kind the table knows is no such claim: "kidnapped in Gaza".
    expect(places(art('g', 'en', 'Pavel Orlov was kidnapped in Gaza.'))).toEqual([]);
  });

  it('links one place in any script, and sets two places of one kind against each other for one person only', () => {
    const en = art('en', 'en', 'Pavel Orlov was kidnapped from Kibbutz Nir Oz on October 7.');
    const ru = art('ru', 'ru', 'Павел Орлов был похищен в кибуце Нир-Оз.');
    const other = art('o', 'en', 'Pavel Orlov was kidnapped from his home in Kibbutz Nahal Oz on October 7.');
    expect(relation(en, ru)).toBe('same');
    expect(relation(en, other)).toBe('conflict');
    // Taken with others, the person named before the verb was still taken from there.
    const along = art('t', 'en', 'Pavel Orlov was kidnapped along with his mother from Kibbutz Nahal Oz.');
    expect(relation(en, along)).toBe('conflict');
    // A family named together, the person not the one before the verb: said of the family,
    // never against one of them.
    const family = art('f', 'en', 'Pavel Orlov and his mother were kidnapped from Kibbutz Nahal Oz.');
    expect(relation(en, family)).toBe('none');
  });
});

describe('where someone was arrested', () => {
  const arrests = (a: AnalyzedArticle) => a.claims.filter((c) => c.topic.startsWith('fact:arrested-in'));

  it('reads the town after a verb of arrest, past a time and a town\'s noun, in four languages', () => {
    for (const [lang, text] of [['en', 'Pavel Orlov was arrested in the Urals city of Yekaterinburg on spying charges.'], ['en', 'Pavel Orlov was detained in late March 2023 in Yekaterinburg.'],
      ['es', 'Pavel Orlov fue detenido en Ekaterimburgo, a casi dos mil kilómetros de Moscú.'], ['fr', 'Pavel Orlov avait été arrêté à Ekaterinbourg, dans l’Oural.'],
      ['ru', 'Павел Орлов был задержан в Екатеринбурге.']] as const) {
      expect(arrests(art('x', lang, text)).map((c) => c.written), text).toEqual([expect.stringMatching(/^(Yekaterinburg|Ekaterimburgo|Ekaterinbourg|Екатеринбурге)$/)]);
    }
    // A month after "in" is a time, and a restaurant is no verb of arrest.
    expect(arrests(art('x', 'en', 'Pavel Orlov was arrested in March.'))).toEqual([]);
    expect(arrests(art('x', 'en', 'Pavel Orlov was eating in a restaurant in Yekaterinburg.'))).toEqual([]);
  });

  it('links one town in any script, and never sets two towns against each other', () => {
    const rel = (x: AnalyzedArticle, y: AnalyzedArticle) => {
      const [cx] = arrests(x);
      const [cy] = arrests(y);
      return linkArticles([x, y]).find((l) => (l.a === cx!.id && l.b === cy!.id) || (l.a === cy!.id && l.b === cx!.id))?.relation ?? 'none';
    };
    const en = art('a', 'en', 'Pavel Orlov was arrested in Yekaterinburg.');
    expect(rel(en, art('b', 'ru', 'Павел Орлов был задержан в Екатеринбурге.'))).toBe('same');
    expect(rel(en, art('c', 'en', 'Pavel Orlov was arrested in Moscow.'))).toBe('none');
  });
});
