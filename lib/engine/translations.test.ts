import { describe, expect, it } from 'vitest';
import { placeEquivalents, termEquivalents, translatedKey } from './translations';

describe('news words across languages', () => {
  it('meets the commonest words of a death, a funeral and a disaster in the other languages', () => {
    expect(termEquivalents('funeral')).toEqual(expect.arrayContaining(['похороны', 'funerales', 'obsèques']));
    expect(termEquivalents('penal colony')).toEqual(expect.arrayContaining(['колония', 'colonia penal', 'colonie pénitentiaire']));
    expect(termEquivalents('cargo ship')).toEqual(expect.arrayContaining(['контейнеровоз', 'carguero', 'porte-conteneurs']));
    expect(termEquivalents('divers')).toEqual(expect.arrayContaining(['водолазы', 'buzos', 'plongeurs']));
    // A typed figure and its noun, as the other languages write it.
    expect(termEquivalents('498 days')).toEqual(expect.arrayContaining(['498 дней', '498 días', '498 jours']));
    expect(termEquivalents('no such word')).toEqual([]);
  });

  it('meets the words of a rescue in the other languages', () => {
    expect(termEquivalents('cave')).toEqual(expect.arrayContaining(['пещера', 'cueva', 'grotte']));
    expect(termEquivalents('trapped')).toEqual(expect.arrayContaining(['atrapados', 'bloqués']));
    expect(termEquivalents('boys')).toEqual(expect.arrayContaining(['дети', 'niños', 'enfants']));
    expect(termEquivalents('coach')).toEqual(expect.arrayContaining(['тренер', 'entrenador', 'entraîneur']));
    expect(placeEquivalents('Thailand')).toEqual(expect.arrayContaining(['Таиланд', 'Tailandia', 'Thaïlande']));
  });

  it('meets the words of a lost vessel and its search in the other languages', () => {
    expect(termEquivalents('submersible')).toEqual(expect.arrayContaining(['батискаф', 'sumergible', 'submarino', 'sous-marin']));
    expect(termEquivalents('debris')).toEqual(expect.arrayContaining(['обломки', 'restos', 'escombros']));
    expect(termEquivalents('search')).toEqual(expect.arrayContaining(['поиски', 'búsqueda', 'recherches']));
    expect(placeEquivalents('US Coast Guard')).toEqual(expect.arrayContaining(['Guardia Costera de Estados Unidos']));
  });

  it('meets the words of a ship aground and a claim for damages in the other languages', () => {
    expect(termEquivalents('compensation')).toEqual(expect.arrayContaining(['компенсация', 'indemnización', 'indemnisation']));
    expect(termEquivalents('tugboats')).toEqual(expect.arrayContaining(['буксиры', 'remolcadores', 'remorqueurs']));
    expect(termEquivalents('ran aground')).toEqual(expect.arrayContaining(['сел на мель', 'encalló', 'échoué']));
    expect(termEquivalents('refloated')).toEqual(expect.arrayContaining(['снят с мели', 'reflotado', 'renfloué']));
  });

  it('names Russia’s prison service, its security service and FBK in the other languages', () => {
    expect(placeEquivalents('Federal Penitentiary Service')).toEqual(expect.arrayContaining(['ФСИН', 'Servicio Penitenciario Federal']));
    // The security service that arrests, by its name in each language.
    expect(translatedKey('Servicio Federal de Seguridad')).toBe(translatedKey('Федеральная служба безопасности'));
    expect(translatedKey('FSB')).toBe(translatedKey('Service fédéral de sécurité'));
    expect(placeEquivalents('Anti-Corruption Foundation')).toEqual(expect.arrayContaining(['ФБК', 'Fonds de lutte contre la corruption']));
  });
});
