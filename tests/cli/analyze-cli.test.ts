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

describe('analyze --stories DIR', () => {
  const stories = mkdtempSync(join(tmpdir(), 'crossread-stories-'));
  // Written as a reader types a story: usual names, no spellings; the page spells him otherwise.
  writeFileSync(join(stories, 'sasha.json'), JSON.stringify({
    id: 'sasha', title: 'Sasha Trufanov freed', people: [{ name: 'Alexander Trufanov', weight: 'core' }], places: [], terms: ['hostage', 'Hamas', 'freed', 'captivity'],
  }));
  writeFileSync(join(stories, 'other.json'), JSON.stringify({
    id: 'other', title: 'A council vote', people: [{ name: 'Jane Roe', weight: 'core' }], places: [], terms: ['council'],
  }));
  writeFileSync(join(stories, 'broken.json'), '{"id": "broken", ');
  writeFileSync(join(stories, 'nobody.json'), JSON.stringify({ id: 'nobody', title: 'No one', people: [], places: [], terms: ['x'] }));
  writeFileSync(join(stories, 'notes.txt'), 'not a story');

  it('detects against the stories of the folder, naming each bad file in one line', () => {
    const r = analyze('--json', '--stories', stories, 'tests/fixtures/seeds/000.html');
    expect(r.status).toBe(0);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/broken\.json: is not valid JSON/);
    expect(errors[1]).toMatch(/nobody\.json: names no person, place or organisation/);
    const out = JSON.parse(r.stdout);
    expect(out.articles[0]).toMatchObject({ onStory: true, storyId: 'sasha' });
  }, 60_000);

  it('puts a page on no story when none of the folder is its own', () => {
    const only = mkdtempSync(join(tmpdir(), 'crossread-stories-'));
    writeFileSync(join(only, 'other.json'), JSON.stringify({ id: 'other', title: 'A council vote', people: [{ name: 'Jane Roe', weight: 'core' }], places: [], terms: ['council'] }));
    const r = analyze('--json', '--stories', only, 'tests/fixtures/seeds/000.html');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).articles[0]).toMatchObject({ onStory: false, storyId: null });
  }, 60_000);

  it('refuses a missing folder, a flag without one and a folder with no usable story', () => {
    const missing = analyze('--json', '--stories', join(dir, 'no-such-folder'), 'tests/fixtures/seeds/000.html');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/error: --stories .*no-such-folder: cannot read the folder \(ENOENT\)/);
    expect(missing.stdout).toBe('');
    const bare = analyze('--json', 'tests/fixtures/seeds/000.html', '--stories');
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/--stories needs a folder/);
    const empty = mkdtempSync(join(tmpdir(), 'crossread-stories-'));
    writeFileSync(join(empty, 'broken.json'), 'nope');
    const none = analyze('--json', '--stories', empty, 'tests/fixtures/seeds/000.html');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no usable story definition/);
  }, 60_000);
});
