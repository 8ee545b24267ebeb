// Which facts the page marks, and how loudly. A page where every agreeing name is underlined
// hides the few marks that matter (a conflict, an update, another spelling), so by default
// ("calm") agreement is quiet: agreeing figures, dates and quotes get a faint mark, and a name
// whose spelling agrees with the other sources, or that no other source has, gets none — it is
// still listed in the popup and reachable from there. The reader can ask for every mark.
import type { ClaimKind, ClaimStatus } from '../engine/types';

/** How a painted claim looks: its status, or 'quiet' for calm agreement. */
export type MarkStyle = ClaimStatus | 'quiet';

/** 'calm' (the default) marks what needs checking; 'all' marks every claim by its status. */
export type MarkSetting = 'calm' | 'all';

export const MARK_SETTINGS: readonly MarkSetting[] = ['calm', 'all'];

/** Reads a stored setting (which an import may have filled with anything) as a MarkSetting. */
export function markSettingOf(value: unknown): MarkSetting {
  return value === 'all' ? 'all' : 'calm';
}

/** The mark a claim gets on the page, or null for none. */
export function markFor(claim: { kind: ClaimKind; status: ClaimStatus }, setting: MarkSetting): MarkStyle | null {
  if (setting === 'all') return claim.status;
  switch (claim.status) {
    case 'conflict':
    case 'updated':
    case 'variant':
      return claim.status;
    case 'same':
      // A spelling that agrees is not a fact anyone needs to check.
      return claim.kind === 'name' ? null : 'quiet';
    case 'only':
      // A figure, date or quote nobody else reports is worth a look; a name alone is not a fact.
      return claim.kind === 'name' ? null : 'only';
  }
}

/**
 * Whether a claim counts as a fact confirmed by other sources. Names whose spelling agrees are
 * not facts: "Vladimir" written alike in five articles confirms nothing the reader asked about.
 */
export function isConfirmedFact(claim: { kind: ClaimKind; status: ClaimStatus }): boolean {
  return claim.status === 'same' && claim.kind !== 'name';
}

/** The groups a page's claims are listed in, worst first; agreeing names are a group of their own. */
export type ClaimGroupKey = ClaimStatus | 'names';

export const CLAIM_GROUP_ORDER: readonly ClaimGroupKey[] = ['conflict', 'updated', 'variant', 'same', 'only', 'names'];

export function claimGroupOf(claim: { kind: ClaimKind; status: ClaimStatus }): ClaimGroupKey {
  return claim.kind === 'name' && (claim.status === 'same' || claim.status === 'only') ? 'names' : claim.status;
}

/** Claims by group, in CLAIM_GROUP_ORDER, each group in page order. */
export function groupClaims<C extends { kind: ClaimKind; status: ClaimStatus }>(claims: readonly C[]): Array<{ key: ClaimGroupKey; claims: C[] }> {
  const groups = new Map<ClaimGroupKey, C[]>(CLAIM_GROUP_ORDER.map((k) => [k, []]));
  for (const c of claims) groups.get(claimGroupOf(c))!.push(c);
  return CLAIM_GROUP_ORDER.map((key) => ({ key, claims: groups.get(key)! }));
}
