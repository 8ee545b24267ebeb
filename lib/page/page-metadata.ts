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
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content.trim());
  }
  const ld = readJsonLd(jsonLd);
  const title = meta.get('og:title') ?? meta.get('twitter:title') ?? (collapse(titleText) || null);
  const description = meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? null;
  const publishedRaw = meta.get('article:published_time') ?? ld.datePublished ?? meta.get('datepublished') ?? null;
  const canonicalRaw = canonicalHref ?? meta.get('og:url') ?? null;
  return {
    title: title || null,
    description: description || null,
    siteName: meta.get('og:site_name') || ld.publisherName || null,
    published: publishedRaw ? isoDate(publishedRaw) : null,
    canonicalUrl: canonicalRaw ? absoluteUrl(canonicalRaw, baseUrl) : null,
  };
}

interface JsonLdFacts {
  datePublished?: string;
  publisherName?: string;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage/;

/** First article-like object's datePublished and publisher name, across @graph and arrays. */
function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  const facts: JsonLdFacts = {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    const type = String(obj['@type'] ?? '');
    if (ARTICLE_TYPES.test(type) || 'datePublished' in obj) {
      if (!facts.datePublished && typeof obj.datePublished === 'string') facts.datePublished = obj.datePublished;
      const publisher = Array.isArray(obj.publisher) ? obj.publisher[0] : obj.publisher;
      if (!facts.publisherName && publisher && typeof publisher === 'object') {
        const name = (publisher as Record<string, unknown>).name;
        if (typeof name === 'string' && name.trim()) facts.publisherName = name.trim();
      }
    }
    if (obj['@graph']) visit(obj['@graph']);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // Sites ship broken JSON-LD often enough; it is only one source among several.
    }
  }
  return facts;
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
