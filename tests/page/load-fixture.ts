// Fixture pages parsed with linkedom, the Node DOM the engine's CLI uses too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A fixture file (path under tests/fixtures) or, with `path` null, the given HTML. */
export function loadFixture(path: string | null, html?: string): Document {
  const source = path === null ? html ?? '' : readFileSync(FIXTURES + path, 'utf8');
  return parseHTML(source).document as unknown as Document;
}

export function fixtureHtml(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}
