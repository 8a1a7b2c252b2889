import { LitElement, ReactiveElement, adoptStyles, html, isServer, nothing } from 'lit';
import { storyError } from '../data/errors.js';
import { checkStory, parseStory, readTimeout, requestStory } from '../data/loader.js';
import { clock, refreshIntervalMs } from '../data/live-clock.js';
import { DEFAULT_STORY_ID } from '../data/stories/default-id.js';
import { builtInStories } from '../data/stories/lazy.js';
import { providedBuiltIns } from '../data/stories/provided.js';
import { serverPartyColors } from './party-color.js';
import { loadLanguage, localeFor, pageLanguage } from './i18n.js';
import { LIBRARY_BRAND } from './define.js';
import { loadLiveCode } from './live-loader.js';
import { hostStyles } from './styles.js';
import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import type { LoadResult, StoryError } from '../data/errors.js';
import type { NwErrorDetail } from './events.js';
import type { Story } from '../data/story.js';
import type { StoryRequest } from '../data/loader.js';
import type { BuiltInStories } from '../data/stories/lazy.js';
import type { DiffKind } from '../data/diff.js';
import type { LiveHandle } from '../data/live.js';
import type { Locale } from './i18n.js';
import type { LiveController, LiveHost } from './live-controller.js';

export type Theme = 'page' | 'light' | 'dark' | 'auto';

/** A `lang` binding for story text: the story's language, or nothing where the text inherits it already. */
export type StoryLang = string | typeof nothing;

export type { NwErrorDetail, NwUpdateDetail } from './events.js';

type SourceState =
  | { status: 'loading' }
  | { status: 'ready'; story: Story }
  | { status: 'error'; error: StoryError };

/** Validated once per object, however many widgets share it. */
const checkedObjects = new WeakMap<object, LoadResult<Story>>();

/** The built-in stories module once it has arrived, so later widgets get it synchronously. */
let loadedBuiltIns: BuiltInStories | undefined;

/** Languages whose strings failed to load, warned about once per page. */
const failedLanguages = new Set<string>();

/** The live code failed to load: warned about once per page (each widget still fires its `nw-error`). */
let warnedLiveFailure = false;

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
export abstract class StoryElement<Model, Own = unknown> extends LitElement {
  static override styles = [hostStyles];

  static override properties: PropertyDeclarations = {
    story: { attribute: false },
    src: {},
    storyId: { attribute: 'story-id' },
    theme: { reflect: true, useDefault: true },
    timeout: { type: Number },
    refreshInterval: { attribute: 'refresh', type: Number },
    source: { state: true },
  };

  /**
   * Tells this library's classes apart from another script's owner of the same tag.
   * @internal
   */
  static readonly brand = LIBRARY_BRAND;

  /** The story as an object; takes precedence over every other source. */
  story?: unknown;

  /** URL of a story JSON file, fetched once per page however many widgets use it. */
  src?: string;

  /** Id of a built-in story. */
  storyId?: string;

  /** Colour scheme: `page` (inherit the page's `color-scheme`), `light`, `dark` or `auto` (the reader's OS). */
  theme: Theme = 'page';

  /** How long to wait for `src` (and for the live code of the single-file bundles), in milliseconds (above 0, at most 2³¹−1; otherwise 10 s, with a warning). */
  timeout: number = 10_000;

  /** Checks `src` for changes every this many seconds (at least 30, at most 86400: 24 hours, with a warning above) while the page is visible; off when unset or 0. */
  refreshInterval?: number;

  private source: SourceState = { status: 'loading' };

  /** The view model, when the story is ready and the widget's own checks passed. */
  protected model?: Model;
  /** `Own` is the type of the subclass's own English strings, which its model module registers. */
  protected locale: Locale<Own> = localeFor('en');
  /** The language the widget inherits (nearest `lang`), as given. */
  #inheritedLanguage?: string;
  #modelError?: StoryError;
  /** What `model` was built from: the story, the locale (once ready) and `modelKey()`. */
  #modelInputs: readonly unknown[] = [];
  #request?: StoryRequest;
  #requestAbandoned = false;
  #loadToken = 0;
  #reportedError?: StoryError;
  #inlineJson?: string;
  /** Where a JSON script was found that the widget does not read (nested too deep), for the error. */
  #misplacedJson?: string;
  #warnedTimeout?: string;
  #hasFallback = false;
  /** The live side (`refresh`), once its code has loaded. */
  #liveController?: LiveController;
  /** The live code could not be loaded, and this widget said so. */
  #liveFailed = false;
  /** When the `src` story arrived, for the "Updated" line of a story without an `updated` date. */
  #arrivedAt?: number;
  /** Server-rendered content (a declarative shadow root) still on screen, until the first render that is not the loading state. */
  #serverContent = false;
  /** What the widget waits for before it can show the story (a language's strings, the built-in stories). */
  #waiting = new Set<Promise<unknown>>();

  /** Turns a valid story into what `renderModel` shows, or an error (`not-found`, `missing-part`). */
  protected abstract buildModel(story: Story): LoadResult<Model>;
  /** What the view model depends on besides the story and the locale (the widget's own attributes), as a string: the model is rebuilt when it changes. */
  protected abstract modelKey(): string;
  protected abstract renderModel(model: Model): unknown;

  /** The story being shown, once loaded. */
  get loadedStory(): Story | undefined {
    return this.source.status === 'ready' ? this.source.story : undefined;
  }

  /** The error being shown, if any. */
  get error(): StoryError | undefined {
    return this.source.status === 'error' ? this.source.error : this.#modelError;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightDom();
    if (this.#requestAbandoned) this.#resolveSource();
    else this.#syncLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLive();
    if (this.#request) {
      this.#request.release();
      this.#request = undefined;
      this.#requestAbandoned = true;
      // The request may now be aborted: its failure is not this widget's to show or warn about.
      this.#loadToken++;
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
    if (!root) {
      // Server HTML inserted by `innerHTML` (a framework's client-side navigation) keeps its declarative
      // shadow root as an unparsed `<template shadowrootmode>` child: dropped, the widget renders itself.
      this.querySelectorAll(':scope>template[shadowrootmode]').forEach((template) => template.remove());
    }
    if (!root || this.hasUpdated) return super.createRenderRoot();
    this.#serverContent = true;
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (this.#serverContent) {
      if (this.model === undefined && !this.error) {
        // Still loading: keep the server's content (attributes still reflect).
        (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
        return;
      }
      this.#serverContent = false;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('story') || changed.has('src') || changed.has('storyId')) {
      this.#resolveSource();
    } else if (changed.has('refreshInterval') || changed.has('timeout')) {
      this.#syncLive();
    }
    const inherited = pageLanguage(this);
    this.#inheritedLanguage = inherited;
    this.locale = localeFor(inherited);
    if (!this.locale.ready) {
      const { language } = this.locale;
      this.#wait(
        loadLanguage(language, () => {
          if (failedLanguages.has(language)) return;
          failedLanguages.add(language);
          console.warn(`<${this.localName}>: the "${language}" strings could not be loaded (locales/${language}.json beside the script); showing English.`);
        }),
      );
    }
    // The view model is rebuilt only when what it is built from changed (not for a focus move or an opened panel).
    const inputs = [this.loadedStory, this.locale.ready && this.locale, this.modelKey()] as const;
    if (inputs.some((input, i) => input !== this.#modelInputs[i])) {
      this.#modelInputs = inputs;
      const result = inputs[0] && inputs[1] ? this.buildModel(inputs[0]) : undefined;
      this.model = result?.ok ? result.value : undefined;
      this.#modelError = result?.ok ? undefined : result?.error;
    }
  }

  protected override render(): unknown {
    if (this.model !== undefined) {
      if (isServer) return html`${serverPartyColors(this.loadedStory!)}${this.renderModel(this.model)}`;
      return this.#liveHandle ? html`${this.renderModel(this.model)}${this.#renderLiveRegion()}` : this.renderModel(this.model);
    }
    const error = this.locale.ready ? this.error : undefined;
    // A server shows no errors: what it cannot show (a `src` story, an inline story it cannot see) may load in the browser.
    if (!error || this.#hasFallback || isServer) {
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
    while (this.#waiting.size) {
      await Promise.all(this.#waiting);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #wait(promise: Promise<unknown>): void {
    if (this.#waiting.has(promise)) return;
    this.#waiting.add(promise);
    void promise.then(() => {
      this.#waiting.delete(promise);
      this.requestUpdate();
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // An announcement held back while a panel was open goes out once it closed.
    this.#liveHandle?.flush();
    const error = this.error;
    if (error && error !== this.#reportedError) {
      this.#reportedError = error;
      console.warn(`<${this.localName}>: ${error.message}`);
      const detail: NwErrorDetail = { storyId: this.#errorStoryId(), code: error.code, message: error.message };
      this.dispatchEvent(widgetEvent('nw-error', detail));
    } else if (!error) {
      this.#reportedError = undefined;
    }
  }

  /**
   * Checks the `src` story for changes now (resolves when the check is done); retries a `src`
   * story that failed to load. Does nothing for other sources.
   */
  async refresh(): Promise<void> {
    if (!this.src || this.story !== undefined || this.#inlineJson !== undefined) return;
    if (this.source.status === 'error' && !this.#liveHandle) {
      this.#resolveSource();
      await this.#request?.promise;
      return;
    }
    const live = this.#liveController ?? (await this.#loadLive());
    if (!live) return;
    if (!live.handle) live.sync(true);
    await live.handle?.refresh();
  }

  /** The "Changed" label (text, not colour alone) for an item a refresh changed; nothing otherwise. */
  protected renderChanged(kind: DiffKind, id: string): TemplateResult | typeof nothing {
    return this.#liveController?.renderChanged(kind, id) ?? nothing;
  }

  /** The "Updated 14:32" line of a live widget and its polite live region. */
  #renderLiveRegion(): TemplateResult | typeof nothing {
    return this.#liveController?.renderRegion() ?? nothing;
  }

  /** The poller's handle while this widget watches its `src` story. */
  get #liveHandle(): LiveHandle | undefined {
    return this.#liveController?.handle;
  }

  /**
   * Starts, reconfigures or stops watching `src`. The live code (the poller, the diff, the
   * announcements) loads the first time a widget has `refresh` or is asked to `refresh()`.
   */
  #syncLive(onDemand = false): void {
    if (this.#liveController) this.#liveController.sync(onDemand);
    else if (onDemand || (this.isConnected && this.src && refreshIntervalMs(this.refreshInterval) !== undefined)) {
      // Waited for like a language's strings, so `updateComplete` covers it.
      this.#wait(this.#loadLive().then((live) => live?.sync(onDemand)));
    }
  }

  #stopLive(): void {
    this.#liveController?.release();
  }

  /** The live controller, or nothing when its code could not be loaded (reported; the story stays on screen). */
  #loadLive(): Promise<LiveController | undefined> {
    return loadLiveCode(readTimeout(this.timeout).ms).then(
      ({ LiveController }) => (this.#liveController ??= new LiveController(this, this.#liveHost())),
      (reason: Error & { code?: 'network' | 'timeout' }): undefined => {
        if (this.#liveFailed) return;
        this.#liveFailed = true;
        const message = `${reason.message}; live updates are off`;
        if (!warnedLiveFailure) console.warn(`<${this.localName}>: ${message}.`);
        warnedLiveFailure = true;
        // Often before the story arrived: the live code loads alongside it.
        this.emit<Omit<NwErrorDetail, 'storyId'>>('nw-error', { code: reason.code ?? 'network', message });
      },
    );
  }

  #liveHost(): LiveHost {
    return {
      // Only when `src` is the source in use.
      url: () => (this.src && this.story === undefined && this.#inlineJson === undefined ? resolveUrl(this.src) : undefined),
      arrivedAt: () => this.#arrivedAt,
      refuses: (story) => {
        // Only a widget showing its view can lose it; one showing a widget error takes any valid story.
        if (this.model === undefined) return undefined;
        const result = this.buildModel(story);
        return result.ok ? undefined : result.error;
      },
      show: (story) => {
        if (this.source.status !== 'ready') this.#arrivedAt = clock.now();
        this.source = { status: 'ready', story };
      },
      locale: () => this.locale,
    };
  }

  /**
   * `lang` for the wrapper of the widget's view: the language the widget inherits, restated inside
   * the shadow tree, where Firefox's `:lang()` and hyphenation do not see the host's.
   */
  protected get pageLang(): StoryLang {
    return this.#inheritedLanguage ?? nothing;
  }

  /**
   * `lang` for the story's text: nothing where the page is already in the story's language (most
   * pages), so the text inherits it from the wrapper (`pageLang`) and each element is spared an
   * attribute; the story's language otherwise.
   */
  protected storyLang(language: string): StoryLang {
    return language.toLowerCase() === this.#inheritedLanguage?.toLowerCase() ? nothing : language;
  }

  /** Dispatches a bubbling, composed event with the story id in its detail. */
  protected emit<Detail extends object>(name: string, detail: Detail): void {
    this.dispatchEvent(widgetEvent(name, { storyId: this.loadedStory?.id ?? null, ...detail }));
  }

  #errorStoryId(): string | null {
    return this.loadedStory?.id ?? this.storyId ?? (this.src || this.#inlineJson !== undefined || this.#misplacedJson ? null : DEFAULT_STORY_ID);
  }

  /**
   * Reads the inline story: a JSON script that is a child of the element, or of a `<template>`
   * child (some CMSs keep scripts inert that way). Its `type` is read as browsers read MIME types
   * (any case, surrounding spaces, parameters). One nested deeper is not read, and is an error
   * rather than a silent switch to the built-in story.
   */
  #readLightDom(): void {
    // Most widgets have no children: spare them the searches.
    if (!this.firstChild) {
      this.#inlineJson = this.#misplacedJson = undefined;
      this.#hasFallback = false;
      return;
    }
    const children = Array.from(this.children);
    const templates = children.filter((child): child is HTMLTemplateElement => child.localName === 'template');
    const script = children.find(isJsonScript) ?? templates.map((t) => Array.from(t.content.children).find(isJsonScript)).find(Boolean);
    this.#inlineJson = script?.textContent ?? undefined;
    const nested = script ? undefined : Array.from(this.querySelectorAll('script')).find(isJsonScript);
    this.#misplacedJson = nested ? `<${nested.parentElement!.localName}>` : undefined;
    this.#hasFallback = Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !['script', 'template'].includes((node as Element).localName)
        : node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
  }

  #resolveSource(): void {
    const token = ++this.#loadToken;
    this.#liveController?.reset();
    this.#request?.release();
    this.#request = undefined;
    this.#requestAbandoned = false;
    if (this.story !== undefined) {
      this.source = toSource(checkObject(this.story));
    } else if (this.#inlineJson !== undefined) {
      this.source = toSource(parseStory(this.#inlineJson, 'The inline story JSON'));
    } else if (this.#misplacedJson && !this.src && !this.storyId) {
      const message = `The inline story JSON is inside ${this.#misplacedJson}: put the <script type="application/json"> directly inside <${this.localName}>`;
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
      if (timeout.problem && timeout.problem !== this.#warnedTimeout) {
        this.#warnedTimeout = timeout.problem;
        console.warn(`<${this.localName}>: ${timeout.problem}.`);
      }
      const request = requestStory(url, timeout.ms);
      this.#request = request;
      void request.promise.then((result) => {
        if (token !== this.#loadToken) return;
        // Settled: nothing left to abort, so a move in the DOM keeps the story without re-resolving it.
        this.#request = undefined;
        this.source = toSource(result);
        this.#arrivedAt = clock.now();
        this.#syncLive();
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
      this.#wait(
        stories.then((result) => {
          if (result.ok) loadedBuiltIns = result.value;
          if (token !== this.#loadToken) return;
          if (result.ok) this.#resolveSource();
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

/** `src` as an absolute http(s) URL without its fragment (never sent to the server): one load and one poller per file. */
function resolveUrl(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
