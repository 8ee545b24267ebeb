import { describe, expect, it } from 'vitest';
import { predicateNear } from './predicates';
import { tokenize } from './tokens';

/** The predicate governing the first token that is a digit. */
function predicateOfFigure(sentence: string): string | null {
  const tokens = tokenize(sentence);
  const at = tokens.findIndex((t) => /^\d/.test(t.text));
  return predicateNear(tokens, at, at + 1)?.lemma ?? null;
}

describe('the predicate of a figure', () => {
  it('is the verb, not an adverb between the auxiliary and the verb', () => {
    expect(predicateOfFigure('Border apprehensions have actually fallen to 400000 in the last fiscal year.')).toBe('fall');
    expect(predicateOfFigure('Prices have sharply risen to 40 dollars.')).toBe('rise');
  });

  it('is no noun of a preposition in three words ("in exchange for", "a cambio de", "в обмен на")', () => {
    expect(predicateOfFigure('The rebels freed three hostages in exchange for 369 prisoners.')).toBe('release');
    expect(predicateOfFigure('Los rebeldes liberaron a tres rehenes a cambio de 369 presos.')).toBe('release');
    expect(predicateOfFigure('Les rebelles ont libéré trois otages en échange de 369 prisonniers.')).toBe('release');
    expect(predicateOfFigure('Боевики освободили трёх заложников в обмен на 369 заключённых.')).toBe('release');
    // The verb itself still is one.
    expect(predicateOfFigure('The two countries exchanged 24 prisoners on Thursday.')).toBe('exchange');
  });

  it('is no pronoun or noun that ends like a participle', () => {
    expect(predicateOfFigure('He refused to accept anything less than 5 billion.')).toBe('accept');
    expect(predicateOfFigure('The vote came this morning with 52 senators.')).not.toBe('morn');
  });

  it('is a known news predicate in a headline\'s present tense or a French participle after its noun', () => {
    expect(predicateOfFigure('Russian prosecutor seeks 18-year sentence for US journalist')).toBe('demand');
    expect(predicateOfFigure('Russia Seeks 18-Year Sentence For US Reporter Evan Gershkovich')).toBe('demand');
    expect(predicateOfFigure('Le journaliste Evan Gershkovich condamné à 16 ans de prison')).toBe('sentence');
    // After a determiner or a figure the same word is a noun, not the clause's verb.
    expect(predicateOfFigure('He heard the sentence: 16 years in a penal colony.')).not.toBe('sentence');
  });

  it('is the event noun before a verb of happening, across a quotation opened at the value', () => {
    expect(predicateOfFigure('The customs service said only that the arrest occurred “in 2 February.”')).toBe('arrest');
    expect(predicateOfFigure('The release took place on 15 February.')).toBe('release');
    // A verb of happening with no event noun before it is itself the predicate.
    expect(predicateOfFigure('It happened on 15 February.')).toBe('happen');
  });

  it('is the event noun a date phrase hangs on, after a determiner or a possessive', () => {
    expect(predicateOfFigure('She has been held in a prison since her arrest in 3 March, the lawyer said.')).toBe('arrest');
    expect(predicateOfFigure('incarcérée depuis son arrestation en 2022 à Moscou')).toBe('arrest');
    expect(predicateOfFigure('El tribunal habló tras su liberación el 15 de febrero.')).toBe('release');
    expect(predicateOfFigure('Он вернулся домой после его освобождения 15 февраля.')).toBe('release');
    // A noun further from the date is not what it dates: the clause's verb is.
    expect(predicateOfFigure('After his arrest, the court convened on 3 March.')).toBe('conven');
  });

  it('is a participle of the news table opening the sentence', () => {
    expect(predicateOfFigure('Arrêtée à Moscou en 2022, la basketteuse a été condamnée.')).toBe('arrest');
    expect(predicateOfFigure('Detenida en 2022 en un aeropuerto, la jugadora fue condenada.')).toBe('arrest');
    expect(predicateOfFigure('Arrested in 2022 at an airport near Moscow, she was sentenced.')).toBe('arrest');
    // A capitalised word that opens a sentence before a name is no participle.
    expect(predicateOfFigure('Released Sasha Trufanov spoke on 15 February.')).not.toBe('release');
  });

  it('is a disappearance in four languages', () => {
    expect(predicateOfFigure('The submersible went missing on 18 June.')).toBe('disappear');
    expect(predicateOfFigure('Батискаф пропал 18 июня.')).toBe('disappear');
    expect(predicateOfFigure('El sumergible desapareció el 18 de junio.')).toBe('disappear');
    expect(predicateOfFigure('Le Titan a disparu le 18 juin.')).toBe('disappear');
  });

  it('is the clause\'s verb after the value past a relative clause, not a gerund after a preposition', () => {
    expect(predicateOfFigure('5 марта 2022 года Грайнер, которая выступала за клуб УГМК, была задержана на таможне.')).toBe('arrest');
    expect(predicateOfFigure('Griner, who was at an airport, in 2022 for possessing cannabis was arrested.')).toBe('arrest');
  });

  it('is a demand, worded as a claim for a sum in Spanish and French', () => {
    expect(predicateOfFigure('En un principio, El Cairo reclamó 916 millones de dólares.')).toBe('demand');
    expect(predicateOfFigure('Le Caire avait réclamé 916 millions de dollars.')).toBe('demand');
  });

  it('is a demand in Russian too ("запросило 18 лет")', () => {
    expect(predicateOfFigure('Гособвинение запросило 18 лет колонии для журналиста.')).toBe('demand');
    expect(predicateOfFigure('Прокурор потребовал 18 лет колонии.')).toBe('demand');
  });

  it('is the saying for a date right after a verb of saying, and only for a date', () => {
    const ofDate = (sentence: string, date: string) => {
      const tokens = tokenize(sentence);
      const at = tokens.findIndex((t) => t.text === date);
      return predicateNear(tokens, at, at + 1, true)?.lemma ?? null;
    };
    expect(ofDate('The girlfriend of newly freed hostage Pavel Orlov said Sunday he had prayed in captivity.', 'Sunday')).toBe('say');
    expect(ofDate('Pavel Orlov was freed on Saturday, his family said.', 'Saturday')).not.toBe('say');
    // A figure after "said" is what was said: its own verb governs it.
    expect(predicateOfFigure('Officials said 250 people were abducted.')).not.toBe('say');
  });

  it('is a ship grounded, in four languages, and a blockage', () => {
    expect(predicateOfFigure('The ship ran aground on 23 March in the canal.')).toBe('aground');
    expect(predicateOfFigure('Контейнеровоз сел на мель 23 марта.')).toBe('aground');
    expect(predicateOfFigure('El buque encalló el 23 de marzo.')).toBe('aground');
    expect(predicateOfFigure('Le navire s’est échoué le 23 mars.')).toBe('aground');
    expect(predicateOfFigure('The ship blocked the canal for 6 days.')).toBe('block');
    // Where a ship lies, after no verb of running: a photo's date, not the grounding's.
    expect(predicateOfFigure('A night view on 16 January of the cruise liner aground off the island.')).not.toBe('aground');
  });
});
