import { describe, expect, it } from 'vitest';
import { codePointAt, isLetterOrDigit, isSpace } from './chars';

describe('character classes', () => {
  it('isSpace is \\s for every code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });

  it('isLetterOrDigit is [\\p{L}\\p{N}] for every code point', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (isLetterOrDigit(cp) !== /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    expect(wrong).toEqual([]);
  });

  it('codePointAt reads surrogate pairs whole, lone or cut-off surrogates alone', () => {
    expect(codePointAt('😀', 0, 2)).toBe(0x1f600);
    expect(codePointAt('😀', 0, 1)).toBe(0xd83d);
    expect(codePointAt('\ud83dx', 0, 2)).toBe(0xd83d);
    expect(codePointAt('😀', 1, 2)).toBe(0xde00);
  });
});
