import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readArticle } from '../lib/page/read-article';
import { detectStory } from '../lib/engine/story-detect';
import { loadStories } from './analyze';
const dir = process.argv[2]!;
const stories = loadStories(dir);
for (const f of process.argv.slice(3)) {
const { document } = parseHTML(readFileSync(f, 'utf8'));
const page = readArticle(document as unknown as Document, {});
console.log(f, JSON.stringify(detectStory({ title: page.title, text: page.text }, stories)));
}
