// The calm page: by default a seed page marks conflicts, updates, other spellings and facts only
// it reports; agreeing figures and dates get a quiet mark and agreeing names none. The card says
// why a source conflicts; the legend says what each mark (and no mark) means; "Show every mark"
// in the options brings every mark back on the open page. Screenshots go to docs/screenshots.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { crossreadState, expect, extensionIdOf, fixtureUrl, pointOf, test, waitForClaims, type DebugState } from './extension';

const shots = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

const byText = (s: DebugState, text: string) => s.claims.filter((c) => c.text === text);

/** axe on the card only: the fixture page is a saved news page, not ours to fix. */
async function axeCard(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('crossread-card').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the Kremlin page is calm by default: agreeing names unmarked, agreement quiet, disputes marked', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('seeds/003.html'));
  const state = await waitForClaims(page);

  // The names every source spells alike carry no mark; they are still known (popup, card).
  for (const name of ['Vladimir', 'Putin']) {
    const found = byText(state, name);
    expect(found.length, name).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.status, name).toBe('same');
      expect(c.mark, name).toBeNull();
    }
  }
  // What needs checking is marked by its status.
  expect(state.claims.find((c) => c.text.includes('April 16, 2024'))?.mark).toBe('conflict');
  expect(byText(state, 'Troufanov').map((c) => c.mark)).toContain('variant');
  // An agreeing date or figure is there, quietly.
  const agreeing = state.claims.filter((c) => c.status === 'same' && c.kind !== 'name');
  expect(agreeing.length).toBeGreaterThan(0);
  for (const c of agreeing) expect(c.mark).toBe('quiet');
  // No loud "agrees" highlight on the calm page at all.
  expect(await page.evaluate(() => CSS.highlights.has('crossread-same'))).toBe(false);
  expect(await page.evaluate(() => CSS.highlights.has('crossread-quiet'))).toBe(true);

  // Screen readers hear how many facts are marked, not how many names were found.
  const marked = state.claims.filter((c) => c.mark !== null).length;
  expect(marked).toBeLessThan(state.claims.length);
  await expect(page.locator('crossread-card [role=status]')).toContainText(`Crossread marked ${marked} checkable facts`);

  await page.evaluate(() => document.querySelector('h1')!.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: shots('page-calm.png') });

  // An unmarked name is plain text: clicking it opens nothing.
  const putin = await pointOf(page, 'Putin has met');
  await page.mouse.click(putin.x - 30, putin.y);
  expect((await crossreadState(page))!.cardOpen).toBe(false);

  // Keyboard movement visits marked facts only.
  const seen = new Set<string>();
  for (let i = 0; i < marked; i++) {
    await page.keyboard.press('Alt+Shift+ArrowRight');
    seen.add((await crossreadState(page))!.activeId!);
  }
  const unmarked = new Set(state.claims.filter((c) => c.mark === null).map((c) => c.id));
  expect([...seen].filter((id) => unmarked.has(id))).toEqual([]);
  expect(seen.size).toBe(marked);
});

test('the card says why a source conflicts, and the legend explains the calm marks (light and dark)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('seeds/003.html'));
  await waitForClaims(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const at = await pointOf(page, 'April 16, 2024');
    await page.mouse.click(at.x, at.y);
    const s = (await crossreadState(page))!;
    expect(s.cardOpen).toBe(true);
    // The two values, what each stands for, and what differs.
    expect(s.cardText).toContain('on Wednesday (16 Apr 2025) vs April 16, 2024 for the same event: the same day of the year, one year apart.');
    await expect(page.locator('crossread-card .cr-why').first()).toBeVisible();
    expect(await axeCard(page)).toEqual([]);
    await page.screenshot({ path: shots(colorScheme === 'light' ? 'page-card-why.png' : 'page-card-why-dark.png') });

    await page.locator('crossread-card').getByRole('button', { name: 'What do the marks mean?' }).click();
    const legend = (await crossreadState(page))!.cardText!;
    expect(legend).toContain('No mark');
    expect(legend).toContain('Faint green underline');
    expect(legend).toContain('Show every mark');
    expect(await axeCard(page)).toEqual([]);
    if (colorScheme === 'light') await page.locator('crossread-card .cr-card').screenshot({ path: shots('card-legend.png') });
    await page.keyboard.press('Escape');
  }
});

test('"Show every mark" in the options marks agreeing names again on the open page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('seeds/003.html'));
  await waitForClaims(page);
  const id = await extensionIdOf(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  const box = options.getByRole('checkbox', { name: 'Show every mark' });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(options.getByRole('status').filter({ hasText: 'every fact' })).toBeVisible();
  const result = await new AxeBuilder({ page: options }).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);

  await page.bringToFront();
  await expect
    .poll(async () => {
      const s = await crossreadState(page);
      return s ? byText(s, 'Putin').map((c) => c.mark) : [];
    })
    .toContain('same');
  const all = (await crossreadState(page))!;
  for (const c of all.claims) expect(c.mark).toBe(c.status);
  expect(await page.evaluate(() => CSS.highlights.has('crossread-same'))).toBe(true);

  // And back to calm.
  await options.bringToFront();
  await box.uncheck();
  await page.bringToFront();
  await expect.poll(async () => byText((await crossreadState(page)) ?? { claims: [] } as unknown as DebugState, 'Putin').map((c) => c.mark)).toEqual(
    byText(all, 'Putin').map(() => null),
  );
});
