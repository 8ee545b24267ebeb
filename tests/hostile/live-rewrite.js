// Rewrites a live line inside the article and a clock every 50 ms for 3 s (60 ticks); every tenth
// tick re-renders a paragraph of the story with the same words, as frameworks do.
(() => {
  window.__holdSettle = true;
  const live = document.getElementById('live');
  const clock = document.getElementById('clock');
  let ticks = 0;
  const timer = setInterval(() => {
    ticks++;
    live.textContent = `Live: ${ticks} updates so far.`;
    clock.textContent = `00:00:${String(Math.floor(ticks / 20)).padStart(2, '0')}.${String((ticks % 20) * 50).padStart(3, '0')}`;
    if (ticks % 10 === 0) {
      const p = document.querySelectorAll('article p')[1];
      p.textContent = String(p.textContent);
    }
    if (ticks === 60) {
      clearInterval(timer);
      window.__settle();
    }
  }, 50);
  window.pageExtra = () => ({ ticks, live: live.textContent, clock: clock.textContent });
})();
