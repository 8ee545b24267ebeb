// Builds the E2E flavour of the extension once and serves tests/fixtures for every test.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './static-server';

export default async function globalSetup() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (!process.env.CROSSREAD_SKIP_BUILD) {
    execSync('npx wxt build', { cwd: root, stdio: 'inherit', env: { ...process.env, CROSSREAD_E2E: '1' } });
  }
  const { server, port } = await serveDirectory(resolve(root, 'tests/fixtures'));
  process.env.FIXTURE_ORIGIN = `http://127.0.0.1:${port}`;
  return () => new Promise<void>((done) => server.close(() => done()));
}
