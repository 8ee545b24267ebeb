// The page learns the content script's private event names from the message WXT posts to the
// window when a content script starts, then fires a fake "location changed" event every 50 ms
// for 3 s, although the address never changes.
(() => {
  window.__holdSettle = true;
  const seen = [];
  window.addEventListener('message', (e) => {
    const type = e.data && e.data.type;
    if (typeof type === 'string' && type.endsWith(':wxt:content-script-started') && !seen.includes(type)) seen.push(type);
  });
  let fired = 0;
  const timer = setInterval(() => {
    for (const started of seen) {
      window.dispatchEvent(new Event(started.replace(/content-script-started$/, 'locationchange')));
      fired++;
    }
    if (++window.__ticks >= 60) {
      clearInterval(timer);
      window.__settle();
    }
  }, 50);
  window.__ticks = 0;
  window.pageExtra = () => ({ ticks: window.__ticks });
  window.__fakeNavigations = () => fired;
})();
