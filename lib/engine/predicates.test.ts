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
});
