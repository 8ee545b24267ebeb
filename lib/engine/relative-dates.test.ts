// Relative and ambiguous dates as other coverage writes them, resolved against the publication date.
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, published: string) =>
  findDates(text, 0, text.length, 'en', published).map((d) => ({ written: text.slice(d.start, d.end), start: d.startDate, granularity: d.granularity, yearKnown: d.yearKnown }));

describe('relative dates in other coverage', () => {
  it('reads "last Saturday" written on a Saturday as the week before, and "on Saturday" as that day', () => {
    expect(dates('Last Saturday, 183 prisoners were freed.', '2025-02-15')[0]).toMatchObject({ written: 'Last Saturday', start: '2025-02-08' });
    expect(dates('He was freed on Saturday.', '2025-02-15')[0]).toMatchObject({ written: 'on Saturday', start: '2025-02-15' });
    expect(dates('Last Saturday, 183 prisoners were freed.', '2025-02-17')[0]).toMatchObject({ start: '2025-02-15' });
  });

  it('reads "a year ago today" and "two years ago today" as the publication day that many years back', () => {
    expect(dates('A year ago today, gunmen stormed the kibbutz.', '2024-10-07')[0]).toMatchObject({ start: '2023-10-07', granularity: 'day', yearKnown: true });
    expect(dates('Two years ago today, gunmen stormed the kibbutz.', '2025-10-07')[0]).toMatchObject({ start: '2023-10-07' });
  });

  it('knows the year of "last November" unless the month is just past, when either may be meant', () => {
    expect(dates('Three of them came home last November.', '2024-10-07')[0]).toMatchObject({ start: '2023-11-01', granularity: 'month', yearKnown: true });
    expect(dates('Three of them came home last October.', '2024-11-20')[0]).toMatchObject({ yearKnown: false });
  });

  it('lets a weekday with its date name the year, even one ahead of the article', () => {
    expect(dates('Putin will meet him on Wednesday, April 16.', '2025-02-16')[0]).toMatchObject({ start: '2025-04-16', yearKnown: true });
    const ru = findDates('В среду, 16 апреля, Путин встретился с ним.', 0, 44, 'ru', '2025-04-17')[0]!;
    expect([ru.startDate, ru.yearKnown]).toEqual(['2025-04-16', true]);
    // A weekday that fits no year around the article leaves the year to the tense.
    expect(dates('He was freed on Saturday, February 16.', '2025-02-20')[0]).toMatchObject({ yearKnown: false });
  });

  it('reads the year said after a date, and "dernier" or "pasado" as last, in Russian, Spanish and French', () => {
    const one = (lang: string, text: string, published: string) => {
      const d = findDates(text, 0, text.length, lang, published)[0]!;
      return [text.slice(d.start, d.end), d.startDate, d.yearKnown];
    };
    expect(one('ru', 'Его похитили 7 октября прошлого года.', '2025-12-16')).toEqual(['7 октября прошлого года', '2024-10-07', true]);
    expect(one('es', 'Fue secuestrado el 7 de octubre del año pasado.', '2025-12-16')).toEqual(['7 de octubre del año pasado', '2024-10-07', true]);
    expect(one('fr', "Il a été enlevé le 7 octobre de l'année dernière.", '2025-12-16')).toEqual(["7 octobre de l'année dernière", '2024-10-07', true]);
    // "le 3 mars dernier", "el pasado 7 de octubre": the latest such day before the article.
    expect(one('fr', 'Le 3 mars dernier, il a parlé.', '2025-12-16')).toEqual(['3 mars dernier', '2025-03-03', true]);
    expect(one('es', 'El pasado 7 de octubre habló.', '2025-12-16').slice(1)).toEqual(['2025-10-07', true]);
  });

  it('reads "the day before yesterday" in four languages', () => {
    for (const [lang, text] of [['en', 'The day before yesterday he spoke.'], ['es', 'Anteayer habló.'], ['fr', 'Avant-hier il a parlé.'], ['ru', 'Позавчера он заявил.']] as const) {
      expect(findDates(text, 0, text.length, lang, '2025-02-16')[0]?.startDate, text).toBe('2025-02-14');
    }
  });

  it('does not take two digits after a comma for a year', () => {
    const found = dates('Of the 251 hostages taken on October 7, 73 hostages remain in Gaza.', '2025-02-16');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ written: 'October 7', yearKnown: false });
    expect(dates('It happened on October 7, 2023, at dawn.', '2025-02-15')[0]).toMatchObject({ written: 'October 7, 2023', start: '2023-10-07' });
  });
});
