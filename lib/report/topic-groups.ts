// Groups linked claims into topics for a reader: each group is one thing several sources state,
// with each source's value and the group's verdict. Shared by the CLI report and the UI.
import type { AnalyzedArticle, Claim, ClaimLink, Relation } from '../engine/types';

export interface TopicGroup {
  about: string;
  verdict: Relation;
  entries: Array<{ article: AnalyzedArticle; claim: Claim }>;
  links: ClaimLink[];
}

const SEVERITY: Relation[] = ['conflict', 'updated', 'variant', 'same'];

export function groupTopics(articles: AnalyzedArticle[], links: ClaimLink[]): TopicGroup[] {
  const owner = new Map<string, { article: AnalyzedArticle; claim: Claim }>();
  for (const article of articles) for (const claim of article.claims) owner.set(claim.id, { article, claim });
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const l of links) {
    if (!parent.has(l.a)) parent.set(l.a, l.a);
    if (!parent.has(l.b)) parent.set(l.b, l.b);
    parent.set(find(l.a), find(l.b));
  }
  const groups = new Map<string, TopicGroup>();
  for (const l of links) {
    const root = find(l.a);
    let g = groups.get(root);
    if (!g) {
      g = { about: owner.get(l.a)?.claim.about ?? l.topic, verdict: 'same', entries: [], links: [] };
      groups.set(root, g);
    }
    g.links.push(l);
    if (SEVERITY.indexOf(l.relation) < SEVERITY.indexOf(g.verdict)) g.verdict = l.relation;
  }
  for (const [id] of parent) {
    const g = groups.get(find(id));
    const entry = owner.get(id);
    if (g && entry) g.entries.push(entry);
  }
  for (const g of groups.values()) g.entries.sort((x, y) => x.article.key.localeCompare(y.article.key) || x.claim.start - y.claim.start);
  return [...groups.values()].sort((x, y) => SEVERITY.indexOf(x.verdict) - SEVERITY.indexOf(y.verdict) || y.entries.length - x.entries.length);
}
