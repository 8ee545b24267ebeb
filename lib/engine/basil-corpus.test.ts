// The engine on the shared BASIL gold (12 real US-politics stories, 36 articles by three
// outlets; ../shared/corpus/basil/README.md): real coverage the rules were not written for.
// The corpus is third-party text and lives only in ../shared; the test reads it there, at test
// time, and skips with a message when it is absent. The floors keep what the engine reaches:
// no false conflict and few cross-topic links are absolute, the rest must not slip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BASIL = '../shared/corpus/basil';
const GOLD = join(BASIL, 'basil.gold.json');
const SCORER = '../shared/eval/score.mjs';
const present = existsSync(GOLD) && existsSync(SCORER);
if (!present) console.log(`basil-corpus.test: skipped, ${GOLD} or ${SCORER} is not there (the shared corpus is not checked out beside this worktree)`);

describe.skipIf(!present)('the BASIL gold, scored', () => {
  it('raises no false conflict and keeps its figures', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: Record<string, { page: string }> };
    const pages = [...new Set(Object.values(gold.articles).map((a) => join(BASIL, 'pages', basename(a.page))))];
    const json = execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--json', '--stories', join(BASIL, 'stories'), ...pages], { encoding: 'utf8', maxBuffer: 256 << 20 });
    const file = join(mkdtempSync(join(tmpdir(), 'crossread-basil-')), 'analysis.json');
    writeFileSync(file, json);
    const out = execFileSync('node', [SCORER, '--gold', GOLD, '--analysis', file, '--json'], { encoding: 'utf8' });
    const f = JSON.parse(out.trim().split('\n')[0]!) as Record<string, number | null>;
    expect(f.falseConflicts).toBe(0);
    // Every conflict flagged is a real one (null: none flagged, which is no false one either).
    if (f.conflictPrecision !== null) expect(f.conflictPrecision).toBe(1);
    expect(f.crossTopic).toBeLessThanOrEqual(0.05);
    expect(f.claims).toBeGreaterThanOrEqual(0.9);
    expect(f.relations).toBeGreaterThanOrEqual(0.75);
    expect(f.labels).toBeGreaterThanOrEqual(0.95);
  }, 180_000);
});
