import { databaseReady } from '@/lib/background/database-ready';
import { registerPageHandlers } from '@/lib/background/page-handlers';
import { registerManageHandlers } from '@/lib/background/manage';
import { registerViewHandlers } from '@/lib/background/view-handlers';

export default defineBackground(() => {
  // Seeding starts at once (install, browser start) rather than on the first story page.
  void databaseReady();
  registerPageHandlers(databaseReady, browser.runtime.id);
  // Popup / options handlers (lib/background/manage.ts) register on the line below.
  registerManageHandlers(databaseReady, browser.runtime.id);
  // The mark setting and "story opened" (lib/background/view-handlers.ts).
  registerViewHandlers(databaseReady, browser.runtime.id);
});
