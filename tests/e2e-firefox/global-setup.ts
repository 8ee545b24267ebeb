// Builds the Firefox extension twice (the E2E flavour with its debug hook, and the shipped build),
// copies each to a private folder, and serves tests/fixtures on 127.0.0.1 for every test.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../e2e/static-server';
import { FIREFOX } from './firefox-path';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
    /** The E2E flavour (CROSSREAD_E2E=1): shipped code plus the postMessage debug hook. */
    e2eExtensionDir: string;
    /** What `wxt build -b firefox` ships. */
    shippedExtensionDir: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A private copy of a build: the Chromium suite and the benches rebuild .output at any moment,
 * and a build in progress empties the folder under a running browser.
 */
function privateCopy(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json')) || !existsSync(join(dir, 'background.js'))) {
    throw new Error(`no complete Firefox build in ${dir}: run \`npx wxt build -b firefox\` (or unset CROSSREAD_SKIP_BUILD)`);
  }
  const copy = mkdtempSync(join(tmpdir(), 'crossread-firefox-ext-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

export default async function setup(project: TestProject) {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: run \`sudo apt-get install -y firefox-esr\` (or set CROSSREAD_FIREFOX to its path)`);
  }
  if (!process.env.CROSSREAD_SKIP_BUILD) {
    // Vitest sets NODE_ENV=test (and VITEST=true). A build that inherits NODE_ENV=test is not the
    // shipped one: its background page dies on load ('Could not resolve "canvas" imported by
    // "linkedom"'), so the builds get the environment of a developer's shell instead.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$)/.test(k)));
    execSync('npx wxt build -b firefox', { cwd: root, stdio: 'inherit', env: { ...env, CROSSREAD_E2E: '1' } });
    execSync('npx wxt build -b firefox', { cwd: root, stdio: 'inherit', env: { ...env, CROSSREAD_E2E: '' } });
  }
  const e2e = privateCopy(resolve(root, '.output/e2e/firefox-mv2'));
  const shipped = privateCopy(resolve(root, '.output/firefox-mv2'));
  const { server, port } = await serveDirectory(resolve(root, 'tests/fixtures'));
  project.provide('fixtureOrigin', `http://127.0.0.1:${port}`);
  project.provide('e2eExtensionDir', e2e);
  project.provide('shippedExtensionDir', shipped);
  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
    for (const dir of [e2e, shipped]) rmSync(dir, { recursive: true, force: true });
  };
}
