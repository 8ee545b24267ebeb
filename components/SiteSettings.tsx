// Where Crossread stays off, whether on-story articles are saved automatically, and how much the
// page marks.
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  offSites: string[];
  autoSave: boolean;
  /** Mark every fact (agreeing names too) instead of the calm default. */
  allMarks: boolean;
  onAllMarks: (all: boolean) => void;
  onSaveSites: (sites: string[]) => void;
  onAutoSave: (on: boolean) => void;
  message: string | null;
}

/**
 * A copy of a saved value that the reader edits here. It follows the saved value only when that
 * value changes (another page or the background saved a new one). Re-copying on mount too, as an
 * effect, ran after the first paint: a list typed in that moment was wiped, and saved empty.
 */
function useLocalCopy<T>(saved: T): [T, (next: T) => void] {
  const [value, setValue] = useState(saved);
  const last = useRef(saved);
  useEffect(() => {
    if (Object.is(last.current, saved)) return;
    last.current = saved;
    setValue(saved);
  }, [saved]);
  return [value, setValue];
}

export function SiteSettings({ offSites, autoSave, allMarks, onAllMarks, onSaveSites, onAutoSave, message }: Props) {
  const [text, setText] = useLocalCopy(offSites.join('\n'));
  // Shown at once, then confirmed by the database; a controlled box would flip back meanwhile.
  const [on, setOn] = useLocalCopy(autoSave);
  const [all, setAll] = useLocalCopy(allMarks);
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
      <p>
        <label class="switch">
          <input
            type="checkbox"
            checked={all}
            aria-describedby="all-marks-help"
            onChange={(e) => {
              const next = (e.currentTarget as HTMLInputElement).checked;
              setAll(next);
              onAllMarks(next);
            }}
          />
          Show every mark
        </label>
      </p>
      <p class="muted" id="all-marks-help">
        By default pages mark conflicts, updates, other spellings and facts only that page reports; agreeing figures and dates get a
        faint mark and names spelled as elsewhere get none (they stay listed in the popup). With this on, every fact is marked.
      </p>
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
