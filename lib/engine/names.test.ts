import { describe, expect, it } from 'vitest';
import { extractClaims } from './claims';
import { compareSpellings, givenNameSpellings, italianReading, looseName, nameKey, nameRelation, sameGivenName } from './name-variants';

// The given-name, family-name and place claims; whole names of people are tested in persons.test.ts, other names in entities.test.ts.
const names = (text: string) =>
  extractClaims({ key: 'n', url: null, outlet: null, title: '', published: null, text, lang: 'en' }).claims.filter(
    (c) => c.value.type === 'name' && (c.value.role === 'given' || c.value.role === 'surname' || c.value.role === 'place'),
  );

describe('names as written', () => {
  it('reads an Italian name as other scripts write its sound: Francesco is Франческо, Giorgio Джорджо', () => {
    expect(italianReading('Francesco')).toBe('franchesco');
    expect(italianReading('Schettino')).toBe('skettino');
    expect(italianReading('Gregorio')).toBeNull();
    expect(sameGivenName('Francesco', 'Франческо')).toBe(true);
    expect(sameGivenName('Giorgio', 'Джорджо')).toBe(true);
    // Other names keep their own readings: Frances is not Франческо.
    expect(sameGivenName('Frances', 'Франческо')).toBe(false);
  });

  it('splits a full name into family and given name, nicknames and brackets included', () => {
    expect(names('He spoke with Alexander (Sasha) Troufanov in the Kremlin.').map((c) => c.written)).toEqual(['Alexander', 'Troufanov']);
    expect(names('They support Alexander “Sasha” Trufanov and others.').map((c) => c.written)).toEqual(['Alexander', 'Trufanov']);
    expect(names('our compatriots Trufanov and [Maxim] Kharkin, the ministry said.').map((c) => c.written)).toEqual(['Maxim', 'Kharkin']);
    expect(names('He met with Moussa Abu Marzuk, a senior member.').map((c) => c.written)).toEqual(['Moussa', 'Abu Marzuk']);
    expect(names('A video of the hostage Alexander (“Sasha”) Troufanov was released.').map((c) => c.written)).toEqual(['Alexander', 'Troufanov']);
    // One person's name is in one script: a company in Latin letters before a Cyrillic surname is no given name.
    expect(names('Инженер Amazon Труфанов был заложником. Труфанов вернулся.').map((c) => c.written)).not.toContain('Amazon');
    // A country before a full name, in a headline that runs them together, is no given name.
    expect(names('Libéré par la Russie Evan Gershkovich exprime sa joie').map((c) => c.written)).toEqual(['Evan', 'Gershkovich']);
  });

  it('strips titles and knows places by their place word', () => {
    expect(names('Russian President Vladimir Putin met them.').map((c) => c.written)).toEqual(['Vladimir', 'Putin']);
    const place = names('He was taken from their home on Kibbutz Nir Oz near the border.');
    expect(place.map((c) => [c.written, c.topic.split(':')[1]])).toEqual([['Nir Oz', 'place']]);
  });

  it('puts a short form and the full given name under one topic', () => {
    const a = names('He and his wife, Sandi, left the court.');
    const b = names('He and his wife, Sandra, left the court.');
    expect(a.map((c) => c.written)).toEqual(['Sandi']);
    expect(a[0]!.topic).toBe(b[0]!.topic);
  });

  it('keeps a given name next to a kin word', () => {
    expect(names('Trufanov’s father, Vitaly, was killed.').map((c) => [c.written, c.frame?.subject])).toEqual([['Vitaly', 'kin:father']]);
    // A capitalised kin word of the same run names a character, not a relative.
    expect(names('They played as the boss Mother Zorga in the game.')).toHaveLength(0);
  });

  it('reads no person in the names of places and institutions, and keeps surnames with a capital inside', () => {
    expect(names('He flew from New York to meet the Red Cross officials.')).toHaveLength(0);
    expect(names('Llegó a casa, según la Cruz Roja y el Ministerio de Exteriores.')).toHaveLength(0);
    expect(names('Senator Ted Cruz and Rep. Kevin McCarthy spoke.').map((c) => c.written)).toEqual(['Ted', 'Cruz', 'Kevin', 'McCarthy']);
  });

  it('reads a nationality before a name as a descriptor, never as a given name', () => {
    expect(names('The Chilean-Italian Dario Bellandi and Moscow-born Tomas Reyes arrived.').map((c) => c.written)).toEqual(['Dario', 'Bellandi', 'Tomas', 'Reyes']);
    expect(names('A Peruvian Ilario Quenta spoke to reporters.').map((c) => c.written)).toEqual(['Ilario', 'Quenta']);
    expect(names('The French President Aurel Vantry said that he would stay.').map((c) => c.written)).toEqual(['Aurel', 'Vantry']);
    // At the end of a name a nationality's word is a family name.
    expect(names('The investor Tomas Cuban spoke to reporters.').map((c) => c.written)).toEqual(['Tomas', 'Cuban']);
    expect(names('The minister Tomas English spoke to reporters.').map((c) => c.written)).toEqual(['Tomas', 'English']);
  });

  it('reads no given name in a country or continent before the name, in English or in Russian', () => {
    expect(names('The envoy for the Middle East and Africa Mikhail Orlov said so.').map((c) => c.written)).toEqual(['Mikhail', 'Orlov']);
    expect(names('Президент России Владимир Путин принял их.').map((c) => c.written)).toEqual(['Владимир', 'Путин']);
  });

  it('reads the titles and institution words of the persons pass, and no suffix as a surname', () => {
    expect(names('On the next day House Speaker Nancy Pelosi said that she would meet with the Senate Democrats.').map((c) => c.written)).toEqual(['Nancy', 'Pelosi']);
    expect(names('Later Donald Trump Jr. spoke to the crowd.').map((c) => c.written)).toEqual(['Donald', 'Trump']);
    // A word of that list that is also a family name stays one after a given name, not before a title.
    expect(names('The former leader Vicente Fox said that he would stay.').map((c) => c.written)).toEqual(['Vicente', 'Fox']);
    expect(names('The aides of the Ostrova White House said that they would stay.')).toHaveLength(0);
  });

  it('ends an office at a given name the table knows, and reads two ordinary English words as a thing', () => {
    expect(names('A letter from Treasury Secretary Jacob Lew arrived.').map((c) => c.written)).toEqual(['Jacob', 'Lew']);
    expect(names('They argued about Social Security and the Patriot Act.')).toHaveLength(0);
    expect(names('The reporter Hope Lindqvist asked first.').map((c) => c.written)).toEqual(['Hope', 'Lindqvist']);
    // A common English word before an unknown given name is the end of an office, not the name.
    expect(names('A memo from Interior Secretary Ryland Vasko was read aloud.').map((c) => c.written)).toEqual(['Ryland', 'Vasko']);
    expect(names('The vote came after the Hurricane Delia storm had passed.')).toHaveLength(0);
    // A word that ends the name of a place, a law or a work is no family name.
    expect(names('She drove through Ossian Valley and read the Corvin Report and the Halden Act.')).toHaveLength(0);
  });

  it('keeps a Cyrillic particle with the family name', () => {
    expect(names('Он встретился с Мусой Абу Марзуком в Москве.').map((c) => c.written)).toEqual(['Мусой', 'Абу Марзуком']);
  });

  it('compares a family name for the given name and a nickname written with it', () => {
    const surname = (text: string) => names(text).find((c) => c.value.type === 'name' && c.value.role === 'surname')!;
    expect(surname('They met Alexander “Sasha” Petrenko in the hall.').frame?.subject).toBe(`${nameKey('Alexander')}|${nameKey('Sasha')}`);
    expect(surname('They met Sasha Petrenko in the hall.').frame?.subject).toBe(nameKey('Sasha'));
  });

  it('does not take Title Case headlines for names', () => {
    expect(names('Putin Thanks Hamas for Releasing Russian Hostages After Gaza Captivity')).toHaveLength(0);
  });
});

describe('spellings', () => {
  it('calls transliterations of one name variants', () => {
    for (const [a, b] of [['Trufanov', 'Troufanov'], ['Trufanov', 'Труфанов'], ['Kharkin', 'Herkin'], ['Tati', 'Tatti'], ['Marzuk', 'Marzouk'], ['Irena', 'Irina']]) {
      expect(compareSpellings(a!, b!, true), `${a} / ${b}`).toBe('variant');
      expect(nameKey(a!, true)).toBe(nameKey(b!, true));
    }
  });
  it('calls the feminine form of a family name the same name', () => {
    expect(compareSpellings('Trufanov', 'Trufanova', true)).toBe('same');
    // A surname declined like an adjective: masculine and feminine are one family name; another transliteration is a variant.
    expect(compareSpellings('Navalny', 'Navalnaya', true)).toBe('same');
    expect(compareSpellings('Zelensky', 'Zelenskaya', true)).toBe('same');
    expect(compareSpellings('Navalny', 'Navalni', true)).toBe('variant');
  });
  it('calls a Spanish hard "gu" and a short form in the other script variants of a given name', () => {
    expect(compareSpellings('Sagui', 'Sagi')).toBe('variant');
    expect(compareSpellings('Miguel', 'Migel')).toBe('variant');
    expect(compareSpellings('Sagui', 'Sami')).toBe('different');
    expect(compareSpellings('Александром', 'Sasha')).toBe('variant');
    expect(compareSpellings('Александром', 'Misha')).toBe('different');
  });
  it('meets a given name written one letter apart inside the word, not one with another ending', () => {
    // Thai "Samarn" is written "Saman" by other outlets; Michael / Michel too.
    expect(sameGivenName('Самарн', 'Saman')).toBe(true);
    expect(sameGivenName('Michael', 'Michel')).toBe(true);
    expect(sameGivenName('Daniel', 'Daniela')).toBe(false);
    expect(sameGivenName('Francis', 'Frances')).toBe(false);
    expect(sameGivenName('Ivan', 'Iván')).toBe(true);
  });
  it('calls a hyphen and a space the same spelling', () => {
    expect(compareSpellings('Nir-Oz', 'Nir Oz')).toBe('same');
    expect(compareSpellings('Dekel-Chen', 'Dekel Chen', true)).toBe('same');
  });
  it('meets a compound given name in its parts: written with a space, or its first part alone', () => {
    expect(sameGivenName('Paul-Henri', 'Paul Henri')).toBe(true);
    expect(sameGivenName('Paul-Henri', 'Paul')).toBe(true);
    expect(sameGivenName('Paul-Henri', 'Paul-Henry')).toBe(true);
    expect(sameGivenName('Jean-Pierre', 'Jean-Paul')).toBe(false);
    expect(sameGivenName('Paul-Henri', 'Henri')).toBe(false);
  });
  it('keeps different names apart', () => {
    expect(compareSpellings('Elena', 'Irena')).toBe('different');
    expect(compareSpellings('Bogdanov', 'Trufanov', true)).toBe('different');
  });
});

describe('Russian case forms', () => {
  it('are the same name, not another spelling', () => {
    expect(compareSpellings('Труфанова', 'Труфанов', true)).toBe('same');
    expect(compareSpellings('Еленой', 'Елена')).toBe('same');
    expect(compareSpellings('Александра', 'Александр')).toBe('same');
    expect(compareSpellings('Труфанов', 'Trufanov', true)).toBe('variant');
  });
});

describe('spellings of one name, from the one a reader typed', () => {
  it('meets transliterations both ways, Hebrew-route and common misspellings in one loose key', () => {
    const key = looseName('Trufanov', true);
    for (const spelling of ['Troufanov', 'Trufanoff', 'Trufanow', 'Trupanov', 'Trofanov', 'Trufánov', 'Труфанов', 'Труфанова', 'Trufanova']) {
      expect(looseName(spelling, true), spelling).toBe(key);
    }
    expect(looseName('Cohen', true)).toBe(looseName('Коэн', true));
    expect(looseName('Khen', true)).toBe(looseName('Chen', true));
    expect(looseName('Trufanov', true)).not.toBe(looseName('Tarasov', true));
  });

  it('knows given-name spellings and short forms, in any script and case', () => {
    for (const [a, b] of [['Vitaly', 'Vitaliy'], ['Vitaly', 'Vitali'], ['Vitaly', 'Виталий'], ['Alexander', 'Sasha'], ['Alexander', 'Aleksandr'],
      ['Alexander', 'Саша'], ['James', 'Jim'], ['Sandra', 'Sandi'], ['Timothy', 'Tim'], ['Elena', 'Елены'], ['William', 'Bill'],
      // A case ending that leaves a vowel the loose key drops: Алексея, Алексею, Алексеем.
      ['Alexei', 'Алексея'], ['Alexei', 'Алексею'], ['Alexei', 'Алексеем'], ['Andrei', 'Андрея']]) {
      expect(sameGivenName(a!, b!), `${a} / ${b}`).toBe(true);
    }
    for (const [a, b] of [['Alexander', 'Viktor'], ['James', 'John'], ['Loretta', 'Linda'], ['Elena', 'Irina']]) {
      expect(sameGivenName(a!, b!), `${a} / ${b}`).toBe(false);
    }
  });

  it('tells the comparison whether two written names are one person’s', () => {
    expect(nameRelation('Jim Mattis', 'Jim Mattis')).toBe('same');
    expect(nameRelation('Jim Mattis', 'James Mattis')).toBe('variant');
    expect(nameRelation('Alexander Trufanov', 'Саша Труфанов')).toBe('variant');
    expect(nameRelation('Mo Cowan', 'Mo Cowen')).toBe('variant');
    expect(nameRelation('Trufanov', 'Troufanov')).toBe('variant');
    expect(nameRelation('Loretta Sánchez', 'Linda Sánchez')).toBeNull();
    expect(nameRelation('Alexander Trufanov', 'Viktor Trufanov')).toBeNull();
    expect(nameRelation('Hillary Clinton', 'Hillary Duff')).toBeNull();
  });

  it('gives the given names a person goes by from the name as typed', () => {
    const given = givenNameSpellings('Alexander (Sasha) Trufanov');
    expect(given[0]).toBe('Alexander');
    expect(given).toEqual(expect.arrayContaining(['Sasha', 'alex', 'aleksandr']));
    expect(givenNameSpellings('Trufanov')).toEqual([]);
  });
});

describe('compareSpellings with the engine’s spellings', () => {
  it('calls transliteration routes and short forms of a given name variants, another given name different', () => {
    expect(compareSpellings('Trufanov', 'Trupanov', true)).toBe('variant');
    expect(compareSpellings('Jim', 'James')).toBe('variant');
    expect(compareSpellings('Sandi', 'Sandra')).toBe('variant');
    expect(compareSpellings('Tim', 'Timothy')).toBe('variant');
    // Spanish "gu" before e and i is a hard g: Sagui Dekel-Chen is Sagi Dekel-Chen, Guilad is Gilad.
    expect(nameRelation('Sagui Dekel-Chen', 'Sagi Dekel-Chen')).toBe('variant');
    expect(compareSpellings('Guilad', 'Gilad')).toBe('variant');
    expect(compareSpellings('Guido', 'Gustavo')).toBe('different');
    expect(compareSpellings('Loretta', 'Linda')).toBe('different');
    expect(compareSpellings('James', 'John')).toBe('different');
  });
});
