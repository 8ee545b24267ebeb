// Links offsets in the extracted article text back to the live text nodes they were read from,
// so a claim found by the engine can be highlighted on the page. When the page has changed
// since it was read, or a span covers text that has no node (a title taken from <meta>), the
// answer is null: no highlight is better than a wrong one.

/** text[start, end) was read verbatim (whitespace aside) from node.data[offset, offset + end - start). */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  offset: number;
}

export interface TextMap {
  text: string;
  /** Sorted by start, non-overlapping. Gaps hold collapsed whitespace, block breaks or unmapped text. */
  segments: TextSegment[];
}

/** Builds text and segments together while whitespace is collapsed. */
export class TextMapBuilder {
  private text = '';
  private readonly segments: TextSegment[] = [];
  private open: TextSegment | null = null;
  /** The last character written is a space, or the block has no character yet. */
  private atSpace = true;

  get size(): number {
    return this.text.length;
  }

  /** Appends unmapped text verbatim (block separators, a title taken from metadata). */
  appendRaw(text: string): void {
    this.closeSegment();
    this.text += text;
  }

  /** Starts a block: whitespace at its start is dropped. */
  startBlock(): void {
    this.closeSegment();
    this.atSpace = true;
  }

  /** One space before the next character (a <br> between two text nodes), unless there is one. */
  softBreak(): void {
    if (this.atSpace) return;
    this.closeSegment();
    this.text += ' ';
    this.atSpace = true;
  }

  /** Appends a live text node's data with runs of whitespace collapsed to one space. */
  appendNode(node: Text): void {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (/\s/.test(ch)) {
        if (this.atSpace) {
          // Collapsed away: the next character kept is no longer adjacent in the node.
          this.closeSegment();
          continue;
        }
        this.atSpace = true;
        this.put(' ', node, i);
      } else {
        this.atSpace = false;
        this.put(ch, node, i);
      }
    }
  }

  /** Ends a block, dropping the space it may end with. */
  endBlock(): void {
    this.closeSegment();
    if (this.text.endsWith(' ')) {
      this.text = this.text.slice(0, -1);
      const last = this.segments[this.segments.length - 1];
      if (last && last.end > this.text.length) {
        last.end = this.text.length;
        if (last.end <= last.start) this.segments.pop();
      }
    }
    this.atSpace = true;
  }

  build(): TextMap {
    this.closeSegment();
    return { text: this.text, segments: this.segments };
  }

  private put(ch: string, node: Text, offset: number): void {
    const position = this.text.length;
    this.text += ch;
    const open = this.open;
    if (open && open.node === node && open.offset + (open.end - open.start) === offset && open.end === position) {
      open.end++;
      return;
    }
    this.closeSegment();
    this.open = { start: position, end: position + 1, node, offset };
  }

  private closeSegment(): void {
    if (this.open) {
      this.segments.push(this.open);
      this.open = null;
    }
  }
}

/** Where a text offset lives in the DOM. */
export interface DomPoint {
  node: Text;
  offset: number;
}

const WHITESPACE = /\s/;

function segmentAt(segments: readonly TextSegment[], position: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid]!;
    if (position < segment.start) high = mid - 1;
    else if (position >= segment.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

function stillMatches(map: TextMap, segment: TextSegment): boolean {
  const node = segment.node;
  if (!node.isConnected) return false;
  const live = node.data.slice(segment.offset, segment.offset + (segment.end - segment.start)).replace(/\s/g, ' ');
  return live === map.text.slice(segment.start, segment.end);
}

/**
 * The DOM points for text[start, end), or null when any non-space character of the span has no
 * live node or the nodes no longer hold the text they held when the page was read.
 */
export function pointsForOffsets(map: TextMap, start: number, end: number): { start: DomPoint; end: DomPoint } | null {
  const { text, segments } = map;
  if (!(start >= 0 && end <= text.length && start < end)) return null;
  while (start < end && WHITESPACE.test(text[start]!)) start++;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  const first = segmentAt(segments, start);
  const last = segmentAt(segments, end - 1);
  if (first < 0 || last < 0) return null;
  for (let i = first; i <= last; i++) {
    const segment = segments[i]!;
    if (!stillMatches(map, segment)) return null;
    const next = segments[i + 1];
    if (i < last && next && /\S/.test(text.slice(segment.end, next.start))) return null;
  }
  const a = segments[first]!;
  const b = segments[last]!;
  return {
    start: { node: a.node, offset: a.offset + (start - a.start) },
    end: { node: b.node, offset: b.offset + (end - b.start) },
  };
}

/** A live Range over text[start, end), or null rather than a wrong range. */
export function rangeForOffsets(map: TextMap, start: number, end: number): Range | null {
  const points = pointsForOffsets(map, start, end);
  if (!points) return null;
  const doc = points.start.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(points.start.node, points.start.offset);
  range.setEnd(points.end.node, points.end.offset);
  return range;
}
