// The whole engine on the saved seed and heavy pages, scored by the evaluation's own scorer
// against its gold (copies kept in tests/fixtures/eval). The floors are the issue's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FLOORS = ['detection=1', 'leaks=0', 'claims=0.95', 'relations=0.9', 'labels=0.95', 'conflictRecall=1', 'falseConflicts=0', 'crossTopic=0.05'];

function score(dir: string): Record<string, number> {
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
  const json = execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--json', ...pages], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const file = join(mkdtempSync(join(tmpdir(), 'crossread-')), 'analysis.json');
  writeFileSync(file, json);
  const args = ['tests/fixtures/eval/score.mjs', '--gold', 'tests/fixtures/eval/seeds.gold.json', '--analysis', file, '--json'];
  const figures = JSON.parse(execFileSync('node', [...args, ...FLOORS.flatMap((f) => ['--min', f])], { encoding: 'utf8' }).trim().split('\n')[0]!);
  return figures;
}

describe('the seed corpus, scored', () => {
  it.each(['tests/fixtures/seeds', 'tests/fixtures/heavy'])('meets the floors on %s', (dir) => {
    const f = score(dir);
    expect(f.falseConflicts).toBe(0);
    expect(f.detection).toBe(1);
    expect(f.claims).toBeGreaterThanOrEqual(0.95);
    expect(f.relations).toBeGreaterThanOrEqual(0.9);
    expect(f.labels).toBeGreaterThanOrEqual(0.95);
    expect(f.conflictRecall).toBe(1);
    expect(f.crossTopic).toBeLessThanOrEqual(0.05);
  }, 120_000);
});
