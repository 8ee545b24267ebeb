// Typed access to the `settings` table: one row per key, defaults live here only so the
// background, the popup's handlers and the tests agree on them.
import type { CrossreadDB } from './database';
import type { MarkSetting } from '../highlight/mark-policy';

export interface Settings {
  /** Save every on-story article the reader opens. */
  autoSave: boolean;
  /** Host names the reader turned Crossread off for (exact host, e.g. "www.example.com"). */
  offSites: string[];
  /** Version of the bundled story + seed articles already loaded, so first run happens once. */
  seedVersion: number;
  /** 'calm': mark only what needs checking (lib/highlight/mark-policy.ts); 'all': every claim. */
  marks: MarkSetting;
}

export const SETTING_DEFAULTS: Settings = { autoSave: true, offSites: [], seedVersion: 0, marks: 'calm' };

export async function getSetting<K extends keyof Settings>(db: CrossreadDB, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row === undefined ? SETTING_DEFAULTS[key] : (row.value as Settings[K]);
}

export async function setSetting<K extends keyof Settings>(db: CrossreadDB, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
