// "Follow this story": the story Crossread proposes from the page (its headline, people, places
// and organisations, terms), for the reader to correct and confirm in the popup itself. Each
// entry can be removed; each list has its own field to add one (Enter adds, it does not save).
// Loaded only when the reader asks for it, so the popup's first panel stays small.
import { useRef, useState } from 'preact/hooks';
import type { StoryEntity } from '../lib/engine/types';
import type { StoryProposal } from '../lib/engine/propose-story';

export interface FollowDraft {
  title: string;
  people: StoryEntity[];
  places: StoryEntity[];
  terms: string[];
}

interface Props {
  proposal: StoryProposal;
  busy: boolean;
  /** A save failed: the reason, shown beside the form, which keeps what the reader typed. */
  error: string | null;
  onSave: (story: FollowDraft) => void;
  onCancel: () => void;
}

export function FollowStory({ proposal, busy, error, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(proposal.title);
  const [people, setPeople] = useState(proposal.people);
  const [places, setPlaces] = useState(proposal.places);
  const [terms, setTerms] = useState(proposal.terms);
  const [problem, setProblem] = useState<string | null>(null);

  function submit(e: Event) {
    e.preventDefault();
    if (!title.trim()) return setProblem('Give the story a name.');
    if (people.length + places.length === 0) return setProblem('Keep or add at least one person, place or organisation: Crossread finds the story by them.');
    setProblem(null);
    // Detection rests on the main people: if the reader removed them all, the first left leads.
    const main = people.some((p) => p.weight === 'core') ? people : people.map((p, i) => (i === 0 ? { ...p, weight: 'core' as const } : p));
    onSave({ title: title.trim(), people: main, places, terms });
  }

  return (
    <form class="follow-form" aria-labelledby="follow-heading" onSubmit={submit} noValidate>
      <h3 id="follow-heading">Follow this story</h3>
      <p class="muted help">
        Crossread proposes these from the page. Remove what does not belong to the story, add what is missing, mark the main
        people (the story is found by them), then save: saved articles that match are added to the story at once.
      </p>
      <p class="field">
        <label for="follow-title">Story name</label>
        <input id="follow-title" type="text" value={title} maxLength={200} required onInput={(e) => setTitle(e.currentTarget.value)} />
      </p>
      <EntryList
        id="follow-people"
        legend="People"
        addLabel="Add a person"
        entries={people.map((p) => ({ key: p.name, label: p.name, main: p.weight === 'core' }))}
        onToggleMain={(key) => setPeople((list) => list.map((p) => (p.name === key ? { ...p, weight: p.weight === 'core' ? 'context' : 'core' } : p)))}
        onRemove={(key) => setPeople((list) => list.filter((p) => p.name !== key))}
        onAdd={(name) => setPeople((list) => [...list, { name, aliases: [], weight: list.some((p) => p.weight === 'core') ? 'context' : 'core' }])}
      />
      <EntryList
        id="follow-places"
        legend="Places and organisations"
        addLabel="Add a place or organisation"
        entries={places.map((p) => ({ key: p.name, label: p.name }))}
        onRemove={(key) => setPlaces((list) => list.filter((p) => p.name !== key))}
        onAdd={(name) => setPlaces((list) => [...list, { name, aliases: [], weight: 'core' }])}
      />
      <EntryList
        id="follow-terms"
        legend="Terms"
        addLabel="Add a term"
        entries={terms.map((t) => ({ key: t, label: t }))}
        onRemove={(key) => setTerms((list) => list.filter((t) => t !== key))}
        onAdd={(term) => setTerms((list) => [...list, term])}
      />
      {(problem ?? error) && (
        <p role="alert" class="error">
          {problem ?? error}
        </p>
      )}
      <p class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save and follow'}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </p>
    </form>
  );
}

interface Entry {
  key: string;
  label: string;
  /** People only: whether the story is found by this person (core) or only supported (context). */
  main?: boolean;
}

function EntryList(props: {
  id: string;
  legend: string;
  addLabel: string;
  entries: Entry[];
  onRemove: (key: string) => void;
  onAdd: (text: string) => void;
  onToggleMain?: (key: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  function add() {
    const text = draft.trim().replace(/\s+/g, ' ');
    if (!text) return;
    if (props.entries.some((e) => e.label.toLowerCase() === text.toLowerCase())) {
      setSaid(`${text} is in the list already.`);
      return;
    }
    props.onAdd(text.slice(0, 200));
    setDraft('');
    setSaid(`Added ${text}.`);
  }

  function remove(i: number) {
    const { key, label } = props.entries[i]!;
    // By key, through the state's own updater: two quick removals must not undo each other.
    props.onRemove(key);
    setSaid(`Removed ${label}.`);
    // Focus goes to the next entry's remove button, or to the add field when none is left.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.chip-remove');
      const next = buttons?.[Math.min(i, buttons.length - 1)];
      (next ?? input.current)?.focus();
    });
  }

  return (
    <fieldset class="entry-list">
      <legend>{props.legend}</legend>
      {props.entries.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul class="chips" ref={list} aria-label={props.legend}>
          {props.entries.map((e, i) => (
            <li key={e.key} class="chip">
              <span>{e.label}</span>
              {props.onToggleMain && (
                <button
                  type="button"
                  class={e.main ? 'chip-main on' : 'chip-main'}
                  aria-pressed={e.main ? 'true' : 'false'}
                  aria-label={`${e.label} is a main person of the story`}
                  title="Main people find the story; the others only support it"
                  onClick={() => props.onToggleMain!(e.key)}
                >
                  main
                </button>
              )}
              <button type="button" class="chip-remove" aria-label={`Remove ${e.label}`} title={`Remove ${e.label}`} onClick={() => remove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="row">
        <label for={`${props.id}-add`} class="visually-hidden">
          {props.addLabel}
        </label>
        <input
          id={`${props.id}-add`}
          ref={input}
          type="text"
          value={draft}
          maxLength={200}
          placeholder={props.addLabel}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} aria-label={props.addLabel}>
          Add
        </button>
      </p>
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </fieldset>
  );
}
