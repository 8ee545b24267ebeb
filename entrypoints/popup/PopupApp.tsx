// The toolbar popup's shell and its first panel. The first panel needs no database: the
// background answers with the tab's facts. The database (Dexie), the engine and the other two
// panels load right after the first render (live-panels.tsx), so opening the popup does not
// wait for them.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorBoundary, ErrorNotice } from '../../components/ErrorBoundary';
import { PageClaims } from '../../components/PageClaims';
import { Tabs } from '../../components/Tabs';
import type { StoryRow } from '../../lib/db/database';
import { sendMessage } from '../../lib/messages';
import { askTabPage, errorText, tabParam, type PageState } from './tab-page';

type PanelKey = 'page' | 'story' | 'saved';
type LiveModule = typeof import('./live-panels');

/** For the benchmark and the tests: when the first panel showed real content. */
function markFirstRender(): void {
  const root = document.documentElement;
  if (!root.dataset.firstRenderMs) root.dataset.firstRenderMs = String(Math.round(performance.now()));
}

interface LiveState {
  stories: StoryRow[];
  articles: number;
  claims: number;
}

export function PopupApp(props: { tabId: Promise<number | null>; firstPage: Promise<PageState> }) {
  const [panel, setPanel] = useState<PanelKey>('page');
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [storyId, setStoryId] = useState<string | null>(null);
  const [live, setLive] = useState<LiveModule | { error: string } | null>(null);
  const [data, setData] = useState<LiveState | null>(null);

  useEffect(() => {
    void props.tabId.then(setTabId);
    void props.firstPage.then(setPage);
  }, []);

  useEffect(() => {
    if (!page) return;
    markFirstRender();
    if (!live) import('./live-panels').then(setLive, (err: unknown) => setLive({ error: errorText(err) }));
  }, [page]);

  // Saved data changed (this popup, the page, the options): the tab's facts may compare differently.
  function onData(next: LiveState, first: boolean) {
    setData(next);
    if (!first && tabId !== null) void askTabPage(tabId).then(setPage);
  }

  const pageStoryId = page && 'value' in page && page.value.state === 'article' ? page.value.analysis.storyId : null;
  const stories = data?.stories ?? [];
  const shownStoryId = storyId ?? pageStoryId ?? stories.find((s) => s.enabled)?.id ?? null;
  const pageClaimCount = page && 'value' in page && page.value.state === 'article' && page.value.analysis.onStory ? page.value.analysis.claims.length : null;
  const module = live && !('error' in live) ? live : null;

  return (
    <>
      <header class="app-head">
        <h1>Crossread</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Options
        </a>
      </header>
      <main>
        {module && <module.LiveData onData={onData} />}
        <Tabs
          label="Crossread"
          selected={panel}
          onSelect={setPanel}
          tabs={[
            { key: 'page', label: 'This page', count: pageClaimCount },
            { key: 'story', label: 'Story' },
            { key: 'saved', label: 'Saved', count: data?.articles ?? null },
          ]}
        >
          {panel === 'page' && (
            <ErrorBoundary what="show this page's facts">
              <PagePanel page={page} tabId={tabId} onChanged={() => tabId !== null && void askTabPage(tabId).then(setPage)} />
            </ErrorBoundary>
          )}
          {panel !== 'page' && live && 'error' in live && <ErrorNotice title="Crossread could not load this panel." detail={live.error} />}
          {panel !== 'page' && (!module || !data) && !(live && 'error' in live) && <p class="muted">Loading…</p>}
          {panel === 'story' && module && data && (
            <ErrorBoundary what="show the story's comparison table">
              <module.StoryPanel stories={data.stories} storyId={shownStoryId} onStory={setStoryId} />
            </ErrorBoundary>
          )}
          {panel === 'saved' && module && data && (
            <ErrorBoundary what="list the saved articles">
              <module.SavedPanel stories={data.stories} />
            </ErrorBoundary>
          )}
        </Tabs>
      </main>
    </>
  );
}

function PagePanel({ page, tabId, onChanged }: { page: PageState | null; tabId: number | null; onChanged: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const follow = useFollow(tabId, setMessage, onChanged);
  if (page === null) return <p class="muted">Reading this page…</p>;
  if ('error' in page) return <ErrorNotice title="Crossread could not analyse this page." detail={page.error} />;
  const stories = page.value.state === 'article' ? page.value.stories : [];

  async function showClaim(claimId: string) {
    if (tabId === null) return;
    try {
      const { shown } = await sendMessage('showClaim', { claimId }, tabId);
      setMessage(shown ? 'Shown in the page.' : 'This fact is not highlighted in the page right now; reload the page and try again.');
      // The real popup covers the page; close it so the card can be read.
      if (shown && tabParam() === null) window.close();
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
      stories={stories}
      onShowClaim={showClaim}
      onAddToStory={addToStory}
      onStartStory={startStory}
      onFollow={follow.open}
      follow={follow.form}
      message={message}
      busy={busy || follow.busy}
    />
  );
}

type FollowModule = typeof import('../../components/FollowStory');
type FollowState =
  | { step: 'closed' }
  | { step: 'loading' }
  | { step: 'editing'; module: FollowModule; proposal: import('../../lib/engine/propose-story').StoryProposal; saving: boolean; error: string | null };

/**
 * "Follow this story": the form and the proposal load only when asked for (the first panel
 * stays small), the background saves the story, attaches the saved articles it matches and
 * has the open tabs check themselves again.
 */
function useFollow(tabId: number | null, say: (message: string | null) => void, onChanged: () => void) {
  const [state, setState] = useState<FollowState>({ step: 'closed' });

  async function open() {
    if (tabId === null) return;
    setState({ step: 'loading' });
    say(null);
    try {
      const [module, proposal] = await Promise.all([import('../../components/FollowStory'), sendMessage('proposeStoryFromTab', { tabId })]);
      if (!proposal) {
        setState({ step: 'closed' });
        say('Crossread could not read an article in this tab. Reload the page and try again.');
        return;
      }
      setState({ step: 'editing', module, proposal, saving: false, error: null });
      requestAnimationFrame(() => document.getElementById('follow-title')?.focus());
    } catch (err) {
      setState({ step: 'closed' });
      say(`Could not propose a story: ${errorText(err)}`);
    }
  }

  async function save(story: import('../../components/FollowStory').FollowDraft) {
    if (state.step !== 'editing') return;
    setState({ ...state, saving: true, error: null });
    try {
      const { attached } = await sendMessage('followStory', { story });
      setState({ step: 'closed' });
      const found =
        attached.length === 0
          ? 'None of your saved articles is about it yet.'
          : `${attached.length} saved ${attached.length === 1 ? 'article' : 'articles'} added to it: ${attached.map((a) => a.outlet ?? `“${a.title}”`).join(', ')}.`;
      say(`Following “${story.title}”. ${found}`);
      onChanged();
    } catch (err) {
      setState({ ...state, saving: false, error: `The story was not saved: ${errorText(err)}.` });
    }
  }

  const form =
    state.step === 'loading' ? (
      <p class="muted" role="status">
        Proposing a story from this page…
      </p>
    ) : state.step === 'editing' ? (
      <state.module.FollowStory
        proposal={state.proposal}
        busy={state.saving}
        error={state.error}
        onSave={(story) => void save(story)}
        onCancel={() => {
          setState({ step: 'closed' });
          requestAnimationFrame(() => document.getElementById('follow-open')?.focus());
        }}
      />
    ) : null;
  return { open: () => void open(), form, busy: state.step === 'loading' || (state.step === 'editing' && state.saving) };
}
