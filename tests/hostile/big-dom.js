// 25,000 short reader comments of four nodes each, built while the page parses: a 100,000-node DOM.
(() => {
  const list = document.getElementById('comments');
  const frag = document.createDocumentFragment();
  for (let i = 0; i < 25000; i++) {
    const li = document.createElement('li');
    const who = document.createElement('span');
    who.textContent = `r${(i * 7919) % 5000}`;
    li.append(who, ` #${i}`);
    frag.append(li);
  }
  list.append(frag);
  const count = (root) => {
    let n = 0;
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    while (w.nextNode()) n++;
    return n;
  };
  window.pageExtra = () => ({ nodes: count(document.body), comments: list.children.length, last: list.lastElementChild.textContent });
})();
