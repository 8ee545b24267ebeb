// The story view of a story's saved rows and what changed since the reader's last visit, computed
// (engine loaded on demand) once both are known and again when either changes. Shared by the
// popup's Story panel and the full-page view; an answer for rows or a visit already replaced is dropped.
import { useEffect, useState } from 'preact/hooks';
import type { StoryChange } from '../lib/report/changes';
import type { StoryView } from '../lib/report/story-view';
import { storyViewOf, type StoryRows } from './story-data';
import type { LiveResult } from './use-live-query';

export type StoryViewResult = { view: StoryView; changes: StoryChange[] } | { error: string } | null;

/**
 * `since`: when the reader last opened the story (ms), null for never, undefined while not yet
 * known. `describe` turns a failure into the sentence shown to the reader.
 */
export function useStoryView(rows: LiveResult<StoryRows | null>, since: number | null | undefined, describe: (err: unknown) => string): StoryViewResult {
  const [result, setResult] = useState<StoryViewResult>(null);
  useEffect(() => {
    if (rows.state !== 'ready' || rows.value === null || since === undefined) return;
    let stale = false;
    storyViewOf(rows.value, since).then(
      (r) => !stale && setResult(r),
      (err: unknown) => !stale && setResult({ error: describe(err) }),
    );
    return () => {
      stale = true;
    };
  }, [rows, since]);
  return result;
}
