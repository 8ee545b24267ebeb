import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../engine/types';
import { explainLink, spanWords, type WhySide } from './why';

const day = (iso: string, relative = false): ClaimValue => {
  const [y, m, d] = iso.split('-').map(Number);
  return { type: 'date', start: iso, end: iso, granularity: 'day', relative, parts: { year: y!, month: m!, day: d!, weekday: null }, yearKnown: true };
};
const month = (iso: string): ClaimValue => ({ type: 'date', start: `${iso}-01`, end: `${iso}-28`, granularity: 'month', relative: false, parts: { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5)), day: null, weekday: null }, yearKnown: true });
const num = (value: number, unit: string): ClaimValue => ({ type: 'number', value, low: value, high: value, hedge: 'exact', unit });
const side = (written: string, value: ClaimValue | null, date: string | null): WhySide => ({ written, value, date });

describe('spanWords', () => {
  it('says spans as a news sentence would', () => {
    expect(spanWords(0)).toBe('the same day');
    expect(spanWords(1)).toBe('one day');
    expect(spanWords(-3)).toBe('three days');
    expect(spanWords(21)).toBe('three weeks');
    expect(spanWords(62)).toBe('two months');
    expect(spanWords(44)).toBe('six weeks');
    expect(spanWords(153)).toBe('five months');
    expect(spanWords(365)).toBe('one year');
    expect(spanWords(800)).toBe('two years');
  });
});

describe('explainLink', () => {
  it('a date a year off: the same day of the year; a relative wording shows what it stands for; the undated source last', () => {
    const text = explainLink('date', 'conflict', side('April 16, 2024', day('2024-04-16'), null), side('on Wednesday', day('2025-04-16', true), '2025-04-17'));
    expect(text).toBe('on Wednesday (16 Apr 2025) vs April 16, 2024 for the same event: the same day of the year, one year apart.');
  });

  it('dates days apart, stated some time apart, earlier source first', () => {
    const text = explainLink('date', 'conflict', side('February 15, 2025', day('2025-02-15'), '2025-04-17'), side('February 13, 2025', day('2025-02-13'), '2025-02-16'));
    expect(text).toBe('February 13, 2025 vs February 15, 2025 for the same event: two days apart, stated two months apart.');
  });

  it('figures of a page without a date against a dated one say which page is undated', () => {
    const text = explainLink('number', 'conflict', side('369 prisoners', num(369, 'count:person'), '2031-02-15'), side('333 prisoners', num(333, 'count:person'), null));
    expect(text).toBe('369 prisoners (15 Feb 2031) vs 333 prisoners (page undated), 36 apart.');
    // A unit only where the figure as written lacks it.
    expect(explainLink('number', 'conflict', side('$5.6 billion', num(5.6e9, 'money:USD'), '2031-02-15'), side('$5.7 billion', num(5.7e9, 'money:USD'), '2031-02-15')))
      .toBe('$5.6 billion (15 Feb 2031) vs $5.7 billion (15 Feb 2031), 100,000,000 apart, stated the same day.');
  });

  it('ages that cannot both be right', () => {
    const text = explainLink('number', 'conflict', side('26', num(26, 'age'), '2025-02-14'), side('29', num(29, 'age'), '2025-04-17'));
    expect(text).toBe('26 (14 Feb 2025) vs 29 (17 Apr 2025) as the age of the same person, 3 apart, stated two months apart.');
  });

  it('a toll that rose: up by how much, in how long', () => {
    const text = explainLink('number', 'updated', side('51,000', num(51000, 'people'), '2025-04-17'), side('43,000', num(43000, 'people'), '2024-11-15'));
    expect(text).toBe('43,000 (15 Nov 2024), then 51,000 (17 Apr 2025): up 8,000 in five months.');
  });

  it('months apart for month-precise dates', () => {
    expect(explainLink('date', 'conflict', side('November 2023', month('2023-11'), '2024-01-02'), side('January 2024', month('2024-01'), '2024-01-02'))).toBe(
      'November 2023 vs January 2024 for the same event: two months apart, stated the same day.',
    );
  });

  it('names: another spelling; agreement needs no explanation', () => {
    expect(explainLink('name', 'variant', side('Kharkin', null, '2024-11-15'), side('Herkin', null, null))).toBe('Kharkin vs Herkin: one name, spelled differently.');
    expect(explainLink('number', 'same', side('250', num(250, 'hostages'), null), side('251', num(251, 'hostages'), null))).toBeNull();
  });

  it('undated sources: the values alone, no invented time', () => {
    expect(explainLink('quote', 'conflict', side('“yes”', null, null), side('“no”', null, null))).toBe('“yes” vs “no”: incompatible for the same thing.');
  });
});
