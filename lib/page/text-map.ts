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
  /** The text so far, in pieces joined once by `build`. */
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: TextSegment[] = [];
  private open: TextSegment | null = null;
  /** The last character written is a space, or the block has no character yet. */
  private atSpace = true;

  get size(): number {
    return this.length;
  }

  /** Appends unmapped text verbatim (block separators, a title taken from metadata). */
  appendRaw(text: string): void {
    this.closeSegment();
    this.write(text);
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
    this.write(' ');
    this.atSpace = true;
  }

  /** Appends a live text node's data with runs of whitespace collapsed to one space. */
  appendNode(node: Text): void {
    const data = node.data;
    if (!NOT_SINGLE_SPACES.test(data)) {
      this.appendSpacedNode(node, data);
      return;
    }
    const spaces = WHITESPACE_RUNS;
    let at = 0;
    spaces.lastIndex = 0;
    for (let m = spaces.exec(data); ; m = spaces.exec(data)) {
      const runStart = m ? m.index : data.length;
      if (runStart > at) {
        this.atSpace = false;
        this.put(data.slice(at, runStart), node, at);
      }
      if (!m) break;
      const runEnd = runStart + m[0].length;
      if (this.atSpace) {
        // Collapsed away: the next character kept is no longer adjacent in the node.
        this.closeSegment();
      } else {
        this.atSpace = true;
        this.put(' ', node, runStart);
        // The rest of the run is dropped: what follows is not adjacent to the space.
        if (runEnd - runStart > 1) this.closeSegment();
      }
      at = runEnd;
    }
  }

  /**
   * `appendNode` for data whose only white space is single ' ' characters (most text nodes):
   * nothing collapses except a leading space after a space, so the rest is one contiguous run.
   */
  private appendSpacedNode(node: Text, data: string): void {
    if (data.length === 0) return;
    let at = 0;
    if (this.atSpace && data.charCodeAt(0) === SPACE) {
      // Collapsed away: the next character kept is no longer adjacent in the node.
      this.closeSegment();
      at = 1;
      if (data.length === 1) return;
    }
    this.put(at === 0 ? data : data.slice(at), node, at);
    this.atSpace = data.charCodeAt(data.length - 1) === SPACE;
  }

  /** Ends a block, dropping the space it may end with. */
  endBlock(): void {
    this.closeSegment();
    const parts = this.parts;
    const last = parts[parts.length - 1];
    if (last !== undefined && last.endsWith(' ')) {
      if (last.length === 1) parts.pop();
      else parts[parts.length - 1] = last.slice(0, -1);
      this.length--;
      const segment = this.segments[this.segments.length - 1];
      if (segment && segment.end > this.length) {
        segment.end = this.length;
        if (segment.end <= segment.start) this.segments.pop();
      }
    }
    this.atSpace = true;
  }

  build(): TextMap {
    this.closeSegment();
    return { text: this.parts.join(''), segments: this.segments };
  }

  private write(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.length += text.length;
  }

  /** Writes `chars`, read from node.data at `offset`, extending the open segment when contiguous. */
  private put(chars: string, node: Text, offset: number): void {
    const position = this.length;
    this.write(chars);
    const open = this.open;
    if (open && open.node === node && open.offset + (open.end - open.start) === offset && open.end === position) {
      open.end += chars.length;
      return;
    }
    this.closeSegment();
    this.open = { start: position, end: position + chars.length, node, offset };
  }

  private closeSegment(): void {
    if (this.open) {
      this.segments.push(this.open);
      this.open = null;
    }
  }
}

const WHITESPACE_RUNS = /\s+/g;
/** White space other than a lone ' ': a run, or another kind of space character. */
const NOT_SINGLE_SPACES = /[^\S ]| {2}/;
const SPACE = 0x20;

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

/** Visible characters in `nodes`: their text without surrounding white space. */
export function textLength(nodes: readonly Text[]): number {
  let total = 0;
  for (const node of nodes) total += node.data.trim().length;
  return total;
}
