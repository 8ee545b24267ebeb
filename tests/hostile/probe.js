// Loaded first by every hostile page (tests/hostile/build-pages.mjs). Gives the page a result of
// its own to compare with and without the extension (window.pageCompute), and records long tasks
// and Content-Security-Policy violations from the very start.
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task API
  }
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} blocked ${e.blockedURI} from ${e.sourceFile}:${e.lineNumber}`));
  window.__probe = { longTasks, violations };

  let settle;
  window.__settled = new Promise((resolve) => (settle = resolve));
  window.__settle = () => settle(true);
  // Pages with work after load (the live ticker) set __holdSettle and call __settle themselves.
  window.addEventListener('load', () => {
    if (!window.__holdSettle) settle(true);
  });

  /** FNV-1a over a string's code units. */
  window.hashText = (s, h = 2166136261) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h;
  };

  /** What the page's own scripts produced: its elements and text, hashed; plus page extras. */
  window.pageCompute = () => {
    let elements = 0;
    let chars = 0;
    let hash = 2166136261;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) elements++;
      else {
        chars += n.data.length;
        hash = window.hashText(n.data, hash);
      }
    }
    return { elements, chars, hash, extra: typeof window.pageExtra === 'function' ? window.pageExtra() : null };
  };
})();
