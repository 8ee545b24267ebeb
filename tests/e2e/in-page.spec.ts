// The in-page functions both browser suites share (tests/shared/in-page.ts), under Playwright's
// transform and in Chromium: their source text calls no injected helper, and each one works in
// the page it is meant for. tests/e2e-firefox/in-page.firefox.ts does the same in Firefox.
import { IN_PAGE, injectedHelpers, newestOtherTab, storyById, textCentre } from '../shared/in-page';
import { crossreadState, pointOf, waitForClaims } from './extension';
import { dbCounts, dbSnapshot, expect, openExtensionPage, seedUrl, test, waitForSeeds } from './popup-helpers';

for (const [name, fn] of Object.entries(IN_PAGE)) {
  test(`${name} is sent to the page without helpers Playwright's transform injected`, () => {
    expect(injectedHelpers(fn)).toEqual([]);
  });
}

test('the shared in-page functions work in Chromium', async ({ context, extensionId }) => {
  const article = await context.newPage();
  await article.goto(seedUrl(3));
  await waitForClaims(article);
  // The state and the point of a text, read in a web page.
  expect((await crossreadState(article))?.claims.length).toBeGreaterThan(0);
  const at = await pointOf(article, 'April 16, 2024');
  expect(await article.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent ?? '', at)).toContain('April 16, 2024');
  await expect(article.evaluate(textCentre, 'words no page has')).rejects.toThrow('text not found: words no page has');

  // The database and the tabs, read in an extension page.
  const ext = await openExtensionPage(context, extensionId, 'options.html');
  await waitForSeeds(ext);
  const counts = await dbCounts(ext);
  expect(counts.articles).toBeGreaterThanOrEqual(5);
  expect(Object.keys(JSON.parse(await dbSnapshot(ext))).sort()).toEqual(['articles', 'claims', 'settings', 'stories']);
  expect((await ext.evaluate(storyById, 'trufanov'))?.enabled).toBe(true);
  expect(await ext.evaluate(storyById, 'no-such-story')).toBeUndefined();
  expect(await ext.evaluate(newestOtherTab)).toBeGreaterThan(0);
});
