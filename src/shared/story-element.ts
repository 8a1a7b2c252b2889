import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { storyError } from '../data/errors.js';
import { checkStory, parseStory, requestStory } from '../data/loader.js';
import { DEFAULT_STORY_ID } from '../data/stories/default-id.js';
import { builtInStories } from '../data/stories/lazy.js';
import { loadLanguage, localeFor, pageLanguage } from './i18n.js';
import { LIBRARY_BRAND } from './define.js';
import { hostStyles } from './styles.js';
import type { PropertyValues, TemplateResult } from 'lit';
import type { LoadResult, StoryError } from '../data/errors.js';
import type { Story } from '../data/story.js';
import type { StoryRequest } from '../data/loader.js';
import type { BuiltInStories } from '../data/stories/lazy.js';
import type { Locale } from './i18n.js';

export type Theme = 'page' | 'light' | 'dark' | 'auto';

/** `detail` of the `nw-error` event. */
export interface NwErrorDetail {
  /** The story involved, when known. */
  storyId: string | null;
  code: StoryError['code'];
  message: string;
}

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

/**
 * The data layer every widget shares: finds the story (in order of precedence: the `story`
 * property, an inline `<script type="application/json">` child, `src`, `story-id`, else the
 * built-in story), validates it, reads the page's language, and reports failures in place,
 * as an `nw-error` event and as one console warning. A source that fails never falls back to
 * another. Light-DOM fallback content stays visible while loading and when the data fails.
 *
 * Subclasses turn the story into a view model (`buildModel`) and render it (`renderModel`).
 *
 * @fires nw-error - The story or the requested item could not be shown. `detail`: `{ storyId, code, message }`.
 * @csspart base - The outer wrapper.
 */
export abstract class StoryElement<Model> extends LitElement {
  static override styles = [hostStyles];

  /** Tells this library's classes apart from another script's owner of the same tag. */
  static readonly brand = LIBRARY_BRAND;

  /** The story as an object; takes precedence over every other source. */
  @property({ attribute: false }) story?: unknown;

  /** URL of a story JSON file, fetched once per page however many widgets use it. */
  @property() src?: string;

  /** Id of a built-in story. */
  @property({ attribute: 'story-id' }) storyId?: string;

  /** Colour scheme: `page` (inherit the page's `color-scheme`), `light`, `dark` or `auto` (the reader's OS). */
  @property({ reflect: true }) theme: Theme = 'page';

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout: number = 10_000;

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
  private hasFallback = false;
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.request) {
      this.request.release();
      this.request = undefined;
      this.requestAbandoned = true;
      // The request may now be aborted: its failure is not this widget's to show or warn about.
      this.loadToken++;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('story') || changed.has('src') || changed.has('storyId')) {
      this.resolveSource();
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
    if (this.model !== undefined) return this.renderModel(this.model);
    const error = this.locale.ready ? this.error : undefined;
    if (!error || this.hasFallback) {
      // While loading, and on failure when the embed code carries fallback content, the reader sees that content.
      return html`<div class="base" part="base" aria-busy=${error ? nothing : 'true'}><slot></slot></div>`;
    }
    return this.renderError(error);
  }

  protected renderError(error: StoryError): TemplateResult {
    return html`<div class="base error" part="base error">
      <strong>${this.locale.strings.errorTitle}</strong>
      <p>${error.message}</p>
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

  /** Dispatches a bubbling, composed event with the story id in its detail. */
  protected emit<Detail extends object>(name: string, detail: Detail): void {
    this.dispatchEvent(widgetEvent(name, { storyId: this.loadedStory?.id ?? null, ...detail }));
  }

  private errorStoryId(): string | null {
    return this.loadedStory?.id ?? this.storyId ?? (this.src || this.inlineJson !== undefined ? null : DEFAULT_STORY_ID);
  }

  private readLightDom(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineJson = script?.textContent ?? undefined;
    this.hasFallback = Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE ? node !== script && (node as Element).localName !== 'script' : node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
  }

  private resolveSource(): void {
    const token = ++this.loadToken;
    this.request?.release();
    this.request = undefined;
    this.requestAbandoned = false;
    if (this.story !== undefined) {
      this.source = toSource(checkObject(this.story));
    } else if (this.inlineJson !== undefined) {
      this.source = toSource(parseStory(this.inlineJson, 'The inline story JSON'));
    } else if (this.src) {
      const url = resolveUrl(this.src);
      if (!url) {
        this.source = { status: 'error', error: storyError('network', `"${this.src}" is not an http: or https: address`) };
        return;
      }
      this.source = { status: 'loading' };
      const request = requestStory(url, this.timeout);
      this.request = request;
      void request.promise.then((result) => {
        if (token !== this.loadToken) return;
        // Settled: nothing left to abort, so a move in the DOM keeps the story without re-resolving it.
        this.request = undefined;
        this.source = toSource(result);
      });
    } else {
      const stories = loadedBuiltIns ?? builtInStories();
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
