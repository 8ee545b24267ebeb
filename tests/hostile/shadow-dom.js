// The article lives in an open shadow root, as in sites built from web components.
customElements.define(
  'news-story',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).append(document.getElementById('story-template').content.cloneNode(true));
    }
  },
);
window.pageExtra = () => {
  const root = document.querySelector('news-story').shadowRoot;
  return { shadowText: window.hashText(root.textContent), paragraphs: root.querySelectorAll('p').length };
};
