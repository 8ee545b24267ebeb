// The stories Crossread looks for: the built-in one and the reader's own, each can be turned off.
import { useState } from 'preact/hooks';
import type { StoryEntity } from '../lib/engine/types';

export interface StoryListItem {
  id: string;
  title: string;
  people: StoryEntity[];
  places: StoryEntity[];
  terms: string[];
  enabled: boolean;
  builtIn: boolean;
  articles: number;
}

interface Props {
  stories: StoryListItem[];
  onToggle: (id: string, enabled: boolean) => void;
  onEdit: (story: StoryListItem) => void;
  onDelete: (story: StoryListItem) => void;
}

export function StoryList({ stories, onToggle, onEdit, onDelete }: Props) {
  // A switch shows its new state at once; the database confirms it a moment later.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const enabledOf = (s: StoryListItem) => pending.get(s.id) ?? s.enabled;
  if (stories.length === 0) return <p class="notice">No story yet. Add one below.</p>;
  return (
    <ul class="story-list">
      {stories.map((s) => (
        <li key={s.id} class="story-item">
          <div class="story-main">
            <h3>
              {s.title} <span class="badge">{s.builtIn ? 'built-in' : 'your own'}</span>
              {!enabledOf(s) && <span class="badge off">off</span>}
            </h3>
            <p class="muted">
              {describe('People', s.people)}
              {describe('Places', s.places)}
              {s.terms.length > 0 && (
                <>
                  Key terms: {s.terms.slice(0, 8).join(', ')}
                  {s.terms.length > 8 ? ` and ${s.terms.length - 8} more` : ''}.{' '}
                </>
              )}
              {s.articles} saved {s.articles === 1 ? 'article' : 'articles'}.
            </p>
          </div>
          <div class="row">
            <label class="switch">
              <input
                type="checkbox"
                checked={enabledOf(s)}
                onChange={(e) => {
                  const next = (e.currentTarget as HTMLInputElement).checked;
                  setPending((p) => new Map(p).set(s.id, next));
                  onToggle(s.id, next);
                }}
              />
              Look for this story
            </label>
            <button type="button" onClick={() => onEdit(s)} aria-label={`Edit “${s.title}”`}>
              Edit
            </button>
            {!s.builtIn && (
              <button type="button" class="danger" onClick={() => onDelete(s)} aria-label={`Delete “${s.title}”`}>
                Delete
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

function describe(label: string, entities: StoryEntity[]) {
  if (entities.length === 0) return null;
  // Built-in stories list a dozen spellings per person: the names alone say who is in it.
  const names = entities.map((e) => {
    const aliases = e.aliases ?? [];
    if (aliases.length === 0) return e.name;
    return `${e.name} (${aliases.length} other ${aliases.length === 1 ? 'spelling' : 'spellings'})`;
  });
  return (
    <>
      {label}: {names.join('; ')}.{' '}
    </>
  );
}
