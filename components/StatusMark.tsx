// A claim's status as symbol + word (+ colour from theme.css), never colour alone.
import type { ClaimStatus } from '../lib/engine/types';
import { STATUS_LABEL } from '../lib/story-table';

export const STATUS_SYMBOL: Record<ClaimStatus, string> = {
  conflict: '✖',
  updated: '↻',
  variant: '≈',
  same: '✓',
  only: '•',
};

/** What each status means, for headings and tooltips. */
export const STATUS_HELP: Record<ClaimStatus, string> = {
  conflict: 'Another source says something incompatible',
  updated: 'A later source (or this outlet later) gives a newer figure',
  variant: 'Other sources say it differently but compatibly',
  same: 'Other sources say the same',
  only: 'No other saved source states this',
};

export function StatusMark({ status, compact = false }: { status: ClaimStatus; compact?: boolean }) {
  return (
    <span class={`status status-${status}`} title={STATUS_HELP[status]}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span>
      {compact ? <span class="visually-hidden">{STATUS_LABEL[status]}</span> : STATUS_LABEL[status]}
    </span>
  );
}
