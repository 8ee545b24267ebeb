import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskDateless } from './date-mask';

// The mask as first written, with regular expressions: the definition the scan must keep to.
const DATE_CUE = /\d{4}|\d{1,2}[./-]\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|ago|ene|abr|ago|dic|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer|semana|mes|año)|(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[ауы]|четверг|пятниц|суббот|воскресень|сегодня|вчера|недел|месяц|год)/iu;
const blank = (run: string) => run.replace(/[^\n]/g, '_');
function reference(s: string): string {
  s = s.replace(/\S{41,}/g, blank).replace(/[^\S\n]{4,}/g, (run) => ' ' + blank(run.slice(2)) + ' ');
  return s.replace(/[^\n]+?(?:(?<!\d)[.!?]+(?=\s+[\p{Lu}“"«])|\n|$)/gu, (piece) => (DATE_CUE.test(piece) ? piece : blank(piece)));
}

// Pieces that exercise every branch: stops before capitals, quotes and lower case, runs of
// spaces and of stops, long words, line breaks, surrogate pairs, Unicode spaces and capitals.
const PIECES = [
  'He was freed on Feb. 15, 2025.', 'Nothing to see here.', ' ', '  ', '    ', '\t\t \u00a0', '\n', '\r\n', '\n\n', '. ', '.', '?! ',
  '... ', '. “', '. "', '. «', '. a', '.\u2003Á', '.\u2028B', '. 𝐀', '😀', '\ud800', '\udc00', 'x'.repeat(40), 'x'.repeat(41),
  '2024'.repeat(12), '7. Oktober', '7.. X', 'Mr. Smith', 'Oct. 7 last year', '3/4', '12-1', 'в среду', 'ВЧЕРА', 'ſunday', 'Monday', 'mayor', 'año',
  '_', 'The', 'Jan', '1990s', 'x', 'y.', 'Z', 'meſ', 'yeſterday', 'Año', 'MIÉRCOLES', 'sábado', 'Ѐ', 'ᲀторник', '12/5', '1-2',
  '2024', '99.9', '123', 'tod', 'toddler', 'TODAY', 'sat.', 'x1.2', 'Agosto', 'a', 'ab', 'Mo', '_may', '9may', 'ВЧЕРА', 'годы',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 40 }).map((a) => a.join(''));

describe('maskDateless', () => {
  it('blanks what the regular-expression definition blanks', () => {
    fc.assert(fc.property(text, (s) => void expect(maskDateless(s)).toBe(reference(s))), { numRuns: 3000 });
  });

  it('keeps offsets, line breaks and the pieces that may hold a date', () => {
    const s = 'Gaza, Jan. 5 report.  Nothing here.\nHe was freed on Feb. 15, 2025.    Quiet again.';
    const masked = maskDateless(s);
    expect(masked).toHaveLength(s.length);
    expect(masked).toBe(reference(s));
    expect(masked).toContain('He was freed on Feb. 15, 2025.');
    expect(masked).not.toContain('Nothing');
  });
});
