// Shape and size checks for every message the background receives. A content script shares
// its process with untrusted pages, so nothing is written before its payload passes here.
import type { PageArticle } from '../messages';

/** Article text larger than this is refused: no news article comes near it. */
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;
/** Claims per article (imports); the engine finds a few dozen on a real article. */
export const MAX_CLAIMS = 5000;
const MAX_SHORT = 2048;

export class BadMessageError extends Error {
  constructor(message: string) {
    super(`Bad message: ${message}`);
    this.name = 'BadMessageError';
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Record<string, unknown>, key: string, max: number): string {
  const v = o[key];
  if (typeof v !== 'string') throw new BadMessageError(`${key} must be a string`);
  if (v.length > max) throw new BadMessageError(`${key} is too long`);
  return v;
}

function strOrNull(o: Record<string, unknown>, key: string, max: number): string | null {
  return o[key] === null || o[key] === undefined ? null : str(o, key, max);
}

export function httpUrl(v: unknown, key = 'url'): string {
  if (typeof v !== 'string' || v.length > MAX_SHORT) throw new BadMessageError(`${key} must be a URL`);
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new BadMessageError(`${key} must be a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new BadMessageError(`${key} must be http(s)`);
  return v;
}

/**
 * A saved article's address: a web page, or the extension's own copy of a bundled seed. Never
 * `javascript:` or `data:`: the card shows it as a link, and a link runs in the news site's page.
 */
export function isArticleUrl(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > MAX_SHORT) return false;
  try {
    return ['http:', 'https:', 'chrome-extension:', 'moz-extension:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

export function validateUrlData(data: unknown): { url: string } {
  if (!isRecord(data)) throw new BadMessageError('data must be an object');
  return { url: httpUrl(data.url) };
}

/** Returns a fresh object holding only the known fields, so nothing extra reaches the DB. */
export function validateArticle(data: unknown): PageArticle {
  if (!isRecord(data) || !isRecord(data.article)) throw new BadMessageError('article must be an object');
  const a = data.article;
  const canonical = strOrNull(a, 'canonicalUrl', MAX_SHORT);
  return {
    url: httpUrl(a.url),
    canonicalUrl: canonical === null ? null : httpUrl(canonical, 'canonicalUrl'),
    title: str(a, 'title', MAX_SHORT),
    outlet: strOrNull(a, 'outlet', MAX_SHORT),
    published: strOrNull(a, 'published', 64),
    lang: strOrNull(a, 'lang', 32),
    text: str(a, 'text', MAX_TEXT_CHARS),
  };
}

/** Extension-internal messages only: web pages and other extensions are refused. */
export function assertFromExtension(sender: { id?: string } | undefined, ownId: string): void {
  if (!sender || sender.id !== ownId) throw new BadMessageError('sender is not this extension');
}
