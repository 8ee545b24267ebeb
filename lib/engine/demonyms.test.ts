import { describe, expect, it } from 'vitest';
import { isCountryName, isDemonym } from './demonyms';

describe('words for peoples and countries', () => {
  it('knows nationality adjectives, their plurals and compounds', () => {
    for (const w of ['peruvian', 'swiss', 'bolivians', 'chilean-italian', 'us-israeli', 'uk-born', 'moscow-based', 'sino-american', 'anglo-irish']) expect(isDemonym(w), w).toBe(true);
    // Spanish, in any gender and number.
    for (const w of ['peruana', 'suizos', 'canadienses', 'francesa', 'alemanes', 'chileno-italiano']) expect(isDemonym(w), w).toBe(true);
    // French, in any gender and number: "le Français Paul-Henri Nargeolet", "l'Américaine".
    for (const w of ['français', 'française', 'américaine', 'israéliens', 'russes', 'anglaises']) expect(isDemonym(w), w).toBe(true);
    for (const w of ['françois', 'grand', 'marie']) expect(isDemonym(w), w).toBe(false);
  });
  it('takes no family name or ordinary hyphenated name for one', () => {
    for (const w of ['dekel-chen', 'campa-najjar', 'horn', 'opa-locka', 'peruvian-style', 'india', 'china', 'casa', 'otros']) expect(isDemonym(w), w).toBe(false);
  });
  it('knows countries and continents, Russian ones in their cases, not given names of the same letters', () => {
    for (const w of ['peru', 'africa', 'rusia', 'россии', 'израиля', 'сша', 'германии', 'украиной']) expect(isCountryName(w), w).toBe(true);
    for (const w of ['jordan', 'chad', 'герман', 'катарина', 'ирина', 'китаев']) expect(isCountryName(w), w).toBe(false);
  });
});
