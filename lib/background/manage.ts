// The popup's and the options page's writes. The pages read the database live themselves; every
// change goes through these handlers so that the background stays the database's only writer and
// each payload is checked first. Each operation is a plain function of the database (tested with
// fake-indexeddb); registerManageHandlers only wires them to messages.
import { analyzeArticle } from '../engine';
import type { StoryDefinition, StoryEntity } from '../engine/types';
import type { ArticleRow, ClaimRow, CrossreadDB, StoryRow } from '../db/database';
import { getSetting, setSetting } from '../db/settings';
import { applyImport, parseExport, type ImportSummary } from '../export-import';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type PageAnalysis, type PageArticle } from '../messages';
import { findSavedArticle } from './article-identity';
import { compareWithSaved } from './compare-saved';
import { attachSavedArticles, type FollowOutcome } from './follow-story';
import { proposeStory } from '../engine/propose-story';
import { analyzePage, enabledStories, pageConfig, toArticleInput } from './page-analysis';
import { assertFromExtension, BadMessageError, isArticleUrl, MAX_CLAIMS, MAX_TEXT_CHARS } from './validate';

// ── Types shared with the pages (through lib/messages.ts) ─────────────────────────────────────

/** What the popup's "This page" tab shows for one tab. */
export type TabPage =
  | { state: 'unreadable' }
  | { state: 'off'; host: string }
  | {
      state: 'article';
      url: string;
      title: string;
      outlet: string | null;
      /** The saved row, when the article is saved. */
      articleId: number | null;
      analysis: PageAnalysis;
      /** Stories turned on, for "add this page to a story" (the popup's first panel reads no DB). */
      stories: { id: string; title: string }[];
    };

/** A removed article with its claims, kept by the popup so that "Undo" can put it back. */
export interface RemovedArticle {
  article: ArticleRow;
  claims: ClaimRow[];
}

/** A story as the options form submits it; the id is derived from the title when new. */
export interface StoryInput {
  id?: string;
  title: string;
  people: StoryEntity[];
  places: StoryEntity[];
  terms: string[];
}

/** People, places and terms a page features, for the reader to confirm as a new story. */
export type { StoryProposal } from '../engine/propose-story';
export type { FollowOutcome } from './follow-story';

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; error: string };

/** How the pages reach a tab's content script; injected so tests need no browser. */
export type ReadTab = (tabId: number) => Promise<PageArticle | null>;

// ── Articles ───────────────────────────────────────────────────────────────────────────────

export async function removeArticle(db: CrossreadDB, articleId: number): Promise<RemovedArticle | null> {
  return db.transaction('rw', db.articles, db.claims, async () => {
    const article = await db.articles.get(articleId);
    if (!article) return null;
    const claims = await db.claims.where('articleId').equals(articleId).toArray();
    await db.claims.where('articleId').equals(articleId).delete();
    await db.articles.delete(articleId);
    return { article, claims };
  });
}

/** Puts a removed article back under its old id, unless the page was saved again meanwhile. */
export async function restoreArticle(db: CrossreadDB, removed: RemovedArticle): Promise<{ articleId: number }> {
  return db.transaction('rw', db.articles, db.claims, async () => {
    const again = await db.articles.where('url').equals(removed.article.url).first();
    if (again?.id !== undefined) return { articleId: again.id };
    const articleId = (await db.articles.add(removed.article)) as number;
    await db.claims.bulkAdd(removed.claims.map(({ rowId: _r, ...c }) => ({ ...c, articleId })));
    return { articleId };
  });
}

/** The reader says the article is about something else: it leaves the story, its claims too. */
export async function markNotAboutStory(db: CrossreadDB, articleId: number): Promise<{ ok: boolean }> {
  return db.transaction('rw', db.articles, db.claims, async () => {
    const article = await db.articles.get(articleId);
    if (!article) return { ok: false };
    await db.articles.update(articleId, {
      storyId: null,
      notAboutStory: true,
      story: { storyId: null, onStory: false, score: 0, reasons: ['The reader marked it as not about the story'] },
      updatedAt: Date.now(),
    });
    await db.claims.where('articleId').equals(articleId).modify({ storyId: null });
    return { ok: true };
  });
}

/** The tab's article, analysed and compared with the saved sources, without saving anything. */
export async function tabPage(db: CrossreadDB, article: PageArticle | null): Promise<TabPage> {
  if (!article) return { state: 'unreadable' };
  if (!(await pageConfig(db, article.url)).enabled) return { state: 'off', host: hostOf(article.url) };
  const input = toArticleInput(article);
  const stories = await enabledStories(db);
  const analyzed = cachedAnalysis(input, stories);
  const saved = await findSavedArticle(db, { url: input.key, storyId: analyzed.story.storyId, outlet: analyzed.outlet, title: analyzed.title });
  // A saved article keeps the story it was saved under (the reader may have added it by hand),
  // unless the reader has turned that story off since.
  const savedStory = saved?.storyId && stories.some((s) => s.id === saved.storyId) ? saved.storyId : null;
  const storyId = saved ? savedStory : analyzed.story.onStory ? analyzed.story.storyId : null;
  const previous = new Map<string, string>();
  if (saved?.id !== undefined) {
    for (const c of await db.claims.where('articleId').equals(saved.id).toArray()) {
      if (c.previousWritten) previous.set(c.id, c.previousWritten);
    }
  }
  const claims = storyId ? await compareWithSaved(db, analyzed, storyId, saved?.id ?? null, previous) : [];
  const story = storyId ? await db.stories.get(storyId) : undefined;
  return {
    state: 'article',
    url: input.key,
    title: analyzed.title,
    outlet: analyzed.outlet,
    articleId: saved?.id ?? null,
    analysis: { onStory: storyId !== null, storyId, storyTitle: story?.title ?? null, saved: saved !== undefined, claims },
    stories: stories.map((s) => ({ id: s.id, title: s.title })),
  };
}

/**
 * The popup opens again and again on the same page; its analysis only changes with the text or
 * the stories, so the last few are kept (keyed by both) instead of re-running the engine.
 */
const analysisCache = new Map<string, ReturnType<typeof analyzeArticle>>();
function cachedAnalysis(input: ReturnType<typeof toArticleInput>, stories: StoryDefinition[]): ReturnType<typeof analyzeArticle> {
  const key = JSON.stringify([stories, input]);
  const hit = analysisCache.get(key);
  if (hit) return hit;
  const analyzed = analyzeArticle(input, stories);
  analysisCache.set(key, analyzed);
  if (analysisCache.size > 8) analysisCache.delete(analysisCache.keys().next().value!);
  return analyzed;
}

/** Save the tab's article into a story the reader chose, whatever detection said. */
export async function addPageToStory(db: CrossreadDB, article: PageArticle, storyId: string): Promise<{ articleId: number }> {
  const story = await db.stories.get(storyId);
  if (!story) throw new BadMessageError('no such story');
  const { articleId } = await analyzePage(db, article, { forceSave: true });
  if (articleId === null) throw new Error('The page could not be saved');
  await db.transaction('rw', db.articles, db.claims, async () => {
    const row = await db.articles.get(articleId);
    await db.articles.update(articleId, {
      storyId,
      story: { storyId, onStory: true, score: Math.max(row?.story.score ?? 0, 1), reasons: ['Added to the story by the reader'] },
    });
    await db.claims.where('articleId').equals(articleId).modify({ storyId });
  });
  return { articleId };
}

// ── Stories ────────────────────────────────────────────────────────────────────────────────

export function storyIdFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `own-${slug || 'story'}`;
}

export function validateStoryInput(data: unknown): StoryInput {
  if (!isRecord(data)) throw new BadMessageError('story must be an object');
  const title = text(data.title, 'title', 200).trim();
  if (!title) throw new BadMessageError('a story needs a name');
  const people = entityList(data.people, 'people');
  const places = entityList(data.places, 'places');
  if (people.length + places.length === 0) throw new BadMessageError('a story needs at least one person or place');
  const terms = stringList(data.terms, 'terms', 50);
  const id = data.id === undefined ? undefined : text(data.id, 'id', 100);
  return { ...(id ? { id } : {}), title, people, places, terms };
}

/** Adds a story of the reader's own, or edits one; returns its id. */
export async function saveStory(db: CrossreadDB, input: StoryInput, now = Date.now()): Promise<{ id: string }> {
  return db.transaction('rw', db.stories, async () => {
    const existing = input.id ? await db.stories.get(input.id) : undefined;
    let id = existing?.id ?? storyIdFor(input.title);
    if (!existing) {
      // Two stories with one name get distinct ids rather than overwriting each other.
      for (let n = 2; await db.stories.get(id); n++) id = `${storyIdFor(input.title)}-${n}`;
    }
    const row: StoryRow = {
      id,
      title: input.title,
      people: input.people,
      places: input.places,
      terms: input.terms,
      enabled: existing?.enabled ?? true,
      builtIn: existing?.builtIn ?? false,
      createdAt: existing?.createdAt ?? now,
      // Editing a story is not reading it: "what changed since you last read" keeps its mark.
      lastOpenedAt: existing?.lastOpenedAt ?? null,
    };
    await db.stories.put(row);
    return { id };
  });
}

export async function setStoryEnabled(db: CrossreadDB, id: string, enabled: boolean): Promise<{ ok: boolean }> {
  return { ok: (await db.stories.update(id, { enabled })) === 1 };
}

/** Deletes a story of the reader's own; its saved articles stay, outside any story. */
export async function deleteStory(db: CrossreadDB, id: string): Promise<{ ok: boolean }> {
  return db.transaction('rw', db.stories, db.articles, db.claims, async () => {
    const story = await db.stories.get(id);
    if (!story || story.builtIn) return { ok: false };
    await db.articles.where('storyId').equals(id).modify({ storyId: null });
    await db.claims.where('storyId').equals(id).modify({ storyId: null });
    await db.stories.delete(id);
    return { ok: true };
  });
}

/**
 * "Follow this story": saves the story the reader confirmed in the popup, then attaches the saved
 * articles it matches (follow-story.ts). Open tabs are told by the handler.
 */
export async function followStory(db: CrossreadDB, input: StoryInput, now = Date.now()): Promise<FollowOutcome> {
  const { id } = await saveStory(db, input, now);
  return { storyId: id, attached: await attachSavedArticles(db, id) };
}

// ── Settings and data ──────────────────────────────────────────────────────────────────────

/** Host names, one per entry; a pasted URL is reduced to its host. */
export function normaliseSites(sites: unknown): string[] {
  const out = new Set<string>();
  for (const raw of stringList(sites, 'sites', 500)) {
    const s = raw.trim().toLowerCase();
    if (!s) continue;
    let host = s;
    try {
      host = new URL(s.includes('://') ? s : `https://${s}`).hostname;
    } catch {
      throw new BadMessageError(`"${raw}" is not a site name`);
    }
    out.add(host);
  }
  return [...out].sort();
}

export async function importData(db: CrossreadDB, text: string): Promise<ImportOutcome> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, summary: await applyImport(db, parsed.data) };
  } catch (err) {
    return { ok: false, error: `The import failed while writing (${(err as Error).message}). Nothing was imported.` };
  }
}

/**
 * Deletes saved articles, the reader's own stories and their settings. The built-in story is
 * part of the extension, so it stays; the seed marker stays too, or the next start would
 * bring the bundled articles back.
 */
export async function deleteAllData(db: CrossreadDB): Promise<{ ok: true }> {
  await db.transaction('rw', [db.stories, db.articles, db.claims, db.settings], async () => {
    const seedVersion = await getSetting(db, 'seedVersion');
    await db.claims.clear();
    await db.articles.clear();
    await db.settings.clear();
    await setSetting(db, 'seedVersion', seedVersion);
    await db.stories.filter((s) => !s.builtIn).delete();
    await db.stories.toCollection().modify({ enabled: true });
  });
  return { ok: true };
}

// ── Wiring ─────────────────────────────────────────────────────────────────────────────────

/** Registers every popup / options handler; call once from the background. */
export function registerManageHandlers(ready: () => Promise<CrossreadDB>, ownId: string): void {
  // The content script answers readCurrentPage; a tab without it (chrome://, a PDF) has nothing.
  const readTab: ReadTab = async (tabId) => {
    try {
      return await sendMessage('readCurrentPage', {}, tabId);
    } catch {
      return null;
    }
  };

  // Open pages re-run (or remove) their highlights after a change of stories or sites, so a new
  // story is found on the page in front of the reader without a reload.
  const refreshTabs = async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) sendMessage('pageSettingsChanged', { enabled: true }, tab.id).catch(() => undefined);
    }
  };

  // A story was just followed: pages about no story look again, the one in front of the reader
  // included, and highlight their facts without a reload.
  const recheckTabs = async (storyId: string) => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) sendMessage('recheckPage', { storyId }, tab.id).catch(() => undefined);
    }
  };

  onMessage('getTabPage', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    return tabPage(await ready(), await readTab(tabIdOf(data)));
  });
  onMessage('removeArticle', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    return removeArticle(await ready(), idOf(data, 'articleId'));
  });
  onMessage('restoreArticle', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    return restoreArticle(await ready(), validateRemoved(data));
  });
  onMessage('markNotAboutStory', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    return markNotAboutStory(await ready(), idOf(data, 'articleId'));
  });
  onMessage('addPageToStory', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const article = await readTab(tabIdOf(data));
    if (!article) throw new Error('Crossread cannot read this page');
    return addPageToStory(await ready(), article, text((data as { storyId?: unknown }).storyId, 'storyId', 100));
  });
  onMessage('proposeStoryFromTab', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const article = await readTab(tabIdOf(data));
    return article ? proposeStory(toArticleInput(article)) : null;
  });
  onMessage('followStory', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const outcome = await followStory(await ready(), validateStoryInput(isRecord(data) ? data.story : null));
    void recheckTabs(outcome.storyId);
    return outcome;
  });
  onMessage('saveStory', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const result = await saveStory(await ready(), validateStoryInput(isRecord(data) ? data.story : null));
    void refreshTabs();
    return result;
  });
  onMessage('setStoryEnabled', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    if (!isRecord(data) || typeof data.enabled !== 'boolean') throw new BadMessageError('enabled must be true or false');
    const result = await setStoryEnabled(await ready(), text(data.id, 'id', 100), data.enabled);
    void refreshTabs();
    return result;
  });
  onMessage('deleteStory', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    return deleteStory(await ready(), text(isRecord(data) ? data.id : null, 'id', 100));
  });
  onMessage('setOffSites', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    const sites = normaliseSites(isRecord(data) ? data.sites : null);
    await setSetting(await ready(), 'offSites', sites);
    void refreshTabs();
    return { sites };
  });
  onMessage('setAutoSave', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    if (!isRecord(data) || typeof data.on !== 'boolean') throw new BadMessageError('on must be true or false');
    await setSetting(await ready(), 'autoSave', data.on);
    return { on: data.on };
  });
  onMessage('importData', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    if (!isRecord(data) || typeof data.text !== 'string') throw new BadMessageError('text must be a string');
    return importData(await ready(), data.text);
  });
  onMessage('deleteAllData', async ({ data, sender }) => {
    assertFromExtension(sender, ownId);
    // The confirmation word travels with the message, so a stray call cannot wipe the data.
    if (!isRecord(data) || data.confirm !== 'delete everything') throw new BadMessageError('not confirmed');
    return deleteAllData(await ready());
  });
}

// ── Payload checks ─────────────────────────────────────────────────────────────────────────

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown, name: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new BadMessageError(`${name} must be text of at most ${max} characters`);
  return v;
}

function idOf(data: unknown, key: string): number {
  const v = isRecord(data) ? data[key] : undefined;
  if (!Number.isSafeInteger(v) || (v as number) < 0) throw new BadMessageError(`${key} must be a whole number`);
  return v as number;
}

function tabIdOf(data: unknown): number {
  return idOf(data, 'tabId');
}

function stringList(v: unknown, name: string, max: number): string[] {
  if (!Array.isArray(v) || v.length > max || !v.every((s) => typeof s === 'string' && s.length <= 200)) {
    throw new BadMessageError(`${name} must be a list of at most ${max} short texts`);
  }
  return v as string[];
}

function entityList(v: unknown, name: string): StoryEntity[] {
  if (!Array.isArray(v) || v.length > 50) throw new BadMessageError(`${name} must be a list`);
  return v.map((e) => {
    if (!isRecord(e)) throw new BadMessageError(`${name} entries must be objects`);
    const entityName = text(e.name, `${name}.name`, 200).trim();
    if (!entityName) throw new BadMessageError(`${name} entries need a name`);
    const aliases = e.aliases === undefined ? [] : stringList(e.aliases, `${name}.aliases`, 50).map((s) => s.trim()).filter(Boolean);
    const entity: StoryEntity = { name: entityName, aliases, weight: e.weight === 'context' ? 'context' : 'core' };
    if (e.givenNames !== undefined) entity.givenNames = stringList(e.givenNames, `${name}.givenNames`, 20);
    return entity;
  });
}

function validateRemoved(data: unknown): RemovedArticle {
  if (!isRecord(data) || !isRecord(data.article) || !Array.isArray(data.claims)) throw new BadMessageError('nothing to restore');
  const article = data.article as unknown as ArticleRow;
  if (typeof article.url !== 'string' || typeof article.title !== 'string' || typeof article.text !== 'string') {
    throw new BadMessageError('the article to restore is incomplete');
  }
  // The same limits as a live page's article: the row goes back into the database as it is.
  if (!isArticleUrl(article.url) || article.text.length > MAX_TEXT_CHARS || article.title.length > 2048 || data.claims.length > MAX_CLAIMS) {
    throw new BadMessageError('the article to restore is not a valid saved article');
  }
  for (const c of data.claims) {
    if (!isRecord(c) || typeof c.id !== 'string' || typeof c.topic !== 'string' || typeof c.written !== 'string') {
      throw new BadMessageError('a claim to restore is incomplete');
    }
  }
  return { article, claims: data.claims as ClaimRow[] };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

