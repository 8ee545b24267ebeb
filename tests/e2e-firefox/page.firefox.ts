// The in-page feature in Firefox: the core cases of tests/e2e/page.spec.ts, run on the Firefox
// (MV2) build in Debian's firefox-esr on the same fixture pages served from 127.0.0.1.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { claimByText, crossreadState, fixtureUrl, pointOf, sleep, until, waitForClaims, withFirefox, type DebugState } from './firefox';

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

      // Alt+Shift+Right moves on from the last claim in page order; focus goes to the card.
      const at3 = state.claims.findIndex((c) => c.id === conflict.id);
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await until(async () => (await crossreadState(page))?.cardOpen === true, 'Alt+Shift+Right to open a card');
      s = (await crossreadState(page))!;
      expect(s.activeId).toBe(state.claims[(at3 + 1) % state.claims.length]!.id);
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
});
