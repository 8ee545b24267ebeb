// Where the suite finds Firefox: Debian's firefox-esr unless CROSSREAD_FIREFOX names another
// binary (scripts/test-all.mjs checks the same path before running anything).
export const FIREFOX = process.env.CROSSREAD_FIREFOX || '/usr/bin/firefox-esr';
