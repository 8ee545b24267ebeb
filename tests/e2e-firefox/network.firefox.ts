// In Firefox, too, the extension sends nothing anywhere. Firefox is told to send every request
// for a host other than 127.0.0.1 through a local proxy that forwards nothing (./firefox.ts), so
// a request from any part of the browser (the background page, the popup, content scripts,
// pages) is recorded there; canaries from a page and from an extension page prove the proxy
// sees both worlds. BiDi's per-page request events are checked as well.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixtureUrl, popupFor, sleep, waitForClaims, waitForSeeds, withFirefox } from './firefox';

const listHtml = (dir: string) =>
  readdirSync(fileURLToPath(new URL(`../fixtures/${dir}/`, import.meta.url)))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `${dir}/${f}`);

describe('Firefox: no network', () => {
  test('the extension makes no request beyond its own files and the pages served from 127.0.0.1', () =>
    withFirefox(async (ff) => {
      const ext = await ff.openExtensionPage('popup.html');
      await waitForSeeds(ext);
      // Story pages of every kind the fixtures hold, and a page off the story.
      const page = await ff.newPage();
      for (const path of ['seeds/003.html', 'heavy/001.html', ...listHtml('onstory')]) {
        await page.goto(fixtureUrl(path));
        await waitForClaims(page);
      }
      await page.goto(fixtureUrl(listHtml('offstory')[0]!));
      const { popup } = await popupFor(ff, fixtureUrl('seeds/004.html'));
      await popup.evaluate(() => document.body.innerText);
      const options = await ff.openExtensionPage('options.html');
      await sleep(1500);

      // The canaries: one from a page, one from an extension page.
      const canary = (where: string) => `http://crossread-canary.invalid/${where}`;
      await page.evaluate((u) => fetch(u).catch(() => null).then(() => undefined), canary('page'));
      await options.evaluate((u) => fetch(u).catch(() => null).then(() => undefined), canary('extension'));
      await sleep(500);

      expect([...ff.proxied].sort()).toEqual([`GET ${canary('extension')}`, `GET ${canary('page')}`]);
      const foreign = ff.pageRequests.filter((u) => {
        const url = new URL(u);
        if (url.href.startsWith('http://crossread-canary.invalid/')) return false;
        return !(url.host.startsWith('127.0.0.1:') || url.protocol === 'data:' || url.href.startsWith(`moz-extension://${ff.uuid}/`));
      });
      expect(foreign).toEqual([]);
      expect(ff.pageRequests.some((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
    }));
});
