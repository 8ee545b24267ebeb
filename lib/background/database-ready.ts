// The background's single database handle, seeded before the first message is answered.
import { browser } from 'wxt/browser';
import { openDatabase, type CrossreadDB } from '../db/database';
import { readHtml } from './read-html';
import { ensureSeeded } from './seed';

let ready: Promise<CrossreadDB> | null = null;

export function databaseReady(): Promise<CrossreadDB> {
  ready ??= (async () => {
    const db = openDatabase();
    try {
      await ensureSeeded(db, {
        fetchText: async (path) => (await fetch(browser.runtime.getURL(path as '/'))).text(),
        urlOf: (path) => browser.runtime.getURL(path as '/'),
        readHtml,
      });
    } catch (err) {
      // A broken seed must not take the extension down: live pages still work, and the next
      // start tries again because seedVersion was not written.
      console.error('Crossread: loading the bundled seeds failed', err);
    }
    return db;
  })();
  return ready;
}
