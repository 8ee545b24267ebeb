// Paints claim ranges into the page. With the CSS Custom Highlight API (one Highlight per
// status) the DOM is not touched at all beyond one <style>; without it, text nodes are wrapped
// in <crossread-mark>, recording every split so `clear()` restores the very same nodes.
import type { MarkStyle } from './mark-policy';
import { HIGHLIGHT_PREFIX, MARK_STYLES, MARK_TAG, pageStylesheet } from './status-styles';

export interface PaintedClaim {
  id: string;
  /**
   * How it looks (see mark-policy.ts); null paints nothing, but the claim can still be made the
   * active one (opened from the popup), which paints it while its card is open.
   */
  mark: MarkStyle | null;
  range: Range;
}

export interface Highlighter {
  readonly mode: 'highlight-api' | 'wrap';
  /**
   * Replaces everything painted with these claims. In wrap mode the ranges are re-pointed at
   * the marks (the same Range objects), and they must have been made on the unwrapped page:
   * clear() before reading the page again.
   */
  paint(claims: readonly PaintedClaim[]): void;
  /** Marks one claim as the active one (card open / keyboard focus); null for none. */
  setActive(id: string | null): void;
  /** Removes every trace: highlights, marks, the style element. */
  clear(): void;
  /** Whether a node belongs to the highlighter (the observer ignores its own changes). */
  owns(node: Node): boolean;
}

const STYLE_ID = 'crossread-highlight-style';

function ensureStyle(doc: Document): HTMLStyleElement {
  let style = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = pageStylesheet();
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  return style;
}

export function hasHighlightApi(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createHighlighter(doc: Document, opts: { forceWrap?: boolean } = {}): Highlighter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && !opts.forceWrap && hasHighlightApi(win)) return apiHighlighter(doc, win);
  return wrapHighlighter(doc);
}

function apiHighlighter(doc: Document, win: Window & typeof globalThis): Highlighter {
  let style: HTMLStyleElement | null = null;
  let byId = new Map<string, PaintedClaim>();
  const names = [...MARK_STYLES, 'active'].map((s) => HIGHLIGHT_PREFIX + s);
  return {
    mode: 'highlight-api',
    paint(claims) {
      style ??= ensureStyle(doc);
      byId = new Map(claims.map((c) => [c.id, c]));
      for (const style of MARK_STYLES) {
        const ranges = claims.filter((c) => c.mark === style).map((c) => c.range);
        const name = HIGHLIGHT_PREFIX + style;
        if (ranges.length) win.CSS.highlights.set(name, new win.Highlight(...ranges));
        else win.CSS.highlights.delete(name);
      }
      win.CSS.highlights.delete(HIGHLIGHT_PREFIX + 'active');
    },
    setActive(id) {
      const c = id === null ? undefined : byId.get(id);
      if (!c) win.CSS.highlights.delete(HIGHLIGHT_PREFIX + 'active');
      else {
        const h = new win.Highlight(c.range);
        h.priority = 1; // above the status highlight of the same words
        win.CSS.highlights.set(HIGHLIGHT_PREFIX + 'active', h);
      }
    },
    clear() {
      for (const n of names) win.CSS.highlights.delete(n);
      style?.remove();
      style = null;
      byId = new Map();
    },
    owns(node) {
      return node === style;
    },
  };
}

/** Splits the text nodes at a range's ends so that it covers whole text nodes only. */
function splitAtEnds(range: Range, splits: Array<{ original: Text; created: Text }>): void {
  if (range.collapsed) return;
  // The end first, so the start offset stays valid when both are in one node. The live range
  // follows each split (DOM "split a Text node" steps), as do all other claims' ranges.
  const { endContainer, endOffset } = range;
  if (endContainer.nodeType === Node.TEXT_NODE && endOffset > 0 && endOffset < (endContainer as Text).length) {
    splits.push({ original: endContainer as Text, created: (endContainer as Text).splitText(endOffset) });
  }
  const { startContainer, startOffset } = range;
  if (startContainer.nodeType === Node.TEXT_NODE && startOffset > 0 && startOffset < (startContainer as Text).length) {
    const created = (startContainer as Text).splitText(startOffset);
    splits.push({ original: startContainer as Text, created });
    if (range.startContainer !== created) range.setStart(created, 0);
  }
}

/** The non-empty text nodes a range covers (whole, after splitAtEnds). */
function textNodesIn(doc: Document, range: Range): Text[] {
  if (range.collapsed) return [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) return (root as Text).length ? [root as Text] : [];
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.length && range.intersectsNode(t)) out.push(t);
  }
  return out;
}

function wrapHighlighter(doc: Document): Highlighter {
  let style: HTMLStyleElement | null = null;
  // Undo log, replayed backwards by clear(): marks first, then the text-node splits.
  let marks: HTMLElement[] = [];
  let splits: Array<{ original: Text; created: Text }> = [];
  let marksById = new Map<string, HTMLElement[]>();
  let activeId: string | null = null;

  function unwrapAll() {
    for (const mark of marks.reverse()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    for (const { original, created } of splits.reverse()) {
      // Rejoin only when the page has not moved the pieces apart meanwhile.
      if (original.nextSibling === created) {
        original.appendData(created.data);
        created.remove();
      }
    }
    marks = [];
    splits = [];
    marksById = new Map();
  }

  function markStatus(id: string, status: string) {
    for (const m of marksById.get(id) ?? []) m.setAttribute('data-crossread-status', status + (id === activeId ? ' active' : ''));
  }

  const statusById = new Map<string, MarkStyle | 'none'>();
  return {
    mode: 'wrap',
    paint(claims) {
      unwrapAll();
      style ??= ensureStyle(doc);
      statusById.clear();
      // Three passes, because each step disturbs the next one's input: split every claim's ends
      // (ranges follow), list every claim's text nodes (wrapping would collapse ranges), wrap.
      // Overlapping claims (a name inside a quote) get nested marks.
      for (const c of claims) splitAtEnds(c.range, splits);
      const plan = claims.map((c) => ({ c, nodes: textNodesIn(doc, c.range) }));
      for (const { c, nodes } of plan) {
        statusById.set(c.id, c.mark ?? 'none');
        const list: HTMLElement[] = [];
        for (const t of nodes) {
          if (!t.parentNode) continue;
          const mark = doc.createElement(MARK_TAG);
          mark.setAttribute('data-crossread-status', c.mark ?? 'none');
          mark.setAttribute('data-crossread-id', c.id);
          t.parentNode.insertBefore(mark, t);
          mark.appendChild(t);
          marks.push(mark);
          list.push(mark);
        }
        marksById.set(c.id, list);
      }
      // Moving a text node into a mark collapses every live range that ended inside it (DOM
      // "remove" steps), the claim's own included: point each claim's range at its marks again,
      // so hit-testing and re-reading see the same words as with the Highlight API.
      for (const { c } of plan) {
        const list = marksById.get(c.id) ?? [];
        const first = list[0]?.firstChild;
        const last = list[list.length - 1]?.lastChild;
        if (first && last) {
          c.range.setStart(first, 0);
          c.range.setEnd(last, last.nodeType === Node.TEXT_NODE ? (last as Text).length : last.childNodes.length);
        }
      }
    },
    setActive(id) {
      const prev = activeId;
      activeId = id;
      if (prev !== null) markStatus(prev, statusById.get(prev) ?? 'only');
      if (id !== null) markStatus(id, statusById.get(id) ?? 'only');
    },
    clear() {
      unwrapAll();
      style?.remove();
      style = null;
      activeId = null;
    },
    owns(node) {
      return node === style || node.nodeName.toLowerCase() === MARK_TAG || (node.parentNode?.nodeName.toLowerCase() === MARK_TAG);
    },
  };
}
