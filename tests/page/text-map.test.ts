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
});
