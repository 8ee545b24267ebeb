// Custom Highlight API ranges are not elements: they receive no events and no focus. A click
// is mapped to a claim by asking where the caret would land under the pointer, then checking
// that the point is really over the claim's text (a click past the end of a line puts the caret
// at the line's end, which must not count).
export interface HitTarget {
  id: string;
  range: Range;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function pointInRects(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The claim under viewport point (x, y), or null. */
export function claimAtPoint(doc: Document, targets: readonly HitTarget[], x: number, y: number): string | null {
  const caret = caretAt(doc, x, y);
  for (const t of targets) {
    if (t.range.collapsed) continue;
    if (caret) {
      let inside = false;
      try {
        inside = t.range.isPointInRange(caret.node, caret.offset);
      } catch {
        inside = false; // caret in another document or shadow tree
      }
      if (!inside) continue;
    }
    if (pointInRects(t.range, x, y)) return t.id;
  }
  return null;
}
