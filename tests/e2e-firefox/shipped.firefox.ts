// The build that ships (`wxt build -b firefox` → .output/firefox-mv2, without the E2E debug
// hook) installs in Firefox and paints a story page; its statuses are checked on the E2E build,
// which is the same code plus the hook.
import { describe, expect, inject, test } from 'vitest';
import { crossreadState, fixtureUrl, until, withFirefox } from './firefox';

describe('Firefox: the shipped build', () => {
  test('installs, paints a seed page with its highlights, and answers no test hook', () =>
    withFirefox(
      async (ff) => {
        expect(ff.addonId).toBe('crossread@example.org');
        const page = await ff.newPage();
        await page.goto(fixtureUrl('seeds/003.html'));
        const names = () => page.evaluate(() => [...CSS.highlights.keys()].map(String));
        await until(async () => (await names()).length > 0, 'the shipped build to register its highlights', 30_000);
        const registered = await names();
        expect(registered.every((n) => n.startsWith('crossread-')), registered.join(', ')).toBe(true);
        // The conflict on this page has a highlight of its own status.
        expect(registered).toContain('crossread-conflict');
        expect(await crossreadState(page)).toBeNull();
      },
      { extensionDir: inject('shippedExtensionDir') },
    ));
});
