#!/usr/bin/env node
// Writes the hostile fixture pages (tests/hostile/*.html) from one article about the built-in
// story, so the extension does its real work on each. Run again after editing: node tests/hostile/build-pages.mjs
// Each page loads probe.js first: it gives the page a deterministic result of its own
// (window.pageCompute) to compare with and without the extension, and records long tasks and
// CSP violations.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));

const PARAGRAPHS = [
  'Alexander (Sasha) Trufanov, the Russian-Israeli engineer abducted from Kibbutz Nir Oz on October 7, 2023, was freed on February 15, 2025, after 498 days in captivity in Gaza.',
  'Trufanov, 29, was handed over to the Red Cross in Khan Younis together with two other hostages, the Israeli army said. He was taken to Sheba Medical Center near Tel Aviv.',
  'His mother Elena Trufanova and his grandmother Irina Tati were released in November 2023, 53 days after the attack. His father Vitaly was killed on October 7.',
  'Trufanov\'s partner Sapir Cohen was released in the same truce. The Kremlin said Moscow had raised his case with Hamas officials several times during 2024.',
  'About 250 people were taken hostage in the attack, according to Israeli figures; 73 remained in Gaza after the release, officials said.',
];

function page({ title = 'Alexander Trufanov freed after 498 days in Gaza', lang = 'en', dir: textDir = 'ltr', head = '', before = '', article, after = '', scripts = '' }) {
  return `<!doctype html>
<html lang="${lang}" dir="${textDir}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Hostile Test Gazette">
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-02-16T09:00:00Z">
<link rel="stylesheet" href="page.css">
<script src="probe.js"></script>
${head}</head>
<body>
<header><div class="logo">Hostile Test Gazette</div><nav><a href="#">World</a> · <a href="#">Middle East</a></nav></header>
${before}<main>${article}</main>
${after}<footer><p>© Hostile Test Gazette</p></footer>
${scripts}</body>
</html>
`;
}

const articleEn = (extra = '') => `<article>
<h1>Alexander Trufanov freed after 498 days in Gaza</h1>
<div class="byline">By the newsroom · <time datetime="2025-02-16">February 16, 2025</time></div>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
${extra}</article>`;

const pages = {
  // 100,000 nodes: the article plus 25,000 reader comments built by the page while it parses.
  'big-dom.html': page({ article: articleEn(), after: '<section class="comments"><h3>Comments</h3><ul id="comments"></ul></section>\n', scripts: '<script src="big-dom.js"></script>\n' }),
  // A live ticker inside the article and a clock, rewritten every 50 ms for 3 seconds.
  'live-rewrite.html': page({ article: articleEn('<p id="live">Live: 0 updates so far.</p>\n'), before: '<div id="clock">00:00:00.000</div>\n', scripts: '<script src="live-rewrite.js"></script>\n' }),
  // The whole article inside an open shadow root of a custom element.
  'shadow-dom.html': page({ article: '<news-story></news-story>', scripts: `<template id="story-template">${articleEn()}</template>\n<script src="shadow-dom.js"></script>\n` }),
  // The article in a same-origin iframe; the top page holds only the site's chrome.
  'iframe.html': page({ article: '<iframe id="story" src="iframe-article.html" title="Story" style="width:100%;height:900px;border:0"></iframe>' }),
  'iframe-article.html': page({ article: articleEn() }),
  // Served with a strict Content-Security-Policy header (see tests/hostile/server.ts), trusted types included.
  'csp.html': page({ article: articleEn(), head: '<meta name="referrer" content="no-referrer">\n' }),
  // Right-to-left: Arabic and Hebrew paragraphs with bidi marks and Arabic-Indic digits, plus Russian.
  'rtl.html': page({
    lang: 'ar',
    textDir: 'rtl',
    title: 'Alexander Trufanov freed after 498 days in Gaza — الإفراج عن ألكسندر تروفانوف',
    article: `<article>
<h1>Alexander Trufanov freed after 498 days in Gaza — الإفراج عن ألكسندر تروفانوف</h1>
<p>أفرجت حركة حماس يوم السبت ١٥ فبراير ٢٠٢٥ عن الرهينة الروسي الإسرائيلي ألكسندر تروفانوف (&rlm;Alexander Trufanov&rlm;) بعد ٤٩٨ يوماً في الأسر.</p>
<p dir="ltr" lang="en">${PARAGRAPHS[0]}</p>
<p>שוחרר אלכסנדר (סשה) טרופנוב, שנחטף מקיבוץ ניר עוז ב-7 באוקטובר 2023, אחרי 498 ימים בשבי. &rlm;Trufanov&rlm;, בן 29, הועבר לבית החולים שיבא.</p>
<p lang="ru" dir="ltr">Александр Труфанов, похищенный 7 октября 2023 года из кибуца Нир-Оз, освобождён 15 февраля 2025 года после 498 дней плена. Труфанову 29 лет.</p>
<p dir="ltr" lang="en">${PARAGRAPHS[1]}</p>
<p>وقال الجيش الإسرائيلي إن نحو 250 شخصاً اختُطفوا في الهجوم، ولا يزال 73 منهم في غزة.</p>
<p dir="ltr" lang="en">${PARAGRAPHS[4]}</p>
</article>`,
  }),
  // 10,000 numbers in one article: a day-by-day appendix after the story itself.
  'numbers.html': page({
    article: articleEn(
      `<h2>Appendix: the captivity in figures</h2>\n${Array.from({ length: 1000 }, (_, d) => `<p>Day ${d + 1} of ${1000}: ${(d * 37) % 901} trucks, ${(d * 13) % 97} tonnes, ${d * 3 + 7} calls, ${(d * 7) % 53} flights, ${1000 + d} km, ${d % 24} hours, ${(d * 11) % 300} people, ${2 * d + 1} reports.</p>`).join('\n')}\n`,
    ),
  }),
  // The page fires WXT's private "location changed" event at the content script every 50 ms.
  'fake-navigation.html': page({ head: '<script src="fake-navigation.js"></script>\n', article: articleEn() }),
  // The page replaces built-ins in its own world and makes them hostile to anyone else.
  'builtins.html': page({ head: '<script src="builtins.js"></script>\n', article: articleEn('<p id="computed"></p>\n') }),
};

for (const [name, html] of Object.entries(pages)) writeFileSync(dir + name, html);
console.log(`wrote ${Object.keys(pages).length} pages to ${dir}`);
