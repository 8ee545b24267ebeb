// One pass over the live page that (1) builds a detached copy for Readability to consume, leaving
// out chrome so Readability neither picks a teaser grid nor spends time on 3,000 menu items,
// (2) remembers which live text node each copied text node came from, and (3) collects the
// few elements the reader needs afterwards (headings, captions, standfirst, <time>, metadata).
// Readability mutates the document it is given; the live page is only ever read here.

import {
  SKIPPED_TAGS, addStats, emptyStats, hasChromeName, isChromeByAttributes, isChromeByShape, isChromeTag, isEmailField,
  isLeadInLinkLine, isNamedChrome, isShapeJudged, isUnlikelyName, linkListSpoilers, mayBeUnlikelyName, type ChildShape, type ContentStats,
} from './chrome-hints';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that flow inside a block; any other element starts a block of its own. */
export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BR', 'IMG',
  'LABEL', 'INS', 'DEL', 'NOBR',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * 'markup': a landmark, chrome role or hidden element; 'shape': a box of links, a teaser grid, a
 * sign-up box; 'named': class or id name chrome and the content agrees (see isNamedChrome).
 */
export type ChromeReason = 'markup' | 'shape' | 'named';

/** What we know about one live text node. */
export interface TextInfo {
  /** Position in document order among the text nodes visited. */
  order: number;
  /** A <br> (or an image) separates it from the previous text node: render a space. */
  breakBefore: boolean;
}

/** An element found on the way, with the document-order position of the text that follows it. */
export interface Found {
  el: Element;
  order: number;
}

export interface PageCopy {
  /** Detached document holding the copy. */
  copy: Document;
  /** The localName of every element in the copy (lookups for any other tag find nothing). */
  elementNames: Set<string>;
  /** Copied text node → live text node. */
  liveText: Map<Text, Text>;
  /** Live text nodes visited (outside skipped subtrees, in document order) → their order. */
  textInfo: Map<Text, TextInfo>;
  /**
   * Live elements judged chrome, and why. With pruning, 'markup' and 'shape' ones are left out of
   * the copy; 'named' ones are always copied (Readability weighs names itself) and their text
   * is dropped from its result.
   */
  chromeRoots: Map<Element, ChromeReason>;
  headings: Found[];
  captions: Found[];
  standfirsts: Found[];
  times: Found[];
  /**
   * <time datetime> elements inside a byline-shaped box judged chrome ("Name | <time>", see
   * isBylineShaped) that no other chrome holds: its text is not the article's, its date may be
   * the report's (read-article decides by names and position).
   */
  bylineTimes: Found[];
  metas: Element[];
  canonicalHref: string | null;
  jsonLd: string[];
  titleText: string;
  /** Live elements left out of the copy by their markup, unvisited (see `declaredInPruned`). */
  prunedRoots: Element[];
  /** Some were left out by the names Readability's first pass removes (isUnlikelyByName). */
  prunedByName: boolean;
}

/** An element `visit` kept, with what it kept inside (kept elements and live text nodes, in order). */
class Kept implements ChildShape {
  constructor(
    readonly tag: string,
    readonly className: string,
    readonly stats: ContentStats,
    readonly el: Element,
    readonly kids: Array<Kept | Text>,
  ) {}
}

/** Adds a JSON-LD block or a <meta> element of the body to what the page declares. */
function collectDeclared(into: { jsonLd: string[]; metas: Element[] }, el: Element, tag: string): void {
  if (tag === 'SCRIPT') {
    if (el.getAttribute('type')?.toLowerCase() === 'application/ld+json') into.jsonLd.push(el.textContent ?? '');
  } else if (tag === 'META') into.metas.push(el);
}

/**
 * JSON-LD blocks and <meta> elements inside the subtrees left out of the copy (a page header
 * holding the article's JSON-LD): read only when what was found elsewhere lacks a date or an
 * outlet, as walking every pruned menu costs more than the rest of the metadata.
 */
export function declaredInPruned(page: PageCopy): { jsonLd: string[]; metas: Element[] } {
  const found = { jsonLd: [] as string[], metas: [] as Element[] };
  for (const root of page.prunedRoots) {
    // A browser finds the two tags natively, in document order, and not inside <template>
    // either (its content is no child); only a DOM written in JavaScript is walked here.
    if (hasNativeSelectors(root.ownerDocument)) root.querySelectorAll('script, meta').forEach((el) => collectDeclared(found, el, el.tagName));
    else forEachElement(root, (el, tag) => collectDeclared(found, el, tag));
  }
  return found;
}

// "sub" and its noun may be joined, hyphenated or underscored: subtitle, sub-headline, sub_title.
const STANDFIRST_TOKENS = /(?:^|[^a-z])(excerpt|standfirst|dek|deck|summary|lede|lead|sub[-_]?(?:title|headline|heading|head)|strapline|intro|description)(?:$|[^a-z])/i;
const HEADLINE_TOKENS = /(?:^|[^a-z])(headline|title|entry-title|article-title)(?:$|[^a-z])/i;

/** Whether a function's source is native code, remembered: reading the source is not free. */
const nativeFunctions = new WeakMap<object, boolean>();

/**
 * A browser's own querySelectorAll is fast; a DOM written in JavaScript (linkedom, in Node)
 * compiles the selector on every call, so there the few lookups below walk the tree instead.
 */
function hasNativeSelectors(doc: Document): boolean {
  const qsa = doc.querySelectorAll;
  if (typeof qsa !== 'function') return false;
  let native = nativeFunctions.get(qsa);
  if (native === undefined) {
    native = Function.prototype.toString.call(qsa).includes('[native code]');
    nativeFunctions.set(qsa, native);
  }
  return native;
}

/** The attributes besides class and id that `visit` judges an element by (see isChromeByAttributes). */
const JUDGED_ATTRIBUTES = '[role], [itemprop], [hidden], [aria-hidden], [style]';

/** `[itemprop~="articleBody"]`: the word in a whitespace-separated list, case-sensitively. */
const ARTICLE_BODY_ITEMPROP = /(?:^|\s)articleBody(?:$|\s)/;

const HEADLINE_CLASS = 1;
const CAPTION_CLASS = 2;
const STANDFIRST_CLASS = 4;
const CAPTION_TOKEN = /caption/i;

/**
 * What a class attribute says of its element (HEADLINE_CLASS, CAPTION_CLASS, STANDFIRST_CLASS
 * bits), remembered by class string: a page repeats the same few on thousands of elements, and
 * three patterns per element add up. Emptied past a bound, like the chrome-name verdicts.
 */
const classKinds = new Map<string, number>();

function classKindOf(className: string): number {
  if (!className) return 0;
  let kind = classKinds.get(className);
  if (kind === undefined) {
    kind =
      (HEADLINE_TOKENS.test(className) ? HEADLINE_CLASS : 0) |
      (CAPTION_TOKEN.test(className) ? CAPTION_CLASS : 0) |
      (STANDFIRST_TOKENS.test(className) ? STANDFIRST_CLASS : 0);
    if (classKinds.size >= 4096) classKinds.clear();
    classKinds.set(className, kind);
  }
  return kind;
}

/** A headline, standfirst, caption or date by its own tag or class: the reader looks for those itself. */
function mayBeArticleFurniture(tag: string, classKind: number): boolean {
  return HEADING_TAGS.has(tag) || tag === 'FIGURE' || tag === 'FIGCAPTION' || tag === 'TIME' || classKind !== 0;
}

/**
 * What may sit inside a plain link list: list items and the inline elements a link's text is
 * written with. Anything else (a nested box, a paragraph, a form field, a script) is left to the walk.
 */
const LINK_LIST_TAGS = new Set([...INLINE_TAGS, 'LI']);
let linkListSelectors: { attributes: string; all: string } | null = null;

/** Non-whitespace characters (the whitespace `trim` removes is what `\s` matches). */
function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** A text node outside any link with a character other than XML's four spaces, or null; compiled once per document. */
const outsideLinksQuery = new WeakMap<Document, XPathExpression>();

/**
 * Whether some text under `el` that is not inside a link has a visible character (as `trim`
 * sees it). A browser answers with one XPath query, without a script object for each link; its
 * `normalize-space` keeps a no-break space, so a text of no-break spaces counts as visible there
 * and the box is walked, as it may be. Elsewhere (linkedom has no XPath) the links' text is
 * compared with the box's.
 */
function hasTextOutsideLinks(el: Element, links: HTMLCollectionOf<Element>): boolean {
  const doc = el.ownerDocument;
  if (typeof doc.createExpression === 'function') {
    let query = outsideLinksQuery.get(doc);
    if (!query) {
      query = doc.createExpression('.//text()[not(ancestor::a)][normalize-space()]');
      outsideLinksQuery.set(doc, query);
    }
    return query.evaluate(el, 9 /* FIRST_ORDERED_NODE_TYPE */).singleNodeValue !== null;
  }
  let inLinks = 0;
  for (let i = 0; i < links.length; i++) inLinks += visibleLength(links[i]!.textContent ?? '');
  return inLinks !== visibleLength(el.textContent ?? '');
}

/**
 * A box the walk would drop by its shape as a box of links, found without walking it: at least
 * three links, nothing but list items and inline elements inside (none hidden, none with a name
 * the walk may drop), and no visible text outside the links. Then the walk would count every
 * character of its text as link text, drop nothing inside and reach isChromeByShape's first
 * rule. Menus, site maps and tag lists hold most of the text nodes of a news page's chrome;
 * walking each item from script costs far more than these few native lookups, and on a box that
 * is no link list the first or second of them fails.
 */
function isPlainLinkList(el: Element): boolean {
  // Its first child tells most boxes apart without a lookup (the walk reads that child next anyway).
  const first = el.firstElementChild;
  if (first === null || !LINK_LIST_TAGS.has(first.tagName)) return false;
  const links = el.getElementsByTagName('a');
  if (links.length < 3) return false;
  if (!linkListSelectors) {
    const { tags, attributes } = linkListSpoilers(LINK_LIST_TAGS);
    linkListSelectors = { attributes, all: `${tags}, ${attributes}` };
  }
  // A list of nothing but items and links (the common menu) is told by two counts; any other
  // tag inside is looked for with the selector of allowed tags.
  const onlyItemsAndLinks = el.getElementsByTagName('*').length === links.length + el.getElementsByTagName('li').length;
  if (el.querySelector(onlyItemsAndLinks ? linkListSelectors.attributes : linkListSelectors.all) !== null) return false;
  if ((el.textContent ?? '').trim() === '' || hasTextOutsideLinks(el, links)) return false;
  if (el.querySelector('[class], [id]') === null) return true;
  for (const named of el.querySelectorAll('[class], [id]')) {
    if (mayBeUnlikelyName(named.getAttribute('class') ?? '', named.getAttribute('id') ?? '')) return false;
  }
  return true;
}

/** Longer than this, a box is no byline ("By Jane Roe and John Doe | 3 March 2025, 10:12"). */
const MAX_BYLINE_TEXT = 200;
/** A byline gives the publication's time and at most an update's. */
const MAX_BYLINE_TIMES = 2;

/**
 * A line of who and when: short, no heading (a teaser card has its headline), one or two times
 * (a list of teasers has one per card).
 */
function isBylineShaped(stats: ContentStats, times: number): boolean {
  return stats.text <= MAX_BYLINE_TEXT && stats.headings === 0 && times <= MAX_BYLINE_TIMES;
}

/** Longer than this, a line is not "Read more: <link>" (isLeadInLinkLine); its text is not even read. */
const MAX_LEAD_IN_LINE = 300;

/** The text of `el` that is not inside a link (read only for the few lines that may be "Read more: …"). */
function textOutsideLinks(el: Element): string {
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out += (child as Text).data;
    else if (child.nodeType === ELEMENT_NODE && (child as Element).tagName !== 'A' && !SKIPPED_TAGS.has((child as Element).tagName)) {
      out += textOutsideLinks(child as Element);
    }
  }
  return out;
}

/**
 * The page's <head> or <body>. A page with markup before its <head> (a stray <div>) leaves
 * linkedom with an empty <head> and <body> of its own ahead of the page's: then the one of that
 * name under <html> that has content.
 */
export function rootChild(doc: Document, tag: 'HEAD' | 'BODY'): HTMLElement | null {
  const declared = tag === 'HEAD' ? doc.head : doc.body;
  if (!declared || declared.firstChild || !doc.documentElement) return declared;
  for (let el = doc.documentElement.firstElementChild; el; el = el.nextElementSibling) {
    if (el.tagName === tag && el.firstChild) return el as HTMLElement;
  }
  return declared;
}

/**
 * The element that holds the article by its own declaration: <article>, <main>, role=main,
 * itemprop=articleBody (role and itemprop read already by the caller, null when absent).
 */
function isArticleContainer(tag: string, role: string | null, itemprop: string | null): boolean {
  if (tag === 'ARTICLE' || tag === 'MAIN') return true;
  return role === 'main' || (itemprop !== null && ARTICLE_BODY_ITEMPROP.test(itemprop));
}

/** Visits the elements under `root` (with their tagName) in document order, not looking inside <template>. */
function forEachElement(root: Element | Document, visit: (el: Element, tag: string) => void): void {
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.tagName;
    visit(el, tag);
    if (tag !== 'TEMPLATE') forEachElement(el, visit);
  }
}

/** The anchors of `protectedElements`: h1, main, [role="main"], [itemprop~="articleBody"], first <article>. */
function protectionAnchors(doc: Document): Element[] {
  const anchors: Element[] = [];
  if (hasNativeSelectors(doc)) {
    doc.querySelectorAll('h1, main, [role="main"], [itemprop~="articleBody"]').forEach((el) => anchors.push(el));
    const firstArticle = doc.querySelector('article');
    if (firstArticle) anchors.push(firstArticle);
    return anchors;
  }
  let firstArticle: Element | null = null;
  forEachElement(doc, (el, tag) => {
    if (tag === 'ARTICLE') firstArticle ??= el;
    if (tag === 'H1' || tag === 'MAIN') anchors.push(el);
    else if (el.hasAttributes()) {
      const itemprop = el.getAttribute('itemprop');
      if (el.getAttribute('role') === 'main' || (itemprop !== null && ARTICLE_BODY_ITEMPROP.test(itemprop))) anchors.push(el);
    }
  });
  if (firstArticle) anchors.push(firstArticle);
  return anchors;
}

/**
 * What the metadata reader takes from <head>, in document order: what
 * `title, meta, link[rel~="canonical"], script[type="application/ld+json"]` selects (rel and
 * type compared ignoring case, as HTML does).
 */
function headElements(head: Element): Element[] {
  const found: Element[] = [];
  const consider = (el: Element, tag: string) => {
    if (tag === 'TITLE' || tag === 'META') found.push(el);
    else if (tag === 'LINK') {
      const rel = el.getAttribute('rel');
      if (rel !== null && CANONICAL_REL.test(rel)) found.push(el);
    } else if (tag === 'SCRIPT' && el.getAttribute('type')?.toLowerCase() === 'application/ld+json') found.push(el);
  };
  if (hasNativeSelectors(head.ownerDocument)) head.querySelectorAll('title, meta, link, script').forEach((el) => consider(el, el.tagName));
  else forEachElement(head, consider);
  return found;
}

const CANONICAL_REL = /(?:^|\s)canonical(?:$|\s)/i;

/** Live elements that must survive pruning: they hold the headline or the article itself. */
function protectedElements(doc: Document): Set<Element> {
  const anchors = protectionAnchors(doc);
  const keep = new Set<Element>();
  for (const anchor of anchors) {
    for (let el: Element | null = anchor; el && !keep.has(el); el = el.parentElement) keep.add(el);
  }
  return keep;
}

/**
 * Copy `doc` into a fresh detached document. With `prune`, chrome subtrees are left out;
 * without it everything is copied but chrome is still recorded in `chromeRoots`.
 */
export function copyPage(doc: Document, prune: boolean, opts: { linkLists?: boolean } = {}): PageCopy {
  const copy = doc.cloneNode(false) as Document;
  const keep = protectedElements(doc);
  const native = hasNativeSelectors(doc);
  // Plain link lists are judged without walking them where the selector lookups they need are
  // native; a DOM written in JavaScript compiles the selector on each call, and walks anyway.
  const linkLists = opts.linkLists ?? native;
  const result: PageCopy = {
    copy,
    elementNames: new Set(['html', 'head', 'title', 'body']),
    liveText: new Map(),
    textInfo: new Map(),
    chromeRoots: new Map(),
    headings: [],
    captions: [],
    standfirsts: [],
    times: [],
    bylineTimes: [],
    metas: [],
    canonicalHref: null,
    jsonLd: [],
    titleText: '',
    prunedRoots: [],
    prunedByName: false,
  };
  let order = 0;
  let breakPending = false;

  const html = copy.createElement('html');
  copy.appendChild(html);
  const head = copy.createElement('head');
  html.appendChild(head);
  const liveRoot = doc.documentElement;
  if (liveRoot) {
    const lang = liveRoot.getAttribute('lang');
    if (lang) html.setAttribute('lang', lang);
  }

  // <head>: only what Readability and our metadata reader look at.
  const liveHead = rootChild(doc, 'HEAD');
  if (liveHead) {
    headElements(liveHead).forEach((el) => {
      if (el.tagName === 'TITLE') {
        result.titleText = el.textContent ?? '';
        const title = copy.createElement('title');
        title.textContent = result.titleText;
        head.appendChild(title);
      } else if (el.tagName === 'META') {
        result.metas.push(el);
        head.appendChild(shallowCopy(copy, el));
      } else if (el.tagName === 'LINK') {
        result.canonicalHref ??= el.getAttribute('href');
      } else {
        result.jsonLd.push(el.textContent ?? '');
      }
    });
  }

  /** The element alone, attributes included, owned by `into`. */
  function shallowCopy(into: Document, el: Element): Element {
    result.elementNames.add(el.localName);
    return into.importNode(el, false);
  }

  /**
   * Judges `el` and its subtree; returns what it keeps (copied afterwards by `build`), or
   * 'dropped' (chrome left out) or 'skipped' (an element never copied; 'email field' when it
   * is an input asking for an email address, which its parent counts). Nothing is copied while
   * judging: on a news page most of what is visited turns out to be a menu or a teaser grid, and
   * building its copy only to throw it away cost more than the judging.
   */
  function visit(
    el: Element,
    inLink: boolean,
    inHeading: boolean,
    inArticle: boolean,
    inTableOrCode: boolean,
  ): Kept | 'dropped' | 'skipped' | 'email field' {
    const tag = el.tagName;
    if (SKIPPED_TAGS.has(tag)) {
      collectDeclared(result, el, tag);
      return isEmailField(el, tag) ? 'email field' : 'skipped';
    }
    // Each attribute is read once: in a browser every read is a call into the DOM, and in
    // linkedom each walks the element's attribute list. Most elements carry a class or an id at
    // most; a browser answers with one `matches` whether there is any attribute the judgement
    // reads besides those two, and only then are they read.
    let className = '';
    let id = '';
    let role: string | null = null;
    let itemprop: string | null = null;
    let otherAttributes = false;
    if (el.hasAttributes()) {
      if (native) {
        className = el.getAttribute('class') ?? '';
        id = el.getAttribute('id') ?? '';
        otherAttributes = el.matches(JUDGED_ATTRIBUTES);
      } else {
        // linkedom builds a class list for any read of `class`, even on an element without one.
        if (el.hasAttribute('class')) className = el.getAttribute('class') ?? '';
        id = el.getAttribute('id') ?? '';
        otherAttributes = true;
      }
      if (otherAttributes) {
        role = el.getAttribute('role');
        itemprop = el.getAttribute('itemprop');
      }
    }
    const isProtected = tag === 'BODY' || keep.has(el);
    let reason: ChromeReason | null = null;
    if (!isProtected && (isChromeTag(tag, inArticle) || (otherAttributes && isChromeByAttributes(el, role)))) {
      reason = 'markup';
      result.chromeRoots.set(el, reason);
      if (prune) {
        result.prunedRoots.push(el);
        return 'dropped';
      }
    }
    const classKind = classKindOf(className);
    if (
      prune &&
      !isProtected &&
      !reason &&
      !inTableOrCode &&
      tag !== 'A' &&
      isUnlikelyName(className, id, inArticle) &&
      !mayBeArticleFurniture(tag, classKind)
    ) {
      // Readability's first pass removes it too; only its retries, when that pass finds too
      // little, would look inside (the reader then reads the page unpruned, see read-article).
      result.prunedRoots.push(el);
      result.prunedByName = true;
      return 'dropped';
    }
    if (linkLists && prune && !isProtected && !reason && !INLINE_TAGS.has(tag) && isShapeJudged(tag) && isPlainLinkList(el)) {
      // What the walk would conclude (see isPlainLinkList); its text nodes get no record, as
      // nothing of a dropped box is read afterwards.
      result.chromeRoots.set(el, 'shape');
      breakPending = true;
      return 'dropped';
    }
    const startOrder = order;
    const headingsBefore = result.headings.length;
    const captionsBefore = result.captions.length;
    const standfirstsBefore = result.standfirsts.length;
    const timesBefore = result.times.length;
    const bylineTimesBefore = result.bylineTimes.length;
    const stats = emptyStats();
    const children: ChildShape[] = [];
    const kids: Array<Kept | Text> = [];
    const isLink = inLink || tag === 'A';
    const isHeading = inHeading || HEADING_TAGS.has(tag);
    const blockLevel = !INLINE_TAGS.has(tag);
    const isArticle = inArticle || isArticleContainer(tag, role, itemprop);
    if (tag === 'BR' || tag === 'IMG') breakPending = true;
    if (tag === 'A') stats.links++;
    if (HEADING_TAGS.has(tag)) stats.headings++;
    if (tag === 'IMG' || tag === 'PICTURE' || tag === 'VIDEO') {
      stats.images++;
      if (isLink) stats.linkedImages++;
    }
    if (blockLevel) breakPending = true;

    for (let child = el.firstChild; child; child = child.nextSibling) {
      const nodeType = child.nodeType;
      if (nodeType === TEXT_NODE) {
        const live = child as Text;
        const data = live.data;
        kids.push(live);
        result.textInfo.set(live, { order: order++, breakBefore: breakPending });
        breakPending = false;
        const length = data.trim().length;
        stats.text += length;
        if (isLink) stats.linkText += length;
        if (isHeading) {
          stats.headingText += length;
          if (isLink) stats.linkedHeadingText += length;
        }
      } else if (nodeType === ELEMENT_NODE) {
        const shape = visit(child as Element, isLink, isHeading, isArticle, inTableOrCode || tag === 'TABLE' || tag === 'CODE');
        if (shape === 'dropped') {
          stats.droppedChildren++;
        } else if (shape === 'email field') {
          stats.emailFields++;
        } else if (shape !== 'skipped') {
          addStats(stats, shape.stats);
          children.push(shape);
          kids.push(shape);
        }
      }
    }
    if (blockLevel) breakPending = true;
    if (tag === 'P' && stats.text > 0) stats.paragraphs++;

    if (!isProtected && blockLevel && !reason) {
      if (isChromeByShape(stats, children, tag)) reason = 'shape';
      else if (
        (tag === 'P' || tag === 'DIV') &&
        stats.links > 0 &&
        stats.linkText < stats.text &&
        stats.text < MAX_LEAD_IN_LINE &&
        isLeadInLinkLine(stats, textOutsideLinks(el))
      ) {
        reason = 'shape';
      }
      else if (className || id) {
        if (isNamedChrome(stats, className, id, () => el.textContent ?? '')) reason = 'named';
      }
      if (reason) result.chromeRoots.set(el, reason);
    }
    // Nothing found inside chrome is the article's headline, caption or date. Without pruning
    // (the fallback) a landmark may have been misleading, so only content-judged chrome counts.
    if (reason === 'shape' || reason === 'named' || (reason === 'markup' && prune)) {
      result.headings.length = headingsBefore;
      result.captions.length = captionsBefore;
      result.standfirsts.length = standfirstsBefore;
      // A byline ("Name | <time>") is chrome by its name or its links, but holds the date: the
      // times of a byline-shaped box are kept aside, unless a box around it is chrome and no
      // byline (a teaser card, a "related" list), which drops them here at its own level.
      const times = result.times.length - timesBefore + result.bylineTimes.length - bylineTimesBefore;
      if (reason !== 'markup' && isBylineShaped(stats, times)) result.bylineTimes.push(...result.times.slice(timesBefore));
      else result.bylineTimes.length = bylineTimesBefore;
      result.times.length = timesBefore;
      if (prune && reason !== 'named') return 'dropped';
    } else if (!reason) {
      if (classKind !== 0 || tag === 'H1' || tag === 'H2' || tag === 'H3' || tag === 'FIGCAPTION' || tag === 'TIME' || itemprop === 'caption') {
        collect(el, tag, className, id, classKind, itemprop, startOrder);
      }
    }
    return new Kept(tag, className, stats, el, kids);
  }

  /** Copies what `visit` kept under `parentCopy`, in document order. */
  function build(kept: Kept, parentCopy: Element): void {
    const out = shallowCopy(copy, kept.el);
    for (const kid of kept.kids) {
      if (kid instanceof Kept) {
        build(kid, out);
      } else {
        const copied = copy.createTextNode(kid.data);
        out.appendChild(copied);
        result.liveText.set(copied, kid);
      }
    }
    parentCopy.appendChild(out);
  }


  /** Records `el` if it may be the headline, a caption, the standfirst or the date. */
  function collect(el: Element, tag: string, className: string, id: string, classKind: number, itemprop: string | null, startOrder: number): void {
    let here: Found | null = null;
    const found = () => (here ??= { el, order: startOrder });
    if (tag === 'H1' || tag === 'H2' || tag === 'H3' || (classKind & HEADLINE_CLASS) !== 0) result.headings.push(found());
    if (tag === 'FIGCAPTION' || (classKind & CAPTION_CLASS) !== 0 || itemprop === 'caption') {
      result.captions.push(found());
    } else if ((classKind & STANDFIRST_CLASS) !== 0 && !hasChromeName(className, id)) {
      result.standfirsts.push(found());
    }
    if (tag === 'TIME' && el.hasAttribute('datetime')) result.times.push(found());
  }

  const body = rootChild(doc, 'BODY');
  if (body) {
    const shape = visit(body, false, false, false, false);
    if (typeof shape === 'string') html.appendChild(copy.createElement('body'));
    else build(shape, html);
  } else {
    html.appendChild(copy.createElement('body'));
  }
  // Children were collected after their parents' positions were taken: restore document order.
  const byOrder = (a: Found, b: Found) => a.order - b.order;
  result.headings.sort(byOrder);
  result.captions.sort(byOrder);
  result.standfirsts.sort(byOrder);
  return result;
}
