// Where Crossread stays off, and whether on-story articles are saved automatically.
import { useEffect, useState } from 'preact/hooks';

interface Props {
  offSites: string[];
  autoSave: boolean;
  onSaveSites: (sites: string[]) => void;
  onAutoSave: (on: boolean) => void;
  message: string | null;
}

export function SiteSettings({ offSites, autoSave, onSaveSites, onAutoSave, message }: Props) {
  const [text, setText] = useState(offSites.join('\n'));
  // Shown at once, then confirmed by the database; a controlled box would flip back meanwhile.
  const [on, setOn] = useState(autoSave);
  useEffect(() => setOn(autoSave), [autoSave]);
  useEffect(() => setText(offSites.join('\n')), [offSites.join('\n')]);
  return (
    <>
      <p>
        <label class="switch">
          <input
            type="checkbox"
            checked={on}
            onChange={(e) => {
              const next = (e.currentTarget as HTMLInputElement).checked;
              setOn(next);
              onAutoSave(next);
            }}
          />
          Save articles about a story I follow automatically when I read them
        </label>
      </p>
      <p class="muted">When this is off, Crossread still compares the page with what you saved; save a page from its card.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSaveSites(text.split('\n'));
        }}
      >
        <p>
          <label for="off-sites">Sites where Crossread stays off, one per line</label>
          <textarea id="off-sites" rows={4} value={text} placeholder="www.example.com" onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        </p>
        <button type="submit">Save the list of sites</button>
      </form>
      {message && <p role="status">{message}</p>}
    </>
  );
}
