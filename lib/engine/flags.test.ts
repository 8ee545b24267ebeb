import { describe, expect, it } from 'vitest';
import { findFlags } from './flags';

const flags = (text: string) => findFlags(text, 0, text.length).map((f) => [text.slice(f.start, f.end), f.value]);

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
});
