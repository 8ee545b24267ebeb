// Playwright fixtures: Chromium with the built extension in a fresh (or reused) profile.
import { CHROMIUM } from '../shared/chromium-path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DebugState } from '../shared/debug-state';
import { askCrossreadState, textCentre } from '../shared/in-page';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/e2e/chrome-mv3', import.meta.url));

export function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

export function fixtureUrl(path: string): string {
  return `${process.env.FIXTURE_ORIGIN}/${path}`;
}

export type { DebugClaim, DebugState } from '../shared/debug-state';
export { claimByText } from '../shared/debug-state';

/** Asks the E2E build's content script for its state (see entrypoints/crossread.content/debug-hook.ts). */
export async function crossreadState(page: Page): Promise<DebugState | null> {
  return (await page.evaluate(askCrossreadState)) as DebugState | null;
}

/** Viewport centre of the first occurrence of `text` in the page's own text. */
export function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(textCentre, text);
}

/** Waits until the content script has painted highlights (or the timeout passes). */
export async function waitForClaims(page: Page, timeout = 20_000): Promise<DebugState> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await crossreadState(page);
    if (state && state.claims.length > 0) return state;
    if (Date.now() > end) throw new Error(`no highlights after ${timeout} ms: ${JSON.stringify(state)}`);
    await page.waitForTimeout(200);
  }
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; userDataDir: string }>({
  userDataDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'crossread-e2e-')));
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});
export { expect } from '@playwright/test';
