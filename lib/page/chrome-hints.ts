// Signs that an element is site chrome rather than article: from markup alone (landmark tags,
// roles, hidden; the class and id names Readability's first pass removes) before descending into
// it, and from the shape of its content (link density, repeated teaser cards, a name whose
// content agrees) once its children are known. Only strong evidence: a guess that could cut an
// article paragraph is not chrome (docs/reader.md). Kept general: nothing here names a site.

/** Elements whose text is never article text and which we do not even copy. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'CANVAS', 'OBJECT', 'EMBED',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'LINK', 'META', 'BASE',
]);

/** Landmarks that hold navigation, promotion or site furniture. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'MENU']);

const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar',
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
  // Reader comments go by other names too (Israeli and Russian outlets say "talkbacks").
  'talkback', 'talkbacks',
  // Appeals for money: never part of a report.
  'donate', 'donation', 'donations', 'fundraising', 'paywall',
  // Bylines and timestamps: who wrote it and when, not what it reports (a short box only, see
  // isNamedChrome; an author's long note stays).
  'byline', 'bylines', 'dateline', 'timestamp', 'author', 'authors', 'writtenby',
]);

/** Two-word names ("read-more", "more-news", "most-read") whose words are harmless alone. */
const CHROME_BIGRAMS = new Set([
  'read more', 'more news', 'more stories', 'most read', 'most popular', 'also read', 'ad slot',
  'sign up', 'you may', 'more from', 'latest news', 'top stories', 'sr only', 'visually hidden',
  'screen reader', 'support us', 'our standards', 'trust principles',
]);

/**
 * class / id words that name chrome only where the article is over: "support", "mail" or "trust"
 * may name a box inside the story (a quote about support, a mail-bag column), but a block after
 * the body named so is the donation appeal, the newsletter box or the outlet's standards line.
 */
const TRAILING_CHROME_TOKENS = new Set([
  'support', 'supporter', 'contribute', 'contribution', 'contributions', 'membership', 'mail',
  'email', 'trust', 'standards', 'principles', 'feedback', 'discussion', 'reactions', 'bottom',
  'copyright', 'disclaimer',
]);

function tokensOf(value: string): string[] {
  return value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Verdicts of `hasChromeName` by "class id" string: a page repeats the same few class names on
 * thousands of elements. Emptied when it grows past a bound, so it never holds more than a
 * page or two's worth.
 */
const chromeNameCache = new Map<string, boolean>();
const CHROME_NAME_CACHE_SIZE = 4096;

/** True when the words of an element's class and id attributes name it as chrome. */
export function hasChromeName(className: string, id: string): boolean {
  const names = `${className} ${id}`;
  if (names.length < 2) return false;
  let verdict = chromeNameCache.get(names);
  if (verdict === undefined) {
    verdict = namesChrome(names);
    if (chromeNameCache.size >= CHROME_NAME_CACHE_SIZE) chromeNameCache.clear();
    chromeNameCache.set(names, verdict);
  }
  return verdict;
}

function namesChrome(names: string): boolean {
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
 * Names of the box that says who wrote a report and when (Readability's byline names, and the
 * date and meta boxes date extractors such as htmldate look in first): part of a word, so
 * "authorDateline" or "c-byline__item" count too.
 */
const BYLINE_NAME = /byline|author|dateline|writtenby|timestamp|publish|posted|pubdate/i;
/** Whole class or id words of the same boxes ("date" alone, never inside "update" or "candidate"). */
const BYLINE_TOKENS = new Set(['date', 'dates', 'datetime', 'time', 'meta', 'metadata', 'info']);

/**
 * True when an element's class, id or itemprop names it as a byline or a date box: chrome for
 * its text (a name and a time, not what the report says), but where the publication date is.
 */
export function hasBylineName(className: string, id: string, itemprop: string | null): boolean {
  const names = `${className} ${id} ${itemprop ?? ''}`;
  if (names.length < 3) return false;
  return BYLINE_NAME.test(names) || tokensOf(names).some((token) => BYLINE_TOKENS.has(token));
}

/**
 * True when an element's class, id or aria-label names it as chrome if it follows the article
 * body (see TRAILING_CHROME_TOKENS); also true for anything `hasChromeName` accepts.
 */
export function hasTrailingChromeName(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const className = classNameOf(el);
  let id = el.getAttribute('id') ?? '';
  // An id of four words or more is an anchor made from a heading ("tying-these-principles-
  // together"): the section's own words, not a template's name for an add-on.
  if (tokensOf(id).length >= 4) id = '';
  if (hasChromeName(className, id)) return true;
  const words = tokensOf(`${className} ${id} ${el.getAttribute('aria-label') ?? ''}`);
  return words.some((word) => TRAILING_CHROME_TOKENS.has(word));
}

/**
 * Chrome judged from markup alone, before looking at the element's content, on evidence that
 * holds on any site: landmarks of navigation and furniture, chrome roles, hidden elements. Plain
 * Readability drops most of these itself (hidden elements, the navigation, menu, dialog and
 * complementary roles, <aside>, <footer>); the rest (<nav>, banner, contentinfo, search, toolbar)
 * are site furniture by their definition in HTML and ARIA. A <header> counts only outside the
 * article's container (`inArticle`): inside it, it holds the headline, standfirst and byline.
 * `tag` is the element's tagName, read already by the caller.
 */
export function isChromeByMarkup(el: Element, tag: string, inArticle: boolean): boolean {
  if (isChromeTag(tag, inArticle)) return true;
  // Most elements have no attributes; a DOM written in JavaScript pays for each lookup.
  if (!el.hasAttributes()) return false;
  return isChromeByAttributes(el, el.getAttribute('role'));
}

/** The tag half of `isChromeByMarkup`: a landmark of furniture, a <header> outside the article. */
export function isChromeTag(tag: string, inArticle: boolean): boolean {
  return CHROME_TAGS.has(tag) || (tag === 'HEADER' && !inArticle);
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * The attribute half of `isChromeByMarkup`, for an element that has attributes other than class
 * and id, with its role read already by the caller (which needs it too).
 */
export function isChromeByAttributes(el: Element, role: string | null): boolean {
  if (role !== null && CHROME_ROLES.has(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Readability 0.6's own test (REGEXPS.unlikelyCandidates and okMaybeItsACandidate on class and
 * id): what its first pass removes before scoring, outside tables and code, except links. Left
 * out of its copy beforehand, it costs no article text Readability would keep and saves it the
 * work on pages whose comment threads or menus run to thousands of nodes.
 */
const READABILITY_UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const READABILITY_MAYBE = /and|article|body|column|content|main|shadow/i;

/**
 * Of those names, the ones that inside the article's container often hold the article's own
 * headline furniture (an "entry-header" with the standfirst, a "supplemental" caption): the
 * reader reads its standfirst, captions and date from them, so there they are copied.
 */
const ARTICLE_FURNITURE = /header|banner|extra|supplemental|legends|cover-wrap|ai2html/i;

/**
 * True when Readability's first pass would remove the element for its class or id, and leaving
 * it out loses nothing the reader reads itself. `inArticle`: inside <article>, <main>,
 * role=main or itemprop=articleBody.
 */
export function isUnlikelyByName(el: Element, className: string, inArticle: boolean): boolean {
  if (!el.hasAttributes()) return false;
  return isUnlikelyName(className, el.getAttribute('id') ?? '', inArticle);
}

/**
 * Verdicts of `isUnlikelyName` by "class id" string, in and out of the article (bit 1: unlikely,
 * bit 2: also inside the article): the same few names repeat on thousands of elements.
 */
const unlikelyNameCache = new Map<string, number>();

/** `isUnlikelyByName` on the element's class and id, read already by the caller. */
export function isUnlikelyName(className: string, id: string, inArticle: boolean): boolean {
  if (className.length + id.length < 1) return false;
  const names = `${className} ${id}`;
  let verdict = unlikelyNameCache.get(names);
  if (verdict === undefined) {
    verdict = !READABILITY_UNLIKELY.test(names) || READABILITY_MAYBE.test(names) ? 0 : ARTICLE_FURNITURE.test(names) ? 1 : 3;
    if (unlikelyNameCache.size >= CHROME_NAME_CACHE_SIZE) unlikelyNameCache.clear();
    unlikelyNameCache.set(names, verdict);
  }
  return (verdict & (inArticle ? 2 : 1)) !== 0;
}

/**
 * A share of text in links at or above which an element its class or id names as chrome
 * ("related", "share", "newsletter") is judged chrome: a name alone is a guess (an article body
 * inside a "content-with-sidebar" wrapper), a name and a box of links are not.
 */
const NAMED_LINK_SHARE = 0.4;
/** Below this much text, a named box is a label, a share bar or a "Read more" line, not a paragraph. */
const NAMED_SHORT_TEXT = 100;

/**
 * Chrome named by class or id whose content agrees: mostly links, an email field, or too
 * little text to be a paragraph of the article.
 */
export function isNamedChrome(stats: ContentStats, className: string, id: string, text: () => string): boolean {
  if (!hasChromeName(className, id)) return false;
  if (stats.text === 0) return false;
  if (stats.linkText >= NAMED_LINK_SHARE * stats.text || stats.emailFields > 0) return true;
  // A short line that is a sentence ("He declined to comment.") may be the article's own, in a
  // wrapper a template happened to name "promo"; a label, a byline or a share bar is not one.
  return stats.text < NAMED_SHORT_TEXT && stats.paragraphs <= 1 && !isSentence(text());
}

/** Four words or more ending as a sentence ends: a full stop, a question or exclamation mark, a closing quote. */
function isSentence(text: string): boolean {
  const trimmed = text.trim();
  return /[.!?…]["”’»)]?$/.test(trimmed) && trimmed.split(/\s+/).length >= 4;
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
  /** Of which inside a heading and a link at once: a headline that leads to another page. */
  linkedHeadingText: number;
  links: number;
  headings: number;
  images: number;
  /** Images inside links: a picture that leads to another page. */
  linkedImages: number;
  paragraphs: number;
  /** Direct children judged chrome and dropped. */
  droppedChildren: number;
  /** Fields asking for an email address (never copied themselves). */
  emailFields: number;
}

export function emptyStats(): ContentStats {
  return { text: 0, linkText: 0, headingText: 0, linkedHeadingText: 0, links: 0, headings: 0, images: 0, linkedImages: 0, paragraphs: 0, droppedChildren: 0, emailFields: 0 };
}

export function addStats(into: ContentStats, from: ContentStats): void {
  into.text += from.text;
  into.linkText += from.linkText;
  into.headingText += from.headingText;
  into.linkedHeadingText += from.linkedHeadingText;
  into.linkedImages += from.linkedImages;
  into.links += from.links;
  into.headings += from.headings;
  into.images += from.images;
  into.paragraphs += from.paragraphs;
  into.emailFields += from.emailFields;
}

/** An <input> that asks for an email address: the heart of every newsletter or sign-up box. */
export function isEmailField(el: Element, tag: string): boolean {
  if (tag !== 'INPUT' || !el.hasAttributes()) return false;
  if (el.getAttribute('type')?.toLowerCase() === 'email') return true;
  const names = `${el.getAttribute('name') ?? ''} ${el.getAttribute('autocomplete') ?? ''}`;
  return tokensOf(names).some((word) => word === 'email' || word === 'mail');
}

/**
 * A sign-up box holds an email field and a line or two of pitch, not an article. The box is
 * judged where the field meets the pitch: a wrapper around the field and its short label alone
 * would leave the pitch behind.
 */
const MIN_SIGNUP_TEXT = 40;
const MAX_SIGNUP_TEXT = 400;

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

/**
 * A card in a grid of other stories: its headline or its picture is a link, and not much text
 * beside. A card whose heading is not a link (a feature panel, a section of a how-to) is content.
 * A list item that is a link and nothing else is a menu entry, judged by link share instead: a
 * reference list or a list of sources holds link-heavy items too, and Readability keeps those.
 */
function looksLikeTeaser(stats: ContentStats): boolean {
  if (stats.links === 0 || stats.text > 500) return false;
  return stats.linkedHeadingText > 0 || stats.linkedImages > 0;
}

const MIN_REPEATS = 3;

/**
 * Elements that hold the article's own text, link-heavy or not: a paragraph that is all links
 * (a list of sources, a film's title in a table cell) is still a paragraph. Their shape is
 * never chrome alone; the box around them may be.
 */
const TEXT_BLOCK_TAGS = new Set([
  'P', 'PRE', 'BLOCKQUOTE', 'LI', 'DD', 'DT', 'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'TABLE', 'CAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'FIGURE', 'CODE',
]);

/**
 * The text outside links of a "Read more: <a>Another story</a>" line: a short lead-in label
 * (a few words and a colon or an arrow, maybe in brackets) with the rest of the line a link.
 */
const LEAD_IN_LABEL = /^[\s[(]*\p{L}[\p{L}\p{M} '’]{0,24}[:»›|]+[\s\])]*$/u;

/** A line that only points to another page: a lead-in label and a link that is the rest of it. */
export function isLeadInLinkLine(stats: ContentStats, textOutsideLinks: string): boolean {
  return stats.links >= 1 && stats.text < 300 && stats.linkText >= 0.6 * stats.text && LEAD_IN_LABEL.test(textOutsideLinks);
}

/** Whether `isChromeByShape` judges an element of this tag at all (a text block never is). */
export function isShapeJudged(tag: string): boolean {
  return !TEXT_BLOCK_TAGS.has(tag);
}

/**
 * Selectors for every descendant that could make the walk's verdict on a box differ from what
 * its text and links alone say (see `isPlainLinkList` in page-copy), but for names: `tags`, any
 * tag but the allowed ones (so no nested box the walk could drop by shape, no skipped element
 * whose text the walk does not count, no landmark); `attributes`, an element hidden or given a
 * chrome role, a link inside a link (its text would be counted twice), and a dated <time> (a
 * byline's date the walk keeps aside). Built from the same lists as the judgement, so the two
 * cannot drift apart. Names are tested apart
 * (`mayBeUnlikelyName`): as selectors, Readability's words made every element of every list pay
 * for sixty substring tests.
 */
export function linkListSpoilers(allowedTags: Iterable<string>): { tags: string; attributes: string } {
  // One :not() with a list: matched faster than a chain of them.
  const tags = `:not(${[...allowedTags].map((tag) => tag.toLowerCase()).join(', ')})`;
  const parts: string[] = [];
  for (const role of CHROME_ROLES) parts.push(`[role="${role}"]`);
  // HIDDEN_STYLE needs "none" or "hidden" in the style; any such style is left to the walk.
  parts.push('[hidden]', '[aria-hidden]', '[style*="none" i]', '[style*="hidden" i]');
  parts.push('a a');
  // A dated <time> may be a byline's ("<a>Jane Roe</a> <a><time datetime=…></a>"), whose date
  // the walk keeps aside (see page-copy's bylineTimes): such a box is walked.
  parts.push('time[datetime]');
  return { tags, attributes: parts.join(', ') };
}

/**
 * Whether the walk might drop an element of this class and id by its name, wherever it sits:
 * `isUnlikelyName` outside the article, which holds for every name it holds for inside.
 */
export function mayBeUnlikelyName(className: string, id: string): boolean {
  return isUnlikelyName(className, id, false);
}

/**
 * Chrome judged from what the element kept: mostly links (menus, "read more" boxes), a run of
 * same-shaped teaser cards (grids of other stories), a heading left alone once its list
 * was dropped ("More news"), or a short box around an email field (a sign-up that is not a <form>).
 */
export function isChromeByShape(stats: ContentStats, children: readonly ChildShape[], tag: string): boolean {
  if (TEXT_BLOCK_TAGS.has(tag)) return false;
  if (stats.text > 0 && stats.links > 0 && stats.linkText >= 0.8 * stats.text && (stats.links >= 3 || stats.text < 100)) {
    return true;
  }
  if (stats.droppedChildren > 0 && stats.paragraphs === 0 && stats.text > 0 && stats.text === stats.headingText) return true;
  if (stats.emailFields > 0 && stats.paragraphs <= 2 && stats.text >= MIN_SIGNUP_TEXT && stats.text < MAX_SIGNUP_TEXT) {
    return true;
  }
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
