import { describe, expect, it } from 'vitest';
import { writtenAs } from './written-as';
import { linkArticles } from './analyze';
import { extractClaims } from './claims';
import { lemma } from './predicates';
import type { AnalyzedArticle, ArticleInput, Claim } from './types';

const writes = writtenAs;

const input = (text: string, published = '2024-03-05', key = 't'): ArticleInput => ({ key, url: null, outlet: null, title: '', published, text, lang: 'en' });
const figures = (text: string) => extractClaims(input(text)).claims.filter((c) => c.kind === 'number');
const num = (c: Claim) => (c.value.type === 'number' ? c.value : null)!;
const art = (key: string, text: string, published: string): AnalyzedArticle => ({
  ...input(text, published, key), story: { storyId: 's', onStory: true, score: 1, reasons: [] }, claims: extractClaims(input(text, published, key)).claims, asOf: published,
});
const relation = (a: AnalyzedArticle, b: AnalyzedArticle, wa: string, wb: string) => {
  const ca = a.claims.find((c) => writes(c, wa))!;
  const cb = b.claims.find((c) => writes(c, wb))!;
  expect(ca, wa).toBeDefined();
  expect(cb, wb).toBeDefined();
  return linkArticles([a, b]).find((l) => (l.a === ca.id && l.b === cb.id) || (l.a === cb.id && l.b === ca.id))?.relation ?? 'none';
};

describe('figures with units, read with an open vocabulary', () => {
  it('reads numbers written as words with hyphens and hundreds', () => {
    const read = (text: string) => figures(text).map((c) => [c.frame?.measure, Math.round(num(c).value * 1e6) / 1e6]);
    expect(read('Twenty-three minutes later, she left.')).toEqual([['duration', Math.round((23 / 1440) * 1e6) / 1e6]]);
    expect(read('Five hundred and eighty-four days after it began, he won.')).toEqual([['duration', 584]]);
    expect(read('He signed nearly two-dozen executive actions.')).toEqual([['count:action', 24]]);
    expect(read('One-hundred candidates signed the letter.')).toEqual([['count:person', 100]]);
    // A compound of a figure and a noun stays one ("a five-day trip").
    expect(read('It was a five-day trip.')).toEqual([['duration', 5]]);
  });

  it('reads plurals of a scale as the span of their order, multiplied by the scales after them', () => {
    const span = (text: string) => figures(text).map((c) => [c.frame?.measure, num(c).low, num(c).high]);
    expect(span('Thousands of people fled the city.')).toEqual([['count:person', 2000, 9999]]);
    expect(span('Tens of thousands of refugees arrived.')).toEqual([['count:person', 20000, 99999]]);
    expect(span('They sold hundreds of billions of dollars in assets.')).toEqual([['money:USD', 2e11, 999999999999]]);
    expect(span('Millions of dollars were spent.')).toEqual([['money:USD', 2e6, 9999999]]);
    // And in the other languages, each with its own words and its own "of".
    const inLang = (text: string, lang: string) =>
      extractClaims({ ...input(text), lang }).claims.filter((c) => c.kind === 'number').map((c) => [c.frame?.measure, num(c).low, num(c).high]);
    expect(inLang('Miles de personas huyeron de la ciudad.', 'es')).toEqual([['count:person', 2000, 9999]]);
    expect(inLang('Gastaron miles de millones de dólares.', 'es')).toEqual([['money:USD', 2e9, 9999999999]]);
    expect(inLang('Des dizaines de milliers de personnes ont fui.', 'fr')).toEqual([['count:person', 20000, 99999]]);
    expect(inLang('Сотни людей погибли.', 'ru')).toEqual([['count:person', 200, 999]]);
    // The Spanish word is the English unit, and an English name.
    expect(span('Miles Taylor ran five miles.').map((c) => c[0])).toEqual(['length']);
    // Such a span agrees with a precise sum, less surely than a precise figure does.
    const a = art('a', 'The couple paid $43,885,310 in federal taxes over the period.', '2031-08-12');
    const b = art('b', 'They paid tens of millions of dollars in federal taxes, or $43 million, over the period.', '2031-08-12');
    const precise = a.claims.find((c) => writes(c, '$43,885,310'))!;
    const links = linkArticles([a, b]).filter((l) => l.a === precise.id || l.b === precise.id).sort((x, y) => y.confidence - x.confidence);
    const other = (l: (typeof links)[number]) => b.claims.find((c) => c.id === (l.a === precise.id ? l.b : l.a))!.written;
    expect(links.map(other)).toEqual(['$43 million', 'tens of millions of dollars']);
    expect(links[0]!.confidence).toBeGreaterThan(links[1]!.confidence);
  });

  it('reads the counted noun past the capitals of what it belongs to', () => {
    const measure = (text: string) => figures(text).map((c) => c.frame?.measure);
    expect(measure('The deals with 11 Pacific Rim nations passed.')).toEqual(['count:nation']);
    expect(measure('It was signed by all 42 Senate Republicans.')).toEqual(['count:person']);
    // A capital in -s before a plural is a place, not what is counted.
    expect(measure('Floods hit 12 Texas counties.')).toEqual(['count:county']);
    expect(measure('The 63 Democrats voted no.')).toEqual(['count:person']);
    // A word of a part between the figure and its noun: the noun is counted, as a part of another count.
    const part = figures('Similar laws exist in 19 other states.')[0]!;
    expect([part.frame?.measure, part.frame?.scope]).toEqual(['count:stat', ['q:other']]);
    expect(measure('It joined 12 additional countries.')).toEqual(['count:country']);
    // A part of a group named after "of": "two more of the explosive devices".
    const more = figures('They had found two more of the explosive devices.')[0]!;
    expect([more.written, more.frame?.measure, more.frame?.scope]).toEqual(['two more', 'count:' + lemma('devices'), ['q:other']]);
    const es = extractClaims({ ...input('Seis otros trabajadores murieron en la obra.'), lang: 'es' }).claims.filter((c) => c.kind === 'number');
    expect(es.map((c) => c.frame?.measure)).toEqual(['count:person']);
    // Votes are counted like any noun; a tally stays a tally.
    expect(measure('She lost the state by 78,000 votes.')).toEqual(['count:vot']);
    expect(measure('The bill passed 52-48.')).toEqual(['tally:52-48']);
    // Words in -ss, -us and -is are no plurals: "previous", "census" modify the noun after them.
    expect(measure('He had two previous marriages.')).toEqual(['count:marriag']);
    expect(measure('He filed 12 census forms.')).toEqual(['count:form']);
  });

  it('takes what is left of a supply falling over the days as an update, and a figure of sixty or more hours as particular', () => {
    const early = art('a', 'The crew has fewer than 40 hours of oxygen left, the Coast Guard said.', '2023-06-20');
    const late = art('b', 'By Thursday morning only three hours of oxygen remained, the Coast Guard said.', '2023-06-22');
    expect(relation(early, late, 'fewer than 40 hours', 'three hours')).toBe('updated');
    // Without a word of what is left, a smaller figure later is no update.
    const total = art('c', 'The Coast Guard said the vessel carried three hours of oxygen.', '2023-06-22');
    expect(relation(early, total, 'fewer than 40 hours', 'three hours')).toBe('none');
    // "96 hours" twice in each article, worded apart: the figure itself aligns them.
    const en = art('d', 'The sub had 96 hours of emergency oxygen. Officials repeated: 96 hours at the start.', '2023-06-20');
    const fr = art('e', 'L’engin disposait de 96 heures d’autonomie. On parlait de 96 heures au départ.', '2023-06-20');
    expect(linkArticles([en, fr]).some((l) => l.relation === 'same' && /96/.test(en.claims.find((c) => c.id === l.a || c.id === l.b)?.written ?? ''))).toBe(true);
  });

  it('reads a compound duration that opens with a single unit, in four languages', () => {
    const durations = (text: string, lang: string) => extractClaims({ ...input(text), lang }).claims.filter((c) => c.frame?.measure === 'duration').map((c) => [c.written, Math.round(num(c).value * 24 * 60)]);
    expect(durations('Contact was lost an hour and 45 minutes into the dive.', 'en')).toEqual([['an hour and 45 minutes', 105]]);
    expect(durations('Se perdió el contacto una hora y 45 minutos después.', 'es')).toEqual([['una hora y 45 minutos', 105]]);
    expect(durations('Le contact a été perdu une heure et quarante-cinq minutes après.', 'fr')).toEqual([['une heure et quarante-cinq minutes', 105]]);
    expect(durations('Связь пропала через час 45 минут после начала.', 'ru')).toEqual([['час 45 минут', 105]]);
    // "an hour" alone stays unread, as before: too common to check.
    expect(durations('He spoke for an hour.', 'en')).toEqual([]);
  });

  it('counts titles won, in four languages, as a running count that grows but never conflicts', () => {
    const titles = (text: string, lang = 'en') => extractClaims({ ...input(text), lang }).claims.filter((c) => c.frame?.measure === 'count:title').map((c) => [c.written, num(c).value]);
    expect(titles('Griner, a two-time Olympic gold medalist, was freed.')).toEqual([['two-time', 2]]);
    expect(titles('Двукратную олимпийскую чемпионку задержали в аэропорту.', 'ru')).toEqual([['Двукратную', 2]]);
    expect(titles('La dos veces campeona olímpica es jugadora.', 'es')).toEqual([['dos veces', 2]]);
    expect(titles('La bicampeona olímpica llegó.', 'es')).toEqual([['bicampeona', 2]]);
    expect(titles('Elle est double championne olympique.', 'fr')).toEqual([['double', 2]]);
    // "two-time" with no title after it, "a double murder": no count of titles.
    expect(titles('He was a two-time loser in court.')).toEqual([]);
    expect(titles('Il est accusé d’un double meurtre.', 'fr')).toEqual([]);
    const early = art('a', 'She is an eight-time WNBA All-Star.', '2022-03-01');
    const late = art('b', 'She is a nine-time WNBA All-Star.', '2023-09-01');
    expect(relation(early, late, 'eight-time', 'nine-time')).toBe('updated');
    const sameDay = art('c', 'She is a nine-time WNBA All-Star.', '2022-03-01');
    expect(relation(early, sameDay, 'eight-time', 'nine-time')).not.toBe('conflict');
  });

  it('reads a length joined to the dimension it measures, and the Cyrillic abbreviation of metres', () => {
    expect(figures('The 400 metre-long ship got stuck diagonally.').map((c) => [c.written, c.frame?.measure, num(c).value])).toEqual([['400 metre-long', 'length', 400]]);
    expect(figures('The 400-metre-long container ship got stuck.').map((c) => [c.written, c.frame?.measure, num(c).value])).toEqual([['400-metre-long', 'length', 400]]);
    const ru = extractClaims({ ...input('Корабль 400 м длиной и 59 м шириной перегородил канал.'), lang: 'ru' }).claims.filter((c) => c.kind === 'number');
    expect(ru.map((c) => [c.written, c.frame?.measure])).toEqual([['400 м', 'length'], ['59 м', 'length']]);
  });

  it('reads a sum with a space or a code before the figure, and one of a scale said of a sum, in four languages', () => {
    const money = (text: string, lang = 'en') =>
      extractClaims({ ...input(text), lang }).claims.filter((c) => c.kind === 'number').map((c) => [c.written, c.frame?.measure, num(c).value]);
    expect(money('The authority demanded $ 916 million in compensation.')).toEqual([['$ 916 million', 'money:USD', 916e6]]);
    expect(money('frente a los USD 916 millones que solicitó', 'es')).toEqual([['USD 916 millones', 'money:USD', 916e6]]);
    expect(money('Egypt wants a billion dollars.')).toEqual([['a billion dollars', 'money:USD', 1e9]]);
    expect(money('Un différend de près d’un milliard de dollars.', 'fr')).toEqual([['d’un milliard de dollars', 'money:USD', 1e9]]);
    expect(money('Египет требует миллиард долларов.', 'ru')).toEqual([['миллиард долларов', 'money:USD', 1e9]]);
    expect(money('reclama mil millones de dólares', 'es')).toEqual([['mil millones de dólares', 'money:USD', 1e9]]);
    // A scale with no sum is no sum: "a billion people" is the counts pass's, "millions of viewers" a count.
    expect(money('Millions of viewers watched.').map((c) => c[1])).toEqual(['count:viewer']);
  });

  it('spans a plural of magnitude over its whole order', () => {
    const [c] = figures('The closure left hundreds of thousands of nurses without pay.');
    expect(num(c!)).toMatchObject({ low: 200000, high: 999999 });
  });

  it('reads a hedged single unit of time, and leaves "a month ago" to the dates', () => {
    const [c] = figures('The strike has dragged on for more than a month.');
    expect(c!.written).toBe('more than a month');
    expect(num(c!)).toMatchObject({ hedge: 'over', low: 30.44 });
    expect(figures('She moved to the city a month ago.')).toHaveLength(0);
  });

  it('reads sums of money with their scale and precision', () => {
    const [a, b] = figures('The senator spent $5.7 billion on roads and $1,250.50 on a dinner.');
    expect(a!.written).toBe('$5.7 billion');
    expect(num(a!)).toMatchObject({ value: 5.7e9, unit: 'money:USD' });
    expect(num(a!).high).toBeLessThan(5.75e9);
    expect(num(b!).value).toBe(1250.5);
  });

  it('reads a unit written onto its figure, a short unit after a hyphen, and a hedged single unit of length', () => {
    expect(figures('The bridge was 2.6km long and the ship 300m.').map((c) => [c.written, num(c).value])).toEqual([['2.6km', 2600], ['300m', 300]]);
    expect(figures('The 2.6-km bridge collapsed.').map((c) => num(c).value)).toEqual([2600]);
    expect(figures('The queue stretched for more than a kilometre.').map((c) => [num(c).value, num(c).hedge])).toEqual([[1000, 'over']]);
    // "$5m" stays a sum.
    expect(figures('He paid $5m for it.').map((c) => c.frame?.measure)).toEqual(['money:USD']);
    const fr = (text: string) => extractClaims({ ...input(text), lang: 'fr' }).claims.filter((c) => c.kind === 'number');
    expect(fr('La file s’étendait sur plus d’un kilomètre.').map((c) => [num(c).value, num(c).hedge])).toEqual([[1000, 'over']]);
    expect(fr('Il a été condamné à trois décennies de prison.').map((c) => c.frame?.measure)).toEqual(['duration']);
  });

  it('reads a French time of day, spaced or in one word, and never as a count', () => {
    const fr = (text: string) => extractClaims({ ...input(text), lang: 'fr' }).claims.filter((c) => c.kind === 'number');
    expect(fr('Il est mort à 14 h 17, heure locale.').map((c) => [c.frame?.measure, num(c).value])).toEqual([['clock', 857]]);
    expect(fr('Il est mort à 14h17.').map((c) => [c.frame?.measure, num(c).value])).toEqual([['clock', 857]]);
  });

  it('counts the group named after "of" for a part of it: "six of the company’s workers"', () => {
    expect(figures("Six of the company's workers are presumed dead.").map((c) => c.frame?.measure)).toEqual(['count:person']);
    expect(figures('Two of the victims were from Mexico.').map((c) => c.frame?.measure)).toEqual(['count:person']);
    // Without a group after it, "of" names no count: "two of them".
    expect(figures('Two of them were rescued.').map((c) => c.frame?.measure)).not.toContain('count:person');
  });

  it('converts lengths and durations, compound durations included', () => {
    const [walk] = figures('The team walked 2 1/2 miles to the river.');
    expect(num(walk!).value).toBeCloseTo(2.5 * 1609.344);
    const [talk] = figures('The talks lasted 1 hour and 45 minutes in the end.');
    expect(talk!.written).toBe('1 hour and 45 minutes');
    expect(num(talk!).value * 1440).toBeCloseTo(105);
  });

  it('keeps a figure and its conversion in brackets as one claim', () => {
    const cs = figures('The tower stands 1,200 feet (366 meters) above the bay.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.written).toBe('1,200 feet (366 meters)');
  });

  it('reads percentages, tallies, clock times and counted nouns', () => {
    expect(figures('Turnout reached 35.7 percent this year.')[0]!.frame?.measure).toBe('percent');
    expect(figures('The bill passed 218-210 in the chamber.')[0]!.frame?.measure).toBe('tally:218-210');
    expect(figures('The vote closed at 10:30 p.m. ET on the day.')[0]!.frame?.measure).toBe('clock');
    // In one word, as British papers write it, with a time zone after it.
    const clocks = (text: string) => figures(text).filter((c) => c.frame?.measure === 'clock').map((c) => [c.written, num(c).value]);
    expect(clocks('The fire broke out shortly before 1am on Wednesday.')).toEqual([['1am', 60]]);
    expect(clocks('The first call came at 12.54am BST and the last crew left at 10:30pm.')).toEqual([['12.54am BST', 54], ['10:30pm', 1350]]);
    expect(figures('Police found 12 crude explosive devices near the port.')[0]!.frame?.measure).toBe('count:' + lemma('devices'));
    expect(figures('The court read the 48-page ruling aloud.')[0]!.frame?.measure).toBe('count:' + lemma('pages'));
    // An ordinal joined to its noun ranks it, as it does written apart: "a fourth-floor flat", "the 16th-floor window".
    expect(figures('A fridge caught fire in a fourth-floor flat below the 16th-floor windows.').map((c) => [c.written, c.frame?.measure, num(c).value]))
      .toEqual([['fourth-floor', figures('It began on the fourth floor.')[0]!.frame?.measure, 4], ['16th-floor', 'ordinal:storey', 16]]);
  });

  it('reads a weekday in a forecast as the coming one', () => {
    const [d] = extractClaims(input('The two leaders will meet on Friday in the capital.', '2024-03-06')).claims.filter((c) => c.kind === 'date');
    expect(d!.value).toMatchObject({ start: '2024-03-08' });
    const [past] = extractClaims(input('The two leaders met on Friday in the capital.', '2024-03-06')).claims.filter((c) => c.kind === 'date');
    expect(past!.value).toMatchObject({ start: '2024-03-01' });
  });

  it('reads a schedule ("scheduled for", "set for", "due to be") as the future, and a day something was said as past', () => {
    const date = (text: string, published: string, written?: string) => extractClaims(input(text, published)).claims.find((c) => c.kind === 'date' && (!written || c.written.includes(written)))!.value;
    // Written on Wednesday 5 February 2031.
    expect(date('The game is scheduled for Thursday night.', '2031-02-05')).toMatchObject({ start: '2031-02-06' });
    expect(date('The pair is due to be arraigned on Thursday.', '2031-02-05')).toMatchObject({ start: '2031-02-06' });
    expect(date('Sentencing has been set for June 28.', '2031-02-05')).toMatchObject({ start: '2031-06-28' });
    // An adjective tells no schedule: the canceling was this past Monday.
    expect(date('Many previously scheduled events were canceled on Monday.', '2031-02-05')).toMatchObject({ start: '2031-02-03' });
    // Written on Thursday 6 February: the institute spoke the day before, of the day after.
    expect(date('The institute said Wednesday the lecture is still scheduled for Friday morning.', '2031-02-06', 'Wednesday')).toMatchObject({ start: '2031-02-05' });
    expect(date('The institute said Wednesday the lecture is still scheduled for Friday morning.', '2031-02-06', 'Friday')).toMatchObject({ start: '2031-02-07' });
    expect(date('The mayor announced Wednesday that he would delay the address.', '2031-02-06')).toMatchObject({ start: '2031-02-05' });
  });

  it('reads the Spanish and French future tenses as a forecast: their weekday is the coming one', () => {
    const date = (text: string, published: string) => extractClaims({ ...input(text, published), lang: 'es' }).claims.find((c) => c.kind === 'date')!;
    // Written on Thursday 13 February 2031.
    const free = date('Los rebeldes liberarán el sábado a tres rehenes, según el acuerdo.', '2031-02-13');
    expect(free.frame?.modality).toBe('forecast');
    expect(free.value).toMatchObject({ start: '2031-02-15' });
    expect(date('Los rebeldes liberaron el sábado a tres rehenes, según el acuerdo.', '2031-02-13').value).toMatchObject({ start: '2031-02-08' });
    // The French future too, read in French text only ("camera", "opera" end so in English).
    const fr = (text: string) => extractClaims({ ...input(text, '2031-02-13'), lang: 'fr' }).claims.find((c) => c.kind === 'date')!.value;
    expect(fr('Les rebelles libéreront samedi trois otages, selon l’accord.')).toMatchObject({ start: '2031-02-15' });
    expect(fr('Les rebelles ont libéré samedi trois otages, selon l’accord.')).toMatchObject({ start: '2031-02-08' });
    expect(extractClaims(input('The camera crew filmed the opera on Saturday.', '2031-02-13')).claims.find((c) => c.kind === 'date')!.frame?.modality).toBe('asserted');
  });

  it('reads a headline\'s "Name to verb" as the future: its dates are the coming ones', () => {
    const date = (text: string, published: string) => extractClaims(input(text, published)).claims.find((c) => c.kind === 'date')!;
    const leave = date('Defense Secretary Eric Vance to leave as of January 1; the president names a successor', '2031-12-23');
    expect(leave.frame?.modality).toBe('forecast');
    expect(leave.value).toMatchObject({ start: '2032-01-01' });
    expect(date('Rebels to free three hostages on Saturday', '2031-02-13').value).toMatchObject({ start: '2031-02-15' });
    // A verb of its own before "to", or a participle opening the sentence, is no headline future.
    expect(date('Rebels agreed to free three hostages on Saturday', '2031-02-13').value).toMatchObject({ start: '2031-02-08' });
    expect(figures('Trying to regain momentum after a grinding two-month battle, the mayor spoke.')[0]!.frame?.modality).toBe('asserted');
    expect(figures('Lying to federal officials is punishable by up to five years in prison.')[0]!.frame?.modality).toBe('asserted');
  });

  it('reads a Spanish age after a person noun, not a span of years', () => {
    const es = (text: string) => extractClaims({ ...input(text), lang: 'es' }).claims.filter((c) => c.kind === 'number');
    expect(es('El ingeniero de 31 años volvió a su casa.')[0]!.frame?.measure).toBe('age');
    expect(es('Recibió una condena de 20 años de prisión.')[0]!.frame?.measure).toBe('duration');
    const fr = (text: string) => extractClaims({ ...input(text), lang: 'fr' }).claims.filter((c) => c.kind === 'number');
    expect(fr('Le reporter de 32 ans a été condamné.')[0]!.frame?.measure).toBe('age');
    expect(fr('Il a été condamné à une peine de 16 ans de prison.')[0]!.frame?.measure).toBe('duration');
  });

  it('reads number words of the other languages, and their other cases of "years"', () => {
    const of = (text: string, lang: 'fr' | 'es' | 'ru' | 'en') => extractClaims({ ...input(text), lang }).claims.filter((c) => c.kind === 'number').map((c) => [c.written, num(c).value]);
    expect(of('Il a été condamné à seize ans de prison.', 'fr')).toEqual([['seize ans', 16 * 365.25]]);
    expect(of('Fue condenado a dieciséis años; tenía treinta años.', 'es').map(([, v]) => v)).toEqual([16 * 365.25, 30]);
    expect(of('Суд приговорил его к 16 годам колонии.', 'ru')).toEqual([['16 годам', 16 * 365.25]]);
    // "once" and "seize" are English words: figures only right before a unit.
    expect(of('Troops seize the town once more.', 'en')).toEqual([]);
  });

  it('marks forecasts and running quantities in the frame', () => {
    expect(figures('The mayor will spend $3 million on parks.')[0]!.frame?.modality).toBe('forecast');
    expect(figures('The strike has lasted 40 days so far.')[0]!.frame?.running).toBe(true);
  });
});

describe('comparing open figures', () => {
  it('links the same sum told by two outlets and flags two firm, different sums of one thing', () => {
    const a = art('a', 'The couple spent $5,687.75 at the Lakeside Holistic Retreat on Cape Island.', '2024-03-05');
    const b = art('b', 'The records show a $5,587.75 vacation at the Lakeside Holistic Retreat on Cape Island.', '2024-03-05');
    const c = art('c', 'The couple spent $5,687.75 at the Lakeside Holistic Retreat on Cape Island.', '2024-03-05');
    expect(relation(a, b, '$5,687.75', '$5,587.75')).toBe('conflict');
    expect(relation(a, c, '$5,687.75', '$5,687.75')).toBe('same');
  });

  it('reads the noun of an ordinal past a word of sequence ("the third straight day")', () => {
    const [day, release] = figures('It was the third straight day of talks and the sixth such release.');
    expect(day!.written).toBe('third straight day');
    expect(day!.frame?.measure).toBe('duration');
    expect(release!.written).toBe('sixth such release');
    expect(release!.frame?.measure).toMatch(/^ordinal:/);
  });

  it('holds a count of whole months or years within under half a unit, so it meets the same span in days', () => {
    const a = art('a', 'The engineer was freed by the militia in March after 16 months in an underground cell.', '2024-03-05');
    const b = art('b', 'The engineer spent 498 days in an underground cell before the militia freed him.', '2024-03-05');
    expect(relation(a, b, '16 months', '498 days')).toBe('same');
    const [seven] = figures('The senator served seven years on the committee.');
    const [eight] = figures('The senator served eight years on the committee.');
    // Seven and eight years never overlap: a disagreement stays one.
    expect(num(seven!).high).toBeLessThan(num(eight!).low);
  });

  it('never makes a conflict of a forecast or of a running count', () => {
    const a = art('a', 'The strike has lasted 40 days so far at the northern plant.', '2024-03-05');
    const b = art('b', 'The strike lasted 52 days at the northern plant.', '2024-03-20');
    expect(relation(a, b, '40 days', '52 days')).not.toBe('conflict');
    const c = art('c', 'The city will spend $3 million on the new harbour parks, the mayor said.', '2024-03-05');
    const d = art('d', 'The city spent $4 million on the new harbour parks, the mayor said.', '2024-03-05');
    expect(relation(c, d, '$3 million', '$4 million')).toBe('none');
  });

  it('never makes a conflict of a date still ahead of the article, or of days held counted while it lasts', () => {
    const a = art('a', 'Officials said the engineer Dan Rivers is expected to be released on March 10, 2024, in the exchange.', '2024-03-05');
    const b = art('b', 'The engineer Dan Rivers was released on March 12, 2024, in the exchange.', '2024-03-13');
    expect(relation(a, b, 'March 10, 2024', 'March 12, 2024')).not.toBe('conflict');
    const c = art('c', 'The engineer Dan Rivers has been held for 404 days in captivity.', '2024-11-20');
    const d = art('d', 'The engineer Dan Rivers was freed after 498 days in captivity.', '2025-02-22');
    expect(relation(c, d, '404', '498')).not.toBe('conflict');
  });
});


describe('counts of people told by their event', () => {
  const measureOf = (text: string, lang: string, written: string) =>
    extractClaims({ key: 't', url: null, outlet: null, title: '', published: '2024-03-28', text, lang }).claims.find((c) => c.kind === 'number' && writes(c, written))?.frame?.measure;

  it('reads a bare figure before a verb of an event that befalls people as a count of people, in four languages', () => {
    for (const [text, lang, written] of [['Eight workers fell into the river. Two were rescued, six died.', 'en', 'Two'], ['Eight workers fell into the river. Two were rescued, six died.', 'en', 'six'],
      ['Ocho trabajadores cayeron al río, seis murieron.', 'es', 'seis'], ['Ocho trabajadores cayeron al río. Dos fueron rescatados.', 'es', 'Dos'],
      ['Huit ouvriers sont tombés. Deux ont été secourus.', 'fr', 'Deux']] as const) {
      expect(measureOf(text, lang, written), text).toBe('count:person');
    }
    // Past an adverb or "able to be" after the auxiliary, and with the rescue as its predicate.
    for (const text of ['Two people were later rescued from the water.', 'Two were able to be rescued from the water.']) {
      const claim = extractClaims({ key: 't', url: null, outlet: null, title: '', published: '2024-03-28', text, lang: 'en' }).claims.find((c) => writes(c, 'Two'));
      expect(claim?.frame?.measure, text).toBe('count:person');
      expect(claim?.frame?.predicate, text).toBe('rescue');
    }
    // A participle of no such event still says what is counted.
    expect(measureOf('Police said 12 were impounded.', 'en', '12')).toBe('count:' + lemma('impounded'));
  });

  it('reads a count of deaths as a count of the dead, and the wounded beside them as no count of deaths', () => {
    const eventOf = (text: string, lang: string, written: string) =>
      extractClaims({ key: 't', url: null, outlet: null, title: '', published: '2024-03-28', text, lang }).claims.find((c) => c.kind === 'number' && writes(c, written))?.frame?.event ?? null;
    for (const [text, lang, dead, hurt] of [['El incendio dejó 14 muertes y 65 heridos.', 'es', '14', '65'], ['Le séisme a fait 14 victimes et 65 blessés.', 'fr', '14', '65'],
      ['При пожаре 14 погибших и 65 раненых.', 'ru', '14', '65']] as const) {
      expect([measureOf(text, lang, dead), eventOf(text, lang, dead)], text).toEqual(['count:person', 'killed']);
      expect(eventOf(text, lang, hurt), text).toBeNull();
    }
  });

  it('counts a collective noun of people without a plural ending as people ("15 crew")', () => {
    expect(measureOf('There were 283 passengers and 15 crew aboard the aircraft.', 'en', '15')).toBe('count:person');
  });

  it('counts workers in Spanish, French and Russian as people', () => {
    expect(measureOf('Seis operarios que realizaban trabajos de reparación cayeron al agua.', 'es', 'Seis')).toBe('count:person');
    expect(measureOf('Six ouvriers qui effectuaient des travaux sont morts.', 'fr', 'Six')).toBe('count:person');
  });

  it('counts nationals in Russian as people, past an abbreviated scale\'s full stop', () => {
    expect(measureOf('На борту находились 4,2 тыс. человек, в том числе 111 россиян.', 'ru', '111')).toBe('count:person');
    const c = extractClaims({ key: 't', url: null, outlet: null, title: '', published: '2024-03-28', text: 'На борту находились 4,2 тыс. человек.', lang: 'ru' }).claims.find((x) => x.kind === 'number');
    expect([c?.written, c?.frame?.measure, num(c!).value]).toEqual(['4,2 тыс. человек', 'count:person', 4200]);
  });

  it('counts the Russian noun past an adjective before it, and an adjective alone as the noun', () => {
    expect(measureOf('ХАМАС освободил трёх заложников в обмен на 369 палестинских заключённых.', 'ru', '369')).toBe(measureOf('Израиль освободил 369 заключённых.', 'ru', '369'));
    expect(measureOf('В тот день 369 погибших.', 'ru', '369')).toBe(measureOf('В тот день 369 погибших человек.', 'ru', '369'));
  });
});
