// readArticle on page shapes the corpus does not have: misleading class names, very short
// articles, <br>-separated text, link lists inside the body, figures between paragraphs.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../lib/page/read-article';
import { loadFixture } from './load-fixture';

const sentence = (i: number) => `Sentence ${i} of the report says what happened in the town and who was there when it did.`;
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${sentence(i)} ${sentence(i + 100)}</p>`).join('\n');

describe('readArticle on other page shapes', () => {
  it('keeps a body whose container has a chrome-like class name', () => {
    const html = `<html lang="en"><head><title>Town report</title></head><body>
      <header><div class="logo">Paper</div><nav><a href="#">Home</a></nav></header>
      <div class="headline-wrap"><h1>Town council approves the new library plan</h1></div>
      <div class="story-body share-tools sidebar-right">${paragraphs(6)}</div>
      <footer>© Paper. All rights reserved.</footer></body></html>`;
    const article = readArticle(loadFixture(null, html));
    expect(article.text).toContain(sentence(5));
    expect(article.text).not.toContain('All rights reserved');
  });

  it('reads a very short article', () => {
    const html = `<html lang="en"><head><title>Brief</title></head><body><nav><a href="#">Home</a><a href="#">World</a></nav>
      <article><h1>Road closed after landslide near the village</h1>
      <p>The road to the village was closed on Monday after a landslide.</p><p>Crews expect to reopen it on Friday.</p></article>
      <footer><p>© Paper</p></footer></body></html>`;
    const article = readArticle(loadFixture(null, html));
    expect(article.text).toBe(
      'Road closed after landslide near the village\n\nThe road to the village was closed on Monday after a landslide.\n\nCrews expect to reopen it on Friday.',
    );
  });

  it('turns <br> into spaces and keeps the text mapped', () => {
    const html = `<html lang="en"><head><title>Lines</title></head><body><article><h1>A report written with line breaks</h1>
      <div class="text">${sentence(1)}<br><br>${sentence(2)}<br>${sentence(3)} ${sentence(4)} ${sentence(5)} ${sentence(6)}</div></article></body></html>`;
    const article = readArticle(loadFixture(null, html));
    expect(article.text).toContain(`${sentence(1)}`);
    expect(article.text).not.toMatch(/did\.Sentence/);
    expect(article.text).toContain(`${sentence(2)} ${sentence(3)}`.slice(0, 60));
  });

  it('drops link lists and "read more" boxes inside the body, keeps figures between paragraphs', () => {
    const html = `<html lang="en"><head><title>Mixed</title></head><body><article><h1>The headline of a mixed article</h1>
      ${paragraphs(3)}
      <figure><img src="data:," alt=""><figcaption>The town hall on Monday. (Photo: Agency)</figcaption></figure>
      <ul><li><a href="#">Other story one about something else</a></li><li><a href="#">Other story two about something else</a></li><li><a href="#">Other story three</a></li></ul>
      <p><strong>Read more:</strong> <a href="#">An older story about the same town council</a></p>
      ${paragraphs(3)}</article></body></html>`;
    const article = readArticle(loadFixture(null, html));
    const kinds = article.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'caption')).toHaveLength(1);
    expect(article.text).toContain('The town hall on Monday. (Photo: Agency)');
    expect(article.text).not.toContain('Other story');
    expect(article.text).not.toContain('An older story');
    // The caption sits where the reader sees it: between the third and fourth paragraphs.
    expect(kinds.indexOf('caption')).toBe(4);
  });
});
