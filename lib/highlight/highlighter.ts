// Paints claim ranges into the page. With the CSS Custom Highlight API (one Highlight per
// status) the DOM is not touched at all beyond one <style>; without it, text nodes are wrapped
// in <crossread-mark>, recording every split so `clear()` restores the very same nodes.
import type { ClaimStatus } from '../engine/types';
import { HIGHLIGHT_PREFIX, MARK_TAG, STATUSES, pageStylesheet } from './status-styles';

export interface PaintedClaim {
  id: string;
  status: ClaimStatus;
  range: Range;
}

export interface Highlighter {
  readonly mode: 'highlight-api' | 'wrap';
  /** Replaces everything painted with these claims. */
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
  const names = [...STATUSES, 'active'].map((s) => HIGHLIGHT_PREFIX + s);
  return {
    mode: 'highlight-api',
    paint(claims) {
      style ??= ensureStyle(doc);
      byId = new Map(claims.map((c) => [c.id, c]));
      for (const status of STATUSES) {
        const ranges = claims.filter((c) => c.status === status).map((c) => c.range);
        const name = HIGHLIGHT_PREFIX + status;
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

/** Text nodes a range covers, split at its ends so each is covered whole. */
function coveredTextNodes(doc: Document, range: Range, splits: Array<{ original: Text; created: Text }>): Text[] {
  let { startContainer, startOffset, endContainer, endOffset } = range;
  if (range.collapsed) return [];
  // Split the end first so the start offsets stay valid when both are in one node.
  if (endContainer.nodeType === Node.TEXT_NODE && endOffset > 0 && endOffset < (endContainer as Text).length) {
    const created = (endContainer as Text).splitText(endOffset);
    splits.push({ original: endContainer as Text, created });
  }
  if (startContainer.nodeType === Node.TEXT_NODE && startOffset > 0 && startOffset < (startContainer as Text).length) {
    const created = (startContainer as Text).splitText(startOffset);
    splits.push({ original: startContainer as Text, created });
    if (endContainer === startContainer) {
      endContainer = created;
      endOffset = created.length;
    }
    startContainer = created;
    startOffset = 0;
  }
  const r = doc.createRange();
  r.setStart(startContainer, startOffset);
  r.setEnd(endContainer, endOffset);
  const root = r.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) return (root as Text).length ? [root as Text] : [];
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.length && r.intersectsNode(t) && t.parentNode?.nodeName.toLowerCase() !== MARK_TAG) out.push(t);
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

  const statusById = new Map<string, ClaimStatus>();
  return {
    mode: 'wrap',
    paint(claims) {
      unwrapAll();
      style ??= ensureStyle(doc);
      statusById.clear();
      // Collect all nodes first: wrapping one claim must not disturb another's range.
      const plan = claims.map((c) => ({ c, nodes: coveredTextNodes(doc, c.range, splits) }));
      for (const { c, nodes } of plan) {
        statusById.set(c.id, c.status);
        const list: HTMLElement[] = [];
        for (const t of nodes) {
          if (!t.parentNode || t.parentNode.nodeName.toLowerCase() === MARK_TAG) continue;
          const mark = doc.createElement(MARK_TAG);
          mark.setAttribute('data-crossread-status', c.status);
          mark.setAttribute('data-crossread-id', c.id);
          t.parentNode.insertBefore(mark, t);
          mark.appendChild(t);
          marks.push(mark);
          list.push(mark);
        }
        marksById.set(c.id, list);
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
