// Runs Readability on the page copy and returns the element holding the article, doing only the
// work whose result the reader uses: which text nodes the article keeps.
//
// Shortcuts, each leaving that result unchanged:
//  - Post-processing is skipped everywhere: it rewrites URLs, drops class attributes and unwraps
//    <div>s that hold a single element or nothing but whitespace; no text node with visible text
//    is removed or reordered by any of it.
//  - On a DOM written in JavaScript (linkedom in Node: the CLI, the background's seed reader, the
//    tests, the benchmarks) every DOM call is JavaScript too, so the run makes fewer of them:
//      · only the steps of Readability's parse() that choose the article run; the rest serialises
//        the article for a debug log that is off and reads its text for an excerpt and a length;
//      · the page is not serialised for Readability's retries until a retry needs it, and then
//        from a fresh copy;
//      · a lookup by tag name walks the tree instead of compiling a selector, and does not walk
//        at all for a tag no element of the copy has (scripts, forms, tables…); a step that only
//        looks at such elements is skipped (link density in a copy without links is 0; the
//        image fix-up has nothing to do in a copy without images);
//      · a byline is looked for in an element's text only when its attributes name one;
//      · visibility skips `style` on elements without a style attribute.
//    A browser's native DOM keeps Readability's own code.

import { Readability } from '@mozilla/readability';

/** Readability's internals used or replaced on the instance; named as in @mozilla/readability 0.6. */
interface ReadabilityInternals {
  _doc: Document;
  _metadata: unknown;
  _articleTitle: unknown;
  REGEXPS?: { byline?: RegExp };
  _postProcessContent?: (articleContent: Element) => void;
  _unwrapNoscriptImages?: (doc: Document) => void;
  _removeScripts?: (doc: Document) => void;
  _prepDocument?: () => void;
  _getArticleMetadata?: (jsonLd: object) => { title?: unknown };
  _grabArticle?: () => Element | null;
  _getAllNodesWithTag?: (node: Element | Document, tagNames: string[]) => ArrayLike<Element>;
  _isProbablyVisible?: (node: Element) => boolean;
  _isValidByline?: (node: Element, matchString: string) => boolean;
  _getLinkDensity?: (element: Element) => number;
}

const nativeFunctions = new WeakMap<object, boolean>();

function isNative(fn: unknown): boolean {
  if (typeof fn !== 'function') return false;
  let native = nativeFunctions.get(fn);
  if (native === undefined) {
    native = Function.prototype.toString.call(fn).includes('[native code]');
    nativeFunctions.set(fn, native);
  }
  return native;
}

const lowerNames = new Map<string, string>();

function lowerName(el: Element): string {
  const name = el.localName;
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    lowerNames.set(name, lower);
  }
  return lower;
}

/**
 * What `node.querySelectorAll(tagNames.join(','))` returns: descendants whose tag name is one of
 * `tagNames` (compared case-insensitively, as an HTML document does), in document order, not
 * looking inside <template>.
 */
function elementsWithTag(root: Element | Document, tagNames: readonly string[]): Element[] {
  const wanted = new Set(tagNames.map((t) => t.toLowerCase()));
  const out: Element[] = [];
  const visit = (parent: Element | Document) => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      const name = lowerName(el);
      if (wanted.has(name)) out.push(el);
      if (name !== 'template') visit(el);
    }
  };
  visit(root);
  return out;
}

export interface ReadabilityRunOptions {
  charThreshold: number;
  /**
   * The localName of every element in the copy: looking up any other tag (one Readability does
   * not create either) finds nothing without a walk. Only used on a DOM written in JavaScript.
   */
  elementNames?: ReadonlySet<string>;
  /**
   * Makes a fresh copy of the page, made as `copy` was. With it, the page is not serialised for
   * Readability's retries up front, only when a retry needs it, from such a fresh copy. Only
   * used on a DOM written in JavaScript.
   */
  recopy?: () => Document;
}

/** Elements Readability 0.6 makes while choosing the article (new paragraphs, renamed tags, lazy images). */
const READABILITY_CREATES = ['div', 'p', 'span', 'h2', 'img'];

const PAGE_CACHE_PLACEHOLDER = '<!-- Readability page cache, serialised when needed -->';

/** Per body whose page cache is put off: how to serialise the page as Readability would have. */
const pageCaches = new WeakMap<HTMLElement, { serialise: () => string; html?: string }>();

/** The `innerHTML` setter of an element's class, under the per-body one defined below. */
function ownInnerHTMLSetter(el: HTMLElement): (this: HTMLElement, html: string) => void {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'innerHTML')?.set;
    if (setter) return setter;
  }
  throw new Error('innerHTML cannot be set on this element');
}

/**
 * Readability starts by reading `body.innerHTML` (a serialisation of the whole page) so that it
 * can restore the page if it has to retry with looser rules, which most pages never need. The
 * read returns a placeholder; when Readability writes the placeholder back to retry, the page
 * is serialised then, from a fresh copy prepared as Readability had prepared this one, which is
 * the HTML it would have read. One descriptor for every body, so each takes the same
 * hidden-class transition.
 */
const deferredInnerHTML: PropertyDescriptor = {
  configurable: true,
  get(): string {
    return PAGE_CACHE_PLACEHOLDER;
  },
  set(this: HTMLElement, html: string): void {
    const cache = pageCaches.get(this);
    if (html === PAGE_CACHE_PLACEHOLDER && cache) html = cache.html ??= cache.serialise();
    ownInnerHTMLSetter(this).call(this, html);
  },
};

/** Readability's own `_isProbablyVisible` with the style checks dropped: without the attribute they pass. */
function isProbablyVisibleWithoutStyle(node: Element): boolean {
  const className = node.className as string | undefined;
  return (
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') != 'true' ||
      !!(className && className.includes && className.includes('fallback-image')))
  );
}

/** The internals the shortcuts replace or call, all present. */
type Internals = Required<Omit<ReadabilityInternals, '_postProcessContent'>>;

function hasInternals(r: ReadabilityInternals): r is Internals {
  return (
    typeof r._unwrapNoscriptImages === 'function' &&
    typeof r._removeScripts === 'function' &&
    typeof r._prepDocument === 'function' &&
    typeof r._getArticleMetadata === 'function' &&
    typeof r._grabArticle === 'function' &&
    typeof r._getAllNodesWithTag === 'function' &&
    typeof r._isProbablyVisible === 'function' &&
    typeof r._isValidByline === 'function' &&
    typeof r._getLinkDensity === 'function' &&
    r.REGEXPS?.byline instanceof RegExp
  );
}

/** Replaces the internals whose work a DOM written in JavaScript makes expensive (see the top). */
function useJavaScriptDomShortcuts(r: Internals, copy: Document, options: ReadabilityRunOptions): void {
  const recopy = options.recopy;
  if (recopy && copy.body) {
    pageCaches.set(copy.body, {
      serialise: () => {
        const fresh = recopy();
        // Same class as `r`, so the same internals.
        const helper = new Readability(fresh, readabilityOptions(options)) as unknown as Internals;
        useJavaScriptDomShortcuts(helper, fresh, { ...options, recopy: undefined });
        prepareDocument(helper);
        return fresh.body.innerHTML;
      },
    });
    Object.defineProperty(copy.body, 'innerHTML', deferredInnerHTML);
  }

  if (options.elementNames) {
    // Compared as the walk compares them, lower-cased.
    const inCopy = new Set([...options.elementNames].map((name) => name.toLowerCase()));
    const present = new Set([...inCopy, ...READABILITY_CREATES]);
    r._getAllNodesWithTag = (node, tagNames) =>
      tagNames.some((tag) => present.has(tag.toLowerCase())) ? elementsWithTag(node, tagNames) : [];
    // Its first step, before Readability creates anything, looks for <img> and <noscript> only.
    if (!inCopy.has('img') && !inCopy.has('noscript')) r._unwrapNoscriptImages = () => {};
    // Without links the share of text in links is 0, whatever the text.
    if (!present.has('a')) r._getLinkDensity = () => 0;
  } else {
    r._getAllNodesWithTag = elementsWithTag;
  }

  const isProbablyVisible = r._isProbablyVisible;
  r._isProbablyVisible = function (this: unknown, node: Element): boolean {
    return node.hasAttribute('style') ? isProbablyVisible.call(this, node) : isProbablyVisibleWithoutStyle(node);
  };

  // Readability's test, with the element's text (a walk of its subtree) read only for the few
  // elements whose rel, itemprop or class and id name a byline.
  const byline = r.REGEXPS.byline!;
  r._isValidByline = (node, matchString) => {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
    const bylineLength = (node.textContent ?? '').trim().length;
    return !!bylineLength && bylineLength < 100;
  };
}

/** The steps of Readability's parse() that change the page before it reads the body's HTML. */
function prepareDocument(r: Internals): void {
  r._unwrapNoscriptImages(r._doc);
  r._removeScripts(r._doc);
  r._prepDocument();
}

/**
 * The steps of Readability's parse() that choose the article, as 0.6 takes them with JSON-LD
 * disabled and no element limit.
 */
function grabArticle(r: Internals): Element | null {
  prepareDocument(r);
  const metadata = r._getArticleMetadata({});
  r._metadata = metadata;
  r._articleTitle = metadata.title;
  return r._grabArticle();
}

/** Readability's options: the article element itself as its content, no JSON-LD (the reader has its own). */
function readabilityOptions(options: ReadabilityRunOptions) {
  return { serializer: (el: Node) => el as Element, disableJSONLD: true, charThreshold: options.charThreshold };
}

/** The article element Readability builds from `copy` (which it consumes), or null. */
export function runReadability(copy: Document, options: ReadabilityRunOptions): Element | null {
  const reader = new Readability<Element>(copy, readabilityOptions(options));
  const internals = reader as unknown as ReadabilityInternals;
  if (!isNative(copy.querySelectorAll) && hasInternals(internals)) {
    useJavaScriptDomShortcuts(internals, copy, options);
    return grabArticle(internals);
  }
  if (typeof internals._postProcessContent === 'function') internals._postProcessContent = () => {};
  return reader.parse()?.content ?? null;
}
