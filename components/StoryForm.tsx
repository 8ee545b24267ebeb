// Adding or editing a story: a name, people and places (each with its other spellings) and key
// terms. Started from an article, the form arrives filled with the people and places the
// article features; the reader removes what does not belong and confirms.
import { useState } from 'preact/hooks';
import type { StoryEntity } from '../lib/engine/types';
import type { StoryInput } from '../lib/background/manage';

export interface StoryDraft {
  id?: string;
  title: string;
  people: StoryEntity[];
  places: StoryEntity[];
  terms: string[];
  /** Where the draft came from, said above the form ("proposed from …"). */
  origin?: string;
}

interface Props {
  draft: StoryDraft;
  onSubmit: (story: StoryInput) => void;
  onCancel?: () => void;
  busy: boolean;
  error: string | null;
}

interface EntityField {
  name: string;
  spellings: string;
  /** Kept as they came (built-in stories, proposals): the form does not edit them. */
  givenNames?: string[];
}

const toFields = (list: StoryEntity[]): EntityField[] =>
  list.map((e) => ({ name: e.name, spellings: (e.aliases ?? []).join(', '), ...(e.givenNames ? { givenNames: e.givenNames } : {}) }));
const splitList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function StoryForm({ draft, onSubmit, onCancel, busy, error }: Props) {
  const [title, setTitle] = useState(draft.title);
  const [people, setPeople] = useState<EntityField[]>(draft.people.length ? toFields(draft.people) : [{ name: '', spellings: '' }]);
  const [places, setPlaces] = useState<EntityField[]>(draft.places.length ? toFields(draft.places) : [{ name: '', spellings: '' }]);
  const [terms, setTerms] = useState(draft.terms.join(', '));
  const editing = draft.id !== undefined;

  function submit(e: Event) {
    e.preventDefault();
    const entities = (fields: EntityField[]) =>
      fields
        .filter((f) => f.name.trim())
        .map((f) => ({ name: f.name.trim(), aliases: splitList(f.spellings), ...(f.givenNames ? { givenNames: f.givenNames } : {}) }));
    onSubmit({ ...(draft.id ? { id: draft.id } : {}), title: title.trim(), people: entities(people), places: entities(places), terms: splitList(terms) });
  }

  return (
    <form class="story-form" onSubmit={submit} aria-labelledby="story-form-title">
      <h3 id="story-form-title">{editing ? `Edit “${draft.title}”` : 'Add a story'}</h3>
      {draft.origin && <p class="muted">{draft.origin}</p>}
      <p>
        <label for="story-title">Name of the story</label>
        <input id="story-title" type="text" required value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
      </p>
      <EntityFields legend="People" kind="person" fields={people} onChange={setPeople} />
      <EntityFields legend="Places and organisations" kind="place" fields={places} onChange={setPlaces} />
      <p>
        <label for="story-terms">Key terms, separated by commas</label>
        <input id="story-terms" type="text" value={terms} placeholder="e.g. hostage, ceasefire" onInput={(e) => setTerms((e.currentTarget as HTMLInputElement).value)} />
      </p>
      <p class="muted">A page is about the story when it names its people or places; key terms only add weight.</p>
      {error && (
        <p class="notice error" role="alert">
          <strong>{error}</strong>
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {editing ? 'Save the story' : 'Add the story'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function EntityFields({ legend, kind, fields, onChange }: { legend: string; kind: string; fields: EntityField[]; onChange: (f: EntityField[]) => void }) {
  const set = (i: number, patch: Partial<EntityField>) => onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {fields.map((f, i) => (
        <div class="entity-row" key={i}>
          <label>
            Name
            <input type="text" value={f.name} onInput={(e) => set(i, { name: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            Other spellings, separated by commas
            <input type="text" value={f.spellings} onInput={(e) => set(i, { spellings: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <button type="button" onClick={() => onChange(fields.filter((_, j) => j !== i))} aria-label={`Remove ${kind} ${f.name || i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...fields, { name: '', spellings: '' }])}>
        Add a {kind}
      </button>
    </fieldset>
  );
}
