// The options page of the built extension: stories of one's own (and a page about one detected),
// turning a story off, sites and auto-save, export, a checked import, delete all.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForClaims } from './extension';
import { dbCounts, expect, test, dbSnapshot, LUNAR_ARTICLE, openExtensionPage, popupFor, seedUrl, serveArticle, storyRow, newestOtherTabId, waitForSeeds } from './popup-helpers';

test.beforeEach(async ({ context, extensionId }) => {
  const ext = await openExtensionPage(context, extensionId, 'options.html');
  await waitForSeeds(ext);
  await ext.close();
});

test('add a story of one’s own, then a page about it is detected', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByRole('heading', { name: /Alexander \(Sasha\) Trufanov/ })).toContainText('built-in');
  await options.getByLabel('Name of the story').fill('Selene lunar lander');
  const people = options.getByRole('group', { name: 'People' });
  await people.getByLabel('Name', { exact: true }).fill('Maria Kowalska');
  await people.getByLabel('Other spellings, separated by commas').fill('Kowalska, Мария Ковальская');
  const places = options.getByRole('group', { name: 'Places and organisations' });
  await places.getByLabel('Name', { exact: true }).fill('Mare Imbrium');
  await options.getByLabel('Key terms, separated by commas').fill('lander, probe');
  await options.getByRole('button', { name: 'Add the story' }).click();
  await expect(options.getByRole('status')).toContainText('Added “Selene lunar lander”');
  await expect(options.getByRole('heading', { name: /Selene lunar lander/ })).toContainText('your own');
  expect(await storyRow(options, 'own-selene-lunar-lander')).toMatchObject({ enabled: true, title: 'Selene lunar lander' });

  const url = await serveArticle(context, 'lunar.html', LUNAR_ARTICLE);
  const { popup } = await popupFor(context, extensionId, url);
  await expect(popup.getByText(/Story: Selene lunar lander/)).toBeVisible();
  await expect(popup.locator('button.claim').first()).toBeVisible();
});

test('start a story from the article in a tab: its people and places are proposed', async ({ context, extensionId }) => {
  const url = await serveArticle(context, 'lunar.html', LUNAR_ARTICLE);
  const article = await context.newPage();
  await article.goto(url);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const tabId = await newestOtherTabId(options);
  await options.goto(`chrome-extension://${extensionId}/options.html?tab=${tabId}#new-story`);
  await options.getByRole('button', { name: 'Propose people and places from the article you came from' }).click();
  await expect(options.getByText(/Proposed from “Maria Kowalska lands/)).toBeVisible();
  const names = await options.getByRole('group', { name: 'People' }).getByLabel('Name', { exact: true }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const places = await options.getByRole('group', { name: 'Places and organisations' }).getByLabel('Name', { exact: true }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect([...names, ...places].join(' | ')).toMatch(/Kowalska/);
  await options.getByLabel('Name of the story').fill('Selene');
  await options.getByRole('button', { name: 'Add the story' }).click();
  await expect(options.getByRole('heading', { name: /^Selene/ })).toContainText('your own');
  // The article already open is checked again at once: its facts are highlighted without a reload.
  const state = await waitForClaims(article);
  expect(state.claims.length).toBeGreaterThan(0);
});

test('turn a story off: its pages are no longer treated as on the story', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const item = options.locator('.story-item').filter({ hasText: 'Alexander (Sasha) Trufanov' });
  await item.getByLabel('Look for this story').uncheck();
  await expect(item).toContainText('off');
  await expect.poll(async () => (await storyRow(options, 'trufanov'))?.enabled).toBe(false);
  const { popup } = await popupFor(context, extensionId, seedUrl(0), { highlights: false });
  await expect(popup.getByText('This page is not about a story you follow.')).toBeVisible();
});

test('sites where Crossread stays off, and auto-save', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.getByLabel('Sites where Crossread stays off, one per line').fill('http://127.0.0.1:8080/whatever\nexample.com');
  await options.getByRole('button', { name: 'Save the list of sites' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'stays off' })).toContainText('Crossread stays off on 127.0.0.1, example.com');
  const { popup } = await popupFor(context, extensionId, seedUrl(1), { highlights: false });
  await expect(popup.getByText('Crossread is turned off on 127.0.0.1.')).toBeVisible();

  const autoSave = options.getByLabel(/Save articles about a story I follow automatically/);
  await expect(autoSave).toBeChecked();
  await autoSave.uncheck();
  await expect(options.getByText('Articles are no longer saved automatically.')).toBeVisible();
  await options.reload();
  await expect(options.getByLabel(/Save articles about a story I follow automatically/)).not.toBeChecked();
});

test('export everything as JSON and a story’s table as CSV; import the export back', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const [json] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
  const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'crossread-export', schemaVersion: 1 });
  expect(exported.articles).toHaveLength(5);

  const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export as CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^crossread-trufanov-.*\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Topic,.*The Moscow Times \(2024-11-15\).*,Status$/);

  // Delete everything (with the confirmation), then import the export: the articles come back.
  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await expect(options.getByRole('alertdialog')).toContainText('cannot be undone');
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(options.getByText('All saved articles, your own stories and your settings were deleted.')).toBeVisible();
  expect(await dbCounts(options)).toMatchObject({ articles: 0, claims: 0, stories: 1 });

  await options.getByLabel(/Import a Crossread export/).setInputFiles((await json.path())!);
  await expect(options.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 5 articles');
  expect((await dbCounts(options)).articles).toBe(5);
});

test('a corrupt file, another program’s JSON, a newer schema and a 50 MB file are refused; nothing changes', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const before = await dbSnapshot(options);
  const dir = mkdtempSync(join(tmpdir(), 'crossread-import-'));
  const valid = { format: 'crossread-export', schemaVersion: 1, exportedAt: '', stories: [], articles: [], claims: [], settings: [] };
  const big = join(dir, 'huge.json');
  // A file that starts like a real export but weighs 50 MB.
  writeFileSync(big, JSON.stringify({ ...valid, articles: [{ text: 'x'.repeat(50 * 1024 * 1024) }] }));
  const cases: [string, string | Buffer, RegExp][] = [
    ['corrupt.json', JSON.stringify(valid).slice(0, 40), /not valid JSON/],
    ['bookmarks.json', JSON.stringify({ roots: { bookmark_bar: { children: [] } }, version: 1 }), /not a Crossread export/],
    ['newer.json', JSON.stringify({ ...valid, schemaVersion: 7 }), /newer version of Crossread \(schema 7\)/],
    ['damaged.json', JSON.stringify({ ...valid, articles: [{ id: 1, url: 5 }] }), /damaged/],
  ];
  for (const [name, body, message] of cases) {
    await options.getByLabel(/Import a Crossread export/).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(options.getByRole('alert')).toContainText(message);
    await expect(options.getByRole('alert')).toContainText('Nothing was imported');
    expect(await dbSnapshot(options)).toBe(before);
  }
  await options.getByLabel(/Import a Crossread export/).setInputFiles(big);
  await expect(options.getByRole('alert')).toContainText(/too large \(50 MB\)/);
  expect(await dbSnapshot(options)).toBe(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`options page: no axe violations (${colorScheme})`, async ({ context, extensionId }) => {
    const options = await openExtensionPage(context, extensionId, 'options.html');
    await options.emulateMedia({ colorScheme });
    await expect(options.getByRole('heading', { name: /Alexander \(Sasha\) Trufanov/ })).toBeVisible();
    // The confirmation and an error message are part of the page too.
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByLabel(/Import a Crossread export/).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect(options.getByRole('alert')).toBeVisible();
    const result = await new AxeBuilder({ page: options }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
