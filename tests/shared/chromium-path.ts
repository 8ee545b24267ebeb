// Which Chromium the end-to-end tests and benchmarks drive: Debian's by default, another one
// through CROSSREAD_CHROMIUM (scripts/test-all.mjs checks the same variable before it starts them).
// Playwright never downloads a browser here.
export const CHROMIUM = process.env.CROSSREAD_CHROMIUM || '/usr/bin/chromium';
