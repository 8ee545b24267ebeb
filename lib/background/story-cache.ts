// The enabled stories and the site off-list, kept in memory: every page load asks for them and
// they change only when the reader edits them. Any committed write to `stories` or `settings`
// (through Dexie, in this context: the background is the database's only writer) drops the
// cached copy, so a change is seen by the very next page.
import Dexie from 'dexie';
import type { StoryDefinition } from '../engine/types';
import type { CrossreadDB } from '../db/database';
import { getSetting } from '../db/settings';
import { markSettingOf, type MarkSetting } from '../highlight/mark-policy';

export interface PageInputs {
  stories: StoryDefinition[];
  offSites: string[];
  marks: MarkSetting;
}

const cache = new Map<string, Promise<PageInputs>>();

Dexie.on('storagemutated', (parts) => {
  for (const part of Object.keys(parts)) {
    // "idb://<database>/<table>/<index>"
    const [dbName, table] = part.replace(/^idb:\/\//, '').split('/');
    if (dbName !== undefined && (table === 'stories' || table === 'settings')) cache.delete(dbName);
  }
});

async function load(db: CrossreadDB): Promise<PageInputs> {
  // Booleans are not valid IndexedDB keys, so the v1 `enabled` index holds nothing; the stories
  // table is a handful of rows, read whole.
  const rows = (await db.stories.toArray()).filter((s) => s.enabled);
  const stories = rows.map(({ id, title, people, places, terms }) => ({ id, title, people, places, terms, enabled: true }));
  // An import may have stored anything under a key: read the setting as one of its values.
  return { stories, offSites: await getSetting(db, 'offSites'), marks: markSettingOf(await getSetting(db, 'marks')) };
}

export function pageInputs(db: CrossreadDB): Promise<PageInputs> {
  let entry = cache.get(db.name);
  if (!entry) {
    entry = load(db);
    cache.set(db.name, entry);
    entry.catch(() => cache.delete(db.name));
  }
  return entry;
}
