// The publication date from a page's <time datetime> elements when it declares none in its
// metadata: a byline's time above the body counts, a teaser's, a comment's or an update's never.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../lib/page/read-article';
import { loadFixture } from './load-fixture';

const BODY = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i} of the report, with enough plain words in it to be read as the body of an article by the reader.</p>`,
).join('');
const HEADLINE = '<h1>Council approves the new bridge over the river</h1>';

/** A page with nothing declared in its <head>: the date can only come from the body. */
function publishedOf(body: string, head = ''): string | null {
  const html = `<html lang="en"><head><title>Council approves the new bridge over the river</title>${head}</head><body>${body}</body></html>`;
  return readArticle(loadFixture(null, html), { url: 'https://news.example.org/story' }).published;
}

describe('readArticle publication date from a byline <time>', () => {
  it('reads the time in a byline line between the headline and the body', () => {
    const byline = '<div class="authors">Jane Roe, John Doe <span class="sep">|</span> <time class="DateDisplay" datetime="2025-02-16T10:12:00+02:00">02.16.25 | 10:12</time></div>';
    expect(publishedOf(`<article>${HEADLINE}${byline}<div class="article_body">${BODY}</div></article>`)).toBe('2025-02-16');
  });

  it('reads it when the byline is mostly links (author page, permalink)', () => {
    const byline = '<div class="entry-meta"><a href="/author/jane">Jane Roe</a> <a href="/2024/05/07/bridge"><time datetime="2024-05-07">May 7</time></a></div>';
    expect(publishedOf(`<main><div class="story">${HEADLINE}${byline}${BODY}</div></main>`)).toBe('2024-05-07');
  });

  it('reads an unnamed byline (hashed class names) only between the headline and the body', () => {
    const byline = (date: string) => `<div class="sc-1x2y"><a href="/author/jane">Jane Roe</a> <a href="/p/1"><time class="k9q" datetime="${date}">9/11/13 10:00AM</time></a></div>`;
    expect(publishedOf(`<main><div class="a7">${HEADLINE}${byline('2013-09-11T10:00:00-04:00')}<div class="b3">${BODY}</div></div></main>`)).toBe('2013-09-11');
    // The same box between two paragraphs is a link to another story, not the article's byline.
    expect(publishedOf(`<main><div class="a7">${HEADLINE}<div class="b3">${BODY}${byline('2012-01-05')}${BODY}</div></div></main>`)).toBeNull();
  });

  it('reads the byline date of held-out page h04 (its only date)', () => {
    expect(readArticle(loadFixture('heldout/h04-first-day-freedom.html')).published).toBe('2025-02-16');
  });

  it('prefers what the page declares', () => {
    const byline = '<div class="byline"><time datetime="2024-05-07">May 7</time></div>';
    const head = '<meta property="article:published_time" content="2024-05-06T23:00:00Z">';
    expect(publishedOf(`<article>${HEADLINE}${byline}${BODY}</article>`, head)).toBe('2024-05-06');
  });

  it('never takes the bylines of teaser cards, before, inside or after the article', () => {
    const card = (i: number) =>
      `<li class="card"><a href="/other/${i}"><h3>Another story number ${i} of the day</h3></a><div class="byline"><time class="published" datetime="2023-11-${10 + i}">Nov ${10 + i}</time></div></li>`;
    const rail = (name: string) => `<div class="${name}"><ul>${[1, 2, 3, 4].map(card).join('')}</ul></div>`;
    expect(publishedOf(`${rail('latest-news')}<article>${HEADLINE}${BODY}</article>${rail('related')}`)).toBeNull();
    // Inside the article, between two paragraphs: dropped with the box around them.
    expect(publishedOf(`<article>${HEADLINE}${BODY}${rail('more-news')}${BODY}</article>`)).toBeNull();
  });

  it('never takes a byline after the body (a comment\u2019s), even inside the article', () => {
    // Names no extractor prunes ("thread", "reply-info"): only the position rules the dates out.
    const comment = (i: number) => `<div class="reply-info"><a href="/u/${i}">Reader ${i}</a> <a href="#c${i}"><time datetime="2023-11-30T0${i}:00">Nov 30</time></a></div><p>Great news, finally.</p>`;
    expect(publishedOf(`<article>${HEADLINE}<div class="text">${BODY}</div><div class="thread">${comment(1)}${comment(2)}</div></article>`)).toBeNull();
  });

  it('never takes a byline outside the article (a box beside it)', () => {
    const other = '<div class="byline">By Sam Poe <time datetime="2019-01-01">Jan 1</time></div>';
    expect(publishedOf(`<div class="col-left">${other}</div><div class="col-main"><article>${HEADLINE}${BODY}</article></div>`)).toBeNull();
  });

  it('skips an update stamp, by its class or its words, and keeps the publication beside it', () => {
    const both =
      '<div class="dateline"><time datetime="2019-04-28 06:01:07">April 28, 2019</time> <time class="line" datetime="2019-04-29 15:33:39">Updated April 29, 2019</time></div>';
    expect(publishedOf(`<article>${HEADLINE}${both}${BODY}</article>`)).toBe('2019-04-28');
    const updateFirst = '<div class="byline"><time class="dt-updated" datetime="2019-04-29">April 29</time> <time datetime="2019-04-28">April 28</time></div>';
    expect(publishedOf(`<article>${HEADLINE}${updateFirst}${BODY}</article>`)).toBe('2019-04-28');
    const onlyUpdate = '<div class="byline">By Jane Roe <time datetime="2019-04-29T15:33">Updated April 29</time></div>';
    expect(publishedOf(`<article>${HEADLINE}${onlyUpdate}${BODY}</article>`)).toBeNull();
  });

  it('reads a time classed "published updated" (hAtom) as the publication\u2019s', () => {
    const byline = '<div class="entry-byline"><a href="/author/jane">Jane Roe</a> <time class="entry-published updated" datetime="2017-03-09T18:16:02-04:00" itemprop="datePublished">March 9, 2017</time></div>';
    expect(publishedOf(`<article><header class="entry-header">${HEADLINE}${byline}</header><div class="entry-content">${BODY}</div></article>`)).toBe('2017-03-09');
  });

  it('takes the byline above the body before a date quoted in it', () => {
    const byline = '<div class="article-meta"><span class="author">Jane Roe</span> <time datetime="2024-05-07">May 7</time></div>';
    const quoted = '<p>The first plan was approved on <time datetime="2019-02-01">February 1, 2019</time>, five years before this one, and never built.</p>';
    expect(publishedOf(`<article>${HEADLINE}${byline}${quoted}${BODY}</article>`)).toBe('2024-05-07');
  });
});
