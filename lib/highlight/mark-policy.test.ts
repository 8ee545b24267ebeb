import { describe, expect, it } from 'vitest';
import type { ClaimKind, ClaimStatus } from '../engine/types';
import { claimGroupOf, groupClaims, isConfirmedFact, markFor, markSettingOf } from './mark-policy';

const KINDS: ClaimKind[] = ['number', 'date', 'name', 'quote', 'fact'];
const STATUSES: ClaimStatus[] = ['conflict', 'updated', 'variant', 'same', 'only'];

describe('markFor', () => {
  it('calm: disputes keep their mark for every kind', () => {
    for (const kind of KINDS) for (const status of ['conflict', 'updated', 'variant'] as const) expect(markFor({ kind, status }, 'calm')).toBe(status);
  });

  it('calm: agreeing figures, dates and quotes are quiet; agreeing names get no mark', () => {
    for (const kind of ['number', 'date', 'quote', 'fact'] as const) expect(markFor({ kind, status: 'same' }, 'calm')).toBe('quiet');
    expect(markFor({ kind: 'name', status: 'same' }, 'calm')).toBeNull();
  });

  it('calm: a fact only this page reports is marked, a name only it names is not', () => {
    expect(markFor({ kind: 'number', status: 'only' }, 'calm')).toBe('only');
    expect(markFor({ kind: 'name', status: 'only' }, 'calm')).toBeNull();
  });

  it('all: every claim by its status', () => {
    for (const kind of KINDS) for (const status of STATUSES) expect(markFor({ kind, status }, 'all')).toBe(status);
  });

  it('a stored setting is read as one of its values', () => {
    expect(markSettingOf('all')).toBe('all');
    for (const v of ['calm', undefined, null, 'ALL', 1, {}]) expect(markSettingOf(v)).toBe('calm');
  });
});

describe('counting', () => {
  it('an agreeing name is not a confirmed fact, and is listed with the names', () => {
    expect(isConfirmedFact({ kind: 'name', status: 'same' })).toBe(false);
    expect(isConfirmedFact({ kind: 'date', status: 'same' })).toBe(true);
    expect(claimGroupOf({ kind: 'name', status: 'same' })).toBe('names');
    expect(claimGroupOf({ kind: 'name', status: 'variant' })).toBe('variant');
    const groups = groupClaims([
      { kind: 'name', status: 'same' },
      { kind: 'number', status: 'same' },
      { kind: 'name', status: 'same' },
      { kind: 'date', status: 'conflict' },
    ] as const);
    expect(groups.map((g) => [g.key, g.claims.length])).toEqual([
      ['conflict', 1],
      ['updated', 0],
      ['variant', 0],
      ['same', 1],
      ['only', 0],
      ['names', 2],
    ]);
  });
});
