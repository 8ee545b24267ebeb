// Mounts the claim card in its own shadow root next to a claim. Created on the first click only,
// so pages where no card is opened get no extra element at all.
import { render } from 'preact';
import { ClaimCard, type ClaimCardProps } from '@/components/ClaimCard';
import cardCss from './card.css?inline';

declare const __CROSSREAD_E2E__: boolean;

export interface CardUi {
  show(props: ClaimCardProps, anchor: DOMRect, focus: boolean): void;
  /** Says something to screen readers (a polite live region in the same shadow root). */
  announce(text: string): void;
  hide(): void;
  isOpen(): boolean;
  contains(node: EventTarget | null): boolean;
  remove(): void;
}

export function createCardUi(doc: Document): CardUi {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let open = false;

  function ensure(): HTMLElement {
    if (container && host?.isConnected) return container;
    host = doc.createElement('crossread-card');
    // Out of flow and on top: the page's layout does not move when the card appears.
    host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647;');
    // Closed in the shipped build so the site's scripts cannot read the reader's other sources;
    // the E2E build opens it so tests can look inside.
    const shadow = host.attachShadow({ mode: __CROSSREAD_E2E__ ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    container = doc.createElement('div');
    live = doc.createElement('div');
    live.setAttribute('role', 'status');
    live.className = 'cr-live';
    shadow.append(style, container, live);
    doc.documentElement.appendChild(host);
    return container;
  }

  function place(anchor: DOMRect) {
    if (!host) return;
    const win = doc.defaultView!;
    const width = Math.min(360, win.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, win.innerWidth - width - 8)) + win.scrollX;
    // Below the claim when there is room, above it otherwise.
    const below = anchor.bottom + 8;
    const top = below + 240 < win.innerHeight || anchor.top < 260 ? below + win.scrollY : Math.max(8, anchor.top - 8 - 300) + win.scrollY;
    host.style.setProperty('left', `${left}px`);
    host.style.setProperty('top', `${top}px`);
  }

  return {
    show(props, anchor, focus) {
      const el = ensure();
      render(<ClaimCard {...props} />, el);
      place(anchor);
      open = true;
      if (focus) (el.querySelector('.cr-card') as HTMLElement | null)?.focus();
    },
    announce(text) {
      ensure();
      if (live) live.textContent = text;
    },
    hide() {
      if (container) render(null, container);
      open = false;
    },
    isOpen: () => open,
    contains: (node) => !!host && node === host,
    remove() {
      if (container) render(null, container);
      host?.remove();
      host = container = live = null;
      open = false;
    },
  };
}
