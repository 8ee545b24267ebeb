// Where the article ends. Readability often takes the whole column that holds the story, and with
// it what outlets put right after the body: the newsletter box, the donation appeal, the
// "Our Standards" line, the comments. Some of these are named by words that would be too loose
// anywhere on the page ("support", "mail", "trust"), so they are judged here, once we know where
// the body is: a block named so that comes after the body's last paragraph is not the article's.

import { hasTrailingChromeName } from './chrome-hints';
import { textLength } from './text-map';

/** Body text read from one block element of the page, in document order. */
export interface TextGroup {
  block: Element | null;
  nodes: readonly Text[];
}

/**
 * The named trailing blocks never take more than this share of the body text: a body whose
 * second half sits in a "…-bottom" container stays whole.
 */
const MAX_TRAILING_SHARE = 0.25;

/** `groups` without the blocks after the article body that the page names as add-ons. */
export function withoutTrailingChrome<G extends TextGroup>(groups: readonly G[]): G[] {
  const sizes = groups.map((group) => textLength(group.nodes));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const container = bodyContainer(groups, sizes);
  if (!container || total === 0) return [...groups];

  // The outermost trailing-named element around each block, below where it meets the body.
  const containerLine = new Set<Element>();
  for (let el: Element | null = container; el; el = el.parentElement) containerLine.add(el);
  const namedRoots = groups.map((group) => (group.block ? trailingNamedRoot(group.block, containerLine) : null));
  // The body ends with its last block that no such name covers.
  let lastClean = -1;
  groups.forEach((group, i) => {
    if (group.block && container.contains(group.block) && !namedRoots[i]) lastClean = i;
  });

  const heldBy = new Map<Element, number>();
  groups.forEach((_, i) => {
    const root = namedRoots[i];
    if (root && i > lastClean) heldBy.set(root, (heldBy.get(root) ?? 0) + sizes[i]!);
  });
  return groups.filter((_, i) => {
    const root = namedRoots[i];
    return !(root && i > lastClean && heldBy.get(root)! <= MAX_TRAILING_SHARE * total);
  });
}

/** The element whose own child blocks hold the most body text: the story's paragraphs' parent. */
function bodyContainer(groups: readonly TextGroup[], sizes: readonly number[]): Element | null {
  const held = new Map<Element, number>();
  groups.forEach((group, i) => {
    const parent = group.block?.parentElement;
    if (parent) held.set(parent, (held.get(parent) ?? 0) + sizes[i]!);
  });
  let best: Element | null = null;
  let bestSize = 0;
  for (const [el, size] of held) {
    if (size > bestSize) {
      best = el;
      bestSize = size;
    }
  }
  return best;
}

/**
 * The outermost element from `block` up to where its branch meets the body container (the
 * container and its ancestors, `containerLine`, excluded) whose name marks it as trailing chrome;
 * null if none does.
 */
function trailingNamedRoot(block: Element, containerLine: ReadonlySet<Element>): Element | null {
  let root: Element | null = null;
  for (let el: Element | null = block; el && !containerLine.has(el); el = el.parentElement) {
    if (hasTrailingChromeName(el)) root = el;
  }
  return root;
}
