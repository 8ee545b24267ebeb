// The options page: stories, sites and auto-save, export / import / delete. Reads the database
// live; every change is a message to the background.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DataPanel } from '../../components/DataPanel';
import { ErrorBoundary, ErrorNotice } from '../../components/ErrorBoundary';
import { SiteSettings } from '../../components/SiteSettings';
import { StoryForm, type StoryDraft } from '../../components/StoryForm';
import { StoryList, type StoryListItem } from '../../components/StoryList';
import { loadStory, storyTable } from '../../components/story-data';
import { useLiveQuery } from '../../components/use-live-query';
import type { StoryInput } from '../../lib/background/manage';
import { openDatabase } from '../../lib/db/database';
import { getSetting } from '../../lib/db/settings';
import { markSettingOf } from '../../lib/highlight/mark-policy';
import { toCsv } from '../../lib/csv';
import { buildExport, checkImportSize } from '../../lib/export-import';
import { sendMessage } from '../../lib/messages';
import { storyTableToRows } from '../../lib/story-table';

const db = openDatabase();
const EMPTY_DRAFT: StoryDraft = { title: '', people: [], places: [], terms: [] };

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/^Bad message: /, '');
}

/** Saves a file through a temporary link; the page does this, components only ask for it. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function OptionsApp() {
  return (
    <main>
      <h1>Crossread options</h1>
      <p class="muted">Everything Crossread keeps stays in this browser.</p>
      <section aria-labelledby="h-stories">
        <h2 id="h-stories">Stories you follow</h2>
        <ErrorBoundary what="show your stories">
          <StoriesSection />
        </ErrorBoundary>
      </section>
      <section aria-labelledby="h-sites">
        <h2 id="h-sites">Sites, saving and marks</h2>
        <ErrorBoundary what="show the site settings">
          <SettingsSection />
        </ErrorBoundary>
      </section>
      <section aria-labelledby="h-data">
        <h2 id="h-data">Your data</h2>
        <ErrorBoundary what="show the data tools">
          <DataSection />
        </ErrorBoundary>
      </section>
    </main>
  );
}

function StoriesSection() {
  const stories = useLiveQuery(async () => {
    const rows = await db.stories.toArray();
    const keys = (await db.articles.orderBy('storyId').keys()) as string[];
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return rows
      .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.createdAt - b.createdAt)
      .map((s): StoryListItem => ({ ...s, articles: counts.get(s.id) ?? 0 }));
  }, []);
  // The tab to propose a story from comes from the popup (?tab=<id>): without the "tabs"
  // permission this page cannot list other tabs' titles, and the popup knows which one the
  // reader is looking at.
  const fromTab = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
  const [draft, setDraft] = useState<StoryDraft>(EMPTY_DRAFT);
  const [formKey, setFormKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Arriving from the popup's "Start a new story from this page": go straight to the form.
  useEffect(() => {
    if (location.hash === '#new-story') document.getElementById('new-story')?.scrollIntoView();
  }, []);

  function edit(next: StoryDraft) {
    setDraft(next);
    setFormKey((k) => k + 1);
    setError(null);
    requestAnimationFrame(() => document.getElementById('story-title')?.focus());
  }

  async function submit(story: StoryInput) {
    setBusy(true);
    setError(null);
    try {
      await sendMessage('saveStory', { story });
      setMessage(`${story.id ? 'Saved' : 'Added'} “${story.title}”. Crossread now looks for it on the pages you read.`);
      edit(EMPTY_DRAFT);
    } catch (err) {
      setError(`The story was not saved: ${errorText(err)}.`);
    } finally {
      setBusy(false);
    }
  }

  async function propose() {
    setBusy(true);
    try {
      const proposal = await sendMessage('proposeStoryFromTab', { tabId: fromTab });
      if (!proposal) setError('Crossread could not read an article in that tab. Reload the tab and try again.');
      else
        edit({
          title: proposal.title,
          people: proposal.people,
          places: proposal.places,
          terms: proposal.terms,
          origin: `Proposed from “${proposal.title}”: the people and places it names. Remove what does not belong to the story, give it a name, then add it.`,
        });
    } catch (err) {
      setError(`Could not read the tab: ${errorText(err)}.`);
    } finally {
      setBusy(false);
    }
  }

  if (stories.state === 'error') return <ErrorNotice title="Crossread could not read your stories." detail={stories.error.message} />;
  return (
    <>
      {stories.state === 'loading' ? (
        <p class="muted">Loading…</p>
      ) : (
        <StoryList
          stories={stories.value}
          onToggle={(id, enabled) => void sendMessage('setStoryEnabled', { id, enabled }).catch((err: unknown) => setMessage(errorText(err)))}
          onEdit={(s) => edit({ id: s.id, title: s.title, people: s.people, places: s.places, terms: s.terms })}
          onDelete={(s) => {
            if (confirm(`Delete the story “${s.title}”? Its saved articles stay, outside any story.`)) {
              void sendMessage('deleteStory', { id: s.id }).then(() => setMessage(`Deleted “${s.title}”.`));
            }
          }}
        />
      )}
      {message && <p role="status">{message}</p>}
      <div id="new-story">
        {Number.isInteger(fromTab) ? (
          <div class="row">
            <button type="button" onClick={propose} disabled={busy}>
              Propose people and places from the article you came from
            </button>
          </div>
        ) : (
          <p class="muted">To start a story from an article, open Crossread on the article and choose “Start a new story from this page”.</p>
        )}
        <StoryForm key={formKey} draft={draft} onSubmit={submit} onCancel={draft === EMPTY_DRAFT ? undefined : () => edit(EMPTY_DRAFT)} busy={busy} error={error} />
      </div>
    </>
  );
}

function SettingsSection() {
  const settings = useLiveQuery(
    async () => ({ autoSave: await getSetting(db, 'autoSave'), offSites: await getSetting(db, 'offSites'), marks: markSettingOf(await getSetting(db, 'marks')) }),
    [],
  );
  const [message, setMessage] = useState<string | null>(null);
  if (settings.state === 'loading') return <p class="muted">Loading…</p>;
  if (settings.state === 'error') return <ErrorNotice title="Crossread could not read its settings." detail={settings.error.message} />;
  return (
    <SiteSettings
      offSites={settings.value.offSites}
      autoSave={settings.value.autoSave}
      allMarks={settings.value.marks === 'all'}
      onAllMarks={(all) =>
        void sendMessage('setMarks', { marks: all ? 'all' : 'calm' }).then(
          () => setMessage(all ? 'Pages now mark every fact, agreeing names included.' : 'Pages now mark only what needs checking.'),
          (err: unknown) => setMessage(errorText(err)),
        )
      }
      message={message}
      onAutoSave={(on) =>
        void sendMessage('setAutoSave', { on }).then(
          () => setMessage(on ? 'Articles about your stories are saved as you read them.' : 'Articles are no longer saved automatically.'),
          (err: unknown) => setMessage(errorText(err)),
        )
      }
      onSaveSites={(sites) =>
        void sendMessage('setOffSites', { sites }).then(
          (r) => setMessage(r.sites.length ? `Crossread stays off on ${r.sites.join(', ')}.` : 'Crossread runs on every site.'),
          (err: unknown) => setMessage(`The list was not saved: ${errorText(err)}.`),
        )
      }
    />
  );
}

function DataSection() {
  const stories = useLiveQuery(() => db.stories.toArray(), []);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const day = () => new Date().toISOString().slice(0, 10);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setResult(null);
    try {
      setResult({ ok: true, text: await action() });
    } catch (err) {
      setResult({ ok: false, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <DataPanel
      stories={stories.state === 'ready' ? stories.value.map((s) => ({ id: s.id, title: s.title })) : []}
      busy={busy}
      result={result}
      onExportJson={() =>
        run(async () => {
          const data = await buildExport(db);
          download(`crossread-export-${day()}.json`, 'application/json', JSON.stringify(data, null, 1));
          return `Exported ${data.articles.length} articles, ${data.claims.length} facts and ${data.stories.length} stories.`;
        })
      }
      onExportCsv={(storyId) =>
        run(async () => {
          const table = await storyTable(await loadStory(db, storyId), 'disputed');
          download(`crossread-${storyId}-${day()}.csv`, 'text/csv;charset=utf-8', '\uFEFF' + toCsv(storyTableToRows(table)));
          return `Exported the comparison table: ${table.rows.length} topics from ${table.sources.length} sources.`;
        })
      }
      onImport={(file) =>
        run(async () => {
          // A file too large is refused before reading it: reading 50 MB would stall the page.
          const tooBig = checkImportSize(file.size);
          if (tooBig) throw new Error(tooBig);
          const outcome = await sendMessage('importData', { text: await file.text() });
          if (!outcome.ok) throw new Error(outcome.error);
          const s = outcome.summary;
          return `Imported ${s.articles} articles, ${s.claims} facts, ${s.stories} stories and ${s.settings} settings from ${file.name}.`;
        })
      }
      onDeleteAll={() =>
        run(async () => {
          await sendMessage('deleteAllData', { confirm: 'delete everything' });
          return 'All saved articles, your own stories and your settings were deleted.';
        })
      }
    />
  );
}
