import { describe, expect, it } from 'vitest';
import { reanchor } from './reanchor';

describe('reanchor', () => {
  const anchor = { exact: '498 days', prefix: 'after spending ', suffix: ' in captivity', start: 20 };

  it('finds the words again when text before them changed', () => {
    const text = 'New intro. Troufanov was freed after spending 498 days in captivity.';
    const at = reanchor(text, anchor)!;
    expect(text.slice(at.start, at.end)).toBe('498 days');
  });

  it('drops the claim when its words are gone instead of moving it', () => {
    expect(reanchor('Troufanov was freed after spending 500 days in captivity.', anchor)).toBeNull();
  });

  it('picks the occurrence whose context matches, not the nearest one', () => {
    const text = '498 days later, more. He was freed after spending 498 days in captivity.';
    const at = reanchor(text, { ...anchor, start: 0 })!;
    expect(at.start).toBe(text.lastIndexOf('498 days'));
  });

  it('refuses a repeated word whose context changed on both sides', () => {
    expect(reanchor('x 498 days y. z 498 days w.', anchor)).toBeNull();
  });

  it('accepts a unique occurrence with one side of its context intact', () => {
    const text = 'He was freed after spending 498 days as a hostage.';
    expect(reanchor(text, anchor)).toEqual({ start: text.indexOf('498'), end: text.indexOf('498') + 8 });
  });
});
