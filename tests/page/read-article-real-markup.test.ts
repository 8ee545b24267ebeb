// readArticle on the shapes of real markup that once cost article text or metadata (found on the
// real-pages corpus with `npm run bench:extract -- --dropped`), rebuilt here with made-up text:
// chrome goes only on strong evidence, the article stays whole, metadata comes from every source.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../lib/page/read-article';
import { dateInUrl } from '../../lib/page/page-metadata';
import { loadFixture } from './load-fixture';

const sentence = (i: number) => `Sentence ${i} of the report says what happened in the town and who was there when it did.`;
const paragraphs = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>${sentence(from + i)} ${sentence(from + i + 100)}</p>`).join('\n');

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Council approves the new library plan</title>${head}</head><body>
  <nav><a href="#">News</a><a href="#">World</a><a href="#">Sport</a></nav>
  ${body}
  <footer><p>© The Paper. All rights reserved.</p></footer></body></html>`;

const read = (html: string, url?: string) => readArticle(loadFixture(null, html), { url });

describe('readArticle keeps the whole article on real markup', () => {
  it('keeps words of adjacent links and code spans apart', () => {
    const article = read(page('', `<article><h1>Council approves the new library plan</h1>${paragraphs(0, 4)}
      <p>The motion was signed by <a href="#">Jane</a> <a href="#">Doe</a> and <a href="#">John</a>
      <a href="#">Roe</a> on Monday.</p>
      <pre><span class="k">SELECT</span> <span class="n">name</span> <span class="k">FROM</span> <span class="n">members</span></pre>
      ${paragraphs(10, 2)}</article>`));
    expect(article.text).toContain('signed by Jane Doe and John Roe on Monday.');
    expect(article.text).toContain('SELECT name FROM members');
  });

  it('keeps a body in a wrapper whose class names chrome, drops the named boxes that look like chrome', () => {
    const article = read(page('', `<div class="content-with-sidebar"><h1>Council approves the new library plan</h1>
      <div class="story share-enabled related-links-below">${paragraphs(0, 3)}
        <div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
        ${paragraphs(3, 3)}
        <div class="related"><h3>Related</h3><a href="#">Another story about the bridge</a> <a href="#">A third story about taxes</a></div>
      </div></div>`));
    for (let i = 0; i < 6; i++) expect(article.text).toContain(sentence(i));
    expect(article.text).not.toContain('Facebook');
    expect(article.text).not.toContain('Another story about the bridge');
  });

  it('keeps a short sentence in a wrapper named like chrome, drops a byline and a share label', () => {
    const article = read(page('', `<article><h1>Council approves the new library plan</h1>
      <div class="author-byline">By Jane Doe and John Roe</div>${paragraphs(0, 3)}
      <div class="promo-slot"><p>The mayor declined to comment on the vote.</p></div>
      <div class="share-label">Share this article</div>${paragraphs(3, 3)}</article>`));
    expect(article.text).toContain('The mayor declined to comment on the vote.');
    expect(article.text).not.toContain('By Jane Doe');
    expect(article.text).not.toContain('Share this article');
  });

  it('drops a "Read more: <link>" line but keeps a paragraph that is a list of linked sources', () => {
    const article = read(page('', `<article><h1>Council approves the new library plan</h1>${paragraphs(0, 3)}
      <p>Read more: <a href="#">An older story about the council and its budget</a></p>
      <p><a href="#">The council's published minutes of the vote</a></p>
      ${paragraphs(3, 3)}</article>`));
    expect(article.text).not.toContain('An older story');
    expect(article.text).toContain("The council's published minutes of the vote");
  });

  it('drops a grid of teasers with linked headlines, keeps panels whose headings are not links', () => {
    const teaser = (i: number) => `<div class="card"><a href="/s${i}"><img src="data:," alt=""><h3>Other headline number ${i}</h3></a><p>Short summary ${i}.</p></div>`;
    const panel = (i: number) => `<section class="panel"><h3>Feature ${i}</h3><p>${sentence(200 + i)}</p><a href="#">Learn more</a></section>`;
    const article = read(page('', `<article><h1>Council approves the new library plan</h1>${paragraphs(0, 3)}
      <div class="panels">${[1, 2, 3, 4].map(panel).join('')}</div>${paragraphs(3, 2)}</article>
      <div class="more">${[1, 2, 3, 4, 5].map(teaser).join('')}</div>`));
    for (let i = 1; i <= 4; i++) expect(article.text).toContain(sentence(200 + i));
    expect(article.text).not.toContain('Other headline number');
  });

  it('keeps a last section whose id is an anchor made from its heading', () => {
    const article = read(page('', `<article><h1>Council approves the new library plan</h1>
      <div class="body">${paragraphs(0, 8)}
      <section id="tying-these-principles-together"><h2>Tying it together</h2>${paragraphs(8, 1)}</section></div></article>`));
    expect(article.text).toContain(sentence(8));
  });

  it('reads the page when markup before <head> leaves the parser an empty body of its own', () => {
    const html = `<!DOCTYPE html><html lang="en"><div class="stamp"></div><head><title>Stray markup</title>
      <meta property="og:site_name" content="The Paper"></head>
      <body><article><h1>Council approves the new library plan</h1>${paragraphs(0, 5)}</article></body></html>`;
    const article = read(html);
    expect(article.text).toContain(sentence(4));
    expect(article.outlet).toBe('The Paper');
  });
});

describe('readArticle metadata from every source', () => {
  const body = `<article><h1>Council approves the new library plan</h1>${paragraphs(0, 5)}</article>`;

  it('reads JSON-LD inside CDATA, in a @graph, with the publisher by @id, and never the modification date', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'The Paper' },
        { '@type': 'WebPage', datePublished: '2019-01-01' },
        { '@type': 'NewsArticle', dateModified: '2024-03-09T10:00:00Z', datePublished: '2024-03-08T22:00:00-05:00', publisher: { '@id': '#org' } },
      ],
    };
    const head = `<meta property="og:site_name" content="Paper Network"><meta property="article:modified_time" content="2024-03-10">
      <script type="application/ld+json">//<![CDATA[
      ${JSON.stringify(ld)}
      //]]></script>`;
    const article = read(page(head, body));
    expect(article.published).toBe('2024-03-08');
    expect(article.outlet).toBe('The Paper');
  });

  it('falls back through publication metas, a <time> marked as published, and the URL path', () => {
    expect(read(page('<meta name="parsely-pub-date" content="2023-05-06T04:20:00Z">', body)).published).toBe('2023-05-06');
    expect(read(page('<meta name="sailthru.date" content="2022-07-08 10:00:00">', body)).published).toBe('2022-07-08');
    const timed = `<article><h1>Council approves the new library plan</h1>
      <p class="meta"><time class="updated" datetime="2021-02-03">Updated</time> <time pubdate datetime="2021-02-01">Published</time></p>${paragraphs(0, 5)}</article>`;
    expect(read(page('', timed)).published).toBe('2021-02-01');
    expect(read(page('', body), 'https://paper.example/news/2020/11/05/council-library').published).toBe('2020-11-05');
    expect(read(page('', body), 'https://paper.example/news/council-library').published).toBeNull();
  });

  it('finds a date in a URL path only where it is one', () => {
    expect(dateInUrl('https://x.example/2024-04-20-story')).toBe('2024-04-20');
    expect(dateInUrl('https://x.example/a/20240420/story')).toBe('2024-04-20');
    expect(dateInUrl('https://x.example/story-20241399')).toBeNull();
    expect(dateInUrl('https://x.example/id/1234567890')).toBeNull();
  });
});
