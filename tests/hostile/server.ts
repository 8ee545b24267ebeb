// Serves tests/hostile on 127.0.0.1 like tests/e2e/static-server.ts, plus the response headers a
// hostile site sends: csp.html gets a strict Content-Security-Policy with trusted types.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOSTILE_DIR = fileURLToPath(new URL('.', import.meta.url)).replace(/[\\/]$/, '');

export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types',
].join('; ');

const HEADERS: Record<string, Record<string, string>> = {
  '/csp.html': { 'content-security-policy': STRICT_CSP, 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff' },
};
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export function serveHostile(root = HOSTILE_DIR): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    // Browsers ask for one; a 404 would be logged as a console error of the page.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = join(root, path);
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...HEADERS[path] }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}
