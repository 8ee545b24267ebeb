// What the page says about itself in its metadata: outlet, publication date, canonical URL,
// language. Only declared values are used; a date is never guessed from visible text.

export interface DeclaredMetadata {
  /** og:title, twitter:title or <title>. */
  title: string | null;
  description: string | null;
  siteName: string | null;
  published: string | null;
  canonicalUrl: string | null;
}

/**
 * <meta> names that carry the publication date, best first. Modification dates
 * (article:modified_time, dateModified, og:updated_time) are never read: a report's date is
 * when it came out.
 */
const PUBLISHED_META = [
  'article:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'article.published', 'published_time', 'og:published_time',
  'publish-date', 'publish_date', 'publishdate', 'pubdate', 'date', 'article:published', 'cxenseparse:recs:publishtime',
];

/** Reads <meta> elements (already collected) and JSON-LD blocks (their raw text). */
export function readDeclaredMetadata(
  metas: readonly Element[],
  jsonLd: readonly string[],
  canonicalHref: string | null,
  titleText: string,
  baseUrl: string | undefined,
): DeclaredMetadata {
  const meta = new Map<string, string>();
  for (const el of metas) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = el.getAttribute('content');
    if (key && content && content.trim() && !meta.has(key)) meta.set(key, content.trim());
  }
  const ld = readJsonLd(jsonLd);
  const title = meta.get('og:title') ?? meta.get('twitter:title') ?? (collapse(titleText) || null);
  const description = meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? null;
  // The article's own JSON-LD first (as Readability reads it): <meta> tags are often the
  // platform's (Medium's og:site_name, a CMS's republishing time) rather than the article's.
  let published: string | null = ld.datePublished ? isoDate(ld.datePublished) : null;
  for (const name of PUBLISHED_META) {
    if (published) break;
    const raw = meta.get(name);
    if (raw) published = isoDate(raw);
  }
  const canonicalRaw = canonicalHref ?? meta.get('og:url') ?? null;
  return {
    title: title || null,
    description: description || null,
    siteName: ld.publisherName ?? meta.get('og:site_name') ?? meta.get('application-name') ?? null,
    published,
    canonicalUrl: canonicalRaw ? absoluteUrl(canonicalRaw, baseUrl) : null,
  };
}

interface JsonLdFacts {
  datePublished?: string;
  publisherName?: string;
}

/** schema.org types of a report, a post or a page that is one. */
const ARTICLE_TYPES = /Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting|Posting|Review|Story/;
/** Types whose date and publisher are a fallback: the page, a video, a recipe, a creative work. */
const PAGE_TYPES = /WebPage|VideoObject|CreativeWork|Recipe|Episode|Event|MediaObject/;

function typesOf(obj: Record<string, unknown>): string {
  const type = obj['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** A publisher's name: a string, an object with a name, one of a list, or an @id into the graph. */
function publisherName(value: unknown, byId: ReadonlyMap<string, Record<string, unknown>>): string | undefined {
  if (Array.isArray(value)) value = value[0];
  if (typeof value === 'string') return value.trim() || undefined;
  if (!value || typeof value !== 'object') return undefined;
  let obj = value as Record<string, unknown>;
  if (typeof obj.name !== 'string' && typeof obj['@id'] === 'string') obj = byId.get(obj['@id']) ?? obj;
  return typeof obj.name === 'string' && obj.name.trim() ? collapse(obj.name) : undefined;
}

/** A datePublished value: a string, or the first of a list. */
function dateValue(value: unknown): string | undefined {
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** JSON-LD as pages ship it: inside CDATA markers or HTML comments, sometimes with a trailing semicolon. */
function parseJsonLd(block: string): unknown {
  const text = block
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .trim()
    .replace(/;\s*$/, '');
  return JSON.parse(text);
}

/**
 * datePublished and publisher name of the page's article across every JSON-LD block, at any
 * depth (@graph, arrays, mainEntity): an article-typed object wins over a page or a video.
 */
function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  const objects: { obj: Record<string, unknown>; rank: number }[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (typeof obj['@id'] === 'string' && !byId.has(obj['@id'])) byId.set(obj['@id'], obj);
    const types = typesOf(obj);
    const rank = ARTICLE_TYPES.test(types) ? 0 : PAGE_TYPES.test(types) ? 1 : 'datePublished' in obj ? 2 : -1;
    if (rank >= 0) objects.push({ obj, rank });
    for (const [key, child] of Object.entries(obj)) {
      // A publisher, an author or an image never holds the article's own date.
      if (key === 'publisher' || key === 'author' || key === 'image' || key === 'logo') continue;
      if (child && typeof child === 'object') visit(child, depth + 1);
    }
  };
  for (const block of blocks) {
    try {
      visit(parseJsonLd(block), 0);
    } catch {
      // Sites ship broken JSON-LD often enough; it is only one source among several.
    }
  }
  objects.sort((a, b) => a.rank - b.rank);
  const facts: JsonLdFacts = {};
  for (const { obj } of objects) {
    facts.datePublished ??= dateValue(obj.datePublished) ?? dateValue(obj.uploadDate);
    facts.publisherName ??= publisherName(obj.publisher, byId);
    if (facts.datePublished && facts.publisherName) break;
  }
  return facts;
}

/** A date written in the URL's path: /2024/04/20/, /2024-04-20-, /20240420/. */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * YYYY-MM-DD as the page states it. An ISO timestamp keeps its own calendar date (the
 * publisher's local day) rather than being shifted to UTC.
 */
export function isoDate(raw: string): string | null {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}

export function absoluteUrl(href: string, base: string | undefined): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Host name without "www.", or null for URLs that have none (file:, about:). */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Primary subtag of <html lang>, lower-cased ("en-GB" → "en"). */
export function declaredLang(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (!lang) return null;
  return lang.split(/[-_]/)[0]!.toLowerCase() || null;
}

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'was', 'is', 'with', 'that', 'his', 'for'],
  es: ['el', 'los', 'las', 'que', 'del', 'y', 'fue', 'con', 'por', 'una', 'su'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'du', 'au', 'dans', 'pour'],
  de: ['der', 'die', 'und', 'das', 'ist', 'mit', 'den', 'von', 'nicht', 'ein'],
};

/** Script-based guess: 'ru' for mostly Cyrillic, else the Latin language with most stopwords. */
export function guessLang(text: string): string | null {
  const sample = text.slice(0, 4000);
  const cyrillic = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length;
  if (cyrillic + latin === 0) return null;
  if (cyrillic > latin) return 'ru';
  const words = sample.toLowerCase().match(/[a-z\u00e0-\u00ff]+/g) ?? [];
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 2;
  for (const [lang, stops] of Object.entries(STOPWORDS)) {
    const score = stops.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
