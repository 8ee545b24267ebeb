import { describe, expect, it } from 'vitest';
import { extractClaims } from './claims';
import type { ArticleInput, Claim } from './types';

const article = (text: string, published: string | null = '2025-04-17', lang = 'en'): ArticleInput => ({
  key: 't', url: null, outlet: null, title: '', published, text, lang,
});
const numbers = (text: string, lang = 'en') => extractClaims(article(text, '2025-04-17', lang)).claims.filter((c) => c.kind === 'number');
const value = (c: Claim) => (c.value.type === 'number' ? c.value : null)!;

describe('counts and what they count', () => {
  it('reads a toll with its hedge and event', () => {
    const [c] = numbers('The attack left approximately 1,200 people dead.');
    // The claim shows the figure with its hedge and what it counts, as a reader checks it.
    expect(c!.written).toBe('approximately 1,200 people');
    expect(value(c!)).toMatchObject({ value: 1200, hedge: 'approx', unit: 'people' });
    expect(c!.frame?.key).toBe('killed:people');
    expect(c!.frame?.scope).toContain('cause:attack');
  });

  it('reads an age set beside a noun of one person, or in an apposition after the name, as that person\'s', () => {
    const age = (text: string) => numbers(text).filter((c) => c.frame?.measure === 'age').map((c) => [c.written, c.frame?.subject?.split(':')[0] ?? null]);
    const [[, key]] = age('Evan Grant, 32, was arrested in March.') as [[string, string]];
    expect(age('Evan Grant has spent a year in jail. The Daily Herald reporter, 32, was taken into custody in March.')).toEqual([['32', key]]);
    expect(age('American journalist Evan Grant, a 31-year-old reporter for the newspaper, has been arrested.')).toEqual([['31-year-old', key]]);
    // A count set off by commas after another noun is no age: "the flights, 32, were cancelled".
    expect(age('Evan Grant spoke. The flights, 32, were cancelled in March.')).toEqual([]);
  });

  it('reads the ages of a group as one range, in four languages', () => {
    for (const [text, lang, high] of [
      ['The search for the boys, aged 11 to 16, resumed.', 'en', 16],
      ['The boys, aged between 11 and 16, and their coach entered the cave.', 'en', 16],
      ['Les victimes sont douze adolescents, âgés de 11 à 16 ans.', 'fr', 16],
      ['Son 12 menores de entre 11 y 15 años de edad.', 'es', 15],
      ['В пещере 12 детей в возрасте от 11 до 16 лет.', 'ru', 16],
      // Written as one word: a range of ages, not a vote.
      ['The boys, aged 11-15, are believed to have entered the cave.', 'en', 15],
    ] as const) {
      const ages = numbers(text, lang).filter((c) => c.frame?.measure === 'age');
      expect(ages.map((c) => [value(c).low, value(c).high]), text).toEqual([[11, high]]);
    }
    // A span that says nothing of age stays a span: "from 11 to 16 hostages" is no age.
    expect(numbers('Between 11 and 16 hostages were moved.').some((c) => c.frame?.measure === 'age')).toBe(false);
    expect(numbers('The Senate voted 51-49 on Friday.').map((c) => c.frame?.measure)).toEqual(['tally:51-49']);
  });

  it('reads an age after a person noun and a people’s word, and after a name with where the person is from', () => {
    const ages = (text: string, lang: string) => extractClaims(article(text, '2025-04-17', lang)).claims.filter((c) => c.frame?.measure === 'age').map((c) => c.written);
    expect(ages('Alexandre Troufanov, un citoyen russo-israélien de 29 ans, a été libéré.', 'fr')).toEqual(['29 ans']);
    // Said of the person named before the noun, as "Troufanov, 29 ans," is: one person's age, not the family's.
    const subjectOf = (text: string, lang: string) => extractClaims(article(text, '2025-04-17', lang)).claims.find((c) => c.frame?.measure === 'age')?.frame?.subject;
    expect(subjectOf('Poutine a reçu Alexandre Troufanov, un citoyen russo-israélien de 29 ans qui a passé 498 jours à Gaza.', 'fr'))
      .toBe(subjectOf('Poutine a reçu Alexandre Troufanov, 29 ans, qui a passé 498 jours à Gaza.', 'fr'));
    expect(subjectOf('Poutine a reçu Alexandre Troufanov, un citoyen russo-israélien de 29 ans qui a passé 498 jours à Gaza.', 'fr')).toMatch(/^[A-Z]+:[a-z]+:[A-Z]+$/);
    expect(ages('Pavel Orlov , 29 from Tel Aviv was visiting his mother.', 'en')).toEqual(['29']);
    // A plan or a sentence "de 5 ans" is no age, people's word or not.
    expect(ages('Une peine de 9 ans a été prononcée. Un plan chinois de 5 ans.', 'fr')).toEqual([]);
    // "israélo-russe" as "russo-israélien"; an employer between the person and the age.
    expect(ages('Poutine a voulu libérer ce citoyen israélo-russe de 29 ans.', 'fr')).toEqual(['29 ans']);
    expect(ages('Il y avait un employé d’Amazon de 28 ans parmi eux.', 'fr')).toEqual(['28 ans']);
    // Years old in three words, and "29 -летний" with its hyphen set apart; not a span's end.
    expect(ages('Orlov, who was 27 years old when he was abducted, spoke.', 'en')).toContain('27 years');
    expect(ages('29 -летний Орлов был похищен 7 октября.', 'ru')).toEqual(['29 -летний']);
    expect(ages('Three women said they were between 16 and 18 years old then.', 'en')).toEqual([]);
  });

  it('reads a number word opening a sentence as a count, never a name, with a country before its noun', () => {
    const claims = extractClaims(article('Twelve Thailand boys who went missing with their coach have been found alive.')).claims;
    expect(claims.some((c) => c.kind === 'name' && /Twelve/.test(c.written))).toBe(false);
    expect(claims.filter((c) => c.kind === 'number').map((c) => [c.written, c.frame?.measure])).toEqual([['Twelve Thailand boys', 'count:person']]);
    // A people's word before the noun modifies it as a country does.
    const thai = extractClaims(article('Four of 12 Thai schoolboys were rescued on Sunday.')).claims;
    expect(thai.filter((c) => c.kind === 'number').map((c) => [c.written, c.frame?.measure])).toContainEqual(['12 Thai schoolboys', 'count:person']);
  });

  it('counts the young, the players and their rescuers as people, and reads "su entrenador de 25 años" as an age', () => {
    expect(numbers('Les victimes sont douze adolescents.', 'fr').map((c) => c.frame?.measure)).toEqual(['count:person']);
    expect(numbers('Hay 12 menores atrapados.', 'es').map((c) => c.frame?.measure)).toEqual(['count:person']);
    expect(numbers('Нашли 12 подростков.', 'ru').map((c) => c.frame?.measure)).toEqual(['count:person']);
    expect(numbers('Junto con su entrenador de 25 años.', 'es').map((c) => c.frame?.measure)).toEqual(['age']);
  });

  it('reads Russian number words in their oblique cases', () => {
    expect(numbers('Погибли шести рабочих, сообщили власти.', 'ru').map((c) => value(c).value)).toEqual([6]);
    expect(numbers('Водолазы нашли тела четырёх рабочих.', 'ru').map((c) => value(c).value)).toEqual([4]);
  });

  it('keeps the words that describe one member out of the group counted', () => {
    const [c] = numbers('Hamas released three hostages on Saturday, including a Russian citizen.');
    expect(c!.frame?.scope.filter((s) => s.startsWith('group:'))).toEqual([]);
    const [d] = numbers('Hamas released three Israeli hostages on Saturday.');
    expect(d!.frame?.scope.some((s) => s.startsWith('group:'))).toBe(true);
  });

  it('reads ages after the words that say so, and an age at a moment as such', () => {
    for (const [text, lang] of [['Orlov was aged 47.', 'en'], ['Orlov died on Friday at the age of 47.', 'en'], ['Pavel Orlov, who died aged 47, was buried.', 'en'],
      ['Il est mort à l’âge de 47 ans.', 'fr'], ['Murió a los 47 años en prisión.', 'es'], ['Murió a la edad de 47 años.', 'es']] as const) {
      const [c] = numbers(text, lang);
      expect(value(c!).unit, text).toBe('age');
    }
    // Not his age now: the age the sentence's moment had.
    expect(numbers('He moved to Las Vegas at age 13.')[0]!.frame?.scope).toContain('when');
    expect(numbers('Orlov died on Friday at the age of 47.')[0]!.frame?.scope).toContain('when');
    expect(numbers('Orlov was aged 47.')[0]!.frame?.scope).not.toContain('when');
  });

  it('reads a figure after "at" in a clause of a death as the age at that death, in four languages', () => {
    for (const [text, lang] of [['Alexei Orlov Passes Away in Prison at 47', 'en'], ['Orlov died in the Arctic penal colony at 47 on Friday.', 'en'],
      ['L’opposant Alexeï Orlov, mort en détention le 16 février à 47 ans, sera inhumé à Moscou.', 'fr'], ['Орлов умер в колонии в 47 лет.', 'ru']] as const) {
      const c = numbers(text, lang).find((n) => value(n).value === 47);
      expect(value(c!).unit, text).toBe('age');
      expect(c!.frame?.scope, text).toEqual(expect.arrayContaining(['when', 'when:killed']));
    }
    // A clock time or a count after "at" is no age; nor is "at 47" in a clause of no death.
    expect(numbers('He was killed at 3 a.m. in the raid.').some((n) => value(n).unit === 'age')).toBe(false);
    expect(numbers('Five people died at 47 locations.').some((n) => value(n).unit === 'age')).toBe(false);
    expect(numbers('The index closed at 47 on Friday.').some((n) => value(n).unit === 'age')).toBe(false);
    // "un ancien avocat de 47 ans": years after a person noun are an age.
    expect(value(numbers('Alexeï Orlov, un ancien avocat de 47 ans, est décédé vendredi.', 'fr')[0]!).unit).toBe('age');
  });

  it('reads the day after a weekday as part of the date, never a count', () => {
    const claims = extractClaims(article('Los otros seis fueron dados por muertos el miércoles 27, tras más de un día de búsqueda.', '2024-03-28', 'es')).claims;
    expect(claims.find((c) => c.kind === 'date')?.written).toMatch(/miércoles 27$/);
    expect(claims.some((c) => c.kind === 'number' && c.written === '27')).toBe(false);
  });

  it('reads a number word joined to its unit: "Twenty-nine-year-old", "five-day"', () => {
    expect(numbers('Twenty-nine-year-old Pavel Orlov was freed.').map((c) => [c.written, value(c).value, value(c).unit])).toEqual([['Twenty-nine-year-old', 29, 'age']]);
    expect(numbers('A five-day truce began on Friday.').map((c) => [c.written, value(c).value])).toEqual([['five-day', 5]]);
  });

  it('counts "others" after a second count of a sentence as all of them, not more of a kind', () => {
    const [killed, taken] = numbers('The attack left 1,200 people killed and 252 others taken hostage.');
    expect(killed!.frame?.key).toBe('killed:people');
    expect(taken!.frame?.key).toBe('abducted:people');
    expect(taken!.frame?.scope).not.toContain('q:other');
    const [two] = numbers('Pavel Orlov and two others were released.');
    expect(two!.frame?.scope).toContain('q:other');
  });

  it('spans what closes a figure: "or older", "other" and its noun', () => {
    expect(numbers('The club admits members 21 or older from the county.').map((c) => c.written)).toContain('21 or older');
    expect(numbers('Reporters spoke with four other women at the clinic.').map((c) => c.written)).toContain('four other women');
  });

  it('takes the event from the verb before a bare figure ("abducting another 250")', () => {
    const cs = numbers('Militants launched their attack, killing some 1,200 people and abducting another 250.');
    expect(cs.map((c) => c.frame?.key)).toEqual(['killed:people', 'abducted:people']);
    expect(value(cs[1]!).hedge).toBe('round');
  });

  it('widens hedged figures into intervals', () => {
    const [over] = numbers('The war has killed more than 43,000 people.');
    expect(value(over!)).toMatchObject({ hedge: 'over', low: 43000 });
    expect(value(over!).high).toBeGreaterThan(43000);
    const [least] = numbers('At least 59 hostages remain in Gaza.');
    expect(value(least!)).toMatchObject({ hedge: 'atLeast', low: 59 });
    const [almost] = numbers('Almost 500 people were released.');
    expect(value(almost!)).toMatchObject({ hedge: 'almost', high: 500 });
    expect(value(almost!).low).toBeLessThan(500);
  });

  it('reads numbers in words only when they count something', () => {
    const cs = numbers('Two other hostages were also released. One of them spoke.');
    expect(cs).toHaveLength(1);
    expect(value(cs[0]!)).toMatchObject({ value: 2, unit: 'hostages' });
    expect(cs[0]!.frame?.scope).toContain('q:other');
    expect(value(numbers('Putin thanked Hamas for the release of three Russian nationals.')[0]!).value).toBe(3);
  });

  it('reads durations and ages written as compounds', () => {
    expect(numbers('Israel proposed a 45-day truce.')[0]!.written).toBe('45-day');
    const [days] = numbers('Aleksandr Trufanov spent 498 days in captivity.');
    expect(days!.frame?.key).toBe('captivity:days');
    expect(numbers('A 29-year-old man was freed.')[0]!.frame?.key).toBe('age:age');
    expect(numbers('The 28-year old Pavel Orlov was seen.')[0]!.frame?.key).toBe('age:age');
    expect(numbers('A 28-year term was served.')[0]!.frame?.key).not.toBe('age:age');
  });

  it('holds the word of years in the value of an age written with it', () => {
    expect(numbers('Pavel Orlov, de 29 años, volvió a casa.', 'es').map((c) => c.written)).toEqual(['29 años']);
    expect(numbers('Pavel Orlov, 29, came home.').map((c) => c.written)).toEqual(['29']);
  });

  it('reads an age in brackets after a full name, not a number in brackets after a word', () => {
    expect(numbers('Hamas freed Pavel Orlov (29) and Sapir Cohen (31).').map((c) => c.frame?.key)).toEqual(['age:age', 'age:age']);
    expect(numbers('Section (3) of the law applies.').map((c) => c.frame?.key)).not.toContain('age:age');
  });

  it('does not read years, dates or spans of time as counts', () => {
    expect(numbers('It happened on October 7, 2023, in the past 18 months.')).toHaveLength(0);
  });

  it('reads Russian and Spanish counts', () => {
    const [ru] = numbers('Он провёл в плену 498 дней.', 'ru');
    expect(ru).toBeDefined();
    expect(value(ru!)).toMatchObject({ value: 498, unit: 'days' });
    const [es] = numbers('Pasó 498 días en cautiverio.', 'es');
    expect(es!.frame?.key).toBe('captivity:days');
    const [es2] = numbers('El ataque dejó unas 1.200 personas muertas.', 'es');
    expect(value(es2!)).toMatchObject({ value: 1200, hedge: 'approx' });
  });
});
