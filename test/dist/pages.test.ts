// Proof on real pages: the built files (dist/, built before the tests) on the kinds of pages
// publishers have, each loaded in a same-origin iframe. Pages are in test/dist/pages/; the CSP
// header and the React bundle come from test/dist/pages-middleware.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import builtIn from '../../src/data/stories/us-russia-ukraine-talks-2025.json';
import de from '../../src/shared/locales/de.json';
import type { Story } from '../../src/data/story.js';

const PAGES = '/test/dist/pages/';
/** Where the CDN files fetch the built-in story from, when a widget first shows it. */
const STORY_FILE = `/dist/cdn/stories/${builtIn.id}.json`;
const WIDGET_TAGS = ['negotiation-status', 'quote-card', 'position-matrix'] as const;

interface Probe {
  warnings: string[];
  errors: string[];
  violations: string[];
}
type PageWindow = Window & typeof globalThis & { nwProbe: Probe; [key: string]: unknown };
/** A widget of the page's own copy of the library (another realm: no instanceof with ours). */
type Widget = HTMLElement & { loadedStory?: { id: string }; error?: { code: string }; updateComplete: Promise<boolean>; story?: unknown };

interface Page {
  frame: HTMLIFrameElement;
  window: PageWindow;
  document: Document;
  widgets: Widget[];
}

/** The test fixture story (JSON outside src/ is not served as a module). */
let fixtureStory: Story;
before(async () => {
  fixtureStory = (await (await fetch('/test/fixtures/story.json')).json()) as Story;
});

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Loads a page in an iframe (fixed size, so two pages lay out alike) and waits until every widget on it has settled. */
async function openPage(path: string, { width = 900, srcdoc }: { width?: number; srcdoc?: string } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '1400px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (srcdoc !== undefined) frame.srcdoc = srcdoc;
  else frame.src = PAGES + path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const widgets = () => Array.from(doc.querySelectorAll<Widget>(WIDGET_TAGS.join(',')));
  await waitUntil(
    () => widgets().length > 0 && widgets().every((w) => win.customElements.get(w.localName) && (w.loadedStory || w.error) && w.shadowRoot?.textContent?.trim()),
    `the widgets on ${path} never rendered`,
    { timeout: 8000 },
  );
  await Promise.all(widgets().map((w) => w.updateComplete));
  return { frame, window: win, document: doc, widgets: widgets() };
}

/** Paths of everything the page fetched, scripts included. */
const fetchedPaths = (page: Page) => page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (widget: Element) => text(widget.shadowRoot);
const one = (page: Page, tag: string) => page.document.querySelector<Widget>(tag)!;

/** What a reader of the built-in story sees in the three widgets of the Quick start embed. */
function expectBuiltInStory(page: Page): void {
  for (const widget of page.widgets) {
    expect(widget.loadedStory?.id, widget.localName).to.equal(builtIn.id);
    expect(widget.error, widget.localName).to.equal(undefined);
  }
  const quote = builtIn.quotes.find((q) => q.id === 'hegseth-nato-membership')!;
  const card = one(page, 'quote-card');
  expect(text(card.shadowRoot!.querySelector('blockquote'))).to.contain(quote.text);
  expect(shadowText(card)).to.contain('Pete Hegseth');

  const matrix = one(page, 'position-matrix');
  // The Quick start's matrix: parties across (short names), issues down.
  const columns = Array.from(matrix.shadowRoot!.querySelectorAll('[part~="party-header"]')).map(text);
  expect(columns.join(' | ')).to.match(/US.*Ukraine.*France/);
  expect(text(matrix.shadowRoot!.querySelector('[part~="issue-header"]'))).to.contain('NATO membership');

  const status = one(page, 'negotiation-status');
  expect(shadowText(status)).to.contain(builtIn.negotiation.title);
  expect(shadowText(status)).to.match(/1,085/);
}

function expectQuietPage(page: Page): void {
  expect(page.window.nwProbe.errors, 'errors').to.deep.equal([]);
  expect(page.window.nwProbe.warnings, 'warnings').to.deep.equal([]);
  expect(page.window.nwProbe.violations, 'CSP violations').to.deep.equal([]);
}

/** Every element's box (relative to its widget) and colours, in every widget's shadow tree. */
function layoutOf(page: Page): string[] {
  return page.widgets.flatMap((widget) => {
    const origin = widget.getBoundingClientRect();
    const host = `${widget.localName} ${Math.round(origin.width)}x${Math.round(origin.height)}`;
    const inner = Array.from(widget.shadowRoot!.querySelectorAll('*'))
      .filter((el) => !['style', 'slot', 'template'].includes(el.localName))
      .map((el) => {
        const box = el.getBoundingClientRect();
        const style = page.window.getComputedStyle(el);
        const round = (n: number) => Math.round(n);
        return [
          `${widget.localName} ${el.localName}.${el.getAttribute('class') ?? ''}`,
          `${round(box.left - origin.left)},${round(box.top - origin.top)} ${round(box.width)}x${round(box.height)}`,
          style.display,
          style.color,
          style.backgroundColor,
          style.borderTopColor,
          style.textAlign,
        ].join(' ');
      });
    return [host, ...inner];
  });
}

describe('the built files on real pages', () => {
  it('a plain page with only the CDN module renders the three widgets with the built-in story, fetched once as JSON', async () => {
    const page = await openPage('plain.html');
    expectBuiltInStory(page);
    expectQuietPage(page);
    expect(fetchedPaths(page).filter((path) => path === STORY_FILE)).to.have.length(1);
  });

  it('a page with only the classic script (IIFE) renders the same', async () => {
    const page = await openPage('classic.html');
    expectBuiltInStory(page);
    expectQuietPage(page);
    expect(fetchedPaths(page).filter((path) => path === STORY_FILE)).to.have.length(1);
    // No module script but the one the test server injects into every page it serves.
    expect(page.document.querySelectorAll('script[type="module"]:not([src^="/__web-dev-server"])')).to.have.length(0);
  });

  it('hostile CMS global CSS changes neither the boxes nor the colours; the font family is inherited', async () => {
    const plain = await openPage('plain.html');
    const hostile = await openPage('hostile.html');
    expectBuiltInStory(hostile);
    expectQuietPage(hostile);
    // The theme does apply on its own page: a control that the rules took effect.
    expect(hostile.window.getComputedStyle(hostile.document.body).lineHeight).to.not.equal(plain.window.getComputedStyle(plain.document.body).lineHeight);
    const [expected, actual] = [layoutOf(plain), layoutOf(hostile)];
    expect(actual.length, 'elements rendered').to.equal(expected.length);
    // Only the lines that differ, so a failure reads as what the theme changed.
    const changed = actual.flatMap((line, i) => (line === expected[i] ? [] : [`${expected[i]}  →  ${line}`]));
    expect(changed).to.deep.equal([]);
    for (const widget of hostile.widgets) {
      expect(hostile.window.getComputedStyle(widget).fontFamily).to.equal(hostile.window.getComputedStyle(hostile.document.body).fontFamily);
    }
  });

  it('a strict CSP header with Trusted Types: everything renders, nothing is reported', async () => {
    const page = await openPage('csp.html');
    expectBuiltInStory(page);
    expectQuietPage(page);
    const response = await fetch(`${PAGES}csp.html`);
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'; trusted-types lit-html");

    // The header is enforced here: an inline script on a page with the same header does not run.
    // Trusted Types are enforced only where the engine has them (Chromium; Firefox and WebKit
    // in recent versions): then a plain string in an HTML sink throws there.
    const probe = document.createElement('iframe');
    const loaded = new Promise((resolve) => probe.addEventListener('load', resolve, { once: true }));
    probe.src = `${PAGES}csp-enforced.html`;
    document.body.append(probe);
    frames.push(probe);
    await loaded;
    const probeWindow = probe.contentWindow as PageWindow;
    expect(probeWindow.inlineScriptRan).to.equal(undefined);
    expect(probeWindow.trustedTypesEnforced).to.equal('trustedTypes' in probeWindow);
    if ('trustedTypes' in page.window) {
      const policies = page.window.trustedTypes as unknown as { defaultPolicy: unknown };
      expect(policies.defaultPolicy).to.equal(null);
    }
  });

  it('the CDN bundle loaded twice, and a second copy of it: no error, one warning at most', async () => {
    const page = await openPage('twice.html');
    expectBuiltInStory(page);
    expect(page.window.nwProbe.errors).to.deep.equal([]);
    // The same URL twice runs once; the second copy (another URL, then the IIFE) keeps the first
    // definitions and says so once.
    expect(page.window.nwProbe.warnings).to.have.length(1);
    expect(page.window.nwProbe.warnings[0]).to.contain('another copy of negotiation-widgets');
  });

  it('a React 19 app passes a story object as a property, sets attributes and receives nw-select and nw-error', async () => {
    const page = await openPage('react.html');
    const received = page.window.reactReceived as { select: { party: string; issue: string; stance: string; storyId: string }[]; error: { code: string; storyId: string }[] };
    const storyObject = page.window.reactStory;

    const matrix = page.document.getElementById('matrix') as Widget;
    expect(matrix.story).to.equal(storyObject);
    expect(matrix.hasAttribute('story')).to.equal(false);
    expect(matrix.loadedStory?.id).to.equal(fixtureStory.id);
    expect(matrix.getAttribute('show-summary')).to.not.equal(null);
    expect(text(matrix.shadowRoot!.querySelector('caption, [part~="caption"]'))).to.contain('Where they stand: 2 parties on 1 issue');

    const quote = page.document.getElementById('quote') as Widget;
    expect(quote.getAttribute('theme')).to.equal('dark');
    expect(quote.getAttribute('layout')).to.equal('compact');
    expect(shadowText(quote)).to.contain(fixtureStory.quotes[0]!.text.slice(0, 30));

    const missing = page.document.getElementById('missing') as Widget;
    expect(missing.getAttribute('story-id')).to.equal('no-such-story');
    expect(received.error).to.deep.equal([
      { storyId: 'no-such-story', code: 'not-found', message: (missing.error as { message?: string }).message },
    ]);
    expect(page.window.nwProbe.warnings).to.have.length(1); // the widget's one warning for its error

    const cell = matrix.shadowRoot!.querySelector<HTMLElement>('[part~="cell"]')!;
    cell.click();
    await waitUntil(() => received.select.length === 1, 'React never received nw-select');
    const [party] = fixtureStory.parties;
    expect(received.select[0]).to.include({ storyId: fixtureStory.id, party: party!.id, issue: fixtureStory.issues[0]!.id });
    await waitUntil(() => text(page.document.getElementById('selected')) === `${party!.id}/${fixtureStory.issues[0]!.id}`, 'React never re-rendered');
    expect(page.window.nwProbe.errors).to.deep.equal([]);
  });

  it('the React components on a server-rendered, hydrated page: the page’s own story and onNwSelect on a direct load, no hydration error', async () => {
    const page = await openPage('react-hydrated.html');
    const received = page.window.reactReceived as { select: { party: string; issue: string }[]; serverHtml: string };
    expect(received.serverHtml).to.contain('<position-matrix');
    // hydrateRoot commits in a task of its own, after the widgets' first render.
    await waitUntil(() => page.document.getElementById('matrix'), 'React never hydrated the page');
    const matrix = page.document.getElementById('matrix') as Widget;
    expect(matrix.story).to.equal(page.window.reactStory);
    await matrix.updateComplete;
    expect(matrix.loadedStory?.id).to.equal(fixtureStory.id);
    expect((matrix as Widget & { layout: string }).layout).to.equal('table');
    const quote = page.document.getElementById('quote') as Widget;
    expect(shadowText(quote)).to.contain(fixtureStory.quotes[0]!.text.slice(0, 30));
    matrix.shadowRoot!.querySelector<HTMLElement>('[part~="cell"]')!.click();
    await waitUntil(() => received.select.length === 1, 'the component never called onNwSelect');
    expect(received.select[0]).to.include({ party: fixtureStory.parties[0]!.id, issue: fixtureStory.issues[0]!.id });
    await waitUntil(() => text(page.document.getElementById('selected')) === `${fixtureStory.parties[0]!.id}/${fixtureStory.issues[0]!.id}`, 'React never re-rendered');
    expect(page.window.nwProbe.errors).to.deep.equal([]);
    expect(page.window.nwProbe.warnings).to.deep.equal([]);
  });

  it('the three per-widget files on one page: the built-in story loaded on demand, Lit once, nothing reported', async () => {
    const page = await openPage('per-widget.html');
    expectBuiltInStory(page);
    expectQuietPage(page);
    const fetched = fetchedPaths(page);
    // The story came as its own JSON file, and the shared chunk (with Lit) was fetched once for the three.
    expect(fetched.filter((path) => path === STORY_FILE), 'built-in story file').to.have.length(1);
    expect(fetched.filter((path) => /^\/dist\/cdn\/shared\/story-element-[\w-]+\.js$/.test(path)), 'shared chunk').to.have.length(1);
  });

  /** A German page with the status and a quote, loading the given scripts. */
  const germanPage = (...scripts: string[]) => `<!doctype html><html lang="de"><head><script src="${PAGES}probe.js"></script>
    ${scripts.map((script) => (script.includes('.iife.') ? `<script src="${script}"></script>` : `<script type="module" src="${script}"></script>`)).join('')}
    </head><body><main><negotiation-status></negotiation-status><quote-card quote="hegseth-nato-membership"></quote-card></main></body></html>`;

  for (const [name, scripts] of [
    ['the CDN module', ['/dist/cdn/negotiation-widgets.js']],
    ['the classic script', ['/dist/cdn/negotiation-widgets.iife.js']],
    ['the per-widget files', ['/dist/cdn/negotiation-status.js', '/dist/cdn/quote-card.js']],
  ] as const) {
    it(`a German page with ${name}: German strings, loaded from locales/ beside it`, async () => {
      const page = await openPage('srcdoc', { srcdoc: germanPage(...scripts) });
      expect(shadowText(one(page, 'negotiation-status'))).to.contain(de.dayOfWar.replace('{n}', '1.085'));
      expect(shadowText(one(page, 'quote-card'))).to.contain(de.copyQuote);
      expect(fetchedPaths(page)).to.include('/dist/cdn/locales/de.json');
      expectQuietPage(page);
    });
  }

  it('a German page under the strict CSP header: the strings file is fetched and used, nothing is reported', async () => {
    const page = await openPage('csp.html?lang=de');
    expect(page.document.documentElement.lang).to.equal('de');
    expect(shadowText(one(page, 'negotiation-status'))).to.contain(de.dayOfWar.replace('{n}', '1.085'));
    expect(fetchedPaths(page)).to.include('/dist/cdn/locales/de.json');
    expectQuietPage(page);
  });

  it('a self-hosted copy of the bundle without its locales/ folder: English strings, German formats, one warning', async () => {
    const page = await openPage('srcdoc', { srcdoc: germanPage(`${PAGES}self-hosted/negotiation-widgets.js`) });
    const status = one(page, 'negotiation-status');
    expect(shadowText(status)).to.contain('Day 1.085 of the war');
    expect(shadowText(one(page, 'quote-card'))).to.contain('Copy quote');
    expect(page.window.nwProbe.errors).to.deep.equal([]);
    expect(page.window.nwProbe.warnings).to.have.length(1);
    expect(page.window.nwProbe.warnings[0]).to.contain('the "de" strings could not be loaded');
  });

  it('a language file that is not the one built (a tampered CDN) is refused by its hash: English strings, one warning', async () => {
    const page = await openPage('srcdoc', { srcdoc: germanPage(`${PAGES}tampered/negotiation-widgets.js`) });
    expect(fetchedPaths(page)).to.include(`${PAGES}tampered/locales/de.json`);
    expect(shadowText(one(page, 'quote-card'))).to.contain('Copy quote').and.not.contain('Manipuliert');
    expect(page.window.nwProbe.errors).to.deep.equal([]);
    expect(page.window.nwProbe.warnings).to.have.length(1);
    expect(page.window.nwProbe.warnings[0]).to.contain('the "de" strings could not be loaded');
  });

  /** A page with the three widgets showing the built-in story, loading one copy of a full bundle. */
  /** What each widget tells a reader when its story cannot be shown (the detail follows it). */
  const READER_ERROR: Record<string, string> = {
    'quote-card': 'This quote is not available.',
    'negotiation-status': 'The state of the talks is not available.',
    'position-matrix': 'This widget could not be shown',
  };
  const builtInStoryPage = (script: string) => `<!doctype html><html lang="en"><head><script src="${PAGES}probe.js"></script>
    ${script.includes('.iife.') ? `<script src="${script}"></script>` : `<script type="module" src="${script}"></script>`}
    </head><body><main><negotiation-status></negotiation-status><quote-card quote="hegseth-nato-membership"></quote-card>
    <position-matrix parties="us,ukraine,france" issues="nato-membership"></position-matrix></main></body></html>`;

  for (const bundle of ['negotiation-widgets.js', 'negotiation-widgets.iife.js']) {
    it(`${bundle}: a built-in story file that is not the one built is refused by its hash; every widget shows the error in place`, async () => {
      const page = await openPage('srcdoc', { srcdoc: builtInStoryPage(`${PAGES}tampered-story/${bundle}`) });
      expect(fetchedPaths(page).filter((path) => path === `${PAGES}tampered-story/stories/${builtIn.id}.json`)).to.have.length(1);
      for (const widget of page.widgets) {
        expect(widget.loadedStory, widget.localName).to.equal(undefined);
        expect(widget.error?.code, widget.localName).to.equal('network');
        expect(shadowText(widget)).to.contain(READER_ERROR[widget.localName]!).and.contain('does not match the hash built into the script');
        expect(shadowText(widget)).to.not.contain('likely outcome');
      }
      expect(page.window.nwProbe.errors).to.deep.equal([]);
      expect(page.window.nwProbe.warnings).to.have.length(3); // one per widget
    });

    it(`${bundle}: a copy without its stories/ folder shows the error in place in every widget, naming the file`, async () => {
      const page = await openPage('srcdoc', { srcdoc: builtInStoryPage(`${PAGES}missing-story/${bundle}`) });
      for (const widget of page.widgets) {
        expect(widget.error?.code, widget.localName).to.equal('network');
        expect(shadowText(widget)).to.contain(READER_ERROR[widget.localName]!).and.contain(`missing-story/stories/${builtIn.id}.json could not be loaded: it is missing`);
      }
      expect(page.window.nwProbe.errors).to.deep.equal([]);
      expect(page.window.nwProbe.warnings).to.have.length(3);
    });
  }

  it('a story loaded by src from another path renders the same as the same story inline', async () => {
    const json = JSON.stringify(fixtureStory).replace(/</g, '\\u003c');
    const srcdoc = `<!doctype html><html lang="en"><head><script src="${PAGES}probe.js"></script>
      <script type="module" src="/dist/cdn/negotiation-widgets.js"></script></head><body><main>
      <position-matrix id="by-src" src="/test/fixtures/story.json" layout="table"></position-matrix>
      <position-matrix id="inline" layout="table"><script type="application/json">${json}</script></position-matrix>
      <quote-card id="quote-by-src" src="/test/fixtures/story.json"></quote-card>
      <quote-card id="quote-inline"><script type="application/json">${json}</script></quote-card>
      </main></body></html>`;
    const page = await openPage('srcdoc', { srcdoc });
    for (const widget of page.widgets) expect(widget.loadedStory?.id, widget.id).to.equal(fixtureStory.id);
    const get = (id: string) => page.document.getElementById(id)!;
    expect(shadowText(get('by-src'))).to.contain(fixtureStory.parties[0]!.name);
    expect(shadowText(get('by-src'))).to.equal(shadowText(get('inline')));
    expect(shadowText(get('quote-by-src'))).to.contain(fixtureStory.quotes[0]!.text.slice(0, 30));
    expect(shadowText(get('quote-by-src'))).to.equal(shadowText(get('quote-inline')));
    expectQuietPage(page);
    // A page that brings its own story never downloads the built-in one.
    expect(fetchedPaths(page).filter((path) => path.includes('/stories/'))).to.deep.equal([]);
  });
});
