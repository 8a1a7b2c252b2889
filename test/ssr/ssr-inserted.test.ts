// Server HTML inserted by innerHTML, as a framework's client-side navigation inserts it (issue 29
// item 2): declarative shadow DOM is not parsed then, so each widget arrives with a
// <template shadowrootmode> child and no shadow root, and must render itself. Pages and helpers as in
// ssr-pages.test.ts (test/ssr/ssr-middleware.mjs makes the pages).
import { expect, waitUntil } from '@open-wc/testing';
import builtIn from '../../src/data/stories/us-russia-ukraine-talks-2025.json';
import de from '../../src/shared/locales/de.json';

const PAGES = '/test/ssr/pages/';
const TAGS = ['quote-card', 'position-matrix', 'negotiation-status'] as const;

type Widget = HTMLElement & { loadedStory?: { id: string }; updateComplete: Promise<boolean>; hasUpdated?: boolean };
type PageWindow = Window &
  typeof globalThis & {
    nwProbe: { warnings: string[]; errors: string[]; violations: string[] };
    nwShifts: number[];
    nwSsr: { before: Record<string, number>; seen: { tag: string; pending: boolean; empty: boolean }[] };
  };

interface Page {
  window: PageWindow;
  document: Document;
  widget(tag: string): Widget;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function openPage(path: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = '1600px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGES + path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  return { window: win, document: doc, widget: (tag) => doc.querySelector<Widget>(tag)! };
}

/** Waits until the script has arrived and every widget shows its own render (the server's `<style>` elements are gone then). */
async function takenOver(page: Page, tags: readonly string[] = TAGS): Promise<void> {
  await waitUntil(
    () =>
      tags.every((tag) => {
        const widget = page.widget(tag);
        return page.window.customElements.get(tag) && widget.loadedStory && widget.hasUpdated && !widget.shadowRoot!.querySelector('style');
      }),
    'the widgets never took over from the server content',
    { timeout: 8000 },
  );
  await Promise.all(tags.map((tag) => page.widget(tag).updateComplete));
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const quote = builtIn.quotes.find((q) => q.id === 'hegseth-nato-membership')!;

/** What a reader sees in the three widgets of the test page, server-rendered or not. */
function expectStory(page: Page, lang = 'en'): void {
  const card = page.widget('quote-card').shadowRoot!;
  expect(text(card.querySelector('blockquote'))).to.contain(quote.text);
  expect(text(card.querySelector('figcaption'))).to.contain('Pete Hegseth');
  const matrix = page.widget('position-matrix').shadowRoot!;
  expect(Array.from(matrix.querySelectorAll('[part~="party-header"]')).map(text).join(' | ')).to.match(/United States.*Ukraine.*France/);
  expect(matrix.querySelectorAll('table')).to.have.length(1);
  const status = text(page.widget('negotiation-status').shadowRoot!.querySelector('[part~="base"]'));
  expect(status).to.contain('Talks announced');
  expect(status).to.contain(lang === 'de' ? 'Tag 1.085' : 'Day 1,085');
  if (lang === 'de') expect(text(card.querySelector('[part~="copy-button"]'))).to.equal(de.copyQuote);
}

function expectQuiet(page: Page): void {
  expect(page.window.nwProbe.errors, 'errors').to.deep.equal([]);
  // The npm build runs on Lit's development build in the test server (an app's bundler picks the production one).
  expect(page.window.nwProbe.warnings.filter((warning) => !warning.includes('Lit is in dev mode')), 'warnings').to.deep.equal([]);
}

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
