/**
 * The demo workbench: a Storybook-style page where editors preview every widget story, change its
 * args, theme, language and width, and copy the embed code. Reads the CSF 3 files beside it, with
 * Storybook's story ids, toolbar globals and decorators (stories/preview-globals.ts), and builds
 * its controls from custom-elements.json as Storybook does (stories/manifest-arg-types.ts).
 */
import { LitElement, html, nothing, render } from 'lit';
import { state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { embedCode, widgetAttributes } from '../src/embed.js';
import { describeDiff } from '../src/data/describe-diff.js';
import { validateStory } from '../src/data/diagnostics.js';
import * as negotiationStatusStories from './negotiation-status.stories.js';
import * as positionMatrixStories from './position-matrix.stories.js';
import * as quoteCardStories from './quote-card.stories.js';
import { argTypesFromManifest, declarationOf } from './manifest-arg-types.js';
import {
  BACKGROUNDS,
  DIRECTIONS,
  LANGUAGES,
  THEMES,
  decorators as projectDecorators,
  initialGlobals,
  pageBackground,
  pageDirection,
  pageLanguage,
  storyId,
} from './preview-globals.js';
import type { EmbedVariant, WidgetName } from '../src/embed.js';
import type { NwUpdateDetail, StoryElement } from '../src/shared/story-element.js';
import type { Story } from '../src/data/story.js';
import type { Manifest } from './manifest-arg-types.js';
import type { Args, Globals } from './preview-globals.js';

export type { Args };

export interface ArgType {
  control?: false | string | { type: string };
  options?: readonly unknown[];
  description?: string;
}

interface Context {
  args: Args;
  globals: Globals;
  parameters: Record<string, unknown>;
}

/** A decorator as Storybook calls it; the workbench passes the part of the context ours read. */
type Decorator = (story: (update?: Partial<Context>) => unknown, context: Context) => unknown;

/** The part of a CSF meta (Storybook's `Meta`) the workbench reads. */
export interface Meta {
  title: string;
  id?: string;
  component: string;
  args?: Args;
  argTypes?: Record<string, ArgType>;
  globals?: Globals;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: (args: Args, context: Context) => unknown;
}

/** The part of a CSF story (Storybook's `StoryObj`) the workbench reads. */
export interface StoryObject {
  name?: string;
  args?: Args;
  argTypes?: Record<string, ArgType>;
  globals?: Globals;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: (args: Args, context: Context) => unknown;
}

export interface Entry {
  /** Storybook's id for the story (`quote-card--pull`), stable for URLs. */
  id: string;
  group: string;
  name: string;
  meta: Meta;
  story: StoryObject;
}

type Module = { default: Meta; __namedExportsOrder?: readonly string[] } & Record<string, unknown>;

const MODULES: Module[] = [quoteCardStories, positionMatrixStories, negotiationStatusStories] as unknown as Module[];

/** Every named export of every CSF file, in file order. */
export function collectStories(modules: readonly Module[] = MODULES): Entry[] {
  return modules.flatMap((module) => {
    const meta = module.default;
    const order = module.__namedExportsOrder ?? Object.keys(module);
    return order
      .map((key) => [key, module[key]] as const)
      .filter(([key, value]) => key !== 'default' && typeof value === 'object' && value !== null && !Array.isArray(value))
      .map(([key, value]) => ({
        id: storyId(meta, key),
        group: meta.title,
        name: (value as StoryObject).name ?? key,
        meta,
        story: value as StoryObject,
      }));
  });
}

/** Renders a story as Storybook does: its render function inside the story's, the meta's and the project's decorators. */
export function renderEntry(entry: Entry, args: Args, globals: Globals): unknown {
  const parameters = { ...entry.meta.parameters, ...entry.story.parameters };
  const renderStory = entry.story.render ?? entry.meta.render;
  let story = (context: Context): unknown => (renderStory ? renderStory(context.args, context) : nothing);
  const decorators = [...(entry.story.decorators ?? []), ...(entry.meta.decorators ?? []), ...(projectDecorators as unknown as Decorator[])];
  for (const decorator of decorators) {
    const inner = story;
    story = (context) => decorator((update) => inner(update ? { ...context, ...update } : context), context);
  }
  return story({ args, globals, parameters });
}

/**
 * Storybook's URL form for args and globals (`layout:pull;hideContext:!true`, `backgrounds.value:dark`),
 * so a Storybook link's query works here too.
 */
export function parseStorybookArgs(text: string): Args {
  const result: Args = {};
  for (const pair of text.split(';')) {
    const colon = pair.indexOf(':');
    if (colon < 1) continue;
    const path = pair.slice(0, colon).split('.');
    const raw = pair.slice(colon + 1);
    const value = raw === '!true' ? true : raw === '!false' ? false : raw === '!null' ? null : raw === '!undefined' ? undefined : raw;
    let target = result;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Args;
    target[path[path.length - 1]!] = value;
  }
  return result;
}

const WIDTHS = ['320', '480', '768', '1024', 'full'] as const;

const VARIANTS: readonly { id: EmbedVariant; label: string }[] = [
  { id: 'script', label: 'Script tag' },
  { id: 'npm', label: 'npm import' },
  { id: 'iframe', label: 'Iframe' },
];

/**
 * Where the iframe snippet says the publisher hosts the package's dist/ folder: the embed page
 * must be on the publisher's own site, so the editor replaces this with theirs.
 */
export const IFRAME_BASE_URL = 'https://www.example.com/negotiation-widgets/';

/** The embed code for a rendered widget: its attributes, and the story it shows for the fallback content. */
export function widgetEmbedCode(widget: StoryElement<unknown>, variant: EmbedVariant, lang: string): string {
  const tag = widget.localName as WidgetName;
  const known = widgetAttributes(tag);
  const attributes = Object.fromEntries(Array.from(widget.attributes, (a) => [a.name, a.value]).filter(([name]) => known.includes(name!)));
  // The embed page refuses text from its URL unless the publisher turns it on: left out, and said so.
  const dropped = variant === 'iframe' ? ['caption', 'description'].filter((name) => name in attributes) : [];
  for (const name of dropped) delete attributes[name];
  const note = dropped.length ? `<!-- ${dropped.join(' and ')} left out: the embed page takes text parameters only where the publisher turns them on -->\n` : '';
  try {
    // The loaded story: for `src` it is the fetched file, which embedCode does not fetch itself.
    return note + embedCode(tag, { variant, attributes, lang, ...(variant === 'iframe' ? { baseUrl: IFRAME_BASE_URL } : {}), ...(widget.loadedStory ? { story: widget.loadedStory } : {}) });
  } catch (error) {
    // A combination the variant refuses (caption in an iframe, say): the reason, where the code would be.
    return `<!-- ${(error as Error).message.replace(/--/g, '- -')} -->`;
  }
}

function controlType(argType: ArgType | undefined, value: unknown): string {
  const setting = argType?.control;
  const control = typeof setting === 'string' ? setting : setting ? setting.type : undefined;
  if (control) return control === 'radio' || control === 'inline-radio' ? 'select' : control;
  if (argType?.options) return 'select';
  return typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'number' : 'text';
}

/**
 * The workbench application. Renders into the light DOM so the page's stylesheet styles it and the
 * widgets in its canvas sit in the document as they would on a publisher's page.
 */
export class NwWorkbench extends LitElement {
  @state() private selected?: Entry;
  @state() private args: Args = {};
  @state() private filter = '';
  /** The toolbar: Storybook's globals (theme, backgrounds, lang, dir), the same names and values. */
  @state() private globals: Globals = { ...initialGlobals };
  /** What the URL or the toolbar chose, over each story's own globals. */
  private chosenGlobals: Globals = {};
  @state() private width: (typeof WIDTHS)[number] = 'full';
  @state() private tab: 'embed' | 'docs' = 'embed';
  @state() private variant: EmbedVariant = 'script';
  @state() private announcement = '';
  @state() private manifest?: Manifest;
  /** Live preview: a story URL the widget loads instead of its own story, and its `refresh`. */
  @state() private liveSrc = '';
  @state() private liveRefresh = '';
  /** What the last refreshes changed, in editor language, newest first. */
  @state() private changes: string[] = [];
  /** The story each widget showed before its latest `nw-update`; `baseline` until its first. */
  private shown = new WeakMap<Element, Story>();
  private baseline?: Story;

  readonly entries = collectStories();
  /** The snippet for the current view; written into the textarea after each render. */
  embedCode = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('nw-update', this.handleUpdate);
    this.restoreFromUrl();
    void fetch('./custom-elements.json')
      .then((response) => (response.ok ? response.json() : undefined))
      .then((manifest) => (this.manifest = manifest))
      .catch(() => undefined);
  }

  /** Selects a story by id (Storybook's), with its default args and globals. */
  select(id: string, args: Args = {}): void {
    const entry = this.entries.find((e) => e.id === id) ?? this.entries[0];
    if (!entry) return;
    this.selected = entry;
    this.args = { ...entry.meta.args, ...entry.story.args, ...args };
    this.globals = { ...initialGlobals, ...entry.meta.globals, ...entry.story.globals, ...this.chosenGlobals };
  }

  private setGlobal(name: string, value: unknown): void {
    this.chosenGlobals = { ...this.chosenGlobals, [name]: value };
    this.globals = { ...this.globals, [name]: value };
  }

  /**
   * The view from the URL: `?story=ID` (or Storybook's `?id=ID` and `?path=/story/ID`), args as JSON
   * or in Storybook's `key:value;…` form, `globals` in Storybook's form, and the workbench's own
   * `theme`, `bg`, `lang`, `dir`, `width` and `tab`.
   */
  private restoreFromUrl(): void {
    const params = new URLSearchParams(location.search);
    let args: Args = {};
    const argText = params.get('args') ?? '';
    try {
      const parsed: unknown = argText.startsWith('{') ? JSON.parse(argText) : parseStorybookArgs(argText);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) args = parsed as Args;
    } catch {
      args = {};
    }
    const pick = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
      const value = params.get(name);
      return allowed.includes(value as T) ? (value as T) : undefined;
    };
    const chosen: Globals = parseStorybookArgs(params.get('globals') ?? '');
    const theme = pick('theme', THEMES);
    const background = pick('bg', BACKGROUNDS);
    const language = pick('lang', LANGUAGES);
    const direction = pick('dir', DIRECTIONS);
    if (theme) chosen['theme'] = theme;
    if (background) chosen['backgrounds'] = { value: background };
    if (language) chosen['lang'] = language;
    if (direction) chosen['dir'] = direction;
    this.chosenGlobals = chosen;
    const id = params.get('story') ?? params.get('id') ?? /^\/(?:story|docs)\/([\w-]+)/.exec(params.get('path') ?? '')?.[1] ?? '';
    this.select(id, args);
    this.width = pick('width', WIDTHS) ?? 'full';
    this.tab = pick('tab', ['embed', 'docs']) ?? 'embed';
  }

  private writeUrl(): void {
    if (!this.selected) return;
    const defaults: Args = { ...this.selected.meta.args, ...this.selected.story.args };
    const changed = Object.fromEntries(Object.entries(this.args).filter(([key, value]) => defaults[key] !== value));
    const params = new URLSearchParams({ story: this.selected.id });
    if (Object.keys(changed).length) params.set('args', JSON.stringify(changed));
    const chosen = this.chosenGlobals;
    if (chosen['theme']) params.set('theme', String(chosen['theme']));
    if (chosen['backgrounds']) params.set('bg', pageBackground(chosen));
    if (chosen['lang']) params.set('lang', pageLanguage(chosen));
    if (chosen['dir']) params.set('dir', String(chosen['dir']));
    if (this.width !== 'full') params.set('width', this.width);
    if (this.tab !== 'embed') params.set('tab', this.tab);
    // Only when the view changed: browsers refuse more than 100 history writes per 10 s (WebKit
    // throws), and the test suite walks every story in a few seconds.
    const search = `?${params}`;
    if (location.search !== search) history.replaceState(null, '', search);
  }

  protected override updated(): void {
    const canvas = this.querySelector<HTMLElement>('.canvas');
    if (!canvas || !this.selected) return;
    render(renderEntry(this.selected, this.args, this.globals), canvas);
    // Widgets read the page's language when they update: ask them to, after a language switch.
    for (const widget of Array.from(canvas.querySelectorAll<StoryElement<unknown>>('quote-card, position-matrix, negotiation-status'))) {
      if (this.liveSrc) widget.setAttribute('src', this.liveSrc);
      if (this.liveSrc && this.liveRefresh) widget.setAttribute('refresh', this.liveRefresh);
      else widget.removeAttribute('refresh');
      if (widget.loadedStory) this.shown.set(widget, widget.loadedStory);
      widget.requestUpdate();
    }
    const widget = canvas.querySelector<StoryElement<unknown>>(this.selected.meta.component);
    this.embedCode = widget ? widgetEmbedCode(widget, this.variant, pageLanguage(this.globals)) : '';
    const area = this.querySelector<HTMLTextAreaElement>('.embed-code');
    if (area) area.value = this.embedCode;
    this.writeUrl();
  }

  /** Takes the Story URL, and the story it holds now: what the first change is compared with. */
  private readonly handleLiveSrc = (event: Event): void => {
    this.liveSrc = (event.target as HTMLInputElement).value.trim();
    this.changes = [];
    this.baseline = undefined;
    if (!this.liveSrc) return;
    void fetch(this.liveSrc, { cache: 'no-cache' })
      .then((response) => response.json())
      .then((json: unknown) => {
        const result = validateStory(json);
        if (result.ok && !this.baseline) this.baseline = result.story;
      })
      .catch(() => undefined);
  };

  /** Lists what a refresh changed, from the story shown before (editor language) or, failing that, the ids. */
  private readonly handleUpdate = (event: Event): void => {
    const widget = event.target as StoryElement<unknown>;
    const after = widget.loadedStory;
    // Only a version of the same story: the widget may have shown another one before the URL was set.
    const before = [this.shown.get(widget), this.baseline].find((story) => story && story.id === after?.id);
    const { added, changed, removed } = (event as CustomEvent<NwUpdateDetail>).detail;
    const lines =
      before && after
        ? describeDiff(before, after)
        : Object.entries({ Added: added, Changed: changed, Removed: removed }).flatMap(([verb, ids]) =>
            Object.entries(ids).flatMap(([kind, list]) => (list.length ? [`${verb} ${kind}: ${list.join(', ')}`] : [])),
          );
    if (after) this.shown.set(widget, after);
    const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    this.changes = [...lines.map((line) => `${time} ${line}`), ...this.changes].slice(0, 50);
  };

  private setArg(name: string, value: unknown): void {
    this.args = { ...this.args, [name]: value };
  }

  private async handleCopy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.embedCode);
      this.announcement = 'Embed code copied';
    } catch {
      const area = this.querySelector<HTMLTextAreaElement>('.embed-code');
      area?.select();
      this.announcement = document.execCommand('copy') ? 'Embed code copied' : 'Could not copy: select the code and copy it';
    }
  }

  protected override render(): unknown {
    const filter = this.filter.trim().toLowerCase();
    const groups = new Map<string, Entry[]>();
    for (const entry of this.entries) {
      if (filter && !`${entry.group} ${entry.name}`.toLowerCase().includes(filter)) continue;
      groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
    }
    return html`
      <nav class="sidebar" aria-label="Stories">
        <label class="filter">Filter stories <input type="search" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} /></label>
        ${[...groups].map(
          ([group, entries]) => html`<h2>${group}</h2>
            <ul>
              ${entries.map(
                (entry) => html`<li>
                  <a href="?story=${entry.id}" aria-current=${entry === this.selected ? 'page' : 'false'}
                    @click=${(e: Event) => { e.preventDefault(); this.select(entry.id); }}>${entry.name}</a>
                </li>`,
              )}
            </ul>`,
        )}
        <h2>Pages</h2>
        <ul><li><a href="article.html">Article page (widgets server-rendered)</a></li><li><a href="gallery.html">Gallery: every layout</a></li></ul>
      </nav>
      <main class="main">
        <h1>${this.selected ? `${this.selected.group}: ${this.selected.name}` : 'No stories'}</h1>
        ${this.renderToolbar()}
        <div class=${classMap({ frame: true, [`width-${this.width}`]: true })}>
          <div class=${classMap({ page: true, dark: pageBackground(this.globals) === 'dark' })} lang=${pageLanguage(this.globals)} dir=${pageDirection(this.globals)}>
            <div class="canvas"></div>
          </div>
        </div>
        ${this.renderControls()} ${this.renderTabs()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </main>
    `;
  }

  /** Storybook's toolbar globals (stories/preview-globals.ts), and the workbench's preview width. */
  private renderToolbar(): unknown {
    const select = <T extends string>(label: string, value: T, options: readonly T[], onChange: (value: T) => void) => html`
      <label>${label}
        <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T)}>
          ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${option}</option>`)}
        </select>
      </label>`;
    const theme = THEMES.find((t) => t === this.globals['theme']) ?? THEMES.find((t) => t === this.args['theme']) ?? 'page';
    return html`<div class="toolbar" role="group" aria-label="Preview settings">
      ${select('Theme', theme, THEMES, (v) => this.setGlobal('theme', v))}
      ${select('Page background', pageBackground(this.globals), BACKGROUNDS, (v) => this.setGlobal('backgrounds', { value: v }))}
      ${select('Language', pageLanguage(this.globals), LANGUAGES, (v) => this.setGlobal('lang', v))}
      ${select('Direction', pageDirection(this.globals), DIRECTIONS, (v) => this.setGlobal('dir', v))}
      ${select('Width', this.width, WIDTHS, (v) => (this.width = v))}
      <label>Story URL
        <input type="url" placeholder="https://…/story.json" .value=${this.liveSrc} @change=${this.handleLiveSrc} />
      </label>
      <label>Refresh (s)
        <input type="number" min="30" step="1" placeholder="off" .value=${this.liveRefresh} @change=${(e: Event) => (this.liveRefresh = (e.target as HTMLInputElement).value.trim())} />
      </label>
    </div>
    ${this.liveSrc
      ? html`<section class="changes" aria-labelledby="changes-heading">
          <h2 id="changes-heading">Changes since the page loaded</h2>
          ${this.changes.length ? html`<ul>${this.changes.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>None yet${this.liveRefresh ? `: checked every ${Math.max(30, Number(this.liveRefresh) || 0)} s while this page is visible` : ': set Refresh to check for changes'}.</p>`}
        </section>`
      : nothing}`;
  }

  /** One control per attribute, from custom-elements.json as in Storybook; the theme is the toolbar's. */
  private renderControls(): unknown {
    const argTypes: Record<string, ArgType> = {
      ...(argTypesFromManifest(this.manifest, this.selected?.meta.component ?? '') as Record<string, ArgType>),
      ...this.selected?.meta.argTypes,
      ...this.selected?.story.argTypes,
    };
    const names = [...new Set([...Object.keys(argTypes), ...Object.keys(this.args)])].filter(
      (name) => name !== 'theme' && argTypes[name]?.control !== false && typeof this.args[name] !== 'function',
    );
    return html`<section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">Controls</h2>
      <div class="control-grid">
        ${names.map((name) => {
          const value = this.args[name];
          const type = controlType(argTypes[name], value);
          if (type === 'object' || type === 'date') return nothing;
          const id = `control-${name}`;
          if (type === 'boolean') {
            return html`<label class="check" for=${id}><input id=${id} type="checkbox" .checked=${Boolean(value)} @change=${(e: Event) => this.setArg(name, (e.target as HTMLInputElement).checked)} /> ${name}</label>`;
          }
          if (type === 'select') {
            return html`<label for=${id}>${name}
              <select id=${id} @change=${(e: Event) => this.setArg(name, (e.target as HTMLSelectElement).value)}>
                ${(argTypes[name]?.options ?? []).map((o) => html`<option value=${String(o)} ?selected=${o === value}>${String(o)}</option>`)}
              </select></label>`;
          }
          return html`<label for=${id}>${name}
            <input id=${id} type=${type === 'number' ? 'number' : 'text'} .value=${value === undefined ? '' : String(value)}
              @change=${(e: Event) => {
                const raw = (e.target as HTMLInputElement).value;
                this.setArg(name, type === 'number' ? Number(raw) : raw);
              }} /></label>`;
        })}
      </div>
    </section>`;
  }

  private renderTabs(): unknown {
    const tab = (id: 'embed' | 'docs', label: string) => html`<button role="tab" id="tab-${id}" aria-controls="panel-${id}"
      aria-selected=${this.tab === id ? 'true' : 'false'} tabindex=${this.tab === id ? 0 : -1}
      @click=${() => (this.tab = id)} @keydown=${this.handleTabKey}>${label}</button>`;
    return html`<div class="tabs">
      <div role="tablist" aria-label="Details">${tab('embed', 'Embed code')}${tab('docs', 'Docs')}</div>
      <div role="tabpanel" id="panel-${this.tab}" aria-labelledby="tab-${this.tab}" tabindex="0">
        ${this.tab === 'embed' ? this.renderEmbed() : this.renderDocs()}
      </div>
    </div>`;
  }

  private handleTabKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    this.tab = this.tab === 'embed' ? 'docs' : 'embed';
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  };

  private renderEmbed(): unknown {
    return html`<fieldset class="variants">
        <legend>Embed with</legend>
        ${VARIANTS.map(
          ({ id, label }) => html`<label><input type="radio" name="variant" value=${id} .checked=${this.variant === id} @change=${() => (this.variant = id)} />
            ${label}</label>`,
        )}
      </fieldset>
      <label class="embed-label" for="embed-code">Code to paste into your page</label>
      <textarea id="embed-code" class="embed-code" readonly rows="12"></textarea>
      <button class="copy" @click=${this.handleCopy}>Copy embed code</button>`;
  }

  private renderDocs(): unknown {
    const tag = this.selected?.meta.component;
    const declaration = declarationOf(this.manifest, tag ?? '');
    if (!declaration) return html`<p>No documentation found for &lt;${tag}&gt;.</p>`;
    const table = (caption: string, headings: string[], rows: (string | undefined)[][]) =>
      rows.length
        ? html`<table><caption>${caption}</caption>
            <thead><tr>${headings.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
            <tbody>${rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row"><code>${cell}</code></th>` : html`<td>${cell ?? ''}</td>`))}</tr>`)}</tbody>
          </table>`
        : nothing;
    return html`<p>${declaration.summary ?? declaration.description ?? ''}</p>
      ${table('Attributes', ['Attribute', 'Type', 'Default', 'Description'], (declaration.attributes ?? []).map((a) => [a.name, a.type?.text, a.default, a.description]))}
      ${table('Properties', ['Property', 'Type', 'Description'], (declaration.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static).map((m) => [m.name, m.type?.text, m.description]))}
      ${table('Events', ['Event', 'Description'], (declaration.events ?? []).map((e) => [e.name, e.description]))}
      ${table('Parts', ['Part', 'Description'], (declaration.cssParts ?? []).map((p) => [p.name, p.description]))}
      ${table('CSS custom properties', ['Property', 'Default', 'Description'], (declaration.cssProperties ?? []).map((p) => [p.name, p.default, p.description]))}`;
  }
}

if (!customElements.get('nw-workbench')) customElements.define('nw-workbench', NwWorkbench);
