// Live stories (`refresh`): a loopback story server (test/reliability/live-middleware.mjs) whose
// file each test changes, and a fake clock for the poller (setLiveClock), so nothing here waits
// on real intervals: time moves when a test says so.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { activePollers, liveChecksSettled, setLiveClock } from '../../src/data/live.js';
import { clearStoryCache } from '../../src/data/loader.js';
import { PageWatch, makeContainer, settled, spyFetch } from './harness.js';
import type { LiveClock } from '../../src/data/live.js';
import type { Story } from '../../src/data/story.js';
import type { NwErrorDetail, NwUpdateDetail } from '../../src/shared/story-element.js';
import type { Widget, WidgetTag } from './harness.js';

const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let files = 0;
/** A story file no earlier test (nor the browser's cache) has seen. */
const newFile = () => `live-${RUN}-${++files}.json`;
/**
 * A story file by an address without an extension (the same file for the loopback server): the
 * test runner marks every path with one cacheable for a year, failures included, and a widget's
 * first load (the browser's default cache mode) would then get an earlier test request's failure.
 */
const newFileNoCache = () => newFile().replace(/\.json$/, '');

/** The poller's clock: timers fire only when `advance` moves time past them. */
class FakeClock implements LiveClock {
  time = Date.UTC(2025, 2, 12, 13, 32);
  randomValue = 0.5;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  now = () => this.time;
  random = () => this.randomValue;
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  };
  clearTimeout = (id: unknown) => void this.timers.delete(id as number);
  get pending(): number {
    return this.timers.size;
  }
  /** How long until the earliest timer fires. */
  nextDelay(): number | undefined {
    const next = Math.min(...[...this.timers.values()].map((timer) => timer.at));
    return Number.isFinite(next) ? next - this.time : undefined;
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}

async function control(file: string, patch?: object): Promise<{ requests: number; notModified: number; served: number; queued: number }> {
  const response = await fetch(`/__live/${file}?control`, { cache: 'no-store', ...(patch ? { method: 'POST', body: JSON.stringify(patch) } : {}) });
  return response.json();
}

let fixture: Story;
const story = (change?: (story: Story) => void): Story => {
  const copy = structuredClone(fixture);
  change?.(copy);
  return copy;
};
const body = (value: unknown) => JSON.stringify(value, null, 2);

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const liveRegion = (el: Element) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]');
const announced = (widgets: Element[]) => widgets.map((el) => liveRegion(el)?.textContent?.trim() ?? '').filter(Boolean);

const INTERVAL = 60_000;

describe('live stories (refresh)', function () {
  this.timeout(60_000);
  let clock: FakeClock;
  let container: HTMLElement;
  let watch: PageWatch;

  before(async () => {
    fixture = await (await fetch('/test/fixtures/story.json')).json();
  });

  beforeEach(() => {
    clock = new FakeClock();
    setLiveClock(clock);
    container = makeContainer();
    watch = new PageWatch();
    watch.start();
  });

  afterEach(() => {
    container.remove();
    watch.stop();
    setLiveClock();
    clearStoryCache();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  async function mountLive(tag: WidgetTag, file: string, refresh: number | string = INTERVAL / 1000, attributes: Record<string, string> = {}): Promise<Widget> {
    const el = document.createElement(tag) as unknown as Widget;
    el.setAttribute('src', `/__live/${file}`);
    el.setAttribute('refresh', String(refresh));
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    container.append(el);
    await settled(el);
    return el;
  }

  /** Moves the fake time on, timer by timer, letting each check finish (as real time would), then every widget render. */
  async function tick(ms: number, widgets: Element[]): Promise<void> {
    const end = clock.time + ms;
    for (let next = clock.nextDelay(); next !== undefined && clock.time + next <= end; next = clock.nextDelay()) {
      clock.advance(next);
      await liveChecksSettled();
    }
    clock.advance(end - clock.time);
    await liveChecksSettled();
    await Promise.all(widgets.map((el) => (el as Widget).updateComplete));
  }

  function record<T>(el: Element, type: string): T[] {
    const details: T[] = [];
    el.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
    return details;
  }

  const none = { quotes: [], positions: [], events: [], obstacles: [] };
  const changes: [string, (s: Story) => void, Partial<NwUpdateDetail>, string, (widgets: Widget[]) => Element | null | undefined][] = [
    [
      'a new event',
      (s) => s.negotiation!.events.push({ id: 'second-round', date: '2025-03-20', title: 'Second round', parties: ['north', 'south'], status: 'scheduled' }),
      { added: { ...none, events: ['second-round'] } },
      'New event: Second round',
      ([status]) => [...status!.shadowRoot!.querySelectorAll('[part~="event"]')].find((li) => li.textContent!.includes('Second round')),
    ],
    [
      'a stance change',
      (s) => (s.positions[0]!.stance = 'opposes'),
      { changed: { ...none, positions: ['north/border'] } },
      'Stance changed: North on Border',
      ([, matrix]) => matrix!.shadowRoot!.querySelector('[part~="cell"]'),
    ],
    [
      'a corrected quote',
      (s) => (s.quotes[0]!.text = 'We will talk about the border, and soon.'),
      { changed: { ...none, quotes: ['ana-border'] } },
      'Quote changed: Ana Example',
      ([, , card]) => card!.shadowRoot!.querySelector('[part~="base"]'),
    ],
    [
      'a cancelled event',
      (s) => (s.negotiation!.events[0]!.status = 'cancelled'),
      { changed: { ...none, events: ['first-round'] } },
      'Event cancelled: First round',
      ([status]) => status!.shadowRoot!.querySelector('[part~="event"]'),
    ],
    [
      'a new obstacle',
      (s) => s.negotiation!.obstacles.push({ id: 'line', text: 'Where the line runs', parties: ['north'] }),
      { added: { ...none, obstacles: ['line'] } },
      'New obstacle: Where the line runs',
      ([status]) => status!.shadowRoot!.querySelector('.obstacle'),
    ],
    [
      'a removed quote, position and event',
      (s) => {
        s.negotiation!.events = [{ id: 'talks-off', date: '2025-03-09', title: 'Talks called off', parties: ['north'], status: 'done' }];
        s.quotes.push({ id: 'ana-later', speaker: 'ana', text: 'Later words.', issues: ['border'] });
        s.quotes.shift();
        s.positions[0]!.evidence = ['ana-later'];
      },
      {
        added: { ...none, quotes: ['ana-later'], events: ['talks-off'] },
        changed: { ...none, positions: ['north/border'] },
        removed: { ...none, quotes: ['ana-border'], events: ['first-round'] },
      },
      'New quote: Ana Example. Quote removed: Ana Example. Position updated: North on Border. And 2 more changes',
      ([, matrix]) => matrix!.shadowRoot!.querySelector('[part~="cell"]'),
    ],
    [
      'the stage',
      (s) => {
        s.negotiation!.stages.push({ id: 'deal', label: 'Deal' });
        s.negotiation!.stage = 'deal';
      },
      {},
      'Stage changed: Deal',
      () => null,
    ],
  ];

  for (const [name, change, expected, words, changedItem] of changes) {
    it(`detects ${name}: updates in place, fires nw-update, announces it once and marks it "Changed"`, async () => {
      const file = newFile();
      await control(file, { body: body(story()) });
      const widgets = [await mountLive('negotiation-status', file), await mountLive('position-matrix', file), await mountLive('quote-card', file)];
      const updates = widgets.map((el) => record<NwUpdateDetail>(el, 'nw-update'));
      const focused = widgets[1]!.shadowRoot!.querySelector('button')!;
      focused.focus();
      await control(file, { body: body(story(change)) });
      await tick(INTERVAL, widgets);
      for (const list of updates) expect(list).to.deep.equal([{ storyId: 'fixture-talks', added: none, changed: none, removed: none, ...expected }]);
      // One announcement on the page, in reader words; focus stays where the reader left it.
      expect(announced(widgets)).to.deep.equal([words]);
      expect(widgets[1]!.shadowRoot!.activeElement).to.equal(focused);
      const item = changedItem(widgets);
      if (item !== null) {
        expect(item, 'the changed item').to.exist;
        expect(item!.querySelector('[part~="changed"]')?.textContent?.trim()).to.equal('Changed');
      }
      // The widgets show the new story, with the "Updated" time of its arrival.
      const time = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(clock.time);
      for (const el of widgets) expect(text(el)).to.contain(`Updated ${time}`);
      // The marks go after a while (checked on a later poll).
      await tick(10 * 60_000, widgets);
      for (const el of widgets) expect(el.shadowRoot!.querySelector('[part~="changed"]')).to.equal(null);
      for (const el of widgets) await expect(el).to.be.accessible();
      expect(watch.warnings).to.deep.equal([]);
    });
  }

  it("speaks the page's language: the announcement, the \"Changed\" label and the \"Updated\" line", async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    container.lang = 'uk';
    const status = await mountLive('negotiation-status', file);
    await control(file, { body: body(story((s) => s.negotiation!.events.push({ id: 'second-round', date: '2025-03-20', title: 'Second round', parties: ['north'], status: 'scheduled' }))) });
    await tick(INTERVAL, [status]);
    expect(announced([status])).to.deep.equal(['Нова подія: Second round']);
    const event = [...status.shadowRoot!.querySelectorAll('[part~="event"]')].find((li) => li.textContent!.includes('Second round'));
    expect(event!.querySelector('[part~="changed"]')!.textContent!.trim()).to.equal('Змінено');
    const time = new Intl.DateTimeFormat('uk', { hour: '2-digit', minute: '2-digit' }).format(clock.time);
    expect(text(status)).to.contain(`Оновлено о ${time}`);
  });

  it('a change shows up as it is in the widget: the new text, no blank in between', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const card = await mountLive('quote-card', file);
    const seen: string[] = [];
    const original = (card as unknown as { render(): unknown }).render;
    (card as unknown as { render(): unknown }).render = function (this: Widget) {
      const result = original.call(this);
      seen.push(String((this as Widget).loadedStory?.quotes[0]?.text));
      return result;
    };
    await control(file, { body: body(story((s) => (s.quotes[0]!.text = 'New words.'))) });
    await tick(INTERVAL, [card]);
    expect(text(card)).to.contain('New words.');
    expect(seen.every((each) => each !== 'undefined')).to.equal(true);
  });

  it("keeps the reader's place when a widget above the viewport grows (the browser's scroll anchoring, or the widget's own where there is none)", async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const status = await mountLive('negotiation-status', file);
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    const marker = document.createElement('p');
    marker.textContent = 'The paragraph the reader is on.';
    const rest = document.createElement('div');
    rest.style.height = '3000px';
    container.append(spacer, marker, rest);
    marker.scrollIntoView({ block: 'center' });
    await nextFrame();
    const top = marker.getBoundingClientRect().top;
    const height = status.getBoundingClientRect().height;
    expect(status.getBoundingClientRect().bottom, 'the widget is above the viewport').to.be.below(0);
    await control(file, {
      body: body(
        story((s) => {
          s.negotiation!.events.push({ id: 'second-round', date: '2025-03-19', title: 'Second round of talks, with a title long enough to wrap', parties: ['north', 'south'], status: 'scheduled' });
        }),
      ),
    });
    await tick(INTERVAL, [status]);
    await nextFrame();
    await nextFrame();
    expect(status.getBoundingClientRect().height, 'the widget grew').to.be.above(height);
    expect(Math.abs(marker.getBoundingClientRect().top - top), 'the paragraph moved').to.be.below(1);
  });

  it('an unchanged file (a 304) costs no re-render and no event', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const widgets = [await mountLive('position-matrix', file), await mountLive('negotiation-status', file)];
    const updates = widgets.map((el) => record<NwUpdateDetail>(el, 'nw-update'));
    let renders = 0;
    for (const el of widgets) {
      const original = (el as unknown as { render(): unknown }).render;
      (el as unknown as { render(): unknown }).render = function (this: unknown) {
        renders++;
        return original.call(this);
      };
    }
    const before = await control(file);
    await tick(INTERVAL, widgets);
    await tick(INTERVAL, widgets);
    await tick(INTERVAL, widgets);
    const after = await control(file);
    expect(after.requests - before.requests, 'requests').to.equal(3);
    // Chromium and Firefox revalidate their copy (If-None-Match) and the server answers 304 each time;
    // WebKitGTK under WebDriver sent no conditional request in our runs and got the same bytes again:
    // no re-render either way.
    expect(after.notModified - before.notModified, '304s').to.be.oneOf([0, 3]);
    expect(after.notModified - before.notModified + after.served - before.served).to.equal(3);
    expect(renders).to.equal(0);
    expect(updates.flat()).to.deep.equal([]);
  });

  it('does not poll while the page is hidden, and checks once as soon as it is visible', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const el = await mountLive('quote-card', file);
    const setVisibility = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    const start = (await control(file)).requests;
    setVisibility('hidden');
    expect(clock.pending, 'timers while hidden').to.equal(0);
    await control(file, { body: body(story((s) => (s.quotes[0]!.text = 'Said while you were away.'))) });
    await tick(10 * INTERVAL, [el]);
    expect((await control(file)).requests - start).to.equal(0);
    setVisibility('visible');
    await tick(0, [el]);
    expect((await control(file)).requests - start).to.equal(1);
    expect(text(el)).to.contain('Said while you were away.');
    // Then the normal interval again.
    expect(clock.nextDelay()).to.equal(INTERVAL);
  });

  it('backs off exponentially (with jitter) on HTTP 500s, keeps the story, warns once, and returns to the interval after a success', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const el = await mountLive('quote-card', file);
    const errors = record<NwErrorDetail>(el, 'nw-error');
    const shown = text(el);
    await control(file, { status: 500 });
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await tick(clock.nextDelay()!, [el]);
      delays.push(clock.nextDelay()!);
    }
    // random() = 0.5: each wait is 3/4 of a doubling ceiling (equal jitter), capped at 15 minutes.
    expect(delays).to.deep.equal([1.5, 3, 6, 11.25].map((n) => n * INTERVAL));
    clock.randomValue = 0;
    await tick(clock.nextDelay()!, [el]);
    expect(clock.nextDelay(), 'jitter lowers the wait').to.equal(7.5 * INTERVAL);
    expect(errors.map((e) => [e.code, e.stale])).to.deep.equal(Array(5).fill(['http', true]));
    expect(text(el)).to.contain(shown.slice(0, 40));
    expect(text(el)).to.contain('Could not refresh');
    expect(watch.warnings.length, watch.warnings.join('\n')).to.equal(1);
    await control(file, { status: 200, body: body(story((s) => (s.quotes[0]!.text = 'Back again.'))) });
    await tick(clock.nextDelay()!, [el]);
    expect(text(el)).to.contain('Back again.').and.not.contain('Could not refresh');
    expect(clock.nextDelay()).to.equal(INTERVAL);
    // A new run of failures warns again, once.
    await control(file, { status: 503 });
    await tick(INTERVAL, [el]);
    await tick(clock.nextDelay()!, [el]);
    expect(watch.warnings.length).to.equal(2);
  });

  it('a check that times out counts as a failure, then the next success recovers', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const el = await mountLive('quote-card', file, 30, { timeout: '2000' });
    const errors = record<NwErrorDetail>(el, 'nw-error');
    await control(file, { queue: [{ delayMs: 3000 }] });
    clock.advance(30_000);
    // The request is under way; the fake clock reaches the timeout before the server answers.
    await tick(2000, [el]);
    expect(errors.map((e) => [e.code, e.stale])).to.deep.equal([['timeout', true]]);
    expect(clock.nextDelay()).to.equal(1.5 * 30_000);
    await control(file, { body: body(story((s) => (s.headline = 'Recovered'))) });
    await tick(clock.nextDelay()!, [el]);
    expect(el.loadedStory?.headline).to.equal('Recovered');
    expect(clock.nextDelay()).to.equal(30_000);
    expect(watch.warnings.length).to.equal(1);
  });

  const refusals: [string, () => object | Promise<() => void>, string][] = [
    ['invalid JSON', () => ({ body: '{ "version": 1, ' }), 'invalid-json'],
    ['an invalid story', () => ({ body: body(story((s) => ((s as { version: number }).version = 3))) }), 'invalid-story'],
    ["another story's id", () => ({ body: body(story((s) => (s.id = 'another-story'))) }), 'other-story'],
    ['an older "updated"', () => ({ body: body(story((s) => (s.updated = '2025-01'))) }), 'older-story'],
    ['no "updated" where the story shown has one', () => ({ body: body(story((s) => (delete s.updated, (s.headline = 'An undated copy')))) }), 'older-story'],
    ['an HTTP 404', () => ({ status: 404 }), 'http'],
    [
      'a network error',
      async () => {
        const original = window.fetch;
        window.fetch = (input, init) => (String(input).includes('/__live/live-') && !String(input).includes('?control') ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init));
        return () => void (window.fetch = original);
      },
      'network',
    ],
  ];

  for (const [name, fault, code] of refusals) {
    it(`${name} keeps the last good story, with nw-error { stale: true, code: "${code}" } and one warning`, async () => {
      const file = newFile();
      await control(file, { body: body(story()) });
      const widgets = [await mountLive('quote-card', file), await mountLive('negotiation-status', file)];
      const errors = widgets.map((el) => record<NwErrorDetail>(el, 'nw-error'));
      const updates = widgets.map((el) => record<NwUpdateDetail>(el, 'nw-update'));
      const before = widgets.map(text);
      const patch = await fault();
      let undo: (() => void) | undefined;
      if (typeof patch === 'function') undo = patch as () => void;
      else await control(file, patch);
      try {
        await tick(INTERVAL, widgets);
        await tick(clock.nextDelay()!, widgets);
      } finally {
        undo?.();
      }
      for (const list of errors) expect(list.map((e) => [e.storyId, e.code, e.stale])).to.deep.equal(Array(2).fill(['fixture-talks', code, true]));
      expect(updates.flat()).to.deep.equal([]);
      widgets.forEach((el, i) => {
        expect(el.loadedStory?.id).to.equal('fixture-talks');
        expect(el.error).to.equal(undefined);
        expect(text(el)).to.contain(before[i]!.replace(/ ?Updated.*$/, '').slice(0, 60));
        expect(text(el)).to.contain('Could not refresh');
      });
      expect(watch.warnings.length, watch.warnings.join('\n')).to.equal(1);
      expect(watch.warnings[0]).to.contain('showing the last good story');
    });
  }

  it('a change that removes the quote a card shows keeps the card as it was (stale), and others update', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const card = await mountLive('quote-card', file, 60, { quote: 'ana-border' });
    const matrix = await mountLive('position-matrix', file);
    const errors = record<NwErrorDetail>(card, 'nw-error');
    await control(file, { body: body(story((s) => ((s.quotes[0]!.id = 'ana-renamed'), (s.positions[0]!.evidence = ['ana-renamed'])))) });
    await tick(INTERVAL, [card, matrix]);
    expect(text(card)).to.contain('We will talk about the border.');
    expect(errors.map((e) => [e.code, e.stale])).to.deep.equal([['not-found', true]]);
    expect(text(card)).to.contain('Could not refresh');
    // Still so after a check that brings nothing new.
    await tick(INTERVAL, [card, matrix]);
    expect(text(card)).to.contain('Could not refresh');
    expect(matrix.loadedStory?.quotes[0]?.id).to.equal('ana-renamed');
    expect(watch.warnings).to.deep.equal([]);
  });

  it('holds the announcement while a detail panel is open, and makes it once the panel closes', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const widgets = [await mountLive('quote-card', file), await mountLive('position-matrix', file, 60, { layout: 'table' })];
    const matrix = widgets[1]!;
    const cell = matrix.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cell"]')!;
    cell.click();
    await matrix.updateComplete;
    expect(matrix.shadowRoot!.querySelector('[part~="panel"]')).to.exist;
    await control(file, { body: body(story((s) => (s.quotes[0]!.text = 'Changed words.'))) });
    await tick(INTERVAL, widgets);
    expect(text(widgets[0]!)).to.contain('Changed words.');
    expect(announced(widgets)).to.deep.equal([]);
    matrix.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await Promise.all(widgets.map((el) => el.updateComplete));
    await Promise.all(widgets.map((el) => el.updateComplete));
    expect(announced(widgets)).to.deep.equal(['Quote changed: Ana Example']);
  });

  it('12 widgets on one URL make one request per interval, at the shortest interval any asks for', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const tags: WidgetTag[] = ['quote-card', 'position-matrix', 'negotiation-status'];
    const widgets: Widget[] = [];
    // 30 s is the floor: "10" asks for 30.
    const asked = [600, 300, 120, 90, 60, 45, 10, 600, 300, 120, 90, 60];
    for (let i = 0; i < 12; i++) widgets.push(await mountLive(tags[i % 3]!, file, asked[i]!));
    const fetches = spyFetch();
    try {
      const start = (await control(file)).requests;
      for (let i = 1; i <= 5; i++) {
        await tick(30_000, widgets);
        expect((await control(file)).requests - start).to.equal(i);
      }
      expect(fetches.requests.filter((r) => r.url.includes(file) && !r.url.includes('control')).length).to.equal(5);
      // The shortest asker leaves: the next shortest (45 s) sets the pace.
      widgets[6]!.remove();
      const from = (await control(file)).requests;
      await tick(30_000, widgets);
      expect((await control(file)).requests - from).to.equal(0);
      await tick(15_000, widgets);
      expect((await control(file)).requests - from).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('refresh() checks now; without the attribute a src widget does not poll', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const el = document.createElement('quote-card') as unknown as Widget;
    el.src = `/__live/${file}`;
    container.append(el);
    await settled(el);
    expect(clock.pending).to.equal(0);
    const start = (await control(file)).requests;
    await tick(10 * INTERVAL, [el]);
    expect((await control(file)).requests).to.equal(start);
    await control(file, { body: body(story((s) => (s.quotes[0]!.text = 'Checked on demand.'))) });
    await el.refresh();
    await el.updateComplete;
    expect(text(el)).to.contain('Checked on demand.');
    expect(clock.pending, 'still no polling').to.equal(0);
  });

  it('the refresh attribute: off unless a positive number, 30 s at least', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    for (const [value, interval] of [
      ['0', undefined],
      ['soon', undefined],
      ['-5', undefined],
      ['1', 30_000],
      ['45', 45_000],
    ] as const) {
      const el = await mountLive('quote-card', file, value);
      expect(clock.nextDelay(), value).to.equal(interval);
      el.remove();
    }
  });

  it('leaves no timers, visibility listeners or requests once the widgets are removed, even mid-check', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const added: string[] = [];
    const removed: string[] = [];
    const add = document.addEventListener;
    const remove = document.removeEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: [EventListenerOrEventListenerObject, AddEventListenerOptions?]) {
      added.push(type);
      return add.call(this, type, ...rest);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, ...rest: [EventListenerOrEventListenerObject, EventListenerOptions?]) {
      removed.push(type);
      return remove.call(this, type, ...rest);
    } as typeof document.removeEventListener;
    const fetches = spyFetch();
    try {
      const widgets = [await mountLive('quote-card', file), await mountLive('position-matrix', file), await mountLive('negotiation-status', file)];
      expect(activePollers()).to.equal(1);
      await control(file, { queue: [{ delayMs: 2000 }] });
      const polls = () => fetches.requests.filter((r) => r.url.includes(file) && !r.url.includes('?control')).slice(1);
      expect(polls().length, 'only the first load so far').to.equal(0);
      clock.advance(INTERVAL);
      const inFlight = polls();
      expect(inFlight.length).to.equal(1);
      for (const el of widgets) el.remove();
      await waitUntil(() => fetches.pending === 0, 'the check under way ends');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(inFlight[0]!.signal?.aborted, 'the check under way is aborted').to.equal(true);
      expect(activePollers()).to.equal(0);
      expect(clock.pending, 'timers').to.equal(0);
      expect(added.filter((t) => t === 'visibilitychange').length).to.equal(1);
      expect(removed.filter((t) => t === 'visibilitychange').length).to.equal(1);
      await tick(10 * INTERVAL, []);
      expect(polls().length, 'no request after removal').to.equal(1);
      expect(watch.warnings).to.deep.equal([]);
    } finally {
      fetches.restore();
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });

  it('a widget moved in the page keeps its story and goes on polling', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const el = await mountLive('quote-card', file);
    const other = document.createElement('div');
    container.append(other);
    other.append(el);
    await el.updateComplete;
    expect(activePollers()).to.equal(1);
    await control(file, { body: body(story((s) => (s.quotes[0]!.text = 'After the move.'))) });
    await tick(INTERVAL, [el]);
    expect(text(el)).to.contain('After the move.');
  });

  it('a refresh above 24 hours counts as 24 hours, with one warning: attribute and property (timers cannot wait longer)', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    // 2147484 s is just above what a timer can wait (2³¹−1 ms); 3600000 is an hour written in milliseconds.
    for (const value of ['2147484', '3600000', '1e9']) {
      watch.warnings.length = 0;
      const el = await mountLive('quote-card', file, value);
      expect(clock.nextDelay(), value).to.equal(86_400_000);
      el.refreshInterval = Number(value);
      await el.updateComplete;
      el.remove();
      container.append(el);
      await settled(el);
      expect(clock.nextDelay(), value).to.equal(86_400_000);
      expect(watch.warnings.length, watch.warnings.join('\n')).to.equal(1);
      expect(watch.warnings[0]).to.contain(`refresh ${Number(value)} is more than the 86400 s`);
      el.remove();
    }
    watch.warnings.length = 0;
    const el = await mountLive('position-matrix', file, '86400');
    expect(clock.nextDelay()).to.equal(86_400_000);
    el.refreshInterval = 2_147_484;
    await el.updateComplete;
    expect(clock.nextDelay()).to.equal(86_400_000);
    expect(watch.warnings.length, watch.warnings.join('\n')).to.equal(1);
  });

  it('a refresh beyond the range of timers does not check in a loop (real timers)', async () => {
    setLiveClock();
    const file = newFileNoCache();
    await control(file, { body: body(story()) });
    const el = await mountLive('quote-card', file, '2147484');
    const start = (await control(file)).requests;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const requests = (await control(file)).requests - start;
    el.remove();
    // Before the maximum, the timer fired at once, again and again: hundreds of requests a second.
    expect(requests, 'requests in 0.5 s').to.be.at.most(1);
  });

  it('a page flipped hidden and visible 25 times in 1.5 s checks at most once: a visibility check waits 30 s after the last check', async () => {
    const file = newFile();
    await control(file, { body: body(story()) });
    const el = await mountLive('quote-card', file);
    const setVisibility = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    await tick(INTERVAL, [el]);
    const start = (await control(file)).requests;
    for (let i = 0; i < 25; i++) {
      setVisibility('hidden');
      setVisibility('visible');
      await liveChecksSettled();
      await tick(60, [el]);
    }
    expect((await control(file)).requests - start, 'requests during the flips').to.be.at.most(1);
    // The regular timer still runs: the next check comes at the interval after the last one.
    expect(clock.nextDelay()).to.equal(INTERVAL - 25 * 60);
    // Hidden for longer than the gap: one check on return.
    setVisibility('hidden');
    await tick(40_000, [el]);
    const before = (await control(file)).requests;
    setVisibility('visible');
    await tick(0, [el]);
    expect((await control(file)).requests - before).to.equal(1);
  });

  it('src with a fragment is the same file: one load, one poller, one request per interval', async () => {
    const file = newFileNoCache();
    await control(file, { body: body(story()) });
    const start = (await control(file)).requests;
    const widgets = [
      await mountLive('quote-card', file),
      await mountLive('position-matrix', file, INTERVAL / 1000, { src: `/__live/${file}#matrix` }),
      await mountLive('negotiation-status', file, INTERVAL / 1000, { src: `/__live/${file}#` }),
    ];
    expect(activePollers()).to.equal(1);
    expect((await control(file)).requests - start, 'loads').to.equal(1);
    await tick(INTERVAL, widgets);
    expect((await control(file)).requests - start, 'one load and one check').to.equal(2);
  });

  it('"updated" never goes back: a copy without it, or dated earlier, is refused as older-story', async () => {
    const file = newFile();
    await control(file, { body: body(story((s) => (s.updated = '2025-02-20'))) });
    const el = await mountLive('quote-card', file);
    const errors = record<NwErrorDetail>(el, 'nw-error');
    const updates = record<NwUpdateDetail>(el, 'nw-update');
    await control(file, {
      body: body(
        story((s) => {
          delete s.updated;
          s.quotes[0]!.text = 'An undated copy.';
        }),
      ),
    });
    await tick(INTERVAL, [el]);
    await control(file, {
      body: body(
        story((s) => {
          s.updated = '2025-01-01';
          s.quotes[0]!.text = 'An older copy.';
        }),
      ),
    });
    await tick(clock.nextDelay()!, [el]);
    expect(el.loadedStory?.updated).to.equal('2025-02-20');
    expect(text(el)).not.to.contain('copy.');
    expect(updates).to.deep.equal([]);
    expect(errors.map((e) => [e.code, e.stale])).to.deep.equal([
      ['older-story', true],
      ['older-story', true],
    ]);
    expect(errors[0]!.message).to.contain('no "updated" date');
    // The same day or later is taken.
    await control(file, {
      body: body(
        story((s) => {
          s.updated = '2025-02-20';
          s.quotes[0]!.text = 'A correction, same day.';
        }),
      ),
    });
    await tick(clock.nextDelay()!, [el]);
    expect(text(el)).to.contain('A correction, same day.');
  });

  it('a story without "updated" takes a copy without it, and then one with it; after that the date is needed', async () => {
    const file = newFile();
    await control(file, { body: body(story((s) => delete s.updated)) });
    const el = await mountLive('quote-card', file);
    const errors = record<NwErrorDetail>(el, 'nw-error');
    await control(file, { body: body(story((s) => (delete s.updated, (s.quotes[0]!.text = 'Still undated.')))) });
    await tick(INTERVAL, [el]);
    expect(text(el)).to.contain('Still undated.');
    await control(file, { body: body(story((s) => ((s.updated = '2025-03-01'), (s.quotes[0]!.text = 'Dated now.')))) });
    await tick(INTERVAL, [el]);
    expect(text(el)).to.contain('Dated now.');
    await control(file, { body: body(story((s) => (delete s.updated, (s.quotes[0]!.text = 'Undated again.')))) });
    await tick(INTERVAL, [el]);
    expect(text(el)).to.contain('Dated now.');
    expect(errors.map((e) => e.code)).to.deep.equal(['older-story']);
  });

  it('200 changes with a panel open keep no earlier story alive, and are announced once, briefly, when it closes', async function () {
    const file = newFile();
    await control(file, { body: body(story()) });
    const widgets = [await mountLive('quote-card', file), await mountLive('position-matrix', file, 60, { layout: 'table' })];
    const matrix = widgets[1]!;
    matrix.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cell"]')!.click();
    await matrix.updateComplete;
    expect(matrix.shadowRoot!.querySelector('[part~="panel"]')).to.exist;
    const stories: WeakRef<Story>[] = [];
    for (let i = 1; i <= 200; i++) {
      await control(file, { body: body(story((s) => (s.quotes[0]!.text = `Change ${i}.`))) });
      await tick(INTERVAL, widgets);
      stories.push(new WeakRef(widgets[0]!.loadedStory!));
    }
    expect(text(widgets[0]!)).to.contain('Change 200.');
    expect(announced(widgets)).to.deep.equal([]);
    // Chromium runs the tests with --expose-gc (web-test-runner.config.mjs); the other engines
    // give a page no way to collect garbage, so there only what is announced is checked.
    const gc = (window as { gc?: () => void }).gc;
    if (gc) {
      for (let i = 0; i < 3; i++) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const alive = stories.filter((ref) => ref.deref() !== undefined).length;
      // The one shown, and at most one more (a view model being replaced); before the fix, all 200.
      expect(alive, 'stories still in memory').to.be.at.most(2);
    }
    matrix.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await Promise.all(widgets.map((el) => el.updateComplete));
    await Promise.all(widgets.map((el) => el.updateComplete));
    expect(announced(widgets)).to.deep.equal(['Quote changed: Ana Example. Quote changed: Ana Example. Quote changed: Ana Example. And 197 more changes']);
  });

  describe('a story whose first load failed', () => {
    /** Like mountLive, recording nw-error from the start (the first failure is reported while mounting). */
    async function mountFailing(tag: WidgetTag, file: string, attributes: Record<string, string> = {}): Promise<{ el: Widget; errors: NwErrorDetail[]; updates: NwUpdateDetail[] }> {
      const el = document.createElement(tag) as unknown as Widget;
      const errors = record<NwErrorDetail>(el, 'nw-error');
      const updates = record<NwUpdateDetail>(el, 'nw-update');
      el.setAttribute('src', `/__live/${file}`);
      el.setAttribute('refresh', String(INTERVAL / 1000));
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const sent = (await control(file)).requests;
      container.append(el);
      if (attributes.timeout) {
        while ((await control(file)).requests === sent) await new Promise((resolve) => setTimeout(resolve, 5));
        clock.advance(Number(attributes.timeout));
      }
      await settled(el);
      return { el, errors, updates };
    }

    /** Makes every request for live-* story files fail at the network level until undone. */
    function networkDown(): () => void {
      const original = window.fetch;
      window.fetch = (input, init) => (String(input).includes('/__live/live-') && !String(input).includes('?control') ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init));
      return () => void (window.fetch = original);
    }

    const firstFailures: [string, (file: string) => Promise<(() => void) | void>, string, Record<string, string>?][] = [
      ['a network error', async () => networkDown(), 'network'],
      ['an HTTP 500', async (file) => void (await control(file, { status: 500 })), 'http'],
      // The first load's timeout runs on the fake clock too (one request path): moved past it once the server has the request.
      ['a timeout', async (file) => void (await control(file, { queue: [{ delayMs: 3000 }] })), 'timeout', { timeout: '300' }],
      ['invalid JSON', async (file) => void (await control(file, { body: '{ "version": 1, ' })), 'invalid-json'],
      ['an invalid story', async (file) => void (await control(file, { body: body(story((s) => ((s as { version: number }).version = 3))) })), 'invalid-story'],
    ];

    for (const [name, fault, code, attributes] of firstFailures) {
      it(`after ${name}, keeps checking (backing off, silently) and shows the story once a check succeeds`, async () => {
        const file = newFile();
        await control(file, { body: body(story()) });
        const undo = await fault(file);
        const { el, errors, updates } = await mountFailing('quote-card', file, attributes);
        undo?.();
        await control(file, { status: 500, queue: [] });
        // The first failure, said once: the error in place, one nw-error, one warning.
        expect(el.loadedStory).to.equal(undefined);
        expect(el.error?.code).to.equal(code);
        expect(errors.map((e) => [e.code, e.stale])).to.deep.equal([[code, undefined]]);
        expect(watch.warnings.length, watch.warnings.join('\n')).to.equal(1);
        // The load was the first failure: the checks back off from the start (random() = 0.5: 3/4 of a doubling ceiling).
        expect(clock.nextDelay()).to.equal(1.5 * INTERVAL);
        await tick(clock.nextDelay()!, [el]);
        expect(clock.nextDelay()).to.equal(3 * INTERVAL);
        await tick(clock.nextDelay()!, [el]);
        expect(el.error?.code, 'the first error stays on screen').to.equal(code);
        expect(errors.length, 'no nw-error for the checks that failed too').to.equal(1);
        expect(watch.warnings.length, 'no warning for them either').to.equal(1);
        await control(file, { status: 200, body: body(story()) });
        await tick(clock.nextDelay()!, [el]);
        expect(el.error).to.equal(undefined);
        expect(el.loadedStory?.id).to.equal('fixture-talks');
        expect(text(el)).to.contain('We will talk about the border.').and.not.contain('Could not refresh');
        expect(updates, 'shown as it is, not as a change').to.deep.equal([]);
        expect(announced([el])).to.deep.equal([]);
        expect(clock.nextDelay(), 'then the normal interval').to.equal(INTERVAL);
        // And it is live from then on.
        await control(file, { body: body(story((s) => (s.quotes[0]!.text = 'Back, and live.'))) });
        await tick(INTERVAL, [el]);
        expect(text(el)).to.contain('Back, and live.');
        expect(updates.length).to.equal(1);
        expect(errors.length).to.equal(1);
        expect(watch.warnings.length).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }

    it('several widgets on a failing URL make one request per check, pause while the page is hidden, and stop when removed', async () => {
      const file = newFile();
      await control(file, { status: 500 });
      const widgets: Widget[] = [];
      for (const tag of ['quote-card', 'position-matrix', 'negotiation-status', 'quote-card', 'position-matrix', 'negotiation-status'] as const) widgets.push((await mountFailing(tag, file)).el);
      expect(activePollers()).to.equal(1);
      const start = (await control(file)).requests;
      await tick(clock.nextDelay()!, widgets);
      await tick(clock.nextDelay()!, widgets);
      expect((await control(file)).requests - start, 'one request per check').to.equal(2);
      const setVisibility = (state: 'hidden' | 'visible') => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
        document.dispatchEvent(new Event('visibilitychange'));
      };
      setVisibility('hidden');
      expect(clock.pending, 'no timer while hidden').to.equal(0);
      await control(file, { status: 200, body: body(story()) });
      await tick(60 * INTERVAL, widgets);
      expect((await control(file)).requests - start).to.equal(2);
      setVisibility('visible');
      await tick(0, widgets);
      expect((await control(file)).requests - start, 'one check when visible again').to.equal(3);
      for (const el of widgets) expect(el.loadedStory?.id).to.equal('fixture-talks');
      for (const el of widgets) el.remove();
      expect(activePollers()).to.equal(0);
      expect(clock.pending).to.equal(0);
      await tick(10 * INTERVAL, []);
      expect((await control(file)).requests - start).to.equal(3);
      // One warning per widget, for its own first failure; none for the checks.
      expect(watch.warnings.length, watch.warnings.join('\n')).to.equal(widgets.length);
    });

    it('a widget that loads the URL later brings its story to the widgets still waiting', async () => {
      const file = newFileNoCache();
      await control(file, { status: 500 });
      const { el: failed, errors } = await mountFailing('position-matrix', file);
      expect(failed.error?.code).to.equal('http');
      await control(file, { status: 200, body: body(story()) });
      const start = (await control(file)).requests;
      const later = await mountLive('quote-card', file);
      await failed.updateComplete;
      expect(failed.error).to.equal(undefined);
      expect(failed.loadedStory).to.equal(later.loadedStory);
      expect((await control(file)).requests - start, "only the later widget's own load").to.equal(1);
      expect(clock.nextDelay()).to.equal(INTERVAL);
      expect(errors.length).to.equal(1);
    });

    it('without refresh, a failed load is not checked again until refresh() is called', async () => {
      const file = newFileNoCache();
      await control(file, { status: 500 });
      const el = document.createElement('quote-card') as unknown as Widget;
      el.src = `/__live/${file}`;
      container.append(el);
      await settled(el);
      expect(el.error?.code).to.equal('http');
      expect(clock.pending).to.equal(0);
      const start = (await control(file)).requests;
      await tick(10 * INTERVAL, [el]);
      expect((await control(file)).requests).to.equal(start);
      await control(file, { status: 200, body: body(story()) });
      await el.refresh();
      await el.updateComplete;
      expect(el.loadedStory?.id).to.equal('fixture-talks');
      expect(clock.pending, 'still no polling').to.equal(0);
    });
  });

  it('soak: 1,000 checks with random faults end on the last good story, with one request each and bounded state', async function () {
    this.timeout(120_000);
    const file = newFile();
    await control(file, { body: body(story()) });
    const widgets = await Promise.all((['negotiation-status', 'position-matrix', 'quote-card'] as const).map((tag) => mountLive(tag, file, 30, { timeout: '1000' })));
    const errors = widgets.map((el) => record<NwErrorDetail>(el, 'nw-error'));
    const updates = widgets.map((el) => record<NwUpdateDetail>(el, 'nw-update'));
    const baseline = widgets.map((el) => el.shadowRoot!.querySelectorAll('*').length);
    // A seeded generator, so a failure can be replayed.
    let seed = 20250312;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let good = story();
    let expectedUpdates = 0;
    let expectedErrors = 0;
    let streaks = 0;
    let failing = false;
    const plan: { answer: object; timeout?: boolean }[] = [];
    for (let i = 0; i < 1000; i++) {
      const roll = random();
      let answer: object;
      let fails = true;
      let timeout = false;
      if (roll < 0.35) {
        // An editor's change: a new headline, a stance, an event added or dropped.
        const next = structuredClone(good);
        next.headline = `Soak ${i}`;
        next.positions[0]!.stance = random() < 0.5 ? 'supports' : 'opposes';
        if (random() < 0.5) next.negotiation!.events = [next.negotiation!.events[0]!, ...(next.negotiation!.events.length === 1 ? [{ id: `e${i}`, date: null, title: `Event ${i}`, parties: [], status: 'tentative' as const }] : [])];
        answer = { body: body(next) };
        fails = false;
        const changed = body(next) !== body(good);
        if (changed) expectedUpdates++;
        good = next;
      } else if (roll < 0.6) {
        answer = { body: body(good) };
        fails = false;
      } else if (roll < 0.68) answer = { status: 500 };
      else if (roll < 0.76) answer = { body: '{"version":' };
      else if (roll < 0.84) answer = { body: body({ ...good, id: 'someone-else' }) };
      else if (roll < 0.92) answer = { body: body({ ...good, updated: '2024-01' }) };
      else if (roll < 0.96) answer = { body: body({ ...good, quotes: 'none' }) };
      else {
        // Long enough that the fake clock's timeout always comes first, however busy the machine.
        answer = { delayMs: 3000, body: body(good) };
        timeout = true;
      }
      if (fails) {
        expectedErrors++;
        if (!failing) streaks++;
      }
      failing = fails;
      plan.push({ answer, timeout });
    }
    const start = (await control(file, { queue: plan.map((p) => p.answer) })).requests;
    const fetches = spyFetch();
    try {
      for (const [i, { timeout }] of plan.entries()) {
        clock.advance(clock.nextDelay()!);
        if (timeout) {
          // Time out only once the server has the request (an abort before it is sent would leave its answer queued).
          while ((await control(file)).requests < start + i + 1) await new Promise((resolve) => setTimeout(resolve, 5));
          clock.advance(1000);
        }
        await liveChecksSettled();
        await Promise.all(widgets.map((el) => el.updateComplete));
      }
      const stats = await control(file);
      expect(stats.queued, 'every answer used').to.equal(0);
      expect(fetches.requests.filter((r) => r.url.includes(file) && !r.url.includes('?control')).length, 'one request per check').to.equal(1000);
      expect(fetches.pending).to.equal(0);
      for (const el of widgets) expect(el.loadedStory).to.deep.equal(good);
      const counts = JSON.stringify({ updates: updates.map((l) => l.length), errors: errors.map((l) => l.map((e) => e.code).join(',').length && l.length), expectedUpdates, expectedErrors, codes: errors.map((l) => [...new Set(l.map((e) => e.code))]) });
      for (const list of updates) expect(list.length, counts).to.equal(expectedUpdates);
      for (const list of errors) expect(list.length, counts).to.equal(expectedErrors);
      expect(watch.warnings.length).to.equal(streaks);
      // Bounded: the shadow trees hold what the last story shows, plus the live line and marks; one poller.
      widgets.forEach((el, i) => expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(baseline[i]! + 20));
      expect(activePollers()).to.equal(1);
      expect(announced(widgets).length).to.be.at.most(1);
    } finally {
      fetches.restore();
    }
  });
});
