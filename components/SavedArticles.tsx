// The popup's "Saved" panel: every saved article with its counts, a search, and remove (with
// undo), open, and "not about this story".
export interface SavedItem {
  id: number;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string;
  storyTitle: string | null;
  claims: number;
  /** null while the comparison is still being computed. */
  conflicts: number | null;
  bundled: boolean;
}

interface Props {
  /** The articles shown: the newest that match, up to the page's limit. */
  items: SavedItem[];
  total: number;
  /** How many match the search (all of them without one); more than shown means "Show more". */
  matched: number;
  query: string;
  onQuery: (q: string) => void;
  onOpen: (item: SavedItem) => void;
  onRemove: (item: SavedItem) => void;
  onNotAbout: (item: SavedItem) => void;
  /** The last removal, offered for undo. */
  undo: { title: string; onUndo: () => void } | null;
  message: string | null;
  onShowMore: () => void;
}

export function SavedArticles({ items, total, matched, query, onQuery, onOpen, onRemove, onNotAbout, undo, message, onShowMore }: Props) {
  return (
    <>
      <div class="row">
        <label for="saved-search">Search saved articles</label>
        <input
          id="saved-search"
          type="search"
          value={query}
          placeholder="title, outlet or story"
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <p class="muted" role="status">
        {undo ? (
          <>
            Removed “{undo.title}”.{' '}
            <button type="button" onClick={undo.onUndo}>
              Undo
            </button>
          </>
        ) : (
          message ?? (query ? `${matched} of ${total} saved articles match.` : `${total} saved articles.`)
        )}
      </p>
      {total === 0 && <p class="notice">Nothing saved yet. Articles about a story you follow are saved when you read them.</p>}
      <ul class="saved-list">
        {items.map((item) => (
          <li key={item.id} class="saved-item">
            <h2 class="saved-title">{item.title || item.url}</h2>
            <p class="muted">
              {item.outlet ?? 'Unknown outlet'}
              {item.date && <> · {item.date}</>}
              {' · '}
              {item.storyTitle ?? 'No story'}
              {item.bundled && <> · example bundled with Crossread</>}
            </p>
            <p>
              {item.claims} {item.claims === 1 ? 'fact' : 'facts'}
              {' · '}
              {item.conflicts === null ? 'comparing…' : `${item.conflicts} in conflict`}
            </p>
            <div class="row">
              <button type="button" onClick={() => onOpen(item)} aria-label={`Open “${item.title}”`}>
                Open
              </button>
              {item.storyTitle && (
                <button type="button" onClick={() => onNotAbout(item)} aria-label={`“${item.title}” is not about ${item.storyTitle}`}>
                  Not about this story
                </button>
              )}
              <button type="button" class="danger" onClick={() => onRemove(item)} aria-label={`Remove “${item.title}”`}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      {matched > items.length && (
        <button type="button" onClick={onShowMore}>
          Show more ({matched - items.length} not shown)
        </button>
      )}
    </>
  );
}
