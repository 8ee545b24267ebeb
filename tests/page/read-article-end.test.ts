// readArticle on what outlets put around the end of a story: reader comments, newsletter and
// donation boxes, the outlet's standards line. Each is left out; a real paragraph that looks
// like one (same words in its class, same place in the page) is kept.
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

describe('readArticle at the end of the article', () => {
  it('leaves out reader comments named "talkbacks" beside the article', () => {
    const html = page('', `<article><h1>Council approves the new library plan</h1>
      <div class="article_body">${paragraphs(0, 6)}
      <p>Residents left hundreds of comments on the council's website before the vote.</p></div></article>
      <div class="talkbacks"><h3>Talkbacks (12)</h3>
        <div class="tb"><b>1. Finally</b> <span>Dana</span><p>About time this town got a proper library. We have waited for years and years for it, and now it comes.</p></div>
        <div class="tb"><b>2. Costs</b> <span>Avi</span><p>Nobody has said who pays for the heating of such a large building in the winter months, and that matters.</p></div>
        <p>Add a comment · Talkback rules</p></div>`);
    const { text } = read(html);
    expect(text).toContain("Residents left hundreds of comments on the council's website before the vote.");
    expect(text).toContain(sentence(105));
    expect(text).not.toContain('Talkbacks');
    expect(text).not.toContain('About time this town');
  });

  it('leaves out a newsletter box after the article, keeps an email quoted inside the body', () => {
    const html = page('', `<article><h1>Council approves the new library plan</h1>
      <div class="article_body">${paragraphs(0, 3)}
      <blockquote class="email">In an email to residents, the mayor wrote that the library would open in the spring of next year.</blockquote>
      ${paragraphs(3, 3)}</div></article>
      <div class="mail"><p>Get the Town Paper newsletter straight to your inbox. Enter your email and get the most important stories every day.</p></div>`);
    const { text } = read(html);
    expect(text).toContain('In an email to residents, the mayor wrote');
    expect(text).toContain(sentence(105));
    expect(text).not.toContain('newsletter');
  });

  it('leaves out a sign-up box that is no <form> but asks for an email address', () => {
    const html = page('', `<article><h1>Council approves the new library plan</h1>
      <div class="article_body">${paragraphs(0, 6)}</div></article>
      <div class="box-wide"><p>Every morning, the stories that matter in town, free, before breakfast.</p>
        <div class="field"><input type="email" placeholder="Your address"><button>Go</button></div></div>
      <div class="box-wide"><p>The library will be the first public building in town heated entirely by the new district heating network, the council said.</p></div>`);
    const { text } = read(html);
    expect(text).not.toContain('before breakfast');
    expect(text).toContain(sentence(105));
  });

  it('leaves out a donation appeal after the article, keeps a body paragraph about support', () => {
    const html = page('', `<article><h1>Council approves the new library plan</h1>
      <div class="content__body">${paragraphs(0, 5)}
      <p class="support-quote">"We support it because the children need it," said one councillor, who had opposed the plan last year.</p>
      ${paragraphs(5, 1)}</div></article>
      <div class="support"><p>I hope you appreciated this article. Before you move on, would you consider supporting our journalism? Support us from just £2 a month.</p></div>`);
    const { text } = read(html);
    expect(text).toContain('"We support it because the children need it," said one councillor');
    expect(text).toContain(sentence(105));
    expect(text).not.toContain('Support us from just');
  });

  it("leaves out the outlet's standards line after the body, inside the <article>", () => {
    const html = page('', `<article><h1>Council approves the new library plan</h1>
      <div class="body">${paragraphs(0, 6)}<p>(Reporting by Jane Smith; Editing by John Doe)</p></div>
      <div class="trust">Our Standards: The Town Paper Trust Principles.</div></article>`);
    const { text } = read(html);
    expect(text).toContain('(Reporting by Jane Smith; Editing by John Doe)');
    expect(text).not.toContain('Our Standards');
  });

  it('keeps the second half of a body that sits in a container named like the page bottom', () => {
    const html = page('', `<article><h1>Council approves the new library plan</h1>
      <div class="body-top">${paragraphs(0, 4)}</div>
      <div class="body-bottom">${paragraphs(4, 3)}</div></article>`);
    const { text } = read(html);
    expect(text).toContain(sentence(0));
    expect(text).toContain(sentence(106));
  });
});
