// "Follow this story" in the built extension: on an article about no story the popup proposes a
// story, the reader corrects and saves it in the popup, a saved article of the same story is
// attached to it at once, and the open page gets its highlights without a reload. The pages are
// invented reports (tests/fixtures/follow-articles.ts): this checks the mechanism; accuracy on
// real coverage is scripts/bench-follow.ts's job.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from '@playwright/test';
import { crossreadState, fixtureUrl, waitForClaims } from './extension';
import { expect, openExtensionPage, popupFor, seedUrl, storyRow, test, waitForSeeds } from './popup-helpers';
import { BRIDGE_FIRST, BRIDGE_SECOND, articlePage, type FictionalArticle } from '../fixtures/follow-articles';

async function serve(context: BrowserContext, path: string, a: FictionalArticle): Promise<string> {
  const url = fixtureUrl(`follow-tests/${path}`);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: articlePage(a) }));
  return url;
}

/** Rows of the articles store, read straight from the extension's IndexedDB. */
async function savedArticles(page: import('@playwright/test').Page): Promise<{ url: string; storyId: string | null; outlet: string | null }[]> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('crossread');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const r = db.transaction('articles').objectStore('articles').getAll();
          r.onsuccess = () => {
            db.close();
            done(r.result.map((a: { url: string; storyId: string | null; outlet: string | null }) => ({ url: a.url, storyId: a.storyId, outlet: a.outlet })));
          };
        };
      }),
  );
}

async function turnOffBuiltInStory(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await waitForSeeds(options);
  await options.locator('.story-item').filter({ hasText: 'Alexander (Sasha) Trufanov' }).getByLabel('Look for this story').uncheck();
  await expect.poll(async () => (await storyRow(options, 'trufanov'))?.enabled).toBe(false);
  await options.close();
}

test('follow a story from a page about none: a saved report is attached, the page is highlighted without a reload', async ({ context, extensionId }) => {
  // An earlier report of the event, saved by the reader while it belonged to no story they follow:
  // added to the built-in story, which they then turned off.
  const ext = await openExtensionPage(context, extensionId, 'options.html');
  await waitForSeeds(ext);
  await ext.close();
  const secondUrl = await serve(context, 'second.html', BRIDGE_SECOND);
  const first = await popupFor(context, extensionId, secondUrl, { highlights: false });
  await first.popup.getByLabel('Add this page to').selectOption('trufanov');
  await first.popup.getByRole('button', { name: 'Add this page to the story' }).click();
  await expect(first.popup.getByText(/Added to “Alexander/)).toBeVisible();
  await first.article.close();
  await first.popup.close();
  await turnOffBuiltInStory(context, extensionId);

  const url = await serve(context, 'first.html', BRIDGE_FIRST);
  const { article, popup } = await popupFor(context, extensionId, url, { highlights: false });
  expect((await crossreadState(article))?.claims ?? []).toHaveLength(0);
  await expect(popup.getByText('This page is not about a story you follow.')).toBeVisible();
  await popup.getByRole('button', { name: 'Follow this story' }).click();

  const form = popup.getByRole('form', { name: 'Follow this story' });
  await expect(form.getByLabel('Story name')).toHaveValue(BRIDGE_FIRST.title);
  await expect(form.getByLabel('Story name')).toBeFocused();
  const people = form.getByRole('group', { name: 'People' });
  await expect(people.getByRole('button', { name: 'Ingrid Solberg is a main person of the story' })).toHaveAttribute('aria-pressed', 'true');
  await expect(people.getByRole('button', { name: 'Tomas Varga is a main person of the story' })).toHaveAttribute('aria-pressed', 'false');
  await expect(form.getByRole('group', { name: 'Places and organisations' }).getByRole('listitem').filter({ hasText: 'Veldmark Transit Authority' })).toBeVisible();
  await expect(form.getByRole('group', { name: 'Terms' }).getByRole('listitem').filter({ hasText: 'suspension cables' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    expect((await new AxeBuilder({ page: popup }).include('.follow-form').analyze()).violations, colorScheme).toEqual([]);
  }

  // Keyboard only: remove a person, add a term with Enter (which adds and does not save), rename.
  await people.getByRole('button', { name: 'Tomas Varga is a main person of the story' }).focus();
  await popup.keyboard.press('Space');
  await expect(people.getByRole('button', { name: 'Tomas Varga is a main person of the story' })).toHaveAttribute('aria-pressed', 'true');
  await popup.keyboard.press('Space');
  await people.getByRole('button', { name: 'Remove Tomas Varga' }).focus();
  await popup.keyboard.press('Enter');
  await expect(people.getByRole('listitem').filter({ hasText: 'Tomas Varga' })).toHaveCount(0);
  await expect(people.getByRole('status')).toHaveText('Removed Tomas Varga.');
  const addTerm = form.getByRole('group', { name: 'Terms' }).getByRole('textbox', { name: 'Add a term' });
  await addTerm.fill('load test');
  await addTerm.press('Enter');
  await expect(form.getByRole('group', { name: 'Terms' }).getByRole('listitem').filter({ hasText: 'load test' })).toBeVisible();
  await form.getByLabel('Story name').fill('Veldmark bridge closure');
  await form.getByRole('button', { name: 'Save and follow' }).click();

  await expect(popup.getByRole('status').filter({ hasText: 'Following “Veldmark bridge closure”' })).toContainText('1 saved article added to it: North Courier');
  const story = await storyRow(popup, 'own-veldmark-bridge-closure');
  expect(story).toMatchObject({ enabled: true, title: 'Veldmark bridge closure' });
  const saved = await savedArticles(popup);
  expect(saved.find((a) => a.outlet === 'North Courier')?.storyId).toBe('own-veldmark-bridge-closure');

  // The open page was told, and highlights its facts now, compared with the attached report.
  const state = await waitForClaims(article);
  expect(state.claims.length).toBeGreaterThan(0);
  expect(state.claims.some((c) => c.others.some((o) => o.outlet === 'North Courier'))).toBe(true);
  // And the popup shows the page on its new story.
  await expect(popup.getByText(/Story: Veldmark bridge closure/)).toBeVisible();
});

test('cancel leaves everything as it was, and saving needs a person or a place', async ({ context, extensionId }) => {
  const ext = await openExtensionPage(context, extensionId, 'options.html');
  await waitForSeeds(ext);
  await ext.close();
  const url = await serve(context, 'first.html', BRIDGE_FIRST);
  const { popup } = await popupFor(context, extensionId, url, { highlights: false });
  await popup.getByRole('button', { name: 'Follow this story' }).click();
  const form = popup.getByRole('form', { name: 'Follow this story' });
  // The proposal arrives after the click: wait for it before emptying the lists.
  await expect(form.getByRole('group', { name: 'People' }).getByRole('listitem').first()).toBeVisible();
  for (const group of ['People', 'Places and organisations']) {
    const list = form.getByRole('group', { name: group });
    while ((await list.getByRole('button', { name: /^Remove / }).count()) > 0) await list.getByRole('button', { name: /^Remove / }).first().click();
  }
  await expect(form.getByRole('group', { name: 'People' })).toContainText('None.');
  await expect(form.getByRole('group', { name: 'Places and organisations' })).toContainText('None.');
  await form.getByRole('button', { name: 'Save and follow' }).click();
  await expect(form.getByRole('alert')).toContainText('at least one person, place or organisation');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(popup.getByRole('button', { name: 'Follow this story' })).toBeFocused();
  expect(await storyRow(popup, 'own-veldmark-bridge-closure')).toBeUndefined();
});

test('the seed pages, built-in story off: following one attaches the other saved seeds', async ({ context, extensionId }) => {
  await turnOffBuiltInStory(context, extensionId);
  const { article, popup } = await popupFor(context, extensionId, seedUrl(1), { highlights: false });
  await popup.getByRole('button', { name: 'Follow this story' }).click();
  const form = popup.getByRole('form', { name: 'Follow this story' });
  await expect(form.getByRole('group', { name: 'People' }).getByRole('listitem').first()).toContainText(/Tru?o?ufanov/);
  await form.getByLabel('Story name').fill('Trufanov, followed');
  await form.getByRole('button', { name: 'Save and follow' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Following “Trufanov, followed”' })).toContainText(/saved articles added to it/);
  const onStory = (await savedArticles(popup)).filter((a) => a.storyId === 'own-trufanov-followed');
  expect(onStory.length).toBeGreaterThanOrEqual(3);
  const state = await waitForClaims(article);
  expect(state.claims.some((c) => c.status !== 'only')).toBe(true);
});
