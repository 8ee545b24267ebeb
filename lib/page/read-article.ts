// Reads a news page into article text: headline, standfirst, captions and body, each block taken
// from the live page's own text nodes so offsets can be turned back into highlights.
// Readability decides which part of the page is the article; it runs on a copy of the page
// (it mutates its input) from which site chrome has already been left out.

import { withoutTrailingChrome } from './article-end';
import { INLINE_TAGS, copyPage, declaredInPruned, type ChromeReason, type Found, type PageCopy } from './page-copy';
import { SKIPPED_TAGS, classNameOf, hasBylineName } from './chrome-hints';
import { collapse, dateInUrl, declaredLang, guessLang, hostOf, isoDate, readDeclaredMetadata } from './page-metadata';
import { runReadability } from './readability-run';
import { TextMapBuilder, textLength, type TextMap } from './text-map';

export type BlockKind = 'title' | 'standfirst' | 'caption' | 'body';

export interface ArticleBlock {
  kind: BlockKind;
  /** Offsets into `text`, end exclusive. */
  start: number;
  end: number;
}

export interface ReadArticle {
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD as declared by the page, or null. */
  published: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /** Blocks joined by blank lines, whitespace inside a block collapsed. */
  text: string;
  blocks: ArticleBlock[];
  textMap: TextMap;
}

/** The page holds no article Readability can find (or only site chrome). */
export class NoArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoArticleError';
  }
}

/** Less body text than this and the page is not an article (a shell, a section front). */
const MIN_BODY_CHARS = 80;
/**
 * Readability retries with looser rules (and rebuilds its copy from HTML) below this. Its own
 * default: with less, a first pass that found a sidebar or a fragment is taken for the article.
 */
const READABILITY_CHAR_THRESHOLD = 500;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function readArticle(doc: Document, opts: { url?: string } = {}): ReadArticle {
  let { page, content } = findArticle(doc, true);
  let bodyNodes = withoutChrome(articleTextNodes(page, content), page.chromeRoots, 'named');
  const found = textLength(bodyNodes);
  // The landmarks and boxes left out may have held the article (a body inside an <aside>); and
  // when Readability finds too little it retries looking inside what its first pass removes by
  // name, which the copy no longer has. Either way: let it see the whole page, then drop what
  // was judged chrome, and keep the longer reading.
  if (found < MIN_BODY_CHARS || (found < READABILITY_CHAR_THRESHOLD && page.prunedByName)) {
    const whole = findArticle(doc, false);
    const wholeNodes = withoutChrome(articleTextNodes(whole.page, whole.content), whole.page.chromeRoots, 'any');
    if (textLength(wholeNodes) > found) ({ page, content, bodyNodes } = { ...whole, bodyNodes: wholeNodes });
  }
  if (textLength(bodyNodes) < MIN_BODY_CHARS) {
    throw new NoArticleError(
      `No article found${opts.url ? ` in ${opts.url}` : ''}: the page has no readable body text outside site chrome.`,
    );
  }

  let meta = readDeclaredMetadata(page.metas, page.jsonLd, page.canonicalHref, page.titleText, opts.url ?? doc.URL);
  if ((!meta.published || !meta.siteName) && page.prunedRoots.length > 0) {
    const more = declaredInPruned(page);
    if (more.jsonLd.length + more.metas.length > 0) {
      meta = readDeclaredMetadata([...page.metas, ...more.metas], [...page.jsonLd, ...more.jsonLd], page.canonicalHref, page.titleText, opts.url ?? doc.URL);
    }
  }
  const titleEl = pickTitleElement(page.headings, meta.title, page.titleText);
  const bodyGroups = withoutTrailingChrome(groupByBlock(bodyNodes.filter((node) => !(titleEl && titleEl.contains(node)))));
  const scope = articleScope(bodyGroups, titleEl);
  const titleText = titleEl ? collapse(elementText(titleEl, page)) : cleanMetaTitle(meta.title, meta.siteName);
  const standfirstEl = pickStandfirst(page.standfirsts, scope, titleEl, titleText, page);
  const captionEls = pickCaptions(page.captions, scope, page);

  const within = (node: Node, els: readonly Element[]) => els.some((el) => el.contains(node));
  const body = bodyGroups.filter((group) => {
    const first = group.nodes[0]!;
    return !(standfirstEl && standfirstEl.contains(first)) && !within(first, captionEls);
  });

  const builder = new TextMapBuilder();
  const blocks: ArticleBlock[] = [];
  // Every block written here has visible text, so separators never double up.
  const emit = (kind: BlockKind, write: () => void) => {
    if (blocks.length > 0) builder.appendRaw('\n\n');
    const start = builder.size;
    builder.startBlock();
    write();
    builder.endBlock();
    blocks.push({ kind, start, end: builder.size });
  };

  if (titleEl) emit('title', () => writeElement(builder, titleEl, page));
  else if (titleText) emit('title', () => builder.appendRaw(titleText));

  if (standfirstEl) {
    emit('standfirst', () => writeElement(builder, standfirstEl, page));
  } else if (meta.description && isNewText(meta.description, titleText, body)) {
    emit('standfirst', () => builder.appendRaw(collapse(meta.description!)));
  }

  type Pending = { order: number; kind: BlockKind; write: () => void };
  const rest: Pending[] = [
    ...captionEls.map((el) => ({ order: firstOrder(el, page), kind: 'caption' as const, write: () => writeElement(builder, el, page) })),
    ...body.map((group) => ({ order: page.textInfo.get(group.nodes[0]!)!.order, kind: 'body' as const, write: () => writeNodes(builder, group.nodes, page) })),
  ];
  rest.sort((a, b) => a.order - b.order);
  for (const item of rest) emit(item.kind, item.write);

  const textMap = builder.build();
  const published = meta.published ?? publishedTime(page, scope, articleSpan(titleEl, bodyGroups, page)) ?? dateInUrl(meta.canonicalUrl ?? opts.url ?? doc.URL);

  return {
    title: titleText,
    outlet: meta.siteName ?? hostOf(meta.canonicalUrl ?? opts.url),
    published,
    canonicalUrl: meta.canonicalUrl,
    lang: declaredLang(doc) ?? guessLang(textMap.text),
    text: textMap.text,
    blocks,
    textMap,
  };
}

/** A <time> that says it is the publication's: pubdate, itemprop=datePublished, a "published" class. */
const PUBLISHED_TIME = /publish|posted|pubdate|created/i;
/** A <time> that says it is an update: never the publication date. */
const MODIFIED_TIME = /modif|updat|edited/i;
/**
 * A <time> whose own words say it is an update ("Updated 29 April", "Обновлено"), whatever its
 * class: its datetime is then often the update's, even when the text gives both dates.
 */
const UPDATE_WORDS = /updat|modified|edited|revised|обновл|изменен|actualizad|mis à jour|aktualisiert/i;

/** Where headline and body lie, by the document order of their text. */
interface ArticleSpan {
  /** The headline's first text, or -1 without a headline element. */
  title: number;
  /** The body's first and last text (after the headline). */
  bodyStart: number;
  bodyEnd: number;
}

function articleSpan(titleEl: Element | null, bodyGroups: readonly BlockGroup[], page: PageCopy): ArticleSpan {
  const first = bodyGroups[0]?.nodes[0];
  const last = bodyGroups[bodyGroups.length - 1]?.nodes;
  const orderOf = (node: Text | undefined) => (node ? page.textInfo.get(node)!.order : -1);
  return { title: titleEl ? firstOrder(titleEl, page) : -1, bodyStart: orderOf(first), bodyEnd: orderOf(last?.[last.length - 1]) };
}

/** The time, or a box it sits in inside the article, is named as a byline or a date box (hasBylineName). */
function inNamedByline(el: Element, scope: Element | null): boolean {
  for (let e: Element | null = el; e && e !== scope; e = e.parentElement) {
    if (e.hasAttributes() && hasBylineName(classNameOf(e), e.getAttribute('id') ?? '', e.getAttribute('itemprop'))) return true;
  }
  return false;
}

/**
 * The publication date from the page's <time datetime> elements when the page declares none.
 * Candidates are the times outside chrome and those of a byline (a short chrome box, see
 * PageCopy.bylineTimes). A byline's time counts only inside the article (the element that
 * holds headline and body): where a byline or date box is named (itself or a box around it),
 * anywhere up to the body's last block, never after it (a comment's or a teaser's); unnamed,
 * only between the headline and the body. Updates never count. First a time marked as the
 * publication's, else the first in the article, in document order: a byline above the body
 * comes before any date quoted further down.
 */
function publishedTime(page: PageCopy, scope: Element | null, span: ArticleSpan): string | null {
  const candidates = [
    ...page.times.map((found) => ({ ...found, byline: false })),
    ...page.bylineTimes.map((found) => ({ ...found, byline: true })),
  ].sort((a, b) => a.order - b.order);
  let first: string | null = null;
  for (const { el, order, byline } of candidates) {
    const inArticle = !!scope?.contains(el);
    if (byline) {
      if (!inArticle || order > span.bodyEnd) continue;
      const betweenHeadlineAndBody = span.title >= 0 && order > span.title && order < span.bodyStart;
      if (!betweenHeadlineAndBody && !inNamedByline(el, scope)) continue;
    }
    if (UPDATE_WORDS.test(el.textContent ?? '')) continue;
    const date = isoDate(el.getAttribute('datetime') ?? '');
    if (!date) continue;
    // Its own marks first: WordPress themes class the publication's time "entry-published
    // updated" (hAtom), so "published" there outweighs "updated".
    const own = `${el.getAttribute('itemprop') ?? ''} ${classNameOf(el)}`;
    if (el.hasAttribute('pubdate') || PUBLISHED_TIME.test(own)) return date;
    const marks = `${own} ${el.parentElement ? classNameOf(el.parentElement) : ''}`;
    if (MODIFIED_TIME.test(marks)) continue;
    if (PUBLISHED_TIME.test(marks)) return date;
    if (!first && inArticle) first = date;
  }
  return first;
}

/** A copy of the page (pruned of chrome or not) and the article Readability finds in it, if any. */
function findArticle(doc: Document, prune: boolean): { page: PageCopy; content: Node | null } {
  const page = copyPage(doc, prune);
  try {
    const content = runReadability(page.copy, {
      charThreshold: READABILITY_CHAR_THRESHOLD,
      elementNames: page.elementNames,
      // Made the same way: Readability serialises it only if it has to retry.
      recopy: () => copyPage(doc, prune).copy,
    });
    return { page, content };
  } catch {
    return { page, content: null };
  }
}

/** Live text nodes of the article Readability found in the copy, in document order. */
function articleTextNodes(page: PageCopy, content: Node | null): Text[] {
  if (!content) return [];
  const nodes: Text[] = [];
  let byData: Map<string, Text[]> | null = null;
  const used = new Set<Text>();
  forEachText(content, (copied) => {
    let live = page.liveText.get(copied);
    // White space between two inline elements (<a>Jane</a> <a>Doe</a>) keeps their words apart;
    // one Readability rebuilt from HTML cannot be told from any other, and is left out.
    if (!live && !/\S/.test(copied.data)) return;
    if (!live) {
      // Readability rebuilt this part from HTML (its retry path): find the node by its text.
      byData ??= indexByData(page);
      live = byData.get(copied.data)?.find((candidate) => !used.has(candidate));
    }
    if (live && !used.has(live)) {
      used.add(live);
      nodes.push(live);
    }
  });
  nodes.sort((a, b) => page.textInfo.get(a)!.order - page.textInfo.get(b)!.order);
  return nodes;
}

function indexByData(page: PageCopy): Map<string, Text[]> {
  const index = new Map<string, Text[]>();
  // Every text node visited, in document order, those in chrome left out after all included.
  for (const live of page.textInfo.keys()) {
    const list = index.get(live.data);
    if (list) list.push(live);
    else index.set(live.data, [live]);
  }
  return index;
}

function forEachText(root: Node, visit: (node: Text) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) visit(node as Text);
    if (node.firstChild && !(node.nodeType === ELEMENT_NODE && SKIPPED_TAGS.has((node as Element).tagName))) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling && node !== root) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
}

/**
 * Drops text inside chrome from Readability's output: with `which` 'named', only inside elements
 * named chrome whose content agrees (the rest was left out of the copy already); with 'any',
 * inside any chrome root. A judgement from a landmark or a name is overruled when the element
 * holds most of the article (a body in an <aside>, a story div whose class mentions "share");
 * one from content alone (teaser grid, link list) never is.
 */
function withoutChrome(nodes: readonly Text[], chromeRoots: ReadonlyMap<Element, ChromeReason>, which: 'named' | 'any'): Text[] {
  if (chromeRoots.size === 0) return [...nodes];
  const total = textLength(nodes);
  const heldBy = new Map<Element, number>();
  const rootsOf = nodes.map((node) => {
    const roots: Element[] = [];
    for (let el = node.parentElement; el; el = el.parentElement) {
      const reason = chromeRoots.get(el);
      if (reason && (which === 'any' || reason === 'named')) roots.push(el);
    }
    for (const root of roots) heldBy.set(root, (heldBy.get(root) ?? 0) + node.data.trim().length);
    return roots;
  });
  const overruled = (root: Element) => chromeRoots.get(root) !== 'shape' && (heldBy.get(root) ?? 0) * 2 > total;
  return nodes.filter((_, i) => rootsOf[i]!.every(overruled));
}

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName) && el.parentElement) el = el.parentElement;
  return el;
}

interface BlockGroup {
  block: Element | null;
  nodes: Text[];
}

/**
 * Consecutive text nodes that share their nearest block element form one block; white space at
 * a block's edges is dropped, and so is a block of white space alone (the gap between two
 * paragraphs).
 */
function groupByBlock(nodes: readonly Text[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const node of nodes) {
    const block = blockOf(node);
    const last = groups[groups.length - 1];
    if (last && last.block === block) last.nodes.push(node);
    else groups.push({ block, nodes: [node] });
  }
  const visible = (node: Text) => VISIBLE.test(node.data);
  const out: BlockGroup[] = [];
  for (const group of groups) {
    const first = group.nodes.findIndex(visible);
    if (first < 0) continue;
    let last = group.nodes.length - 1;
    while (!visible(group.nodes[last]!)) last--;
    out.push(first === 0 && last === group.nodes.length - 1 ? group : { block: group.block, nodes: group.nodes.slice(first, last + 1) });
  }
  return out;
}

const VISIBLE = /\S/;

function lowestCommonAncestor(elements: readonly Element[]): Element | null {
  // The first element's ancestors, root first, each with its depth; the common ancestor so far
  // is the deepest of them within `depth`, which only ever shrinks.
  let depthOf: Map<Element, number> | null = null;
  let chain: Element[] = [];
  let depth = 0;
  for (const el of elements) {
    if (!depthOf) {
      for (let e: Element | null = el; e; e = e.parentElement) chain.push(e);
      chain = chain.reverse();
      depthOf = new Map(chain.map((e, i) => [e, i]));
      depth = chain.length;
      continue;
    }
    let e: Element | null = el;
    let at: number | undefined;
    while (e && ((at = depthOf.get(e)) === undefined || at >= depth)) e = e.parentElement;
    if (!e) return null;
    depth = at! + 1;
  }
  return depthOf ? chain[depth - 1] ?? null : null;
}

/** The element holding the headline and the body: captions and dates outside it are not the article's. */
function articleScope(groups: readonly BlockGroup[], titleEl: Element | null): Element | null {
  const blocks = groups.map((g) => g.block).filter((b): b is Element => b !== null);
  if (titleEl) return lowestCommonAncestor([...blocks, titleEl]);
  const bodyRoot = lowestCommonAncestor(blocks);
  // Without a headline in the page, the figure usually sits just beside the text container.
  return bodyRoot?.parentElement && bodyRoot.tagName !== 'BODY' ? bodyRoot.parentElement : bodyRoot;
}

function normalized(text: string): string {
  return collapse(text).toLowerCase().replace(/[“”"«»‘’'.…]/g, '');
}

function elementText(el: Element, page: PageCopy): string {
  let text = '';
  forEachText(el, (node) => {
    if (page.textInfo.has(node)) text += node.data;
  });
  return text;
}

/** The headline element: a heading whose text is the declared title, else the first <h1>. */
function pickTitleElement(headings: readonly Found[], metaTitle: string | null, docTitle: string): Element | null {
  const declared = [metaTitle, docTitle].filter((t): t is string => !!t).map(normalized);
  let firstH1: Element | null = null;
  for (const { el } of headings) {
    const text = normalized(el.textContent ?? '');
    if (text.length < 8) continue;
    if (declared.some((title) => title === text || (title.startsWith(text) && text.length >= 0.5 * title.length))) return el;
    if (!firstH1 && el.tagName === 'H1') firstH1 = el;
  }
  return firstH1;
}

/** og:title / <title> without a trailing " | Outlet". */
function cleanMetaTitle(title: string | null, siteName: string | null): string {
  if (!title) return '';
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (siteName ? normalized(last) === normalized(siteName) : last.length < 0.4 * title.length) {
      return collapse(parts.slice(0, -1).join(' - '));
    }
  }
  return collapse(title);
}

/** The standfirst: a dek/excerpt/summary element in the article after the headline. */
function pickStandfirst(
  candidates: readonly Found[],
  scope: Element | null,
  titleEl: Element | null,
  titleText: string,
  page: PageCopy,
): Element | null {
  const titleOrder = titleEl ? firstOrder(titleEl, page) : -1;
  for (const { el, order } of candidates) {
    if (el === titleEl || titleEl?.contains(el) || el.contains(titleEl)) continue;
    if (scope && !scope.contains(el)) continue;
    if (order < titleOrder) continue;
    const text = collapse(elementText(el, page));
    if (text.length < 15 || text.length > 800 || normalized(text) === normalized(titleText)) continue;
    return el;
  }
  return null;
}

/** Captions inside the article, each once (carousels repeat them), outermost element kept. */
function pickCaptions(candidates: readonly Found[], scope: Element | null, page: PageCopy): Element[] {
  const chosen: Element[] = [];
  const seen = new Set<string>();
  for (const { el } of candidates) {
    if (!scope || !scope.contains(el)) continue;
    if (chosen.some((c) => c.contains(el))) continue;
    const key = normalized(elementText(el, page));
    if (!key || seen.has(key)) continue;
    seen.add(key);
    chosen.push(el);
  }
  return chosen;
}

/**
 * Above this share of its words already in the lead, a description restates the lead (sites
 * often write it from the first sentence) and a reader of the page never sees anything new in it.
 */
const RESTATED_WORD_SHARE = 0.8;

/** Words that carry meaning: three letters or more, or any number. */
function contentWords(text: string): string[] {
  return normalized(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 || /\p{N}/u.test(word));
}

/**
 * A meta description is worth a block only when it says something the page does not already:
 * not the headline, not (nearly) the lead's own words.
 */
function isNewText(description: string, title: string, body: readonly BlockGroup[]): boolean {
  const text = normalized(description).replace(/\s*\.\.\.$|…$/, '');
  if (text.length < 15 || text === normalized(title)) return false;
  const leadText = body.slice(0, 3).map((g) => g.nodes.map((n) => n.data).join('')).join(' ');
  const lead = new Set(contentWords(leadText));
  const words = contentWords(text);
  const restated = words.filter((word) => lead.has(word)).length;
  return words.length > 0 && restated <= RESTATED_WORD_SHARE * words.length;
}

function firstOrder(el: Element, page: PageCopy): number {
  let order = Number.MAX_SAFE_INTEGER;
  forEachText(el, (node) => {
    const info = page.textInfo.get(node);
    if (info && info.order < order) order = info.order;
  });
  return order;
}

function writeNodes(builder: TextMapBuilder, nodes: readonly Text[], page: PageCopy): void {
  nodes.forEach((node, i) => {
    if (i > 0 && page.textInfo.get(node)?.breakBefore) builder.softBreak();
    builder.appendNode(node);
  });
}

/** An element's visible text; nested blocks and <br>s become single spaces. */
function writeElement(builder: TextMapBuilder, el: Element, page: PageCopy): void {
  let first = true;
  forEachText(el, (node) => {
    const info = page.textInfo.get(node);
    if (!info) return;
    if (!first && info.breakBefore) builder.softBreak();
    builder.appendNode(node);
    first = false;
  });
}
