// The toolbar popup: wires the database (read live), the background (writes) and the tab's
// content script (show a claim) to the three panels in components/.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorBoundary, ErrorNotice } from '../../components/ErrorBoundary';
import { PageClaims } from '../../components/PageClaims';
import { SavedArticles, type SavedItem } from '../../components/SavedArticles';
import { StoryTableView } from '../../components/StoryTableView';
import { Tabs } from '../../components/Tabs';
import { conflictCounts, loadStory, storyTable } from '../../components/story-data';
import { useLiveQuery } from '../../components/use-live-query';
import type { RemovedArticle, TabPage } from '../../lib/background/manage';
import { openDatabase, type StoryRow } from '../../lib/db/database';
import { sendMessage } from '../../lib/messages';
import type { RowOrder, StoryTable } from '../../lib/story-table';

type PanelKey = 'page' | 'story' | 'saved';

const db = openDatabase();

/** `?tab=<id>` names the tab the popup is about (tests open the popup as a page of its own). */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** For the benchmark and the tests: when the first panel showed real content. */
function markFirstRender(): void {
  const root = document.documentElement;
  if (!root.dataset.firstRenderMs) root.dataset.firstRenderMs = String(Math.round(performance.now()));
}

function errorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^Bad message: /, '');
}

export function PopupApp() {
  const [panel, setPanel] = useState<PanelKey>('page');
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [page, setPage] = useState<{ value: TabPage } | { error: string } | null>(null);
  const [storyId, setStoryId] = useState<string | null>(null);

  // Stories, and a change signal: counts re-run on any write to those tables.
  const live = useLiveQuery(async () => ({ stories: await db.stories.toArray(), articles: await db.articles.count(), claims: await db.claims.count() }), []);
  const version = live.state === 'ready' ? live.value : null;

  useEffect(() => {
    currentTabId().then(setTabId, () => setTabId(null));
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setPage({ value: { state: 'unreadable' } });
      return;
    }
    let stale = false;
    sendMessage('getTabPage', { tabId }).then(
      (value) => !stale && setPage({ value }),
      (err: unknown) => !stale && setPage({ error: errorText(err) }),
    );
    return () => {
      stale = true;
    };
  }, [tabId, version]);

  useEffect(() => {
    if (page) markFirstRender();
  }, [page]);

  const stories = version?.stories ?? [];
  const pageStoryId = page && 'value' in page && page.value.state === 'article' ? page.value.analysis.storyId : null;
  const shownStoryId = storyId ?? pageStoryId ?? stories.find((s) => s.enabled)?.id ?? null;
  const pageClaimCount = page && 'value' in page && page.value.state === 'article' && page.value.analysis.onStory ? page.value.analysis.claims.length : null;

  return (
    <>
      <header class="app-head">
        <h1>Crossread</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Options
        </a>
      </header>
      <main>
        <Tabs
          label="Crossread"
          selected={panel}
          onSelect={setPanel}
          tabs={[
            { key: 'page', label: 'This page', count: pageClaimCount },
            { key: 'story', label: 'Story' },
            { key: 'saved', label: 'Saved', count: version?.articles ?? null },
          ]}
        >
          {panel === 'page' && (
            <ErrorBoundary what="show this page's facts">
              <PagePanel page={page} tabId={tabId ?? null} stories={stories} />
            </ErrorBoundary>
          )}
          {panel === 'story' && (
            <ErrorBoundary what="show the story's comparison table">
              <StoryPanel stories={stories} storyId={shownStoryId} onStory={setStoryId} />
            </ErrorBoundary>
          )}
          {panel === 'saved' && (
            <ErrorBoundary what="list the saved articles">
              <SavedPanel stories={stories} />
            </ErrorBoundary>
          )}
        </Tabs>
        {live.state === 'error' && <ErrorNotice title="Crossread could not read its database." detail={live.error.message} />}
      </main>
    </>
  );
}

function PagePanel({ page, tabId, stories }: { page: { value: TabPage } | { error: string } | null; tabId: number | null; stories: StoryRow[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (page === null) return <p class="muted">Reading this page…</p>;
  if ('error' in page) return <ErrorNotice title="Crossread could not analyse this page." detail={page.error} />;

  async function showClaim(claimId: string) {
    if (tabId === null) return;
    try {
      const { shown } = await sendMessage('showClaim', { claimId }, tabId);
      setMessage(shown ? 'Shown in the page.' : 'This fact is not highlighted in the page right now; reload the page and try again.');
      // The real popup covers the page; close it so the card can be read.
      if (shown && !new URLSearchParams(location.search).has('tab')) window.close();
    } catch (err) {
      setMessage(`The page did not answer (${errorText(err)}). Reload it and try again.`);
    }
  }

  async function addToStory(storyId: string) {
    if (tabId === null) return;
    setBusy(true);
    try {
      await sendMessage('addPageToStory', { tabId, storyId });
      setMessage(`Added to “${stories.find((s) => s.id === storyId)?.title ?? storyId}”.`);
    } catch (err) {
      setMessage(`Could not add the page: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  }

  function startStory() {
    const url = browser.runtime.getURL('/options.html');
    void browser.tabs.create({ url: `${url}?tab=${tabId ?? ''}#new-story` });
  }

  return (
    <PageClaims
      page={page.value}
      stories={stories.filter((s) => s.enabled).map((s) => ({ id: s.id, title: s.title }))}
      onShowClaim={showClaim}
      onAddToStory={addToStory}
      onStartStory={startStory}
      message={message}
      busy={busy}
    />
  );
}

function StoryPanel({ stories, storyId, onStory }: { stories: StoryRow[]; storyId: string | null; onStory: (id: string) => void }) {
  const [order, setOrder] = useState<RowOrder>('disputed');
  const rows = useLiveQuery(() => (storyId ? loadStory(db, storyId) : Promise.resolve(null)), [storyId]);
  const [table, setTable] = useState<{ table: StoryTable } | { error: string } | null>(null);

  useEffect(() => {
    if (rows.state !== 'ready' || rows.value === null) return;
    let stale = false;
    setTable(null);
    storyTable(rows.value, order).then(
      (t) => !stale && setTable({ table: t }),
      (err: unknown) => !stale && setTable({ error: errorText(err) }),
    );
    return () => {
      stale = true;
    };
  }, [rows, order]);

  const story = stories.find((s) => s.id === storyId);
  if (!storyId || !story) return <p class="notice">You follow no story yet. Add one in the options.</p>;
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
      {table === null ? (
        <p class="muted">Comparing the sources…</p>
      ) : 'error' in table ? (
        <ErrorNotice title="Crossread could not compare the sources." detail={table.error} />
      ) : (
        <StoryTableView table={table.table} storyTitle={story.title} order={order} onOrder={setOrder} />
      )}
    </>
  );
}

interface SavedData {
  items: Omit<SavedItem, 'conflicts'>[];
  conflicts: Map<number, number> | null;
}

function SavedPanel({ stories }: { stories: StoryRow[] }) {
  const [query, setQuery] = useState('');
  const [undo, setUndo] = useState<RemovedArticle | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<Map<number, number> | null>(null);
  const titles = useMemo(() => new Map(stories.map((s) => [s.id, s.title])), [stories]);

  const data = useLiveQuery(async () => {
    const articles = await db.articles.orderBy('savedAt').reverse().toArray();
    // Claim counts from the articleId index keys alone: no claim row is read.
    const keys = (await db.claims.orderBy('articleId').keys()) as number[];
    const counts = new Map<number, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return { articles, counts };
  }, []);

  // Conflicts need the engine's comparison over every story; they arrive after the list.
  useEffect(() => {
    if (data.state !== 'ready') return;
    let stale = false;
    (async () => {
      const claims = await db.claims.toArray();
      const c = await conflictCounts(data.value.articles, claims);
      if (!stale) setConflicts(c);
    })().catch((err: unknown) => !stale && setMessage(`Could not compare the sources: ${errorText(err)}`));
    return () => {
      stale = true;
    };
  }, [data]);

  const all: SavedData['items'] =
    data.state === 'ready'
      ? data.value.articles.map((a) => ({
          id: a.id!,
          title: a.title,
          outlet: a.outlet,
          date: a.published ?? (a.asOf ? `as of ${a.asOf}` : null),
          url: a.url,
          storyTitle: a.storyId ? (titles.get(a.storyId) ?? a.storyId) : null,
          claims: data.value.counts.get(a.id!) ?? 0,
          bundled: a.bundled,
        }))
      : [];
  const q = query.trim().toLowerCase();
  const shown = (q ? all.filter((i) => `${i.title} ${i.outlet ?? ''} ${i.storyTitle ?? ''}`.toLowerCase().includes(q)) : all).map((i) => ({
    ...i,
    conflicts: conflicts ? (conflicts.get(i.id) ?? 0) : null,
  }));

  if (data.state === 'loading') return <p class="muted">Loading saved articles…</p>;
  if (data.state === 'error') return <ErrorNotice title="Crossread could not read the saved articles." detail={data.error.message} />;

  return (
    <SavedArticles
      items={shown}
      total={all.length}
      query={query}
      onQuery={setQuery}
      message={message}
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
