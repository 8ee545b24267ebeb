import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { extractClaims } from './claims';

const dates = (text: string, published: string | null, lang = 'en') => findDates(text, 0, text.length, lang, published);

describe('dates as intervals', () => {
  it('keeps the stated granularity', () => {
    const [d] = dates('He was freed on February 15, 2025.', null);
    expect(d).toMatchObject({ startDate: '2025-02-15', endDate: '2025-02-15', granularity: 'day', yearKnown: true });
    const [m] = dates('He was freed during the truce in February 2025.', null);
    expect(m).toMatchObject({ startDate: '2025-02-01', endDate: '2025-02-28', granularity: 'month' });
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
});
