// The in-page functions shared by the browser suites are sent to the page as source text: under
// Vitest's transform (the Firefox suite runs on Vitest) none may call a helper the transform
// injected. tests/e2e/in-page.spec.ts checks the same under Playwright's transform.
import { transformSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { IN_PAGE, injectedHelpers } from './in-page';

describe('in-page functions', () => {
  for (const [name, fn] of Object.entries(IN_PAGE)) {
    test(`${name} calls no injected helper`, () => {
      expect(injectedHelpers(fn)).toEqual([]);
    });
  }

  test('the check finds the helper esbuild keepNames wraps an inner named function in', () => {
    const { code } = transformSync('function f() { const inner = () => 1; return inner(); }', { loader: 'ts', keepNames: true });
    const f = code.slice(code.indexOf('function f'), code.indexOf('__name(f'));
    expect(injectedHelpers(new Function(`return ${f}`)() as () => unknown)).toEqual(['__name']);
    expect(injectedHelpers(() => document.title)).toEqual([]);
    // A page's own method whose name starts with underscores is no helper of the transform.
    expect(injectedHelpers(() => (window as unknown as { __settle(): void }).__settle())).toEqual([]);
  });
});
