// The extension's IndexedDB, owned by the background service worker only.
// Schema versions are append-only: never edit a released version, add a new one with an
// upgrade function that says why it exists.
import Dexie, { type EntityTable } from 'dexie';
import type { Claim, StoryDefinition, StoryMatch } from '../engine/types';

export interface StoryRow extends StoryDefinition {
  enabled: boolean;
  builtIn: boolean;
  createdAt: number;
  /**
   * When the reader last opened this story's comparison (popup Story tab or story view), ms since
   * epoch; null when never. What changed since is judged against it (lib/report/changes.ts).
   */
  lastOpenedAt?: number | null;
}

export interface ArticleRow {
  id?: number;
  /** Canonical URL (or page URL without hash); unique. */
  url: string;
  storyId: string | null;
  outlet: string | null;
  title: string;
  published: string | null;
  asOf: string | null;
  lang: string | null;
  text: string;
  story: StoryMatch;
  /** True for the seed articles shipped with the extension. */
  bundled: boolean;
  /** The reader said this article is not about its story; saving it again must not undo that. */
  notAboutStory?: boolean;
  savedAt: number;
  updatedAt: number;
}

export interface ClaimRow extends Claim {
  /** Auto-increment primary key; Claim.id stays the engine's id. */
  rowId?: number;
  articleId: number;
  storyId: string | null;
  /** The value as the same outlet stated it in an earlier saved copy, when it has changed since. */
  previousWritten?: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type CrossreadDB = Dexie & {
  stories: EntityTable<StoryRow, 'id'>;
  articles: EntityTable<ArticleRow, 'id'>;
  claims: EntityTable<ClaimRow, 'rowId'>;
  settings: EntityTable<SettingRow, 'key'>;
};

export const DB_NAME = 'crossread';

export function openDatabase(name = DB_NAME): CrossreadDB {
  const db = new Dexie(name) as CrossreadDB;
  // v1: the first released schema. `topic` is indexed so that a new article is compared with
  // the saved claims that share its topics by key look-ups, never by scanning every claim.
  db.version(1).stores({
    stories: 'id, enabled',
    articles: '++id, &url, storyId, savedAt',
    claims: '++rowId, id, articleId, storyId, topic, [storyId+topic]',
    settings: 'key',
  });
  // v2: articles indexed by `title`, so that a page is matched to its saved copy under another
  // URL (a mirror, a bundled seed opened from the web) by a key look-up instead of reading every
  // saved article of the story, full text included, on each page visit. IndexedDB builds the
  // new index from the existing rows; no row changes, so there is no upgrade function.
  db.version(2).stores({
    articles: '++id, &url, storyId, savedAt, title',
  });
  // v3: stories remember when the reader last opened them (`lastOpenedAt`), so the popup can
  // list what was updated or newly contradicted since. Not indexed (a handful of rows, read
  // whole). Existing stories get an explicit null, "not opened since this version": nothing
  // counts as new until the reader has seen the story once, rather than the whole history
  // showing up as changed. Every other field and row is kept as it is.
  db.version(3)
    .stores({ stories: 'id, enabled' })
    .upgrade((tx) =>
      tx
        .table('stories')
        .toCollection()
        .modify((story: StoryRow) => {
          if (story.lastOpenedAt === undefined) story.lastOpenedAt = null;
        }),
    );
  return db;
}
