// Cyrillic in Latin letters, one way for every module: names, context words. The Russian preset
// of cyrillic-to-translit-js, with the letters Ukrainian and Belarusian add first read as the
// Russian ones that sound alike ("Нір-Оз" is "Нир-Оз", "Віталій" is "Виталий"), so that the
// same name written in Kyiv and in Moscow meets.
import cyrillicToTranslit from 'cyrillic-to-translit-js';

const translit = cyrillicToTranslit({ preset: 'ru' });
const OTHER_LETTERS: Record<string, string> = { і: 'и', І: 'И', ї: 'йи', Ї: 'Йи', є: 'е', Є: 'Е', ґ: 'г', Ґ: 'Г', ў: 'у', Ў: 'У' };

/** `s` with its Cyrillic letters in Latin ones, as the Russian preset writes them. */
export function cyrillicToLatin(s: string): string {
  return translit.transform(/[іІїЇєЄґҐўЎ]/.test(s) ? s.replace(/[іІїЇєЄґҐўЎ]/g, (c) => OTHER_LETTERS[c]!) : s);
}
