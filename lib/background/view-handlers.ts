// Handlers of the reading views: the mark setting (options) and "the reader opened this story"
// (popup Story tab, story view). Kept apart from manage.ts, which holds the popup's and options'
// data-management messages. Each checks its sender and payload before writing.
import { browser } from 'wxt/browser';
import type { CrossreadDB } from '../db/database';
import { setSetting } from '../db/settings';
import { MARK_SETTINGS, type MarkSetting } from '../highlight/mark-policy';
import { onMessage, sendMessage } from '../messages';
import { assertFromExtension, BadMessageError } from './validate';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function setMarks(db: CrossreadDB, data: unknown): Promise<{ marks: MarkSetting }> {
  const marks = isRecord(data) ? data.marks : undefined;
  if (!MARK_SETTINGS.includes(marks as MarkSetting)) throw new BadMessageError(`marks must be one of ${MARK_SETTINGS.join(', ')}`);
  await setSetting(db, 'marks', marks as MarkSetting);
  return { marks: marks as MarkSetting };
}

/** Records that the story was opened now; returns when it was opened before (null: never). */
export async function markStoryOpened(db: CrossreadDB, data: unknown, now = Date.now()): Promise<{ previous: number | null }> {
  const storyId = isRecord(data) ? data.storyId : undefined;
  if (typeof storyId !== 'string' || storyId.length === 0 || storyId.length > 100) throw new BadMessageError('storyId must be text of at most 100 characters');
  return db.transaction('rw', db.stories, async () => {
    const story = await db.stories.get(storyId);
    if (!story) throw new BadMessageError(`no story ${storyId}`);
    await db.stories.update(storyId, { lastOpenedAt: now });
    return { previous: typeof story.lastOpenedAt === 'number' ? story.lastOpenedAt : null };
  });
}

export function registerViewHandlers(ready: () => Promise<CrossreadDB>, ownId: string): void {
  onMessage('setMarks', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const result = await setMarks(await ready(), data);
    // Open pages repaint with the new marks without a reload.
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) sendMessage('pageSettingsChanged', { enabled: true }, tab.id).catch(() => undefined);
    }
    return result;
  });
  onMessage('markStoryOpened', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    return markStoryOpened(await ready(), data);
  });
}
