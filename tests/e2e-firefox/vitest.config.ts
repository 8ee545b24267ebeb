// The Firefox end-to-end suite: the built Firefox (MV2) extension in Debian's firefox-esr, driven
// over WebDriver BiDi by puppeteer-core. A Vitest config of its own, so `vitest run` (the unit
// tests) never launches a browser: run it with `npx vitest run --config tests/e2e-firefox/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e-firefox/**/*.firefox.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    // One Firefox at a time: the machine has two cores, and each test starts its own browser.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
