// The single-file CDN bundles' live code (src/shared/live-script.ts), on real pages: loaded from
// live/ beside the bundle the first time a widget refreshes, once per page, checked against the hash
// inside the bundle. A missing, changed or blocked file turns live updates off: the widgets keep their
// story and say so once. Pages load the built files (dist/, built before the tests) in an iframe;
// the copies under tampered-live/ and missing-live/ and the CSP headers come from
// test/dist/pages-middleware.mjs, the story files from the loopback server (test/reliability/live-middleware.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import type { Story } from '../../src/data/story.js';
import type { NwErrorDetail, NwUpdateDetail } from '../../src/shared/story-element.js';

const PAGES = '/test/dist/pages/';
const LIVE_FILE = 'live/negotiation-widgets-live.js';
const BUNDLES = ['negotiation-widgets.js', 'negotiation-widgets.iife.js'] as const;
const WIDGET_TAGS = ['quote-card', 'position-matrix', 'negotiation-status'] as const;

const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let files = 0;
/** A story file no earlier test has used; without an extension, so the test server does not mark it cacheable. */
const newFile = () => `live-code-${RUN}-${++files}`;

type PageWindow = Window &
  typeof globalThis & {
    nwProbe: { warnings: string[]; errors: string[]; violations: string[] };
    nwErrors?: NwErrorDetail[];
    nwUpdates?: NwUpdateDetail[];
  };
/** A widget of the page's own copy of the library (another realm). */
type Widget = HTMLElement & { loadedStory?: Story; error?: { code: string }; updateComplete: Promise<boolean>; refresh(): Promise<void> };
interface Page {
  window: PageWindow;
  document: Document;
  widgets: Widget[];
}

let fixture: Story;
before(async () => {
  fixture = (await (await fetch('/test/fixtures/story.json')).json()) as Story;
});

async function setStory(file: string, story: Story): Promise<void> {
  await fetch(`/__live/${file}?control`, { method: 'POST', cache: 'no-store', body: JSON.stringify({ body: JSON.stringify(story) }) });
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Loads a page (a path under PAGES, or a whole document) in an iframe and waits until every widget shows its story or an error. */
async function openPage(page: { path: string } | { srcdoc: string }): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if ('srcdoc' in page) frame.srcdoc = page.srcdoc;
  else frame.src = PAGES + page.path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const widgets = () => Array.from(doc.querySelectorAll<Widget>(WIDGET_TAGS.join(',')));
  await waitUntil(
    () => widgets().length > 0 && widgets().every((w) => win.customElements.get(w.localName) && (w.loadedStory || w.error) && w.shadowRoot?.textContent?.trim()),
    'the widgets never rendered',
    { timeout: 8000 },
  );
  await Promise.all(widgets().map((w) => w.updateComplete));
  return { window: win, document: doc, widgets: widgets() };
}

/** A page loading one copy of a full bundle, with widgets showing `file` and refreshing every minute; it records nw-error and nw-update. */
const livePage = (bundle: string, file: string, tags: readonly string[] = WIDGET_TAGS) => `<!doctype html><html lang="en"><head>
  <script src="${PAGES}probe.js"></script>
  <script>
    window.nwErrors = [];
    window.nwUpdates = [];
    document.addEventListener('nw-error', (event) => nwErrors.push(event.detail));
    document.addEventListener('nw-update', (event) => nwUpdates.push(event.detail));
  </script>
  ${bundle.includes('.iife.') ? `<script src="${bundle}"></script>` : `<script type="module" src="${bundle}"></script>`}
  </head><body><main>${tags.map((tag) => `<${tag} src="/__live/${file}" refresh="60"></${tag}>`).join('')}</main></body></html>`;

const fetchedPaths = (page: Page) => page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const text = (widget: Element) => (widget.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const one = (page: Page, tag: string) => page.document.querySelector<Widget>(tag)!;
const updatedLine = (widget: Element) => widget.shadowRoot!.querySelector('[part~="updated"]');

function expectQuietPage(page: Page): void {
  expect(page.window.nwProbe.errors, 'errors').to.deep.equal([]);
  expect(page.window.nwProbe.warnings, 'warnings').to.deep.equal([]);
  expect(page.window.nwProbe.violations, 'CSP violations').to.deep.equal([]);
}

describe('the single-file bundles load their live code from live/ beside them, checked against their hash', function () {
  this.timeout(30_000);

  for (const bundle of BUNDLES) {
    it(`${bundle}: widgets that refresh load ${LIVE_FILE} once for the page and show a changed story`, async () => {
      const file = newFile();
      await setStory(file, fixture);
      const page = await openPage({ srcdoc: livePage(`/dist/cdn/${bundle}`, file) });
      await waitUntil(() => page.widgets.every(updatedLine), 'the live code never ran');
      expect(fetchedPaths(page).filter((path) => path === `/dist/cdn/${LIVE_FILE}`)).to.have.length(1);
      // The <script> that ran it is gone again, and nothing of it is left on the page's globals.
      expect(page.document.querySelectorAll('script[src*="/live/"]')).to.have.length(0);
      expect(Object.keys(page.window).filter((key) => /live/i.test(key))).to.deep.equal([]);

      const changed = structuredClone(fixture);
      changed.quotes[0]!.text = 'We will talk about the border, and the ports.';
      await setStory(file, changed);
      const card = one(page, 'quote-card');
      await card.refresh();
      await Promise.all(page.widgets.map((w) => w.updateComplete));
      expect(text(card)).to.contain('and the ports').and.contain('Changed');
      // One check for the URL, shared by the three widgets: each reports the change.
      expect(page.window.nwUpdates!.map((detail) => detail.changed.quotes)).to.deep.equal([['ana-border'], ['ana-border'], ['ana-border']]);
      expect(fetchedPaths(page).filter((path) => path.endsWith(LIVE_FILE))).to.have.length(1);
      expect(page.window.nwErrors).to.deep.equal([]);
      expectQuietPage(page);
    });

    it(`${bundle}: widgets that do not refresh never load ${LIVE_FILE}`, async () => {
      const file = newFile();
      await setStory(file, fixture);
      const page = await openPage({ srcdoc: livePage(`/dist/cdn/${bundle}`, file).replace(/ refresh="60"/g, '') });
      expect(text(one(page, 'quote-card'))).to.contain(fixture.quotes[0]!.text);
      expect(fetchedPaths(page).filter((path) => path.includes('/live/'))).to.deep.equal([]);
      expectQuietPage(page);
    });

    for (const [folder, what] of [
      ['tampered-live', 'a live code file that is not the one built (refused by its hash)'],
      ['missing-live', 'a copy without its live/ folder (404)'],
    ] as const) {
      it(`${bundle}: ${what}: the widgets keep their story, each fires nw-error once, the page warns once, refresh() resolves`, async () => {
        const file = newFile();
        await setStory(file, fixture);
        const page = await openPage({ srcdoc: livePage(`${PAGES}${folder}/${bundle}`, file, ['quote-card', 'negotiation-status']) });
        await waitUntil(() => page.window.nwErrors!.length === 2, 'the widgets never reported the failed live code');
        const url = `${PAGES}${folder}/${LIVE_FILE}`;
        for (const detail of page.window.nwErrors!) {
          // The live code loads alongside the story: the story's id is known if it arrived first.
          expect(detail.code).to.equal('network');
          expect([null, fixture.id]).to.include(detail.storyId);
          expect(detail.message).to.contain(url).and.contain('live updates are off');
        }
        expect(page.window.nwProbe.warnings).to.have.length(1);
        expect(page.window.nwProbe.warnings[0]).to.contain(url).and.contain('live updates are off');
        expect(page.window.nwProbe.errors).to.deep.equal([]);

        for (const widget of page.widgets) {
          await widget.refresh();
          expect(widget.loadedStory?.id, widget.localName).to.equal(fixture.id);
          expect(widget.error, widget.localName).to.equal(undefined);
          expect(updatedLine(widget), widget.localName).to.equal(null);
        }
        expect(text(one(page, 'quote-card'))).to.contain(fixture.quotes[0]!.text);
        // Asked again, nothing more is requested or reported.
        expect(fetchedPaths(page).filter((path) => path === url).length).to.be.at.most(1);
        expect(page.window.nwErrors).to.have.length(2);
        expect(page.window.nwProbe.warnings).to.have.length(1);
        expect(page.window.nwProbe.errors).to.deep.equal([]);
      });
    }
  }

  it('a live code file that stalls: the widgets stop waiting after their timeout, say so once, and a refresh after it arrived runs it', async () => {
    const file = newFile();
    await setStory(file, fixture);
    const bundle = `${PAGES}stalled-live/negotiation-widgets.js`;
    const html = livePage(bundle, file, ['quote-card', 'negotiation-status']).replace(/ refresh="60"/g, ' refresh="60" timeout="1000"');
    const page = await openPage({ srcdoc: html });
    await waitUntil(() => page.window.nwErrors!.length === 2, 'the widgets never stopped waiting for the live code', { timeout: 2500 });
    const url = `${PAGES}stalled-live/${LIVE_FILE}`;
    for (const detail of page.window.nwErrors!) {
      expect(detail.code).to.equal('timeout');
      expect(detail.message).to.contain(`${url} did not answer within 1 s`).and.contain('live updates are off');
    }
    expect(page.window.nwProbe.warnings).to.have.length(1);
    expect(text(one(page, 'quote-card'))).to.contain(fixture.quotes[0]!.text);

    // The file still arrives (3 s): the next refresh() runs it, without a second request.
    await waitUntil(() => fetchedPaths(page).includes(url), 'the stalled file never arrived', { timeout: 6000 });
    const card = one(page, 'quote-card');
    await card.refresh();
    await card.updateComplete;
    expect(updatedLine(card)).to.not.equal(null);
    expect(fetchedPaths(page).filter((path) => path === url)).to.have.length(1);
    expect(page.window.nwErrors).to.have.length(2);
    expect(page.window.nwProbe.warnings).to.have.length(1);
    expect(page.window.nwProbe.errors).to.deep.equal([]);
  });

  it('the iframe embed page (dist/embed/index.html, under its own CSP) loads the live code beside its bundle and shows a changed story', async () => {
    const file = newFile();
    await setStory(file, fixture);
    const frame = document.createElement('iframe');
    frame.src = `/dist/embed/index.html?${new URLSearchParams({ widget: 'quote-card', src: `/__live/${file}`, refresh: '60' })}`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const card = () => doc.querySelector<Widget>('quote-card');
    await waitUntil(() => card()?.loadedStory && updatedLine(card()!), 'the live code never ran in the frame', { timeout: 8000 });
    const changed = structuredClone(fixture);
    changed.quotes[0]!.text = 'We will talk about the border, and the rivers.';
    await setStory(file, changed);
    await card()!.refresh();
    await card()!.updateComplete;
    expect(text(card()!)).to.contain('and the rivers').and.contain('Changed');
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.filter((path) => path === `/dist/cdn/${LIVE_FILE}`)).to.have.length(1);
  });

  it('under the strict CSP header whose Trusted Types allow the negotiation-widgets policy, a live widget loads its code; nothing is reported', async () => {
    await setStory('csp-live', fixture);
    const page = await openPage({ path: 'csp-live.html' });
    const response = await fetch(`${PAGES}csp-live.html`);
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'; trusted-types lit-html negotiation-widgets");
    await waitUntil(() => updatedLine(one(page, 'quote-card')), 'the live code never ran');
    expect(fetchedPaths(page).filter((path) => path === `/dist/cdn/${LIVE_FILE}`)).to.have.length(1);
    expectQuietPage(page);
  });

  it('where the page enforces Trusted Types without that policy, live updates are off: the story stays, one warning, nothing thrown', async () => {
    await setStory('csp-live-blocked', fixture);
    const page = await openPage({ path: 'csp-live-blocked.html' });
    const card = one(page, 'quote-card');
    if (!('trustedTypes' in page.window)) {
      // An engine without Trusted Types enforces none: the code loads as on any page.
      await waitUntil(() => updatedLine(card), 'the live code never ran');
      return;
    }
    await waitUntil(() => page.window.nwProbe.warnings.length === 1, 'the widget never reported the blocked live code');
    expect(page.window.nwProbe.warnings[0]).to.contain(`/dist/cdn/${LIVE_FILE}`).and.contain('live updates are off');
    expect(page.window.nwProbe.errors).to.deep.equal([]);
    await card.refresh();
    expect(text(card)).to.contain(fixture.quotes[0]!.text);
    expect(updatedLine(card)).to.equal(null);
    expect(fetchedPaths(page).filter((path) => path.includes('/live/'))).to.deep.equal([]);
  });
});
