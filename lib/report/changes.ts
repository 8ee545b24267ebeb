// What changed in a story since the reader last opened it: the facts that were updated or newly
// contradicted by an article saved after that moment. A link is "brought" by the later-saved of
// its two articles: the older one was already there when the reader last looked.
import type { ClaimKind, ClaimLink, ClaimValue } from '../engine/types';
import { explainLink } from './why';

export interface ChangeArticle {
  id?: number;
  outlet: string | null;
  title: string;
  published: string | null;
  asOf: string | null;
  savedAt: number;
}

export interface ChangeClaim {
  id: string;
  articleId: number;
  kind: ClaimKind;
  written: string;
  about: string;
  topic: string;
  value?: ClaimValue;
}

export interface StoryChange {
  topic: string;
  about: string;
  relation: 'conflict' | 'updated';
  /** The new value, as the article that brought it wrote it. */
  written: string;
  outlet: string;
  savedAt: number;
  why: string | null;
}

/** Changes since `since` (ms), newest first; one per topic and relation. Null `since`: never opened, nothing is "new". */
export function changesSince(
  articles: ReadonlyArray<ChangeArticle>,
  claims: ReadonlyArray<ChangeClaim>,
  links: ReadonlyArray<ClaimLink>,
  since: number | null,
): StoryChange[] {
  if (since === null) return [];
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const best = new Map<string, StoryChange>();
  for (const l of links) {
    if (l.relation !== 'conflict' && l.relation !== 'updated') continue;
    const a = claimById.get(l.a);
    const b = claimById.get(l.b);
    const A = a && articleById.get(a.articleId);
    const B = b && articleById.get(b.articleId);
    if (!a || !b || !A || !B) continue;
    const [oldC, oldA, newC, newA] = A.savedAt <= B.savedAt ? [a, A, b, B] : [b, B, a, A];
    if (newA.savedAt <= since) continue;
    const key = `${l.relation}\u0000${l.topic}`;
    const prior = best.get(key);
    if (prior && prior.savedAt >= newA.savedAt) continue;
    best.set(key, {
      topic: l.topic,
      about: newC.about || oldC.about || l.topic,
      relation: l.relation,
      written: newC.written,
      outlet: newA.outlet?.trim() || newA.title,
      savedAt: newA.savedAt,
      why: explainLink(
        newC.kind,
        l.relation,
        { written: oldC.written, value: oldC.value ?? null, date: oldA.published },
        { written: newC.written, value: newC.value ?? null, date: newA.published },
      ),
    });
  }
  // Conflicts first (a new contradiction matters more than a new figure), then newest.
  return [...best.values()].sort((x, y) => (x.relation === y.relation ? y.savedAt - x.savedAt : x.relation === 'conflict' ? -1 : 1));
}
