import { defineConfig } from '@playwright/test';

// E2E runs the built extension (CROSSREAD_E2E build, see wxt.config.ts) in Debian's Chromium
// against pages served from tests/fixtures on 127.0.0.1. Never downloads a browser.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  globalSetup: './tests/e2e/global-setup.ts',
  // Each test launches its own browser with the extension; two cores allow two at a time.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { launchOptions: { executablePath: '/usr/bin/chromium' } },
});
