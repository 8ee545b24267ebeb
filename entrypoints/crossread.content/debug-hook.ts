// Test-only window into the content script (E2E builds only, see wxt.config.ts): the page asks
// with postMessage and gets the highlights' statuses and the card's text back, so E2E tests
// check statuses without reading pixels. The shipped build does not contain this code.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSession } from './session';

export function installDebugHook(ctx: ContentScriptContext, session: PageSession): void {
  ctx.addEventListener(window, 'message', (e: MessageEvent) => {
    if (e.source !== window || e.data?.source !== 'crossread-test') return;
    const host = document.querySelector('crossread-card');
    const card = host?.shadowRoot?.querySelector('.cr-card');
    window.postMessage(
      {
        source: 'crossread',
        nonce: e.data.nonce,
        state: {
          phase: session.phase,
          mode: session.highlightMode,
          claims: session.claims.map((p) => ({
            id: p.claim.id,
            kind: p.claim.kind,
            status: p.claim.status,
            mark: p.mark,
            written: p.claim.written,
            text: p.range.toString(),
            about: p.claim.about,
            others: p.claim.others.map((o) => ({ outlet: o.outlet, written: o.written, relation: o.relation, url: o.articleUrl })),
          })),
          activeId: session.activeClaimId(),
          cardOpen: session.cardOpen,
          cardText: card?.textContent ?? null,
        },
      },
      '*',
    );
  });
}
