// Saved articles survive a restart of Firefox with the same profile, as in the Chromium suite
// (tests/e2e/page.spec.ts): the database is the background's IndexedDB in the profile.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { savedArticleRows } from '../shared/in-page';
import { fixtureUrl, waitForClaims, waitForSeeds, withFirefox } from './firefox';

const savedRows = (page: Page) => page.evaluate(savedArticleRows);

describe('Firefox: the database across a restart', () => {
  test('a visited article and the bundled seeds are there after Firefox restarts with the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'crossread-ff-profile-'));
    const uuid = randomUUID();
    const onStory = readdirSync(join(import.meta.dirname, '..', 'fixtures', 'onstory')).filter((f) => f.endsWith('.html'));
    const path = onStory.length ? `onstory/${onStory[0]}` : 'heavy/001.html';
    try {
      const before = await withFirefox(async (ff) => {
        const ext = await ff.openExtensionPage('popup.html');
        await waitForSeeds(ext);
        const page = await ff.newPage();
        await page.goto(fixtureUrl(path));
        await waitForClaims(page);
        const rows = await savedRows(ext);
        return rows;
      }, { userDataDir: profile, uuid });
      expect(before.length).toBeGreaterThanOrEqual(5);
      expect(before.some((r) => r.startsWith('visited'))).toBe(true);
      const after = await withFirefox(async (ff) => savedRows(await ff.openExtensionPage('popup.html')), { userDataDir: profile, uuid });
      expect(after).toEqual(before);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
