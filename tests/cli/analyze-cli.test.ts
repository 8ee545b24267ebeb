// The analyze command on bad input: one clear line per bad file, the rest still analysed,
// non-zero exit only when nothing could be read; --json keeps stdout pure JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'crossread-cli-'));
const empty = join(dir, 'empty.html');
const binary = join(dir, 'photo.jpg');
const noArticle = join(dir, 'no-article.html');
writeFileSync(empty, '');
writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]));
writeFileSync(noArticle, '<!doctype html><html><body><nav><a href="/">Home</a></nav><footer>© 2025</footer></body></html>');

const analyze = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { encoding: 'utf8' });

describe('analyze on bad input', () => {
  it('names each bad file once, analyses the good one and exits 0', () => {
    const r = analyze('--json', join(dir, 'missing.html'), empty, binary, noArticle, 'tests/fixtures/seeds/000.html');
    expect(r.status).toBe(0);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/missing\.html: cannot read the file \(ENOENT\)/);
    expect(errors[1]).toMatch(/empty\.html: the file is empty/);
    expect(errors[2]).toMatch(/photo\.jpg: not an HTML page/);
    expect(errors[3]).toMatch(/no-article\.html: /);
    const out = JSON.parse(r.stdout);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0].onStory).toBe(true);
  }, 60_000);

  it('exits non-zero when nothing could be read', () => {
    const r = analyze(empty, binary);
    expect(r.status).toBe(1);
  }, 60_000);

  it('analyses the bundled corpus with no arguments and prints the comparison', () => {
    const r = analyze();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/CONFLICTS/);
    expect(r.stdout).toMatch(/April 16, 2024/);
  }, 60_000);
});
