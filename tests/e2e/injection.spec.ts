// Injected markup stays text. tests/hostile/injection.html is an on-story article whose title,
// outlet, headline and sentences carry <script>, <img onerror>, <iframe>, <svg onload>, a real
// javascript: link and a 2,000-character word. Every payload would set window.__pwned or
// data-pwned on <html> if it ran. It is saved, then shown in the card of another source, the
// popup (all three panels), the options page and both exports; each must show the text as text,
// and no flag may ever be set.
import type { Page } from '@playwright/test';
import { serveHostile } from '../hostile/server';
import { crossreadState, expect, test, waitForClaims } from './extension';
import { popupFor } from './popup-helpers';

const PAYLOAD_TEXT = `<img src=x onerror="window.__pwned='quote'`;

/** Whether any payload ran in this page (or, for extension pages, in the extension's world). */
async function flags(page: Page): Promise<{ pwned: unknown; attr: string | null }> {
  return page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null, attr: document.documentElement.getAttribute('data-pwned') }));
}

/** Elements a payload would have created, in a document or a shadow root (open in E2E builds). */
async function injectedElements(page: Page, inCard = false): Promise<string[]> {
  return page.evaluate((inCard) => {
    const root: ParentNode | null | undefined = inCard ? document.querySelector('crossread-card')?.shadowRoot : document;
    if (!root) return ['<no root>'];
    const found = root.querySelectorAll('img[src="x"], [onerror], [onload], iframe, svg, object, embed, a[href^="javascript:" i], script:not([src])');
    return [...found].map((e) => e.outerHTML.slice(0, 120));
  }, inCard);
}

async function clickText(page: Page, text: string): Promise<void> {
  const at = await page.evaluate((text) => {
    // In the article's paragraphs (the headline says "498 days" too).
    const texts = [...document.querySelectorAll('article p')].flatMap((p) => {
      const out: Text[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
      return out;
    });
    for (const n of texts) {
      const i = n.data.indexOf(text);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + text.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`text not found: ${text}`);
  }, text);
  await page.mouse.click(at.x, at.y);
}

const NOTHING_RAN = { pwned: null, attr: null };

test('markup in article text is shown as text in the card, popup, options and exports; nothing runs', async ({ context, extensionId }) => {
  test.setTimeout(90_000);
  const { server, origin } = await serveHostile();
  try {
    // 0. Control: the payload does run when rendered as HTML, so a clean flag below means something.
    const control = await context.newPage();
    await control.setContent(`<p>${PAYLOAD_TEXT};document.documentElement.dataset.pwned='quote'"></p>`);
    await expect.poll(() => flags(control)).toEqual({ pwned: 'quote', attr: 'quote' });
    await control.close();

    // 1. The payload page itself: highlighted and saved, nothing ran.
    const hostile = await context.newPage();
    await hostile.goto(`${origin}/injection.html`);
    const own = await waitForClaims(hostile);
    expect(own.phase).toBe('painted');
    for (const c of own.claims) expect(c.text.replace(/\s+/g, ' ')).toBe(c.written.replace(/\s+/g, ' '));
    await clickText(hostile, '498');
    expect((await crossreadState(hostile))!.cardOpen).toBe(true);
    expect(await injectedElements(hostile, true)).toEqual([]);
    // The article's own javascript: link is the page's; clicking a highlight never follows it.
    expect(await flags(hostile)).toEqual(NOTHING_RAN);

    // 2. Another source about the same facts: its card quotes the payload page (saved just after
    // its highlights were painted).
    await hostile.waitForTimeout(1000);
    const second = await context.newPage();
    await second.goto(`${origin}/clean-second-source.html`);
    const state = await waitForClaims(second);
    // The figure is marked in the headline ("498 days") and in the first paragraph ("498"): the
    // paragraph's digits are clicked, whichever of the two wordings the claim there covers.
    const days = state.claims.filter((c) => c.text === '498 days' || c.text === '498');
    expect(days.length, JSON.stringify(state.claims.map((c) => c.text))).toBeGreaterThan(0);
    await clickText(second, '498');
    await expect.poll(async () => (await crossreadState(second))?.cardOpen).toBe(true);
    const card = (await crossreadState(second))!;
    expect(days.map((c) => c.id)).toContain(card.activeId);
    expect(card.cardText).toContain(PAYLOAD_TEXT);
    expect(await injectedElements(second, true)).toEqual([]);
    // The other source's link goes to its web address, never to a script.
    const hrefs = await second.evaluate(() => [...(document.querySelector('crossread-card')?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')));
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
    expect(await flags(second)).toEqual(NOTHING_RAN);

    // 3. The popup about the payload page: every panel.
    const { popup, article } = await popupFor(context, extensionId, `${origin}/injection.html`);
    await expect(popup.locator('body')).toContainText('<script>');
    for (const panel of ['This page', 'Story', 'Saved']) {
      await popup.getByRole('tab', { name: new RegExp(panel) }).click();
      await popup.waitForTimeout(300);
      expect(await injectedElements(popup), panel).toEqual([]);
      expect(await flags(popup), panel).toEqual(NOTHING_RAN);
    }
    await popup.getByRole('tab', { name: /Saved/ }).click();
    await expect(popup.locator('body')).toContainText(`<script>window.__pwned='h1'</script>`);
    await expect(popup.locator('body')).toContainText(`<img src=x onerror="window.__pwned='outlet'`);
    expect(await flags(article)).toEqual(NOTHING_RAN);

    // 4. The options page and its exports.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForTimeout(500);
    expect(await injectedElements(options)).toEqual([]);
    const [json] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
    const exported = JSON.parse(await streamText(await json.createReadStream())) as { articles: { title: string; outlet: string | null; text: string }[] };
    const saved = exported.articles.find((a) => a.text.includes(PAYLOAD_TEXT));
    expect(saved, 'the payload article is in the export, as text').toBeDefined();
    expect(saved!.outlet).toContain('<img src=x onerror=');
    expect(saved!.text).toContain('<script>document.documentElement.dataset.pwned');
    expect(saved!.text).toContain('WORD'.repeat(500));
    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export as CSV' }).click()]);
    const table = await streamText(await csv.createReadStream());
    expect(table.length).toBeGreaterThan(0);
    // A spreadsheet must not run a cell as a formula either.
    for (const cell of table.split(/,|\r\n/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]/);
    expect(await flags(options)).toEqual(NOTHING_RAN);

    // Nothing ran anywhere, at any point.
    for (const p of [hostile, second, popup, article, options]) expect(await flags(p)).toEqual(NOTHING_RAN);
  } finally {
    server.close();
  }
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
