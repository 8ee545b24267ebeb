// readArticle on the seed pages and on the same articles inside heavy site chrome: the article
// text must hold every sentence the gold annotates and none of the chrome the gold lists.
// Expectations are copied once from the gold file so the tests never read outside the repo.
import { describe, expect, it } from 'vitest';
import { NoArticleError, readArticle } from '../../lib/page/read-article';
import { loadFixture } from './load-fixture';

const GOLD: Record<string, { quotes: string[]; notInText: string[] }> = {
  '000': {
    quotes: [
      "launched their attack on Oct. 7 last year",
      "killing some 1,200 people",
      "abducting another 250",
      "has killed more than 43,000 people",
      "released during a brief ceasefire and prisoner exchange last November",
      "Alexander Trufanov",
      "Maxim] Kharkin",
      "his girlfriend, Sapir Cohen",
      "from the Nir Oz kibbutz near the Gaza Strip",
      "Vitaly, was killed during the Oct. 7 attack",
      "Trufanov’s father, Vitaly",
      "around 65 hostages remain alive in captivity",
    ],
    notInText: ["Most Popular", "We use cookies", "Russia's Elites, Family and Friends Travel Abroad", "More news", "Like (", "min ago"],
  },
  '001': {
    quotes: [
      "Trufanov was abducted on October 7, 2023",
      "mother and grandmother were abducted and released in November 2023",
      "The family emigrated from Russia to Israel in the late 1990s",
      "Alexander “Sasha” Trufanov",
      "Maxim Herkin",
      "Moussa Abu Marzuk",
      "his girlfriend, Sapir Cohen",
      "Mikhail Bogdanov",
      "from their home on Kibbutz Nir Oz",
      "dual Russian-Israeli citizen Alexander",
    ],
    notInText: ["Confirm Mail", "Commenting is available for paying members", "More news", "Like (", "min ago"],
  },
  '002': {
    quotes: [
      "Trufanov was taken hostage on October 7, 2023",
      "left approximately 1,200 people dead",
      "around 250 taken hostage",
      "over 51,000 Palestinians in Gaza have been killed",
      "Aleksandr spent 498 days in captivity",
      "freed Trufanov in February as part of a Gaza ceasefire agreement",
      "The women were released as part of the Hamas-Israel truce in November 2023",
      "during a meeting with the freed hostage in Moscow on Wednesday",
      "Aleksandr Trufanov",
      "grandmother Irena Tati",
      "Mousa Abu Marzouk",
      "fiancee Sapir Cohen",
      "Mikhail Bogdanov",
      "Russian-Israeli citizen Aleksandr Trufanov",
      "His father Vitaly Trufanov was killed in the attack",
      "mother Elena",
      "His father Vitaly Trufanov",
      "Israel proposed a 45-day truce in Gaza",
      "Two other hostages were also released at the time",
    ],
    notInText: ["Technology stocks fell sharply", "Get a daily dose of Baton Rouge Post", "BRUSSELS, Belgium", "More news", "Like (", "min ago"],
  },
  '003': {
    quotes: [
      "On October 7, 2023, Hamas abducted Alexander",
      "after spending 498 days in captivity",
      "Troufanov was freed during the truce in February 2025",
      "released during a weeklong ceasefire between Hamas and Israel in November 2023",
      "hostages from Israel in Moscow, April 16, 2024",
      "immigrated to Israel from Russia in the 1990s",
      "Alexander (Sasha) Troufanov",
      "grandmother, Irena Tati",
      "fiancée Sapir Cohen",
      "from the kibbutz Nir Oz",
      "Vitaly Troufanov, was killed in the attack",
      "his mother Elena",
      "His father, Vitaly Troufanov",
      "at least 59 hostages remain in Gaza",
    ],
    notInText: ["Добавить комментарий", "Leave your phone number", "Israel demands Hamas leave Gaza", "More news", "Like (", "min ago"],
  },
  '004': {
    quotes: [
      "The October 7, 2023, attack by Hamas",
      "resulted in approximately 1,200 deaths",
      "1,200 deaths and 251 abductions",
      "over 50,000 Palestinian fatalities",
      "was freed on February 15, 2025",
      "released 53 days later",
      "Alexander Trufanov",
      "grandmother Irina Tatti",
      "fiancée Sapir Cohen",
      "Vitaly Trufanov, was reportedly killed in the attack",
      "his mother Elena Trufanova",
      "His father, Vitaly Trufanov",
      "release of three Russian nationals",
      "Chief Rabbi Berl Lazar",
    ],
    notInText: ["All rights reserved", "Privacy policy", "More news", "Like (", "min ago"],
  },
};

/** Captions a reader sees beside each article (the gold counts them as article text). */
const CAPTIONS: Record<string, string[]> = {
  '000': ['Alexander Trufanov. Video grab'],
  '001': ['Hostages Maxim Herkin (left) and Alexander (Sasha) Trufanov. (Courtesy)'],
  '002': [],
  '003': ['Russian President Vladimir Putin meets with former Hamas hostages from Israel in Moscow, April 16, 2024. © The Kremlin'],
  '004': [],
};

const METADATA: Record<string, { title: string; outlet: string | null; published: string | null; canonicalUrl: string | null }> = {
  '000': {
    title: 'Moscow Calls for Release of Russians Held Hostage in Gaza',
    outlet: 'The Moscow Times',
    published: '2024-11-15',
    canonicalUrl: 'https://www.themoscowtimes.com/2024/11/15/moscow-calls-for-release-of-russians-held-hostage-in-gaza-a87021',
  },
  '001': {
    title: 'Moscow tells Hamas to ‘keep promises’ on release of hostages Alexander Trufanov, Maxim Herkin',
    outlet: 'The Times of Israel',
    published: null,
    canonicalUrl: null,
  },
  '002': {
    title: 'Moscow has undertaken diplomatic efforts to secure the release of people being held captive in Gaza',
    outlet: 'Baton Rouge Post (RT.com)',
    published: '2025-04-17',
    canonicalUrl: null,
  },
  '003': { title: 'Putin meets with former Israeli hostages', outlet: null, published: null, canonicalUrl: null },
  '004': { title: 'Putin Thanks Hamas for Releasing Russian Hostages After Gaza Captivity', outlet: null, published: null, canonicalUrl: null },
};

/** Chrome that only the heavy pages carry (teaser grids, comments, mega menu, sitemap). */
const HEAVY_CHROME = ['comments', 'Reply', 'Report', 'hours ago', 'profit rise', 'Newsletters', 'Podcasts', 'Accept'];

for (const set of ['seeds', 'heavy'] as const) {
  describe(`readArticle on ${set} pages`, () => {
    for (const [id, gold] of Object.entries(GOLD)) {
      const doc = loadFixture(`${set}/${id}.html`);
      const article = readArticle(doc);

      it(`${id}: holds every gold sentence`, () => {
        for (const quote of gold.quotes) expect(article.text).toContain(quote);
      });

      it(`${id}: holds no site chrome`, () => {
        for (const chrome of gold.notInText) expect(article.text).not.toContain(chrome);
        if (set === 'heavy') for (const chrome of HEAVY_CHROME) expect(article.text).not.toContain(chrome);
      });

      it(`${id}: keeps each caption once, as a caption block`, () => {
        const captions = article.blocks.filter((b) => b.kind === 'caption').map((b) => article.text.slice(b.start, b.end));
        expect(captions).toEqual(CAPTIONS[id]);
      });

      it(`${id}: reads the declared metadata`, () => {
        const { title, outlet, published, canonicalUrl } = article;
        expect({ title, outlet, published, canonicalUrl }).toEqual(METADATA[id]);
        expect(article.lang).toBe('en');
      });

      it(`${id}: starts with the title; blocks are separated by blank lines`, () => {
        expect(article.blocks[0]!.kind).toBe('title');
        expect(article.text.slice(article.blocks[0]!.start, article.blocks[0]!.end)).toBe(METADATA[id]!.title);
        expect(article.blocks.map((b) => article.text.slice(b.start, b.end)).join('\n\n')).toBe(article.text);
        for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).not.toMatch(/\s{2}|^\s|\s$/);
        expect(article.blocks.filter((b) => b.kind === 'body').length).toBeGreaterThanOrEqual(8);
      });
    }
  });
}

describe('readArticle details', () => {
  it('takes the standfirst from the page, and never repeats the title as one', () => {
    const withDek = readArticle(loadFixture('seeds/003.html'));
    const standfirst = withDek.blocks.find((b) => b.kind === 'standfirst')!;
    expect(withDek.text.slice(standfirst.start, standfirst.end)).toBe(
      'The Russian president has promised to help broker the release of the remaining captives held by Hamas',
    );
    const dekIsTitle = readArticle(loadFixture('seeds/002.html'));
    expect(dekIsTitle.blocks.some((b) => b.kind === 'standfirst')).toBe(false);
    expect(dekIsTitle.text.indexOf('Moscow has undertaken')).toBe(dekIsTitle.text.lastIndexOf('Moscow has undertaken'));
  });

  it('never mutates the document it reads', () => {
    const doc = loadFixture('heavy/003.html');
    const before = doc.documentElement.outerHTML;
    readArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads foreign-language pages and their declared language', () => {
    const ru = readArticle(loadFixture('onstory/trufanov-release-ru.html'));
    expect(ru.lang).toBe('ru');
    expect(ru.text).toContain('Труфанов провёл в плену 498 дней.');
    expect(ru.text).not.toContain('Самое читаемое');
    const es = readArticle(loadFixture('onstory/trufanov-release-es.html'));
    expect(es.lang).toBe('es');
    expect(es.published).toBe('2025-02-15');
    expect(es.outlet).toBe('Diario Internacional');
  });

  it('guesses the language from the script when <html lang> is missing', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Абзац ${i}: освобождённый заложник рассказал журналистам о жизни в плену и о своей семье.</p>`).join('');
    const doc = loadFixture(null, `<html><head><title>Новости</title></head><body><article><h1>Заголовок статьи о заложнике</h1>${paragraphs}</article></body></html>`);
    expect(readArticle(doc).lang).toBe('ru');
  });

  it('falls back to the host name for the outlet and to <time> in the article for the date', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a plain article with enough words in it to be read as body text by the reader.</p>`).join('');
    const doc = loadFixture(
      null,
      `<html lang="en"><head><title>Plain page</title></head><body><header><time datetime="2020-01-01">site clock</time></header><article><h1>A plain headline for a plain page</h1><time datetime="2024-03-05T10:00:00Z">March 5</time>${paragraphs}</article></body></html>`,
    );
    const article = readArticle(doc, { url: 'https://www.example.org/news/1' });
    expect(article.outlet).toBe('example.org');
    expect(article.published).toBe('2024-03-05');
  });

  it('throws NoArticleError on an empty page', () => {
    expect(() => readArticle(loadFixture(null, '<html><head><title>Empty</title></head><body></body></html>'))).toThrow(NoArticleError);
  });

  it('throws NoArticleError on a page that is only chrome (a section front)', () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<div class="card"><a href="#"><img alt="" src="data:,"><h3>Teaser headline number ${i} about something</h3></a><p>A short blurb under teaser ${i}, as section fronts show.</p></div>`).join('');
    const html = `<html lang="en"><head><title>World</title></head><body><header><nav><ul><li><a href="#">World</a></li><li><a href="#">Sport</a></li></ul></nav></header><main><section><h2>Latest</h2><div class="grid">${cards}</div></section></main><footer><p>© Example. All rights reserved.</p></footer></body></html>`;
    expect(() => readArticle(loadFixture(null, html), { url: 'https://example.org/world' })).toThrow(/No article found in https:\/\/example.org\/world/);
  });
});
