// The story view with thirty sources, in the popup's width and in the full page it opens: topics
// with their values as groups of outlet chips, the disputed value first with why, a status filter
// and sorting, what changed since the last visit; axe on each, light and dark, and screenshots.
// The thirty sources are the five bundled seed articles plus 25 copies of them under other
// outlets, later dates and, for the last copies, other figures: the engine compares them as it
// compares any saved articles, so the conflicts and updates shown are its own.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect, openExtensionPage, popupFor, seedUrl, test, waitForSeeds } from './popup-helpers';

const shots = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

const OUTLETS = [
  'Northern Ledger', 'Harbour Courier', 'Valley Gazette', 'Evening Dispatch', 'Metro Bulletin',
  'Coastal Herald', 'Plains Observer', 'River Times', 'Capital Wire', 'Daily Lantern',
  'Morning Sentinel', 'Island Post', 'Summit Review', 'Lakeside Chronicle', 'Border Press',
  'Frontier Journal', 'Union Record', 'Granite Standard', 'Prairie Voice', 'Delta News',
  'Highland Mail', 'Pacific Signal', 'Atlas Report', 'Compass Daily', 'Meridian News',
];

/**
 * Adds 25 copies of the seed articles (5 rounds × 5 seeds) and sets the story's lastOpenedAt
 * between round 3 and 4, so the two last rounds are "since you last read".
 */
async function fillThirtySources(ext: Page): Promise<void> {
  await ext.evaluate(
    (outlets) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('crossread');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(['articles', 'claims']);
          const articlesReq = read.objectStore('articles').getAll();
          const claimsReq = read.objectStore('claims').getAll();
          read.oncomplete = () => {
            type Row = Record<string, unknown> & { id: number };
            const seeds = (articlesReq.result as Row[]).filter((a) => a.bundled && a.storyId === 'trufanov');
            const claims = claimsReq.result as Array<Record<string, unknown> & { articleId: number; id: string; kind: string; written: string; value: { type: string; value: number; low: number; high: number } }>;
            // Just after the seeds were saved (and so before the test opens the story): the
            // seeds are older than the last visit, the two last rounds newer.
            const base = Math.max(...seeds.map((s) => s.savedAt as number)) + 1;
            const tx = db.transaction(['articles', 'claims', 'stories'], 'readwrite');
            const day = (iso: string, plus: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
            for (let round = 1; round <= 5; round++) {
              seeds.forEach((seed, i) => {
                const n = (round - 1) * seeds.length + i;
                const outlet = outlets[n % outlets.length];
                const { id: _id, ...rest } = seed;
                const from = (seed.published as string | null) ?? (seed.asOf as string | null) ?? '2025-04-17';
                const copy = {
                  ...rest,
                  url: `https://copy${n}.example/trufanov/${i}`,
                  outlet,
                  title: `${seed.title as string} (${outlet})`,
                  published: day(from, round * 9),
                  bundled: false,
                  savedAt: base + round * 10 + i,
                  updatedAt: base + round * 10 + i,
                };
                const req = tx.objectStore('articles').add(copy);
                req.onsuccess = () => {
                  for (const c of claims.filter((c) => c.articleId === seed.id)) {
                    const { rowId: _r, ...claim } = c as Record<string, unknown>;
                    let { written, value } = c;
                    // The last two rounds report other figures: tolls grow, small counts move by one.
                    if (round >= 4 && c.kind === 'number' && value.type === 'number' && /^[\d,]+$/.test(written)) {
                      const v = value.value >= 10_000 ? value.value + round * 1000 : value.value < 100 ? value.value + 1 : value.value;
                      written = v.toLocaleString('en-US');
                      value = { ...value, value: v, low: v, high: v };
                    }
                    tx.objectStore('claims').add({ ...claim, id: `${c.id}~copy${n}`, articleId: req.result, written, value });
                  }
                };
              });
            }
            const story = tx.objectStore('stories').get('trufanov');
            story.onsuccess = () => tx.objectStore('stories').put({ ...story.result, lastOpenedAt: base + 35 });
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        };
      }),
    OUTLETS,
  );
}

async function axe(page: Page, what: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${what} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the story view reads at thirty sources in the popup and in a full page, light and dark', async ({ context, extensionId }) => {
  // Four axe runs over thirty sources' chips, on two cores shared with the other workers.
  test.slow();
  const ext = await openExtensionPage(context, extensionId, 'popup.html');
  await waitForSeeds(ext);
  await fillThirtySources(ext);
  await ext.close();

  const { popup } = await popupFor(context, extensionId, seedUrl(3));
  await popup.getByRole('tab', { name: 'Story' }).click();
  const topics = popup.locator('.sv-topic');
  await expect(topics.first()).toBeVisible();
  await expect(popup.locator('.sv-summary')).toContainText('· 30 sources');

  // Most disputed first: the first topic is a conflict and says why, with both values.
  const first = topics.first();
  await expect(first).toHaveClass(/sv-topic-conflict/);
  await expect(first.locator('.sv-why').first()).toContainText(/ vs .* apart/);
  // Its values are groups, each with the outlets that state it; the conflicting value first.
  await expect(first.locator('.sv-group').first()).toHaveClass(/sv-group-conflict/);
  expect(await first.locator('.sv-chip').count()).toBeGreaterThan(1);

  // What changed since the last visit: the copies saved after it brought updates and conflicts.
  const changes = popup.locator('.sv-changes');
  await expect(changes.getByRole('heading', { name: /Since you last read this story/ })).toBeVisible();
  expect(await changes.locator('li').count()).toBeGreaterThan(0);
  await expect(changes).toContainText(/updates it to|contradicts it with/);

  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    expect(await axe(popup, `popup ${colorScheme}`)).toEqual([]);
    await popup.screenshot({ path: shots(`popup-story-30${colorScheme === 'dark' ? '-dark' : ''}.png`) });
  }
  await popup.emulateMedia({ colorScheme: 'light' });

  // Filter by status, from the keyboard: only conflicts, and the count is announced.
  const total = await topics.count();
  await popup.getByRole('button', { name: /^Conflicts \d+$/ }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: /^Conflicts \d+$/ })).toHaveAttribute('aria-pressed', 'true');
  const shown = await topics.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (let i = 0; i < shown; i++) await expect(topics.nth(i)).toHaveClass(/sv-topic-conflict/);
  await expect(popup.locator('.sv-summary')).toContainText(`${shown} of ${total} topics`);
  await popup.getByRole('button', { name: /^All \d+$/ }).click();

  // Sort A–Z.
  await popup.getByLabel('Sort').selectOption('topic');
  const abouts = await popup.locator('.sv-topic .sv-about').evaluateAll((els) => els.map((e) => e.childNodes[1]?.textContent?.trim() ?? ''));
  expect(abouts).toEqual([...abouts].sort((a, b) => a.localeCompare(b)));

  // "N more" shows every outlet of a value.
  const moreButtons = await popup.locator('.sv-more').count();
  expect(moreButtons).toBeGreaterThan(0);
  const firstMore = popup.locator('.sv-group').filter({ has: popup.locator('.sv-more') }).first();
  const chipsBefore = await firstMore.locator('.sv-chip').count();
  const hiddenCount = Number((await firstMore.locator('.sv-more').textContent())!.match(/\d+/)![0]);
  await firstMore.locator('.sv-more').click();
  await expect(popup.locator('.sv-more')).toHaveCount(moreButtons - 1);
  expect(await popup.locator('.sv-chip').count()).toBeGreaterThanOrEqual(chipsBefore + hiddenCount);

  // The full page, opened from the popup.
  const [full] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in a full page' }).click()]);
  await full.setViewportSize({ width: 1100, height: 900 });
  await expect(full.getByRole('heading', { level: 1 })).toContainText('Trufanov');
  await expect(full.locator('.sv-topic').first()).toBeVisible();
  await expect(full.locator('.sv-summary')).toContainText('· 30 sources');
  // The popup passed on the previous visit, so the full page lists the same changes.
  await expect(full.locator('.sv-changes li').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await full.emulateMedia({ colorScheme });
    expect(await axe(full, `full page ${colorScheme}`)).toEqual([]);
    await full.screenshot({ path: shots(`story-page-30${colorScheme === 'dark' ? '-dark' : ''}.png`) });
  }
});

test('opening the story records the visit: the next visit shows no change', async ({ context, extensionId }) => {
  const ext = await openExtensionPage(context, extensionId, 'popup.html');
  await waitForSeeds(ext);
  await fillThirtySources(ext);
  const { popup } = await popupFor(context, extensionId, seedUrl(3));
  await popup.getByRole('tab', { name: 'Story' }).click();
  await expect(popup.locator('.sv-changes li').first()).toBeVisible();
  // Open it again: nothing was saved since this visit.
  await popup.reload();
  await popup.getByRole('tab', { name: 'Story' }).click();
  await expect(popup.locator('.sv-changes')).toContainText('No fact was updated or newly contradicted.');
});
