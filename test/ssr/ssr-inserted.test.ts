// Server HTML inserted by innerHTML, as a framework's client-side navigation inserts it (issue 29
// item 2): declarative shadow DOM is not parsed then, so each widget arrives with a
// <template shadowrootmode> child and no shadow root, and must render itself. The pages and helpers
// of ssr-pages.test.ts (ssr-page.ts).
import { expect } from '@open-wc/testing';
import { PAGES, TAGS, closePages, expectQuiet, expectStory, openPage, takenOver } from './ssr-page.js';

afterEach(closePages);

describe('server HTML inserted by innerHTML (a client-side navigation), where declarative shadow DOM is not parsed', () => {
  for (const script of ['cdn', 'hydrate'] as const) {
    it(`renders each widget itself, once, without the unparsed template (${script === 'cdn' ? 'the CDN module' : 'the npm build'})`, async () => {
      const page = await openPage(`widgets.html?script=${script}`);
      await takenOver(page);
      // The server's HTML as a framework inserts it after navigating: every widget arrives with a
      // <template shadowrootmode> child and no shadow root.
      const served = await (await fetch(`${PAGES}widgets.html?script=none`)).text();
      const body = served.slice(served.indexOf('<main>') + '<main>'.length, served.indexOf('</main>'));
      const main = page.document.querySelector('main')!;
      main.innerHTML = body;
      for (const tag of TAGS) expect(page.widget(tag).hasUpdated, `${tag} is a new element`).to.not.equal(true);
      await takenOver(page);
      expectStory(page);
      for (const tag of TAGS) {
        const widget = page.widget(tag);
        // (Names and counts, not elements: chai describing another window's element never finishes.)
        expect(Array.from(widget.children, (child) => child.localName), `${tag} keeps no unparsed template`).to.not.include('template');
        expect(widget.shadowRoot!.querySelectorAll('[part~="base"]').length, `${tag} shows its content once`).to.equal(1);
        // The light-DOM fallback for browsers without declarative shadow DOM is not shown beside the widget.
        for (const child of Array.from(widget.children)) expect(child.getClientRects().length, `${tag}'s <${child.localName}> is displayed`).to.equal(0);
      }
      expect(main.querySelectorAll('quote-card, position-matrix, negotiation-status').length).to.equal(3);
      expectQuiet(page);
    });
  }
});
