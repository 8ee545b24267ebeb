// Runs Readability on the page copy and returns the element holding the article, doing only the
// work whose result the reader uses: which text nodes the article keeps.
//
// Two kinds of shortcut, each leaving that result unchanged:
//  - Post-processing is skipped everywhere: it rewrites URLs, drops class attributes and unwraps
//    <div>s that hold a single element or nothing but whitespace; no text node with visible text
//    is removed or reordered by any of it.
//  - On a DOM written in JavaScript (linkedom in Node: the CLI, the tests, the benchmarks) every
//    querySelectorAll compiles its selector anew, and `style` parses the attribute on each read.
//    Readability asks for elements by tag name some forty times per page, so there the lookup is
//    a walk over the tree, and visibility skips `style` on elements without a style attribute.
//    A browser's native DOM keeps Readability's own code.

import { Readability } from '@mozilla/readability';

/** Readability's internals that are replaced on the instance; named as in @mozilla/readability 0.6. */
interface ReadabilityInternals {
  _postProcessContent?: (articleContent: Element) => void;
  _getAllNodesWithTag?: (node: Element | Document, tagNames: string[]) => ArrayLike<Element>;
  _isProbablyVisible?: (node: Element) => boolean;
}

function isNative(fn: unknown): boolean {
  return typeof fn === 'function' && Function.prototype.toString.call(fn).includes('[native code]');
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
}

/** The article element Readability builds from `copy` (which it consumes), or null. */
export function runReadability(copy: Document, options: ReadabilityRunOptions): Element | null {
  const reader = new Readability<Element>(copy, {
    serializer: (el) => el as Element,
    disableJSONLD: true,
    charThreshold: options.charThreshold,
  });
  const internals = reader as unknown as ReadabilityInternals;
  if (typeof internals._postProcessContent === 'function') internals._postProcessContent = () => {};
  if (!isNative(copy.querySelectorAll)) {
    if (typeof internals._getAllNodesWithTag === 'function') internals._getAllNodesWithTag = elementsWithTag;
    const isProbablyVisible = internals._isProbablyVisible;
    if (typeof isProbablyVisible === 'function') {
      internals._isProbablyVisible = function (node: Element): boolean {
        if (node.hasAttribute('style')) return isProbablyVisible.call(this, node);
        // Readability's test with the style checks dropped: without the attribute they pass.
        const className = node.className as string | undefined;
        return (
          !node.hasAttribute('hidden') &&
          (!node.hasAttribute('aria-hidden') ||
            node.getAttribute('aria-hidden') != 'true' ||
            !!(className && className.includes && className.includes('fallback-image')))
        );
      };
    }
  }
  return reader.parse()?.content ?? null;
}
