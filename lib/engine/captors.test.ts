// Who held someone, in four languages, and how two outlets' accounts compare. The sentences are
// written here for the purpose.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, linkArticles } from './analyze';
import type { AnalyzedArticle, StoryDefinition } from './types';

const story: StoryDefinition = { id: 's', title: 'test story', people: [{ name: 'Pavel Orlov', weight: 'core' }], places: [], terms: [] };
const art = (key: string, lang: string, text: string): AnalyzedArticle =>
  analyzeArticle({ key, url: null, outlet: key, title: 'Pavel Orlov', published: '2025-02-16', text, lang }, [story]);
const captors = (a: AnalyzedArticle) => a.claims.filter((c) => c.topic.startsWith('fact:captor'));

describe('who held someone', () => {
  it('reads the group after a phrase of holding in English, Spanish, French and Russian', () => {
    expect(captors(art('en', 'en', 'Pavel Orlov, who was held by Palestinian Islamic Jihad, was freed.')).map((c) => c.written)).toEqual(['Palestinian Islamic Jihad']);
    expect(captors(art('es', 'es', 'Pavel Orlov estuvo en manos de la Yihad Islámica.')).map((c) => c.written)).toEqual(['Yihad Islámica']);
    expect(captors(art('fr', 'fr', 'Pavel Orlov a été détenu par le Jihad islamique.')).map((c) => c.written)).toEqual(['Jihad islamique']);
    expect(captors(art('ru', 'ru', 'Павел Орлов находился в плену у Исламского джихада.')).map((c) => c.written)).toEqual(['Исламского джихада']);
  });

  it('reads "hostage of", "из плена", "заложником" only before a group the lines know, past quotes and descriptors', () => {
    expect(captors(art('ru', 'ru', 'Президент встретился с заложником «Хамаса» Павлом Орловым.')).map((c) => c.written)).toEqual(['Хамаса']);
    expect(captors(art('ru', 'ru', 'Освобожденный из плена "Исламского джихада" Павел Орлов дал интервью.')).map((c) => c.written)).toEqual(['Исламского джихада']);
    expect(captors(art('es', 'es', 'Pavel Orlov fue secuestrado por la organización terrorista Yihad Islámica Palestina.')).map((c) => c.written)).toEqual(['Yihad Islámica Palestina']);
    expect(captors(art('es', 'es', 'Pavel Orlov, prisionero de la Yihad Islámica, fue liberado.')).map((c) => c.written)).toEqual(['Yihad Islámica']);
    // A duration between "held" and "by": "held for 473 days by".
    expect(captors(art('en', 'en', 'Pavel Orlov has been held for 473 days by the Palestinian Islamic Jihad.')).map((c) => c.written)).toEqual(['Palestinian Islamic Jihad']);
    // The person's name right after the group, in capitals too: the group is the run's first words.
    expect(captors(art('ru', 'ru', 'В Россию приехал освобожденный из плена ХАМАС Павел Орлов.')).map((c) => c.written)).toEqual(['ХАМАС']);
    // A place there is where, not who: "rehén de Gaza Pavel Orlov".
    expect(captors(art('es', 'es', 'Un vídeo del rehén de Gaza Pavel Orlov fue difundido el martes.'))).toEqual([]);
    // After "заложника" a person's name is as likely: no group, no claim.
    expect(captors(art('ru', 'ru', 'Видео заложника Павла Орлова опубликовали вчера.'))).toEqual([]);
  });

  it('gives it to the person right before the phrase or to the pronoun there, never to a name further back', () => {
    expect(captors(art('a', 'en', 'Pavel Orlov spoke. He was held by Hamas in a tunnel.'))[0]?.frame?.subject).toBeTruthy();
    expect(captors(art('b', 'en', 'Pavel Orlov met a family that had been held hostage by Hamas.'))).toEqual([]);
  });

  it('links the same group told by two outlets in two languages, and sets two groups against each other', () => {
    const en = art('en', 'en', 'Pavel Orlov, who was held by Palestinian Islamic Jihad, was freed.');
    const es = art('es', 'es', 'Pavel Orlov estuvo en manos de la Yihad Islámica.');
    const other = art('o', 'en', 'Pavel Orlov, who was held by Hamas, was freed.');
    const rel = (x: AnalyzedArticle, y: AnalyzedArticle) => {
      const [cx] = captors(x);
      const [cy] = captors(y);
      return linkArticles([x, y]).find((l) => (l.a === cx!.id && l.b === cy!.id) || (l.a === cy!.id && l.b === cx!.id))?.relation ?? 'none';
    };
    expect(rel(en, es)).toBe('same');
    // "held by Hamas" against "held by Palestinian Islamic Jihad": the outlets disagree on who held him.
    expect(rel(en, other)).toBe('conflict');
    // An article that names two groups as holding him says neither alone: no conflict with either.
    const both = art('b', 'en', 'Pavel Orlov was captured by Hamas and Palestinian Islamic Jihad and taken into Gaza.');
    expect(captors(both)[0]?.frame?.scope).toContain('captors:joint');
    expect(rel(both, en)).not.toBe('conflict');
    const twice = art('t', 'en', 'Pavel Orlov, who was held by Hamas, was freed. Pavel Orlov was in the hands of Islamic Jihad for a year.');
    expect(linkArticles([twice, en]).some((l) => l.relation === 'conflict')).toBe(false);
  });

  it('reads the group a few words after a verb of holding, or before "hostage" and a name, never a place or a people', () => {
    expect(captors(art('a', 'en', 'Pavel Orlov was taken hostage on October 7, 2023 by Islamic Jihad terrorists.')).map((c) => c.written)).toEqual(['Islamic Jihad']);
    expect(captors(art('b', 'en', 'The ambassador met former Islamic Jihad hostage Pavel Orlov on Saturday.')).map((c) => c.written)).toEqual(['Islamic Jihad']);
    expect(captors(art('c', 'en', 'Former Gaza hostages Pavel Orlov and his wife announced their engagement.'))).toEqual([]);
    expect(captors(art('d', 'en', 'Pavel Orlov was kidnapped by Palestinian terrorists from the kibbutz.'))).toEqual([]);
    expect(captors(art('e', 'fr', 'Pavel Orlov a passé 498 jours en captivité aux mains du Jihad islamique palestinien.')).map((c) => c.written)).toEqual(['Jihad islamique palestinien']);
    expect(captors(art('f', 'en', 'The women were freed, but Pavel Orlov remained in the hands of his captors from the Islamic Jihad.')).map((c) => c.written)).toEqual(['Islamic Jihad']);
  });

  it('reads a group before a noun of captivity, and a group holding the person in the active voice', () => {
    const held = (lang: string, text: string) => captors(art('x', lang, 'Pavel Orlov spoke to reporters on Sunday. ' + text)).map((c) => [c.written, !!c.frame?.subject]);
    expect(held('en', 'After 498 days in Hamas captivity, (Pavel) Orlov’s nightmare is finally ending.')).toEqual([['Hamas', true]]);
    expect(held('en', 'Islamic Jihad, which likely holds Orlov, released a video.')).toEqual([['Islamic Jihad', true]]);
    // The group set aside by "rather than" is not the one that held him.
    expect(held('en', 'Orlov revealed that Palestinian Islamic Jihad, rather than Hamas, held him captive.')).toEqual([['Palestinian Islamic Jihad', true]]);
    // Talks are held, no person: nothing.
    expect(held('en', 'Hamas held talks with Egypt on Sunday.')).toEqual([]);
    // A dash sets off the relative clause as a comma does.
    expect(held('fr', 'Orlov – qui est détenu par le Jihad islamique palestinien – a parlé.')).toEqual([['Jihad islamique palestinien', true]]);
    // A Russian verb of holding in any gender, its group past nominative descriptors.
    expect(held('ru', 'Павел Орлов рассказал, что его удерживала палестинская группировка «Исламский джихад».')).toEqual([['Исламский джихад', true]]);
  });

  it('finds who was held past what stands for them: a pronoun, "este", the one person named before, a Russian description', () => {
    const subject = (lang: string, text: string) => captors(art('x', lang, text)).map((c) => [c.written, c.frame?.person?.split(':')[0] ?? null]);
    const key = captors(art('k', 'en', 'Pavel Orlov, who was held by Hamas, was freed.'))[0]!.frame!.subject;
    // "Este" is the person named last before it, not the sentence's first one.
    expect(subject('es', 'El embajador Anatoly Viktorov se reunió con Pavel Orlov el sábado, horas después de que este recuperara su libertad tras permanecer 498 días secuestrado por la organización terrorista Yihad Islámica.'))
      .toEqual([['Yihad Islámica', key]]);
    // "Este miércoles" is a day, no person: the clause names nobody, and nothing is claimed.
    expect(subject('es', 'Anatoly Viktorov y Pavel Orlov hablaron. Este miércoles fue publicado un vídeo de un hombre secuestrado por la Yihad Islámica.')).toEqual([]);
    // "Him" after a group holding: the one person the sentence names before it.
    expect(subject('en', 'Anatoly Viktorov met his mother. Not until May did the first footage of Pavel Orlov emerge, revealing that Palestinian Islamic Jihad, rather than Hamas, held him captive.'))
      .toEqual([['Palestinian Islamic Jihad', key]]);
    // Russian writes no article: "Мужчину" opening the sentence is the article's one person.
    expect(subject('ru', 'Павел Орлов поделился впечатлениями. Мужчину удерживало палестинское террористическое движение ХАМАС в секторе Газа.')).toEqual([['ХАМАС', key]]);
    // Men in the plural are a group: nobody's captor.
    expect(subject('ru', 'Павел Орлов поделился впечатлениями. Мужчин удерживало движение ХАМАС.')).toEqual([]);
  });

  it('reads two groups before "hostages" as holding them together', () => {
    const [c] = captors(art('a', 'en', 'Putin meets with freed Palestinian Islamic Jihad and Hamas hostages Pavel Orlov and his mother at the Kremlin.'));
    expect(c?.frame?.scope).toContain('captors:joint');
  });

  it('sets two groups against each other only for one person of a family, by given name too', () => {
    const son = art('a', 'en', 'Pavel Orlov, who was held by Palestinian Islamic Jihad, was freed.');
    const mother = art('b', 'ru', 'Мать Павла, Лена Орлова, провела в плену ХАМАСа 54 дня.');
    const sonAgain = art('c', 'en', 'Pavel Orlov, who was held by Hamas, was freed.');
    const rel = (x: AnalyzedArticle, y: AnalyzedArticle) => {
      const [cx] = captors(x);
      const [cy] = captors(y);
      expect(cx && cy).toBeTruthy();
      return linkArticles([x, y]).find((l) => (l.a === cx!.id && l.b === cy!.id) || (l.a === cy!.id && l.b === cx!.id))?.relation ?? 'none';
    };
    expect(rel(son, mother)).toBe('none');
    expect(rel(son, sonAgain)).toBe('conflict');
  });

  it('gives it to the person an apposition or a relative clause describes, or to the article\'s person described, never past a group', () => {
    const subject = (lang: string, text: string) => captors(art('x', lang, 'Pavel Orlov spoke to reporters on Sunday. ' + text))[0]?.frame?.subject ?? null;
    expect(subject('en', 'Orlov, 30, an electronics engineer, was taken hostage on October 7, 2023 by Islamic Jihad terrorists.')).toBeTruthy();
    expect(subject('fr', 'Vladimir Poutine a reçu Pavel Orlov, un citoyen russe de 29 ans qui a passé 498 jours aux mains du Hamas.')).toBeTruthy();
    expect(subject('en', 'The 29-year-old has been held for 473 days by the Palestinian Islamic Jihad.')).toBeTruthy();
    expect(subject('fr', 'Vladimir Poutine a voulu libérer ce trentenaire qui a passé 498 jours en captivité aux mains du Jihad islamique.')).toBeTruthy();
    // A group of people, or a verb of another clause, stands between: no one of the story.
    expect(subject('en', 'Vladimir Putin met the families who were held by Hamas.')).toBeNull();
  });

  it('tells who took someone from who held them: the two never disagree', () => {
    const took = art('a', 'en', 'Pavel Orlov was abducted by Hamas on October 7.');
    const held = art('b', 'en', 'Pavel Orlov, who was held by Palestinian Islamic Jihad, was freed.');
    const [ca] = captors(took);
    const [cb] = captors(held);
    expect(ca?.frame?.scope).toContain('captors:taking');
    expect(linkArticles([took, held]).find((l) => (l.a === ca!.id && l.b === cb!.id) || (l.a === cb!.id && l.b === ca!.id))?.relation ?? 'none').toBe('none');
  });

  it('gives it to a given name written alone in another spelling of the one written with the surname', () => {
    const a = art('a', 'en', 'Sasha Orlov spoke to reporters on Sunday. The women were freed, but Sacha remained in the hands of Hamas.');
    expect(captors(a)[0]?.frame?.subject).toBeTruthy();
    // Another given name alone is nobody the article named.
    const b = art('b', 'en', 'Sasha Orlov spoke to reporters on Sunday. The women were freed, but Maria remained in the hands of Hamas.');
    expect(captors(b)).toEqual([]);
  });
});
