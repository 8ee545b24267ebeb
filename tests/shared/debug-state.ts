// What the E2E build's content script reports about a page (entrypoints/crossread.content/
// debug-hook.ts), as both browser suites read it, and the look-ups on it they share.

export interface DebugClaim {
  id: string;
  kind: string;
  status: string;
  /** The mark the page shows (lib/highlight/mark-policy.ts); null when it shows none. */
  mark: string | null;
  written: string;
  text: string;
  about: string;
  others: Array<{ outlet: string | null; written: string; relation: string; url: string }>;
}
export interface DebugState {
  phase: string;
  mode: string;
  claims: DebugClaim[];
  activeId: string | null;
  cardOpen: boolean;
  cardText: string | null;
}

/** The first claim whose text contains `text`, in page order. */
export function claimByText(state: DebugState, text: string): DebugClaim | undefined {
  return state.claims.find((c) => c.text.includes(text));
}
