import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearStoryCache } from '../../src/data/loader.js';
import { getBuiltInStory } from '../../src/data/stories/index.js';
import '../fixtures/story-element.js';
import { captureWarnings } from '../helpers.js';
import type { NwErrorDetail } from '../../src/shared/story-element.js';
import type { TestStory } from '../fixtures/story-element.js';

const builtIn = getBuiltInStory()!;
const FIXTURE = new URL('../fixtures/story.json', import.meta.url).href;
const FIXTURE_HEADLINE = 'Fixture: two parties talk about one issue';

function shown(el: TestStory): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

function headlineOf(el: TestStory): string | undefined {
  return el.shadowRoot!.querySelector('.headline')?.textContent ?? undefined;
}

async function settled(el: TestStory): Promise<void> {
  await waitUntil(() => el.loadedStory !== undefined || el.error !== undefined, 'story never settled', { timeout: 5000 });
  await el.updateComplete;
}


describe('the shared data layer', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearStoryCache();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('shows the built-in story when given no source', async () => {
    const el = await fixture<TestStory>(html`<test-story></test-story>`);
    expect(headlineOf(el)).to.equal(builtIn.headline);
    expect(el.shadowRoot!.querySelector('.headline')!.getAttribute('lang')).to.equal('en');
  });

  it('picks a built-in story by story-id, and names an unknown one', async () => {
    const el = await fixture<TestStory>(html`<test-story story-id="us-russia-ukraine-talks-2025"></test-story>`);
    expect(headlineOf(el)).to.equal(builtIn.headline);
    const missing = await fixture<TestStory>(html`<test-story story-id="nope"></test-story>`);
    expect(missing.error?.code).to.equal('not-found');
    expect(shown(missing)).to.contain('No built-in story "nope"');
  });

  it('gives the story property precedence over inline JSON, src and story-id', async () => {
    const story = { ...structuredClone(builtIn), headline: 'From the property' };
    const el = await fixture<TestStory>(html`<test-story .story=${story} src=${FIXTURE} story-id="nope">
      <script type="application/json">{"not": "used"}</script>
    </test-story>`);
    expect(headlineOf(el)).to.equal('From the property');
  });

  it('gives inline JSON precedence over src and story-id', async () => {
    const json = JSON.stringify({ ...builtIn, headline: 'From inline JSON' });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<test-story src="${FIXTURE}" story-id="nope"><script type="application/json">${json}</script></test-story>`;
    const el = container.querySelector('test-story')!;
    await el.updateComplete;
    expect(headlineOf(el)).to.equal('From inline JSON');
  });

  it('gives src precedence over story-id', async () => {
    const el = await fixture<TestStory>(html`<test-story src=${FIXTURE} story-id="nope"></test-story>`);
    await settled(el);
    expect(headlineOf(el)).to.equal(FIXTURE_HEADLINE);
    expect(el.error).to.equal(undefined);
  });

  it('never falls back to another source when one fails', async () => {
    const el = await fixture<TestStory>(html`<test-story src="/test/fixtures/missing.json"></test-story>`);
    await settled(el);
    expect(el.loadedStory).to.equal(undefined);
    expect(headlineOf(el)).to.equal(undefined);
    expect(el.error?.code).to.equal('http');
  });

  it('fetches a src once for many widgets', async () => {
    const original = window.fetch;
    const requested: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input));
      return original(input, init);
    };
    try {
      const container = await fixture<HTMLDivElement>(html`<div>
        ${[1, 2, 3, 4, 5].map(() => html`<test-story src=${FIXTURE}></test-story>`)}
      </div>`);
      const elements = Array.from(container.querySelectorAll('test-story'));
      await Promise.all(elements.map(settled));
      expect(elements.map(headlineOf)).to.deep.equal(elements.map(() => FIXTURE_HEADLINE));
      expect(requested).to.deep.equal([FIXTURE]);
    } finally {
      window.fetch = original;
    }
  });

  it('aborts a request no element needs any more, but not for an element that moved', async () => {
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    try {
      const slow = '/__slow/1500/test/fixtures/story.json';
      const host = await fixture<HTMLDivElement>(html`<div><test-story src=${slow}></test-story></div>`);
      const el = host.querySelector('test-story')!;
      const other = await fixture<HTMLDivElement>(html`<div></div>`);
      other.append(el); // a move: disconnected and connected in one task
      await new Promise((r) => setTimeout(r, 100));
      expect(signals).to.have.length(1);
      expect(signals[0]!.aborted).to.equal(false);
      el.remove();
      await waitUntil(() => signals[0]!.aborted, 'the request was not aborted', { timeout: 2000 });
    } finally {
      window.fetch = original;
    }
  });

  const failures: [string, string, string, string][] = [
    ['http', '/test/fixtures/missing.json', 'HTTP 404', ''],
    ['invalid-json', '/test/fixtures/broken.json', 'is not valid JSON', ''],
    ['invalid-story', '/test/fixtures/invalid-story.json', '/id: is not a valid id', ''],
    ['timeout', '/__slow/3000/test/fixtures/story.json', 'did not answer within 0.3 s', '300'],
    ['network', 'http://127.0.0.1:9/story.json', 'could not be loaded', ''],
  ];
  for (const [code, src, message, timeout] of failures) {
    it(`reports a ${code} failure in place, as nw-error and as one warning`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('test-story');
      el.src = src;
      if (timeout) el.timeout = Number(timeout);
      const event = oneEvent(document, 'nw-error') as Promise<CustomEvent<NwErrorDetail>>;
      host.append(el);
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.code).to.equal(code);
      expect(detail.message).to.contain(message);
      expect(detail).to.have.property('storyId');
      expect(shown(el)).to.contain('This widget could not be shown');
      expect(shown(el)).to.contain(message);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(message);
    });
  }

  it('reports an invalid story property with JSON pointers', async () => {
    const el = await fixture<TestStory>(html`<test-story .story=${{ version: 2 }}></test-story>`);
    expect(el.error?.code).to.equal('invalid-story');
    // The lean check widgets run: the first problem, briefly (editors' tools say what was found).
    expect(el.error?.errors).to.deep.equal([{ path: '/version', message: 'must be 1' }]);
  });

  it('reports a widget-level error (missing part) through the same path', async () => {
    const story = { ...structuredClone(builtIn), id: 'empty', quotes: [], positions: [], negotiation: undefined };
    const event = oneEvent(document, 'nw-error') as Promise<CustomEvent<NwErrorDetail>>;
    const el = await fixture<TestStory>(html`<test-story .story=${story}></test-story>`);
    const { detail, bubbles, composed } = await event;
    expect([detail.code, detail.storyId, bubbles, composed]).to.deep.equal(['missing-part', 'empty', true, true]);
    expect(shown(el)).to.contain('Story "empty" has no quotes.');
  });

  it('keeps light-DOM fallback content visible while loading and when the data fails, hidden once rendered', async () => {
    const failing = await fixture<TestStory>(html`<test-story src="/test/fixtures/missing.json"><blockquote>Fallback</blockquote></test-story>`);
    const slot = () => failing.shadowRoot!.querySelector('slot');
    expect(slot(), 'slot while loading').to.not.equal(null);
    await settled(failing);
    expect(slot(), 'slot after failure').to.not.equal(null);
    expect(failing.querySelector('blockquote')!.getClientRects().length).to.be.greaterThan(0);
    expect(shown(failing)).to.not.contain('could not be shown');

    const ok = await fixture<TestStory>(html`<test-story><blockquote>Fallback</blockquote></test-story>`);
    expect(ok.shadowRoot!.querySelector('slot')).to.equal(null);
    // Unslotted light DOM is neither rendered nor in the accessibility tree.
    expect(ok.querySelector('blockquote')!.getClientRects().length).to.equal(0);
  });

  it('follows the page theme by default and reflects a forced one', async () => {
    const el = await fixture<TestStory>(html`<test-story></test-story>`);
    // The default is not written back as an attribute (one DOM write less a widget); a set value is.
    expect(el.theme).to.equal('page');
    expect(el.hasAttribute('theme')).to.equal(false);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    // Removing the attribute restores the default.
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(el.theme).to.equal('page');
    expect(getComputedStyle(el).colorScheme).to.not.equal('dark');
  });

  it('inherits the page colour scheme with theme="page"', async () => {
    const page = await fixture<HTMLDivElement>(html`<div class="dark-page"><test-story></test-story></div>`);
    page.style.colorScheme = 'dark';
    const el = page.querySelector('test-story')!;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });

  it('keeps its width in shrink-to-fit places: a flex item and a float', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div class="flex"><test-story></test-story></div>
      <div class="float"><test-story></test-story></div>
    </div>`);
    (page.querySelector('.flex') as HTMLElement).style.display = 'flex';
    (page.querySelector('.float') as HTMLElement).style.float = 'left';
    for (const el of Array.from(page.querySelectorAll('test-story'))) {
      await el.updateComplete;
      expect(el.getBoundingClientRect().width, el.parentElement!.className).to.be.greaterThan(100);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).containerType).to.equal('inline-size');
    }
  });

  it('is accessible', async () => {
    const el = await fixture<TestStory>(html`<test-story></test-story>`);
    await expect(el).to.be.accessible();
  });
});
