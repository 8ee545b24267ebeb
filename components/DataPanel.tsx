// Export, import and delete-all. Deleting asks for a confirmation first.
import { useState } from 'preact/hooks';

interface Props {
  stories: { id: string; title: string }[];
  onExportJson: () => void;
  onExportCsv: (storyId: string) => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
  busy: boolean;
  /** The outcome of the last action; errors are announced as alerts. */
  result: { ok: boolean; text: string } | null;
}

export function DataPanel({ stories, onExportJson, onExportCsv, onImport, onDeleteAll, busy, result }: Props) {
  const [csvStory, setCsvStory] = useState(stories[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const chosen = stories.some((s) => s.id === csvStory) ? csvStory : (stories[0]?.id ?? '');
  return (
    <>
      <h3>Export</h3>
      <div class="row">
        <button type="button" onClick={onExportJson} disabled={busy}>
          Export everything (JSON)
        </button>
      </div>
      {stories.length > 0 && (
        <div class="row">
          <label for="csv-story">Comparison table of</label>
          <select id="csv-story" value={chosen} onChange={(e) => setCsvStory((e.currentTarget as HTMLSelectElement).value)}>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => onExportCsv(chosen)} disabled={busy || !chosen}>
            Export as CSV
          </button>
        </div>
      )}
      <h3>Import</h3>
      <p>
        <label for="import-file">Import a Crossread export (JSON). Articles already saved are replaced by the file's copy.</label>
        <br />
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onImport(file);
            input.value = '';
          }}
        />
      </p>
      {result && (
        <p class={`notice${result.ok ? '' : ' error'}`} role={result.ok ? 'status' : 'alert'}>
          {result.ok ? result.text : <strong>{result.text}</strong>}
        </p>
      )}
      <h3>Delete</h3>
      {!confirming ? (
        <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={busy}>
          Delete all data…
        </button>
      ) : (
        <div class="notice error" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">
            <strong>Delete every saved article (the bundled examples too), your own stories and your settings?</strong> The built-in story stays. This cannot be undone; export first if you may want them back.
          </p>
          <div class="row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
