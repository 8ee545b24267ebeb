// A story's comparison for many sources: one entry per topic, the values it was given as groups,
// each with the outlets (and dates) that state it, the disputed or updated value first and a
// sentence saying why. Readable at thirty sources in the popup's width; the full-page view uses
// the same component. Headings per topic, lists for groups and outlets, pressed-state buttons
// for the status filter and a polite status line for the number shown.
import { useMemo, useState } from 'preact/hooks';
import { filterTopics, sortTopics, statusCounts, type StatusFilter, type StoryView, type TopicOrder, type TopicView, type ValueGroup, type ViewSource } from '../lib/report/story-view';
import type { StoryChange } from '../lib/report/changes';
import { StatusMark } from './StatusMark';
import './story-view.css';

interface Props {
  view: StoryView;
  storyTitle: string;
  /** What changed since the reader last opened the story; null while unknown. */
  changes: StoryChange[] | null;
  /** When the reader last opened it before now (ms), null: first time. */
  lastOpened: number | null;
  /** Opens the full-page view (the popup only). */
  onOpenFull?: () => void;
  /** Outlet chips shown per value before "N more" (the full page shows more). */
  chipLimit?: number;
  /** The full page also says why beside each change; the popup keeps it to one line each. */
  detailed?: boolean;
}

const ORDER_LABEL: Record<TopicOrder, string> = {
  disputed: 'Most disputed first',
  latest: 'Latest first',
  coverage: 'Most sources first',
  topic: 'By topic (A–Z)',
};

const FILTERS: Array<{ key: StatusFilter; label: string }> = [
  { key: 'all', label: 'All' },
  { key: 'conflict', label: 'Conflicts' },
  { key: 'updated', label: 'Updated' },
  { key: 'variant', label: 'Spelled differently' },
  { key: 'same', label: 'Agree' },
  { key: 'only', label: 'One source' },
];

export function StoryViewPanel({ view, storyTitle, changes, lastOpened, onOpenFull, chipLimit = 6, detailed = false }: Props) {
  const [order, setOrder] = useState<TopicOrder>('disputed');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const counts = useMemo(() => statusCounts(view.topics), [view]);
  const shown = useMemo(() => filterTopics(sortTopics(view.topics, order), filter), [view, order, filter]);

  if (view.topics.length === 0) {
    return <p class="notice">No saved article of “{storyTitle}” states a checkable fact yet.</p>;
  }
  const countOf = (key: StatusFilter) => (key === 'all' ? view.topics.length : key === 'same' ? counts.same + counts.sameNames : counts[key]);
  return (
    <div class="sv">
      {changes !== null && <Changes changes={changes} lastOpened={lastOpened} detailed={detailed} />}
      <div class="sv-tools">
        <div class="row">
          <label for="sv-order">Sort</label>
          <select id="sv-order" value={order} onChange={(e) => setOrder((e.currentTarget as HTMLSelectElement).value as TopicOrder)}>
            {(Object.keys(ORDER_LABEL) as TopicOrder[]).map((o) => (
              <option key={o} value={o}>
                {ORDER_LABEL[o]}
              </option>
            ))}
          </select>
          {onOpenFull && (
            <button type="button" class="sv-full" onClick={onOpenFull}>
              Open in a full page
            </button>
          )}
        </div>
        <div class="sv-filters" role="group" aria-label="Show topics">
          {FILTERS.filter((f) => f.key === 'all' || countOf(f.key) > 0).map((f) => (
            <button key={f.key} type="button" class={`sv-filter sv-filter-${f.key}`} aria-pressed={filter === f.key} onClick={() => setFilter(f.key)}>
              {f.label} <span class="sv-count">{countOf(f.key)}</span>
            </button>
          ))}
        </div>
        <p class="muted sv-summary" role="status">
          {filter === 'all' ? `${view.topics.length} topics` : `${shown.length} of ${view.topics.length} topics`} · {view.sources.length} sources ·{' '}
          {counts.conflict} in conflict · {counts.same} facts confirmed
          {counts.sameNames ? ` · ${counts.sameNames} names spelled alike` : ''}
        </p>
      </div>
      <ul class="sv-topics" aria-label={`Topics of ${storyTitle}`}>
        {shown.map((t) => (
          <Topic key={t.topic} topic={t} chipLimit={chipLimit} />
        ))}
      </ul>
    </div>
  );
}

function Changes({ changes, lastOpened, detailed }: { changes: StoryChange[]; lastOpened: number | null; detailed: boolean }) {
  if (lastOpened === null) return null;
  const since = new Date(lastOpened).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return (
    <section class="sv-changes" aria-labelledby="sv-changes-title">
      <h2 id="sv-changes-title">Since you last read this story ({since})</h2>
      {changes.length === 0 ? (
        <p class="muted">No fact was updated or newly contradicted.</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={`${c.relation}-${c.topic}`}>
              <StatusMark status={c.relation} compact /> <strong>{c.about}</strong>: {c.outlet} {c.relation === 'conflict' ? 'contradicts it with' : 'updates it to'}{' '}
              <strong>{c.written}</strong>
              {detailed && c.why && <span class="sv-why-inline"> — {c.why}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function topicId(topic: string): string {
  return `sv-${topic.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

function Topic({ topic, chipLimit }: { topic: TopicView; chipLimit: number }) {
  const id = topicId(topic.topic);
  const [open, setOpen] = useState(false);
  return (
    <li class={`sv-topic sv-topic-${topic.status}`}>
      <h2 class="sv-about" id={id}>
        <StatusMark status={topic.status} compact /> {topic.about}
        <span class="muted sv-meta">
          {' '}
          · {topic.sourceCount} {topic.sourceCount === 1 ? 'source' : 'sources'}
          {topic.groups.length > 1 ? ` · ${topic.groups.length} values` : ''}
        </span>
      </h2>
      {topic.why.map((w, i) => (
        <p key={i} class={`sv-why sv-why-${topic.status}`}>
          <span class="visually-hidden">Why: </span>
          {w}
        </p>
      ))}
      <ul class="sv-groups" aria-labelledby={id}>
        {topic.groups.map((g, i) => (
          <Group key={i} group={g} chipLimit={chipLimit} />
        ))}
      </ul>
      <button type="button" class="link sv-sentences" aria-expanded={open} aria-controls={`${id}-quotes`} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> The sentences ({topic.quotes.length})
      </button>
      {open && (
        <ul class="sv-quotes" id={`${id}-quotes`}>
          {topic.quotes.map((q, i) => (
            <li key={i}>
              <StatusMark status={q.status} compact /> <strong>{q.outlet}</strong> ({q.written}): “{q.quote}”
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Group({ group, chipLimit }: { group: ValueGroup; chipLimit: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? group.sources : group.sources.slice(0, chipLimit);
  const hidden = group.sources.length - shown.length;
  return (
    <li class={`sv-group sv-group-${group.status}`}>
      <div class="sv-value">
        <StatusMark status={group.status} compact /> <strong>{group.value}</strong>
        {group.resolved && <span class="muted sv-also"> = {group.resolved}</span>}
        {group.also.length > 0 && <span class="muted sv-also"> (also {group.also.slice(0, 3).join(', ')}{group.also.length > 3 ? '…' : ''})</span>}
        {group.previous && <span class="sv-also"> (earlier: {group.previous})</span>}
      </div>
      <ul class="sv-chips" aria-label={`${group.sources.length} ${group.sources.length === 1 ? 'source states' : 'sources state'} ${group.value}`}>
        {shown.map((s) => (
          <Chip key={s.articleId} source={s} />
        ))}
        {hidden > 0 && (
          <li>
            <button type="button" class="sv-more" aria-label={`Show ${hidden} more sources of ${group.value}`} onClick={() => setAll(true)}>
              {hidden} more
            </button>
          </li>
        )}
      </ul>
    </li>
  );
}

function Chip({ source }: { source: ViewSource }) {
  const date = source.date ? `${source.dateIsAsOf ? 'as of ' : ''}${source.date}` : 'undated';
  return (
    <li class="sv-chip" title={source.title}>
      <span class="sv-outlet">{source.outlet}</span> <span class="sv-date">{date}</span>
    </li>
  );
}
