// The popup of the built extension, opened as chrome-extension://<id>/popup.html?tab=<id> for an
// article open in another tab (the toolbar popup itself cannot be driven by Playwright). The data
// comes from the extension itself: the bundled seeds and the fixture pages it has visited.
import { crossreadState } from './extension';
import { dbCounts, expect, test, LUNAR_ARTICLE, openExtensionPage, popupFor, seedUrl, serveArticle, waitForSeeds } from './popup-helpers';

test.beforeEach(async ({ context, extensionId }) => {
  const ext = await openExtensionPage(context, extensionId, 'popup.html');
  await waitForSeeds(ext);
  await ext.close();
});

test('This page: the tab’s facts grouped by status with counts; choosing one opens its card in the page', async ({ context, extensionId }) => {
  const { article, popup } = await popupFor(context, extensionId, seedUrl(1));
  const state = (await crossreadState(article))!;
  await expect(popup.getByRole('heading', { level: 2 })).toContainText('Moscow tells Hamas');
  await expect(popup.getByText(/Story: Alexander \(Sasha\) Trufanov/)).toBeVisible();

  // Each status the page shows has a group whose count matches the page's highlights.
  // Names that agree (or that only this page names) are a group of their own, not confirmed facts.
  const byStatus = new Map<string, number>();
  for (const c of state.claims) {
    const group = c.kind === 'name' && (c.status === 'same' || c.status === 'only') ? 'names' : c.status;
    byStatus.set(group, (byStatus.get(group) ?? 0) + 1);
  }
  const titles: Record<string, string> = {
    conflict: 'Conflicts', updated: 'Updated since', variant: 'Said differently', same: 'Confirmed by other sources',
    only: 'Only in this article', names: 'Names',
  };
  for (const [status, count] of byStatus) {
    await expect(popup.getByRole('heading', { level: 3, name: new RegExp(`${titles[status]} \\(${count}\\)`) })).toBeVisible();
  }
  await expect(popup.getByRole('tab', { name: /This page/ })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('tab', { name: /This page/ })).toContainText(`(${state.claims.length})`);

  // The first group is the worst status present; choose its first fact.
  const first = popup.locator('button.claim').first();
  const claimId = await first.getAttribute('data-claim-id');
  await first.click();
  await expect(popup.getByRole('status')).toContainText('Shown in the page');
  await expect.poll(async () => (await crossreadState(article))?.cardOpen).toBe(true);
  expect((await crossreadState(article))?.activeId).toBe(claimId);
});

test('tabs follow the ARIA pattern and the keyboard', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, seedUrl(0));
  await expect(popup.getByRole('tablist')).toBeVisible();
  const tab = popup.getByRole('tab', { name: /This page/ });
  await tab.focus();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('tab', { name: 'Story' })).toBeFocused();
  await expect(popup.getByRole('tab', { name: 'Story' })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-story');
  await popup.keyboard.press('End');
  await expect(popup.getByRole('tab', { name: /Saved/ })).toHaveAttribute('aria-selected', 'true');
  await popup.keyboard.press('Home');
  await expect(popup.getByRole('tab', { name: /This page/ })).toHaveAttribute('aria-selected', 'true');
  // Tab moves from the tab list into the panel.
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('tabpanel')).toBeFocused();
});

test('Story: a topic per entry, its values as groups of sources, conflicts first and explained, sortable, topics expand to sentences', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, seedUrl(2));
  await popup.getByRole('tab', { name: 'Story' }).click();
  const topics = popup.locator('.sv-topic');
  await expect(topics.first()).toBeVisible();
  await expect(popup.locator('.sv-summary')).toContainText('· 5 sources');
  await expect(popup.locator('.sv-topics')).toContainText('The Moscow Times');
  await expect(popup.locator('.sv-topics')).toContainText('2024-11-15');

  // "Most disputed first": every conflict comes before any topic that is not one, and says why.
  const status = await topics.evaluateAll((els) => els.map((e) => /sv-topic-(\w+)/.exec(e.className)![1]!));
  expect(status.length).toBeGreaterThan(0);
  const lastConflict = status.lastIndexOf('conflict');
  const firstOther = status.findIndex((s) => s !== 'conflict');
  expect(lastConflict).toBeGreaterThanOrEqual(0);
  if (firstOther >= 0) expect(lastConflict).toBeLessThan(firstOther);
  await expect(topics.first()).toContainText('Conflict');
  await expect(topics.first().locator('.sv-why')).toContainText('one year apart');

  // Sort by topic: the headings are in alphabetical order.
  await popup.getByLabel('Sort').selectOption('topic');
  await expect
    .poll(async () => {
      const names = await popup.locator('.sv-about').evaluateAll((els) => els.map((e) => e.childNodes[1]?.textContent?.trim() ?? ''));
      return names.length > 0 && names.every((name, i) => i === 0 || names[i - 1]!.localeCompare(name) <= 0);
    })
    .toBe(true);

  // A topic expands to the sentences behind its values.
  const expander = popup.locator('.sv-sentences').first();
  await expect(expander).toHaveAttribute('aria-expanded', 'false');
  await expander.click();
  await expect(expander).toHaveAttribute('aria-expanded', 'true');
  await expect(popup.locator('.sv-quotes li').first()).toContainText('“');
});

test('Saved: counts, search, remove with undo, not about this story', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, seedUrl(3));
  await popup.getByRole('tab', { name: /Saved/ }).click();
  const items = popup.locator('.saved-item');
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText(/\d+ facts · (\d+ in conflict|comparing…)/);
  await expect(popup.getByText(/in conflict/).first()).toBeVisible();

  await popup.getByLabel('Search saved articles').fill('putin');
  await expect(items).toHaveCount(2);
  await expect(popup.getByRole('status')).toContainText('2 of 5 saved articles match');
  await popup.getByLabel('Search saved articles').fill('');

  const title = 'Putin meets with former Israeli hostages';
  await popup.getByRole('button', { name: `Remove “${title}”` }).click();
  await expect(items).toHaveCount(4);
  await expect(popup.getByRole('status')).toContainText(`Removed “${title}”`);
  expect((await dbCounts(popup)).articles).toBe(4);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(5);
  await expect(popup.getByRole('status')).toContainText(`Restored “${title}”`);
  expect((await dbCounts(popup)).articles).toBe(5);

  await popup.getByRole('button', { name: new RegExp(`“${title}” is not about`) }).click();
  await expect(items.filter({ hasText: title })).toContainText('No story');
  await expect(popup.getByRole('button', { name: new RegExp(`“${title}” is not about`) })).toHaveCount(0);
});

test('a page about no story: say so, and add it to a story', async ({ context, extensionId }) => {
  const url = await serveArticle(context, 'lunar.html', LUNAR_ARTICLE);
  const { popup } = await popupFor(context, extensionId, url, { highlights: false });
  await expect(popup.getByText('This page is not about a story you follow.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Start a new story from this page…' })).toBeVisible();
  await popup.getByLabel('Add this page to').selectOption('trufanov');
  await popup.getByRole('button', { name: 'Add this page to the story' }).click();
  await expect(popup.getByText(/Added to “Alexander/)).toBeVisible();
  await expect(popup.getByText(/Story: Alexander \(Sasha\) Trufanov.* · Saved/)).toBeVisible();
  await expect(popup.locator('button.claim').first()).toBeVisible();
  expect((await dbCounts(popup)).articles).toBe(6);
});

test('a tab Crossread cannot read gets a message, not a blank panel', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html?tab=999999');
  await expect(popup.getByText('Crossread cannot read this tab.')).toBeVisible();
});
