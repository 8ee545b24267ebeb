import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are few on purpose; each one is explained in the README.
export default defineConfig({
  manifest: {
    name: 'Crossread',
    description: 'Highlights the checkable facts of a news story and compares them with the other sources you have read. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab'],
  },
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
});
