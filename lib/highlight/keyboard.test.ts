import { describe, expect, it } from 'vitest';
import { isNavKey, nextIndex } from './keyboard';

const key = (k: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: k, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods,
});

describe('keyboard navigation', () => {
  it('moves only on Alt+Shift+arrows', () => {
    expect(isNavKey(key('ArrowRight', { altKey: true, shiftKey: true }))).toBe(1);
    expect(isNavKey(key('ArrowLeft', { altKey: true, shiftKey: true }))).toBe(-1);
    expect(isNavKey(key('ArrowRight', { altKey: true }))).toBe(0);
    expect(isNavKey(key('ArrowRight', { altKey: true, shiftKey: true, ctrlKey: true }))).toBe(0);
  });
  it('wraps around and starts at either end', () => {
    expect(nextIndex(-1, 1, 3)).toBe(0);
    expect(nextIndex(-1, -1, 3)).toBe(2);
    expect(nextIndex(2, 1, 3)).toBe(0);
    expect(nextIndex(0, -1, 3)).toBe(2);
    expect(nextIndex(0, 1, 0)).toBe(-1);
  });
});
