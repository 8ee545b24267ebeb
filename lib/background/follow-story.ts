// "Follow this story": the reader has confirmed a story proposed from the page in front of them.
// The background saves it, then gives it the saved articles it matches at once (detection re-run
// on each saved article outside a story, with the new story loaded), each re-saved the way a
// visit saves it, so their claims join the story's comparisons. Telling the open tabs is the
// handler's job (manage.ts); this module is plain database work, tested with fake-indexeddb.
import { analyzeArticle } from '../engine';
import type { ArticleInput, StoryDefinition } from '../engine/types';
import type { ArticleRow, CrossreadDB } from '../db/database';
import { compareWithSaved } from './compare-saved';
import { saveAnalyzed } from './save-article';

export interface AttachedArticle {
  articleId: number;
  title: string;
  outlet: string | null;
  /** Facts of this article another saved source of the story also states. */
  compared: number;
}

export interface FollowOutcome {
  storyId: string;
  attached: AttachedArticle[];
}

/**
 * A cheap first look, so a long reading history is not analysed whole: detection finds a story
 * by its people, and a text that holds no stem of any of their names (nor of its places) cannot
 * be on it. Stems, because names are declined (Труфанов → Труфанова).
 */
export function namedIn(story: StoryDefinition): (text: string) => boolean {
  const stems = new Set<string>();
  for (const e of [...story.people, ...story.places]) {
    for (const spelling of [e.name, ...(e.aliases ?? [])]) {
      const last = spelling.split(/[\s-]+/).filter(Boolean).pop();
      if (last) stems.add(fold(last).slice(0, Math.max(3, last.length - 2)));
    }
  }
  return (text) => {
    const folded = fold(text);
    for (const stem of stems) if (folded.includes(stem)) return true;
    return false;
  };
}

/** Lower case without accents (Hamás, Hamas), as detection compares words. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');
}

function inputOf(row: ArticleRow): ArticleInput {
  return {
    key: row.url,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    text: row.text,
    ...(row.lang ? { lang: row.lang } : {}),
  };
}

/**
 * Saved articles that belong to no story the reader follows, and were not taken out of one by
 * the reader, which detection now puts on `storyId`: they are re-saved under it, claims and all.
 * An article on a story turned off counts as on none, as the popup shows it (manage.ts tabPage);
 * one on another story that is on keeps it (the reader or detection put it there for a reason).
 */
export async function attachSavedArticles(db: CrossreadDB, storyId: string): Promise<AttachedArticle[]> {
  const rows = await db.stories.toArray();
  if (!rows.some((s) => s.id === storyId && s.enabled)) return [];
  const stories: StoryDefinition[] = rows.filter((s) => s.enabled).map(({ id, title, people, places, terms }) => ({ id, title, people, places, terms, enabled: true }));
  const followed = new Set(stories.map((s) => s.id));
  const mayMention = namedIn(stories.find((s) => s.id === storyId)!);
  const candidates = await db.articles
    .filter((a) => (a.storyId === null || !followed.has(a.storyId)) && !a.notAboutStory && mayMention(a.text))
    .toArray();
  const attached: { row: ArticleRow; analyzed: ReturnType<typeof analyzeArticle> }[] = [];
  for (const row of candidates) {
    const analyzed = analyzeArticle(inputOf(row), stories);
    if (!analyzed.story.onStory || analyzed.story.storyId !== storyId) continue;
    await saveAnalyzed(db, analyzed, { url: row.url, bundled: row.bundled });
    attached.push({ row, analyzed });
  }
  // Compared once all of them are in: two saved articles of the new story compare with each other.
  const out: AttachedArticle[] = [];
  for (const { row, analyzed } of attached) {
    const claims = await compareWithSaved(db, analyzed, storyId, row.id ?? null);
    out.push({ articleId: row.id!, title: row.title, outlet: row.outlet, compared: claims.filter((c) => c.status !== 'only').length });
  }
  return out;
}
