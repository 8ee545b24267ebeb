// Accessibility in Firefox: axe-core (the engine @axe-core/playwright runs in the Chromium suite)
// injected into the popup's panels and the full-page story view, with the same rules (axe's
// defaults, as AxeBuilder runs them there): no violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { fixtureUrl, popupFor, until, waitForSeeds, withFirefox } from './firefox';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('Firefox: accessibility', () => {
  test('the popup’s three panels and the story view have no axe violation', () =>
    withFirefox(async (ff) => {
      const first = await ff.openExtensionPage('popup.html');
      await waitForSeeds(first);
      await first.close();
      const { popup } = await popupFor(ff, fixtureUrl('seeds/003.html'));
      await until(() => popup.evaluate(() => document.querySelectorAll('button.claim').length > 0), 'the popup to list the page’s facts', 20_000);
      expect(await violations(popup), 'This page').toEqual([]);
      for (const [tab, ready] of [['Story', '.sv-topic'], ['Saved', '.saved-item']] as const) {
        await popup.evaluate((n) => ([...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent!.startsWith(n)) ?? null)?.click(), tab);
        await until(() => popup.evaluate((sel) => document.querySelectorAll(sel).length > 0, ready), `the ${tab} panel`, 20_000);
        expect(await violations(popup), tab).toEqual([]);
      }
      const view = await ff.openExtensionPage('story.html?story=trufanov');
      await until(() => view.evaluate(() => document.querySelectorAll('.sv-topic').length > 0), 'the story view', 20_000);
      expect(await violations(view), 'story view').toEqual([]);
    }));
});
