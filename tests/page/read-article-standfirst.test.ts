// readArticle's standfirst: the visible one is read whatever its class is spelled like; the meta
// description stands in only on a page that shows none, and only when it says something new.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../lib/page/read-article';
import { loadFixture } from './load-fixture';

const sentence = (i: number) => `Sentence ${i} of the report says what happened in the town and who was there when it did.`;
const paragraphs = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>${sentence(from + i)} ${sentence(from + i + 100)}</p>`).join('\n');

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Council approves the new library plan</title>${head}</head><body>
  <div class="top"><a href="#">News</a><a href="#">World</a><a href="#">Sport</a></div>
  <div class="main">${body}</div></body></html>`;

const read = (html: string) => readArticle(loadFixture(null, html));

describe('readArticle standfirst', () => {
  const description = '<meta name="description" content="The town will get its library in spring, the council decided after a long debate.">';

  it('reads the visible subheading (class "sub_title") rather than the meta description', () => {
    const html = page(description, `<article><h1 class="art_header_title">Council approves the new library plan</h1>
      <h2 class="art_header_sub_title">After two years of debate, the councillors voted 21 to 4 for the building on the old market square</h2>
      <div class="article_body">${paragraphs(0, 6)}</div></article>`);
    const article = read(html);
    const standfirst = article.blocks.find((b) => b.kind === 'standfirst')!;
    expect(article.text.slice(standfirst.start, standfirst.end)).toBe(
      'After two years of debate, the councillors voted 21 to 4 for the building on the old market square',
    );
    expect(article.text).not.toContain('after a long debate');
  });

  it('adds a meta description that says something new when the page shows no standfirst', () => {
    const article = read(page(description, `<article><h1>Council approves the new library plan</h1>
      <div class="article_body">${paragraphs(0, 6)}</div></article>`));
    expect(article.blocks.map((b) => b.kind)).toContain('standfirst');
    expect(article.text).toContain('The town will get its library in spring, the council decided after a long debate.');
  });

  it('does not add a meta description that restates the lead in other words', () => {
    const lead = 'TOWN, May 3 — The town council on Tuesday approved the plan for a new public library on the old market square, after two years of debate.';
    const restated = '<meta name="description" content="The town council approved the plan for a new library on the old market square after years of debate.">';
    const article = read(page(restated, `<article><h1>Council approves the new library plan</h1>
      <div class="article_body"><p>${lead}</p>${paragraphs(0, 5)}</div></article>`));
    expect(article.blocks.map((b) => b.kind)).not.toContain('standfirst');
    expect(article.text).toContain(lead);
  });
});
