/**
 * The story studio: an editor builds a story from their own article without writing JSON. The
 * article's text is the source; quotes are made by selecting its words; every quote, context and
 * reported sentence is checked against it (`checkAgainstSource`), the story against the format
 * (`validateStory`, `storyWarnings`), on every change; the three real widgets preview it. The draft
 * is kept in the browser (studio-model.ts). Nothing here goes into the reader bundles: the page
 * loads the widgets from the CDN bundle beside it (../cdn/), as a publisher's page does.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { embedCode } from '../../src/embed.js';
import { validateStory } from '../../src/data/diagnostics.js';
import { storyWarnings } from '../../src/data/warnings.js';
import { describeDiff } from '../../src/data/describe-diff.js';
import { checkAgainstSource, sourceTextFromHtml } from '../../src/data/source-check.js';
import { EVENT_STATUSES, PARTY_KINDS, STANCES } from '../../src/data/story.js';
import { DEFAULT_STORY_ID } from '../../src/data/stories/default-id.js';
import { STORY_FORMAT_DOCS, formatFieldAt } from '../../src/data/story-format.js';
import type { SourceCheckItem, SourceCheckResult } from '../../src/data/source-check.js';
import type { Story, ValidationError } from '../../src/data/story.js';
import type { WidgetName } from '../../src/embed.js';
import { DraftStore, History, SHEET_COLUMNS, addRows, columnsFromHeader, emptyStory, idFrom, parseRows, parseStoryText, quoteFromSelection, sheetTemplate } from './studio-model.js';
import type { Draft, SheetKind } from './studio-model.js';

type Json = Record<string, unknown>;

/** The value at a JSON pointer ("/quotes/0/text"), or undefined. */
function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const key of pointer.split('/').slice(1)) value = value && typeof value === 'object' ? (value as Json)[key] : undefined;
  return value;
}

/** Sets the value at a JSON pointer; an empty string or undefined removes an optional field. */
function setAt(root: Json, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() ?? '';
  let target: Json = root;
  for (const key of keys) {
    if (!target[key] || typeof target[key] !== 'object') target[key] = {};
    target = target[key] as Json;
  }
  if (value === '' || value === undefined) delete target[last];
  else target[last] = value;
}

/** What a pointer names, in the format's words: "Quote › Said by" for /quotes/3/speaker. */
function fieldLabel(pointer: string): string {
  const field = formatFieldAt(pointer);
  if (!field) return pointer || 'Story';
  const type = STORY_FORMAT_DOCS[field.type] as { label: string; fields: Record<string, { label: string }> };
  return field.key ? `${type.label} › ${type.fields[field.key]?.label ?? field.key}` : type.label;
}

const WIDTHS = [320, 672, 1024] as const;
const LANGUAGES = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['uk', 'Українська'],
  ['ar', 'العربية'],
] as const;
const LAYOUTS: Record<WidgetName, string[]> = {
  'quote-card': ['card', 'pull', 'compact'],
  'position-matrix': ['auto', 'table', 'compact', 'list'],
  'negotiation-status': ['full', 'compact', 'timeline'],
};

interface Problem {
  path: string;
  message: string;
  level: 'error' | 'warning' | 'source';
}

export class NwStudio extends LitElement {
  static override properties = {
    story: { state: true },
    source: { state: true },
    downloaded: { state: true },
    message: { state: true },
    conflict: { state: true },
    selection: { state: true },
    previewWidth: { state: true },
    previewTheme: { state: true },
    previewLang: { state: true },
    layouts: { state: true },
    cell: { state: true },
    sheets: { state: true },
  };

  declare story: Story;
  declare source: string;
  declare downloaded: Story | undefined;
  /** The last thing the studio has to say (saved, opened, a file it could not read), announced politely. */
  declare message: string;
  /** Another tab saved this draft since this one did. */
  declare conflict: boolean;
  declare selection: [number, number] | undefined;
  declare previewWidth: number;
  declare previewTheme: 'light' | 'dark';
  declare previewLang: string;
  declare layouts: Record<WidgetName, string>;
  /** The matrix cell being edited: party id, issue id. */
  declare cell: [string, string] | undefined;
  /** Rows pasted from a spreadsheet, per table, and the column each fills (chosen or read from the header). */
  declare sheets: Record<SheetKind, { text: string; columns?: string[] }>;

  /** The quote whose form is open: the one just added. */
  private openQuote = -1;
  private readonly drafts = new DraftStore();
  private readonly history = new History();
  private lastEditKey = '';
  private lastEditAt = 0;
  private check: SourceCheckResult | undefined;
  private problems: Problem[] = [];
  /** The last story without errors: the preview shows it while the draft has errors. */
  private validStory: Story | undefined;
  private previewStale = false;

  constructor() {
    super();
    const saved = this.drafts.load();
    this.story = saved?.story ?? emptyStory();
    this.source = saved?.source ?? '';
    this.downloaded = saved?.downloaded;
    this.message = saved ? `Draft restored (saved ${new Date(saved.savedAt).toLocaleString()}).` : '';
    this.conflict = false;
    this.selection = undefined;
    this.previewWidth = 672;
    this.previewTheme = 'light';
    this.previewLang = 'en';
    this.layouts = { 'quote-card': 'card', 'position-matrix': 'auto', 'negotiation-status': 'full' };
    this.cell = undefined;
    this.sheets = { quotes: { text: '' }, events: { text: '' } };
    this.history.push(this.draft);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (event.storageArea === localStorage && this.drafts.changedElsewhere()) this.conflict = true;
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement | null;
    // Inside a text field the browser's own undo applies to the field.
    if (target?.closest('input, textarea')) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) this.redo();
      else this.undo();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    this.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    this.removeEventListener('keydown', this.onKey);
  }

  get draft(): Draft {
    return { story: this.story, source: this.source, ...(this.downloaded ? { downloaded: this.downloaded } : {}) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('story') && !changed.has('source')) return;
    const result = validateStory(this.story);
    const problems: Problem[] = [];
    this.previewStale = !result.ok && this.validStory !== undefined;
    if (result.ok) {
      this.validStory = result.story;
      for (const warning of storyWarnings(result.story)) problems.push({ ...warning, level: 'warning' });
    } else {
      problems.push(...result.errors.map((error: ValidationError) => ({ ...error, level: 'error' as const })));
    }
    // The source check runs on a draft with errors too: the quotes are checked while the rest is unfinished.
    try {
      this.check = this.source.trim() ? checkAgainstSource(this.story, this.source) : undefined;
    } catch {
      this.check = undefined;
    }
    for (const item of this.check?.problems ?? []) problems.push({ path: item.pointer, message: `Source: ${item.message ?? 'not found'}`, level: 'source' });
    for (const warning of this.check?.warnings ?? []) problems.push({ path: warning.pointer, message: warning.message, level: 'warning' });
    this.problems = problems;
  }

  /** Applies an edit to a copy of the draft, saves it, and records it for undo (typing in one field is one step). */
  private edit(key: string, change: (story: Story) => void, source = this.source): void {
    const story = structuredClone(this.story);
    change(story);
    this.story = story;
    this.source = source;
    this.commit(key);
  }

  private commit(key: string): void {
    const now = Date.now();
    const sameField = key !== '' && key === this.lastEditKey && now - this.lastEditAt < 1500;
    this.lastEditKey = key;
    this.lastEditAt = now;
    if (sameField) this.history.replaceTop(this.draft);
    else this.history.push(this.draft);
    this.save();
  }

  private save(force = false): void {
    const result = this.drafts.save(this.draft, force);
    if (result === 'conflict') this.conflict = true;
    else if (result === 'full') this.message = 'The browser refused to keep the draft (storage full): download the story to keep your work.';
    else if (force) this.conflict = false;
  }

  private restore(draft: Draft | undefined): void {
    if (!draft) return;
    this.story = draft.story;
    this.source = draft.source;
    this.downloaded = draft.downloaded;
    this.lastEditKey = '';
    this.save();
  }

  undo(): void {
    this.restore(this.history.undo());
  }

  redo(): void {
    this.restore(this.history.redo());
  }

  /** Opens a story (a file's text, pasted text or a fetched file): asks before replacing a draft with content. */
  openStoryText(text: string, from: string): boolean {
    const parsed = parseStoryText(text);
    if ('error' in parsed) {
      this.message = `${from}: ${parsed.error} Your draft is unchanged.`;
      return false;
    }
    const hasWork = this.story.quotes.length > 0 || this.story.headline !== '' || this.source !== '';
    if (hasWork && !confirm(`Open ${from}? It replaces the story you are editing (you can undo).`)) return false;
    this.story = parsed.story as Story;
    this.downloaded = structuredClone(parsed.story as Story);
    this.lastEditKey = '';
    this.commit('');
    this.message = `Opened ${from}.`;
    return true;
  }

  private async openStoryFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.openStoryText(await file.text(), file.name);
    input.value = '';
  }

  private async openStoryUrl(form: HTMLFormElement): Promise<void> {
    const url = new FormData(form).get('url')?.toString().trim() ?? '';
    if (!/^https?:\/\//i.test(url) && !url.startsWith('/')) {
      this.message = 'A story address starts with https:// (or http://).';
      return;
    }
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.openStoryText(await response.text(), url);
    } catch (error) {
      this.message = `${url} could not be read (${(error as Error).message}). Your draft is unchanged.`;
    }
  }

  /** The story the widgets ship with, from the CDN folder beside the studio. */
  private async openBuiltIn(): Promise<void> {
    const url = new URL(`../cdn/stories/${DEFAULT_STORY_ID}.json`, location.href).href;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.openStoryText(await response.text(), 'the built-in story');
    } catch (error) {
      this.message = `The built-in story could not be read (${(error as Error).message}).`;
    }
  }

  private async openSourceFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    // An HTML page is read as text: nothing in it runs or loads.
    const source = /\.x?html?$/i.test(file.name) || /^\s*<(?:!doctype|html)/i.test(text) ? sourceTextFromHtml(text) : text;
    this.edit('', () => undefined, source);
    this.message = `Source text read from ${file.name}.`;
    input.value = '';
  }

  downloadStory(): void {
    const text = `${JSON.stringify(this.story, null, 2)}\n`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = `${this.story.id || 'story'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.downloaded = structuredClone(this.story);
    this.save();
    this.message = `Downloaded ${link.download}.`;
  }

  /** "Add quote": the selected words of the source become a quote, their sentence its context. */
  addQuote(): void {
    const [start, end] = this.selection ?? [0, 0];
    const words = quoteFromSelection(this.source, start, end);
    if (!words) {
      this.message = 'Select the quoted words in the source text first.';
      return;
    }
    const id = idFrom(words.text.split(/\s+/).slice(0, 5).join(' '), this.story.quotes.map((q) => q.id));
    const firstPerson = this.story.people[0]?.id;
    this.edit('', (story) => {
      story.quotes.push({ id, ...(firstPerson ? { speaker: firstPerson } : { party: story.parties[0]?.id ?? '' }), ...words, issues: [] });
    });
    this.openQuote = this.story.quotes.length - 1;
    this.message = `Quote added: choose its speaker, date and venue below.`;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`[data-pointer="/quotes/${this.story.quotes.length - 1}/speaker"]`)?.focus());
  }

  /** Takes the editor to the field a problem names (or the nearest one that exists). */
  async goTo(path: string): Promise<void> {
    const position = /^\/positions\/(\d+)/.exec(path);
    const target = position ? this.story.positions[Number(position[1])] : undefined;
    if (target) {
      this.cell = [target.party, target.issue];
      await this.updateComplete;
    }
    for (let pointer = path; pointer; pointer = pointer.slice(0, pointer.lastIndexOf('/'))) {
      const field = this.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`);
      if (!field) continue;
      field.closest('details')?.setAttribute('open', '');
      field.focus();
      field.scrollIntoView({ block: 'center' });
      return;
    }
  }

  private readonly trackSelection = (event: Event): void => {
    const area = event.target as HTMLTextAreaElement;
    this.selection = area.selectionStart !== area.selectionEnd ? [area.selectionStart, area.selectionEnd] : undefined;
  };

  // Fields: each bound to a JSON pointer into the story, named by its label.

  private text(pointer: string, label: string, options: { multiline?: boolean; required?: boolean; type?: string; hint?: string } = {}): TemplateResult {
    const value = (valueAt(this.story, pointer) as string | undefined) ?? '';
    const onInput = (event: Event) => this.edit(pointer, (story) => setAt(story as unknown as Json, pointer, (event.target as HTMLInputElement).value || (options.required ? '' : undefined)));
    const id = `f${pointer.replace(/\//g, '-')}`;
    return html`<div class="field">
      <label for=${id}>${label}${options.required ? html` <span class="required">(required)</span>` : nothing}</label>
      ${options.multiline
        ? html`<textarea id=${id} data-pointer=${pointer} rows="2" .value=${value} @input=${onInput}></textarea>`
        : html`<input id=${id} data-pointer=${pointer} type=${options.type ?? 'text'} .value=${value} @input=${onInput} />`}
      ${options.hint ? html`<small>${options.hint}</small>` : nothing}
    </div>`;
  }

  private select(pointer: string, label: string, options: readonly (readonly [string, string])[], emptyLabel?: string): TemplateResult {
    const value = (valueAt(this.story, pointer) as string | undefined) ?? '';
    const id = `f${pointer.replace(/\//g, '-')}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} data-pointer=${pointer} @change=${(event: Event) => this.edit('', (story) => setAt(story as unknown as Json, pointer, (event.target as HTMLSelectElement).value || undefined))}>
        ${emptyLabel !== undefined ? html`<option value="" ?selected=${value === ''}>${emptyLabel}</option>` : nothing}
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  /** Checkboxes for a list of ids (a quote's issues, an event's parties). */
  private ids(pointer: string, legend: string, options: readonly (readonly [string, string])[]): TemplateResult {
    const chosen = new Set((valueAt(this.story, pointer) as string[] | undefined) ?? []);
    if (options.length === 0) return html``;
    return html`<fieldset class="ids" data-pointer=${pointer} tabindex="-1">
      <legend>${legend}</legend>
      ${options.map(
        ([id, text]) =>
          html`<label><input type="checkbox" .checked=${chosen.has(id)} @change=${(event: Event) =>
              this.edit('', (story) => {
                const list = new Set((valueAt(story, pointer) as string[] | undefined) ?? []);
                if ((event.target as HTMLInputElement).checked) list.add(id);
                else list.delete(id);
                setAt(story as unknown as Json, pointer, options.map(([o]) => o).filter((o) => list.has(o)));
              })} />${text}</label>`,
      )}
    </fieldset>`;
  }

  private removeButton(what: string, list: 'people' | 'parties' | 'issues' | 'quotes' | 'positions', index: number): TemplateResult {
    return html`<button type="button" class="quiet" @click=${() => this.edit('', (story) => void story[list].splice(index, 1))}>Remove ${what}</button>`;
  }

  private get partyOptions(): [string, string][] {
    return this.story.parties.map((p) => [p.id, p.shortName || p.name || p.id]);
  }

  private get issueOptions(): [string, string][] {
    return this.story.issues.map((i) => [i.id, i.title || i.id]);
  }

  // Sections.

  private renderSource(): TemplateResult {
    return html`<details class="section" open>
      <summary><h2>Source</h2></summary>
      <p class="hint">Paste the article's text, or open it as a .txt or .html file. Select the quoted words and choose <b>Add quote</b>.</p>
      <div class="row">
        <label class="file">Open article file <input type="file" accept=".txt,.html,.htm,text/plain,text/html" @change=${this.openSourceFile} /></label>
        <button type="button" class="primary" ?disabled=${!this.selection} @click=${this.addQuote}>Add quote</button>
      </div>
      <label for="source-text" class="visually-hidden">Source text</label>
      <textarea
        id="source-text"
        class="source"
        aria-label="Source text"
        spellcheck="false"
        .value=${this.source}
        @input=${(event: Event) => this.edit('source', () => undefined, (event.target as HTMLTextAreaElement).value)}
        @select=${this.trackSelection}
        @keyup=${this.trackSelection}
        @mouseup=${this.trackSelection}
      ></textarea>
    </details>`;
  }

  private renderStoryFields(): TemplateResult {
    return html`<details class="section" open>
      <summary><h2>Story</h2></summary>
      ${this.text('/headline', 'Headline', { required: true })} ${this.text('/summary', 'Summary', { multiline: true, required: true })}
      <div class="grid3">
        ${this.text('/id', 'Story id', { required: true, hint: 'letters, digits and - _ .' })} ${this.text('/language', 'Language', { required: true, hint: 'en, de, fr…' })}
        ${this.text('/published', 'Published', { hint: 'YYYY-MM-DD, YYYY-MM or YYYY' })}
      </div>
      <div class="grid3">${this.text('/updated', 'Updated')} ${this.text('/source/name', 'Publisher')} ${this.text('/source/url', 'Article URL', { type: 'url' })}</div>
    </details>`;
  }

  private renderParties(): TemplateResult {
    const kinds = PARTY_KINDS.map((k) => [k, k] as const);
    return html`<details class="section" open>
      <summary><h2>Parties <span class="count">${this.story.parties.length}</span></h2></summary>
      ${this.story.parties.map(
        (_, i) => html`<div class="item grid3">
          ${this.text(`/parties/${i}/name`, 'Name', { required: true })} ${this.text(`/parties/${i}/shortName`, 'Short name', { required: true })}
          ${this.select(`/parties/${i}/kind`, 'Kind', kinds)} ${this.removeButton('party', 'parties', i)}
        </div>`,
      )}
      <form class="row" @submit=${(event: SubmitEvent) => this.addNamed(event, 'parties')}>
        <label>New party <input name="name" required placeholder="Germany" /></label><button type="submit">Add party</button>
      </form>
    </details>`;
  }

  private renderPeople(): TemplateResult {
    return html`<details class="section" open>
      <summary><h2>People <span class="count">${this.story.people.length}</span></h2></summary>
      ${this.story.people.map(
        (_, i) => html`<div class="item grid3">
          ${this.text(`/people/${i}/name`, 'Name', { required: true })} ${this.text(`/people/${i}/role`, 'Role', { required: true, hint: 'as it reads after the name' })}
          ${this.select(`/people/${i}/party`, 'Party', this.partyOptions, 'Choose…')} ${this.removeButton('person', 'people', i)}
        </div>`,
      )}
      <form class="row" @submit=${(event: SubmitEvent) => this.addNamed(event, 'people')}>
        <label>New person <input name="name" required placeholder="Annalena Baerbock" /></label><button type="submit">Add person</button>
      </form>
    </details>`;
  }

  private renderIssues(): TemplateResult {
    return html`<details class="section" open>
      <summary><h2>Issues <span class="count">${this.story.issues.length}</span></h2></summary>
      ${this.story.issues.map(
        (_, i) => html`<div class="item grid2">
          ${this.text(`/issues/${i}/title`, 'Title', { required: true })} ${this.text(`/issues/${i}/question`, 'Question', { required: true, hint: 'the yes-or-no question the parties answer' })}
          ${this.removeButton('issue', 'issues', i)}
        </div>`,
      )}
      <form class="row" @submit=${(event: SubmitEvent) => this.addNamed(event, 'issues')}>
        <label>New issue <input name="name" required placeholder="Ceasefire" /></label><button type="submit">Add issue</button>
      </form>
    </details>`;
  }

  private addNamed(event: SubmitEvent, list: 'parties' | 'people' | 'issues'): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = new FormData(form).get('name')?.toString().trim() ?? '';
    if (!name) return;
    this.edit('', (story) => {
      const id = idFrom(name, (story[list] as { id: string }[]).map((item) => item.id));
      if (list === 'parties') story.parties.push({ id, name, shortName: name, kind: 'country' });
      else if (list === 'people') story.people.push({ id, name, role: '', party: story.parties[0]?.id ?? '' });
      else story.issues.push({ id, title: name, question: '' });
    });
    form.reset();
  }

  private checkOf(pointer: string): SourceCheckItem | undefined {
    return this.check?.items.find((item) => item.pointer === pointer);
  }

  /** Whether a checked passage stands in the source, and where it does not, the closest passage and the difference. */
  private renderCheck(pointer: string): TemplateResult | typeof nothing {
    if (!this.source.trim()) return nothing;
    const item = this.checkOf(pointer);
    if (!item) return nothing;
    if (item.found) return html`<p class="check found">✓ Found in the source</p>`;
    return html`<div class="check missing" role="group" aria-label="Source check">
      <p>✕ ${item.message}</p>
      ${item.closest
        ? html`<p class="diff">
            Closest passage:
            ${item.closest.diff.map((change) =>
              change.in === 'same' ? html`<span>${change.text} </span>` : change.in === 'source' ? html`<del title="in the source">${change.text}</del> ` : html`<ins title="only in the story">${change.text}</ins> `,
            )}
          </p>`
        : item.passage
          ? html`<p class="diff">In the source: ${item.passage.text}</p>`
          : html`<p class="diff">Nothing like it in the source.</p>`}
    </div>`;
  }

  private renderQuotes(): TemplateResult {
    const speakers = [...this.story.people.map((p) => [`person:${p.id}`, p.name || p.id] as const), ...this.story.parties.map((p) => [`party:${p.id}`, `${p.name || p.id} (the party)`] as const)];
    return html`<details class="section" open>
      <summary><h2>Quotes <span class="count">${this.story.quotes.length}</span></h2></summary>
      ${this.story.quotes.length === 0 ? html`<p class="hint">No quotes yet: select words in the source and choose Add quote.</p>` : nothing} ${this.renderSheet('quotes')}
      ${this.story.quotes.map((quote, i) => {
        const who = quote.speaker ? `person:${quote.speaker}` : `party:${quote.party ?? ''}`;
        const check = this.checkOf(`/quotes/${i}/text`);
        const speaker = quote.speaker ? this.story.people.find((p) => p.id === quote.speaker)?.name : this.story.parties.find((p) => p.id === quote.party)?.name;
        return html`<details class="item quote" ?open=${i === this.openQuote}>
          <summary>
            ${check ? html`<span class=${check.found ? 'mark found' : 'mark missing'}>${check.found ? '✓' : '✕'}<span class="visually-hidden">${check.found ? 'found in the source' : 'not found in the source'}</span></span>` : nothing}
            “${quote.text.length > 90 ? `${quote.text.slice(0, 90)}…` : quote.text}”${speaker ? html` <span class="who">${speaker}</span>` : nothing}
          </summary>
          ${this.renderInlineProblems(`/quotes/${i}`)}
          ${this.text(`/quotes/${i}/text`, 'Quoted words', { multiline: true, required: true, hint: '… where words are left out, [brackets] around words you add' })}
          ${this.renderCheck(`/quotes/${i}/text`)}
          ${this.text(`/quotes/${i}/context`, 'Context before', { multiline: true })} ${this.renderCheck(`/quotes/${i}/context`)}
          ${this.text(`/quotes/${i}/contextAfter`, 'Context after', { multiline: true })} ${this.renderCheck(`/quotes/${i}/contextAfter`)}
          <div class="grid3">
            <div class="field">
              <label for=${`speaker-${i}`}>Said by</label>
              <select
                id=${`speaker-${i}`}
                data-pointer=${`/quotes/${i}/speaker`}
                @change=${(event: Event) =>
                  this.edit('', (story) => {
                    const [kind, id] = (event.target as HTMLSelectElement).value.split(':') as [string, string];
                    const target = story.quotes[i]!;
                    delete target.speaker;
                    delete target.party;
                    if (kind === 'person') target.speaker = id;
                    else target.party = id;
                  })}
              >
                <option value="" ?selected=${who === 'party:'}>Choose…</option>
                ${speakers.map(([value, label]) => html`<option value=${value} ?selected=${value === who}>${label}</option>`)}
              </select>
            </div>
            ${this.text(`/quotes/${i}/date`, 'Date', { hint: 'only when the article gives it' })} ${this.text(`/quotes/${i}/venue`, 'Venue', { hint: '"on X", "at a summit in Brussels"' })}
          </div>
          <details class="new-speaker">
            <summary>Someone not in the list?</summary>
            <form class="row" @submit=${(event: SubmitEvent) => this.addSpeaker(event, i)}>
              <label>Name <input name="name" required /></label>
              <label>Role <input name="role" required placeholder="as it reads after the name" /></label>
              <label>Party
                <select name="party" required>
                  ${this.partyOptions.map(([id, label]) => html`<option value=${id}>${label}</option>`)}
                </select></label>
              <button type="submit" ?disabled=${this.story.parties.length === 0}>Add as speaker</button>
            </form>
          </details>
          ${this.ids(`/quotes/${i}/issues`, 'About', this.issueOptions)} ${this.text(`/quotes/${i}/id`, 'Quote id', { required: true })}
          ${this.removeButton('quote', 'quotes', i)}
        </details>`;
      })}
    </details>`;
  }

  /** Rows pasted from a spreadsheet, each column mapped to a field, added as quotes or events. */
  private renderSheet(kind: SheetKind): TemplateResult {
    const sheet = this.sheets[kind];
    const rows = parseRows(sheet.text);
    const header = rows[0] ? columnsFromHeader(kind, rows[0]) : undefined;
    const body = header ? rows.slice(1) : rows;
    const columns = sheet.columns ?? header ?? Object.keys(SHEET_COLUMNS[kind]).slice(0, rows[0]?.length ?? 0);
    const what = kind === 'quotes' ? 'quotes' : 'events';
    const setSheet = (next: Partial<{ text: string; columns: string[] }>) => (this.sheets = { ...this.sheets, [kind]: { ...sheet, ...next } });
    return html`<details class="sheet">
      <summary>Paste ${what} from a spreadsheet</summary>
      <p class="hint">Copy rows from Excel, Google Sheets or Numbers and paste them here; a first row of column names is recognised.
        <button type="button" class="quiet" @click=${() => void navigator.clipboard.writeText(sheetTemplate(kind)).then(() => (this.message = `Template for ${what} copied: paste it into a spreadsheet.`))}>Copy a template</button></p>
      <label for=${`sheet-${kind}`} class="visually-hidden">Spreadsheet rows (${what})</label>
      <textarea id=${`sheet-${kind}`} aria-label=${`Spreadsheet rows (${what})`} rows="3" .value=${sheet.text} @input=${(e: Event) => setSheet({ text: (e.target as HTMLTextAreaElement).value })}></textarea>
      ${body.length
        ? html`<div class="row">
              ${(rows[0] ?? []).map(
                (cell, i) => html`<label>Column ${i + 1}${header ? html` (“${cell}”)` : nothing}
                  <select @change=${(e: Event) => setSheet({ columns: Object.assign([...columns], { [i]: (e.target as HTMLSelectElement).value }) })}>
                    <option value="" ?selected=${!columns[i]}>leave out</option>
                    ${Object.keys(SHEET_COLUMNS[kind]).map((key) => html`<option value=${key} ?selected=${columns[i] === key}>${key}</option>`)}
                  </select></label>`,
              )}
            </div>
            <button
              type="button"
              @click=${() => {
                const result = addRows(this.story, kind, body, columns);
                this.edit('', (story) => Object.assign(story, result.story));
                this.sheets = { ...this.sheets, [kind]: { text: '' } };
                this.message = `${result.added} ${what} added.${result.notes.length ? ` ${result.notes.join(' ')}` : ''}`;
              }}
            >
              Add ${body.length} ${what}
            </button>`
        : nothing}
    </details>`;
  }

  /** A person added from a quote's form, and made its speaker. */
  private addSpeaker(event: SubmitEvent, quote: number): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const name = data.get('name')?.toString().trim() ?? '';
    const role = data.get('role')?.toString().trim() ?? '';
    const party = data.get('party')?.toString() ?? '';
    if (!name || !role || !party) return;
    this.edit('', (story) => {
      const id = idFrom(name, story.people.map((p) => p.id));
      story.people.push({ id, name, role, party });
      const target = story.quotes[quote]!;
      delete target.party;
      target.speaker = id;
    });
    this.message = `${name} added to People and chosen as the speaker.`;
  }

  private renderPositions(): TemplateResult {
    const { parties, issues } = this.story;
    if (parties.length === 0 || issues.length === 0) {
      return html`<details class="section" open><summary><h2>Positions</h2></summary><p class="hint">Add parties and issues first.</p></details>`;
    }
    const [cellParty, cellIssue] = this.cell ?? [];
    const index = this.story.positions.findIndex((p) => p.party === cellParty && p.issue === cellIssue);
    return html`<details class="section" open>
      <summary><h2>Positions <span class="count">${this.story.positions.length}</span></h2></summary>
      <p class="hint">Choose each party's stance on each issue, then its evidence. A cell left "not stated" needs nothing: the matrix shows it as not stated.</p>
      <div class="grid-scroll">
        <table class="stances">
          <thead>
            <tr>
              <td></td>
              ${parties.map((party) => html`<th scope="col">${party.shortName || party.name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${issues.map(
              (issue) => html`<tr>
                <th scope="row">${issue.title || issue.id}</th>
                ${parties.map((party) => {
                  const at = this.story.positions.findIndex((p) => p.party === party.id && p.issue === issue.id);
                  const stance = this.story.positions[at]?.stance ?? 'not-stated';
                  const current = party.id === cellParty && issue.id === cellIssue;
                  return html`<td class=${current ? 'current' : ''}>
                    <select
                      aria-label=${`${party.shortName || party.name} on ${issue.title || issue.id}`}
                      id=${`stance-${party.id}-${issue.id}`}
                      data-pointer=${at >= 0 ? `/positions/${at}/stance` : nothing}
                      @change=${(event: Event) => this.setStance(party.id, issue.id, (event.target as HTMLSelectElement).value)}
                    >
                      ${STANCES.map((s) => html`<option value=${s} ?selected=${stance === s}>${s.replace('-', ' ')}</option>`)}
                    </select>
                    ${at >= 0
                      ? html`<button type="button" class="quiet" aria-pressed=${current ? 'true' : 'false'} @click=${() => (this.cell = [party.id, issue.id])}>
                          Evidence<span class="visually-hidden"> of ${party.shortName || party.name} on ${issue.title || issue.id}</span>
                        </button>`
                      : nothing}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${index >= 0 ? this.renderPosition(index) : nothing}
    </details>`;
  }

  /** One cell's summary, evidence (offered from that party's quotes) and reported sentence. */
  /** The validator's problems and warnings about one item, beside its fields (the source check shows under each field). */
  private renderInlineProblems(base: string): TemplateResult | typeof nothing {
    const here = this.problems.filter((p) => p.level !== 'source' && (p.path === base || p.path.startsWith(`${base}/`)));
    if (here.length === 0) return nothing;
    return html`<ul class="inline-problems">
      ${here.map((p) => html`<li class=${p.level}>${p.level === 'warning' ? 'Warning: ' : ''}${p.message}</li>`)}
    </ul>`;
  }

  private renderPosition(index: number): TemplateResult {
    const position = this.story.positions[index]!;
    const party = this.story.parties.find((p) => p.id === position.party);
    const issue = this.story.issues.find((i) => i.id === position.issue);
    const quotes = this.story.quotes.filter((q) => (q.party ?? this.story.people.find((p) => p.id === q.speaker)?.party) === position.party);
    const base = `/positions/${index}`;
    return html`<div class="item position" role="group" aria-label=${`${party?.name ?? position.party} on ${issue?.title ?? position.issue}`}>
      <h3>${party?.name ?? position.party} on ${issue?.title ?? position.issue}: ${position.stance.replace('-', ' ')}</h3>
      ${this.renderInlineProblems(base)}
      ${this.text(`${base}/summary`, 'Summary', { required: true, hint: 'one sentence, in the article’s terms' })}
      ${quotes.length
        ? this.ids(`${base}/evidence`, 'Evidence', quotes.map((q) => [q.id, `“${q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text}”`] as const))
        : html`<p class="hint" data-pointer=${`${base}/evidence`} tabindex="-1">No quotes of ${party?.name ?? 'this party'} yet.</p>`}
      ${this.text(`${base}/reported`, 'Reported sentence', { multiline: true, hint: 'the article’s own sentence, when nobody is quoted' })}
      ${this.renderCheck(`${base}/reported`)}
    </div>`;
  }

  private setStance(party: string, issue: string, stance: string): void {
    this.edit('', (story) => {
      const index = story.positions.findIndex((p) => p.party === party && p.issue === issue);
      if (stance === 'not-stated') {
        if (index >= 0) story.positions.splice(index, 1);
      } else if (index >= 0) story.positions[index]!.stance = stance as Story['positions'][number]['stance'];
      else story.positions.push({ party, issue, stance: stance as Story['positions'][number]['stance'], summary: '', evidence: [] });
    });
    this.cell = stance === 'not-stated' ? undefined : [party, issue];
  }

  private renderNegotiation(): TemplateResult {
    const negotiation = this.story.negotiation;
    const statuses = EVENT_STATUSES.map((s) => [s, s] as const);
    return html`<details class="section" ?open=${negotiation !== undefined}>
      <summary><h2>Negotiation</h2></summary>
      ${negotiation
        ? html`${this.text('/negotiation/title', 'Title', { required: true })}
            <div class="grid3">
              ${this.text('/negotiation/label', 'Label', { hint: 'the talks in a few words' })} ${this.text('/negotiation/conflictStart', 'Started', { required: true })}
              ${this.text('/negotiation/asOf', 'As of', { required: true })}
            </div>
            ${this.select('/negotiation/stage', 'Current stage', negotiation.stages.map((s) => [s.id, s.label || s.id] as const), 'Choose…')}
            <h3>Stages</h3>
            ${negotiation.stages.map((_, i) => html`<div class="item grid2">${this.text(`/negotiation/stages/${i}/label`, 'Stage', { required: true })} ${this.text(`/negotiation/stages/${i}/id`, 'Id', { required: true })}</div>`)}
            <button type="button" @click=${() => this.edit('', (s) => s.negotiation!.stages.push({ id: idFrom('stage', s.negotiation!.stages.map((x) => x.id)), label: '' }))}>Add stage</button>
            <h3>Events</h3>
            ${negotiation.events.map(
              (event, i) => html`<div class="item">
                <div class="grid3">
                  ${this.text(`/negotiation/events/${i}/title`, 'Event', { required: true })} ${this.text(`/negotiation/events/${i}/date`, 'Date', { hint: 'empty when not set' })}
                  ${this.select(`/negotiation/events/${i}/status`, 'Status', statuses)}
                </div>
                ${this.ids(`/negotiation/events/${i}/parties`, 'Parties', this.partyOptions)}
                ${this.select(`/negotiation/events/${i}/quote`, 'Quote', this.story.quotes.map((q) => [q.id, q.id] as const), 'None')}
                <button type="button" class="quiet" @click=${() => this.edit('', (s) => void s.negotiation!.events.splice(i, 1))}>Remove event ${event.title}</button>
              </div>`,
            )}
            ${this.renderSheet('events')}
            <button type="button" @click=${() => this.edit('', (s) => s.negotiation!.events.push({ id: idFrom('event', s.negotiation!.events.map((x) => x.id)), date: null, title: '', parties: [], status: 'scheduled' }))}>Add event</button>
            <h3>Obstacles</h3>
            ${negotiation.obstacles.map(
              (_, i) => html`<div class="item">
                ${this.text(`/negotiation/obstacles/${i}/text`, 'Obstacle', { multiline: true, required: true })} ${this.ids(`/negotiation/obstacles/${i}/parties`, 'Parties', this.partyOptions)}
                ${this.select(`/negotiation/obstacles/${i}/issue`, 'Issue', this.issueOptions, 'None')}
              </div>`,
            )}
            <button type="button" @click=${() => this.edit('', (s) => s.negotiation!.obstacles.push({ id: idFrom('obstacle', s.negotiation!.obstacles.map((x) => x.id)), text: '', parties: [] }))}>Add obstacle</button>`
        : html`<button
            type="button"
            @click=${() =>
              this.edit('', (s) => {
                const today = new Date().toISOString().slice(0, 10);
                s.negotiation = { title: '', conflictStart: today, asOf: today, stage: 'talks', stages: [{ id: 'talks', label: 'Talks' }], events: [], obstacles: [] };
              })}
          >
            Add the state of the talks
          </button>`}
    </details>`;
  }

  private renderProblems(): TemplateResult {
    const { problems } = this;
    const checked = this.check?.items.length ?? 0;
    return html`<section class="panel problems" role="region" aria-label="Problems">
      <h2>Problems <span class="count">${problems.length}</span></h2>
      ${this.source.trim() && this.check ? html`<p class="hint">${checked - this.check.problems.length} of ${checked} passages found in the source (quoted words, their context, reported sentences).</p>` : nothing}
      ${!this.source.trim() ? html`<p class="hint">Paste the source text to check every quote against it.</p>` : nothing}
      ${problems.length === 0
        ? html`<p class="ok">No problems.</p>`
        : html`<ul>
            ${problems.map((problem) => {
              const id = this.itemIdOf(problem.path);
              return html`<li class=${problem.level}>
                <button type="button" class="link" @click=${() => void this.goTo(problem.path)}>${fieldLabel(problem.path)}</button> <code>${problem.path || '/'}</code>
                ${id ? html`<span class="item-id">${id}</span>` : nothing} ${problem.level === 'warning' ? 'Warning: ' : ''}${problem.message}
              </li>`;
            })}
          </ul>`}
    </section>`;
  }

  /** The id of the item a pointer falls in ("/quotes/3/text" → the quote's id), for the problems list. */
  private itemIdOf(path: string): string | undefined {
    const match = /^\/((?:negotiation\/)?\w+)\/(\d+)/.exec(path);
    if (!match) return undefined;
    const item = valueAt(this.story, `/${match[1]}/${match[2]}`) as { id?: string; party?: string; issue?: string } | undefined;
    return item?.id ?? (item?.party ? `${item.party}/${item.issue}` : undefined);
  }

  private renderPreview(): TemplateResult {
    const story = this.validStory;
    const widgets: WidgetName[] = ['quote-card', 'position-matrix', 'negotiation-status'];
    return html`<section class="panel preview" role="region" aria-label="Preview">
      <h2>Preview</h2>
      <div class="row controls">
        <label>Width <select @change=${(e: Event) => (this.previewWidth = Number((e.target as HTMLSelectElement).value))}>${WIDTHS.map((w) => html`<option ?selected=${w === this.previewWidth}>${w}</option>`)}</select></label>
        <label>Theme <select @change=${(e: Event) => (this.previewTheme = (e.target as HTMLSelectElement).value as 'light' | 'dark')}><option>light</option><option>dark</option></select></label>
        <label>Language <select @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value)}>${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${code === this.previewLang}>${name}</option>`)}</select></label>
      </div>
      ${this.previewStale ? html`<p class="hint stale">The preview shows the last version without errors: fix the errors under Problems to see your latest changes.</p>` : nothing}
      ${!story
        ? html`<p class="hint">The preview shows the story once it has no errors (see Problems).</p>`
        : widgets.map(
            (widget) => html`<div class="widget-preview">
              <div class="row">
                <h3>${widget}</h3>
                <label>Layout
                  <select @change=${(e: Event) => (this.layouts = { ...this.layouts, [widget]: (e.target as HTMLSelectElement).value })}>
                    ${LAYOUTS[widget].map((layout) => html`<option ?selected=${layout === this.layouts[widget]}>${layout}</option>`)}
                  </select>
                </label>
                <button type="button" class="quiet" @click=${() => this.copyEmbed(widget)}>Copy embed code</button>
              </div>
              <div class="frame-scroll">
                <div class=${`frame w${this.previewWidth} ${this.previewTheme}`} lang=${this.previewLang} dir=${this.previewLang === 'ar' ? 'rtl' : 'ltr'}>
                  ${this.renderWidget(widget, story)}
                </div>
              </div>
            </div>`,
          )}
    </section>`;
  }

  private renderWidget(widget: WidgetName, story: Story): TemplateResult {
    const layout = this.layouts[widget];
    if (widget === 'quote-card') return story.quotes.length ? html`<quote-card .story=${story} layout=${layout} theme=${this.previewTheme}></quote-card>` : html`<p class="hint">Add a quote.</p>`;
    if (widget === 'position-matrix') return html`<position-matrix .story=${story} layout=${layout} theme=${this.previewTheme}></position-matrix>`;
    return story.negotiation ? html`<negotiation-status .story=${story} layout=${layout} theme=${this.previewTheme}></negotiation-status>` : html`<p class="hint">Add the state of the talks.</p>`;
  }

  private async copyEmbed(widget: WidgetName): Promise<void> {
    if (!this.validStory) return;
    try {
      const code = embedCode(widget, { story: this.validStory, inline: true, attributes: { layout: this.layouts[widget] } });
      await navigator.clipboard.writeText(code);
      this.message = `Embed code of ${widget} copied (the story inline).`;
    } catch (error) {
      this.message = `Could not copy: ${(error as Error).message}`;
    }
  }

  private renderChanges(): TemplateResult | typeof nothing {
    if (!this.downloaded || !this.validStory) return nothing;
    const lines = describeDiff(this.downloaded, this.validStory);
    return html`<section class="panel changes" role="region" aria-label="Changes since the last download">
      <h2>Changes since the last download <span class="count">${lines.length}</span></h2>
      ${lines.length ? html`<ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p class="hint">None.</p>`}
    </section>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="toolbar" role="toolbar" aria-label="Story">
        <label class="file">Open story <input type="file" aria-label="Open story" accept=".json,application/json" @change=${this.openStoryFile} /></label>
        <details class="open-more">
          <summary>Open from text or address</summary>
          <form @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.openStoryUrl(e.target as HTMLFormElement))}>
            <label>Story address <input name="url" type="url" placeholder="https://…/story.json" /></label><button type="submit">Open</button>
          </form>
          <form
            @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              const text = new FormData(e.target as HTMLFormElement).get('json')?.toString() ?? '';
              if (this.openStoryText(text, 'the pasted story')) (e.target as HTMLFormElement).reset();
            }}
          >
            <label>Story JSON <textarea name="json" rows="3"></textarea></label><button type="submit">Open pasted story</button>
          </form>
        </details>
        <button type="button" class="primary" @click=${this.downloadStory}>Download story</button>
        <button type="button" ?disabled=${!this.history.canUndo} @click=${this.undo}>Undo</button>
        <button type="button" ?disabled=${!this.history.canRedo} @click=${this.redo}>Redo</button>
        <button type="button" @click=${this.openBuiltIn}>Open the built-in story</button>
        <a href="../index.html">Workbench</a>
        <p class="status" role="status">${this.message}</p>
      </div>
      ${this.conflict
        ? html`<div class="conflict" role="alert">
            This draft was changed in another tab. Nothing was overwritten.
            <button type="button" @click=${() => (this.restore(this.drafts.load()), (this.conflict = false))}>Load the other tab's draft</button>
            <button type="button" @click=${() => this.save(true)}>Keep this one</button>
          </div>`
        : nothing}
      <div class="columns">
        <div class="form">${this.renderSource()} ${this.renderStoryFields()} ${this.renderParties()} ${this.renderPeople()} ${this.renderIssues()} ${this.renderQuotes()} ${this.renderPositions()} ${this.renderNegotiation()}</div>
        <div class="side">${this.renderProblems()} ${this.renderChanges()} ${this.renderPreview()}</div>
      </div>`;
  }
}

if (!customElements.get('nw-studio')) customElements.define('nw-studio', NwStudio);
