// Figures, dates and frames as English, Russian, Spanish and French write them, and their
// comparison across languages. The sentences are written here for the purpose, in the way wire
// copy in each language phrases such facts; none is taken from a corpus.
import { describe, expect, it } from 'vitest';
import { writtenAs } from './written-as';
import { analyzeArticle, linkArticles } from './analyze';
import { guessLanguage } from './claims';
import { detectStory, scoreStory } from './story-detect';
import type { AnalyzedArticle, Claim, StoryDefinition } from './types';

const writes = writtenAs;

const story: StoryDefinition = { id: 's', title: 'test story', people: [{ name: 'Pavel Orlov', weight: 'core' }], places: [], terms: ['Hamas'] };
const art = (key: string, lang: string, text: string, published = '2025-02-16'): AnalyzedArticle =>
  analyzeArticle({ key, url: null, outlet: key, title: 'Pavel Orlov', published, text, lang }, [story]);
const figure = (a: AnalyzedArticle, written: string): Claim => {
  // An age's value may hold its word of years ("29 лет"): the figure is then the start of it.
  const c = a.claims.find((x) => writes(x, written)) ?? a.claims.find((x) => x.frame?.measure === 'age' && x.written.startsWith(`${written} `));
  expect(c, `${a.key}: ${written} among ${a.claims.map((x) => x.written).join(' | ')}`).toBeDefined();
  return c!;
};
const valueOf = (c: Claim) => (c.value.type === 'number' ? c.value.value : c.value.type === 'date' ? c.value.start : null);
const relation = (arts: AnalyzedArticle[], a: Claim, b: Claim) =>
  linkArticles(arts).find((l) => (l.a === a.id && l.b === b.id) || (l.a === b.id && l.b === a.id))?.relation ?? 'none';

describe('figures as each language writes them', () => {
  it('reads dates on pages in other languages chrono knows, and Ukrainian by the Russian rules', () => {
    // A German day is an ordinal with a full stop, which must not end the sentence.
    const de = art('de', 'de', 'Pavel Orlov wurde am Morgen des 7. Oktober 2023 entführt und kam am 15. Februar 2025 frei.');
    expect(valueOf(figure(de, '7. Oktober 2023'))).toBe('2023-10-07');
    expect(valueOf(de.claims.find((c) => c.written.endsWith('15. Februar 2025'))!)).toBe('2025-02-15');
    const it_ = art('it', 'it', 'Pavel Orlov è stato liberato il 15 febbraio 2025 dopo 498 giorni.');
    expect(it_.claims.some((c) => c.value.type === 'date' && c.value.start === '2025-02-15')).toBe(true);
    const uk = art('uk', 'uk', 'Павла Орлова звільнили 15 лютого 2025 року. Йому 29 років.');
    expect(uk.claims.some((c) => c.value.type === 'date' && c.value.start === '2025-02-15')).toBe(true);
  });

  it('reads a decimal comma and groups of three set apart by a space outside English', () => {
    const ru = art('ru', 'ru', 'Правительство выделило 3,5 млрд долларов. Нападение унесло жизни 1 200 человек.');
    expect(valueOf(figure(ru, '3,5 млрд долларов'))).toBe(3.5e9);
    expect(figure(ru, '3,5 млрд долларов').frame?.measure).toBe('money:USD');
    expect(valueOf(figure(ru, '1 200'))).toBe(1200);
    const fr = art('fr', 'fr', "L'attaque a fait 1 200 morts. Le gouvernement a débloqué 3,5 milliards de dollars.");
    expect(valueOf(figure(fr, '1 200'))).toBe(1200);
    expect(fr.claims.some((c) => writes(c, '200'))).toBe(false);
    expect(valueOf(figure(fr, '3,5 milliards de dollars'))).toBe(3.5e9);
    // In English a comma groups thousands: "1,200" is twelve hundred.
    expect(valueOf(figure(art('en', 'en', 'The attack killed 1,200 people.'), '1,200'))).toBe(1200);
  });

  it('reads units and currencies after "de", in Spanish and French', () => {
    const es = art('es', 'es', 'El gobierno destinó 3.500 millones de dólares. Recorrió 12 kilómetros en dos horas y media.');
    expect(valueOf(figure(es, '3.500 millones de dólares'))).toBe(3.5e9);
    expect(figure(es, '12 kilómetros').frame?.measure).toBe('length');
    expect(valueOf(figure(es, '12 kilómetros'))).toBe(12000);
    expect(valueOf(figure(es, 'dos horas y media'))).toBeCloseTo(2.5 / 24);
    const fr = art('fr', 'fr', 'Il a parcouru 12 kilomètres en 2 heures et demie.');
    expect(valueOf(figure(fr, '12 kilomètres'))).toBe(12000);
    expect(valueOf(figure(fr, '2 heures et demie'))).toBeCloseTo(2.5 / 24);
    const ru = art('ru', 'ru', 'Он прошел 12 километров за два с половиной часа.');
    expect(valueOf(figure(ru, 'два с половиной часа'))).toBeCloseTo(2.5 / 24);
  });

  it('reads an age in apposition whatever word the language puts after it', () => {
    expect(figure(art('ru', 'ru', 'Павел Орлов, 29 лет, вернулся домой.'), '29').frame?.measure).toBe('age');
    expect(figure(art('fr', 'fr', 'Pavel Orlov, 29 ans, est rentré chez lui.'), '29').frame?.measure).toBe('age');
    expect(figure(art('es', 'es', 'Pavel Orlov, de 29 años, volvió a casa.'), '29').frame?.measure).toBe('age');
  });

  it('reads tallies, counted nouns and function words in French, Spanish and Russian', () => {
    const fr = art('fr', 'fr', 'Les députés ont adopté le texte par 438 contre 86. Le Sénat compte 348 sénateurs. Huit des passagers ne sont pas rentrés.');
    expect(figure(fr, '438 contre 86').frame?.measure).toBe('tally:438-86');
    expect(figure(fr, '348').frame?.measure).toBe('count:sénateur');
    expect(fr.claims.some((c) => c.frame?.measure === 'count:des')).toBe(false);
    const es = art('es', 'es', 'La cifra se multiplicó 400 veces en diez años.');
    expect(es.claims.some((c) => c.frame?.measure === 'count:vec')).toBe(false);
    expect(figure(art('ru', 'ru', 'В деревне сгорели 12 домов.'), '12').frame?.measure).toMatch(/^count:дом/);
  });

  it('reads "tiene 29 años" and "il a 29 ans" as ages, not spans of years', () => {
    expect(figure(art('es', 'es', 'Pavel Orlov tiene 29 años.'), '29 años').frame?.measure).toBe('age');
    expect(figure(art('fr', 'fr', 'Pavel Orlov est rentré. Il a 29 ans.'), '29 ans').frame?.measure).toBe('age');
    expect(figure(art('fr2', 'fr', 'Il a passé 10 ans en Israël.'), '10 ans').frame?.measure).toBe('duration');
  });

  it('reads a Russian age written with the dative or "в возрасте"', () => {
    expect(figure(art('ru', 'ru', 'Павел Орлов вернулся домой. Орлову 29 лет.'), '29').frame?.measure).toBe('age');
    expect(figure(art('ru', 'ru', 'Он умер в возрасте 83 лет.'), '83').frame?.measure).toBe('age');
    // A span of years is no age: "прошло 29 лет".
    expect(figure(art('ru', 'ru', 'С тех пор прошло 29 лет.'), '29 лет').frame?.measure).toBe('duration');
  });

  it('counts the people a group took hostage in Spanish, French and Russian', () => {
    expect(figure(art('es', 'es', 'Hamás tomó 240 rehenes.'), '240').frame?.key).toBe('abducted:people');
    expect(figure(art('ru', 'ru', 'ХАМАС захватил 251 заложника.'), '251').frame?.key).toBe('abducted:people');
  });

  it('reads a death in French like the English one, for the same relative', () => {
    const fr = art('fr', 'fr', "Son père, Vitaly, a été tué lors de l'attaque du 7 octobre.");
    const en = art('en', 'en', 'His father, Vitaly, was killed in the attack.');
    const death = fr.claims.find((c) => c.kind === 'fact');
    expect(death?.written).toBe("a été tué lors de l'attaque");
    expect(relation([fr, en], death!, en.claims.find((c) => c.kind === 'fact')!)).toBe('same');
  });

  it('reads a given name after a Russian kin word in any case, and a nickname in single quotes', () => {
    const ru = art('ru', 'ru', 'Орлова похитили вместе с матерью Еленой и бабушкой Ириной.');
    const elena = ru.claims.find((c) => writes(c, 'Еленой'));
    expect(elena?.frame?.subject).toBe('kin:mother');
    expect(elena?.topic).toBe(art('en', 'en', 'He was taken with his mother, Elena.').claims.find((c) => writes(c, 'Elena'))?.topic);
    const es = art('es', 'es', "El rehén Alexander 'Sasha' Orlov se recupera en un hospital.");
    expect(es.claims.find((c) => writes(c, 'Alexander'))?.topic).toMatch(/^name:given:/);
  });

  it('reads a sum after a currency sign as money, never as people released', () => {
    const en = art('en', 'en', 'The government released $3.5 billion in aid.');
    expect(figure(en, '$3.5 billion').frame?.measure).toBe('money:USD');
  });

  it('tells French from Spanish and English by their common words', () => {
    expect(guessLanguage("Le gouvernement a débloqué des fonds pour les familles des otages, qui sont dans l'attente.")).toBe('fr');
    expect(guessLanguage('El gobierno destinó fondos para las familias de los rehenes, según el ministerio.')).toBe('es');
    expect(guessLanguage('The government released funds for the families of the hostages, the ministry said.')).toBe('en');
  });
});

describe('one fact across languages', () => {
  const en = art('en', 'en', 'Pavel Orlov, 29, was released on February 15, 2025, after 498 days in captivity. Hamas abducted 251 people on October 7, 2023.');
  const fr = art('fr', 'fr', 'Pavel Orlov, 29 ans, a été libéré le 15 février 2025 après 498 jours de captivité. Le Hamas a enlevé 251 personnes le 7 octobre 2023.');
  const ru = art('ru', 'ru', 'Павел Орлов, 29 лет, был освобожден 16 февраля 2025 года после 498 дней плена. ХАМАС похитил 251 человека 7 октября 2023 года.');
  const arts = [en, fr, ru];

  it('agrees on the same figures and dates written in three languages', () => {
    expect(relation(arts, figure(en, 'February 15, 2025'), figure(fr, '15 février 2025'))).toBe('same');
    expect(relation(arts, figure(en, '498'), figure(fr, '498'))).toBe('same');
    expect(relation(arts, figure(en, '498'), figure(ru, '498'))).toBe('same');
    expect(relation(arts, figure(fr, '7 octobre 2023'), figure(ru, '7 октября 2023 года'))).toBe('same');
    expect(relation(arts, figure(en, '29'), figure(ru, '29'))).toBe('same');
  });

  it('reads who was freed from a passive in Russian and French, so a day off is a conflict', () => {
    expect(figure(fr, '15 février 2025').frame?.subject).toBe(figure(en, 'February 15, 2025').frame?.subject);
    expect(figure(ru, '16 февраля 2025 года').frame?.subject).toBe(figure(en, 'February 15, 2025').frame?.subject);
    expect(relation(arts, figure(en, 'February 15, 2025'), figure(ru, '16 февраля 2025 года'))).toBe('conflict');
    expect(relation(arts, figure(fr, '15 février 2025'), figure(ru, '16 февраля 2025 года'))).toBe('conflict');
  });
});

describe('what a count counts, across languages', () => {
  const en = art('en', 'en', 'The attack by Hamas claimed the lives of 1,200 people in Israel, and 251 were taken hostage. Israel freed 369 prisoners, among them 36 serving life sentences. Israel says 59 hostages remain in Gaza, of whom 24 are believed to be alive.');
  const ru = art('ru', 'ru', 'Нападение ХАМАС на Израиль унесло жизни около 1200 человек, еще около 250 были уведены в Газу. Израиль освободил 369 заключённых. В Газе остаются 59 заложников, из них живы 24 человека.');
  const es = art('es', 'es', 'El ataque de Hamás costó la vida a unas 1.200 personas en Israel. Israel excarceló a 369 presos palestinos, 36 de ellos condenados a cadena perpetua. Pavel Orlov fue liberado junto a Iair Horn, de 46 años, y Sagui Dekel-Chen, de 36.');
  const arts = [en, ru, es];

  it('reads "claimed the lives of" and its Russian and Spanish idioms as deaths, and "уведены" as taken', () => {
    expect(figure(en, '1,200').frame?.event).toBe('killed');
    expect(figure(ru, 'около 1200').frame?.event).toBe('killed');
    expect(figure(es, 'unas 1.200').frame?.event).toBe('killed');
    expect(figure(ru, 'около 250').frame?.event).toBe('abducted');
    // "lives" without a verb of taking is no death: "changed the lives of 300 families".
    expect(figure(art('en2', 'en', 'The programme changed the lives of 300 families in Ohio.'), '300').frame?.event ?? null).toBe(null);
  });

  it('gives a group or a place one scope in every script, so the same toll agrees', () => {
    expect(relation(arts, figure(en, '1,200'), figure(ru, 'около 1200'))).toBe('same');
    expect(relation(arts, figure(es, 'unas 1.200'), figure(ru, 'около 1200'))).toBe('same');
  });

  it('keys a built-in class’s count by the meaning of its noun, so "369 prisoners" meets "369 presos"', () => {
    expect(figure(es, '369').frame?.key).toBe(figure(en, '369').frame?.key);
  });

  it('counts people by any noun of people in Spanish, French and Russian', () => {
    expect(figure(es, '369').frame?.measure).toBe('count:person');
    expect(figure(ru, '369').frame?.measure).toBe('count:person');
    expect(figure(en, '369').frame?.measure).toBe('count:person');
    expect(relation(arts, figure(en, '369'), figure(es, '369'))).toBe('same');
  });

  it('reads a part of a count ("of whom 24", "36 de ellos") as a count of the same noun', () => {
    expect(figure(en, '24').frame?.measure).toBe('count:person');
    expect(figure(en, '36').frame?.measure).toBe('count:person');
    expect(figure(es, '36').frame?.measure).toBe('count:person');
    expect(relation(arts, figure(en, '24'), figure(ru, '24'))).toBe('same');
  });

  it('reads ordinals in Spanish, French and Russian, ranking the same thing as the English word', () => {
    const en = art('en', 'en', 'It was the sixth exchange since January.');
    const es = art('es', 'es', 'Fue el sexto canje desde enero.');
    const fr = art('fr', 'fr', "C'était le sixième échange depuis janvier.");
    const ru = art('ru', 'ru', 'Это был шестой обмен с января.');
    const measure = figure(en, 'sixth exchange').frame?.measure;
    expect(figure(es, 'sexto canje').frame?.measure).toBe(measure);
    expect(figure(fr, 'sixième échange').frame?.measure).toBe(measure);
    expect(figure(ru, 'шестой обмен').frame?.measure).toBe(measure);
    expect(valueOf(figure(ru, 'шестой обмен'))).toBe(6);
  });

  it('reads what "the number of X" counts in a figure after it, in English and Spanish', () => {
    const a = art('a', 'en', 'The release brings the number of hostages still held in Gaza to 59.', '2025-02-16');
    const b = art('b', 'es', 'El número de rehenes que siguen en Gaza es de 59.', '2025-02-16');
    expect(figure(a, '59').frame?.key).toBe('remaining:people');
    expect(figure(b, '59').frame?.key).toBe('remaining:people');
  });

  it('reads a Spanish age after "de" when the list leaves "años" to the first person', () => {
    const ages = es.claims.filter((c) => c.frame?.measure === 'age').map((c) => c.written);
    expect(ages).toEqual(['46 años', '36']);
  });
});

describe('French pronouns', () => {
  it('takes "il" for the person just named, but not the impersonal "il y a"', () => {
    const fr = art('fr', 'fr', 'Pavel Orlov est rentré en Israël. Il a passé 498 jours en captivité.');
    const en = art('en', 'en', 'Pavel Orlov was freed after 489 days in captivity.');
    expect(figure(fr, '498').frame?.subject).toBe(figure(en, '489').frame?.subject);
    // "a passé": the passé composé looks back on a period over, so the two final counts disagree.
    expect(relation([fr, en], figure(fr, '498'), figure(en, '489'))).toBe('conflict');
  });
});

describe('organisations and places named in another language', () => {
  it('keys "Red Cross", "Cruz Roja" and "Красному Кресту" alike, as one body spelled differently, never a person', () => {
    const en = art('en', 'en', 'Pavel Orlov was handed to the Red Cross in Khan Younis.');
    const es = art('es', 'es', 'Pavel Orlov fue entregado a la Cruz Roja en Jan Yunis.');
    const ru = art('ru', 'ru', 'Павла Орлова передали Красному Кресту в Хан-Юнисе.');
    const arts = [en, es, ru];
    expect(ru.claims.some((c) => writes(c, 'Красному') || writes(c, 'Кресту'))).toBe(false);
    expect(relation(arts, figure(en, 'Red Cross'), figure(es, 'Cruz Roja'))).toBe('variant');
    expect(relation(arts, figure(en, 'Red Cross'), figure(ru, 'Красному Кресту'))).toBe('variant');
  });
});

describe('evidence across languages', () => {
  it('counts the same news word in two languages as a shared word of the two sentences', () => {
    const es = art('es', 'es', 'La policía encontró 14 rehenes en el hospital.');
    const ru = art('ru', 'ru', 'Полиция нашла 14 заложников в больнице.');
    const en = art('en', 'en', 'Police found 14 hostages in the hospital.');
    const shared = (a: Claim, b: Claim) => a.frame!.context!.filter((w) => b.frame!.context!.includes(w));
    expect(shared(figure(es, '14'), figure(en, '14'))).toEqual(expect.arrayContaining(['polic', 'hospit', 'hostag']));
    expect(shared(figure(ru, '14'), figure(en, '14'))).toEqual(expect.arrayContaining(['polic', 'hospit', 'hostag']));
  });
});

describe('a story typed in one language, its coverage in another', () => {
  const typed: StoryDefinition = {
    id: 'orlov', title: 'Pavel Orlov, hostage', people: [{ name: 'Pavel Orlov', weight: 'core' }, { name: 'Irina Orlova', weight: 'core' }],
    places: [{ name: 'Moscow', weight: 'context' }], terms: ['hostage', 'ceasefire', 'captivity'],
  };
  it('meets the typed terms and places in their French and Spanish words', () => {
    const fr = detectStory({ title: 'Pavel Orlov, otage libéré', text: "Pavel Orlov, otage pendant seize mois, est arrivé à Moscou. Orlov a été libéré dans le cadre du cessez-le-feu, après sa captivité à Gaza. Orlov a remercié les médiateurs." }, [typed]);
    expect(fr.onStory, fr.reasons.join('; ')).toBe(true);
    expect(fr.reasons.join('; ')).toMatch(/Moscow|otage|hostage/);
    const es = scoreStory(typed, { title: 'Liberan al rehén Pavel Orlov', text: 'Pavel Orlov, rehén durante dieciséis meses, llegó a Moscú tras el alto el fuego. Orlov habló con la prensa. Orlov agradeció a los mediadores.' });
    expect(es.onStory, es.reasons.join('; ')).toBe(true);
    // A word met both as typed and as another language's spelling of it ("Congress" and the
    // Spanish "congreso" cut short) is one mention, weighed like a term with no translation.
    const withTerm = (term: string, text: string) =>
      scoreStory({ ...typed, terms: [term] }, { title: 'Pavel Orlov, hostage', text: `Pavel Orlov was freed. Orlov thanked the ${text}. Orlov went home.` }).score;
    expect(withTerm('congress', 'Congress')).toBe(withTerm('parliament', 'parliament'));
    // Without any word of the story beside the name, it is a namesake's article, in any language.
    const off = scoreStory(typed, { title: 'Pavel Orlov gagne le tournoi', text: 'Le joueur Pavel Orlov a remporté le tournoi de tennis. Orlov jouera la finale. Orlov est content.' });
    expect(off.onStory).toBe(false);
  });

  it('meets typed words of a trial, and a typed figure of years, in the other languages', () => {
    const trial: StoryDefinition = { ...typed, terms: ['espionage', 'sentenced', '16 years'] };
    const terms = (v: { reasons: string[] }) => v.reasons.find((r) => r.startsWith('terms:')) ?? '';
    const fr = scoreStory(trial, { title: 'Pavel Orlov condamné', text: "Pavel Orlov a été condamné à 16 ans de prison pour espionnage. Orlov nie." });
    expect(terms(fr)).toMatch(/espionage/);
    expect(terms(fr)).toMatch(/sentenced/);
    expect(terms(fr)).toMatch(/16 years/);
    const ru = scoreStory(trial, { title: 'Павла Орлова приговорили', text: 'Суд приговорил Павла Орлова к 16 годам колонии по делу о шпионаже. Орлов вину не признал.' });
    expect(terms(ru)).toMatch(/espionage/);
    expect(terms(ru)).toMatch(/16 years/);
    const es = scoreStory(trial, { title: 'Condenan a Pavel Orlov', text: 'Pavel Orlov fue condenado a 16 años por espionaje. Orlov lo niega.' });
    expect(terms(es)).toMatch(/espionage.*sentenced.*16 years|16 years/);
  });

  it('takes a capitalised Russian noun before the surname for no given name when the article writes it in lower case', () => {
    const ru = scoreStory(typed, { title: 'Приговор Орлову', text: 'Прокуратура проверит законность приговора. Приговор Орлову вынесен в Москве. Орлов был в плену, Орлов заложник.' });
    expect(ru.reasons.join('; ')).not.toMatch(/namesake/);
  });
});

describe('running figures in other languages', () => {
  it('reads days held still running in Russian, Spanish and French, and updates them by the final count', () => {
    const mk = (key: string, lang: string, text: string, published: string) => art(key, lang, text, published);
    const ru = mk('ru', 'ru', 'Павел Орлов уже 404 дня находится в плену ХАМАС.', '2024-11-14');
    const es = mk('es', 'es', 'Pavel Orlov lleva 404 días en cautiverio de Hamás.', '2024-11-14');
    const fr = mk('fr', 'fr', 'Pavel Orlov est retenu en captivité par le Hamas depuis 404 jours.', '2024-11-14');
    const en = mk('en', 'en', 'Pavel Orlov was freed on Saturday after 498 days in captivity by Hamas.', '2025-02-16');
    for (const a of [ru, es, fr]) expect(figure(a, '404').frame?.running, a.key).toBe(true);
    const all = [ru, es, fr, en];
    for (const a of [ru, es, fr]) expect(relation(all, figure(a, '404'), figure(en, '498')), a.key).toBe('updated');
  });
});

describe('dates in four languages', () => {
  it('resolves the same relative dates alike in English, Russian, Spanish and French', () => {
    const texts: Record<string, string> = {
      en: 'Putin met Pavel Orlov on Wednesday. Orlov returned yesterday. He was freed in November. It happened last month.',
      ru: 'Путин в среду встретился с Павлом Орловым. Орлов вернулся вчера. Его освободили в ноябре. Это случилось в прошлом месяце.',
      es: 'Putin se reunió el miércoles con Pavel Orlov. Orlov volvió ayer. Fue liberado en noviembre. Ocurrió el mes pasado.',
      fr: "Poutine a rencontré mercredi Pavel Orlov. Orlov est rentré hier. Il a été libéré en novembre. C'est arrivé le mois dernier.",
    };
    const want = ['2025-04-16', '2025-04-16', '2024-11-01', '2025-03-01'];
    for (const [lang, text] of Object.entries(texts)) {
      const dates = art(lang, lang, text, '2025-04-17').claims.filter((c) => c.kind === 'date').map((c) => (c.value.type === 'date' ? c.value.start : null));
      expect(dates, lang).toEqual(want);
    }
  });
});
