/**
 * The demo workbench: a Storybook-style page where editors preview every widget story, change its
 * args, theme, language and width, and copy the embed code. Reads the CSF 3 files beside it.
 */
import { LitElement, html, nothing, render } from 'lit';
import { state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { embedCode, widgetAttributes } from '../src/embed.js';
import * as negotiationStatusStories from './negotiation-status.stories.js';
import * as positionMatrixStories from './position-matrix.stories.js';
import * as quoteCardStories from './quote-card.stories.js';
import type { EmbedVariant, WidgetName } from '../src/embed.js';
import type { StoryElement } from '../src/shared/story-element.js';

export type Args = Record<string, unknown>;

export interface ArgType {
  control?: string | { type: string };
  options?: readonly string[];
  description?: string;
}

export interface Meta {
  title: string;
  component: string;
  args?: Args;
  argTypes?: Record<string, ArgType>;
  render?: (args: Args) => unknown;
}

export interface StoryObject {
  name?: string;
  args?: Args;
  render?: (args: Args) => unknown;
}

export interface Entry {
  /** `component--export-name`, stable for URLs. */
  id: string;
  group: string;
  name: string;
  meta: Meta;
  story: StoryObject;
}

type Module = { default: Meta; __namedExportsOrder?: readonly string[] } & Record<string, unknown>;

const MODULES: Module[] = [quoteCardStories, positionMatrixStories, negotiationStatusStories] as unknown as Module[];

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Every named export of every CSF file, in file order. */
export function collectStories(modules: readonly Module[] = MODULES): Entry[] {
  return modules.flatMap((module) => {
    const meta = module.default;
    const order = module.__namedExportsOrder ?? Object.keys(module);
    return order
      .map((key) => [key, module[key]] as const)
      .filter(([key, value]) => key !== 'default' && typeof value === 'object' && value !== null && !Array.isArray(value))
      .map(([key, value]) => ({
        id: `${meta.component}--${kebab(key)}`,
        group: meta.title,
        name: (value as StoryObject).name ?? key,
        meta,
        story: value as StoryObject,
      }));
  });
}

const THEMES = ['page', 'light', 'dark', 'auto'] as const;
const LANGUAGES = ['en', 'de', 'fr', 'uk', 'ar'] as const;
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
  const control = typeof argType?.control === 'string' ? argType.control : argType?.control?.type;
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
  @state() private background: 'light' | 'dark' = 'light';
  @state() private language: (typeof LANGUAGES)[number] = 'en';
  @state() private width: (typeof WIDTHS)[number] = 'full';
  @state() private tab: 'embed' | 'docs' = 'embed';
  @state() private variant: EmbedVariant = 'script';
  @state() private announcement = '';
  @state() private manifest?: { modules: { declarations?: Declaration[] }[] };

  readonly entries = collectStories();
  /** The snippet for the current view; written into the textarea after each render. */
  embedCode = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoreFromUrl();
    void fetch('./custom-elements.json')
      .then((response) => (response.ok ? response.json() : undefined))
      .then((manifest) => (this.manifest = manifest))
      .catch(() => undefined);
  }

  /** Selects a story by id, with its default args. */
  select(id: string, args: Args = {}): void {
    const entry = this.entries.find((e) => e.id === id) ?? this.entries[0];
    if (!entry) return;
    this.selected = entry;
    this.args = { ...entry.meta.args, ...entry.story.args, ...args };
  }

  private restoreFromUrl(): void {
    const params = new URLSearchParams(location.search);
    let args: Args = {};
    try {
      const parsed: unknown = JSON.parse(params.get('args') ?? '{}');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) args = parsed as Args;
    } catch {
      args = {};
    }
    this.select(params.get('story') ?? '', args);
    const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
      const value = params.get(name);
      return allowed.includes(value as T) ? (value as T) : fallback;
    };
    this.background = pick('bg', ['light', 'dark'], 'light');
    this.language = pick('lang', LANGUAGES, 'en');
    this.width = pick('width', WIDTHS, 'full');
    this.tab = pick('tab', ['embed', 'docs'], 'embed');
  }

  private writeUrl(): void {
    if (!this.selected) return;
    const defaults: Args = { ...this.selected.meta.args, ...this.selected.story.args };
    const changed = Object.fromEntries(Object.entries(this.args).filter(([key, value]) => defaults[key] !== value));
    const params = new URLSearchParams({ story: this.selected.id });
    if (Object.keys(changed).length) params.set('args', JSON.stringify(changed));
    if (this.background !== 'light') params.set('bg', this.background);
    if (this.language !== 'en') params.set('lang', this.language);
    if (this.width !== 'full') params.set('width', this.width);
    if (this.tab !== 'embed') params.set('tab', this.tab);
    history.replaceState(null, '', `?${params}`);
  }

  protected override updated(): void {
    const canvas = this.querySelector<HTMLElement>('.canvas');
    if (!canvas || !this.selected) return;
    const renderStory = this.selected.story.render ?? this.selected.meta.render;
    render(renderStory ? renderStory(this.args) : nothing, canvas);
    // Widgets read the page's language when they update: ask them to, after a language switch.
    for (const widget of Array.from(canvas.querySelectorAll<LitElement>('quote-card, position-matrix, negotiation-status'))) {
      widget.requestUpdate();
    }
    const widget = canvas.querySelector<StoryElement<unknown>>(this.selected.meta.component);
    this.embedCode = widget ? widgetEmbedCode(widget, this.variant, this.language) : '';
    const area = this.querySelector<HTMLTextAreaElement>('.embed-code');
    if (area) area.value = this.embedCode;
    this.writeUrl();
  }

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
        <ul><li><a href="article.html">Article page</a></li></ul>
      </nav>
      <main class="main">
        <h1>${this.selected ? `${this.selected.group}: ${this.selected.name}` : 'No stories'}</h1>
        ${this.renderToolbar()}
        <div class=${classMap({ frame: true, [`width-${this.width}`]: true })}>
          <div class=${classMap({ page: true, dark: this.background === 'dark' })} lang=${this.language} dir=${this.language === 'ar' ? 'rtl' : 'ltr'}>
            <div class="canvas"></div>
          </div>
        </div>
        ${this.renderControls()} ${this.renderTabs()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </main>
    `;
  }

  private renderToolbar(): unknown {
    const select = <T extends string>(label: string, value: T, options: readonly T[], onChange: (value: T) => void) => html`
      <label>${label}
        <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T)}>
          ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${option}</option>`)}
        </select>
      </label>`;
    const theme = (this.args['theme'] as string | undefined) ?? 'page';
    return html`<div class="toolbar" role="group" aria-label="Preview settings">
      ${select('Theme', theme, THEMES, (v) => this.setArg('theme', v))}
      ${select('Page background', this.background, ['light', 'dark'] as const, (v) => (this.background = v))}
      ${select('Language', this.language, LANGUAGES, (v) => (this.language = v))}
      ${select('Width', this.width, WIDTHS, (v) => (this.width = v))}
    </div>`;
  }

  private renderControls(): unknown {
    const argTypes = this.selected?.meta.argTypes ?? {};
    const names = [...new Set([...Object.keys(argTypes), ...Object.keys(this.args)])].filter((name) => name !== 'theme');
    return html`<section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">Controls</h2>
      <div class="control-grid">
        ${names.map((name) => {
          const value = this.args[name];
          const type = controlType(argTypes[name], value);
          if (type === 'object') return nothing;
          const id = `control-${name}`;
          if (type === 'boolean') {
            return html`<label class="check" for=${id}><input id=${id} type="checkbox" .checked=${Boolean(value)} @change=${(e: Event) => this.setArg(name, (e.target as HTMLInputElement).checked)} /> ${name}</label>`;
          }
          if (type === 'select') {
            return html`<label for=${id}>${name}
              <select id=${id} @change=${(e: Event) => this.setArg(name, (e.target as HTMLSelectElement).value)}>
                ${(argTypes[name]?.options ?? []).map((o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`)}
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
    const declaration = this.manifest?.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
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

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: { name: string; type?: { text: string }; default?: string; description?: string }[];
  members?: { kind: string; name: string; static?: boolean; privacy?: string; type?: { text: string }; description?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}

if (!customElements.get('nw-workbench')) customElements.define('nw-workbench', NwWorkbench);
