// The in-page feature end to end: the built extension in Chromium on fixture pages.
import { chromium, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { claimByText, crossreadState, expect, extensionIdOf, fixtureUrl, launchWithExtension, pointOf, test, waitForClaims, type DebugState } from './extension';
import { savedArticleRows } from '../shared/in-page';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const listHtml = (dir: string) => {
  try {
    return readdirSync(fixtures + dir).filter((f) => f.endsWith('.html')).sort();
  } catch {
    return [];
  }
};
const screenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

test('seed pages get highlights with the right statuses', async ({ context }) => {
  const page = await context.newPage();
  const seen: Record<string, DebugState> = {};
  for (const n of ['000', '001', '002', '003', '004']) {
    await page.goto(fixtureUrl(`seeds/${n}.html`));
    seen[n] = await waitForClaims(page);
    expect(seen[n]!.mode).toBe('highlight-api');
  }
  // 003: the caption's date conflicts with the other sources; the spelling is a variant.
  expect(claimByText(seen['003']!, 'April 16, 2024')?.status).toBe('conflict');
  expect(seen['003']!.claims.filter((c) => c.text === 'Troufanov').map((c) => c.status)).toContain('variant');
  // 004: "251" agrees with another source's "around 250".
  const c251 = claimByText(seen['004']!, '251');
  expect(c251?.status).toBe('same');
  expect(c251?.others.map((o) => o.written).join(' | ')).toMatch(/250/);
  // No page is compared with its own bundled copy.
  for (const n of Object.keys(seen)) {
    for (const c of seen[n]!.claims) expect(c.others.every((o) => !o.url.endsWith(`/corpus/${n}.html`))).toBe(true);
  }
});

test('a click opens the card with the other sources; Esc and keyboard work', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('seeds/003.html'));
  const state = await waitForClaims(page);
  const conflict = claimByText(state, 'April 16, 2024')!;
  // Screen readers hear that the facts are there and how to reach them: the marked ones (the
  // calm default leaves agreeing names unmarked, see calm-page.spec.ts).
  const marked = state.claims.filter((c) => c.mark !== null);
  await expect(page.locator('crossread-card [role=status]')).toContainText(`Crossread marked ${marked.length} checkable facts`);
  const at = await pointOf(page, 'April 16, 2024');
  await page.mouse.click(at.x, at.y);
  let s = (await crossreadState(page))!;
  expect(s.cardOpen).toBe(true);
  expect(s.activeId).toBe(conflict.id);
  for (const o of conflict.others) expect(s.cardText).toContain(o.written);
  expect(s.cardText).toContain('Conflicts with another source');
  await page.screenshot({ path: screenshots + 'page-card.png' });

  // The legend is one click away, inside the card.
  await page.locator('crossread-card').getByRole('button', { name: 'What do the marks mean?' }).click();
  expect((await crossreadState(page))!.cardText).toContain('Dotted violet underline');

  await page.keyboard.press('Escape');
  expect((await crossreadState(page))!.cardOpen).toBe(false);

  // A click outside any claim opens nothing.
  await page.mouse.click(5, 5);
  expect((await crossreadState(page))!.cardOpen).toBe(false);

  // Keyboard: Alt+Shift+Right moves on to the next marked claim in page order; focus goes to the card.
  const at3 = marked.findIndex((c) => c.id === conflict.id);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  s = (await crossreadState(page))!;
  expect(s.cardOpen).toBe(true);
  expect(s.activeId).toBe(marked[(at3 + 1) % marked.length]!.id);
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('crossread-card');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  expect((await crossreadState(page))!.activeId).toBe(conflict.id);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  expect((await crossreadState(page))!.cardOpen).toBe(true);
});

test('screenshot of a highlighted seed page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('seeds/003.html'));
  await waitForClaims(page);
  await page.evaluate(() => document.querySelector('h1')!.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: screenshots + 'page-highlights.png' });
});

test('nothing is highlighted on off-story pages', async ({ context }) => {
  const files = listHtml('offstory');
  test.skip(files.length === 0, 'no off-story fixtures yet');
  const page = await context.newPage();
  // A story page first, so the seeds are loaded and the pre-check really runs.
  await page.goto(fixtureUrl('seeds/000.html'));
  await waitForClaims(page);
  for (const f of files) {
    await page.goto(fixtureUrl(`offstory/${f}`));
    await page.waitForFunction(() => performance.getEntriesByName('crossread:decided-off-story').length + performance.getEntriesByName('crossread:decided-story').length > 0);
    await page.waitForTimeout(300);
    const s = await crossreadState(page);
    expect(s?.claims ?? [], f).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.size), f).toBe(0);
    expect(await page.locator('crossread-mark, crossread-card, #crossread-highlight-style').count(), f).toBe(0);
  }
});

test('highlighting leaves every element box where it was', async ({ context }) => {
  const boxes = (p: Page) =>
    p.evaluate(() =>
      [...document.querySelectorAll('body *')].map((el) => {
        const r = el.getBoundingClientRect();
        return [el.localName, r.x, r.y, r.width, r.height].join(' ');
      }),
    );
  const plain = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const path of ['seeds/003.html', 'heavy/002.html']) {
    const ref = await plain.newPage({ viewport: { width: 1100, height: 900 } });
    await ref.goto(fixtureUrl(path));
    const page = await context.newPage();
    await page.goto(fixtureUrl(path));
    await waitForClaims(page);
    expect(await boxes(page), path).toEqual(await boxes(ref));
  }
  await plain.close();
});

test('a changed page drops highlights whose words are gone and keeps the others', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('seeds/003.html'));
  const before = await waitForClaims(page);
  expect(claimByText(before, '498')).toBeTruthy();
  await page.evaluate(() => {
    // Text inserted before every claim (offsets shift) and one figure rewritten.
    const h1 = document.querySelector('h1')!;
    h1.after(Object.assign(document.createElement('p'), { textContent: 'Update: this story was corrected.' }));
    for (const p of document.querySelectorAll('p')) p.innerHTML = p.innerHTML.replace('498 days', '499 days');
  });
  // Until the batched re-read runs, the replaced nodes' ranges are empty; then they are found again.
  await expect
    .poll(async () => {
      const s = (await crossreadState(page))!;
      return s.claims.length > 0 && s.claims.every((c) => c.text !== '') && !s.claims.some((c) => c.text.includes('498'));
    }, { timeout: 5000 })
    .toBe(true);
  const after = (await crossreadState(page))!;
  expect(after.claims.some((c) => c.text.includes('499'))).toBe(false); // never moved onto other words
  expect(claimByText(after, 'April 16, 2024')?.status).toBe('conflict');
  for (const c of after.claims) expect(c.text).toBe(before.claims.find((b) => b.id === c.id)!.text);
});

test('saved articles survive a browser restart, and the extension makes no network request', async ({ userDataDir }) => {
  const onStory = listHtml('onstory');
  const path = onStory.length ? `onstory/${onStory[0]}` : 'heavy/001.html';
  // Every request the browser makes is seen, the service worker's included (a canary fetch
  // below proves it). Pages come from 127.0.0.1; the extension itself may only read its own files.
  const foreign: string[] = [];
  const fromWorker: string[] = [];
  let context = await launchWithExtension(userDataDir);
  const watch = (c: typeof context) =>
    c.on('request', (r) => {
      const u = new URL(r.url());
      if (r.serviceWorker()) fromWorker.push(r.url());
      if (!['127.0.0.1:', 'chrome-extension:', 'data:'].some((ok) => u.host.startsWith(ok) || u.protocol === ok)) foreign.push(r.url());
    });
  watch(context);
  const id = await extensionIdOf(context);
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(() => fetch(new URL('/stories/trufanov.json', location.href)).then((r) => r.text()));
  let page = await context.newPage();
  await page.goto(fixtureUrl(path));
  await waitForClaims(page);
  const savedRows = (p: Page) => p.evaluate(savedArticleRows);
  await page.goto(`chrome-extension://${id}/popup.html`);
  const before = await savedRows(page);
  // Five bundled seeds, and the visited page saved (as a row of its own or as the seed it copies).
  expect(before.length).toBeGreaterThanOrEqual(5);
  expect(before.some((r) => r.startsWith('visited'))).toBe(true);
  await context.close();

  context = await launchWithExtension(userDataDir);
  watch(context);
  page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  expect(await savedRows(page)).toEqual(before);
  await context.close();
  expect(foreign).toEqual([]);
  expect(fromWorker.some((u) => u.endsWith('/stories/trufanov.json'))).toBe(true);
  expect(fromWorker.filter((u) => !u.startsWith(`chrome-extension://${id}/`))).toEqual([]);
});

test('turning Crossread off for the site removes every trace; on again brings it back', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('seeds/004.html'));
  const state = await waitForClaims(page);
  await page.keyboard.press('Alt+Shift+ArrowRight'); // a card is open too
  expect((await crossreadState(page))!.cardOpen).toBe(true);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // What the popup sends after changing the off-list (@webext-core/messaging's message shape).
  const notify = (enabled: boolean) =>
    sw.evaluate(async (enabled) => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      for (const tab of await c.tabs.query({})) {
        await c.tabs.sendMessage(tab.id, { id: 1, type: 'pageSettingsChanged', data: { enabled }, timestamp: Date.now() }).catch(() => null);
      }
    }, enabled);
  await notify(false);
  await expect.poll(async () => (await crossreadState(page))!.claims.length).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML.toLowerCase().includes('crossread'))).toBe(false);
  await notify(true);
  await expect.poll(async () => (await crossreadState(page))!.claims.length, { timeout: 15_000 }).toBe(state.claims.length);
});

test('the wrapping fallback: same statuses, clicks, page changes and removal', async ({ context }) => {
  const page = await context.newPage();
  // E2E builds only: makes the content script use <crossread-mark> instead of CSS.highlights.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.setAttribute('data-crossread-test-wrap', '');
      // The page's shape as served, before the content script runs (at document_idle).
      (window as unknown as { shape: number[] }).shape = [...document.body.querySelectorAll('*')].map((e) => e.childNodes.length);
    }),
  );
  await page.goto(fixtureUrl('seeds/003.html'));
  const state = await waitForClaims(page);
  expect(state.mode).toBe('wrap');
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(await page.locator('crossread-mark').count()).toBeGreaterThanOrEqual(state.claims.length);
  expect(claimByText(state, 'April 16, 2024')?.status).toBe('conflict');

  const at = await pointOf(page, 'April 16, 2024');
  await page.mouse.click(at.x, at.y);
  expect((await crossreadState(page))!.activeId).toBe(claimByText(state, 'April 16, 2024')!.id);
  await page.keyboard.press('Escape');

  await page.evaluate(() => {
    for (const p of document.querySelectorAll('p')) if (p.textContent!.includes('498')) p.textContent = p.textContent!.replace('498 days', '499 days');
  });
  await expect
    .poll(async () => {
      const s = (await crossreadState(page))!;
      return s.claims.length > 0 && s.claims.every((c) => c.text !== '') && !s.claims.some((c) => c.text.includes('498'));
    }, { timeout: 5000 })
    .toBe(true);
  expect(claimByText((await crossreadState(page))!, 'April 16, 2024')?.status).toBe('conflict');

  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    for (const tab of await c.tabs.query({})) {
      await c.tabs.sendMessage(tab.id, { id: 1, type: 'pageSettingsChanged', data: { enabled: false }, timestamp: Date.now() }).catch(() => null);
    }
  });
  await expect.poll(() => page.locator('crossread-mark').count()).toBe(0);
  // Every mark is gone and every split text node joined again: the page has its served shape.
  expect(
    await page.evaluate(() => {
      const now = [...document.body.querySelectorAll('*')].map((e) => e.childNodes.length);
      return JSON.stringify(now) === JSON.stringify((window as unknown as { shape: number[] }).shape);
    }),
  ).toBe(true);
});
