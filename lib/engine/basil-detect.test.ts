// Story detection across the 100 BASIL stories (../shared/corpus/basil): all loaded at once, each
// of the 300 pages must land on its own story and on no other, though the stories share their
// people (Donald Trump is in 31 of them). Floors below what the engine reaches, so that a change
// that makes detection lean on one famous name, or lose a spelling, fails here.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchBasil } from '../../scripts/bench-detect';

const BASIL = fileURLToPath(new URL('../../../shared/corpus/basil', import.meta.url));
const present = existsSync(`${BASIL}/stories`) && existsSync(`${BASIL}/pages`);
if (!present) console.warn(`basil-detect.test.ts skipped: ${BASIL} is absent (the shared corpus is not checked out beside the repository)`);

describe.skipIf(!present)('detection on BASIL, 100 stories loaded', () => {
  it('puts the pages on their own story, and few on another', () => {
    const r = benchBasil(BASIL, false);
    expect(r.right + r.wrong + r.missed).toBe(300);
    expect(r.precision, r.lines.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(r.recall, r.lines.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(r.wrong).toBeLessThanOrEqual(6);
  }, 120_000);
});
