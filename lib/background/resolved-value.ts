// A relative date ("on Wednesday", "last November") means little out of its article; the card
// shows the date the engine resolved it to, so a reader can see why two sources disagree.
import type { ClaimValue } from '../engine/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "16 Apr 2025", "Nov 2023" or "2024"; null when the words already say it or nothing was resolved. */
export function resolvedLabel(value: ClaimValue): string | null {
  if (value.type !== 'date' || !value.relative || !value.start) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.start);
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = MONTHS[Number(mo) - 1];
  if (value.granularity === 'year' || value.granularity === 'decade') return null;
  if (value.granularity === 'month') return `${month} ${y}`;
  if (value.end && value.end !== value.start) return null; // a span, not one day
  return `${Number(d)} ${month} ${y}`;
}
