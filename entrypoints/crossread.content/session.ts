// One page's run: ask the background once, decide cheaply, and on a story page read, analyse
// (in the background), highlight and answer clicks. Every listener, timer and observer goes
// through `ctx`, so an extension update or reload leaves nothing running in the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type PageAnalysis, type PageClaim, type PageConfig } from '@/lib/messages';
import { readArticle } from '@/lib/page/read-article';
import { toPageArticle } from '@/lib/page/page-article';
import { rangeForOffsets } from '@/lib/page/text-map';
import { mayBeOnStory } from '@/lib/page/quick-check';
import { createHighlighter, type Highlighter } from '@/lib/highlight/highlighter';
import { claimAtPoint } from '@/lib/highlight/hit-test';
import { reanchor } from '@/lib/highlight/reanchor';
import { nextIndex, isNavKey } from '@/lib/highlight/keyboard';
import { markFor, type MarkSetting, type MarkStyle } from '@/lib/highlight/mark-policy';
import { createCardUi, type CardUi } from './card-ui';
import { markDecided, markHighlighted, markStart, timed } from './timing';

declare const __CROSSREAD_E2E__: boolean;

type ReadResult = ReturnType<typeof readArticle>;

interface Painted {
  claim: PageClaim;
  /** The claim's words in the text they were found in: the anchor for re-finding them. */
  exact: string;
  range: Range;
  /** Its mark under the reader's setting; null: listed in the popup, not marked in the page. */
  mark: MarkStyle | null;
}

function pageUrl(): string {
  const u = new URL(location.href);
  u.hash = '';
  return u.href;
}


export class PageSession {
  private highlighter: Highlighter | null = null;
  private card: CardUi | null = null;
  private painted: Painted[] = [];
  private activeIndex = -1;
  private showLegend = false;
  private marks: MarkSetting = 'calm';
  private article: ReadResult | null = null;
  private analysis: PageAnalysis | null = null;
  private observer: MutationObserver | null = null;
  private rereadTimer: number | null = null;
  /** Bumped by every (re)start so late answers of an older run are ignored. */
  private run = 0;
  private listening = false;
  /** The address (without hash) the last run started for. */
  private startedUrl: string | null = null;
  /** Where the last run stopped, for the E2E debug hook and bug reports. */
  phase = 'starting';

  constructor(private readonly ctx: ContentScriptContext) {}

  get claims(): readonly Painted[] {
    return this.painted;
  }
  get highlightMode(): string | null {
    return this.highlighter?.mode ?? null;
  }
  get cardOpen(): boolean {
    return this.card?.isOpen() ?? false;
  }
  activeClaimId(): string | null {
    return this.painted[this.activeIndex]?.claim.id ?? null;
  }

  /** The messages the background and popup send to this tab. */
  listen(): void {
    const offs = [
      onMessage('readCurrentPage', () => {
        try {
          return toPageArticle(this.article ?? readArticle(document, { url: pageUrl() }), pageUrl());
        } catch {
          return null; // not an article page (NoArticleError)
        }
      }),
      onMessage('pageSettingsChanged', ({ data }) => {
        this.teardown();
        if (data?.enabled) void this.start();
      }),
      onMessage('recheckPage', () => {
        // A page already on a story keeps its highlights; one about no story looks again.
        if (this.analysis?.onStory) return;
        this.teardown();
        void this.start();
      }),
      onMessage('showClaim', ({ data }) => {
        const i = this.painted.findIndex((p) => p.claim.id === data?.claimId);
        if (i < 0) return { shown: false };
        this.open(i, true, true);
        return { shown: true };
      }),
    ];
    this.ctx.onInvalidated(() => {
      for (const off of offs) off();
      this.teardown();
    });
    // Single-page sites change articles without a page load.
    this.ctx.addEventListener(window, 'wxt:locationchange', (e) => {
      // The page can learn this event's name (WXT posts it to the window) and fire it at will, but
      // its events carry no newUrl in this world; and only a real change of address starts a new
      // run (tests/e2e/hostile.spec.ts, fake-navigation).
      const next = (e as { newUrl?: unknown }).newUrl;
      if (!(next instanceof URL)) return;
      const url = new URL(next);
      url.hash = '';
      if (url.href === this.startedUrl) return;
      this.teardown();
      // The Navigation API reports the change before location.href has it.
      this.ctx.setTimeout(() => void this.start(), 0);
    });
  }

  async start(): Promise<void> {
    const run = ++this.run;
    this.startedUrl = pageUrl();
    markStart();
    let config: PageConfig;
    try {
      const t0 = performance.now();
      config = await sendMessage('getPageConfig', { url: pageUrl() });
      performance.measure('crossread:wait:config', { start: t0, end: performance.now() });
    } catch (err) {
      this.phase = `no config: ${String(err)}`;
      return; // the background is gone (extension reloading)
    }
    if (run !== this.run || this.ctx.isInvalid) return;
    this.marks = config.marks;
    const likely = timed('quick-check', () => config.enabled && config.stories.length > 0 && mayBeOnStory(document, config.stories));
    markDecided(likely);
    this.phase = likely ? 'likely story' : config.enabled ? 'off story' : 'site off';
    if (!likely) return;

    let article: ReadResult;
    try {
      article = timed('read', () => readArticle(document, { url: pageUrl() }));
    } catch (err) {
      this.phase = `no article: ${String(err)}`;
      return; // NoArticleError: a story-ish page that is not an article (an index, a search)
    }
    let analysis: PageAnalysis;
    try {
      const t0 = performance.now();
      analysis = await sendMessage('analyzePage', { article: toPageArticle(article, pageUrl()) });
      performance.measure('crossread:wait:analysis', { start: t0, end: performance.now() });
    } catch (err) {
      this.phase = `analysis failed: ${String(err)}`;
      return;
    }
    if (run !== this.run || this.ctx.isInvalid) return;
    for (const [step, ms] of Object.entries(analysis.timings ?? {})) performance.measure(`crossread:background:${step}`, { start: 0, duration: ms });
    this.phase = analysis.onStory ? 'painted' : `not on story (${analysis.claims.length} claims)`;
    if (!analysis.onStory) return;
    this.article = article;
    this.analysis = analysis;
    timed('paint', () => this.paint(analysis.claims.map((claim) => ({ claim, start: claim.start, end: claim.end })), article));
    markHighlighted();
    this.attach();
    this.announce();
  }

  /** Turns claim offsets into ranges on the current text map and paints them. */
  private paint(items: Array<{ claim: PageClaim; start: number; end: number }>, article: ReadResult): void {
    const painted: Painted[] = [];
    for (const { claim, start, end } of items) {
      const range = rangeForOffsets(article.textMap, start, end);
      if (range && !range.collapsed) painted.push({ claim, exact: article.text.slice(start, end), range, mark: markFor(claim, this.marks) });
    }
    painted.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    // E2E builds can force the fallback (the test sets an attribute) to test it in Chromium.
    this.highlighter ??= createHighlighter(document, {
      forceWrap: __CROSSREAD_E2E__ && document.documentElement.hasAttribute('data-crossread-test-wrap'),
    });
    this.painted = painted;
    this.highlighter.paint(painted.map((p) => ({ id: p.claim.id, mark: p.mark, range: p.range })));
    // The fallback wraps text nodes: those changes are ours, not the page's.
    this.observer?.takeRecords();
    if (this.activeIndex >= painted.length) this.activeIndex = -1;
  }

  /** Listeners that only a page with highlights needs. */
  private attach(): void {
    // The event listeners stay for the page's life (they return at once with nothing painted);
    // the observer is dropped by teardown and made again here.
    if (!this.listening) {
      this.listening = true;
      this.ctx.addEventListener(document, 'click', (e: MouseEvent) => this.onClick(e), { capture: true });
      this.ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => this.onKey(e), { capture: true });
    }
    if (!this.observer) {
      this.observer = new MutationObserver((records) => this.onMutations(records));
      this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    }
  }

  /** Highlights are invisible to screen readers: tell them the facts are there and how to reach them. */
  private announce(): void {
    const marked = this.marked().length;
    if (!marked) return;
    const conflicts = this.painted.filter((p) => p.claim.status === 'conflict').length;
    this.card ??= createCardUi(document);
    this.card.announce(
      `Crossread marked ${marked} checkable facts on this page` +
        (conflicts ? `, ${conflicts} of them in conflict with other sources` : '') +
        '. Press Alt+Shift+Right Arrow to go through them.',
    );
  }

  private onClick(e: MouseEvent): void {
    if (!this.painted.length || e.button !== 0) return;
    if (this.card?.contains(e.target)) return;
    // Only what the reader can see is clickable: an unmarked name under the pointer is plain text.
    const id = claimAtPoint(document, this.marked().map((i) => ({ id: this.painted[i]!.claim.id, range: this.painted[i]!.range })), e.clientX, e.clientY);
    if (id === null) {
      this.close();
      return;
    }
    this.open(this.painted.findIndex((p) => p.claim.id === id), false, false);
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.painted.length) return;
    if (e.key === 'Escape' && this.cardOpen) {
      this.close();
      e.stopPropagation();
      return;
    }
    const step = isNavKey(e);
    if (step !== 0) {
      e.preventDefault();
      e.stopPropagation();
      this.open(this.step(step), true, true);
      return;
    }
    // Enter re-opens the claim keyboard navigation is on, when focus is on the page itself.
    if (e.key === 'Enter' && !this.cardOpen && this.activeIndex >= 0 && (document.activeElement === document.body || document.activeElement === null)) {
      e.preventDefault();
      this.open(this.activeIndex, true, false);
    }
  }

  private open(index: number, focus: boolean, scroll: boolean): void {
    const p = this.painted[index];
    if (!p) return;
    this.activeIndex = index;
    this.highlighter?.setActive(p.claim.id);
    if (scroll) {
      const r = p.range.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) scrollBy({ top: r.top - innerHeight / 3 });
    }
    this.card ??= createCardUi(document);
    const marked = this.marked();
    const position = marked.indexOf(index);
    this.card.show(
      {
        claim: p.claim,
        position: position < 0 ? null : position + 1,
        total: marked.length,
        marks: this.marks,
        showLegend: this.showLegend,
        onToggleLegend: () => {
          this.showLegend = !this.showLegend;
          this.open(this.activeIndex, false, false);
        },
        onClose: () => this.close(),
        onMove: (step) => this.open(this.step(step), true, true),
      },
      p.range.getBoundingClientRect(),
      focus,
    );
  }

  /** Indexes (into painted) of the claims with a mark: keyboard movement and clicks reach only these. */
  private marked(): number[] {
    const out: number[] = [];
    this.painted.forEach((p, i) => p.mark !== null && out.push(i));
    return out;
  }

  /** The painted index one marked claim on from the active one (from an unmarked one: the next marked after it). */
  private step(step: 1 | -1): number {
    const marked = this.marked();
    if (!marked.length) return -1;
    const at = marked.indexOf(this.activeIndex);
    if (at >= 0 || this.activeIndex < 0) return marked[nextIndex(at, step, marked.length)]!;
    const after = marked.findIndex((i) => i > this.activeIndex);
    if (step === 1) return marked[after < 0 ? 0 : after]!;
    return marked[(after < 0 ? marked.length : after) - 1] ?? marked[marked.length - 1]!;
  }

  private close(): void {
    if (!this.cardOpen) return;
    this.card?.hide();
    this.showLegend = false;
    this.highlighter?.setActive(null);
  }

  private onMutations(records: MutationRecord[]): void {
    const h = this.highlighter;
    const ours = (n: Node) => (h?.owns(n) ?? false) || n.nodeName.toLowerCase() === 'crossread-card';
    const relevant = records.some((r) => !ours(r.target) && ![...r.addedNodes, ...r.removedNodes].every(ours));
    if (!relevant || this.rereadTimer !== null) return;
    // Batched: pages that stream changes (live blogs, lazy images) trigger one re-read per second.
    this.rereadTimer = this.ctx.setTimeout(() => {
      this.rereadTimer = null;
      this.reread();
    }, 800);
  }

  /** Re-reads the article; each claim is found again by its words and context, or dropped. */
  private reread(): void {
    const old = this.article;
    if (!old || this.ctx.isInvalid) return;
    // The wrapping fallback's marks split text nodes: read the page as the site made it.
    if (this.highlighter?.mode === 'wrap') {
      this.highlighter.clear();
      this.observer?.takeRecords();
    }
    let fresh: ReadResult;
    try {
      fresh = timed('reread', () => readArticle(document, { url: pageUrl() }));
    } catch {
      this.teardown();
      return;
    }
    // Ranges follow their nodes; a range whose nodes were replaced no longer shows its words.
    const stillThere = fresh.text === old.text && this.painted.every((p) => p.range.toString() === p.exact);
    if (stillThere && this.highlighter?.mode !== 'wrap') return;
    const items: Array<{ claim: PageClaim; start: number; end: number }> = [];
    for (const p of this.painted) {
      const at = reanchor(fresh.text, { exact: p.exact, prefix: p.claim.prefix, suffix: p.claim.suffix, start: p.claim.start });
      if (at) items.push({ claim: { ...p.claim, start: at.start, end: at.end }, ...at });
    }
    const activeId = this.activeClaimId();
    this.article = fresh;
    timed('repaint', () => this.paint(items, fresh));
    const i = activeId === null ? -1 : this.painted.findIndex((p) => p.claim.id === activeId);
    this.activeIndex = i;
    if (i < 0) this.close();
    else this.highlighter?.setActive(activeId);
  }

  /** Removes every trace from the page (site turned off, extension reloaded, navigation). */
  teardown(): void {
    this.run++;
    if (this.rereadTimer !== null) clearTimeout(this.rereadTimer);
    this.rereadTimer = null;
    this.observer?.disconnect();
    this.observer = null;
    this.highlighter?.clear();
    this.highlighter = null;
    this.card?.remove();
    this.card = null;
    this.painted = [];
    this.activeIndex = -1;
    this.article = null;
    this.analysis = null;
  }
}
