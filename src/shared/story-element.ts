import { LitElement, ReactiveElement, adoptStyles, css, html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { storyError } from '../data/errors.js';
import { checkStory, parseStory, readTimeout, requestStory } from '../data/loader.js';
import { liveClock, refreshIntervalMs, watchStory } from '../data/live.js';
import { announcementFor } from './live-messages.js';
import { formatPartialDate } from './format.js';
import { DEFAULT_STORY_ID } from '../data/stories/default-id.js';
import { builtInStories } from '../data/stories/lazy.js';
import { providedBuiltIns } from '../data/stories/provided.js';
import { serverPartyColors } from './party-color.js';
import { format, loadLanguage, localeFor, pageLanguage } from './i18n.js';
import { LIBRARY_BRAND } from './define.js';
import { hostStyles } from './styles.js';
import type { PropertyValues, TemplateResult } from 'lit';
import type { LoadResult, StoryError } from '../data/errors.js';
import type { Story } from '../data/story.js';
import type { StoryRequest } from '../data/loader.js';
import type { BuiltInStories } from '../data/stories/lazy.js';
import type { DiffIds, DiffKind } from '../data/diff.js';
import type { LiveHandle, LiveSubscriber, LiveUpdate } from '../data/live.js';
import type { Locale } from './i18n.js';

export type Theme = 'page' | 'light' | 'dark' | 'auto';

/** `detail` of the `nw-error` event. */
export interface NwErrorDetail {
  /** The story involved, when known. */
  storyId: string | null;
  code: StoryError['code'];
  message: string;
  /** True when a refresh failed and the widget still shows the last good story. */
  stale?: boolean;
}

/** `detail` of the `nw-update` event: ids of what a refresh added, changed and removed (a position's id is `party/issue`). */
export interface NwUpdateDetail {
  storyId: string;
  added: DiffIds;
  changed: DiffIds;
  removed: DiffIds;
}

/** How long an item that changed on a refresh keeps its "Changed" mark. */
export const CHANGED_MARK_MS = 10 * 60_000;

type SourceState =
  | { status: 'loading' }
  | { status: 'ready'; story: Story }
  | { status: 'error'; error: StoryError };

/** The "Updated" line and the "Changed" label: small, muted text; the label is a word, not a colour. */
const liveStyles = css`
  .updated {
    margin: var(--_space-xs) 0 0;
    font-size: var(--_font-size-note);
    color: var(--_muted);
  }
  .changed {
    display: inline-block;
    /* Its own width, also as a flex or grid item. */
    inline-size: fit-content;
    align-self: flex-start;
    justify-self: start;
    margin-inline-start: var(--_space-xs);
    padding: 0 var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-size-note);
    font-weight: 600;
    line-height: 1.4;
    color: var(--_fg);
  }
`;

/** Validated once per object, however many widgets share it. */
const checkedObjects = new WeakMap<object, LoadResult<Story>>();

/** The built-in stories module once it has arrived, so later widgets get it synchronously. */
let loadedBuiltIns: BuiltInStories | undefined;

/** Languages whose strings failed to load, warned about once per page. */
const failedLanguages = new Set<string>();

/**
 * The data layer every widget shares: finds the story (in order of precedence: the `story`
 * property, an inline `<script type="application/json">` child, `src`, `story-id`, else the
 * built-in story), validates it, reads the page's language, and reports failures in place,
 * as an `nw-error` event and as one console warning. A source that fails never falls back to
 * another. Light-DOM fallback content stays visible while loading and when the data fails.
 *
 * Subclasses turn the story into a view model (`buildModel`) and render it (`renderModel`).
 *
 * With `refresh` (seconds, at least 30) a `src` story is checked for changes while the page is
 * visible: a change updates the widget in place, is announced politely, and marks what changed;
 * a failed check keeps the last good story on screen.
 *
 * @fires nw-error - The story or the requested item could not be shown, or (`stale: true`) a refresh failed and the last good story stays. `detail`: `{ storyId, code, message, stale? }`.
 * @fires nw-update - A refresh brought a changed story. `detail`: `{ storyId, added, changed, removed }`, each `{ quotes, positions, events, obstacles }` (ids).
 * @csspart base - The outer wrapper.
 * @csspart updated - The "Updated 14:32" line of a live widget.
 * @csspart changed - The "Changed" label on an item a refresh changed.
 */
export abstract class StoryElement<Model> extends LitElement {
  static override styles = [hostStyles, liveStyles];

  /**
   * Tells this library's classes apart from another script's owner of the same tag.
   * @internal
   */
  static readonly brand = LIBRARY_BRAND;

  /** The story as an object; takes precedence over every other source. */
  @property({ attribute: false }) story?: unknown;

  /** URL of a story JSON file, fetched once per page however many widgets use it. */
  @property() src?: string;

  /** Id of a built-in story. */
  @property({ attribute: 'story-id' }) storyId?: string;

  /** Colour scheme: `page` (inherit the page's `color-scheme`), `light`, `dark` or `auto` (the reader's OS). */
  @property({ reflect: true }) theme: Theme = 'page';

  /** How long to wait for `src`, in milliseconds (above 0, at most 2³¹−1; otherwise 10 s, with a warning). */
  @property({ type: Number }) timeout: number = 10_000;

  /** Checks `src` for changes every this many seconds (at least 30) while the page is visible; off when unset or 0. */
  @property({ attribute: 'refresh', type: Number }) refreshInterval?: number;

  @state() private source: SourceState = { status: 'loading' };

  /** The view model, when the story is ready and the widget's own checks passed. */
  protected model?: Model;
  protected locale: Locale = localeFor('en');
  private modelError?: StoryError;
  private request?: StoryRequest;
  private requestAbandoned = false;
  private loadToken = 0;
  private reportedError?: StoryError;
  private inlineJson?: string;
  /** Where a JSON script was found that the widget does not read (nested too deep), for the error. */
  private misplacedJson?: string;
  private warnedTimeout?: string;
  private hasFallback = false;
  private liveHandle?: LiveHandle;
  private liveUrl?: string;
  /** When a refresh last brought a change (ms since the epoch), for the "Updated" line. */
  private updatedAt?: number;
  /** When the `src` story arrived, for the "Updated" line of a story without an `updated` date. */
  private arrivedAt?: number;
  /** `kind:id` of items a refresh changed → until when they are marked. */
  private marks = new Map<string, number>();
  private staleError?: StoryError;
  /** The last change was refused by this widget's own checks (it took away what the widget shows). */
  private refusedUpdate = false;
  private announcement = '';
  /** Server-rendered content (a declarative shadow root) still on screen, until the first render that is not the loading state. */
  private serverContent = false;
  /** What the widget waits for before it can show the story (a language's strings, the built-in stories). */
  private waiting = new Set<Promise<unknown>>();

  /** Turns a valid story into what `renderModel` shows, or an error (`not-found`, `missing-part`). */
  protected abstract buildModel(story: Story): LoadResult<Model>;
  protected abstract renderModel(model: Model): unknown;

  /** The story being shown, once loaded. */
  get loadedStory(): Story | undefined {
    return this.source.status === 'ready' ? this.source.story : undefined;
  }

  /** The error being shown, if any. */
  get error(): StoryError | undefined {
    return this.source.status === 'error' ? this.source.error : this.modelError;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
    if (this.requestAbandoned) this.resolveSource();
    else this.syncLive();
    // A native <details> closing updates nothing in Lit: a held announcement waits for this instead.
    this.renderRoot.addEventListener('toggle', this.handleDetailsToggle, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive();
    if (this.request) {
      this.request.release();
      this.request = undefined;
      this.requestAbandoned = true;
      // The request may now be aborted: its failure is not this widget's to show or warn about.
      this.loadToken++;
    }
  }

  /**
   * A server-rendered widget arrives with a declarative shadow root. Its content stays on screen
   * while the browser still waits for what it needs (the built-in story, a language's strings, a
   * `src` story), and is replaced in one synchronous render once the widget can show at least as
   * much: no flash of the loading state, no layout shift, no duplicate. Replacing rather than
   * reusing the server's nodes (Lit's `hydrate`, which trusts the server's text) keeps what only
   * the browser knows right: today's day count on a page generated days ago, an inline story
   * child (a server renderer never shows an element its children), the page's language.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root || this.hasUpdated) return super.createRenderRoot();
    this.serverContent = true;
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (this.serverContent) {
      if (this.model === undefined && !this.error) {
        // Still loading: keep the server's content (attributes still reflect).
        (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
        return;
      }
      this.serverContent = false;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('story') || changed.has('src') || changed.has('storyId')) {
      this.resolveSource();
    } else if (changed.has('refreshInterval') || changed.has('timeout')) {
      this.syncLive();
    }
    this.locale = localeFor(pageLanguage(this));
    if (!this.locale.ready) {
      const { language } = this.locale;
      this.wait(
        loadLanguage(language, () => {
          if (failedLanguages.has(language)) return;
          failedLanguages.add(language);
          console.warn(`<${this.localName}>: the "${language}" strings could not be loaded (locales/${language}.json beside the script); showing English.`);
        }),
      );
    }
    this.model = undefined;
    this.modelError = undefined;
    if (this.source.status === 'ready' && this.locale.ready) {
      const result = this.buildModel(this.source.story);
      if (result.ok) this.model = result.value;
      else this.modelError = result.error;
    }
  }

  protected override render(): unknown {
    if (this.model !== undefined) {
      if (isServer) return html`${serverPartyColors(this.loadedStory!)}${this.renderModel(this.model)}`;
      return this.liveHandle ? html`${this.renderModel(this.model)}${this.renderLiveRegion()}` : this.renderModel(this.model);
    }
    const error = this.locale.ready ? this.error : undefined;
    // A server shows no errors: what it cannot show (a `src` story, an inline story it cannot see) may load in the browser.
    if (!error || this.hasFallback || isServer) {
      // While loading, and on failure when the embed code carries fallback content, the reader sees that content.
      // `pending` drops the widget's own box (borders, padding) so the fallback takes exactly its own room.
      return html`<div class="base pending" part="base" aria-busy=${error ? nothing : 'true'}><slot></slot></div>`;
    }
    return this.renderError(error);
  }

  /**
   * What a reader is told when the story cannot be shown: one sentence in the page's language
   * naming what is missing ("This quote is not available."). The developer detail goes to the
   * console and `nw-error`, and stays folded under "Details". A widget that returns nothing shows the detail in place.
   */
  protected readerError(_error: StoryError): string | undefined {
    return undefined;
  }

  protected renderError(error: StoryError): TemplateResult {
    const { strings } = this.locale;
    const reader = this.readerError(error);
    if (reader === undefined) {
      return html`<div class="base error" part="base error">
        <strong>${strings.errorTitle}</strong>
        <p>${error.message}</p>
      </div>`;
    }
    // Reloading helps only when the story could not be fetched. The detail stays at hand, folded, for the editor checking the page.
    const retry = error.code === 'network' || error.code === 'timeout' || error.code === 'http';
    return html`<div class="base error" part="base error">
      <strong>${reader}</strong>
      ${retry ? html`<p>${strings.unavailableRetry}</p>` : nothing}
      <details class="error-detail"><summary>${strings.errorDetails}</summary><p>${error.message}</p></details>
    </div>`;
  }

  /** Also waits for what the widget is fetching for itself (strings, built-in stories), not for `src`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.waiting.size) {
      await Promise.all(this.waiting);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private wait(promise: Promise<unknown>): void {
    if (this.waiting.has(promise)) return;
    this.waiting.add(promise);
    void promise.then(() => {
      this.waiting.delete(promise);
      this.requestUpdate();
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // An announcement held back while a panel was open goes out once it closed.
    this.liveHandle?.flush();
    const error = this.error;
    if (error && error !== this.reportedError) {
      this.reportedError = error;
      console.warn(`<${this.localName}>: ${error.message}`);
      const detail: NwErrorDetail = { storyId: this.errorStoryId(), code: error.code, message: error.message };
      this.dispatchEvent(widgetEvent('nw-error', detail));
    } else if (!error) {
      this.reportedError = undefined;
    }
  }

  /**
   * Checks the `src` story for changes now (resolves when the check is done); retries a `src`
   * story that failed to load. Does nothing for other sources.
   */
  async refresh(): Promise<void> {
    if (!this.src || this.story !== undefined || this.inlineJson !== undefined) return;
    if (this.source.status === 'error') {
      this.resolveSource();
      await this.request?.promise;
      return;
    }
    if (!this.liveHandle) this.syncLive(true);
    await this.liveHandle?.refresh();
  }

  /** Whether a refresh changed this item within the last few minutes. */
  protected isChanged(kind: DiffKind, id: string): boolean {
    const until = this.marks.get(`${kind}:${id}`);
    return until !== undefined && until > liveClock().now();
  }

  /** The "Changed" label (text, not colour alone) for an item a refresh changed; nothing otherwise. */
  protected renderChanged(kind: DiffKind, id: string): TemplateResult | typeof nothing {
    return this.isChanged(kind, id) ? html`<span class="changed" part="changed">${this.locale.strings.changed}</span>` : nothing;
  }

  /** The "Updated 14:32" line of a live widget: when a change last arrived, else the story's `updated` date. */
  protected renderUpdated(): TemplateResult | typeof nothing {
    if (!this.liveHandle) return nothing;
    const { strings } = this.locale;
    const story = this.loadedStory;
    // Always a line (the time the story arrived, when it has no date), so a first change adds no height.
    const at = this.updatedAt ?? (story?.updated ? undefined : this.arrivedAt);
    const when =
      at !== undefined
        ? format(strings.liveUpdatedAt, { time: new Intl.DateTimeFormat(this.locale.tag, { hour: '2-digit', minute: '2-digit' }).format(at) })
        : story?.updated
          ? format(strings.updated, { date: formatPartialDate(story.updated, this.locale) })
          : '';
    if (!when && !this.staleError) return nothing;
    return html`<p class="updated" part="updated">${when}${this.staleError ? html`${when ? ' · ' : ''}<span class="stale">${strings.liveStale}</span>` : nothing}</p>`;
  }

  private renderLiveRegion(): TemplateResult {
    return html`${this.renderUpdated()}<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /** Starts, reconfigures or stops watching `src`, as `refresh`, the source and the connection say. */
  private syncLive(onDemand = false): void {
    const story = this.source.status === 'ready' ? this.source.story : undefined;
    // Without `refresh`, a widget asked to `refresh()` stays subscribed, checking only when asked.
    const interval = refreshIntervalMs(this.refreshInterval) ?? (onDemand || this.liveHandle ? Infinity : undefined);
    const url = this.src && this.story === undefined && this.inlineJson === undefined ? resolveUrl(this.src) : undefined;
    if (!story || !url || interval === undefined || !this.isConnected) {
      this.stopLive();
      return;
    }
    this.subscriber.intervalMs = interval;
    this.subscriber.timeoutMs = this.timeout;
    if (this.liveHandle && this.liveUrl === url) {
      this.liveHandle.reconfigure();
      return;
    }
    this.stopLive();
    this.liveHandle = watchStory(url, story, this.subscriber);
    this.liveUrl = url;
    // A change that arrived before this widget subscribed: shown as it is, not announced.
    if (this.liveHandle.story !== story) this.source = { status: 'ready', story: this.liveHandle.story };
    this.requestUpdate();
  }

  private stopLive(): void {
    this.liveHandle?.release();
    this.liveHandle = undefined;
    this.liveUrl = undefined;
  }

  private readonly handleDetailsToggle = (): void => this.liveHandle?.flush();

  /** The widget's side of the shared poller. */
  private readonly subscriber: LiveSubscriber = {
    intervalMs: Infinity,
    timeoutMs: 10_000,
    update: (update: LiveUpdate) => {
      const { diff } = update;
      // A change that takes away what this widget shows (its quote, its party) keeps the last good view.
      const result = this.model !== undefined ? this.buildModel(update.story) : undefined;
      if (result && !result.ok) {
        this.refusedUpdate = true;
        this.subscriber.stale({ ...result.error, stale: true });
        return;
      }
      this.refusedUpdate = false;
      const until = update.at + CHANGED_MARK_MS;
      for (const kind of ['quotes', 'positions', 'events', 'obstacles'] as const) {
        for (const id of [...diff.added[kind], ...diff.changed[kind]]) this.marks.set(`${kind}:${id}`, until);
      }
      this.updatedAt = update.at;
      this.staleError = undefined;
      this.source = { status: 'ready', story: update.story };
      const detail: NwUpdateDetail = { storyId: diff.storyId, added: diff.added, changed: diff.changed, removed: diff.removed };
      this.dispatchEvent(widgetEvent('nw-update', detail));
    },
    stale: (error: StoryError) => {
      this.staleError = error;
      this.requestUpdate();
      const detail: NwErrorDetail = { storyId: this.loadedStory?.id ?? null, code: error.code, message: error.message, stale: true };
      this.dispatchEvent(widgetEvent('nw-error', detail));
    },
    checked: (now: number) => {
      let expired = false;
      for (const [key, until] of this.marks) {
        if (until <= now) {
          this.marks.delete(key);
          expired = true;
        }
      }
      if (expired || (this.staleError && !this.refusedUpdate)) {
        if (!this.refusedUpdate) this.staleError = undefined;
        this.requestUpdate();
      }
    },
    panelOpen: () => !!this.renderRoot?.querySelector?.('[part~="panel"], details[open]'),
    announce: (updates: LiveUpdate[]) => {
      const text = announcementFor(updates, this.locale);
      // The same words twice would not be read again: vary them invisibly.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
      this.requestUpdate();
    },
  };

  /** Dispatches a bubbling, composed event with the story id in its detail. */
  protected emit<Detail extends object>(name: string, detail: Detail): void {
    this.dispatchEvent(widgetEvent(name, { storyId: this.loadedStory?.id ?? null, ...detail }));
  }

  private errorStoryId(): string | null {
    return this.loadedStory?.id ?? this.storyId ?? (this.src || this.inlineJson !== undefined || this.misplacedJson ? null : DEFAULT_STORY_ID);
  }

  /**
   * Reads the inline story: a JSON script that is a child of the element, or of a `<template>`
   * child (some CMSs keep scripts inert that way). Its `type` is read as browsers read MIME types
   * (any case, surrounding spaces, parameters). One nested deeper is not read, and is an error
   * rather than a silent switch to the built-in story.
   */
  private readLightDom(): void {
    const children = Array.from(this.children);
    const templates = children.filter((child): child is HTMLTemplateElement => child.localName === 'template');
    const script = children.find(isJsonScript) ?? templates.map((t) => Array.from(t.content.children).find(isJsonScript)).find(Boolean);
    this.inlineJson = script?.textContent ?? undefined;
    const nested = script ? undefined : Array.from(this.querySelectorAll('script')).find(isJsonScript);
    this.misplacedJson = nested ? `<${nested.parentElement!.localName}>` : undefined;
    this.hasFallback = Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !['script', 'template'].includes((node as Element).localName)
        : node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
  }

  private resolveSource(): void {
    const token = ++this.loadToken;
    this.stopLive();
    this.marks.clear();
    this.updatedAt = undefined;
    this.staleError = undefined;
    this.refusedUpdate = false;
    this.request?.release();
    this.request = undefined;
    this.requestAbandoned = false;
    if (this.story !== undefined) {
      this.source = toSource(checkObject(this.story));
    } else if (this.inlineJson !== undefined) {
      this.source = toSource(parseStory(this.inlineJson, 'The inline story JSON'));
    } else if (this.misplacedJson && !this.src && !this.storyId) {
      const message = `The inline story JSON is inside ${this.misplacedJson}: put the <script type="application/json"> directly inside <${this.localName}>`;
      this.source = { status: 'error', error: storyError('invalid-json', message) };
    } else if (this.src) {
      // A server renders the loading state (and the fallback content); the browser fetches.
      if (isServer) {
        this.source = { status: 'loading' };
        return;
      }
      const url = resolveUrl(this.src);
      if (!url) {
        this.source = { status: 'error', error: storyError('network', `"${this.src}" is not an http: or https: address`) };
        return;
      }
      this.source = { status: 'loading' };
      const timeout = readTimeout(this.timeout);
      if (timeout.problem && timeout.problem !== this.warnedTimeout) {
        this.warnedTimeout = timeout.problem;
        console.warn(`<${this.localName}>: ${timeout.problem}.`);
      }
      const request = requestStory(url, timeout.ms);
      this.request = request;
      void request.promise.then((result) => {
        if (token !== this.loadToken) return;
        // Settled: nothing left to abort, so a move in the DOM keeps the story without re-resolving it.
        this.request = undefined;
        this.source = toSource(result);
        this.arrivedAt = liveClock().now();
        this.syncLive();
      });
    } else {
      const stories = loadedBuiltIns ?? providedBuiltIns ?? builtInStories();
      if (!(stories instanceof Promise)) {
        loadedBuiltIns = stories;
        const id = this.storyId || DEFAULT_STORY_ID;
        const story = stories.getBuiltInStory(id);
        this.source = story
          ? { status: 'ready', story }
          : { status: 'error', error: storyError('not-found', `No built-in story "${id}" (built in: ${stories.builtInStoryIds().map((known) => `"${known}"`).join(', ')}).`) };
        return;
      }
      this.source = { status: 'loading' };
      this.wait(
        stories.then((result) => {
          if (result.ok) loadedBuiltIns = result.value;
          if (token !== this.loadToken) return;
          if (result.ok) this.resolveSource();
          else this.source = { status: 'error', error: result.error };
        }),
      );
    }
  }
}

/** Events bubble and are composed, so a publisher's analytics can listen on `document`. */
function widgetEvent<Detail>(name: string, detail: Detail): CustomEvent<Detail> {
  return new CustomEvent<Detail>(name, { bubbles: true, composed: true, detail });
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

function toSource(result: LoadResult<Story>): SourceState {
  return result.ok ? { status: 'ready', story: result.value } : { status: 'error', error: result.error };
}

function resolveUrl(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

