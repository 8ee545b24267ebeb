import { databaseReady } from '@/lib/background/database-ready';
import { registerPageHandlers } from '@/lib/background/page-handlers';
import { registerManageHandlers } from '@/lib/background/manage';

export default defineBackground(() => {
  // Seeding starts at once (install, browser start) rather than on the first story page.
  void databaseReady();
  registerPageHandlers(databaseReady, browser.runtime.id);
  // Popup / options handlers (lib/background/manage.ts) register on the line below.
  registerManageHandlers(databaseReady, browser.runtime.id);
});
