// The story's comparison table: a row per topic, a column per source, each cell the value as the
// source wrote it. Conflicts and updates are marked with a symbol and a word; a row expands to
// the sentences behind its values.
import { useState } from 'preact/hooks';
import { cellText, type RowOrder, type StoryTable, type TableRow } from '../lib/story-table';
import { StatusMark } from './StatusMark';

interface Props {
  table: StoryTable;
  storyTitle: string;
  order: RowOrder;
  onOrder: (order: RowOrder) => void;
}

const ORDER_LABEL: Record<RowOrder, string> = {
  disputed: 'Most disputed first',
  coverage: 'Most sources first',
  topic: 'By topic (A–Z)',
};

export function StoryTableView({ table, storyTitle, order, onOrder }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (topic: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(topic)) next.delete(topic);
      else next.add(topic);
      return next;
    });

  if (table.rows.length === 0) {
    return <p class="notice">No saved article of “{storyTitle}” states a checkable fact yet.</p>;
  }
  const disputed = table.rows.filter((r) => r.conflicts > 0).length;
  return (
    <>
      <div class="row table-tools">
        <label for="row-order">Sort</label>
        <select id="row-order" value={order} onChange={(e) => onOrder((e.currentTarget as HTMLSelectElement).value as RowOrder)}>
          {(Object.keys(ORDER_LABEL) as RowOrder[]).map((o) => (
            <option key={o} value={o}>
              {ORDER_LABEL[o]}
            </option>
          ))}
        </select>
        <span class="muted">
          {table.rows.length} topics · {table.sources.length} sources · {disputed} in conflict
        </span>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={`Comparison table of ${storyTitle}`}>
        <table class="story-table">
          <caption class="visually-hidden">
            What each source says about {storyTitle}: one row per topic, one column per source, sorted {ORDER_LABEL[order].toLowerCase()}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {table.sources.map((s) => (
                <th scope="col" key={s.articleId} title={s.title}>
                  <span class="source-outlet">{s.outlet}</span>
                  <span class="source-date muted">{s.date ? `${s.dateIsAsOf ? 'as of ' : ''}${s.date}` : 'undated'}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <Row key={row.topic} row={row} span={table.sources.length + 1} open={open.has(row.topic)} onToggle={() => toggle(row.topic)} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Row({ row, span, open, onToggle }: { row: TableRow; span: number; open: boolean; onToggle: () => void }) {
  const detailsId = `quotes-${row.topic.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <>
      <tr class={`row-${row.status}`}>
        <th scope="row">
          <button type="button" class="link expander" aria-expanded={open} aria-controls={detailsId} onClick={onToggle}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {row.about}
          </button>
          {(row.status === 'conflict' || row.status === 'updated') && (
            <div>
              <StatusMark status={row.status} />
            </div>
          )}
        </th>
        {row.cells.map((cell, i) =>
          cell ? (
            <td key={i} class={`cell-${cell.status}`}>
              {cell.status !== 'same' && cell.status !== 'only' && <StatusMark status={cell.status} compact />} {cellText(cell)}
            </td>
          ) : (
            <td key={i} class="muted">
              <span aria-hidden="true">—</span>
              <span class="visually-hidden">not stated</span>
            </td>
          ),
        )}
      </tr>
      {open && (
        <tr class="quotes-row" id={detailsId}>
          <td colSpan={span}>
            <ul class="quotes">
              {row.quotes.map((q, i) => (
                <li key={i}>
                  <StatusMark status={q.status} compact /> <strong>{q.outlet}</strong> ({q.written}): “{q.quote}”
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

