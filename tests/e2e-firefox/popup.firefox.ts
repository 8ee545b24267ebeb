// The popup in Firefox, opened as moz-extension://<uuid>/popup.html?tab=<id> for an article open
// in another tab, as the Chromium suite does (tests/e2e/popup.spec.ts): the extension's internal
// UUID is fixed by the `extensions.webextensions.uuids` pref before install (see ./firefox.ts).
import { describe, expect, test } from 'vitest';
import { crossreadState, fixtureUrl, popupFor, until, waitForSeeds, withFirefox } from './firefox';

describe('Firefox: the popup for a tab', () => {
  test('This page: the tab’s facts grouped by status with counts; choosing one opens its card in the page', () =>
    withFirefox(async (ff) => {
      const first = await ff.openExtensionPage('popup.html');
      await waitForSeeds(first);
      await first.close();
      const { article, popup, state } = await popupFor(ff, fixtureUrl('seeds/001.html'));
      await until(() => popup.evaluate(() => document.querySelectorAll('button.claim').length > 0), 'the popup to list the page’s facts', 20_000);
      const text = await popup.evaluate(() => document.body.innerText);
      expect(await popup.evaluate(() => document.querySelector('h2')?.textContent ?? '')).toContain('Moscow tells Hamas');
      expect(text).toMatch(/Story: Alexander \(Sasha\) Trufanov/);

      // Each status the page shows has a group whose count matches the page's highlights. Names
      // that agree (or that only this page names) are a group of their own, not confirmed facts,
      // as in tests/e2e/popup.spec.ts.
      const byStatus = new Map<string, number>();
      for (const c of state.claims) {
        const group = c.kind === 'name' && (c.status === 'same' || c.status === 'only') ? 'names' : c.status;
        byStatus.set(group, (byStatus.get(group) ?? 0) + 1);
      }
      expect(byStatus.size).toBeGreaterThan(1);
      for (const [status, count] of byStatus) {
        const heading = await popup.evaluate((s) => document.getElementById(`group-${s}`)?.textContent ?? '', status);
        expect(heading, status).toContain(`(${count})`);
      }
      const tab = await popup.evaluate(() => {
        const t = [...document.querySelectorAll('[role=tab]')].find((e) => e.textContent!.includes('This page'));
        return t ? { selected: t.getAttribute('aria-selected'), text: t.textContent } : null;
      });
      expect(tab?.selected).toBe('true');
      expect(tab?.text).toContain(`(${state.claims.length})`);

      // The first group is the worst status present; choosing its first fact shows it in the page
      // (popup → background → the tab's content script, all in Firefox).
      const claimId = await popup.evaluate(() => document.querySelector('button.claim')!.getAttribute('data-claim-id'));
      await popup.click('button.claim');
      await until(() => popup.evaluate(() => document.querySelector('[role=status]')?.textContent?.includes('Shown in the page') ?? false), 'the popup to say the fact is shown');
      await until(async () => (await crossreadState(article))?.cardOpen === true, 'the card to open in the article');
      expect((await crossreadState(article))?.activeId).toBe(claimId);
    }));

  test('Story and Saved: the story’s topics with conflicts first and why; the saved articles, searchable', () =>
    withFirefox(async (ff) => {
      const first = await ff.openExtensionPage('popup.html');
      await waitForSeeds(first);
      await first.close();
      const { popup } = await popupFor(ff, fixtureUrl('seeds/002.html'));
      const clickTab = (name: string) =>
        popup.evaluate((n) => ([...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent!.startsWith(n)) ?? null)?.click(), name);

      // Story: one topic per entry, every conflict before any other topic, each saying why.
      await clickTab('Story');
      await until(() => popup.evaluate(() => document.querySelectorAll('.sv-topic').length > 0), 'the story view to list its topics', 20_000);
      const view = await popup.evaluate(() => ({
        summary: document.querySelector('.sv-summary')?.textContent ?? '',
        statuses: [...document.querySelectorAll('.sv-topic')].map((e) => /sv-topic-(\w+)/.exec(e.className)?.[1] ?? ''),
        firstWhy: document.querySelector('.sv-topic .sv-why')?.textContent ?? '',
        sources: document.querySelector('.sv-topics')?.textContent ?? '',
      }));
      expect(view.summary).toContain('· 5 sources');
      expect(view.sources).toContain('The Moscow Times');
      const lastConflict = view.statuses.lastIndexOf('conflict');
      const firstOther = view.statuses.findIndex((x) => x !== 'conflict');
      expect(lastConflict).toBeGreaterThanOrEqual(0);
      if (firstOther >= 0) expect(lastConflict).toBeLessThan(firstOther);
      expect(view.firstWhy).toContain('one year apart');

      // Saved: the five seeds, each with its count of facts; the search narrows them.
      await clickTab('Saved');
      await until(() => popup.evaluate(() => document.querySelectorAll('.saved-item').length === 5), 'the five saved articles');
      expect(await popup.evaluate(() => document.querySelector('.saved-item')?.textContent ?? '')).toMatch(/\d+ facts/);
      await popup.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#saved-search')!;
        input.value = 'putin';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await until(() => popup.evaluate(() => document.querySelectorAll('.saved-item').length === 2), 'the search to leave the two about Putin');
      expect(await popup.evaluate(() => document.querySelector('[role=status]')?.textContent ?? '')).toContain('2 of 5 saved articles match');
    }));
});
