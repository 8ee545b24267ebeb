#!/usr/bin/env node
// The README's test command: type check, unit tests (Vitest), then the end-to-end tests
// (Playwright, the built extension in Debian's Chromium). Prints one closing line
// "N passed, N failed" summed over all suites, which CI reads; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'crossread-test-'));
let passed = 0;
let failed = 0;
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

console.log('— type check (tsc --noEmit)');
if (run('npx', ['tsc', '--noEmit', '-p', '.']) === 0) passed++;
else { failed++; console.log('type check failed'); }

console.log('— unit tests (vitest)');
const vitestJson = join(out, 'vitest.json');
const vStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
} else if (vStatus !== 0) failed++;

if (!process.argv.includes('--unit')) {
  console.log('— end-to-end tests (playwright, built extension in Chromium)');
  const pwJson = join(out, 'playwright.json');
  const pStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
    passed += s.expected ?? 0;
    failed += (s.unexpected ?? 0) + (s.flaky ?? 0) * 0;
    if (pStatus !== 0 && !(s.unexpected > 0)) failed++;
  } else if (pStatus !== 0) failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
