import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// CROSSREAD_E2E=1 builds the test build into .output/e2e: same code plus a postMessage debug
// hook and an open card shadow root, so Playwright can read statuses without pixels. The
// shipped build (.output/chrome-mv3, .output/firefox-mv2) has neither.
const e2e = process.env.CROSSREAD_E2E === '1';

export default defineConfig({
  outDir: e2e ? '.output/e2e' : '.output',
  // Permissions are few on purpose (each is explained in the README): activeTab lets the popup
  // read the tab the reader clicked it on. The saved articles live in the extension's own
  // IndexedDB, which needs no `storage` permission, and nothing is sent anywhere.
  manifest: ({ browser }) => ({
    name: 'Crossread',
    description: 'Highlights the checkable facts of a news story and compares them with the other sources you have read. Nothing leaves your browser.',
    permissions: ['activeTab'],
    ...(browser === 'firefox'
      ? {
          // A stable id for storage across reinstalls, and the declaration that no data is
          // collected or transmitted.
          browser_specific_settings: {
            gecko: { id: 'crossread@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    define: { __CROSSREAD_E2E__: JSON.stringify(e2e) },
  }),
});
