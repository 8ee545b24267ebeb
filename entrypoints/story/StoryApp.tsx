// The full-page story view, opened from the popup's Story tab: the same view with the page's
// width. Reads the database live (like the options page); its one write, "opened now", is a
// message to the background.
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, ErrorNotice } from '../../components/ErrorBoundary';
import { StoryViewPanel } from '../../components/StoryView';
import { loadStory } from '../../components/story-data';
import { useStoryView } from '../../components/use-story-view';
import { useLiveQuery } from '../../components/use-live-query';
import { openDatabase } from '../../lib/db/database';
import { sendMessage } from '../../lib/messages';

const db = openDatabase();

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function StoryApp({ storyId, since }: { storyId: string | null; since: number | null | undefined }) {
  const story = useLiveQuery(() => (storyId ? db.stories.get(storyId) : Promise.resolve(undefined)), [storyId]);
  const title = story.state === 'ready' && story.value ? story.value.title : null;
  useEffect(() => {
    if (title) document.title = `${title} · Crossread`;
  }, [title]);
  return (
    <main>
      <header class="story-head">
        <p class="muted">Crossread · story comparison</p>
        <h1>{title ?? 'Story'}</h1>
      </header>
      {!storyId ? (
        <p class="notice">No story was named. Open this view from the popup’s Story tab.</p>
      ) : story.state === 'error' ? (
        <ErrorNotice title="Crossread could not read the story." detail={story.error.message} />
      ) : story.state === 'ready' && !story.value ? (
        <p class="notice">There is no story “{storyId}” any more.</p>
      ) : (
        <ErrorBoundary what="show the story">
          <Body storyId={storyId} title={title ?? storyId} since={since} />
        </ErrorBoundary>
      )}
    </main>
  );
}

function Body({ storyId, title, since: given }: { storyId: string; title: string; since: number | null | undefined }) {
  const rows = useLiveQuery(() => loadStory(db, storyId), [storyId]);
  const [since, setSince] = useState<number | null | undefined>(given);

  // Opened directly (not from the popup): this visit is the one that counts.
  useEffect(() => {
    if (given !== undefined) return;
    sendMessage('markStoryOpened', { storyId }).then(
      ({ previous }) => setSince(previous),
      () => setSince(null),
    );
  }, [storyId]);

  const result = useStoryView(rows, since, errorText);

  if (rows.state === 'error') return <ErrorNotice title="Crossread could not read the story." detail={rows.error.message} />;
  if (result === null) return <p class="muted">Comparing the sources…</p>;
  if ('error' in result) return <ErrorNotice title="Crossread could not compare the sources." detail={result.error} />;
  return <StoryViewPanel view={result.view} changes={result.changes} lastOpened={since ?? null} storyTitle={title} chipLimit={16} detailed />;
}
