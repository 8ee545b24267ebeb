// Public API of the engine: pure TypeScript, no DOM, no browser APIs, no database.
export { analyzeArticle, linkArticles, shownLinks } from './analyze';
export { compareClaims, claimStatus, type ArticleMeta } from './compare';
export { TopicIndex } from './topic-index';
export { extractClaims, guessLanguage } from './claims';
export type * from './types';
