// The popup's database-backed parts, loaded after the first render: the live change signal,
// the story's comparison table and the saved list. Reads go straight to IndexedDB with Dexie;
// writes are messages to the background.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorNotice } from '../../components/ErrorBoundary';
import { SavedArticles, type SavedItem } from '../../components/SavedArticles';
import { StoryViewPanel } from '../../components/StoryView';
import { conflictCounts, loadStory } from '../../components/story-data';
import { useStoryView } from '../../components/use-story-view';
import { useLiveQuery } from '../../components/use-live-query';
import type { RemovedArticle } from '../../lib/background/manage';
import { openDatabase, type ArticleRow, type StoryRow } from '../../lib/db/database';
import { sendMessage } from '../../lib/messages';
import { errorText } from './tab-page';

const db = openDatabase();

/** Stories and row counts, live: the counts re-run on any write, which makes them a change signal. */
export function LiveData({ onData }: { onData: (data: { stories: StoryRow[]; articles: number; claims: number }, first: boolean) => void }) {
  const live = useLiveQuery(async () => ({ stories: await db.stories.toArray(), articles: await db.articles.count(), claims: await db.claims.count() }), []);
  const seen = useRef(false);
  useEffect(() => {
    if (live.state !== 'ready') return;
    onData(live.value, !seen.current);
    seen.current = true;
  }, [live]);
  return live.state === 'error' ? <ErrorNotice title="Crossread could not read its database." detail={live.error.message} /> : null;
}

export function StoryPanel({ stories, storyId, onStory }: { stories: StoryRow[]; storyId: string | null; onStory: (id: string) => void }) {
  const rows = useLiveQuery(() => (storyId ? loadStory(db, storyId) : Promise.resolve(null)), [storyId]);
  // When the reader had opened this story before this visit: what changed since is measured from it.
  const [opened, setOpened] = useState<{ storyId: string; previous: number | null } | null>(null);

  useEffect(() => {
    if (!storyId) return;
    let stale = false;
    setOpened(null);
    sendMessage('markStoryOpened', { storyId }).then(
      ({ previous }) => !stale && setOpened({ storyId, previous }),
      // Not being able to record the visit must not hide the story: show it without "since".
      () => !stale && setOpened({ storyId, previous: null }),
    );
    return () => {
      stale = true;
    };
  }, [storyId]);

  const since = opened && opened.storyId === storyId ? opened.previous : undefined;
  const result = useStoryView(rows, since, errorText);

  const story = stories.find((s) => s.id === storyId);
  if (!storyId || !story) return <p class="notice">You follow no story yet. Add one in the options.</p>;
  const openFull = () => {
    // The popup has just recorded this visit: pass on the one before it ('' for none).
    const params = new URLSearchParams({ story: storyId, since: since === undefined || since === null ? '' : String(since) });
    void browser.tabs.create({ url: `${browser.runtime.getURL('/story.html')}?${params}` });
  };
  return (
    <>
      <div class="row">
        <label for="story-pick">Story</label>
        <select id="story-pick" value={storyId} onChange={(e) => onStory((e.currentTarget as HTMLSelectElement).value)}>
          {stories.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
              {s.enabled ? '' : ' (off)'}
            </option>
          ))}
        </select>
      </div>
      {rows.state === 'error' && <ErrorNotice title="Crossread could not read the story." detail={rows.error.message} />}
      {result === null ? (
        <p class="muted">Comparing the sources…</p>
      ) : 'error' in result ? (
        <ErrorNotice title="Crossread could not compare the sources." detail={result.error} />
      ) : (
        <StoryViewPanel view={result.view} changes={result.changes} lastOpened={since ?? null} storyTitle={story.title} onOpenFull={openFull} />
      )}
    </>
  );
}

export function SavedPanel({ stories }: { stories: StoryRow[] }) {
  const [query, setQuery] = useState('');
  const [undo, setUndo] = useState<RemovedArticle | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<Map<number, number> | null>(null);
  const [limit, setLimit] = useState(50);
  const titles = useMemo(() => new Map(stories.map((s) => [s.id, s.title])), [stories]);

  const q = query.trim().toLowerCase();
  // Only the rows shown are read (newest first, `limit` of them); a search reads the titles of
  // all, as it must. A thousand saved articles then open as fast as ten.
  const data = useLiveQuery(async () => {
    const total = await db.articles.count();
    const newest = db.articles.orderBy('savedAt').reverse();
    let articles: ArticleRow[];
    let matched = total;
    if (q) {
      const all = await newest
        .filter((a) => `${a.title} ${a.outlet ?? ''} ${a.storyId ? (titles.get(a.storyId) ?? '') : ''}`.toLowerCase().includes(q))
        .toArray();
      matched = all.length;
      articles = all.slice(0, limit);
    } else {
      articles = await newest.limit(limit).toArray();
    }
    // Claim counts from the articleId index keys alone: no claim row is read.
    const keys = (await db.claims.where('articleId').anyOf(articles.map((a) => a.id!)).keys()) as number[];
    const counts = new Map<number, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return { articles, counts, total, matched };
  }, [q, limit, titles]);

  // Conflicts need the engine's comparison over the stories of the articles shown; they arrive
  // after the list, one story at a time.
  useEffect(() => {
    if (data.state !== 'ready') return;
    let stale = false;
    (async () => {
      const counts = new Map<number, number>();
      const storyIds = [...new Set(data.value.articles.map((a) => a.storyId).filter((id): id is string => id !== null))];
      for (const storyId of storyIds) {
        const rows = await loadStory(db, storyId);
        for (const [id, n] of await conflictCounts(rows.articles, rows.claims)) counts.set(id, n);
        if (stale) return;
      }
      setConflicts(counts);
    })().catch((err: unknown) => !stale && setMessage(`Could not compare the sources: ${errorText(err)}`));
    return () => {
      stale = true;
    };
  }, [data]);

  const shown: SavedItem[] =
    data.state === 'ready'
      ? data.value.articles.map((a) => ({
          id: a.id!,
          title: a.title,
          outlet: a.outlet,
          date: a.published ?? (a.asOf ? `as of ${a.asOf}` : null),
          url: a.url,
          storyTitle: a.storyId ? (titles.get(a.storyId) ?? a.storyId) : null,
          claims: data.value.counts.get(a.id!) ?? 0,
          conflicts: conflicts ? (conflicts.get(a.id!) ?? 0) : null,
          bundled: a.bundled,
        }))
      : [];

  if (data.state === 'loading') return <p class="muted">Loading saved articles…</p>;
  if (data.state === 'error') return <ErrorNotice title="Crossread could not read the saved articles." detail={data.error.message} />;

  return (
    <SavedArticles
      items={shown}
      total={data.value.total}
      matched={data.value.matched}
      query={query}
      onQuery={setQuery}
      message={message}
      onShowMore={() => setLimit((l) => l + 100)}
      onOpen={(item) => void browser.tabs.create({ url: item.url })}
      onRemove={async (item) => {
        try {
          const removed = await sendMessage('removeArticle', { articleId: item.id });
          setUndo(removed);
          setMessage(null);
        } catch (err) {
          setMessage(`Could not remove it: ${errorText(err)}`);
        }
      }}
      onNotAbout={async (item) => {
        try {
          await sendMessage('markNotAboutStory', { articleId: item.id });
          setUndo(null);
          setMessage(`“${item.title}” is no longer part of ${item.storyTitle}.`);
        } catch (err) {
          setMessage(`Could not change it: ${errorText(err)}`);
        }
      }}
      undo={
        undo
          ? {
              title: undo.article.title,
              onUndo: async () => {
                try {
                  await sendMessage('restoreArticle', undo);
                  setUndo(null);
                  setMessage(`Restored “${undo.article.title}”.`);
                } catch (err) {
                  setMessage(`Could not restore it: ${errorText(err)}`);
                }
              },
            }
          : null
      }
    />
  );
}
