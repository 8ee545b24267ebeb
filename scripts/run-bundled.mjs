#!/usr/bin/env node
// Runs a TypeScript script the way the extension ships the engine: bundled by esbuild (as WXT's
// Vite build bundles it), not transpiled file by file with tsx's keep-names wrappers, and with V8
// started --single-threaded, so that its garbage collector and compiler work on the script's own
// thread and the CPU time a benchmark counts is the cost on one core.
//   node scripts/run-bundled.mjs scripts/bench-engine.ts [args…]
// The bundle (packages included, as in the extension) is written beside the script
// (scripts/*.bundle.mjs, ignored by git) so that paths the script resolves from its own location
// stay the same.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith('.ts')) {
  console.error('usage: node scripts/run-bundled.mjs SCRIPT.ts [args…]');
  process.exit(2);
}
const outfile = entry.replace(/\.ts$/, '.bundle.mjs');
await build({
  entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { status } = spawnSync(process.execPath, ['--single-threaded', outfile, ...args], { stdio: 'inherit' });
process.exit(status ?? 1);
