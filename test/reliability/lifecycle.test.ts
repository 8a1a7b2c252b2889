import { expect, waitUntil } from '@open-wc/testing';
import { clearStoryCache } from '../../src/data/loader.js';
import { WIDGETS, makeContainer, settled, spyFetch } from './harness.js';
import type { Widget } from './harness.js';

const CYCLES = 1000;
const FIXTURE = '/test/fixtures/story.json';

/** Counts what outlives the code that created it: timers, intervals and window/document listeners. */
function instrument() {
  const timers = new Set<unknown>();
  const intervals = new Set<unknown>();
  const listeners = new Map<string, number>();
  // Typed loosely: the DOM and Node typings of timers disagree, and only ids matter here.
  type SetTimer = (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
  type ClearTimer = (id?: number) => void;
  const timerApi = window as unknown as { setTimeout: SetTimer; clearTimeout: ClearTimer; setInterval: SetTimer; clearInterval: ClearTimer };
  const saved = {
    setTimeout: timerApi.setTimeout,
    clearTimeout: timerApi.clearTimeout,
    setInterval: timerApi.setInterval,
    clearInterval: timerApi.clearInterval,
    windowAdd: window.addEventListener,
    windowRemove: window.removeEventListener,
    documentAdd: document.addEventListener,
    documentRemove: document.removeEventListener,
  };
  timerApi.setTimeout = (handler, ms, ...args) => {
    const id = saved.setTimeout.call(window, (...a: unknown[]) => {
      timers.delete(id);
      handler(...a);
    }, ms, ...args);
    // The test helpers' own timers (waitUntil's deadline, left to lapse) are not the widgets'.
    if (!String(new Error().stack).includes('@open-wc')) timers.add(id);
    return id;
  };
  timerApi.clearTimeout = (id) => {
    timers.delete(id);
    saved.clearTimeout.call(window, id);
  };
  timerApi.setInterval = (handler, ms, ...args) => {
    const id = saved.setInterval.call(window, handler, ms, ...args);
    intervals.add(id);
    return id;
  };
  timerApi.clearInterval = (id) => {
    intervals.delete(id);
    saved.clearInterval.call(window, id);
  };
  const count = (target: string, add: typeof window.addEventListener, remove: typeof window.removeEventListener, on: EventTarget) => {
    const pairs = new Set<string>();
    on.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) {
        const key = `${target}:${type}`;
        if (!pairs.has(`${key}:${listenerId(listener)}`)) listeners.set(key, (listeners.get(key) ?? 0) + 1);
        pairs.add(`${key}:${listenerId(listener)}`);
      }
      return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
    };
    on.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener && pairs.delete(`${target}:${type}:${listenerId(listener)}`)) listeners.set(`${target}:${type}`, listeners.get(`${target}:${type}`)! - 1);
      return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
    };
  };
  count('window', saved.windowAdd, saved.windowRemove, window);
  count('document', saved.documentAdd, saved.documentRemove, document);
  return {
    left: () => ({
      timers: timers.size,
      intervals: intervals.size,
      listeners: [...listeners].filter(([, n]) => n > 0).map(([key, n]) => `${key} ×${n}`),
    }),
    restore: () => Object.assign(timerApi, {
      setTimeout: saved.setTimeout,
      clearTimeout: saved.clearTimeout,
      setInterval: saved.setInterval,
      clearInterval: saved.clearInterval,
    }) && Object.assign(window, { addEventListener: saved.windowAdd, removeEventListener: saved.windowRemove }) && Object.assign(document, { addEventListener: saved.documentAdd, removeEventListener: saved.documentRemove }),
  };
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function listenerId(listener: object): number {
  if (!ids.has(listener)) ids.set(listener, ++nextId);
  return ids.get(listener)!;
}

/** Like `settled`, without its 50 ms polling when the story is at hand (built in, or already fetched). */
async function rendered(el: Widget): Promise<void> {
  for (let i = 0; i < 3 && el.loadedStory === undefined && el.error === undefined; i++) await el.updateComplete;
  if (el.loadedStory === undefined && el.error === undefined) await settled(el);
  await el.updateComplete;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('lifecycle', function () {
  this.timeout(120_000);

  for (const [route, configure] of [
    ['the built-in story', (_el: Widget) => {}],
    ['src', (el: Widget) => (el.src = FIXTURE)],
  ] as const) {
    it(`leaves no timers, window or document listeners or pending fetches after ${CYCLES} cycles, the three widgets in turn (${route})`, async () => {
      clearStoryCache();
      const container = makeContainer();
      const fetches = spyFetch();
      const probe = instrument();
      try {
        for (let i = 0; i < CYCLES; i++) {
          const tag = WIDGETS[i % WIDGETS.length]!;
          const el = document.createElement(tag) as unknown as Widget;
          configure(el);
          if (tag === 'negotiation-status') (el as unknown as { live: boolean }).live = i % 2 === 0; // the live clock arms a timer
          container.append(el);
          await rendered(el);
          expect(el.error?.message).to.equal(undefined);
          el.remove();
        }
        await frame();
        await frame();
        await waitUntil(() => fetches.pending === 0, 'fetches still pending', { timeout: 3000 });
        expect(probe.left()).to.deep.equal({ timers: 0, intervals: 0, listeners: [] });
        expect(fetches.requests.length, 'requests').to.equal(route === 'src' ? 1 : 0);
      } finally {
        probe.restore();
        fetches.restore();
        container.remove();
      }
    });
  }

  it('leaves no pending fetch or timer when every widget is removed mid-request', async () => {
    clearStoryCache();
    const container = makeContainer();
    const fetches = spyFetch();
    const probe = instrument();
    try {
      for (let i = 0; i < 20; i++) {
        const el = document.createElement(WIDGETS[i % WIDGETS.length]!);
        el.src = `/__slow/2000${FIXTURE}?lifecycle-${Date.now()}-${i}`;
        container.append(el);
        await el.updateComplete;
        el.remove();
      }
      await frame();
      await frame();
      await waitUntil(() => fetches.pending === 0, 'fetches still pending', { timeout: 1500 });
      expect(fetches.requests.every((r) => r.signal?.aborted)).to.equal(true);
      expect(probe.left()).to.deep.equal({ timers: 0, intervals: 0, listeners: [] });
    } finally {
      probe.restore();
      fetches.restore();
      container.remove();
    }
  });
});
