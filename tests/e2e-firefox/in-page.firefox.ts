// The in-page functions both browser suites share (tests/shared/in-page.ts), in Firefox: their
// source text as this suite's transform leaves it calls no injected helper, and each one works
// in the page it is meant for (puppeteer-core sends them as Playwright does in tests/e2e).
import { describe, expect, test } from 'vitest';
import { IN_PAGE, injectedHelpers, newestOtherTab, snapshotStores, storyById, textCentre } from '../shared/in-page';
import { crossreadState, dbCounts, fixtureUrl, pointOf, waitForClaims, waitForSeeds, withFirefox } from './firefox';

describe('Firefox: the shared in-page functions', () => {
  for (const [name, fn] of Object.entries(IN_PAGE)) {
    test(`${name} is sent to the page without injected helpers`, () => {
      expect(injectedHelpers(fn)).toEqual([]);
    });
  }

  test('work in Firefox', () =>
    withFirefox(async (ff) => {
      const article = await ff.newPage();
      await article.goto(fixtureUrl('seeds/003.html'));
      await waitForClaims(article);
      expect((await crossreadState(article))?.claims.length).toBeGreaterThan(0);
      const at = await pointOf(article, 'April 16, 2024');
      expect(await article.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent ?? '', at)).toContain('April 16, 2024');
      await expect(article.evaluate(textCentre, 'words no page has')).rejects.toThrow('text not found: words no page has');

      const ext = await ff.openExtensionPage('options.html');
      await waitForSeeds(ext);
      expect((await dbCounts(ext)).articles).toBeGreaterThanOrEqual(5);
      expect(Object.keys(JSON.parse(await ext.evaluate(snapshotStores))).sort()).toEqual(['articles', 'claims', 'settings', 'stories']);
      expect((await ext.evaluate(storyById, 'trufanov'))?.enabled).toBe(true);
      expect(await ext.evaluate(storyById, 'no-such-story')).toBeUndefined();
      expect(await ext.evaluate(newestOtherTab)).toBeGreaterThan(0);
    }));
});
