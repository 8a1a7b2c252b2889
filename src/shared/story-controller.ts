/**
 * Where a widget's story comes from, and what state it is in. In order of precedence: the `story`
 * property, an inline `<script type="application/json">` child, `src`, `story-id`, else the
 * built-in story. A source that fails never falls back to another. The element reads `story` and
 * `error`; only this controller (and the live side it loads, through `show`) sets them.
 */
import { isServer } from 'lit';
import { storyError } from '../data/errors.js';
import { checkStory, parseStory, readTimeout, requestStory, resolveUrl } from '../data/loader.js';
import { clock, refreshIntervalMs } from '../data/live-clock.js';
import { DEFAULT_STORY_ID } from '../data/stories/default-id.js';
import { builtInStories } from '../data/stories/lazy.js';
import { providedBuiltIns } from '../data/stories/provided.js';
import { reportError } from './events.js';
import { loadLiveCode } from './live-loader.js';
import type { PropertyValues, ReactiveController, ReactiveElement, TemplateResult, nothing } from 'lit';
import type { LoadResult, StoryError } from '../data/errors.js';
import type { StoryRequest } from '../data/loader.js';
import type { BuiltInStories } from '../data/stories/lazy.js';
import type { DiffKind } from '../data/diff.js';
import type { Story } from '../data/story.js';
import type { Locale } from './i18n.js';
import type { LiveController } from './live-controller.js';

/** The element a story controller serves: its public source properties. */
export type StoryHost = ReactiveElement & { story?: unknown; src?: string; storyId?: string; timeout: number; refreshInterval?: number; readonly error?: StoryError };

/** What the element tells its controller besides its properties. */
export interface StoryHostView {
  /** Why the widget could not show `story` (it took away the widget's quote, party…), if so. */
  refuses(story: Story): StoryError | undefined;
  locale(): Locale;
}

type SourceState = { status: 'loading' } | { status: 'ready'; story: Story } | { status: 'error'; error: StoryError };

/** Validated once per object, however many widgets share it. */
const checkedObjects = new WeakMap<object, LoadResult<Story>>();

/** The built-in stories module once it has arrived, so later widgets get it synchronously. */
let loadedBuiltIns: BuiltInStories | undefined;

/** The live code failed to load: warned about once per page (each widget still fires its `nw-error`). */
let warnedLiveFailure = false;

export class StoryController implements ReactiveController {
  #state: SourceState = { status: 'loading' };
  /** When the story arrived, for the "Updated" line of a `src` story without an `updated` date. */
  arrivedAt?: number;
  /** The element has fallback content (shown while loading and when the story fails). */
  hasFallback = false;
  #inlineJson?: string;
  /** Where a JSON script was found that the widget does not read (nested too deep), for the error. */
  #misplacedJson?: string;
  #request?: StoryRequest;
  #requestAbandoned = false;
  #loadToken = 0;
  #warnedTimeout?: string;
  #reportedError?: StoryError;
  /** What the widget waits for before it can show the story (a language's strings, the built-in stories, the live code). */
  #waiting = new Set<Promise<unknown>>();
  /** The live side (`refresh`), once its code has loaded. */
  live?: LiveController;
  #liveFailed = false;

  constructor(
    readonly host: StoryHost,
    readonly view: StoryHostView,
  ) {
    host.addController(this);
  }

  get story(): Story | undefined {
    return this.#state.status === 'ready' ? this.#state.story : undefined;
  }

  get error(): StoryError | undefined {
    return this.#state.status === 'error' ? this.#state.error : undefined;
  }

  hostConnected(): void {
    this.#readLightDom();
    if (this.#requestAbandoned) this.#resolve();
    // Once loaded, the live side reconnects itself.
    else if (!this.live) this.#syncLive();
  }

  hostDisconnected(): void {
    if (this.#request) {
      this.#request.release();
      this.#request = undefined;
      this.#requestAbandoned = true;
      // The request may now be aborted: its failure is not this widget's to show or warn about.
      this.#loadToken++;
    }
  }

  /** From the element's `willUpdate`: a new source is resolved; a new `refresh` or `timeout` reaches the live side. */
  hostChanged(changed: PropertyValues, first: boolean): void {
    if (first || changed.has('story') || changed.has('src') || changed.has('storyId')) this.#resolve();
    else if (changed.has('refreshInterval') || changed.has('timeout')) this.#syncLive();
  }

  hostUpdated(): void {
    const { error } = this.host;
    if (error && error !== this.#reportedError) reportError(this.host, { storyId: this.#errorStoryId(), code: error.code, message: error.message });
    this.#reportedError = error;
  }

  /** The `src` story's absolute URL, when `src` is the source in use (not the story property or inline JSON). */
  url(): string | undefined {
    const { host } = this;
    return host.src && host.story === undefined && this.#inlineJson === undefined ? resolveUrl(host.src) : undefined;
  }

  /** Shows `story`: a change a refresh brought, or the first good version after a failed load. */
  show(story: Story): void {
    if (this.#state.status !== 'ready') this.arrivedAt = clock.now();
    this.#state = { status: 'ready', story };
    this.host.requestUpdate();
  }

  /** Waited for by `settled()`; the host updates when it is done. */
  wait(promise: Promise<unknown>): void {
    if (this.#waiting.has(promise)) return;
    this.#waiting.add(promise);
    void promise.then(() => {
      this.#waiting.delete(promise);
      this.host.requestUpdate();
    });
  }

  /** Waits for what the widget fetches for itself (strings, built-in stories, live code; not `src`); false when nothing was pending. */
  async settled(): Promise<boolean> {
    if (!this.#waiting.size) return false;
    await Promise.all(this.#waiting);
    return true;
  }

  /** `refresh()`: checks the `src` story now; retries a `src` story that failed to load. */
  async refresh(): Promise<void> {
    if (!this.url()) return;
    if (this.error && !this.live?.handle) {
      this.#resolve();
      await this.#request?.promise;
      return;
    }
    const live = this.live ?? (await this.#loadLive());
    if (!live) return;
    if (!live.handle) live.sync(true);
    await live.handle?.refresh();
  }

  /** The "Changed" label for an item a refresh changed. */
  renderChanged(kind: DiffKind, id: string): TemplateResult | typeof nothing | undefined {
    return this.live?.renderChanged(kind, id);
  }

  /** The "Updated" line and the polite live region, while the widget watches its `src` story. */
  renderLive(): TemplateResult | undefined {
    return this.live?.handle && this.live.renderRegion();
  }

  #errorStoryId(): string | null {
    const { host } = this;
    return this.story?.id ?? host.storyId ?? (host.src || this.#inlineJson !== undefined || this.#misplacedJson ? null : DEFAULT_STORY_ID);
  }

  /**
   * Starts, reconfigures or stops watching `src`. The live code (the poller, the diff, the
   * announcements) loads the first time a widget has `refresh` or is asked to `refresh()`.
   */
  #syncLive(): void {
    const { host } = this;
    if (this.live) this.live.sync();
    else if (host.isConnected && host.src && refreshIntervalMs(host.refreshInterval) !== undefined) {
      // Once loaded, the live controller joins the element and syncs itself (hostConnected).
      this.wait(this.#loadLive());
    }
  }

  /** The live controller, or nothing when its code could not be loaded (reported; the story stays on screen). */
  #loadLive(): Promise<LiveController | undefined> {
    return loadLiveCode(readTimeout(this.host.timeout).ms).then(
      ({ LiveController }) => (this.live ??= new LiveController(this)),
      (reason: Error & { code?: 'network' | 'timeout' }): undefined => {
        if (this.#liveFailed) return;
        this.#liveFailed = true;
        // Often before the story arrived: the live code loads alongside it.
        reportError(this.host, { storyId: this.story?.id ?? null, code: reason.code ?? 'network', message: `${reason.message}; live updates are off` }, !warnedLiveFailure);
        warnedLiveFailure = true;
      },
    );
  }

  /**
   * Reads the inline story: a JSON script that is a child of the element, or of a `<template>`
   * child (some CMSs keep scripts inert that way). Its `type` is read as browsers read MIME types
   * (any case, surrounding spaces, parameters). One nested deeper is not read, and is an error
   * rather than a silent switch to the built-in story.
   */
  #readLightDom(): void {
    const { host } = this;
    // Most widgets have no children: spare them the searches.
    if (!host.firstChild) {
      this.#inlineJson = this.#misplacedJson = undefined;
      this.hasFallback = false;
      return;
    }
    const children = Array.from(host.children);
    const templates = children.filter((child): child is HTMLTemplateElement => child.localName === 'template');
    const script = children.find(isJsonScript) ?? templates.map((t) => Array.from(t.content.children).find(isJsonScript)).find(Boolean);
    this.#inlineJson = script?.textContent ?? undefined;
    const nested = script ? undefined : Array.from(host.querySelectorAll('script')).find(isJsonScript);
    this.#misplacedJson = nested ? `<${nested.parentElement!.localName}>` : undefined;
    this.hasFallback = Array.from(host.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !['script', 'template'].includes((node as Element).localName)
        : node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
  }

  #set(state: SourceState): void {
    this.#state = state;
    this.host.requestUpdate();
  }

  #resolve(): void {
    const token = ++this.#loadToken;
    const { host } = this;
    this.live?.reset();
    this.#request?.release();
    this.#request = undefined;
    this.#requestAbandoned = false;
    if (host.story !== undefined) {
      this.#set(toState(checkObject(host.story)));
    } else if (this.#inlineJson !== undefined) {
      this.#set(toState(parseStory(this.#inlineJson, 'The inline story JSON')));
    } else if (this.#misplacedJson && !host.src && !host.storyId) {
      const message = `The inline story JSON is inside ${this.#misplacedJson}: put the <script type="application/json"> directly inside <${host.localName}>`;
      this.#set({ status: 'error', error: storyError('invalid-json', message) });
    } else if (host.src) {
      // A server renders the loading state (and the fallback content); the browser fetches.
      if (isServer) return this.#set({ status: 'loading' });
      const url = resolveUrl(host.src);
      if (!url) return this.#set({ status: 'error', error: storyError('network', `"${host.src}" is not an http: or https: address`) });
      this.#set({ status: 'loading' });
      const timeout = readTimeout(host.timeout);
      if (timeout.problem && timeout.problem !== this.#warnedTimeout) {
        this.#warnedTimeout = timeout.problem;
        console.warn(`<${host.localName}>: ${timeout.problem}.`);
      }
      const request = (this.#request = requestStory(url, timeout.ms));
      void request.promise.then((result) => {
        if (token !== this.#loadToken) return;
        // Settled: nothing left to abort, so a move in the DOM keeps the story without re-resolving it.
        this.#request = undefined;
        this.arrivedAt = clock.now();
        this.#set(toState(result));
        this.#syncLive();
      });
    } else {
      const stories = loadedBuiltIns ?? providedBuiltIns ?? builtInStories();
      if (stories instanceof Promise) {
        this.#set({ status: 'loading' });
        return this.wait(
          stories.then((result) => {
            if (result.ok) loadedBuiltIns = result.value;
            if (token !== this.#loadToken) return;
            if (result.ok) this.#resolve();
            else this.#set({ status: 'error', error: result.error });
          }),
        );
      }
      loadedBuiltIns = stories;
      const id = host.storyId || DEFAULT_STORY_ID;
      const story = stories.getBuiltInStory(id);
      const known = stories.builtInStoryIds().map((name) => `"${name}"`).join(', ');
      this.#set(story ? { status: 'ready', story } : { status: 'error', error: storyError('not-found', `No built-in story "${id}" (built in: ${known}).`) });
    }
  }
}

function checkObject(value: unknown): LoadResult<Story> {
  if (typeof value !== 'object' || value === null) return checkStory(value, 'The story property');
  let result = checkedObjects.get(value);
  if (!result) {
    result = checkStory(value, 'The story property');
    checkedObjects.set(value, result);
  }
  return result;
}

function isJsonScript(element: Element): element is HTMLScriptElement {
  return element.localName === 'script' && (element.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

function toState(result: LoadResult<Story>): SourceState {
  return result.ok ? { status: 'ready', story: result.value } : { status: 'error', error: result.error };
}
