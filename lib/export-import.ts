// Export of everything Crossread keeps, and the checked import of such an export.
// An import is all or nothing: the file is parsed and every row checked before the database is
// touched, and the rows are written in one Dexie transaction, so a bad file changes nothing.
import type { ArticleRow, ClaimRow, CrossreadDB, SettingRow, StoryRow } from './db/database';
import { isArticleUrl } from './background/validate';

export const EXPORT_FORMAT = 'crossread-export';
/** The database schema version this build writes and reads (lib/db/database.ts). */
export const EXPORT_SCHEMA_VERSION = 1;

/** Far above any real reading history (1,000 articles is ~10 MB), far below what would hang the page. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
export const LIMITS = {
  stories: 1_000,
  articles: 20_000,
  claims: 500_000,
  settings: 1_000,
  /** Characters of one article's text. */
  articleText: 2_000_000,
  /** Characters of any other string field. */
  field: 20_000,
} as const;

export interface CrossreadExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  stories: StoryRow[];
  articles: ArticleRow[];
  claims: ClaimRow[];
  settings: SettingRow[];
}

export type ImportResult =
  | { ok: true; data: CrossreadExport }
  | { ok: false; error: string };

export interface ImportSummary {
  stories: number;
  articles: number;
  claims: number;
  settings: number;
}

/** Everything in the database as one JSON-serialisable object. */
export async function buildExport(db: CrossreadDB, now = new Date()): Promise<CrossreadExport> {
  return db.transaction('r', [db.stories, db.articles, db.claims, db.settings], async () => ({
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    stories: await db.stories.toArray(),
    articles: await db.articles.toArray(),
    claims: (await db.claims.toArray()).map(({ rowId: _rowId, ...claim }) => claim),
    settings: await db.settings.toArray(),
  }));
}

/** Size in bytes of a string once encoded as UTF-8, without allocating the encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Check a file's size before reading it (the options page has the File, not yet its text). */
export function checkImportSize(bytes: number): string | null {
  if (bytes > MAX_IMPORT_BYTES) {
    return `The file is too large (${formatMB(bytes)}); a Crossread export is at most ${formatMB(MAX_IMPORT_BYTES)}. Nothing was imported.`;
  }
  if (bytes === 0) return 'The file is empty. Nothing was imported.';
  return null;
}

/** Parse and check an export. Every refusal says what is wrong, in words a reader can act on. */
export function parseExport(text: string): ImportResult {
  const sizeError = checkImportSize(text.length > MAX_IMPORT_BYTES ? text.length : utf8Length(text));
  if (sizeError) return { ok: false, error: sizeError };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON — it may be damaged or cut short. Nothing was imported.' };
  }
  return validateExport(raw);
}

export function validateExport(raw: unknown): ImportResult {
  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This is not a Crossread export (its "format" marker is missing). Nothing was imported.' };
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'The export has no valid schema version. Nothing was imported.' };
  }
  if (version > EXPORT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer version of Crossread (schema ${version}); this version reads schema ${EXPORT_SCHEMA_VERSION}. Update Crossread, then import again. Nothing was imported.`,
    };
  }
  const problems: string[] = [];
  const stories = checkList(raw.stories, 'stories', LIMITS.stories, checkStory, problems);
  const articles = checkList(raw.articles, 'articles', LIMITS.articles, checkArticle, problems);
  const claims = checkList(raw.claims, 'claims', LIMITS.claims, checkClaim, problems);
  const settings = checkList(raw.settings, 'settings', LIMITS.settings, checkSetting, problems);
  if (problems.length === 0) {
    const ids = new Set<number>();
    const urls = new Set<string>();
    for (const a of articles as ArticleRow[]) {
      if (ids.has(a.id!)) problems.push(`two articles share the id ${a.id}`);
      if (urls.has(a.url)) problems.push(`two articles share the address ${a.url}`);
      ids.add(a.id!);
      urls.add(a.url);
    }
    for (const c of claims as ClaimRow[]) {
      if (!ids.has(c.articleId)) {
        problems.push(`claim ${c.id} belongs to an article (${c.articleId}) that is not in the file`);
        break;
      }
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
    return { ok: false, error: `The export is damaged: ${shown}${more}. Nothing was imported.` };
  }
  return {
    ok: true,
    data: {
      format: EXPORT_FORMAT,
      schemaVersion: version,
      exportedAt: typeof raw.exportedAt === 'string' ? raw.exportedAt : '',
      stories: stories as StoryRow[],
      articles: articles as ArticleRow[],
      claims: claims as ClaimRow[],
      settings: settings as SettingRow[],
    },
  };
}

/**
 * Merge a checked export into the database in one transaction: stories and settings by key,
 * articles by URL (an imported article replaces the saved copy of the same page, with its claims).
 */
export async function applyImport(db: CrossreadDB, data: CrossreadExport): Promise<ImportSummary> {
  return db.transaction('rw', [db.stories, db.articles, db.claims, db.settings], async () => {
    await db.stories.bulkPut(data.stories);
    await db.settings.bulkPut(data.settings);
    const newId = new Map<number, number>();
    for (const { id, ...article } of data.articles) {
      const existing = await db.articles.where('url').equals(article.url).first();
      if (existing?.id !== undefined) {
        await db.claims.where('articleId').equals(existing.id).delete();
        await db.articles.put({ ...article, id: existing.id });
        newId.set(id!, existing.id);
      } else {
        newId.set(id!, (await db.articles.add(article)) as number);
      }
    }
    await db.claims.bulkAdd(
      data.claims.map(({ rowId: _rowId, ...claim }) => ({ ...claim, articleId: newId.get(claim.articleId)! })),
    );
    return {
      stories: data.stories.length,
      articles: data.articles.length,
      claims: data.claims.length,
      settings: data.settings.length,
    };
  });
}

// --- shape checks: each returns a problem description or null --------------------------------

type Check = (row: Record<string, unknown>) => string | null;

function checkList(value: unknown, name: string, max: number, check: Check, problems: string[]): unknown[] {
  if (!Array.isArray(value)) {
    problems.push(`"${name}" is missing or not a list`);
    return [];
  }
  if (value.length > max) {
    problems.push(`"${name}" has ${value.length} entries, more than the ${max} allowed`);
    return [];
  }
  for (let i = 0; i < value.length; i++) {
    const row = value[i];
    const problem = isObject(row) ? check(row) : 'is not an object';
    if (problem) {
      problems.push(`${name}[${i}] ${problem}`);
      if (problems.length > 3) break;
    }
  }
  return value;
}

const checkStory: Check = (s) =>
  str(s.id, 'id') ??
  str(s.title, 'title') ??
  entities(s.people, 'people') ??
  entities(s.places, 'places') ??
  strings(s.terms, 'terms') ??
  bool(s.enabled, 'enabled') ??
  bool(s.builtIn, 'builtIn') ??
  num(s.createdAt, 'createdAt');

const checkArticle: Check = (a) =>
  int(a.id, 'id') ??
  str(a.url, 'url') ??
  (isArticleUrl(a.url) ? null : 'has an address that is not a web page') ??
  strOrNull(a.storyId, 'storyId') ??
  strOrNull(a.outlet, 'outlet') ??
  str(a.title, 'title', true) ??
  strOrNull(a.published, 'published') ??
  strOrNull(a.asOf, 'asOf') ??
  strOrNull(a.lang, 'lang') ??
  str(a.text, 'text', true, LIMITS.articleText) ??
  storyMatch(a.story) ??
  bool(a.bundled, 'bundled') ??
  num(a.savedAt, 'savedAt') ??
  num(a.updatedAt, 'updatedAt');

const CLAIM_KINDS = ['number', 'date', 'name', 'quote', 'fact'];
const checkClaim: Check = (c) =>
  str(c.id, 'id') ??
  (CLAIM_KINDS.includes(c.kind as string) ? null : 'has an unknown kind') ??
  int(c.start, 'start') ??
  int(c.end, 'end') ??
  str(c.written, 'written', true) ??
  str(c.quote, 'quote', true) ??
  str(c.about, 'about', true) ??
  str(c.topic, 'topic', true) ??
  (isObject(c.value) && typeof c.value.type === 'string' ? null : 'has no value') ??
  str(c.prefix, 'prefix', true) ??
  str(c.suffix, 'suffix', true) ??
  int(c.articleId, 'articleId') ??
  strOrNull(c.storyId, 'storyId') ??
  (c.previousWritten === undefined ? null : str(c.previousWritten, 'previousWritten', true));

const checkSetting: Check = (s) => str(s.key, 'key') ?? (JSON.stringify(s.value ?? null).length > LIMITS.articleText ? 'is too large' : null);

function storyMatch(v: unknown): string | null {
  if (!isObject(v)) return 'has no story match';
  return strOrNull(v.storyId, 'story.storyId') ?? bool(v.onStory, 'story.onStory') ?? num(v.score, 'story.score') ?? strings(v.reasons, 'story.reasons');
}

function entities(v: unknown, name: string): string | null {
  if (!Array.isArray(v)) return `has no list "${name}"`;
  for (const e of v) {
    if (!isObject(e)) return `has a "${name}" entry that is not an object`;
    const p = str(e.name, `${name}.name`) ?? (e.aliases === undefined ? null : strings(e.aliases, `${name}.aliases`));
    if (p) return p;
  }
  return null;
}

function strings(v: unknown, name: string): string | null {
  if (!Array.isArray(v)) return `has no list "${name}"`;
  return v.every((s) => typeof s === 'string' && s.length <= LIMITS.field) ? null : `has a "${name}" entry that is not text`;
}

function str(v: unknown, name: string, allowEmpty = false, max: number = LIMITS.field): string | null {
  if (typeof v !== 'string') return `has no text "${name}"`;
  if (!allowEmpty && v.length === 0) return `has an empty "${name}"`;
  if (v.length > max) return `has a "${name}" longer than ${max} characters`;
  return null;
}

function strOrNull(v: unknown, name: string): string | null {
  return v === null || v === undefined ? null : str(v, name, true);
}

function num(v: unknown, name: string): string | null {
  return typeof v === 'number' && Number.isFinite(v) ? null : `has no number "${name}"`;
}

function int(v: unknown, name: string): string | null {
  return Number.isSafeInteger(v) ? null : `has no whole number "${name}"`;
}

function bool(v: unknown, name: string): string | null {
  return typeof v === 'boolean' ? null : `has no true/false "${name}"`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
