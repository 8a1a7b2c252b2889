import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { partyColor } from '../shared/party-color.js';
import { format } from '../shared/i18n.js';
import { formatNumber, formatPartialDate, quoted, quotedInContext } from '../shared/format.js';
import { externalLink } from '../shared/link.js';
import { modelCache } from '../shared/model-cache.js';
import { PrintController, StoryElement } from '../shared/story-element.js';
import { STANCES } from '../data/story.js';
import { buildMatrix, fillParts, moveInGrid, stanceKey } from './matrix-model.js';
import { matrixStyles } from './position-matrix.styles.js';
import type { TemplateResult } from 'lit';
import type { LoadResult } from '../data/errors.js';
import type { Stance, Story } from '../data/story.js';
import type { Locale, Strings } from '../shared/i18n.js';
import type { StoryLang } from '../shared/story-element.js';
import type { GridPosition, MatrixCell, MatrixEvidence, MatrixModel, MatrixParty } from './matrix-model.js';

export type MatrixLayout = 'auto' | 'table' | 'list';

/** Built models by story, page language and the options that shape them: a focus move or an opened panel reuses it. */
const models = modelCache<MatrixModel>(16);

/** `detail` of the `nw-select` event. */
export interface NwSelectDetail {
  storyId: string | null;
  party: string;
  issue: string;
  stance: Stance;
}

/**
 * Who stands where: every party's stance on every issue, with the evidence behind it.
 *
 * A table (parties as rows, issues as columns): a stated stance is a filled cell (colour, icon and
 * word), a stance not stated is a thin dash. A column is as wide as its header's widest word
 * (estimated from the letters), so headers wrap between words. Below the width the table needs, `layout="auto"`
 * presents the same markup, by CSS container queries alone, as one block per party with its
 * issues grouped by stance ("Opposes NATO membership, Pre-2014 borders · Supports Talks at
 * once"); nothing is measured in script, so a server-rendered widget is right at every width.
 * `layout="list"` is one section per issue, its parties grouped by stance, in list markup. Each
 * cell opens a panel with the position, the verbatim quotes or the article's own sentence, and
 * the source. In the table, arrow keys, Home and End move between cells. On paper, notes follow:
 * each stated position with its summary and the numbers of its quotes, then each quote once. They
 * are rendered from `beforeprint` to `afterprint` only, so screens skip their cost (a tool that
 * prints without those events, such as a headless PDF export, should dispatch `beforeprint` first).
 *
 * The wrapper's `data-layout` attribute is the layout asked for: `auto`, `table` or `list`.
 *
 * @tagname position-matrix
 * @csspart base - The outer wrapper (`data-layout`: `auto`, `table` or `list`).
 * @csspart caption - The caption (the story headline unless `caption` is set).
 * @csspart scroller - The wrapper around the table, which scrolls sideways when the table is wider.
 * @csspart table - The `<table>` (also in the compact presentation of `auto`).
 * @csspart row-header - A party's row header.
 * @csspart column-header - An issue's column header.
 * @csspart cell - A cell's button (both layouts).
 * @csspart list - The list layout's wrapper.
 * @csspart issue - One issue's section in the list layout.
 * @csspart panel - The detail panel.
 * @csspart close - The detail panel's close button.
 * @csspart legend - The legend.
 * @csspart footer - The footer with the source and the update date.
 *
 * @cssprop --nw-color-supports - Fill of "Supports" (default: dark green / light green); its text is the background colour.
 * @cssprop --nw-color-opposes - Fill of "Opposes" (default: dark red / light red).
 * @cssprop --nw-color-conditional - Fill of "Conditional" (default: amber).
 * @cssprop --nw-color-unclear - Fill of "Unclear" (default: indigo).
 * @cssprop --nw-color-not-stated - The "Not stated" dash (default: grey).
 *
 * @fires nw-select - The reader activated a cell. `detail`: `{ storyId, party, issue, stance }`.
 * @fires nw-error - The story could not be shown. `detail`: `{ storyId, code, message }`.
 */
export class PositionMatrix extends StoryElement<MatrixModel> {
  static override styles = [...StoryElement.styles, matrixStyles];

  /** Comma-separated party ids: the rows and their order (default: all, in story order). */
  @property({ attribute: 'parties' }) parties?: string;

  /** Comma-separated issue ids: the columns and their order (default: all, in story order). */
  @property({ attribute: 'issues' }) issues?: string;

  /** A party id whose row is emphasised. */
  @property({ attribute: 'highlight' }) highlight?: string;

  /** Replaces the caption (default: the story's headline). */
  @property({ attribute: 'caption' }) caption?: string;

  /** Replaces the generated summary sentence that describes the matrix. */
  @property({ attribute: 'description' }) description?: string;

  /** `auto` (the table where its columns fit, each as wide as its widest word: the party column 6 to 10 rem, an issue column 4.5 rem or its widest header word or stance label; always from 56 rem; else one block per party), `table` (scrolls sideways where its columns do not fit) or `list`. */
  @property({ attribute: 'layout' }) layout: MatrixLayout = 'auto';

  /** Shows each position's one-line summary under its stance. */
  @property({ type: Boolean, attribute: 'show-summary', reflect: true, useDefault: true }) showSummary = false;

  @state() private active = { row: 0, col: 0 };
  @state() private open?: { party: string; issue: string };

  /** Only tells when the table overflows its scroller (to make that a focusable region); it never picks the layout. */
  #resizeObserver?: ResizeObserver;
  #scroller?: HTMLElement | null;

  /** Between `beforeprint` and `afterprint`: the print notes are rendered (paper only, so the screen skips their cost). */
  readonly #print = new PrintController(this, () => this.performUpdate());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#scroller = undefined;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller === this.#scroller) return;
    this.#scroller = scroller;
    this.#resizeObserver ??= new ResizeObserver(() => this.#syncScroller());
    this.#resizeObserver.disconnect();
    if (scroller) for (const element of [scroller, scroller.firstElementChild!]) this.#resizeObserver.observe(element);
  }

  /** The presentation in use, `table` or `list` (the compact presentation of `auto` counts as `list`); reads the layout, so call it only when needed. */
  get currentLayout(): 'table' | 'list' {
    if (this.layout === 'table' || this.layout === 'list') return this.layout;
    const row = this.renderRoot.querySelector('tbody > tr');
    return !row || getComputedStyle(row).display === 'table-row' ? 'table' : 'list';
  }

  protected override buildModel(story: Story): LoadResult<MatrixModel> {
    const key = [this.locale.tag, this.parties, this.issues, this.highlight, this.caption, this.description].join('\u0000');
    return models(story, key, this.locale, () => buildMatrix(story, this, this.locale));
  }


  /** The scroller is a focusable, named region only while the table overflows it. */
  #syncScroller(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const overflows = scroller.scrollWidth > scroller.clientWidth + 1;
    if (overflows === scroller.hasAttribute('tabindex')) return;
    for (const [name, value] of [['tabindex', '0'], ['role', 'region'], ['aria-labelledby', 'caption']] as const) {
      if (overflows) scroller.setAttribute(name, value);
      else scroller.removeAttribute(name);
    }
  }

  #cellButton({ row, col }: GridPosition): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.cell[data-cell="${row},${col}"]`);
  }

  #cellAt(target: EventTarget | null): { cell: MatrixCell; row: number; col: number } | undefined {
    const button = (target as Element | null)?.closest?.<HTMLElement>('button.cell');
    const [row, col] = (button?.dataset.cell ?? '').split(',').map(Number);
    const cell = this.model?.rows[row!]?.cells[col!];
    return cell ? { cell, row: row!, col: col! } : undefined;
  }

  #isOpen(cell: MatrixCell): boolean {
    return this.open?.party === cell.party.id && this.open.issue === cell.issue.id;
  }

  #handleCellClick(event: Event): void {
    const found = this.#cellAt(event.target);
    if (!found) return;
    const { cell, row, col } = found;
    this.active = { row, col };
    if (this.#isOpen(cell)) {
      this.#closePanel();
      return;
    }
    this.open = { party: cell.party.id, issue: cell.issue.id };
    this.emit<Omit<NwSelectDetail, 'storyId'>>('nw-select', { party: cell.party.id, issue: cell.issue.id, stance: cell.stance });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#panel-heading')?.focus());
  }

  #closePanel(): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    void this.updateComplete.then(() =>
      this.#cellButton({
        row: this.model?.rows.findIndex((each) => each.party.id === open.party) ?? -1,
        col: this.model?.columns.findIndex((each) => each.id === open.issue) ?? -1,
      })?.focus(),
    );
  }

  #handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.#closePanel();
    }
  }

  #handleFocusIn(event: FocusEvent): void {
    const found = this.#cellAt(event.target);
    if (found && (found.row !== this.active.row || found.col !== this.active.col)) this.active = { row: found.row, col: found.col };
  }

  #handleGridKeydown(event: KeyboardEvent): void {
    const found = this.#cellAt(event.target);
    if (!found || !this.model || event.altKey || event.metaKey) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = moveInGrid(found, event.key, { ctrl: event.ctrlKey, rtl }, this.model.rows.length, this.model.columns.length);
    if (!next) return;
    event.preventDefault();
    this.active = next;
    this.#cellButton(next)?.focus();
  }

  protected override renderModel(model: MatrixModel): TemplateResult {
    const layout = this.layout === 'table' || this.layout === 'list' ? this.layout : 'auto';
    return html`<div class="base" part="base" lang=${this.pageLang} data-layout=${layout} @keydown=${this.#handleKeydown} @focusin=${this.#handleFocusIn} @click=${this.#handleCellClick}>
      ${layout === 'list' ? this.#renderList(model) : this.#renderTable(model)}
      <p id="summary" class="visually-hidden">${model.summary}</p>
      ${renderLegend(model, this.locale.strings)} ${renderFooter(model, this.locale)} ${this.#print.printing ? renderPrintNotes(model, this.locale) : nothing}
    </div>`;
  }

  #renderTable(model: MatrixModel): TemplateResult {
    const { strings } = this.locale;
    const lang = this.storyLang(model.language);
    const active = { row: Math.min(this.active.row, model.rows.length - 1), col: Math.min(this.active.col, model.columns.length - 1) };
    const summaries = this.showSummary;
    // `data-columns`, `data-word` and `data-party-word` (the room a column and the party column need, in quarter em) size the container that decides, in CSS, whether `auto` shows the table.
    return html`<div class="fit" data-columns=${Math.min(model.columns.length, 12)} data-word=${quarterEm(model.columnWordEm)} data-party-word=${quarterEm(model.partyWordEm)}>
      <div class="scroller" part="scroller">
        <table part="table" aria-describedby="summary" @keydown=${this.#handleGridKeydown}>
          <caption id="caption" class="caption" part="caption" lang=${captionLanguage(model, lang)} dir="auto">${model.caption}</caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${model.columns.map((issue) => html`<th scope="col" part="column-header" lang=${lang} dir="auto">${issue.title}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${model.rows.map((row, r) => {
              const open = row.cells.find((cell) => this.#isOpen(cell));
              return html`<tr class=${row.party.highlighted ? 'highlighted' : nothing}>
                  <th scope="row" part="row-header" class="party-ink" data-party-color=${partyColor(row.party.color)} aria-current=${row.party.highlighted ? 'true' : nothing}>
                    ${renderPartyName(row.party, lang, strings)}
                  </th>
                  ${row.cells.map((cell, c) => {
                    // One lean template per cell: td > button > the mark. The stance class sits on the td, where the
                    // compact presentation groups cells by stance; the issue's title is there for it as `data-issue`.
                    const isOpen = this.#isOpen(cell);
                    return html`<td class="stance-${cell.stance}">
                      <button
                        type="button"
                        class="cell"
                        part="cell"
                        tabindex=${r === active.row && c === active.col ? 0 : -1}
                        aria-expanded=${isOpen}
                        aria-controls=${isOpen ? 'panel' : nothing}
                        data-cell="${r},${c}"
                        data-issue=${cell.issue.title}
                      ><span class="label">${strings[cell.stance]}</span>${this.renderChanged('positions', `${cell.party.id}/${cell.issue.id}`)}</button>${summaries ? renderCellSummary(cell, lang) : nothing}
                    </td>`;
                  })}
                </tr>
                ${open
                  ? html`<tr class="detail">
                      <td colspan=${model.columns.length + 1}>${this.#renderPanel(model, open)}</td>
                    </tr>`
                  : nothing}`;
            })}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  #renderList(model: MatrixModel): TemplateResult {
    const { strings } = this.locale;
    const lang = this.storyLang(model.language);
    return html`<div class="list" part="list" role="group" aria-labelledby="caption" aria-describedby="summary">
      <p id="caption" class="caption" part="caption" lang=${captionLanguage(model, lang)} dir="auto">${model.caption}</p>
      ${model.columns.map((issue, c) => {
        const cells = model.rows.map((row) => row.cells[c]!);
        const open = cells.find((cell) => this.#isOpen(cell));
        return html`<section class="issue" part="issue" aria-labelledby=${`issue-${c}`}>
          <h3 class="issue-heading" id=${`issue-${c}`} lang=${lang}>${issue.title}</h3>
          <p class="question" lang=${lang} dir="auto">${issue.question}</p>
          <ul class="groups">
            ${STANCES.map((stance) => {
              const group = cells.filter((cell) => cell.stance === stance);
              // Every cell is in the tab order here: a list has no arrow-key navigation.
              return group.length
                ? html`<li class="stance-${stance}">
                    <span class="label">${strings[stance]}</span>
                    <ul>
                      ${group.map((cell) => {
                        const isOpen = this.#isOpen(cell);
                        const r = model.rows.findIndex((row) => row.party === cell.party);
                        return html`<li class=${cell.party.highlighted ? 'highlighted' : nothing} aria-current=${cell.party.highlighted ? 'true' : nothing}>
                          <button
                            type="button"
                            class="cell party party-ink"
                            part="cell"
                            data-party-color=${partyColor(cell.party.color)}
                            aria-expanded=${isOpen}
                            aria-controls=${isOpen ? 'panel' : nothing}
                            data-cell="${r},${c}"
                          >
                            ${renderPartyName(cell.party, lang, strings)} ${this.renderChanged('positions', `${cell.party.id}/${cell.issue.id}`)}
                          </button>
                          ${this.showSummary ? renderCellSummary(cell, lang) : nothing}
                        </li>`;
                      })}
                    </ul>
                  </li>`
                : nothing;
            })}
          </ul>
          ${open ? this.#renderPanel(model, open) : nothing}
        </section>`;
      })}
    </div>`;
  }

  #renderPanel(model: MatrixModel, cell: MatrixCell): TemplateResult {
    const { strings } = this.locale;
    const lang = this.storyLang(model.language);
    return html`<section id="panel" class="panel" part="panel" aria-labelledby="panel-heading">
      <div class="panel-head">
        <h3 id="panel-heading" tabindex="-1">
          ${fillParts(strings.matrixPositionOf, {
            party: html`<span lang=${lang}>${cell.party.name}</span>`,
            issue: html`<span lang=${lang}>${cell.issue.title}</span>`,
          })}
        </h3>
        <button type="button" class="close" part="close" @click=${this.#closePanel}>${strings.close}</button>
      </div>
      <p class="stance-${cell.stance} panel-stance"><span class="label">${strings[cell.stance]}</span></p>
      <p class="question" lang=${lang} dir="auto">${cell.issue.question}</p>
      <p lang=${cell.summary ? lang : nothing} dir="auto">${cell.summary ?? strings.matrixLegendNotStated}</p>
      ${renderEvidence(cell, lang, this.locale)}
      ${model.source ? html`<p class="attribution">${strings.source}: ${externalLink(model.source.url, model.source.name, lang)}</p>` : nothing}
    </section>`;
  }
}

/** A caption from the `caption` attribute is in the page's language, the headline in the story's. */
function captionLanguage(model: MatrixModel, lang: StoryLang): StoryLang {
  return model.captionFromOptions ? nothing : lang;
}

/** The party's name; a highlighted party's is marked, and says so to screen readers. */
/** A width in em as the quarter ems, 1 to 100, that the styles' `data-word` and `data-party-word` rules know. */
const quarterEm = (em: number) => Math.min(Math.ceil(em * 4), 100);

function renderPartyName(party: MatrixParty, lang: StoryLang, strings: Strings): TemplateResult {
  return party.highlighted
    ? html`<span class="marker" aria-hidden="true">▶</span><span lang=${lang}>${party.name}</span><span class="visually-hidden"> (${strings.matrixHighlighted})</span>`
    : html`<span lang=${lang}>${party.name}</span>`;
}

function renderCellSummary(cell: MatrixCell, lang: StoryLang): TemplateResult | typeof nothing {
  return cell.summary ? html`<p class="cell-summary" lang=${lang}>${cell.summary}</p>` : nothing;
}

/** Who said a quote, in what role, when, where, and the source link. */
function renderAttribution(quote: MatrixEvidence, lang: StoryLang, locale: Locale): TemplateResult {
  return html`<span lang=${lang}>${[quote.speaker, quote.role].filter(Boolean).join(', ')}</span>${quote.date
      ? html` · <time datetime=${quote.date}>${formatPartialDate(quote.date, locale)}</time>`
      : nothing}${quote.venue ? html` · <span lang=${lang}>${quote.venue}</span>` : nothing}${quote.sourceUrl ? html` · ${externalLink(quote.sourceUrl, locale.strings.source)}` : nothing}`;
}

/** The quotes behind a position, and the article's reported sentence where it gives one. */
function renderEvidence(cell: MatrixCell, lang: StoryLang, locale: Locale): TemplateResult {
  const { strings } = locale;
  return html`${cell.evidence.length
    ? html`<h4>${strings.evidence}</h4>
        <ul class="evidence">
          ${cell.evidence.map(
            (quote) => html`<li>
              <blockquote dir="auto">
                <p>${quote.context ? html`<span class="context" lang=${lang}>${quote.context}</span> ` : nothing}<span lang=${lang}>${quoted(quote.text, locale)}</span>${quote.contextAfter
                    ? html` <span class="context" lang=${lang}>${quote.contextAfter}</span>`
                    : nothing}</p>
              </blockquote>
              <p class="attribution">${renderAttribution(quote, lang, locale)}</p>
            </li>`,
          )}
        </ul>`
    : nothing}${cell.reported
    ? html`<h4>${strings.reportedByArticle}</h4>
        <blockquote dir="auto"><p lang=${lang}>${quoted(cell.reported, locale)}</p></blockquote>`
    : nothing}`;
}

/**
 * Printed after the table, since no panel opens on paper (rendered from `beforeprint` to `afterprint` only): each stated position with its summary
 * and the numbers of its quotes, then every quote once. A quote cited by many positions is printed
 * once, so the notes grow with the cells and the quotes, never with their product; each position
 * is one line of text (no elements inside), as a big matrix has thousands.
 */
function renderPrintNotes(model: MatrixModel, locale: Locale): TemplateResult {
  const { strings } = locale;
  const lang = model.language;
  const numbers = new Map(model.quotes.map((quote, index) => [quote, `[${formatNumber(index + 1, locale)}]`]));
  const noted = model.rows.flatMap((row) => row.cells.filter((cell) => cell.stance !== 'not-stated' || cell.evidence.length));
  const line = (cell: MatrixCell): string => {
    const head = `${cell.party.name} · ${cell.issue.title}: ${strings[cell.stance]}.${cell.summary ? ` ${cell.summary}` : ''}`;
    const cited = cell.evidence.length ? ` ${strings.evidence}: ${cell.evidence.map((quote) => numbers.get(quote)).join(' ')}` : '';
    return `${head}${cited}${cell.reported ? ` ${strings.reportedByArticle}: ${quoted(cell.reported, locale)}` : ''}`;
  };
  return html`<section class="print-notes" lang=${lang}>
    <ol class="print-positions">
      ${noted.map((cell) => html`<li class="print-note">${line(cell)}</li>`)}
    </ol>
    ${model.quotes.length
      ? html`<h4>${strings.evidence}</h4>
          <ol class="print-quotes">
            ${model.quotes.map((quote) => html`<li>${numbers.get(quote)} ${quotedInContext(quote, locale)} — ${renderAttribution(quote, lang, locale)}</li>`)}
          </ol>`
      : nothing}
  </section>`;
}

function renderLegend(model: MatrixModel, strings: Strings): TemplateResult {
  return html`<section class="legend" part="legend" aria-labelledby="legend-heading">
    <h3 id="legend-heading" class="visually-hidden">${strings.legend}</h3>
    <ul>
      ${model.legend.map((stance) => html`<li class="stance-${stance}"><span class="label">${strings[stance]}</span> <span class="explain">${strings[stanceKey('Legend', stance)]}</span></li>`)}
    </ul>
  </section>`;
}

function renderFooter(model: MatrixModel, locale: Locale): TemplateResult | typeof nothing {
  if (!model.source && !model.updated) return nothing;
  const { strings } = locale;
  return html`<footer class="footer" part="footer">
    ${model.source ? html`<span>${strings.source}: ${externalLink(model.source.url, model.source.name, model.language)}</span>` : nothing}
    ${model.updated ? html`<span>${format(strings.updated, { date: formatPartialDate(model.updated, locale) })}</span>` : nothing}
  </footer>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'position-matrix': PositionMatrix;
  }
  interface HTMLElementEventMap {
    'nw-select': CustomEvent<NwSelectDetail>;
  }
}
