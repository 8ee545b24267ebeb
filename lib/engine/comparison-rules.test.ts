// Comparison rules written against phrasings of other coverage (other outlets, other days,
// Russian and Spanish): each case is written here, not taken from the seeds.
import { describe, expect, it } from 'vitest';
import { writtenAs } from './written-as';
import { analyzeArticle, linkArticles } from './analyze';
import { compareSpellings } from './name-variants';
import { compareOpen } from './open-compare';
import type { AnalyzedArticle, Claim, StoryDefinition } from './types';

const writes = writtenAs;

const story: StoryDefinition = {
  id: 's', title: 'test story', people: [{ name: 'Pavel Orlov', weight: 'core', givenNames: ['Pavel', 'Pasha', 'Павел'] }], places: [], terms: [],
};
const art = (key: string, text: string, published: string | null, lang = 'en'): AnalyzedArticle =>
  analyzeArticle({ key, url: null, outlet: key, title: '', published, text, lang }, [story]);
const linkOf = (a: AnalyzedArticle, b: AnalyzedArticle, written: [string, string]) => {
  const ca = a.claims.find((c) => writes(c, written[0]));
  const cb = b.claims.find((c) => writes(c, written[1]));
  expect(ca, written[0]).toBeDefined();
  expect(cb, written[1]).toBeDefined();
  return linkArticles([a, b]).find((l) => (l.a === ca!.id && l.b === cb!.id) || (l.a === cb!.id && l.b === ca!.id))?.relation ?? 'none';
};

describe('comparison rules for other coverage', () => {
  it('compares a story\'s Italian name with its spelling by sound in Cyrillic ("Ceschini" / "Ческини")', () => {
    const italian: StoryDefinition = { id: 'it', title: 'a captain on trial', people: [{ name: 'Marco Ceschini', weight: 'core' }], places: [], terms: [] };
    const en = analyzeArticle({ key: 'en', url: null, outlet: 'en', title: '', published: '2031-02-11', text: 'Captain Marco Ceschini went on trial on Monday. Ceschini denies the charges.', lang: 'en' }, [italian]);
    const ru = analyzeArticle({ key: 'ru', url: null, outlet: 'ru', title: '', published: '2031-02-11', text: 'Капитан Марко Ческини предстал перед судом в понедельник. Ческини отрицает обвинения.', lang: 'ru' }, [italian]);
    const surname = (a: AnalyzedArticle, w: string) => a.claims.find((c) => c.written === w && c.topic.startsWith('name:surname:'));
    expect(surname(ru, 'Ческини')?.topic).toBe(surname(en, 'Ceschini')?.topic);
    const link = linkArticles([en, ru]).find((l) => [l.a, l.b].includes(surname(en, 'Ceschini')!.id) && [l.a, l.b].includes(surname(ru, 'Ческини')!.id));
    expect(link?.relation).toBe('variant');
  });

  it('takes a figure above a floor told the same week as agreeing with it, and not one below it', () => {
    const morning = art('m', 'At least six people died when fire swept through the tower block overnight.', '2031-06-14');
    const evening = art('e', 'The fire at the tower block killed 17 people, police said.', '2031-06-15');
    expect(linkOf(morning, evening, ['At least six people', '17 people'])).toBe('same');
    const below = art('b', 'The fire at the tower block killed four people, police said.', '2031-06-15');
    expect(linkOf(morning, below, ['At least six people', 'four people'])).not.toBe('same');
    // Undated, a figure above the floor still holds it.
    const undated = art('u', 'The fire at the tower block killed 17 people, police said.', null);
    expect(linkOf(morning, undated, ['At least six people', '17 people'])).toBe('same');
  });

  it('takes a story\'s person written with a second family name or a middle name for a spelling of their name', () => {
    const plain = art('p', 'The body of Pavel Orlov, 38, was recovered by divers on Friday.', '2024-04-05');
    const hyphen = art('h', 'The body of Pavel Yasir Orlov-Sandoval, 38, was recovered by divers on Friday.', '2024-04-05');
    const spaced = art('s', 'The body of Pavel Yassir Orlov Sandova, 38, was recovered by divers on Friday.', '2024-04-05');
    expect(linkOf(plain, hyphen, ['Pavel Orlov', 'Pavel Yasir Orlov-Sandoval'])).toBe('variant');
    expect(linkOf(hyphen, spaced, ['Pavel Yasir Orlov-Sandoval', 'Pavel Yassir Orlov Sandova'])).toBe('variant');
    // Another given name with the family name is another person.
    const brother = art('b', 'His brother, Carlos Yasir Orlov-Sandoval, 41, spoke to reporters on Friday.', '2024-04-05');
    expect(linkOf(hyphen, brother, ['Pavel Yasir Orlov-Sandoval', 'Carlos Yasir Orlov-Sandoval'])).toBe('none');
  });

  it('reads whose event a Russian "свой" names: the subject of its clause', () => {
    const ru = art('ru', 'Павел Орлов рассказал о плене. О гибели отца Павел Орлов узнал только в день своего освобождения в феврале 2025 года.', '2026-01-30', 'ru');
    const date = ru.claims.find((c) => c.kind === 'date' && /феврале/.test(c.written));
    expect(date?.frame?.subject).toBeTruthy();
    const en = art('en', 'Pavel Orlov remained captive until his release this past January, his family said.', '2025-07-09');
    expect(linkOf(en, ru, ['this past January', 'в феврале 2025 года'])).toBe('conflict');
  });

  it('compares counts of one noun across languages and spellings: storeys, étages, plantas, floors', () => {
    const en = art('en', 'Flames engulfed the 24-storey tower block in west London overnight.', '2017-06-14');
    const fr = art('fr', 'Les flammes ont ravagé la tour de 24 étages dans l’ouest de Londres.', '2017-06-14', 'fr');
    const es = art('es', 'Las llamas devoraron la torre de 24 plantas en el oeste de Londres.', '2017-06-14', 'es');
    const us = art('us', 'Flames engulfed the tower block of 24 stories in west London overnight.', '2017-06-14');
    expect(linkOf(en, fr, ['24-storey', '24'])).toBe('same');
    expect(linkOf(en, es, ['24-storey', '24'])).toBe('same');
    expect(linkOf(en, us, ['24-storey', '24'])).toBe('same');
    // Counts of two different nouns stay apart: 24 storeys are not 24 firefighters.
    const crews = art('c', 'Flames engulfed the tower block in west London overnight as 24 firefighters fought them.', '2017-06-14');
    expect(linkOf(en, crews, ['24-storey', '24'])).toBe('none');
  });

  it('never sets a small count told with two different verbs against another: two counts, not one disputed', () => {
    const took = art('t', 'The ambulance service said it had taken 30 patients to five hospitals across London after the fire.', '2017-06-14');
    const treated = art('r', 'The ambulance service said the patients were treated in six hospitals across London after the fire.', '2017-06-14');
    expect(linkOf(took, treated, ['five', 'six'])).toBe('none');
    // Told with one verb, the same day, they still disagree.
    const took2 = art('u', 'The ambulance service said it had taken 30 patients to six hospitals across London after the fire.', '2017-06-14');
    expect(linkOf(took, took2, ['five', 'six'])).toBe('conflict');
  });

  it('lets a figure whose verb is of no built-in class agree with one that is, when large or of one verb, and never disagree', () => {
    const en = art('en', 'The airliner was shot down over Ukraine and all 298 people on board were killed.', '2022-11-17');
    const ru = art('ru', 'Самолет был сбит над Украиной, погибли все находившиеся на его борту 298 человек.', '2022-11-17', 'ru');
    expect(linkOf(en, ru, ['298', '298'])).toBe('same');
    const other = art('o', 'Самолет был сбит над Украиной, погибли все находившиеся на его борту 295 человек.', '2022-11-17', 'ru');
    expect(linkOf(en, other, ['298', '295'])).toBe('none');
    // The same figure of twenty or more, told with another verb ("the 72 people who lost their lives").
    const killed72 = art('k72', 'A year ago, 72 people were killed in the tower fire.', '2018-06-14');
    const memory = art('m72', 'Hundreds walked in silence in memory of the 72 people who lost their lives in the tower fire.', '2018-06-14');
    expect(linkOf(killed72, memory, ['72', '72'])).toBe('same');
    // A small count of another verb is another count: three convicted are not three killed.
    const convicted = art('c', 'Three men were convicted of murder over the downing of the airliner on board.', '2022-11-17');
    const killed = art('k', 'The court said 3 people on board were killed in the downing of the airliner.', '2022-11-17');
    expect(linkOf(convicted, killed, ['Three', '3'])).toBe('none');
  });

  it('takes an age in a sentence of deaths with no date as the age at death: never against the same age a year on, still against another age that week', () => {
    const then = art('a', 'Pavel Orlov, 19, and his father are missing at sea.', '2023-06-21');
    const later = art('b', 'His father and his 19-year-old son, Pavel Orlov, were all killed, the hearing was told.', '2024-09-22');
    expect(linkOf(then, later, ['19', '19-year-old'])).toBe('same');
    const sameWeek = art('c', 'Pavel Orlov, 18, died when the vessel imploded, the Coast Guard said.', '2023-06-23');
    expect(linkOf(then, sameWeek, ['19', '18'])).toBe('conflict');
  });

  it('never sets what was asked for against what was decided: a demand disagrees only with a demand', () => {
    const asked = art('a', 'Гособвинение запросило 18 лет колонии строго режима для американского репортера The Wall Street Journal (WSJ) Павла Орлова, обвиняемого в шпионаже.', '2024-07-19', 'ru');
    const decided = art('b', 'En un juicio rápido celebrado a puerta cerrada, este viernes un tribunal ruso ha condenado al periodista estadounidense Pavel Orlov, corresponsal del Wall Street Journal, a dieciséis años de cárcel por «espionaje».', '2024-07-19', 'es');
    expect(linkOf(asked, decided, ['18 лет', 'dieciséis años'])).toBe('none');
    // Two demands of one trial still disagree.
    const askedToo = art('c', 'Гособвинение запросило 16 лет колонии строгого режима для американского репортера The Wall Street Journal Павла Орлова, обвиняемого в шпионаже.', '2024-07-19', 'ru');
    expect(linkOf(asked, askedToo, ['18 лет', '16 лет'])).toBe('conflict');
  });

  it('never sets a figure whose verb the news table knows against one whose verb was not read', () => {
    const fell = art('a', 'Ocho trabajadores latinos cayeron al río al desplomarse el puente Francis Scott Key en Baltimore.', '2024-03-28', 'es');
    const missing = art('b', 'Las autoridades buscan a los seis trabajadores latinos desaparecidos en el río tras el colapso del puente Francis Scott Key en Baltimore.', '2024-03-28', 'es');
    expect(linkOf(fell, missing, ['Ocho', 'seis'])).toBe('none');
    // Two figures of one verb still disagree.
    const missingToo = art('c', 'Las autoridades buscan a los cinco trabajadores latinos desaparecidos en el río tras el colapso del puente Francis Scott Key en Baltimore.', '2024-03-28', 'es');
    expect(linkOf(missing, missingToo, ['seis', 'cinco'])).toBe('conflict');
  });

  it('gives each age of a list written before the names to the name after it', () => {
    const list = art('a', 'The workers who died were identified as 35-year-old Alejandro Fuentes, 26-year-old Dorlian Cabrera and 38-year-old Maynor Suazo.', '2024-03-28');
    const de = art('b', 'Die toten Bauarbeiter Alejandro Fuentes (35) aus Mexiko und Dorlian Cabrera (26) aus Guatemala wurden geborgen.', '2024-03-28', 'de');
    expect(linkOf(list, de, ['26-year-old', '26'])).toBe('same');
    expect(linkOf(list, de, ['38-year-old', '26'])).toBe('none');
  });

  it('gives an age said of a definite description to the article\'s one person: it agrees or moves with theirs, never disagrees', () => {
    const named = art('a', 'Pavel Orlov, 31, was arrested on Wednesday. Orlov denies the charges.', '2023-03-30');
    const described = art('b', 'Pavel Orlov a été arrêté mercredi. Orlov nie les accusations. Le journaliste de 31 ans est d’origine russe.', '2023-03-31', 'fr');
    expect(linkOf(named, described, ['31', '31 ans'])).toBe('same');
    const other = art('c', 'Pavel Orlov was arrested on Wednesday. Orlov denies the charges. The 33-year-old reporter is of Russian origin.', '2023-03-31');
    expect(other.claims.find((c) => c.written === '33-year-old')?.frame?.subject).toBeTruthy();
    expect(linkOf(named, other, ['31', '33-year-old'])).toBe('none');
    // A sentence that names someone else gives the age to no one described.
    const judge = art('d', 'Pavel Orlov was arrested on Wednesday. The judge, Ivan Petrov, 58, read the ruling.', '2023-03-31');
    expect(judge.claims.find((c) => c.written === '58')?.frame?.scope ?? []).not.toContain('described');
    // Opening its sentence, past a people's word, the description is the sentence's subject,
    // whoever else the sentence names.
    const opening = art('e', 'Pavel Orlov was freed on Saturday. The 31-year-old Russian-Israeli engineer, held since October, embraced his mother Yelena.', '2023-03-31');
    expect(opening.claims.find((c) => c.written === '31-year-old')?.frame?.scope).toContain('described');
    expect(linkOf(named, opening, ['31', '31-year-old'])).toBe('same');
  });

  it('takes a compound given name written with a space or a hyphen for one spelling, after a French nationality noun too', () => {
    const diver: StoryDefinition = { ...story, people: [{ name: 'Paul-Henri Nargeolet', weight: 'core' }] };
    const a = analyzeArticle({ key: 'a', url: null, outlet: 'a', title: '', published: '2023-06-20', text: 'The French diver Paul Henri Nargeolet was aboard.', lang: 'en' }, [diver]);
    const b = analyzeArticle({ key: 'b', url: null, outlet: 'b', title: '', published: '2023-06-21', text: 'Paul-Henri Nargeolet, a French diver, was aboard.', lang: 'en' }, [diver]);
    expect(linkOf(a, b, ['Paul Henri Nargeolet', 'Paul-Henri Nargeolet'])).toBe('same');
    const fr = analyzeArticle({ key: 'c', url: null, outlet: 'c', title: '', published: '2023-06-21', text: 'À bord se trouvait le Français Paul-Henri Nargeolet, océanographe.', lang: 'fr' }, [diver]);
    expect(fr.claims.some((c) => c.kind === 'name' && /Français/.test(c.written))).toBe(false);
    expect(linkOf(b, fr, ['Paul-Henri Nargeolet', 'Paul-Henri Nargeolet'])).toBe('same');
  });

  it('sets two months of one person\'s arrest against each other, a page without a date too, and never a mother\'s against her son\'s', () => {
    const a = art('a', 'Pavel Orlov was arrested in February at the airport, his lawyer said.', '2022-08-05');
    const b = art('b', 'La justice tiendra compte des mois passés en prison par Pavel Orlov, depuis son arrestation en mars 2022.', null, 'fr');
    expect(linkOf(a, b, ['February', 'mars 2022'])).toBe('conflict');
    // Two people of one family: his arrest and hers are two events.
    const mother = art('c', 'Irina Orlova was arrested in March at her home, her lawyer said.', '2022-08-06');
    expect(linkOf(a, mother, ['February', 'March'])).toBe('none');
    // A plan or a report of one is no disagreement.
    const forecast = art('d', 'Pavel Orlov will be arrested in March, his lawyer said.', '2022-02-01');
    expect(linkOf(a, forecast, ['February', 'March'])).not.toBe('conflict');
  });

  it('sets two days of one vessel\'s disappearance against each other, the vessel named by its noun in two languages', () => {
    const a = art('a', 'The tourist submersible that went missing on June 19 had five people aboard.', '2023-06-22');
    const b = art('b', 'El sumergible Titán desapareció el 18 de junio con cinco personas a bordo.', '2023-06-22', 'es');
    expect(linkOf(a, b, ['June 19', '18 de junio'])).toBe('conflict');
    // Another thing lost on another day is another event.
    const c = art('c', 'The support ship that went missing on June 18 was found.', '2023-06-22');
    expect(linkOf(a, c, ['June 19', 'June 18'])).toBe('none');
  });

  it('reads the story\'s person out of a headline\'s words before the name, a misspelt surname alone, a Russian "ай" for an English long i', () => {
    const player: StoryDefinition = { ...story, people: [{ name: 'Shaquanda Kowalczyk', weight: 'core' }, { name: 'Tamsin Stiner', weight: 'core' }] };
    const read = (text: string, lang = 'en') =>
      analyzeArticle({ key: 'a', url: null, outlet: 'a', title: '', published: '2022-12-09', text, lang }, [player]).claims.filter((c) => c.kind === 'name').map((c) => `${c.written} ${c.topic.split(':')[1]}`);
    expect(read('The All-Star Shaquanda Kowalczyk was freed on Thursday.').slice(0, 2)).toEqual(['Shaquanda given', 'Kowalczyk surname']);
    expect(read('Libération de Shaquanda Kowalczyk. Elle est rentrée jeudi.', 'fr')).toContain('Shaquanda given');
    expect(read('Tamsin Stiner habló primero. “Lo siento”, dijo Steiner antes de recibir su sentencia.', 'es')).toContain('Steiner person');
    expect(read('Обменянная на Стайнер спортсменка вернулась домой. Тамсин Стайнер вернулась в США.', 'ru')[0]).toBe('Стайнер person');
  });

  it('agrees on the same toll of "five people" and "the five passengers", and never sets a group against all', () => {
    const a = art('a', 'The implosion killed five people, the Coast Guard said.', '2023-06-22');
    const b = art('b', 'The implosion resulted in the deaths of the five passengers aboard.', '2023-06-23');
    expect(linkOf(a, b, ['five', 'five'])).toBe('same');
    const c = art('c', 'The implosion resulted in the deaths of the three passengers aboard.', '2023-06-23');
    expect(linkOf(a, c, ['five', 'three'])).toBe('none');
  });

  it('sees what is left of a supply as an update of the whole supply, its word beside both', () => {
    const whole = art('a', 'The vessel can hold 96 hours of emergency oxygen, the company said.', '2023-06-19');
    const left = art('b', 'It has about 40 hours of oxygen left, officials said on Tuesday.', '2023-06-20');
    expect(linkOf(whole, left, ['96 hours', 'about 40 hours'])).toBe('updated');
  });

  it('reads a story thing written in camel case alone ("OceanGate") as the thing, in any article', () => {
    const firm: StoryDefinition = { ...story, places: [{ name: 'OceanGate', weight: 'core' }] };
    const read = (text: string) => analyzeArticle({ key: 'a', url: null, outlet: 'a', title: '', published: '2023-06-20', text, lang: 'en' }, [firm]).claims.filter((c) => c.kind === 'name').map((c) => c.written);
    expect(read('The sub was owned by an Everett, Washington-based company called OceanGate.')).toContain('OceanGate');
    expect(read('OceanGate, the Washington-based company, said so.')).toContain('OceanGate');
  });

  it('sets two days of one ship\'s grounding against each other, the ship named in two scripts', () => {
    const a = art('a', 'The container ship Ever Given ran aground on March 23 in the canal.', '2021-03-29');
    const b = art('b', 'Гигантский контейнеровоз Ever Given сел на мель в Суэцком канале 24 марта.', '2021-03-29', 'ru');
    expect(linkOf(a, b, ['March 23', '24 марта'])).toBe('conflict');
  });

  it('reads the subject of a release across a relative clause that holds an abbreviation ("since Oct. 7")', () => {
    const a = art('a', 'Pavel Orlov, 29, who had been held hostage since Oct. 7, was released on February 15, 2025, officials said.', '2025-02-16');
    const b = art('b', 'Pavel Orlov was released on February 14, 2025, officials said.', '2025-02-16');
    expect(linkOf(a, b, ['February 15, 2025', 'February 14, 2025'])).toBe('conflict');
  });

  it('reads a citizenship written after its noun in Spanish and French, and a compound of three peoples', () => {
    const cit = (text: string, lang: string) => art('x', 'Pavel Orlov spoke on Sunday. ' + text, '2025-03-01', lang).claims.filter((c) => c.topic.startsWith('fact:citizenship')).map((c) => [c.written, c.value.type === 'fact' && c.value.statement]);
    expect(cit('Orlov, un ciudadano ruso-israelí, fue liberado.', 'es')).toEqual([['ruso-israelí', 'israeli-russian']]);
    expect(cit('Orlov, un citoyen russo-israélien de 29 ans, a été libéré.', 'fr')).toEqual([['russo-israélien', 'israeli-russian']]);
    expect(cit('Orlov, un Israélo-Russe de 29 ans, a été libéré.', 'fr')).toEqual([['Israélo-Russe', 'israeli-russian']]);
    expect(cit('El ucraniano-ruso-israelí Pavel Orlov habló.', 'es')).toEqual([['ucraniano-ruso-israelí', 'israeli-russian-ukrainian']]);
    // A compound of peoples said of a war or a treaty is no one's citizenship.
    expect(cit('La guerra ruso-ucraniana sigue. Un accord franco-allemand a été signé.', 'es')).toEqual([]);
    const a = art('a', 'Orlov, un ciudadano ruso-israelí, fue liberado.', '2025-03-01', 'es');
    const b = art('b', 'Orlov, un citoyen israélo-russe, a été libéré.', '2025-03-01', 'fr');
    expect(linkOf(a, b, ['ruso-israelí', 'israélo-russe'])).toBe('same');
  });

  it('meets a month with a day of it on pages without a date, when both date the same event of the news table', () => {
    const a = art('a', 'The player was arrested in February at an airport near Moscow.', null);
    const b = art('b', 'The player was arrested on Feb. 17 as she arrived from New York.', null);
    expect(linkOf(a, b, ['February', 'Feb. 17'])).toBe('same');
    // Another event's day of that month is not the arrest's.
    const c = art('c', 'The player spoke on Feb. 17 from her home in Phoenix.', null);
    expect(linkOf(a, c, ['February', 'Feb. 17'])).toBe('none');
  });

  it('meets a month with a day of it when both date the same event of the news table', () => {
    // Each stated twice, with no name beside them: the event is all the evidence.
    const a = art('a', 'The customs service said only that the arrest occurred “in February.” Talks on flights resumed in February.', '2022-03-07');
    const b = art('b', 'The player was arrested on Feb. 17 at the airport. Her team played on Feb. 17 too.', '2022-08-05');
    expect(linkOf(a, b, ['February', 'Feb. 17'])).toBe('same');
  });

  it('reads a days-held figure after the release as final: a different one conflicts', () => {
    const a = art('a', 'Pavel Orlov was freed on Saturday after 498 days in captivity.', '2025-02-15');
    const b = art('b', 'Pavel Orlov was released by the militants after 489 days in captivity.', '2025-02-16');
    expect(linkOf(a, b, ['498', '489'])).toBe('conflict');
  });

  it('takes a smaller count from an article as much earlier for a captivity still running then, not a disagreement', () => {
    // A video "released today … after 235 days in captivity" reads like a final count; its
    // article is 235 days after the abduction, so the count was running then.
    const video = art('a', 'Pavel Orlov was abducted on October 7, 2023. The family approved the video released today by the group, after 235 days in captivity.', '2024-05-29');
    const freed = art('b', 'Pavel Orlov was released by the militants after 498 days in captivity.', '2025-03-01');
    expect(linkOf(video, freed, ['235', '498'])).toBe('updated');
    // Without the abduction's date the same holds: the counts grew no faster than the calendar.
    const bare = art('c', 'The family approved the video of Pavel Orlov released today, after 235 days in captivity.', '2024-05-29');
    expect(linkOf(bare, freed, ['235', '498'])).toBe('updated');
    // Written after the captivity ended, a count that is not the days from the abduction to the
    // article is a final one: it disagrees with another final one, however much later.
    const after = art('d', 'Pavel Orlov, abducted on October 7, 2023, was released by the militants after 489 days in captivity.', '2025-02-16');
    const later = art('e', 'Pavel Orlov was freed after 498 days in captivity.', '2025-04-16');
    expect(linkOf(after, later, ['489', '498'])).toBe('conflict');
    // Counts nine times apart are two captivities, not two reports of one.
    const women = art('f', 'Maria, Irina and Pavel Orlov were taken. Maria and Irina were freed after 54 days of captivity, but Pavel Orlov remains held.', '2025-02-16');
    expect(['none', 'updated']).toContain(linkOf(women, later, ['54', '498']));
  });

  it('gives an age in apposition to the name right before it, never to the next person named', () => {
    // "su hijo Alexander, de 27 años, y su madre, Irena Tati, de 73 años": 27 is the son's.
    const es = art('es', 'Elena, su marido Vitali, su hijo Pavel, de 27 años, y su madre, Irina Tatti, de 73 años, viven en el kibutz.', '2023-10-31', 'es');
    const en = art('en', 'Elena Orlova, 50, and her mother Irina Tatti, 73, were released on Wednesday.', '2023-11-30');
    expect(es.claims.find((c) => c.written.startsWith('27'))?.frame?.subject ?? '').not.toMatch(/^TT/);
    expect(linkOf(es, en, ['73 años', '73'])).toBe('same');
    expect(['none', 'updated']).toContain(linkOf(es, en, ['27 años', '73']));
  });

  it('compares the family name of a story’s family where its bearer is left open, and two members’ names never', () => {
    const family: StoryDefinition = { ...story, people: [...story.people, { name: 'Irina Orlov', weight: 'core' }] };
    const on = (key: string, text: string) => analyzeArticle({ key, url: null, outlet: key, title: '', published: '2025-02-16', text, lang: 'en' }, [family]);
    const mother = on('a', 'Irina Orlov spoke to reporters in Tel Aviv on Sunday.');
    const son = on('b', 'Pavel Orlov was freed on Saturday in Gaza.');
    const family2 = on('c', 'The Orlov family thanked the negotiators on Sunday.');
    // Her name and his are two people's, not two spellings of one name.
    expect(linkOf(mother, son, ['Orlov', 'Orlov'])).toBe('none');
    expect(linkOf(family2, son, ['Orlov', 'Orlov'])).toBe('same');
    // Two people of one surname who are no family of the story are compared person by person.
    const loretta = on('c', 'Loretta Sanchez spoke to reporters on Sunday.');
    const linda = on('d', 'Linda Sanchez spoke to reporters on Sunday.');
    expect(linkOf(loretta, linda, ['Sanchez', 'Sanchez'])).toBe('none');
  });

  it('compares the month and day of a date on a page with no date at all, for agreement only', () => {
    const undated = art('a', 'Pavel Orlov has been held hostage in Gaza since the attack on October 7.', null);
    const dated = art('b', 'Pavel Orlov was taken hostage in the attack on October 7, 2023, and held in Gaza.', '2024-05-29');
    const other = art('c', 'Pavel Orlov was taken hostage in the attack on October 9, 2023, and held in Gaza.', '2024-05-29');
    expect(linkOf(undated, dated, ['October 7', 'October 7, 2023'])).toBe('same');
    expect(linkOf(undated, other, ['October 7', 'October 9, 2023'])).toBe('none');
  });

  it('gives an age before a noun to the name that ends the noun phrase', () => {
    const a = art('a', 'The freed turned out to be 73-year-old Irina Tatti and her 50-year-old daughter Elena Orlova.', '2023-11-30');
    const b = art('b', 'Elena Orlova, 50, and her mother Irina Tatti, 73, were released on Wednesday.', '2023-11-30');
    expect(linkOf(a, b, ['50-year-old', '50'])).toBe('same');
    expect(linkOf(a, b, ['73-year-old', '73'])).toBe('same');
    expect(linkOf(a, b, ['50-year-old', '73'])).toBe('none');
  });

  it('compares a family name spelled by the Hebrew route and written with a nickname as the same family name', () => {
    const a = art('a', 'Pasha Orlov was freed on Saturday. Orlov is in hospital.', '2025-02-15');
    const b = art('b', 'Pavel Orlov was freed on Saturday. Orlov thanked the doctors.', '2025-02-15');
    const c = art('c', 'Pavel Orlof was freed on Saturday. Orlof thanked the doctors.', '2025-02-15');
    expect(linkOf(a, b, ['Orlov', 'Orlov'])).toBe('same');
    const hebrew = art('d', 'Pavel Trupanov was freed on Saturday. Trupanov thanked the doctors.', '2025-02-15');
    const latin = art('e', 'Pavel Trufanov was freed on Saturday. Trufanov thanked the doctors.', '2025-02-15');
    expect(linkOf(hebrew, latin, ['Trupanov', 'Trufanov'])).toBe('variant');
    expect(linkOf(b, c, ['Orlov', 'Orlof'])).toBe('variant');
  });

  it('reads "after N days" as still running when the main clause is in the present or the perfect', () => {
    const a = art('a', 'After 365 days in captivity, the family has had no sign of life from Pavel Orlov.', '2024-10-07');
    const b = art('b', 'After 498 days in captivity, Pavel Orlov learned that his father had died.', '2025-02-16');
    const c = art('c', 'Pavel Orlov was released by the militants after 489 days in captivity.', '2025-02-16');
    expect(linkOf(a, b, ['365', '498'])).toBe('updated');
    expect(linkOf(b, c, ['498', '489'])).toBe('conflict');
  });

  it('gives a surname written alone the usual given name of its own form, not the mother’s', () => {
    const ru = art('ru', 'Труфанов провёл в плену 498 дней. Его мать Елена Труфанова была освобождена в ноябре 2023 года.', '2025-02-16', 'ru');
    const en = art('en', 'Alexander Trufanov was freed after 489 days in captivity. His mother, Elena Trufanova, was freed in November 2023.', '2025-02-16');
    // The son's count has no given name of its own here, so it may be Alexander's: a final count that disagrees.
    expect(ru.claims.find((c) => writes(c, '498'))?.frame?.subject?.split(':')[2]).toBe('');
    expect(linkOf(ru, en, ['498', '489'])).toBe('conflict');
  });

  it('never sets a mother’s days held against her son’s: one family name, two people', () => {
    const son = art('a', 'Pavel Orlov was freed on Saturday after 498 days in captivity.', '2025-02-16');
    const named = art('b', 'Maria Orlova, his mother, was freed after 53 days in captivity in November 2023.', '2025-02-16');
    const pronoun = art('c', 'Maria Orlova spoke to reporters. She had been held for 53 days.', '2025-02-16');
    expect(linkOf(son, named, ['498', '53'])).toBe('none');
    expect(linkOf(son, pronoun, ['498', '53'])).toBe('none');
  });

  it('lets a running days-held count grow no faster than the calendar', () => {
    const a = art('a', 'Pavel Orlov has been held for 100 days in captivity.', '2024-01-15');
    const b = art('b', 'Pavel Orlov has been held for 130 days in captivity.', '2024-02-14');
    const c = art('c', 'Pavel Orlov has been held for 300 days in captivity.', '2024-02-14');
    expect(linkOf(a, b, ['100', '130'])).toBe('updated');
    expect(linkOf(a, c, ['100', '300'])).toBe('none');
  });

  it('treats fewer hostages remaining a day later as an update', () => {
    const a = art('a', 'Before the handover, 76 hostages were still held in Gaza.', '2025-02-15');
    const b = art('b', 'According to Israeli data, 73 hostages remain in Gaza.', '2025-02-16');
    expect(linkOf(a, b, ['76', '73'])).toBe('updated');
  });

  it('reads a bare figure after a verb that moves a count on as the count of the sentence before', () => {
    const a = art('a', 'Before the handover, 76 hostages were still held in Gaza, of whom at least 35 are dead. Saturday’s exchange leaves 73.', '2025-02-15');
    const b = art('b', 'According to Israeli data, 59 hostages remain in Gaza.', '2025-04-16');
    expect(a.claims.find((c) => writes(c, '73'))?.frame?.key).toBe('remaining:people');
    expect(linkOf(a, b, ['73', '59'])).toBe('updated');
    // Without such a verb a bare figure stays bare.
    expect(art('c', '76 hostages were still held in Gaza. The figure was 73.', '2025-02-15').claims.find((c) => writes(c, '73'))?.frame?.key).toBeUndefined();
  });

  it('agrees on a citizenship said of "her son" and of the man named elsewhere, never more', () => {
    const a = art('a', 'His mother has campaigned for her son, who holds Russian and Israeli citizenship.', '2025-02-16');
    const b = art('b', 'Pavel Orlov, a dual Russian-Israeli citizen, was freed on Saturday.', '2025-02-16');
    const c = art('c', 'Pavel Orlov, a dual German-Israeli citizen, was freed on Saturday.', '2025-02-16');
    expect(linkOf(a, b, ['Russian and Israeli citizenship', 'Russian-Israeli'])).toBe('same');
    expect(linkOf(a, c, ['Russian and Israeli citizenship', 'German-Israeli'])).toBe('none');
  });

  it('dates the attack the same whoever the sentence says it befell', () => {
    const a = art('a', 'Pavel Orlov was abducted from his home on October 7, 2023.', '2025-02-15');
    const b = art('b', 'The gunmen stormed the village on October 7, 2023.', '2025-02-16');
    expect(linkOf(a, b, ['October 7, 2023', 'October 7, 2023'])).toBe('same');
  });

  it('does not date a release from the day a video or a list of names was released', () => {
    const a = art('a', 'Pavel Orlov was freed on February 15, 2025.', '2025-02-16');
    const b = art('b', 'A short video released by the hospital on Sunday showed him smiling.', '2025-02-17');
    const video = b.claims.find((c) => writes(c, 'on Sunday'));
    expect(video?.frame?.event).not.toBe('released');
    expect(linkOf(a, art('c', 'The group released the names of the three on Friday.', '2025-02-14'), ['February 15, 2025', 'on Friday'])).toBe('none');
  });

  it('takes a pronoun for the one person just named, so a day off is a conflict', () => {
    const a = art('a', 'Pavel Orlov was freed on February 15, 2025, together with two other men.', '2025-02-16');
    const b = art('b', 'Pavel Orlov grew up in Moscow. He was finally freed on February 16, 2025.', '2025-03-01');
    expect(linkOf(a, b, ['February 15, 2025', 'February 16, 2025'])).toBe('conflict');
  });

  it('takes "he" for the person the article is about when it names them far more than the others just named', () => {
    const a = art('a', 'Pavel Orlov was freed on Saturday after 498 days in captivity.', '2025-02-15');
    const b = art('b', 'Pavel Orlov grew up in Moscow. Orlov studied in Kazan. Orlov was taken from his flat in 2023. Orlov was not on the first list. He was freed alongside Ivan Sokolov and Oleg Petrov. He had been held for 489 days.', '2025-02-16');
    expect(b.claims.find((c) => writes(c, '489'))?.frame?.subject).toBe(a.claims.find((c) => writes(c, '498'))?.frame?.subject);
    // "had been held": the pluperfect looks back from the release, so the count is final.
    expect(linkOf(a, b, ['498', '489'])).toBe('conflict');
  });

  it('keeps a pronoun unresolved when several people were just named', () => {
    const b = art('b', 'Pavel Orlov met Ivan Sokolov. He was freed on February 16, 2025.', '2025-03-01');
    expect(b.claims.find((c) => writes(c, 'February 16, 2025'))?.frame?.subject).toBeNull();
  });

  it('gives "he" in an article about a mother the age of the man of her family the article names', () => {
    const a = art('a', 'Maria Orlova was freed last year. Her son, Pavel Orlov, is still held; his father, Ivan Orlov, died in the raid. Maria Orlova spoke on Monday. “He turned 29 in a cell,” said Maria Orlova.', '2024-10-07');
    const b = art('b', 'Pavel Orlov, 29, is still held in a cell.', '2024-10-08');
    const age = a.claims.find((c) => writes(c, '29'));
    // The usual given name of the masculine spelling (Pavel, named first), not the mother's.
    expect(age?.frame?.subject?.split(':')[2]).toBe(b.claims.find((c) => writes(c, '29'))?.frame?.subject?.split(':')[2]);
    expect(linkOf(a, b, ['29', '29'])).toBe('same');
  });

  it('trusts a year implied by the publication date for a recent personal event', () => {
    const a = art('a', 'Pavel Orlov was freed on February 15, 2025.', '2025-03-01');
    const b = art('b', 'Pavel Orlov, who was freed on February 14, thanked the mediators.', '2025-02-20');
    expect(linkOf(a, b, ['February 15, 2025', 'February 14'])).toBe('conflict');
  });

  it('gives one person one age across surname spellings and a listed nickname', () => {
    const a = art('a', 'Pasha Orloff, 29, was taken to hospital.', '2025-02-15');
    const b = art('b', 'Pavel Orlov, 29, spoke to his family.', '2025-02-16');
    expect(linkOf(a, b, ['29', '29'])).toBe('same');
  });

  it('keeps a mother’s and her son’s ages apart across spellings', () => {
    const a = art('a', 'Pavel Orlov, 29, and his mother Elena Orlova, 54, were taken.', '2025-02-15');
    const b = art('b', 'Elena Orloff, 54, spoke to reporters.', '2025-02-16');
    expect(linkOf(a, b, ['29', '54'])).toBe('none');
    expect(linkOf(a, b, ['54', '54'])).not.toBe('conflict');
  });

  it('reads "he was 28 when…" as the age of the man just named, and not a woman’s', () => {
    const a = art('a', 'Pavel Orlov was freed on Saturday. He was 28 when he was abducted from his home.', '2025-02-16');
    const b = art('b', 'Pavel Orlov, 29, was flown to hospital.', '2025-02-16');
    const c = art('c', 'Elena Orlova was freed last year. She was 28 when she was abducted.', '2025-02-16');
    expect(a.claims.find((x) => writes(x, '28'))?.frame?.key).toBe('age:age');
    expect(linkOf(a, b, ['28', '29'])).toBe('updated');
    expect(linkOf(c, b, ['28', '29'])).toBe('none');
  });

  it('reads citizenship written as a pair, a hyphenated adjective, or in Spanish, as one fact', () => {
    const a = art('a', 'Orlov, who holds Russian and Israeli citizenship, was freed.', '2025-02-15');
    const b = art('b', 'The Russian-Israeli hostage Pavel Orlov was freed.', '2025-02-16');
    const c = art('c', 'El rehén ruso-israelí Pavel Orlov fue liberado.', '2025-02-16', 'es');
    expect(linkOf(a, b, ['Russian and Israeli citizenship', 'Russian-Israeli'])).toBe('same');
    expect(linkOf(b, c, ['Russian-Israeli', 'ruso-israelí'])).toBe('same');
    expect(b.claims.some((c) => c.kind === 'fact' && /Dekel|led/.test(c.written))).toBe(false);
  });

  it('reads a relative’s death however it is worded, and only links it for the same relative', () => {
    const a = art('a', 'His father, Vitaly, was killed on 7 October.', '2025-02-15');
    const b = art('b', 'His father was murdered in their home.', '2025-02-16');
    const c = art('c', 'Su padre había muerto el 7 de octubre.', '2025-02-16', 'es');
    const d = art('d', 'A neighbour was killed in the attack.', '2025-02-16');
    expect(linkOf(a, b, ['killed on 7 October', 'murdered'])).toBe('same');
    expect(linkOf(b, c, ['murdered', 'había muerto'])).toBe('same');
    expect(linkOf(a, d, ['killed on 7 October', 'killed in the attack'])).toBe('none');
  });

  it('reads how a relative died: in the attack and in captivity disagree, a death told without how agrees with either', () => {
    const attack = art('a', 'His father, Vitaly, was killed in the Hamas attack.', '2025-02-15');
    const captivity = art('b', 'His father was killed in captivity, the family said.', '2025-02-16');
    const es = art('c', 'El padre de Orlov fue asesinado en cautiverio.', '2025-02-16', 'es');
    const plain = art('d', 'His father was murdered.', '2025-02-16');
    expect(linkOf(attack, captivity, ['killed in the Hamas attack', 'killed in captivity'])).toBe('conflict');
    expect(linkOf(captivity, es, ['killed in captivity', 'fue asesinado en cautiverio'])).toBe('same');
    expect(linkOf(attack, plain, ['killed in the Hamas attack', 'murdered'])).toBe('same');
    // More wordings of a death in the attack: a pluperfect, the killers named, the attack as the
    // object, the idioms of losing one's life.
    for (const [text, lang, written] of [['His father Vitaly had been murdered in the Hamas onslaught.', 'en', 'murdered in the Hamas onslaught'],
      ['His father, Vitaly, was murdered by terrorists during the attack.', 'en', 'murdered by terrorists during the attack'],
      ['The hostage’s father did not survive the militant attack.', 'en', 'did not survive the militant attack'],
      ['Su padre, Vitaly Orlov, perdió la vida en el ataque inicial.', 'es', 'perdió la vida en el ataque inicial']] as const) {
      expect(linkOf(captivity, art('x', text, '2025-02-16', lang), ['killed in captivity', written]), text).toBe('conflict');
    }
  });

  it('reads a life sentence in four languages as one fact', () => {
    const en = art('a', 'Pavel Orlov was sentenced to life in prison in absentia on Thursday.', '2022-11-17');
    for (const [text, lang, written] of [['Cadena perpetua para Pavel Orlov, condenado en ausencia.', 'es', 'Cadena perpetua'],
      ['Pavel Orlov a été condamné à la réclusion à perpétuité.', 'fr', 'réclusion à perpétuité'], ['Павел Орлов приговорен к пожизненному заключению.', 'ru', 'пожизненному заключению']] as const) {
      expect(linkOf(en, art('x', text, '2022-11-17', lang), ['sentenced to life in prison', written]), text).toBe('same');
    }
  });

  it('gives "his release" inside a relative clause to the person the clause is said of, not the sentence\'s first name', () => {
    const fr = art('a', 'Le Kremlin a publié une vidéo de l’échange entre Vladimir Poutine et Pavel Orlov, un citoyen de 29 ans qui a passé 498 jours aux mains du Hamas, jusqu’à sa libération le 15 février.', '2025-04-17', 'fr');
    const en = art('b', 'Vladimir Putin met Pavel Orlov, a citizen who spent 498 days in captivity until his release on February 15.', '2025-04-17');
    for (const [a, written] of [[fr, '15 février'], [en, 'February 15']] as const) {
      const orlov = a.claims.find((c) => c.kind === 'name' && c.written === 'Orlov')!.topic.split(':').pop();
      expect(a.claims.find((c) => writes(c, written) || c.written === `on ${written}`)?.frame?.subject, written).toBe(orlov);
    }
  });

  it('does not read a sentence-initial word as a person because it sounds like a name', () => {
    const a = art('a', 'Eli Sharabi was freed a week earlier. All three were abducted on October 7, 2023, and have spent 498 days in captivity.', '2025-02-15');
    expect(a.claims.find((c) => writes(c, '498'))?.frame?.subject).toBeNull();
  });

  it('counts the people taken hostage even after a fraction earlier in the sentence', () => {
    const a = art('a', 'The attack killed 1,200 people, most of them civilians, and 251 people were taken hostage.', '2024-10-07');
    expect(a.claims.find((c) => writes(c, '251'))?.frame?.key).toBe('abducted:people');
  });

  it('compares ages only for one person named on both sides', () => {
    const a = art('a', 'Raul Labrador, a 46-year-old lawyer, will challenge Kevin McCarthy for the post.', '2014-06-13');
    const b = art('b', 'Kevin McCarthy is the whip. On Friday morning, McCarthy, 49, appeared to be headed toward running unopposed.', '2014-06-13');
    const c = art('c', 'A photo was sent to a 21-year-old student in Seattle from Weiner’s account.', '2014-06-13');
    const d = art('d', 'Anthony Weiner, 46, is married to Huma Abedin.', '2014-06-13');
    // "McCarthy" is a surname like any other, though its prefix keeps a capital.
    expect(b.claims.find((c) => writes(c, '49'))?.frame?.subject).toMatch(/^MK/);
    expect(linkOf(a, b, ['46-year-old', '49'])).toBe('none');
    // A possessor named after an age is not whose age it is.
    expect(c.claims.find((x) => writes(x, '21-year-old'))?.frame?.subject ?? null).toBeNull();
    expect(linkOf(c, d, ['21-year-old', '46'])).toBe('none');
    const e = art('e', 'Anthony Weiner, 49, is married to Huma Abedin.', '2014-06-13');
    expect(linkOf(d, e, ['46', '49'])).toBe('conflict');
  });

  it('reads "the 29-year-old" opening a sentence as the person of the sentences before', () => {
    const a = art('a', 'Hamas promised that Pavel Orlov would be freed. The 29-year-old has been held for 473 days.', '2025-01-21');
    expect(a.claims.find((c) => writes(c, '29-year-old'))?.frame?.subject).toMatch(/^ARLF/);
    // A person named before it in its own sentence comes first.
    const b = art('b', 'Pavel Orlov is still held. Ivan Petrov: The 36-year-old is also a citizen.', '2025-01-21');
    expect(b.claims.find((c) => writes(c, '36-year-old'))?.frame?.subject).not.toMatch(/^ARLF/);
    // "The 32-year-old journalist was detained": a definite description, of the article's person
    // as far as agreeing goes, never for a disagreement.
    const c = art('c', 'Pavel Orlov is still held. The 32-year-old journalist was detained in March.', '2025-01-21');
    expect(c.claims.find((x) => writes(x, '32-year-old'))?.frame?.scope).toContain('described');
  });

  it('holds an age on a page without a date against a dated one when the birthdays since its bound cannot explain it', () => {
    const dated = art('a', 'Pavel Orlov, 29, was freed on Saturday.', '2025-02-15');
    // The undated page names the day of the release: it is from then or later, and he is 29 or older on it.
    const sameDay = (age: number) => art(`u${age}`, `Pavel Orlov, ${age}, was freed on February 15, 2025.`, null);
    expect(linkOf(dated, sameDay(28), ['29', '28'])).toBe('conflict');
    expect(linkOf(dated, sameDay(29), ['29', '29'])).toBe('same');
    expect(linkOf(dated, sameDay(30), ['29', '30'])).toBe('updated');
    // Naming only a day sixteen months before, it may be from then: two birthdays may lie between.
    const early = (age: number) => art(`e${age}`, `Pavel Orlov, ${age}, was taken on October 7, 2023.`, null);
    expect(linkOf(dated, early(27), ['29', '27'])).toBe('none');
    expect(linkOf(dated, early(26), ['29', '26'])).toBe('conflict');
  });

  it('finds ages months apart in conflict only when no birthday can explain them', () => {
    const may = art('a', 'Pavel Orlov, 27, appears in the video.', '2024-05-29');
    expect(linkOf(may, art('b', 'Pavel Orlov, 29, has been held for 473 days.', '2025-01-21'), ['27', '29'])).toBe('conflict');
    expect(linkOf(may, art('c', 'Pavel Orlov, 28, has been held for 473 days.', '2025-01-21'), ['27', '28'])).toBe('updated');
    // Groups named in either sentence do not make a named person's age someone else's.
    const israeli = art('e', 'The Israeli and Russian citizen Pavel Orlov, 27, appears in the video.', '2024-05-29');
    expect(linkOf(israeli, art('f', 'Held by the Palestinian Islamic Jihad, Pavel Orlov, 29, has been held for 473 days.', '2025-01-21'), ['27', '29'])).toBe('conflict');
    // A day apart, 28 and 29: a birthday that very day is possible, a slip far likelier.
    expect(linkOf(art('g', 'Pavel Orlov, 28, was freed on Saturday.', '2025-02-15'), art('h', 'Pavel Orlov, 29, was freed on Saturday.', '2025-02-16'), ['28', '29'])).toBe('conflict');
    // A week apart, a birthday in between explains them.
    expect(linkOf(art('i', 'Pavel Orlov, 28, was freed on Saturday.', '2025-02-15'), art('j', 'Pavel Orlov, 29, spoke on Monday.', '2025-02-24'), ['28', '29'])).toBe('updated');
    // Barely apart (a birthday weeks from a date) is not enough months later.
    expect(linkOf(may, art('d', 'Pavel Orlov, 29, has been held for 500 days.', '2025-05-01'), ['27', '29'])).toBe('none');
  });

  it('dates an abduction by "taken into captivity on" and "held hostage since"', () => {
    const a = art('a', 'Pavel Orlov was abducted from his home on October 7, 2023.', '2024-05-01');
    const b = art('b', 'The 27-year-old man, Pavel Orlov, was taken into captivity on October 7th.', null);
    const c = art('c', 'Pavel Orlov has been held hostage by the militants since October 7.', null);
    expect(linkOf(a, b, ['October 7, 2023', 'October 7th'])).toBe('same');
    expect(linkOf(a, c, ['October 7, 2023', 'October 7'])).toBe('same');
    expect(c.claims.find((x) => writes(x, 'October 7'))?.frame?.predicate).not.toBe('meet');
  });

  it('compares a story person misspelled with the right given name as a spelling of that name', () => {
    const other: StoryDefinition = { id: 'o', title: 'test story', people: [{ name: 'Pavel Marshkovich', weight: 'core' }], places: [], terms: ['journalist'] };
    const at = (key: string, text: string) => analyzeArticle({ key, url: null, outlet: key, title: '', published: '2024-07-19', text, lang: 'en' }, [other]);
    const a = at('a', 'The journalist Pavel Marshkovich was sentenced on Friday.');
    const b = at('b', 'The journalist Pavel Marskovich was sentenced on Friday.');
    expect(linkOf(a, b, ['Pavel Marshkovich', 'Pavel Marskovich'])).toBe('variant');
  });

  it('reads a Russian given name in the dative as the person the article named in full, never the genitive', () => {
    const a = art('a', 'Павел Орлов находится в плену. В субботу Павлу исполнилось 28 лет.', '2023-11-12', 'ru');
    expect(a.claims.find((c) => writes(c, '28 лет'))?.frame?.subject).toMatch(/^ARLF/);
    const b = art('b', 'Павел Орлов находится в плену. 73-летняя бабушка Павла Ирина тоже была похищена.', '2023-11-12', 'ru');
    expect(b.claims.find((c) => writes(c, '73-летняя'))?.frame?.subject ?? null).not.toMatch(/^ARLF/);
  });

  it('takes two deadlines sharing only their preposition ("through") as two deadlines, not one moved on', () => {
    const plan = art('p', 'One bill would fund the ports agency through March 8, giving negotiators a month.', '2031-01-02');
    const deal = art('d', 'Pavel Orlov signed a bill that keeps the museums open through March 15.', '2031-01-25');
    expect(linkOf(plan, deal, ['March 8', 'March 15'])).toBe('none');
  });

  it('takes a running count and a span read with another verb as two spans, not one updated', () => {
    const early = art('e', 'With the strike dragging into its 12th day, federal workers in the ports are unpaid.', '2031-01-02');
    const late = art('l', 'Pavel Orlov agreed to reopen the federal ports for three weeks while talks go on.', '2031-01-25');
    expect(linkOf(early, late, ['12th day', 'three weeks'])).toBe('none');
  });

  it('flags two reports of one day that set one event for different dates, and no forecast of an outcome', () => {
    const a = art('a', 'Both councils will hold special runoffs in mid June, officials said.', '2031-02-05');
    const b = art('b', 'The runoff would be held on May 28. The clerk said so.', '2031-02-05');
    expect(linkOf(a, b, ['mid June', 'May 28'])).toBe('conflict');
    // Each names what the other does not: two events ("Republicans" / "Democrats").
    const rep = art('r', 'Republicans will hold their runoff on May 5, officials said.', '2031-02-05');
    const dem = art('s', 'Democrats will hold their runoff on May 12, officials said.', '2031-02-05');
    expect(linkOf(rep, dem, ['May 5', 'May 12'])).toBe('none');
    // The same day set by both agrees.
    const same = art('c', 'The runoff will be held on June 14, the clerk said.', '2031-02-05');
    expect(linkOf(a, same, ['mid June', 'June 14'])).toBe('same');
    // Reports of different weeks: a plan may have moved (not a disagreement of one day).
    const later = art('d', 'The runoff would be held on May 28. The clerk said so.', '2031-03-20');
    expect(linkOf(a, later, ['mid June', 'May 28'])).not.toBe('conflict');
    // A question is no plan.
    const cond = art('e', 'Will the runoff be held on May 28?', '2031-02-05');
    expect(linkOf(a, cond, ['mid June', 'May 28'])).not.toBe('conflict');
  });

  it('takes a count written into the adjective of one noun for that one thing ("the 48-page indictment" / "the 47-page indictment")', () => {
    const a = art('a', 'Among the charges listed in the 48-page indictment were trips to Italy, court papers show.', '2031-08-21');
    const b = art('b', '"The goal was to enrich themselves," the 47-page indictment says.', '2031-08-21');
    expect(linkOf(a, b, ['48-page', '47-page'])).toBe('conflict');
    // The same count agrees; another noun is another thing; reports weeks apart may tell two documents.
    expect(linkOf(a, art('c', '"The goal was to enrich themselves," the 48-page indictment says.', '2031-08-21'), ['48-page', '48-page'])).toBe('same');
    expect(linkOf(a, art('d', '"The goal was to enrich themselves," the 47-page memo says.', '2031-08-21'), ['48-page', '47-page'])).toBe('none');
    expect(linkOf(a, art('e', '"The goal was to enrich themselves," the 47-page indictment says.', '2031-10-02'), ['48-page', '47-page'])).toBe('none');
  });

  it('holds two counts of the prisoners freed in one exchange against each other, "in exchange for" or not', () => {
    const a = art('a', 'The rebels released three hostages on Saturday in exchange for 369 Palestinian prisoners.', '2031-02-15');
    const b = art('b', 'The government freed 333 Palestinian prisoners in exchange for the three hostages released on Saturday.', '2031-02-15');
    expect(linkOf(a, b, ['369 Palestinian prisoners', '333 Palestinian prisoners'])).toBe('conflict');
    expect(linkOf(a, b, ['three hostages', 'three hostages'])).toBe('same');
  });

  it('holds a close figure of a done event on a page without a date against a dated report of those days', () => {
    const dated = art('a', 'The rebels released three hostages on Saturday in exchange for 369 Palestinian prisoners.', '2031-02-15');
    // The stored page has no date: it names February 14 and nothing later.
    const undated = art('b', 'After the deal of February 14, 2031, the government freed 333 Palestinian prisoners in exchange for three hostages.', null);
    expect(linkOf(dated, undated, ['369 Palestinian prisoners', '333 Palestinian prisoners'])).toBe('conflict');
    // Naming a day weeks after the dated report, it may be a later count.
    const later = art('c', 'By March 30, 2031, the government had freed 333 Palestinian prisoners in exchange for three hostages.', null);
    expect(linkOf(dated, later, ['369 Palestinian prisoners', '333 Palestinian prisoners'])).toBe('none');
    // A toll rises for weeks, and a figure far off is another count.
    const hurt = art('d', 'The fire at the tower block on February 14 injured 58 people, police said.', '2031-02-15');
    const hurtToo = art('e', 'The fire at the tower block on February 14, 2031 injured 61 people, police said.', null);
    const [h58, h61] = [hurt.claims.find((c) => writes(c, '58 people'))!, hurtToo.claims.find((c) => writes(c, '61 people'))!];
    const open = (x: AnalyzedArticle, cx: Claim, y: AnalyzedArticle, cy: Claim) =>
      compareOpen(cx, { published: x.published, asOf: x.asOf }, cy, { published: y.published, asOf: y.asOf }, (relation, confidence) => ({ a: cx.id, b: cy.id, relation, confidence, topic: cx.topic }))?.relation ?? 'none';
    expect(open(hurt, h58, hurtToo, h61)).toBe('none');
    // Both dated, the same two counts of one day disagree.
    const hurtDated = art('f', 'The fire at the tower block on February 14 injured 61 people, police said.', '2031-02-15');
    expect(open(hurt, h58, hurtDated, hurtDated.claims.find((c) => writes(c, '61 people'))!)).toBe('conflict');
  });

  it('reads a deadline moved on as an update, whichever verb sets it and in whichever language', () => {
    const aug = art('a', 'The court extended the arrest of Pavel Orlov until 30 November.', '2023-08-24');
    const dec = art('b', 'Pavel Orlov must remain in custody until 30 January 2024, the court ruled.', '2023-12-14');
    expect(linkOf(aug, dec, ['30 November', '30 January 2024'])).toBe('updated');
    // An earlier deadline in the later report is no update.
    const back = art('c', 'Pavel Orlov must remain in custody until 30 May 2023, the court ruled.', '2023-12-14');
    expect(linkOf(aug, back, ['30 November', '30 May 2023'])).toBe('none');
  });

  it('never sets a sentence demanded against the sentence imposed', () => {
    const a = art('a', 'Russia Seeks 18-Year Sentence For Reporter Pavel Orlov', '2024-07-18');
    const b = art('b', 'Le journaliste Pavel Orlov condamné à 16 ans de prison', '2024-07-19', 'fr');
    expect(linkOf(a, b, ['18-Year', '16 ans'])).toBe('none');
    const c = art('c', 'Pavel Orlov was sentenced to 14 years in prison.', '2024-07-19');
    expect(linkOf(b, c, ['16 ans', '14 years'])).toBe('conflict');
  });

  it('never finds a conflict between two weekdays written alone: each week is a guess from the tense', () => {
    const a = art('a', 'Pavel Orlov met the president in Moscow on Friday.', '2018-07-13');
    const b = art('b', 'Pavel Orlov met the president in Moscow on Monday.', '2018-07-13');
    expect(linkOf(a, b, ['on Friday', 'on Monday'])).toBe('none');
    const c = art('c', 'Pavel Orlov met the president in Moscow on July 9, 2018.', '2018-07-13');
    expect(linkOf(a, c, ['on Friday', 'July 9, 2018'])).toBe('conflict');
  });

  it('gives a participle or relative clause after a name that name as its subject, in three languages', () => {
    const en = art('a', 'President Putin received Pavel Orlov, a Russian-Israeli man freed by the militants on February 15, 2025.', '2025-04-17');
    const es = art('b', 'El rehén Pavel Orlov, liberado el 16 de febrero de 2025 por la milicia, se recupera en un hospital.', '2025-04-17', 'es');
    const ru = art('c', 'Путин встретился с Павлом Орловым, которого боевики освободили 16 февраля 2025 года.', '2025-04-17', 'ru');
    const subject = (a: AnalyzedArticle, w: string) => a.claims.find((c) => writes(c, w))?.frame?.subject;
    expect(subject(en, 'February 15, 2025')).toBeTruthy();
    expect(subject(es, '16 de febrero de 2025')).toBe(subject(en, 'February 15, 2025'));
    expect(subject(ru, '16 февраля 2025 года')).toBe(subject(en, 'February 15, 2025'));
    expect(linkOf(en, es, ['February 15, 2025', '16 de febrero de 2025'])).toBe('conflict');
    // A clause of its own after the comma names no one before it.
    const other = art('d', 'After meeting Pavel Orlov, the militants freed three women on February 16, 2025.', '2025-04-17');
    expect(subject(other, 'February 16, 2025')).not.toBe(subject(en, 'February 15, 2025'));
  });

  it('reads days held "after N days" as a final count, and "in Hamas captivity" as no place', () => {
    const a = art('a', 'After 498 days in Hamas captivity, Pavel Orlov learned of his father’s death.', '2025-02-16');
    const b = art('b', 'Pavel Orlov, liberado el sábado tras 489 días de cautiverio en Gaza, se recupera.', '2025-02-16', 'es');
    expect(a.claims.find((c) => writes(c, '498'))?.frame?.scope.some((x) => x.startsWith('place:'))).toBe(false);
    expect(linkOf(a, b, ['498', '489'])).toBe('conflict');
  });

  it('agrees on an age stated by a page without a date, which is only known to be after the dates it names', () => {
    const dated = art('a', 'Pavel Orlov, 29, was released on February 15, 2025.', '2025-02-16');
    const undated = art('b', 'Pavel Orlov, 29, learned that his father was killed on October 7, 2023.', null);
    expect(linkOf(dated, undated, ['29', '29'])).toBe('same');
    const older = art('c', 'Pavel Orlov, 31, learned that his father was killed on October 7, 2023.', null);
    expect(linkOf(dated, older, ['29', '31'])).toBe('none');
  });

  it('matches Cyrillic spellings of names in other cases with their Latin spellings', () => {
    expect(compareSpellings('Коэн', 'Cohen', true)).toBe('variant');
    expect(compareSpellings('Ириной', 'Irina')).toBe('variant');
    expect(compareSpellings('Марзуком', 'Marzouk', true)).toBe('variant');
    expect(compareSpellings('Коэн', 'Horn', true)).toBe('different');
  });

  it('gives an age said of a common noun ("the 32-year-old journalist", "el estadounidense, de 32 años") to no one named later', () => {
    const en = art('en', 'Pavel Orlov was sentenced on Friday. The 32-year-old journalist was detained in March in Yekaterinburg, said Judge Andrei Mineyev.', '2024-07-20');
    const es = art('es', 'Pavel Orlov fue condenado. El estadounidense, de 32 años, cumplirá la pena en una colonia, precisó el juez Andrei Mineyev.', '2024-07-20', 'es');
    const judge = es.claims.find((c) => c.kind === 'name' && c.written === 'Mineyev')!.topic.split(':').pop()!;
    for (const [a, written] of [[en, '32-year-old'], [es, '32 años']] as const) {
      // No one's, or the article's one person's as a description (never disagreeing), never the judge's.
      const frame = a.claims.find((c) => writes(c, written))?.frame;
      expect(frame?.subject === null || frame?.subject === undefined || frame.scope.includes('described'), written).toBe(true);
      expect(frame?.subject?.split(':')[0], written).not.toBe(judge);
    }
    expect(linkOf(en, es, ['32-year-old', '32 años'])).toBe('same');
  });

  it('never sets a floor against a figure above it: "at least seven prisoners" and "10 prisoners"', () => {
    const a = art('a', 'At least seven high-profile prisoners were transferred to Russia on Thursday as part of the exchange.', '2024-08-01');
    const b = art('b', 'As part of the exchange, 10 high-profile prisoners were transferred to Russia on Thursday.', '2024-08-01');
    expect(linkOf(a, b, ['At least seven', '10'])).not.toBe('conflict');
    const c = art('c', 'As part of the exchange, 12 high-profile prisoners were transferred to Russia on Thursday.', '2024-08-01');
    expect(linkOf(b, c, ['10', '12'])).toBe('conflict');
  });

  it('gives "his release" to the subject of its clause, not to the nearest name', () => {
    const a = art('a', 'Maria Lebed gained freedom in the first deal, while Pavel Orlov remained captive until his release this past January.', '2025-07-09');
    expect(a.claims.find((c) => writes(c, 'this past January'))?.frame?.subject).toMatch(/^ARLF/);
    const b = art('b', 'Freed hostage Pavel Orlov, with his girlfriend Maria Lebed, after his release on February 15, 2025.', '2025-02-16');
    expect(b.claims.find((c) => writes(c, 'February 15, 2025'))?.frame?.subject).toMatch(/^ARLF/);
  });

  it('sets a month against a day of one person’s release when they differ in the month or the year alone', () => {
    const month = art('a', 'Pavel Orlov remained captive until his release this past January.', '2025-07-09');
    const day = art('b', 'Pavel Orlov was released on February 15, 2025, after 498 days.', '2025-02-16');
    expect(linkOf(month, day, ['this past January', 'February 15, 2025'])).toBe('conflict');
    // Apart in both the year and the month: more likely two events than one misdated.
    const other = art('c', 'Pavel Orlov was released in November 2023, the family said.', '2023-12-01');
    expect(linkOf(other, day, ['November 2023', 'February 15, 2025'])).toBe('none');
    // Meetings recur: two of one person's months apart are two meetings.
    const june = art('d', 'Pavel Orlov met with the envoys in June 2016, the paper reported.', '2017-07-10');
    const sept = art('e', 'Pavel Orlov met with the envoys on September 20, 2016, the paper reported.', '2017-11-13');
    expect(linkOf(june, sept, ['June 2016', 'September 20, 2016'])).not.toBe('conflict');
  });

  it('counts a statement an article repeats (standfirst, caption, body) as one voice in a conflict', () => {
    const a = art('a', 'Pavel Orlov was released in February\n\nPavel Orlov was released in February — Photo: Anna Petrova\n\nThe militants said that Pavel Orlov was released in February after long talks.', '2025-04-17');
    const b = art('b', 'Pavel Orlov remained captive until his release this past January.', '2025-07-09');
    const conflicts = linkArticles([a, b]).filter((l) => l.relation === 'conflict');
    expect(conflicts).toHaveLength(1);
    const kept = a.claims.find((c) => c.id === conflicts[0]!.a || c.id === conflicts[0]!.b)!;
    expect(kept.quote).toBe('Pavel Orlov was released in February');
  });

  it('reads days counted by a release or an abduction as days held, whoever the caption names nearest', () => {
    const freed = art('a', 'Pavel Orlov was released after he remained in captivity for 498 days.', '2025-02-28');
    const held = art('b', 'Pavel Orlov, with his girlfriend Maria Lebed, soon after his release from 498 days in captivity.', '2025-02-16');
    const es = art('c', 'Pavel Orlov, tras permanecer 498 días secuestrado, volvió a casa.', '2025-02-16', 'es');
    expect(held.claims.find((c) => writes(c, '498'))?.frame?.subject).toMatch(/^ARLF/);
    expect(linkOf(freed, held, ['498', '498'])).toBe('same');
    expect(linkOf(freed, es, ['498', '498'])).toBe('same');
  });

  it('dates a page that gives no date no earlier than the abduction plus the days it counts held', () => {
    const a = art('a', 'Pavel Orlov was abducted on October 7, 2023. He was released after 498 days in captivity.', null);
    expect(a.asOf).toBe('2025-02-16');
  });

  it('takes no Russian sentence-opening word for a second given name ("Сам Александр Орлов")', () => {
    const withGiven: StoryDefinition = { ...story, people: [{ name: 'Alexander Orlov', weight: 'core' }] };
    const a = analyzeArticle({ key: 'r', url: null, outlet: 'r', title: '', published: '2025-02-16', text: 'Сам Александр Орлов был освобожден 15 февраля 2025 года, проведя в плену почти 500 дней.', lang: 'ru' }, [withGiven]);
    expect(a.claims.find((c) => writes(c, 'почти 500 дней'))?.frame?.subject).toMatch(/:ALKS$/);
  });

  it('reads "tenía 27 años cuando fue secuestrado" as the age at the abduction of the person the sentences before name', () => {
    const es = art('es', 'Pavel Orlov fue liberado el sábado. Tenía 27 años cuando fue secuestrado. Su madre Irina Orlova fue liberada antes. Tenía 50 años.', '2025-02-16', 'es');
    const young = es.claims.find((c) => writes(c, '27 años'))!;
    expect(young.frame?.measure).toBe('age');
    expect(young.frame?.subject).toMatch(/^ARLF:.*:FFL$/);
    expect(young.frame?.scope).toContain('when:abducted');
    expect(es.claims.find((c) => writes(c, '50 años'))?.frame?.subject ?? '').not.toMatch(/FFL$/);
    // Two ages of one person at the same event disagree; an age now and one at the event do not.
    const fr = art('fr', 'Pavel Orlov a été libéré. Âgé de 28 ans au moment de son enlèvement, il est rentré.', '2025-02-16', 'fr');
    expect(linkOf(es, fr, ['27 años', '28 ans'])).toBe('conflict');
    const now = art('en', 'Pavel Orlov, 29, was freed on Saturday.', '2025-02-16');
    expect(linkOf(es, now, ['27 años', '29'])).not.toBe('conflict');
  });

  it('dates a killing on the day of the attack by the attack, whatever the verb', () => {
    const killed = art('a', 'His father was killed by the militants on October 7, 2023.', '2025-01-21');
    const attack = art('b', 'Pavel Orlov was taken during the attack of October 7.', null);
    expect(linkOf(killed, attack, ['October 7, 2023', 'October 7'])).toBe('same');
    const otherDay = art('c', 'Pavel Orlov was taken during the attack of October 8.', null);
    expect(linkOf(killed, otherDay, ['October 7, 2023', 'October 8'])).not.toBe('same');
  });

  it('lets a group’s release date agree with one member’s, never disagree', () => {
    const group = art('a', 'The three hostages were released in February 2025 as part of the ceasefire.', '2025-02-28');
    const one = art('b', 'Pavel Orlov was released on February 15, 2025.', '2025-02-16');
    expect(linkOf(group, one, ['February 2025', 'February 15, 2025'])).toBe('same');
    const earlier = art('c', 'Pavel Orlov was released on January 15, 2025.', '2025-01-16');
    expect(linkOf(group, earlier, ['February 2025', 'January 15, 2025'])).toBe('none');
  });

  it('takes a people’s word before a full name for a description, not part of the name', () => {
    const ru = art('ru', 'Американец Павел Орлов прибыл в Москву. Орлов работал журналистом.', '2024-08-01', 'ru');
    expect(ru.claims.map((c) => c.written)).toContain('Павел Орлов');
    expect(ru.claims.map((c) => c.written)).not.toContain('Американец Павел Орлов');
  });

  it('never sets two meetings of one person against each other when their sentences name different hosts and places', () => {
    const a = art('a', 'Pavel Orlov met the German chancellor in Berlin on February 22.', '2024-02-25');
    const b = art('b', 'After the broadcast, Pavel Orlov met European ministers in Brussels on February 19 to warn them.', '2024-02-20');
    expect(linkOf(a, b, ['February 22', 'February 19'])).not.toBe('conflict');
  });

  it('dates a date beside a verb of saying as the report, not the event reported', () => {
    const a = art('a', 'His lawyer said on Saturday (Feb 17) that the authorities told his wife that Pavel Orlov died of a sudden illness.', '2024-02-18');
    const b = art('b', 'Pavel Orlov died on February 16, 2024, in a penal colony.', '2025-02-16');
    expect(linkOf(a, b, ['Feb 17', 'February 16, 2024'])).not.toBe('conflict');
  });

  it('keeps the age a person died at: "47, died on 16 February 2024" a year later agrees with 47 on the day', () => {
    const then = art('a', 'Pavel Orlov died in the colony on Friday. He was 47.', '2024-02-16');
    const later = art('b', 'Pavel Orlov, de 47 años, murió el 16 de febrero de 2024 en una prisión rusa.', '2025-09-17', 'es');
    expect(linkOf(then, later, ['47', '47 años'])).not.toBe('conflict');
  });

  it('gives "Orlov\'s 69-years-old mother Irina" her own age, not his', () => {
    const a = art('a', "Pavel Orlov's 69-years-old mother Irina rushed to the colony on Saturday.", '2024-02-18');
    const b = art('b', 'Pavel Orlov died in the colony. He was 47.', '2024-02-16');
    expect(linkOf(a, b, ['69-years-old', '47'])).toBe('none');
  });

  it('holds no figure counted in decades against a precise one', () => {
    const a = art('a', 'Pavel Orlov was serving a three-decade sentence in the penal colony.', '2024-02-18');
    const b = art('b', 'Pavel Orlov, who was serving a 19-year sentence in the penal colony, died on Friday.', '2024-02-16');
    expect(linkOf(a, b, ['three-decade', '19-year'])).not.toBe('conflict');
  });

  it('claims a story surname where it is first written alone, possessive too, and never as part of an organisation', () => {
    const a = art('a', "Pavel Orlov was moved in December. Officials blamed Putin for Orlov's death. Orlov died in the colony.", '2024-02-18');
    const alone = a.claims.filter((c) => c.kind === 'name' && writes(c, 'Orlov'));
    // Inside the full name, and at its first time alone ("Orlov's", the possessive left out).
    expect(alone.length).toBeGreaterThanOrEqual(2);
    expect(a.claims.some((c) => c.written.includes('Putin for'))).toBe(false);
  });

  it('meets a Russian surname declined like an adjective (Навального) with the typed one', () => {
    const adj: StoryDefinition = { id: 'n', title: 't', people: [{ name: 'Pavel Navalny', weight: 'core' }], places: [], terms: [] };
    const ru = analyzeArticle({ key: 'ru', url: null, outlet: 'ru', title: '', published: '2024-02-20', lang: 'ru', text: 'Павел Навальный умер в колонии. Тело Навального передали матери, сообщили в команде Навального.' }, [adj]);
    expect(ru.claims.filter((c) => c.kind === 'name').map((c) => c.written)).toContain('Навального');
  });

  it('dates a group for a person its sentence lists among its members, and only then', () => {
    const listed = art('a', 'The hostages, including Pavel Orlov and his mother, were freed as part of a ceasefire agreement in February 2025.', '2025-02-28');
    const apart = art('b', 'The women were freed in November 2023, while Pavel Orlov remained in captivity.', '2025-02-28');
    const own = art('c', 'Pavel Orlov was released from captivity this past January.', '2025-07-09');
    expect(linkOf(listed, own, ['February 2025', 'this past January'])).toBe('conflict');
    expect(linkOf(apart, own, ['November 2023', 'this past January'])).not.toBe('conflict');
  });

  it('takes the head of an apposition as the subject of the verb after it, not a name inside it', () => {
    const a = art('a', 'Pavel Orlov, one of the fiercest critics of President Viktor Kessler, died on February 16 in a penal colony.', '2024-02-24');
    expect(a.claims.find((c) => writes(c, 'February 16'))?.frame?.subject).toBe(a.claims.find((c) => writes(c, 'Pavel Orlov'))?.value.type === 'name' ? (a.claims.find((c) => writes(c, 'Pavel Orlov'))!.value as { key: string }).key : 'none');
  });

  it('does not date an event by a date placed against it ("on March 1, two weeks after his death")', () => {
    const a = art('a', 'Pavel Orlov was laid to rest in Moscow on March 1, exactly two weeks after his death.', '2024-03-02');
    const b = art('b', 'Pavel Orlov died in prison last month.', '2024-03-10');
    expect(linkOf(a, b, ['March 1', 'last month'])).not.toBe('conflict');
  });

  it('never sets a part of a count ("the other four workers") against the whole ("six workers")', () => {
    const a = art('a', 'Two were rescued. The search for the other four workers, who are presumed dead, was suspended.', '2024-03-28');
    const b = art('b', 'Six missing workers are presumed dead after the collapse.', '2024-03-27');
    expect(linkOf(a, b, ['four', 'Six'])).not.toBe('conflict');
  });

  it('reads a firm named like a person ("Brawner Builders") as an organisation', () => {
    const a = art('a', 'Jeffrey Pritzker, executive vice president of Brawner Builders, said the crew was filling potholes.', '2024-03-26');
    expect(a.claims.find((c) => writes(c, 'Brawner Builders'))?.topic).toMatch(/^name:entity:/);
  });

  it('calls a full name whose given name is spelled otherwise a variant, the same spelling the same', () => {
    const a = art('a', 'Alexey Orlov was buried on Friday.', '2024-03-01');
    const b = art('b', 'Alexei Orlov was buried on Friday.', '2024-03-02');
    expect(linkOf(a, b, ['Alexey Orlov', 'Alexei Orlov'])).toBe('variant');
    const c = art('c', 'ALEXEY ORLOV was buried on Friday, and Alexey Orlov’s wife spoke.', '2024-03-02');
    expect(linkOf(a, c, ['Alexey Orlov', 'Alexey Orlov'])).toBe('same');
  });

  it('agrees on a figure as particular as "498 days" whoever each sentence seems to say it of, and never sets it against another on that ground', () => {
    const a = art('a', 'Pavel Orlov remained in captivity for 498 days before his release.', '2025-02-28');
    const b = art('b', 'Prime Minister Avi Kessler welcomed the hostages, assuring them of support after spending 498 days in captivity.', '2025-02-16');
    expect(linkOf(a, b, ['498', '498'])).toBe('same');
    const c = art('c', 'Prime Minister Avi Kessler welcomed the hostages, assuring them of support after spending 489 days in captivity.', '2025-02-16');
    expect(linkOf(a, c, ['498', '489'])).not.toBe('conflict');
  });
});

