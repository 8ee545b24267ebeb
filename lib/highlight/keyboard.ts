// Keyboard movement between claims. Alt+Shift+→ / ← was chosen because pages and screen readers
// rarely bind it (Alt+→ is history, Ctrl+→ word jumps); wraps around at both ends.
export function isNavKey(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'key'>): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  if (e.key === 'ArrowRight') return 1;
  if (e.key === 'ArrowLeft') return -1;
  return 0;
}

export function nextIndex(current: number, step: 1 | -1, total: number): number {
  if (total <= 0) return -1;
  if (current < 0) return step === 1 ? 0 : total - 1;
  return (current + step + total) % total;
}
