// Signs that an element is site chrome rather than article: read from markup alone (tag, class,
// id, role, aria) before descending into it, and from the shape of its content (link density,
// repeated teaser cards) once its children are known. Kept general: nothing here names a site.

/** Elements whose text is never article text and which we do not even copy. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'CANVAS', 'OBJECT', 'EMBED',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'LINK', 'META', 'BASE',
]);

/** Landmarks that hold navigation, promotion or site furniture. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG', 'MENU']);

const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar', 'form',
]);

/** class / id words (split on non-letters) that name chrome in most site templates. */
const CHROME_TOKENS = new Set([
  'comment', 'comments', 'disqus', 'respond', 'replies', 'related', 'recommended', 'recommendations',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'promo', 'promotion', 'teaser',
  'teasers', 'rail', 'sidebar', 'widget', 'widgets', 'popular', 'trending', 'mostread', 'share',
  'sharing', 'social', 'sitemap', 'megamenu', 'mega', 'menu', 'nav', 'navbar', 'navigation',
  'breadcrumb', 'breadcrumbs', 'footer', 'cookie', 'cookies', 'consent', 'gdpr', 'ad', 'ads',
  'advert', 'advertisement', 'adslot', 'sponsor', 'sponsored', 'outbrain', 'taboola', 'community',
  'modal', 'popup', 'overlay', 'toolbar', 'pagination', 'pager', 'readmore', 'tags', 'topics',
]);

/** Two-word names ("read-more", "more-news", "most-read") whose words are harmless alone. */
const CHROME_BIGRAMS = new Set([
  'read more', 'more news', 'more stories', 'most read', 'most popular', 'also read', 'ad slot',
  'sign up', 'you may', 'more from', 'latest news', 'top stories', 'sr only', 'visually hidden',
  'screen reader',
]);

function tokensOf(value: string): string[] {
  return value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** True when the words of an element's class and id attributes name it as chrome. */
export function hasChromeName(className: string, id: string): boolean {
  const names = `${className} ${id}`;
  if (names.length < 2) return false;
  const tokens = tokensOf(names);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (CHROME_TOKENS.has(token)) return true;
    const next = tokens[i + 1];
    if (next !== undefined && CHROME_BIGRAMS.has(`${token} ${next}`)) return true;
  }
  return false;
}

/**
 * Chrome judged from markup alone, before looking at the element's content. `tag` and
 * `className` are the element's tagName and class attribute ('' without one), which the caller
 * has read already.
 */
export function isChromeByMarkup(el: Element, tag: string, className: string): boolean {
  if (CHROME_TAGS.has(tag)) return true;
  // Most elements have no attributes; a DOM written in JavaScript pays for each lookup.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return hasChromeName(className, el.getAttribute('id') ?? '');
}

/** An element's class attribute, '' without one. */
export function classNameOf(el: Element): string {
  // linkedom builds a class list for any read of `class`, even on an element without one.
  return el.hasAttribute('class') ? el.getAttribute('class') ?? '' : '';
}

/** What an element kept after its chrome children were dropped: enough to judge its shape. */
export interface ContentStats {
  /** Characters of text (whitespace runs excluded at the edges of each text node). */
  text: number;
  /** Of which inside links. */
  linkText: number;
  /** Of which inside headings. */
  headingText: number;
  links: number;
  headings: number;
  images: number;
  paragraphs: number;
  /** Direct children judged chrome and dropped. */
  droppedChildren: number;
}

export function emptyStats(): ContentStats {
  return { text: 0, linkText: 0, headingText: 0, links: 0, headings: 0, images: 0, paragraphs: 0, droppedChildren: 0 };
}

export function addStats(into: ContentStats, from: ContentStats): void {
  into.text += from.text;
  into.linkText += from.linkText;
  into.headingText += from.headingText;
  into.links += from.links;
  into.headings += from.headings;
  into.images += from.images;
  into.paragraphs += from.paragraphs;
}

/** A kept child, as its parent sees it when looking for repeated teaser cards. */
export interface ChildShape {
  tag: string;
  className: string;
  stats: ContentStats;
}

/** Tag and first class: children that share it are cards of one kind. */
function signatureOf(child: ChildShape): string {
  const firstClass = child.className.trim().split(/\s+/)[0] ?? '';
  return `${child.tag}.${firstClass}`;
}

/** A card in a list of links to other pages: a link plus a heading, an image, or little else. */
function looksLikeTeaser(stats: ContentStats): boolean {
  if (stats.links === 0 || stats.text > 500) return false;
  return stats.headings > 0 || stats.images > 0 || stats.linkText >= 0.5 * stats.text;
}

const MIN_REPEATS = 3;

/**
 * Chrome judged from what the element kept: mostly links (menus, "read more" boxes), a run of
 * same-shaped teaser cards (grids of other stories), or a heading left alone once its list
 * was dropped ("More news").
 */
export function isChromeByShape(stats: ContentStats, children: readonly ChildShape[]): boolean {
  if (stats.text > 0 && stats.links > 0 && stats.linkText >= 0.8 * stats.text && (stats.links >= 2 || stats.text < 200)) {
    return true;
  }
  if (stats.droppedChildren > 0 && stats.paragraphs === 0 && stats.text === stats.headingText) return true;
  if (children.length >= MIN_REPEATS) {
    const teasersBySignature = new Map<string, number>();
    for (const child of children) {
      if (looksLikeTeaser(child.stats)) {
        const signature = signatureOf(child);
        teasersBySignature.set(signature, (teasersBySignature.get(signature) ?? 0) + 1);
      }
    }
    for (const count of teasersBySignature.values()) {
      if (count >= MIN_REPEATS && count * 2 >= children.length) return true;
    }
  }
  return false;
}
