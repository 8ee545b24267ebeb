import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readArticle } from '../lib/page/read-article';
const f = process.argv[2]!;
const { document } = parseHTML(readFileSync(f, 'utf8'));
const page = readArticle(document as unknown as Document, {});
console.log(page.title); console.log(page.text.slice(0, Number(process.argv[3] ?? 1500)));
