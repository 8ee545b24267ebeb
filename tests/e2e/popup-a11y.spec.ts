// axe-core on every popup panel in both colour schemes, and the screenshots in docs/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, openExtensionPage, test, popupFor, seedUrl, waitForSeeds } from './popup-helpers';

const shots = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

test.beforeEach(async ({ context, extensionId }) => {
  const ext = await openExtensionPage(context, extensionId, 'popup.html');
  await waitForSeeds(ext);
  await ext.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`popup: no axe violations on any panel (${colorScheme})`, async ({ context, extensionId }) => {
    const { popup } = await popupFor(context, extensionId, seedUrl(1));
    await popup.emulateMedia({ colorScheme });
    const panels: [RegExp, () => Promise<void>][] = [
      [/This page/, () => expect(popup.locator('button.claim').first()).toBeVisible()],
      [/Story/, async () => {
        await popup.locator('.sv-sentences').first().click();
        await expect(popup.locator('.sv-quotes').first()).toBeVisible();
      }],
      [/Saved/, () => expect(popup.getByText(/in conflict/).first()).toBeVisible()],
    ];
    for (const [name, ready] of panels) {
      await popup.getByRole('tab', { name }).click();
      await ready();
      const result = await new AxeBuilder({ page: popup }).analyze();
      expect(result.violations.map((v) => `${name.source} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('screenshots of the popup panels and the options page', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, seedUrl(1));
  await popup.emulateMedia({ colorScheme: 'light' });
  await expect(popup.locator('button.claim').first()).toBeVisible();
  await popup.screenshot({ path: shots('popup-this-page.png') });
  await popup.getByRole('tab', { name: 'Story' }).click();
  await popup.locator('.sv-sentences').first().click();
  await expect(popup.locator('.sv-quotes').first()).toBeVisible();
  await popup.screenshot({ path: shots('popup-story.png') });
  await popup.getByRole('tab', { name: /Saved/ }).click();
  await expect(popup.getByText(/in conflict/).first()).toBeVisible();
  await popup.screenshot({ path: shots('popup-saved.png') });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.getByRole('tab', { name: 'Story' }).click();
  await expect(popup.locator('.sv-topics')).toBeVisible();
  await popup.screenshot({ path: shots('popup-story-dark.png') });

  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.setViewportSize({ width: 1000, height: 900 });
  await expect(options.getByRole('heading', { name: /Alexander \(Sasha\) Trufanov/ })).toBeVisible();
  await options.screenshot({ path: shots('options-page.png'), fullPage: true });
});
