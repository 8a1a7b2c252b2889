import { LitElement, ReactiveElement, adoptStyles, html, isServer, nothing } from 'lit';
import { DEFAULT_TIMEOUT_MS } from '../data/loader.js';
import { serverPartyColors } from './custom-properties.js';
import { loadLanguage, localeFor, pageLanguage } from './i18n.js';
import { LIBRARY_BRAND } from './define.js';
import { dispatchWidgetEvent } from './events.js';
import { StoryController } from './story-controller.js';
import { hostStyles } from './styles.js';
import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import type { LoadResult, StoryError } from '../data/errors.js';
import type { Story } from '../data/story.js';
import type { DiffKind } from '../data/diff.js';
import type { Locale } from './i18n.js';

export type Theme = 'page' | 'light' | 'dark' | 'auto';

/** A `lang` binding for story text: the story's language, or nothing where the text inherits it already. */
export type StoryLang = string | typeof nothing;

export type { NwErrorDetail, NwUpdateDetail } from './events.js';

/**
 * The base of every widget: its story (found and watched by its `StoryController`: the `story`
 * property, an inline JSON child, `src`, `story-id` or the built-in story), the page's language,
 * and failures shown in place (also as an `nw-error` event and one console warning). Light-DOM
 * fallback content stays visible while loading and when the data fails.
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
  timeout: number = DEFAULT_TIMEOUT_MS;

  /** Checks `src` for changes every this many seconds (at least 30, at most 86400: 24 hours, with a warning above) while the page is visible; off when unset or 0. */
  refreshInterval?: number;

  /** The view model, when the story is ready and the widget's own checks passed. */
  protected model?: Model;
  /** `Own` is the type of the subclass's own English strings, which its model module registers. */
  protected locale: Locale<Own> = localeFor('en');
  /** The language the widget inherits (nearest `lang`), as given. */
  #inheritedLanguage?: string;
  #modelError?: StoryError;
  /** What `model` was built from: the story, the locale (once ready) and `modelKey()`. */
  #modelInputs: readonly unknown[] = [];
  /** Server-rendered content (a declarative shadow root) still on screen, until the first render that is not the loading state. */
  #serverContent = false;
  readonly #source = new StoryController(this, {
    // Only a widget showing its view can lose it; one showing a widget error takes any valid story.
    refuses: (story) => {
      const result = this.model === undefined ? undefined : this.buildModel(story);
      return result?.ok === false ? result.error : undefined;
    },
    locale: () => this.locale,
  });

  /** Turns a valid story into what `renderModel` shows, or an error (`not-found`, `missing-part`). */
  protected abstract buildModel(story: Story): LoadResult<Model>;
  /** What the view model depends on besides the story and the locale (the widget's own attributes), as a string: the model is rebuilt when it changes. */
  protected abstract modelKey(): string;
  protected abstract renderModel(model: Model): unknown;

  /** The story being shown, once loaded. */
  get loadedStory(): Story | undefined {
    return this.#source.story;
  }

  /** The error being shown, if any. */
  get error(): StoryError | undefined {
    return this.#source.error ?? this.#modelError;
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
    this.#source.hostChanged(changed, !this.hasUpdated);
    this.locale = localeFor((this.#inheritedLanguage = pageLanguage(this)));
    const { language, ready } = this.locale;
    // A language's strings load once per page: the first widget to ask warns if they fail.
    const warn = () => console.warn(`<${this.localName}>: the "${language}" strings could not be loaded (locales/${language}.json beside the script); showing English.`);
    if (!ready) this.#source.wait(loadLanguage(language, warn));
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
      const live = this.#source.renderLive();
      return live ? html`${this.renderModel(this.model)}${live}` : this.renderModel(this.model);
    }
    const error = this.locale.ready ? this.error : undefined;
    // A server shows no errors: what it cannot show (a `src` story, an inline story it cannot see) may load in the browser.
    if (!error || this.#source.hasFallback || isServer) {
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
    while (await this.#source.settled()) complete = await super.getUpdateComplete();
    return complete;
  }

  /**
   * Checks the `src` story for changes now (resolves when the check is done); retries a `src`
   * story that failed to load. Does nothing for other sources.
   */
  refresh(): Promise<void> {
    return this.#source.refresh();
  }

  /** The "Changed" label (text, not colour alone) for an item a refresh changed; nothing otherwise. */
  protected renderChanged(kind: DiffKind, id: string): TemplateResult | typeof nothing {
    return this.#source.renderChanged(kind, id) ?? nothing;
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
    dispatchWidgetEvent(this, name, { storyId: this.loadedStory?.id ?? null, ...detail });
  }
}
