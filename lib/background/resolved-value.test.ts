import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../engine/types';
import { resolvedLabel } from './resolved-value';

const date = (over: Partial<Extract<ClaimValue, { type: 'date' }>>): ClaimValue => ({
  type: 'date', start: null, end: null, granularity: 'day', relative: false,
  parts: { year: null, month: null, day: null, weekday: null }, yearKnown: true, ...over,
});

describe('resolvedLabel', () => {
  it('names the day a relative date resolved to', () => {
    expect(resolvedLabel(date({ start: '2025-04-16', end: '2025-04-16', granularity: 'weekday', relative: true }))).toBe('16 Apr 2025');
    expect(resolvedLabel(date({ start: '2023-11-01', end: '2023-11-30', granularity: 'month', relative: true }))).toBe('Nov 2023');
  });
  it('says nothing when the words are explicit or unresolved', () => {
    expect(resolvedLabel(date({ start: '2024-04-16', end: '2024-04-16' }))).toBeNull();
    expect(resolvedLabel(date({ granularity: 'relative', relative: true }))).toBeNull();
    expect(resolvedLabel({ type: 'number', value: 1, low: 1, high: 1, hedge: 'exact', unit: 'days' })).toBeNull();
  });
});
