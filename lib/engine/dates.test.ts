import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskDateless } from './date-mask';
import { chronoFor, findDates, iso, readDates } from './dates';
import { extractClaims } from './claims';

const dates = (text: string, published: string | null, lang = 'en') => findDates(text, 0, text.length, lang, published);

describe('dates as intervals', () => {
  it('keeps the stated granularity', () => {
    const [d] = dates('He was freed on February 15, 2025.', null);
    expect(d).toMatchObject({ startDate: '2025-02-15', endDate: '2025-02-15', granularity: 'day', yearKnown: true });
    const [m] = dates('He was freed during the truce in February 2025.', null);
    expect(m).toMatchObject({ startDate: '2025-02-01', endDate: '2025-02-28', granularity: 'month' });
  });

  it('never reads a date that ends inside a word ("17 décès", deaths, holds "17 déc")', () => {
    expect(dates('Le bilan officiel est de 17 décès.', '2024-02-20', 'fr')).toEqual([]);
    expect(dates('Il est mort le 17 déc. à Paris.', '2024-02-20', 'fr').map((d) => d.startDate)).toEqual(['2023-12-17']);
  });

  it('never reads a number after a number sign as a day', () => {
    expect(dates('Орлов умер в колонии № 3 16 февраля.', '2024-02-20', 'ru').map((d) => d.startDate)).toEqual(['2024-02-16']);
    expect(dates('He died at Correctional Facility No. 3 on 16 February.', '2024-02-20').map((d) => d.startDate)).toEqual(['2024-02-16']);
  });

  it('resolves relative dates against the publication date', () => {
    // Published on Thursday 17 April 2025: "on Wednesday" is the 16th.
    expect(dates('a meeting in Moscow on Wednesday.', '2025-04-17')[0]).toMatchObject({ startDate: '2025-04-16', granularity: 'day', yearKnown: true });
    // "Oct. 7 last year" in November 2024 is 7 October 2023, and the span covers "last year".
    const [d] = dates('their attack on Oct. 7 last year, killing', '2024-11-15');
    expect(d).toMatchObject({ startDate: '2023-10-07', yearKnown: true });
    expect('their attack on Oct. 7 last year, killing'.slice(d!.start, d!.end)).toBe('Oct. 7 last year');
    const [nov] = dates('released during a prisoner exchange last November.', '2024-11-15');
    expect(nov).toMatchObject({ startDate: '2023-11-01', granularity: 'month' });
    expect(dates('freed Trufanov in February as part of', '2025-04-17')[0]).toMatchObject({ startDate: '2025-02-01', yearKnown: false });
    // "this past January" is the latest January before the article, as "last January".
    const text = 'until his release this past January.';
    const [past] = dates(text, '2025-07-09');
    expect(past).toMatchObject({ startDate: '2025-01-01', granularity: 'month', yearKnown: true });
    expect(text.slice(past!.start, past!.end)).toBe('this past January');
  });

  it('keeps relative dates unresolved when the page gives no date', () => {
    expect(dates('in the Kremlin on Wednesday.', null)[0]).toMatchObject({ startDate: null, granularity: 'weekday' });
    expect(dates('operations in Gaza last month, after', null)).toHaveLength(0);
  });

  it('reads decades', () => {
    expect(dates('The family emigrated in the late 1990s.', null)[0]).toMatchObject({ startDate: '1996-01-01', endDate: '1999-12-31', granularity: 'decade' });
    expect(dates('They immigrated in the 1990s.', null)[0]).toMatchObject({ startDate: '1990-01-01', endDate: '1999-12-31' });
  });

  it('resolves "53 days later" against the event it hangs on', () => {
    const text = 'The October 7, 2023, attack by Hamas killed many. His mother was captured in the attack. She was released 53 days later in an exchange.';
    const { claims } = extractClaims({ key: 'x', url: null, outlet: null, title: '', published: null, text, lang: 'en' });
    const later = claims.find((c) => c.written === '53 days later');
    expect(later?.value).toMatchObject({ start: '2023-11-29', granularity: 'day' });
  });

  it('reads the end of a period as its last day', () => {
    expect(dates('till the end of this month', '2025-02-16')[0]).toMatchObject({ startDate: '2025-02-28', granularity: 'day' });
    expect(dates('by the end of next year', '2025-02-16')[0]).toMatchObject({ startDate: '2026-12-31', granularity: 'day' });
    expect(dates('until the last day of February 2025', '2025-02-16')[0]).toMatchObject({ startDate: '2025-02-28', granularity: 'day' });
    expect(dates('by end of June last year', '2025-02-16')[0]).toMatchObject({ startDate: '2024-06-30', granularity: 'day' });
    expect(dates('off April 4', '2025-02-16')[0]).toMatchObject({ startDate: '2024-04-04', granularity: 'day' });
  });

  it('reads Russian and Spanish dates', () => {
    expect(dates('Он был освобождён 15 февраля 2025 года.', null, 'ru')[0]).toMatchObject({ startDate: '2025-02-15' });
    expect(dates('Fue liberado el 15 de febrero de 2025.', null, 'es')[0]).toMatchObject({ startDate: '2025-02-15' });
  });

  it('reads a month and its year in the languages chrono reads only with a day', () => {
    const monthOf = (text: string, lang: string) => {
      const { claims } = extractClaims({ key: 'x', url: null, outlet: null, title: '', published: '2025-03-01', text, lang });
      return claims.filter((c) => c.kind === 'date').map((c) => [c.written, c.value.type === 'date' && c.value.start, c.value.type === 'date' && c.value.granularity]);
    };
    expect(monthOf('Sa mère a été libérée en novembre 2023.', 'fr')).toEqual([['novembre 2023', '2023-11-01', 'month']]);
    expect(monthOf('Seine Mutter kam im November 2023 frei.', 'de')).toEqual([['November 2023', '2023-11-01', 'month']]);
    expect(monthOf('A mãe foi libertada em novembro de 2023.', 'pt')).toEqual([['novembro de 2023', '2023-11-01', 'month']]);
    expect(monthOf('La madre è stata liberata nel novembre 2023.', 'it')).toEqual([['novembre 2023', '2023-11-01', 'month']]);
    // A day before the month stays chrono's whole date.
    expect(monthOf('Il a été libéré le 15 février 2025.', 'fr')).toEqual([['15 février 2025', '2025-02-15', 'day']]);
  });

  it('reads "el pasado mes de febrero" as the last February before the article, "au mois de" as a month', () => {
    const monthOf = (text: string, lang: string) => {
      const { claims } = extractClaims({ key: 'x', url: null, outlet: null, title: '', published: '2022-08-05', text, lang });
      return claims.filter((c) => c.kind === 'date').map((c) => [c.written, c.value.type === 'date' && c.value.start, c.value.type === 'date' && c.value.yearKnown]);
    };
    expect(monthOf('Fue detenida el pasado mes de febrero en un aeropuerto.', 'es')).toEqual([['el pasado mes de febrero', '2022-02-01', true]]);
    expect(monthOf('Elle a été arrêtée au mois de février à Moscou.', 'fr')).toEqual([['février', '2022-02-01', false]]);
  });
});

describe('iso', () => {
  it('writes a date as toISOString() starts', () => {
    const reference = (d: Date) => { try { return d.toISOString().slice(0, 10); } catch (e) { return (e as Error).name; } };
    const mine = (d: Date) => { try { return iso(d); } catch (e) { return (e as Error).name; } };
    const time = fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: -62198755200000, max: 253402300799999 }), fc.constant(NaN));
    fc.assert(fc.property(time, (t) => void expect(mine(new Date(t))).toBe(reference(new Date(t)))), { numRuns: 5000 });
  });
});

describe('what chrono reads', () => {
  // Shortening long runs of blanks must not change what chrono finds: the same dates at the same
  // offsets as on the whole masked text.
  const PIECES = [
    'He was freed on Feb. 15, 2025.', 'Nothing to see here.', 'at the end of March', 'by the end of', 'in May', 'May',
    'on Wednesday', 'last November', 'Oct. 7 last year', '3 days ago', '5/12/2024', '12.05.2024', '2024-02-15', ' to ', ' - ',
    '15 февраля 2025 г.', 'в 2024 г', 'в среду', 'вчера', 'el 7 de octubre de 2023', 'a la mañana', 'hoy', 'lunes',
    '_', '__', '_'.repeat(9), '_'.repeat(40), ' ', '  ', '\n', '\n\n', '. ', ', ', 'x'.repeat(45), 'The', 'и', '2024', '5/12', '7', 'г.',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((a) => a.join(''));
  const view = (r: { index: number; text: string; start: { date(): Date; isCertain(c: 'year' | 'month' | 'day' | 'weekday'): boolean } }) => ({
    index: r.index, text: r.text, date: r.start.date().getTime(), certain: (['year', 'month', 'day', 'weekday'] as const).map((c) => r.start.isCertain(c)),
  });

  it('finds the same dates with long runs of blanks shortened', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'ru', 'es'), (s, lang) => {
        const ref = new Date(Date.UTC(2025, 1, 16));
        const whole = chronoFor(lang).parse(maskDateless(s), { instant: ref, timezone: 0 }, { forwardDate: false });
        expect(readDates(s, lang, ref).map(view)).toEqual(whole.map(view));
      }),
      { numRuns: 1500 },
    );
  });
});
