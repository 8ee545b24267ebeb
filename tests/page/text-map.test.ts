// Offsets in the article text must lead back to the live text nodes they came from, and lead
// nowhere (null) once the page has changed or when the text has no node behind it.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../lib/page/read-article';
import { TextMapBuilder, pointsForOffsets, rangeForOffsets, type TextMap } from '../../lib/page/text-map';
import { loadFixture } from './load-fixture';

/** The text between two DOM points, read straight from the nodes (what a Range would cover). */
function liveText(map: TextMap, start: number, end: number): string | null {
  const points = pointsForOffsets(map, start, end);
  if (!points) return null;
  if (points.start.node === points.end.node) return points.start.node.data.slice(points.start.offset, points.end.offset);
  let out = points.start.node.data.slice(points.start.offset);
  const segments = map.segments;
  const nodes = [...new Set(segments.map((s) => s.node))];
  const from = nodes.indexOf(points.start.node);
  const to = nodes.indexOf(points.end.node);
  for (let i = from + 1; i < to; i++) out += nodes[i]!.data;
  return out + points.end.node.data.slice(0, points.end.offset);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('text map', () => {
  for (const page of ['seeds/000.html', 'heavy/003.html', 'onstory/trufanov-release-ru.html']) {
    it(`maps every block of ${page} back to the page`, () => {
      const article = readArticle(loadFixture(page));
      for (const block of article.blocks) {
        const expected = article.text.slice(block.start, block.end);
        const live = liveText(article.textMap, block.start, block.end);
        // Only a title or standfirst taken from <meta> has no node behind it.
        if (live === null) expect(['title', 'standfirst']).toContain(block.kind);
        else expect(squash(live)).toBe(expected);
      }
      expect(article.blocks.filter((b) => b.kind === 'body').every((b) => pointsForOffsets(article.textMap, b.start, b.end))).toBe(true);
    });
  }

  it('maps a span inside a paragraph whose source has runs of whitespace and inline markup', () => {
    const doc = loadFixture('seeds/000.html');
    const article = readArticle(doc);
    const quote = 'Alexander Trufanov. Video grab';
    const start = article.text.indexOf(quote);
    const points = pointsForOffsets(article.textMap, start, start + quote.length)!;
    expect(points.start.node.data.slice(points.start.offset)).toMatch(/^Alexander Trufanov\./);
    expect(points.end.node.data.slice(0, points.end.offset)).toBe('Video grab');
  });

  it('builds a Range through the page document', () => {
    const doc = loadFixture('seeds/002.html');
    const article = readArticle(doc);
    const calls: unknown[] = [];
    // linkedom's Range cannot take text offsets; record what a browser Range would be given.
    (doc as unknown as { createRange: () => unknown }).createRange = () => ({
      setStart: (node: Node, offset: number) => calls.push(['start', node.textContent?.slice(offset, offset + 10)]),
      setEnd: (node: Node, offset: number) => calls.push(['end', node.textContent?.slice(offset - 3, offset)]),
    });
    const start = article.text.indexOf('498 days');
    expect(rangeForOffsets(article.textMap, start, start + 8)).not.toBeNull();
    expect(calls).toEqual([['start', '498 days i'], ['end', 'ays']]);
  });

  it('returns null once the page text has changed', () => {
    const doc = loadFixture('seeds/001.html');
    const article = readArticle(doc);
    const start = article.text.indexOf('Mikhail Bogdanov');
    const points = pointsForOffsets(article.textMap, start, start + 16)!;
    points.start.node.data = points.start.node.data.replace('Mikhail', 'Someone');
    expect(pointsForOffsets(article.textMap, start, start + 16)).toBeNull();
  });

  it('returns null for text that has no node behind it, and for bad offsets', () => {
    const builder = new TextMapBuilder();
    builder.appendRaw('Title from metadata');
    builder.appendRaw('\n\n');
    const doc = loadFixture(null, '<html><body><p>Body   text\nhere</p></body></html>');
    const node = doc.querySelector('p')!.firstChild as Text;
    builder.startBlock();
    builder.appendNode(node);
    builder.endBlock();
    const map = builder.build();
    expect(map.text).toBe('Title from metadata\n\nBody text here');
    expect(pointsForOffsets(map, 0, 5)).toBeNull();
    expect(pointsForOffsets(map, 10, 25)).toBeNull();
    expect(pointsForOffsets(map, 5, 3)).toBeNull();
    expect(pointsForOffsets(map, 21, 99)).toBeNull();
    const body = pointsForOffsets(map, 21, 35)!;
    expect(body.start).toEqual({ node, offset: 0 });
    expect(body.end).toEqual({ node, offset: node.data.length });
  });

  it('collapses white space and maps each kept character back to its node, however the nodes are spaced', () => {
    // Node data chosen from single spaces (the builder's fast path) and runs, tabs, newlines and
    // no-break spaces (its general path), in blocks of several nodes.
    const pieces = ['word', 'two words', ' lead', 'trail ', ' both ', ' ', '', 'a  b', 'line\nbreak', '\tTab', 'nb\u00a0sp', '  ', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const blocks = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 4) }, () => pieces[Math.floor(next() * pieces.length)]!),
      );
      const doc = loadFixture(null, '<html><body></body></html>');
      const builder = new TextMapBuilder();
      const expected = new TextMapReference();
      blocks.forEach((datas, i) => {
        if (i > 0) {
          builder.appendRaw('\n\n');
          expected.appendRaw('\n\n');
        }
        builder.startBlock();
        expected.startBlock();
        for (const data of datas) {
          const node = doc.createTextNode(data);
          builder.appendNode(node);
          expected.appendNode(node);
        }
        builder.endBlock();
        expected.endBlock();
      });
      const map = builder.build();
      expect(map.text).toBe(expected.text);
      expect(map.segments).toEqual(expected.segments);
    }
  });
});

/** What TextMapBuilder does, one character at a time: the specification its runs must match. */
class TextMapReference {
  text = '';
  segments: { start: number; end: number; node: Text; offset: number }[] = [];
  private atSpace = true;
  private open = false;

  appendRaw(text: string): void {
    this.open = false;
    this.text += text;
  }

  startBlock(): void {
    this.open = false;
    this.atSpace = true;
  }

  appendNode(node: Text): void {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i]!)) {
        const runStart = i === 0 || !/\s/.test(data[i - 1]!);
        if (this.atSpace || !runStart) {
          this.open = false;
          continue;
        }
        this.put(' ', node, i);
        this.atSpace = true;
      } else {
        this.put(data[i]!, node, i);
        this.atSpace = false;
      }
    }
  }

  endBlock(): void {
    this.open = false;
    if (this.text.endsWith(' ')) {
      this.text = this.text.slice(0, -1);
      const last = this.segments[this.segments.length - 1];
      if (last && last.end > this.text.length) {
        last.end = this.text.length;
        if (last.end <= last.start) this.segments.pop();
      }
    }
    this.atSpace = true;
  }

  private put(char: string, node: Text, offset: number): void {
    const last = this.segments[this.segments.length - 1];
    const position = this.text.length;
    this.text += char;
    if (this.open && last && last.node === node && last.offset + (last.end - last.start) === offset && last.end === position) {
      last.end++;
      return;
    }
    this.segments.push({ start: position, end: position + 1, node, offset });
    this.open = true;
  }
}
