// The in-page feature in Firefox: the core cases of tests/e2e/page.spec.ts, run on the Firefox
// (MV2) build in Debian's firefox-esr on the same fixture pages served from 127.0.0.1.
import type { Page } from 'puppeteer-core';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { claimByText, crossreadState, fixtureUrl, newestOtherTabId, pointOf, sleep, until, waitForClaims, waitForSeeds, withFirefox, type DebugState } from './firefox';

const offStory = readdirSync(fileURLToPath(new URL('../fixtures/offstory/', import.meta.url)))
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('Firefox: highlights in the page', () => {
  test('seed pages get highlights with the right statuses', () =>
    withFirefox(async (ff) => {
      const page = await ff.newPage();
      const seen: Record<string, DebugState> = {};
      for (const n of ['000', '001', '002', '003', '004']) {
        await page.goto(fixtureUrl(`seeds/${n}.html`));
        seen[n] = await waitForClaims(page);
        expect(seen[n]!.mode, n).toBe('highlight-api');
        // The marks are painted with the CSS Custom Highlight API, registered in the page.
        expect(await page.evaluate(() => CSS.highlights.size), n).toBeGreaterThan(0);
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
        for (const c of seen[n]!.claims) expect(c.others.every((o) => !o.url.endsWith(`/corpus/${n}.html`)), `${n}: ${c.text}`).toBe(true);
      }
    }));

  test('a click opens the card with the other sources; Esc and the keyboard work', () =>
    withFirefox(async (ff) => {
      const page = await ff.newPage();
      await page.goto(fixtureUrl('seeds/003.html'));
      const state = await waitForClaims(page);
      const conflict = claimByText(state, 'April 16, 2024')!;
      expect(conflict.others.length).toBeGreaterThan(0);
      const at = await pointOf(page, 'April 16, 2024');
      await page.mouse.click(at.x, at.y);
      await until(async () => (await crossreadState(page))?.cardOpen === true, 'the card to open');
      let s = (await crossreadState(page))!;
      expect(s.activeId).toBe(conflict.id);
      for (const o of conflict.others) expect(s.cardText).toContain(o.written);
      expect(s.cardText).toContain('Conflicts with another source');

      await page.keyboard.press('Escape');
      await until(async () => (await crossreadState(page))?.cardOpen === false, 'Escape to close the card');

      // A click outside any claim opens nothing.
      await page.mouse.click(5, 5);
      await sleep(300);
      expect((await crossreadState(page))!.cardOpen).toBe(false);

      // Alt+Shift+Right moves on to the next marked claim in page order (the calm default leaves
      // agreeing names unmarked, lib/highlight/mark-policy.ts); focus goes to the card.
      const marked = state.claims.filter((c) => c.mark !== null);
      const at3 = marked.findIndex((c) => c.id === conflict.id);
      expect(at3).toBeGreaterThanOrEqual(0);
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await until(async () => (await crossreadState(page))?.cardOpen === true, 'Alt+Shift+Right to open a card');
      s = (await crossreadState(page))!;
      expect(s.activeId).toBe(marked[(at3 + 1) % marked.length]!.id);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('crossread-card');
    }));

  test('nothing is highlighted on off-story pages', () =>
    withFirefox(async (ff) => {
      expect(offStory.length).toBeGreaterThan(0);
      const page = await ff.newPage();
      // A story page first, so the seeds are loaded and the pre-check really runs.
      await page.goto(fixtureUrl('seeds/000.html'));
      await waitForClaims(page);
      for (const f of offStory) {
        await page.goto(fixtureUrl(`offstory/${f}`));
        await until(
          () => page.evaluate(() => performance.getEntriesByName('crossread:decided-off-story').length + performance.getEntriesByName('crossread:decided-story').length > 0),
          `the content script's decision on ${f}`,
          20_000,
        );
        await sleep(300);
        const s = await crossreadState(page);
        expect(s?.claims ?? [], f).toEqual([]);
        expect(await page.evaluate(() => CSS.highlights.size), f).toBe(0);
        expect(await page.evaluate(() => document.querySelectorAll('crossread-mark, crossread-card, #crossread-highlight-style').length), f).toBe(0);
      }
    }));

  test('a changed page drops highlights whose words are gone and keeps the others', () =>
    withFirefox(async (ff) => {
      const page = await ff.newPage();
      await page.goto(fixtureUrl('seeds/003.html'));
      const before = await waitForClaims(page);
      expect(claimByText(before, '498')).toBeTruthy();
      await page.evaluate(() => {
        // Text inserted before every claim (offsets shift) and one figure rewritten.
        const h1 = document.querySelector('h1')!;
        h1.after(Object.assign(document.createElement('p'), { textContent: 'Update: this story was corrected.' }));
        for (const p of document.querySelectorAll('p')) p.innerHTML = p.innerHTML.replace('498 days', '499 days');
      });
      await until(async () => {
        const s = (await crossreadState(page))!;
        return s.claims.length > 0 && s.claims.every((c) => c.text !== '') && !s.claims.some((c) => c.text.includes('498'));
      }, 'the re-read after the change');
      const after = (await crossreadState(page))!;
      expect(after.claims.some((c) => c.text.includes('499'))).toBe(false); // never moved onto other words
      expect(claimByText(after, 'April 16, 2024')?.status).toBe('conflict');
      for (const c of after.claims) expect(c.text).toBe(before.claims.find((b) => b.id === c.id)!.text);
    }));

  test('turning Crossread off for the site removes every trace; on again brings it back', () =>
    withFirefox(async (ff) => {
      const ext = await ff.openExtensionPage('popup.html');
      await waitForSeeds(ext);
      const page = await ff.newPage();
      await page.goto(fixtureUrl('seeds/004.html'));
      const state = await waitForClaims(page);
      const tabId = await newestOtherTabId(ext);
      await notify(ext, tabId, false);
      await until(async () => (await crossreadState(page))?.claims.length === 0, 'the highlights to go');
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.outerHTML.toLowerCase().includes('crossread'))).toBe(false);
      await notify(ext, tabId, true);
      await until(async () => (await crossreadState(page))?.claims.length === state.claims.length, 'the highlights to come back', 20_000);
    }));

  test('the wrapping fallback: the same statuses, and every mark removed when turned off', () =>
    withFirefox(async (ff) => {
      const ext = await ff.openExtensionPage('popup.html');
      await waitForSeeds(ext);
      const page = await ff.newPage();
      // E2E builds only: makes the content script use <crossread-mark> instead of CSS.highlights.
      await page.evaluateOnNewDocument(() =>
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
      expect(await page.evaluate(() => document.querySelectorAll('crossread-mark').length)).toBeGreaterThanOrEqual(state.claims.length);
      expect(claimByText(state, 'April 16, 2024')?.status).toBe('conflict');
      const at = await pointOf(page, 'April 16, 2024');
      await page.mouse.click(at.x, at.y);
      await until(async () => (await crossreadState(page))?.activeId === claimByText(state, 'April 16, 2024')!.id, 'a click on a wrapped mark to open its card');

      await notify(ext, await newestOtherTabId(ext), false);
      await until(() => page.evaluate(() => document.querySelectorAll('crossread-mark').length === 0), 'the marks to go');
      // Every mark is gone and every split text node joined again: the page has its served shape.
      expect(
        await page.evaluate(() => {
          const now = [...document.body.querySelectorAll('*')].map((e) => e.childNodes.length);
          return JSON.stringify(now) === JSON.stringify((window as unknown as { shape: number[] }).shape);
        }),
      ).toBe(true);
    }));
});

/** What the popup sends after changing the off-list (@webext-core/messaging's message shape), sent from an extension page. */
async function notify(ext: Page, tabId: number, enabled: boolean): Promise<void> {
  await ext.evaluate(
    async (tabId, enabled) => {
      const tabs = (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).browser.tabs;
      await tabs.sendMessage(tabId, { id: 1, type: 'pageSettingsChanged', data: { enabled }, timestamp: Date.now() });
    },
    tabId,
    enabled,
  );
}
