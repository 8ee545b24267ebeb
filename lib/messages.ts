// Every message between the extension's parts, typed once. One data object per message and
// JSON-only payloads: the background validates each one (lib/background/validate.ts) because
// a content script runs next to untrusted pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Claim, ClaimKind, ClaimStatus, Relation } from './engine/types';
import type { StoryDefinition } from './engine/types';
import type { MarkSetting } from './highlight/mark-policy';

/** What the content script read from the page; the engine's input minus the key. */
export interface PageArticle {
  /** The page's URL without its hash. */
  url: string;
  /** `<link rel=canonical>` when the page gives one: the article's identity across visits. */
  canonicalUrl: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
  lang: string | null;
  text: string;
}

/** Another saved source's statement of the same thing, as the card shows it. */
export interface OtherSource {
  articleUrl: string;
  outlet: string | null;
  title: string;
  published: string | null;
  /** The value in that source's own words, and the sentence that states it. */
  written: string;
  /** The date a relative wording resolved to ("16 Apr 2025" for "on Wednesday"), else null. */
  resolved: string | null;
  quote: string;
  relation: Relation;
  /** For a conflict or an update: why, in words (lib/report/why.ts); null otherwise. */
  why: string | null;
}

/** A claim of the page as the content script shows it: the engine's claim plus its verdict. */
export interface PageClaim extends Pick<Claim, 'id' | 'kind' | 'start' | 'end' | 'written' | 'quote' | 'about' | 'topic' | 'prefix' | 'suffix'> {
  /** As OtherSource.resolved, for this page's own wording. */
  resolved: string | null;
  status: ClaimStatus;
  /** What this same page said earlier, when the outlet has changed the figure since. */
  previousWritten: string | null;
  others: OtherSource[];
}

export interface PageAnalysis {
  onStory: boolean;
  storyId: string | null;
  storyTitle: string | null;
  /** Whether the page is (now) in the reader's saved articles. */
  saved: boolean;
  claims: PageClaim[];
  /** Milliseconds the background spent per step (analyse, save, compare), for the page bench. */
  timings?: Record<string, number>;
}

export interface PageConfig {
  /** False when the reader turned Crossread off for this site. */
  enabled: boolean;
  /** Enabled stories only, for the content script's millisecond pre-check. */
  stories: StoryDefinition[];
  /** Which claims the page marks (lib/highlight/mark-policy.ts). */
  marks: MarkSetting;
}

export interface ProtocolMap {
  // ── In-page feature (content script → background) ────────────────────────────────
  /** Asked once per page load: is the site on, and which stories to look for. */
  getPageConfig(data: { url: string }): PageConfig;
  /** The article of a likely story page: analyse, auto-save if on, compare with saved claims. */
  analyzePage(data: { article: PageArticle }): PageAnalysis;
  /** Save the given article now, whatever the autoSave setting says. */
  saveArticle(data: { article: PageArticle }): { saved: boolean; articleId: number | null };
  /** Forget a saved article by URL (its claims go with it). */
  dropArticle(data: { url: string }): { dropped: boolean };

  // ── Background/popup → content script (sent to one tab) ──────────────────────────
  /** The article the content script read, or null on a page it does not cover. */
  readCurrentPage(data: { tabUrl?: string }): PageArticle | null;
  /** The site was turned on or off, or saved data changed: re-run or remove every trace. */
  pageSettingsChanged(data: { enabled: boolean }): void;
  /** The reader followed a new story: a page about no story checks itself again. */
  recheckPage(data: { storyId: string }): void;

  // ── Popup / options (owned by the popup engineer; handlers in lib/background/manage.ts)
  // ▼▼▼ add list/remove/restore articles, save current page, stories CRUD, settings,
  //     export/import and delete-all messages below this line ▼▼▼
  /** The tab's article, analysed and compared with the saved sources; nothing is saved. */
  getTabPage(data: { tabId: number }): import('./background/manage').TabPage;
  /** Popup → content script: scroll to this claim's highlight and open its card. */
  showClaim(data: { claimId: string }): { shown: boolean };
  /** Returns what was removed, so that the popup can offer "Undo". */
  removeArticle(data: { articleId: number }): import('./background/manage').RemovedArticle | null;
  restoreArticle(data: import('./background/manage').RemovedArticle): { articleId: number };
  markNotAboutStory(data: { articleId: number }): { ok: boolean };
  /** Save the tab's article into this story, whatever detection said. */
  addPageToStory(data: { tabId: number; storyId: string }): { articleId: number };
  /** People, places and terms the tab's article features, for a new story the reader confirms. */
  proposeStoryFromTab(data: { tabId: number }): import('./engine/propose-story').StoryProposal | null;
  /** Save the story the reader confirmed and attach the saved articles it matches; open tabs re-check. */
  followStory(data: { story: import('./background/manage').StoryInput }): import('./background/follow-story').FollowOutcome;
  saveStory(data: { story: import('./background/manage').StoryInput }): { id: string };
  setStoryEnabled(data: { id: string; enabled: boolean }): { ok: boolean };
  deleteStory(data: { id: string }): { ok: boolean };
  setOffSites(data: { sites: string[] }): { sites: string[] };
  setAutoSave(data: { on: boolean }): { on: boolean };
  /** The text of a Crossread export; checked whole before anything is written. */
  importData(data: { text: string }): import('./background/manage').ImportOutcome;
  deleteAllData(data: { confirm: 'delete everything' }): { ok: true };
  /** Options → background: calm marks (the default) or every mark; open pages repaint. */
  setMarks(data: { marks: MarkSetting }): { marks: MarkSetting };
  /**
   * Popup / story view → background: the reader opened this story now. Returns when they had
   * opened it before (null: never), so the view can list what changed since.
   */
  markStoryOpened(data: { storyId: string }): { previous: number | null };

  // ▲▲▲ end of popup / options messages ▲▲▲
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
