import { installDebugHook } from './debug-hook';
import { PageSession } from './session';
import { timed } from './timing';

declare const __CROSSREAD_E2E__: boolean;

export default defineContentScript({
  // Web pages only: http(s), top frame, once the page has settled.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Everything up to the first message is one synchronous stretch, measured for the bench.
    timed('boot', () => {
      const session = new PageSession(ctx);
      session.listen();
      if (__CROSSREAD_E2E__) installDebugHook(ctx, session);
      void session.start();
    });
  },
});
