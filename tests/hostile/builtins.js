// A page that replaces built-ins in its own world, and turns them hostile for any caller whose
// stack runs through an extension: such calls are recorded and get wrong answers or throw.
// Content scripts run in an isolated world, so the extension must never reach these.
(() => {
  const includes = Function.prototype.call.bind(String.prototype.includes);
  const OrigError = Error;
  const extensionCalls = [];
  window.__extensionCalls = extensionCalls;
  const fromExtension = () => includes(String(new OrigError().stack), 'extension://');
  const replace = (owner, name, hostileResult) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    const wrapper = function (...args) {
      if (fromExtension()) {
        extensionCalls[extensionCalls.length] = name;
        return hostileResult(original, this, args);
      }
      return new.target ? Reflect.construct(original, args, new.target) : Reflect.apply(original, this, args);
    };
    // `new Map()` through the wrapper still makes a Map.
    if (original.prototype) wrapper.prototype = original.prototype;
    owner[name] = wrapper;
  };
  const boom = () => {
    throw new TypeError('hostile page: not for you');
  };
  const garbage = () => 'garbage';
  replace(Array.prototype, 'map', () => []);
  replace(Array.prototype, 'filter', () => []);
  replace(Array.prototype, 'forEach', boom);
  replace(Array.prototype, 'push', () => 0);
  replace(Array.prototype, 'join', garbage);
  replace(Array.prototype, 'sort', boom);
  replace(String.prototype, 'replace', garbage);
  replace(String.prototype, 'slice', garbage);
  replace(String.prototype, 'split', () => []);
  replace(String.prototype, 'trim', garbage);
  replace(RegExp.prototype, 'exec', () => null);
  replace(JSON, 'stringify', garbage);
  replace(JSON, 'parse', boom);
  replace(Object, 'keys', () => []);
  replace(Object, 'assign', boom);
  replace(Object, 'entries', () => []);
  replace(Promise.prototype, 'then', boom);
  replace(Function.prototype, 'bind', boom);
  replace(Math, 'max', () => NaN);
  replace(Math, 'min', () => NaN);
  replace(Date, 'now', () => 0);
  replace(Node.prototype, 'appendChild', boom);
  replace(Node.prototype, 'insertBefore', boom);
  replace(Node.prototype, 'removeChild', boom);
  replace(Element.prototype, 'append', boom);
  replace(Element.prototype, 'setAttribute', boom);
  replace(Element.prototype, 'attachShadow', boom);
  replace(Element.prototype, 'getBoundingClientRect', boom);
  replace(Document.prototype, 'createElement', boom);
  replace(Document.prototype, 'createRange', boom);
  replace(Document.prototype, 'querySelector', () => null);
  replace(Document.prototype, 'querySelectorAll', boom);
  replace(Document.prototype, 'createTreeWalker', boom);
  replace(EventTarget.prototype, 'addEventListener', boom);
  replace(Range.prototype, 'setStart', boom);
  replace(window, 'fetch', () => Promise.reject(new TypeError('hostile fetch')));
  replace(window, 'setTimeout', boom);
  replace(window, 'postMessage', boom);
  replace(window, 'getComputedStyle', boom);
  replace(window, 'MutationObserver', boom);
  replace(window, 'Map', boom);
  replace(window, 'Set', boom);
  replace(window, 'WeakMap', boom);
  replace(window, 'Highlight', boom);
  replace(window, 'URL', boom);
  replace(console, 'error', boom);
  replace(performance, 'mark', boom);
  replace(performance, 'measure', boom);
  if (window.CSS && CSS.highlights) replace(CSS.highlights, 'set', boom);
  // Plain overwrites, not wrappers: whoever reads these in this world gets the page's values.
  Object.defineProperty(document, 'title', { get: () => 'A hostile title', configurable: true });
  window.chrome = { runtime: { sendMessage: boom, id: 'fake' } };

  // The page's own work, through the replaced functions.
  window.addEventListener('DOMContentLoaded', () => {
    const data = [3, 1, 2].map((x) => x * 2).filter((x) => x > 2);
    const el = document.getElementById('computed');
    el.textContent = `Computed by the page: ${JSON.stringify({ data, keys: Object.keys({ a: 1, b: 2 }) })}`;
    const extra = document.createElement('p');
    extra.setAttribute('class', 'page-made');
    extra.append('A paragraph the page added.');
    document.querySelector('footer').appendChild(extra);
  });
  window.pageExtra = () => ({
    computed: document.getElementById('computed').textContent,
    made: document.querySelectorAll('.page-made').length,
    map: [1, 2, 3].map((x) => x + 1).join(','),
    json: JSON.parse(JSON.stringify({ x: [1, 'two'] })),
  });
})();
