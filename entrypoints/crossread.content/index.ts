import { installDebugHook } from './debug-hook';
import { PageSession } from './session';

declare const __CROSSREAD_E2E__: boolean;

export default defineContentScript({
  // Web pages only: http(s), top frame, once the page has settled.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = new PageSession(ctx);
    session.listen();
    if (__CROSSREAD_E2E__) installDebugHook(ctx, session);
    void session.start();
  },
});
