#!/usr/bin/env node
// The README's test command: type check, unit tests (Vitest), then the end-to-end tests
// (Playwright, the built extension in Debian's Chromium; then the Firefox build in Debian's
// firefox-esr, tests/e2e-firefox). Prints one closing line "N passed, N failed" summed over all
// suites, which CI reads; exits non-zero on any failure. `--unit` stops after the unit tests.
//
// Before anything runs it checks what the suites need (node_modules, both browsers) and, if
// something is missing, names it and the command that installs it, and exits 2: a fresh machine
// gets one clear line instead of dozens of browser-launch failures. CROSSREAD_CHROMIUM and
// CROSSREAD_FIREFOX change where it looks for the browsers.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every path below, and every suite, is relative to the repository.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const unitOnly = process.argv.includes('--unit');

/** What is missing, each with the command that fixes it; empty when all is there. */
function missing() {
  const found = (path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const problems = [];
  if (!existsSync('node_modules/.bin/vitest')) problems.push({ what: 'The dependencies are not installed (no node_modules/.bin/vitest)', fix: 'npm ci' });
  if (!unitOnly) {
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    const browsers = [
      { name: 'Chromium', path: process.env.CROSSREAD_CHROMIUM || '/usr/bin/chromium', pkg: 'chromium', env: 'CROSSREAD_CHROMIUM' },
      { name: 'Firefox', path: process.env.CROSSREAD_FIREFOX || '/usr/bin/firefox-esr', pkg: 'firefox-esr', env: 'CROSSREAD_FIREFOX' },
    ].filter((b) => !found(b.path));
    const pkgs = browsers.map((b) => b.pkg).join(' ');
    for (const b of browsers) {
      const other = process.env[b.env] ? ` (${b.env} is set; unset it to use the Debian package)` : '';
      problems.push({ what: `${b.name} not found at ${b.path}${other}`, fix: `${sudo}apt-get install -y ${pkgs}` });
    }
  }
  return problems;
}

const problems = missing();
if (problems.length) {
  for (const p of problems) console.error(`${p.what}: run \`${p.fix}\``);
  console.error('Nothing was run. (`npm test -- --unit` runs the type check and unit tests without browsers.)');
  process.exit(2);
}

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

if (!unitOnly) {
  console.log('— end-to-end tests (playwright, built extension in Chromium)');
  const pwJson = join(out, 'playwright.json');
  const pStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
    passed += s.expected ?? 0;
    failed += (s.unexpected ?? 0) + (s.flaky ?? 0) * 0;
    if (pStatus !== 0 && !(s.unexpected > 0)) failed++;
  } else if (pStatus !== 0) failed++;

  console.log('— end-to-end tests in Firefox (vitest + puppeteer-core, Firefox build in firefox-esr)');
  const ffJson = join(out, 'firefox.json');
  const fStatus = run('npx', ['vitest', 'run', '--config', 'tests/e2e-firefox/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${ffJson}`]);
  if (existsSync(ffJson)) {
    const r = JSON.parse(readFileSync(ffJson, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
    // A failed global setup (the build, or Firefox missing) runs no test at all.
    if (fStatus !== 0 && r.numFailedTests + (r.numFailedTestSuites ?? 0) === 0) failed++;
  } else if (fStatus !== 0) failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
