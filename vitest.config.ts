import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/fast-check.ts'],
    // Playwright specs live in tests/e2e and run with `npx playwright test`.
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
  },
});
