/**
 * Live stories: one poller per story URL per page, shared by every widget whose `refresh`
 * attribute asks for it, at the shortest interval any of them asks for. Requests revalidate
 * (`cache: 'no-cache'`: the browser sends If-None-Match / If-Modified-Since, and a 304 comes back
 * as the cached body, which costs no re-render). No polling while the page is hidden, one check
 * when it is visible again; exponential back-off with jitter on failures. A failed or refused
 * refresh never replaces the last good story. A URL whose first load failed is watched the same
 * way (its load counts as the first failure) until a check brings a valid story.
 */
import { diffStories, isEmptyDiff } from './diff.js';
import { comparePartialDates, parsePartialDate } from './dates.js';
import { storyError } from './errors.js';
import { clock } from './live-clock.js';
import { DEFAULT_TIMEOUT_MS, requestStory } from './loader.js';
import type { StoryRequest } from './loader.js';
import type { StoryDiff } from './diff.js';
import type { StoryError } from './errors.js';
import type { Story } from './story.js';

export { MAX_REFRESH_SECONDS, MIN_REFRESH_SECONDS, liveClock, refreshIntervalMs, setLiveClock } from './live-clock.js';
export type { LiveClock } from './live-clock.js';

/** Back-off never waits longer than this (or than the interval, when that is longer). */
export const MAX_BACKOFF_MS = 15 * 60_000;

/** A page that becomes visible checks at once only when its last check is at least this old (the shortest `refresh`, 30 s). */
export const VISIBLE_CHECK_GAP_MS = 30_000;

/** The longest delay `setTimeout` keeps: above it, browsers fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A change that arrived: the story before and after, their diff and the arrival time. */
export interface LiveUpdate {
  story: Story;
  previous: Story;
  diff: StoryDiff;
  at: number;
}

/**
 * One thing a change is said as: the name of a string and its values (src/shared/live-messages.ts
 * words it in the page's language). Small: it holds neither story.
 */
export interface LiveMessage {
  key: string;
  values: Record<string, string>;
}

/** What waits to be said while a panel is open: the first messages, and how many others. Its size is bounded however many changes arrive. */
export interface LiveAnnouncement {
  messages: LiveMessage[];
  more: number;
}

/** At most this many changes are named in one announcement (and held while a panel is open); the rest are counted. */
export const NAMED_MESSAGES = 3;

/** What a widget gives the poller. */
export interface LiveSubscriber {
  /** Milliseconds between checks; `Infinity` for a widget that only checks when asked (`refresh()`). */
  intervalMs: number;
  timeoutMs: number;
  /** A newer, valid story of the same id arrived. */
  update(update: LiveUpdate): void;
  /** The URL's first good story arrived (its first load had failed): shown as it is, not as a change. */
  recovered(story: Story): void;
  /** A check failed or was refused; `error.stale` is set. */
  stale(error: StoryError): void;
  /** A check succeeded (changed or not), at `now`. */
  checked(now: number): void;
  /** Whether the reader has a detail panel open in this widget (announcements wait). */
  panelOpen(): boolean;
  /** What `update` is said as, worked out when it arrives (what is held keeps no story alive). */
  messages(update: LiveUpdate): LiveMessage[];
  /** Says what arrived out loud (a polite live region); called on one widget per URL. */
  announce(announcement: LiveAnnouncement): void;
}

export interface LiveHandle {
  /**
   * The latest good story for the URL (newer than the widget's own when a change arrived before it
   * subscribed; undefined while no load of the URL has succeeded yet).
   */
  readonly story: Story | undefined;
  /** Checks now (or joins the check under way). */
  refresh(): Promise<void>;
  /** Call after the subscriber's interval or timeout changed. */
  reconfigure(): void;
  /** Announces what waits for a closed panel, if every panel is closed now. */
  flush(): void;
  release(): void;
}

const pollers = new Map<string, Poller>();

/**
 * Subscribes a widget to its story URL, starting the URL's poller with `story` as the last good
 * version. Without a story (the widget's load of the URL failed), the poller checks until a valid
 * story arrives (`recovered`); a widget that loaded the URL meanwhile brings that story to everyone.
 */
export function watchStory(url: string, story: Story | undefined, subscriber: LiveSubscriber): LiveHandle {
  let poller = pollers.get(url);
  if (!poller) {
    poller = new Poller(url, story);
    pollers.set(url, poller);
  } else if (story && !poller.story) {
    poller.recover(story);
  }
  const current = poller;
  current.add(subscriber);
  let released = false;
  return {
    get story() {
      return current.story;
    },
    refresh: () => (released ? Promise.resolve() : current.check()),
    reconfigure: () => void (released || current.schedule()),
    flush: () => void (released || current.announce()),
    release() {
      if (released) return;
      released = true;
      current.remove(subscriber);
    },
  };
}

/** For tests: how many URLs are being watched. */
export function activePollers(): number {
  return pollers.size;
}

/** For tests: resolves when every check under way has finished. */
export async function liveChecksSettled(): Promise<void> {
  while ([...pollers.values()].some((poller) => poller.busy)) await Promise.all([...pollers.values()].map((poller) => poller.busy));
}

class Poller {
  private subscribers = new Set<LiveSubscriber>();
  private text?: string;
  private failures = 0;
  private warned = false;
  private timer?: unknown;
  private lastCheck: number;
  private inFlight?: Promise<void>;
  private request?: StoryRequest;
  /** Changes not announced yet (a panel is open): their words' data only, bounded, never the stories. */
  private pending?: LiveAnnouncement;
  private listening = false;

  constructor(
    readonly url: string,
    public story: Story | undefined,
  ) {
    this.lastCheck = clock.now();
    if (!story) {
      // The widget's own load just failed and said so (one warning, one nw-error): that was the
      // first failure, so the checks back off from the start, and stay silent until one succeeds.
      this.failures = 1;
      this.warned = true;
    }
  }

  add(subscriber: LiveSubscriber): void {
    this.subscribers.add(subscriber);
    if (!this.listening && typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', this.handleVisibility);
      this.listening = true;
    }
    this.schedule();
  }

  remove(subscriber: LiveSubscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size > 0) {
      this.schedule();
      return;
    }
    // Nobody shows this URL any more: no timer, no listener, no request left behind.
    this.clearTimer();
    this.request?.release();
    if (this.listening) document.removeEventListener('visibilitychange', this.handleVisibility);
    this.listening = false;
    if (pollers.get(this.url) === this) pollers.delete(this.url);
  }

  private get interval(): number {
    let shortest = Infinity;
    for (const subscriber of this.subscribers) shortest = Math.min(shortest, subscriber.intervalMs);
    return shortest;
  }

  private get timeout(): number {
    let longest = 0;
    for (const subscriber of this.subscribers) longest = Math.max(longest, subscriber.timeoutMs);
    return longest || DEFAULT_TIMEOUT_MS;
  }

  /** Arms the next check: the interval after the last check, or a back-off after failures. */
  schedule(): void {
    this.clearTimer();
    const interval = this.interval;
    if (this.inFlight || !Number.isFinite(interval) || isHidden()) return;
    let delay: number;
    if (this.failures > 0) {
      // Exponential, capped, with "equal jitter" so the readers of a failing file don't return in step.
      const ceiling = Math.min(interval * 2 ** this.failures, Math.max(MAX_BACKOFF_MS, interval));
      delay = ceiling / 2 + (clock.random() * ceiling) / 2;
    } else {
      delay = interval;
    }
    // Never beyond what a timer can wait (2³¹−1 ms): a longer delay would fire at once, in a loop.
    const wait = Math.min(Math.max(0, this.lastCheck + delay - clock.now()), MAX_TIMER_MS);
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, wait);
  }

  get busy(): Promise<void> | undefined {
    return this.inFlight;
  }

  check(): Promise<void> {
    if (!this.inFlight) {
      this.clearTimer();
      this.inFlight = this.fetchOnce().finally(() => {
        this.inFlight = undefined;
        this.lastCheck = clock.now();
        if (this.subscribers.size) this.schedule();
      });
    }
    return this.inFlight;
  }

  announce(): void {
    const { pending } = this;
    const subscribers = [...this.subscribers];
    if (!pending || !subscribers.length || subscribers.some((subscriber) => subscriber.panelOpen())) return;
    this.pending = undefined;
    subscribers[0]!.announce(pending);
  }

  /** Adds an update's messages to what waits to be said: the first few by name, the others as a count. */
  private hold(messages: LiveMessage[]): void {
    const held = (this.pending ??= { messages: [], more: 0 });
    for (const message of messages) {
      if (held.messages.length < NAMED_MESSAGES) held.messages.push(message);
      else held.more++;
    }
  }

  private readonly handleVisibility = (): void => {
    if (isHidden()) this.clearTimer();
    // Visible again: one check now, unless the last one was less than VISIBLE_CHECK_GAP_MS ago
    // (a tab flipped back and forth); then the regular timer.
    else if (Number.isFinite(this.interval)) void (clock.now() - this.lastCheck >= VISIBLE_CHECK_GAP_MS ? this.check() : this.schedule());
  };

  private clearTimer(): void {
    if (this.timer !== undefined) clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async fetchOnce(): Promise<void> {
    // The same request path as a first load (loader.ts): one request per URL at a time, its timeout, abort when nobody watches.
    const { url } = this;
    const request = requestStory(url, this.timeout, true);
    this.request = request;
    const result = await request.promise;
    request.release();
    if (this.request === request) this.request = undefined;
    if (!this.subscribers.size) return;
    if (!result.ok) return this.fail(result.error);
    const { text } = result;
    // The same bytes (a 304 answered from the browser's cache, typically): nothing to compare or render.
    if (text === this.text) return this.succeed();
    const story = result.value;
    const previous = this.story;
    if (!previous) {
      this.text = text;
      return this.recover(story);
    }
    if (story.id !== previous.id) {
      return this.fail(storyError('other-story', `${url} now holds story "${story.id}", not "${previous.id}": kept the story shown (was the wrong file uploaded?)`));
    }
    // `updated` never goes back: a copy dated before the story shown, or without the date the story
    // shown has, is an old copy (from a cache, a backup) and is refused. Without a date on the story
    // shown, any valid copy is taken; once one has a date, every later copy needs one.
    const was = parsePartialDate(previous.updated);
    const now = parsePartialDate(story.updated);
    if (was && (!now || comparePartialDates(now, was) < 0)) {
      return this.fail(storyError('older-story', `${url} holds an older version of "${story.id}" (${now ? `updated ${story.updated}` : 'no "updated" date'}, not ${previous.updated}): kept the newer story shown (an old copy from a cache?)`));
    }
    this.text = text;
    const diff = diffStories(previous, story);
    if (isEmptyDiff(diff)) return this.succeed();
    this.story = story;
    const update: LiveUpdate = { story, previous, diff, at: clock.now() };
    const subscribers = [...this.subscribers];
    for (const subscriber of subscribers) subscriber.update(update);
    this.hold(subscribers[0]!.messages(update));
    this.succeed();
    this.announce();
  }

  /** The first good story of a URL whose load had failed: every widget shows it, and checks go on at the interval. */
  recover(story: Story): void {
    this.story = story;
    this.lastCheck = clock.now();
    for (const subscriber of [...this.subscribers]) subscriber.recovered(story);
    this.succeed();
    this.schedule();
  }

  private succeed(): void {
    this.failures = 0;
    this.warned = false;
    const now = clock.now();
    for (const subscriber of [...this.subscribers]) subscriber.checked(now);
  }

  private fail(error: StoryError): void {
    this.failures++;
    const stale: StoryError = { ...error, stale: true };
    if (!this.warned) {
      // Once per run of failures and URL, however many widgets show it.
      this.warned = true;
      console.warn(`negotiation-widgets: ${stale.message}; showing the last good story.`);
    }
    for (const subscriber of [...this.subscribers]) subscriber.stale(stale);
  }
}

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}
