// Performance marks the bench (scripts/bench-page.ts) reads. Every synchronous stretch of
// content-script work is one `crossread:work:*` measure, so main-thread time is their sum;
// `crossread:to-highlights` spans start to painted highlights (awaits included).
export const START_MARK = 'crossread:start';

export function timed<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`crossread:work:${name}`, { start: t0, end: performance.now() });
  }
}

export function markStart(): void {
  // Cleared first: on a single-page site each navigation starts a new run.
  performance.clearMarks(START_MARK);
  performance.mark(START_MARK);
}

export function markHighlighted(): void {
  performance.mark('crossread:highlighted');
  performance.measure('crossread:to-highlights', START_MARK, 'crossread:highlighted');
}

export function markDecided(onStory: boolean): void {
  performance.mark(onStory ? 'crossread:decided-story' : 'crossread:decided-off-story');
}
