// The popup's "This page" panel: the current tab's claims grouped by status, worst first.
// Choosing a claim asks the page (through the popup) to scroll to it and open its card.
import type { ComponentChildren } from 'preact';
import type { PageClaim } from '../lib/messages';
import type { TabPage } from '../lib/background/manage';
import { groupClaims, type ClaimGroupKey } from '../lib/highlight/mark-policy';
import { STATUS_HELP, StatusMark } from './StatusMark';

// Agreeing names are listed apart: a name spelled alike is not a confirmed fact.
const GROUP_TITLE: Record<ClaimGroupKey, string> = {
  conflict: 'Conflicts',
  updated: 'Updated since',
  variant: 'Said differently',
  same: 'Confirmed by other sources',
  only: 'Only in this article',
  names: 'Names',
};
const GROUP_HELP: Record<ClaimGroupKey, string> = {
  ...STATUS_HELP,
  names: 'People and places named as other sources name them, or only here; not marked in the page unless you show every mark',
};

interface StoryChoice {
  id: string;
  title: string;
}

interface Props {
  page: TabPage;
  stories: StoryChoice[];
  onShowClaim: (claimId: string) => void;
  onAddToStory: (storyId: string) => void;
  onStartStory: () => void;
  /** "Follow this story" on a page about no story; `follow` is its form once open (FollowStory.tsx). */
  onFollow: () => void;
  follow: ComponentChildren;
  /** Feedback of the last action ("Opened in the page", "Added to …"). */
  message: string | null;
  busy: boolean;
}

export function PageClaims({ page, stories, onShowClaim, onAddToStory, onStartStory, onFollow, follow, message, busy }: Props) {
  if (page.state === 'unreadable') {
    return (
      <div class="notice">
        <p>
          <strong>Crossread cannot read this tab.</strong>
        </p>
        <p class="muted">
          It works on news articles (http and https pages). If this is an article that was open before
          Crossread was installed or updated, reload the page.
        </p>
      </div>
    );
  }
  if (page.state === 'off') {
    return (
      <div class="notice">
        <p>
          <strong>Crossread is turned off on {page.host}.</strong>
        </p>
        <p class="muted">You can turn it back on under “Sites where Crossread stays off” in the options.</p>
      </div>
    );
  }
  const { analysis } = page;
  const header = (
    <div class="page-head">
      <h2 class="page-title">{page.title || 'Untitled page'}</h2>
      <p class="muted">
        {page.outlet ?? 'Unknown outlet'}
        {analysis.onStory && analysis.storyTitle && <> · Story: {analysis.storyTitle}</>}
        {' · '}
        {analysis.saved ? 'Saved' : 'Not saved'}
      </p>
    </div>
  );
  if (!analysis.onStory) {
    return (
      <>
        {header}
        <div class="notice">
          <p>
            <strong>This page is not about a story you follow.</strong>
          </p>
          {follow ?? (
            <p>
              <button type="button" class="primary" onClick={onFollow} disabled={busy} id="follow-open">
                Follow this story
              </button>
            </p>
          )}
          {stories.length > 0 ? (
            <AddToStory stories={stories} onAdd={onAddToStory} busy={busy} />
          ) : (
            <p class="muted">You have no story turned on.</p>
          )}
          <p>
            <button type="button" class="link" onClick={onStartStory}>
              Start a new story from this page…
            </button>
          </p>
        </div>
        {message && <p role="status">{message}</p>}
      </>
    );
  }

  const groups = groupClaims(analysis.claims).map((g) => ({ status: g.key, claims: g.claims }));
  // A name repeated ten times is one fact to check: list it once, with how often it occurs.
  const distinct = (claims: PageClaim[]) => {
    const seen = new Map<string, { claim: PageClaim; times: number }>();
    for (const c of claims) {
      const key = `${c.topic}\u0000${c.written}`;
      const entry = seen.get(key);
      if (entry) entry.times++;
      else seen.set(key, { claim: c, times: 1 });
    }
    return [...seen.values()];
  };
  return (
    <>
      {header}
      <p class="summary" aria-label="Summary">
        {groups.map((g) => (
          <span key={g.status} class="summary-item">
            {g.status === 'names' ? <span class="status status-only">Names</span> : <StatusMark status={g.status} />} {g.claims.length}
          </span>
        ))}
      </p>
      {message && (
        <p role="status" class="muted">
          {message}
        </p>
      )}
      {analysis.claims.length === 0 && <p class="notice">Crossread found no checkable facts on this page.</p>}
      {groups
        .filter((g) => g.claims.length > 0)
        .map((g) => (
          <section key={g.status} class="claim-group" aria-labelledby={`group-${g.status}`}>
            <h3 id={`group-${g.status}`}>
              {g.status !== 'names' && <StatusMark status={g.status} compact />} {GROUP_TITLE[g.status]} ({g.claims.length})
            </h3>
            <p class="muted help">{GROUP_HELP[g.status]}.</p>
            <ul class="claim-list">
              {distinct(g.claims).map(({ claim, times }) => (
                <li key={claim.id}>
                  <ClaimButton claim={claim} times={times} onShow={onShowClaim} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}

function ClaimButton({ claim, times, onShow }: { claim: PageClaim; times: number; onShow: (id: string) => void }) {
  const other = claim.others[0];
  return (
    <>
    <button type="button" class="claim" data-claim-id={claim.id} onClick={() => onShow(claim.id)} aria-describedby={`quote-${cssId(claim.id)}`}>
      <span class="claim-value">{claim.written}</span>
      <span class="claim-about muted"> — {claim.about}</span>
      {times > 1 && <span class="muted"> ({times} times)</span>}
      {claim.previousWritten && <span class="claim-other"> (this page said {claim.previousWritten} before)</span>}
      {other && other.written !== claim.written && (
        <span class="claim-other">
          {' '}
          · {other.outlet ?? `“${other.title}”`} says {other.written}
        </span>
      )}
    </button>
    {/* Outside the button, so the button's name stays short and the sentence is its description. */}
    <span class="visually-hidden" id={`quote-${cssId(claim.id)}`}>
      {claim.quote}
    </span>
    </>
  );
}

function AddToStory({ stories, onAdd, busy }: { stories: StoryChoice[]; onAdd: (id: string) => void; busy: boolean }) {
  return (
    <form
      class="row"
      onSubmit={(e) => {
        e.preventDefault();
        const select = (e.currentTarget as HTMLFormElement).elements.namedItem('story') as HTMLSelectElement;
        onAdd(select.value);
      }}
    >
      <label for="add-story">Add this page to</label>
      <select id="add-story" name="story">
        {stories.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add this page to the story'}
      </button>
    </form>
  );
}

function cssId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, '_');
}
