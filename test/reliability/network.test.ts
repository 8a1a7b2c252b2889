import { expect, waitUntil } from '@open-wc/testing';
import { removeFile, writeFile } from '@web/test-runner-commands';
import { clearStoryCache } from '../../src/data/loader.js';
import { cleanStory } from '../fixtures/hostile/corpus.js';
import { PageWatch, WIDGETS, makeContainer, mount, settled, spyFetch } from './harness.js';
import type { StoryErrorCode } from '../../src/data/errors.js';
import type { FetchSpy, Widget } from './harness.js';

// The story-element tests cover 404, invalid JSON, an invalid story, a timeout, a closed port,
// one request for many widgets of one kind and abort-on-remove; these cover the rest, in every widget.

const RUN = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const FIXTURE = '/test/fixtures/story.json';
const FIXTURE_HEADLINE = 'Fixture: two parties talk about one issue';
const served = {
  /** The fixture story, served as text/plain. */
  text: `../fixtures/hostile/served/${RUN}-story.txt`,
  /** A web page where the story should be: what a CMS's soft 404 or login page answers. */
  html: `../fixtures/hostile/served/${RUN}-page.html`,
  /** Another story, for changing `src`. */
  clean: `../fixtures/hostile/served/${RUN}-clean.json`,
};
const url = (path: string) => new URL(path, import.meta.url).pathname;

/** What each widget tells a reader when its story cannot be loaded (others show the detail in place). */
const READER_ERROR: Record<string, string> = {
  'quote-card': 'This quote is not available.',
  'negotiation-status': 'The state of the talks is not available.',
};

/** The same path on the test server's other host name: another origin, with no CORS headers. */
function crossOrigin(path: string): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}:${location.port}${path}`;
}

let slowCount = 0;
/** A slow URL no earlier test has fetched, so the browser's cache cannot answer it at once. */
const slow = (ms: number, path: string) => `/__slow/${ms}${path}?${RUN}-${++slowCount}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const headline = (el: Widget) => el.loadedStory?.headline;
const shown = (el: Widget) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('network faults for src', function () {
  this.timeout(20_000);
  const watch = new PageWatch();
  let container: HTMLDivElement;
  let fetches: FetchSpy;

  before(async () => {
    await writeFile({ path: served.text, content: await (await fetch(FIXTURE)).text() });
    await writeFile({ path: served.html, content: '<!doctype html><title>Sign in</title><p>Please sign in.</p>' });
    await writeFile({ path: served.clean, content: JSON.stringify(cleanStory()) });
  });

  after(async () => {
    for (const path of Object.values(served)) await removeFile({ path });
  });

  beforeEach(() => {
    clearStoryCache();
    watch.warnings = [];
    watch.uncaught = [];
    watch.start();
    fetches = spyFetch();
    container = makeContainer();
  });

  afterEach(() => {
    fetches.restore();
    watch.stop();
    container.remove();
  });

  const failures: [string, () => string, StoryErrorCode, string][] = [
    ['an HTTP 500', () => '/__status/500', 'http', 'answered HTTP 500'],
    ['a web page instead of JSON', () => url(served.html), 'invalid-json', 'answered with a web page (text/html), not a story JSON file'],
    ['a CORS refusal', () => crossOrigin(FIXTURE), 'network', 'could not be loaded (network error or blocked by the browser)'],
  ];
  for (const [name, src, code, message] of failures) {
    it(`shows ${name} in place in every widget, as nw-error "${code}" and one warning each`, async () => {
      const events: { code: string; message: string }[] = [];
      container.addEventListener('nw-error', (event) => events.push((event as CustomEvent).detail));
      // Attached together: a failure is not cached, so widgets created later would ask again.
      const widgets = WIDGETS.map((tag) => Object.assign(document.createElement(tag), { src: src() }));
      container.append(...widgets);
      for (const el of widgets) await settled(el);
      for (const el of widgets) {
        expect(el.error?.code, el.localName).to.equal(code);
        expect(el.error?.message, el.localName).to.contain(message);
        // Readers get reader words where the widget names what is missing; the detail is in the event and the console.
        const reader = READER_ERROR[el.localName];
        if (reader) expect(shown(el), el.localName).to.contain(reader);
        else expect(shown(el), el.localName).to.contain('This widget could not be shown').and.to.contain(message);
      }
      expect(events.map((e) => e.code)).to.deep.equal(WIDGETS.map(() => code));
      expect(events[0]!.message).to.contain(src());
      expect(watch.warnings).to.have.length(WIDGETS.length);
      expect(fetches.requests, 'one request for the three widgets').to.have.length(1);
      expect(watch.uncaught).to.deep.equal([]);
    });
  }

  it('accepts a story served with another content type (text/plain)', async () => {
    const response = await fetch(url(served.text));
    expect(response.headers.get('content-type')).to.match(/^text\/plain/);
    fetches.requests = [];
    for (const tag of WIDGETS) {
      const el = await mount(tag, { src: url(served.text) }, container);
      expect([el.error?.message, headline(el)], el.localName).to.deep.equal([undefined, FIXTURE_HEADLINE]);
    }
    expect(watch.warnings).to.deep.equal([]);
  });

  it('shows the loading state during a slow response, then the story', async () => {
    const el = document.createElement('quote-card');
    el.src = slow(800, FIXTURE);
    container.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'busy while loading').to.not.equal(null);
    await settled(el);
    expect([el.error?.message, headline(el)]).to.deep.equal([undefined, FIXTURE_HEADLINE]);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
  });

  it('aborts the request of a widget removed mid-request, silently, and loads again when it returns', async () => {
    const events: Event[] = [];
    const record = (event: Event) => void events.push(event);
    document.addEventListener('nw-error', record);
    try {
      const el = document.createElement('position-matrix');
      el.src = slow(700, FIXTURE);
      container.append(el);
      await sleep(100);
      el.remove();
      await waitUntil(() => fetches.requests[0]?.signal?.aborted, 'the request was not aborted', { timeout: 2000 });
      await sleep(900); // past the time the response would have come
      expect(events, 'nw-error for an aborted request').to.have.length(0);
      expect(watch.warnings, 'warnings for an aborted request').to.deep.equal([]);
      container.append(el);
      await settled(el);
      expect([el.error?.message, headline(el)]).to.deep.equal([undefined, FIXTURE_HEADLINE]);
      expect(fetches.requests).to.have.length(2);
    } finally {
      // Also when an assertion fails, so later tests' events are not counted here.
      document.removeEventListener('nw-error', record);
    }
  });

  it('ignores the late response of a src changed mid-request', async () => {
    const el = document.createElement('negotiation-status');
    el.src = slow(800, FIXTURE);
    container.append(el);
    await sleep(100);
    el.src = url(served.clean);
    await el.updateComplete;
    await settled(el);
    expect(el.error?.message).to.equal(undefined);
    const cleanHeadline = (cleanStory() as { headline: string }).headline;
    expect(headline(el)).to.equal(cleanHeadline);
    await waitUntil(() => fetches.requests[0]?.signal?.aborted, 'the first request was not aborted', { timeout: 2000 });
    await sleep(900);
    expect([el.error?.message, headline(el)]).to.deep.equal([undefined, cleanHeadline]);
    expect(watch.warnings).to.deep.equal([]);
  });

  it('makes exactly one request for many widgets of every kind sharing a src', async () => {
    const widgets: Widget[] = [];
    for (let i = 0; i < 4; i++) for (const tag of WIDGETS) {
      const el = document.createElement(tag);
      el.src = FIXTURE;
      container.append(el);
      widgets.push(el);
    }
    for (const el of widgets) await settled(el);
    expect(widgets.map(headline)).to.deep.equal(widgets.map(() => FIXTURE_HEADLINE));
    expect(fetches.requests.map((r) => r.url)).to.deep.equal([new URL(FIXTURE, location.href).href]);
  });

  it('does not refetch when a loaded widget moves, or when another widget asks later', async () => {
    const el = await mount('quote-card', { src: FIXTURE }, container);
    const elsewhere = makeContainer();
    try {
      elsewhere.append(el);
      await sleep(50);
      container.append(el);
      await el.updateComplete;
      const late = await mount('negotiation-status', { src: FIXTURE }, elsewhere);
      expect([headline(el), headline(late)]).to.deep.equal([FIXTURE_HEADLINE, FIXTURE_HEADLINE]);
      expect(el.shadowRoot!.querySelector('slot'), 'loading again').to.equal(null);
      expect(fetches.requests).to.have.length(1);
    } finally {
      elsewhere.remove();
    }
  });
});
