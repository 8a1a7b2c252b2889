import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customProperties } from '../shared/custom-properties.js';
import { format } from '../shared/i18n.js';
import { formatPartialDate, quoted } from '../shared/format.js';
import { StoryElement } from '../shared/story-element.js';
import { buildMatrix, fillParts, moveInGrid, stanceKey } from './matrix-model.js';
import { stanceMark, stanceSymbols } from './stance-icons.js';
import { matrixStyles } from './position-matrix.styles.js';
import type { PropertyValues, TemplateResult } from 'lit';
import type { LoadResult } from '../data/errors.js';
import type { Stance, Story } from '../data/story.js';
import type { Locale, Strings } from '../shared/i18n.js';
import type { GridPosition, MatrixCell, MatrixModel, MatrixParty } from './matrix-model.js';

export type MatrixLayout = 'auto' | 'table' | 'list';

/** `detail` of the `nw-select` event. */
export interface NwSelectDetail {
  storyId: string | null;
  party: string;
  issue: string;
  stance: Stance;
}

/** Below this width of its own (px), `layout="auto"` shows the list. */
/** Below this width `auto` always lists; above it, the table must also fit its columns. */
const BREAKPOINT = 560;
/** Room a table needs: row headers plus about 6.5rem a column, capped so large matrices still get a (scrolling) table on wide screens. */
const tableWidth = (columns: number) => Math.min(Math.max(BREAKPOINT, 160 + columns * 104), 900);

/**
 * Who stands where: every party's stance on every issue, with the evidence behind it.
 *
 * A table (parties as rows, issues as columns) or, in narrow spaces, a list per issue. Each cell
 * shows an icon and a label, and opens a panel with the position, the verbatim quotes or the
 * article's own sentence, and the source. Arrow keys, Home and End move between cells.
 *
 * @tagname position-matrix
 * @csspart base - The outer wrapper.
 * @csspart caption - The caption (the story headline unless `caption` is set).
 * @csspart scroller - The horizontally scrolling wrapper around the table.
 * @csspart table - The `<table>`.
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
 * @cssprop --nw-color-supports - Icon colour of "Supports" (default: dark green / light green).
 * @cssprop --nw-color-opposes - Icon colour of "Opposes" (default: dark red / light red).
 * @cssprop --nw-color-conditional - Icon colour of "Conditional" (default: amber).
 * @cssprop --nw-color-unclear - Icon colour of "Unclear" (default: indigo).
 * @cssprop --nw-color-not-stated - Icon colour of "Not stated" (default: grey).
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

  /** `auto` (a table when the widget's own width fits one: at least 560 px and about 104 px a column, up to 900 px; else a list), `table` or `list`. */
  @property({ attribute: 'layout' }) layout: MatrixLayout = 'auto';

  /** Shows each position's one-line summary under its stance. */
  @property({ type: Boolean, attribute: 'show-summary', reflect: true }) showSummary = false;

  @state() private hostWidth?: number;
  @state() private active = { row: 0, col: 0 };
  @state() private open?: { party: string; issue: string };

  /** Watches a zero-height sizer (the host's height changes with the layout), the scroller and its table. */
  private resizeObserver?: ResizeObserver;
  private sizer?: Element | null;
  private scroller?: HTMLElement | null;
  private resizeFrame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeLayout();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.sizer = this.scroller = undefined;
    cancelAnimationFrame(this.resizeFrame);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Measuring forces a layout: only `auto` needs the width, and only once before the first paint.
    if (this.layout === 'auto' && this.hostWidth === undefined && this.isConnected) this.hostWidth = this.getBoundingClientRect().width;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.observeLayout();
  }

  /**
   * The observer reports, after layout and without forcing one, when the table starts or stops
   * overflowing. The first layout is measured in `willUpdate`, before the first paint; later
   * resizes switch it in the next frame, outside the observer's callback, so the switch never loops.
   */
  private observeLayout(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (sizer === this.sizer && scroller === this.scroller) return;
    this.resizeObserver ??= new ResizeObserver(() => {
      this.syncScroller();
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        const width = this.getBoundingClientRect().width;
        const needed = tableWidth(this.model?.columns.length ?? 0);
        if (this.hostWidth === undefined || width >= needed !== this.hostWidth >= needed) this.hostWidth = width;
        this.syncScroller();
      });
    });
    this.resizeObserver.disconnect();
    this.sizer = sizer;
    this.scroller = scroller;
    for (const element of [sizer, scroller, scroller?.querySelector('table')]) if (element) this.resizeObserver.observe(element);
  }

  /** The layout in use: `table` or `list`. */
  get currentLayout(): 'table' | 'list' {
    if (this.layout === 'table' || this.layout === 'list') return this.layout;
    return (this.hostWidth ?? 0) >= tableWidth(this.model?.columns.length ?? 0) ? 'table' : 'list';
  }

  protected override buildModel(story: Story): LoadResult<MatrixModel> {
    return buildMatrix(story, this, this.locale);
  }

  /** The scroller is a focusable, named region only while the table overflows it. */
  private syncScroller(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const overflows = scroller.scrollWidth > scroller.clientWidth + 1;
    if (overflows === scroller.hasAttribute('tabindex')) return;
    for (const [name, value] of [['tabindex', '0'], ['role', 'region'], ['aria-labelledby', 'caption']] as const) {
      if (overflows) scroller.setAttribute(name, value);
      else scroller.removeAttribute(name);
    }
  }

  private cellButton({ row, col }: GridPosition): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.cell[data-cell="${row},${col}"]`);
  }

  private cellAt(target: EventTarget | null): { cell: MatrixCell; row: number; col: number } | undefined {
    const button = (target as Element | null)?.closest?.<HTMLElement>('button.cell');
    const [row, col] = (button?.dataset.cell ?? '').split(',').map(Number);
    const cell = this.model?.rows[row!]?.cells[col!];
    return cell ? { cell, row: row!, col: col! } : undefined;
  }

  private isOpen(cell: MatrixCell): boolean {
    return this.open?.party === cell.party.id && this.open.issue === cell.issue.id;
  }

  private handleCellClick(event: Event): void {
    const found = this.cellAt(event.target);
    if (!found) return;
    const { cell, row, col } = found;
    this.active = { row, col };
    if (this.isOpen(cell)) {
      this.closePanel();
      return;
    }
    this.open = { party: cell.party.id, issue: cell.issue.id };
    this.emit<Omit<NwSelectDetail, 'storyId'>>('nw-select', { party: cell.party.id, issue: cell.issue.id, stance: cell.stance });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#panel-heading')?.focus());
  }

  private closePanel(): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    void this.updateComplete.then(() =>
      this.cellButton({
        row: this.model?.rows.findIndex((each) => each.party.id === open.party) ?? -1,
        col: this.model?.columns.findIndex((each) => each.id === open.issue) ?? -1,
      })?.focus(),
    );
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.closePanel();
    }
  }

  private handleFocusIn(event: FocusEvent): void {
    const found = this.cellAt(event.target);
    if (found && (found.row !== this.active.row || found.col !== this.active.col)) this.active = { row: found.row, col: found.col };
  }

  private handleGridKeydown(event: KeyboardEvent): void {
    const found = this.cellAt(event.target);
    if (!found || !this.model || event.altKey || event.metaKey) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = moveInGrid(found, event.key, { ctrl: event.ctrlKey, rtl }, this.model.rows.length, this.model.columns.length);
    if (!next) return;
    event.preventDefault();
    this.active = next;
    this.cellButton(next)?.focus();
  }

  protected override renderModel(model: MatrixModel): TemplateResult {
    const layout = this.currentLayout;
    const open = this.open;
    const openCell = open && model.rows.find((row) => row.party.id === open.party)?.cells.find((cell) => cell.issue.id === open.issue);
    return html`<div class="sizer"></div>
      <div class="base" part="base" data-layout=${layout} @keydown=${this.handleKeydown} @focusin=${this.handleFocusIn} @click=${this.handleCellClick}>
      ${stanceSymbols} ${layout === 'table' ? this.renderTable(model) : this.renderList(model)}
      <p id="summary" class="visually-hidden">${model.summary}</p>
      ${layout === 'table' && openCell ? this.renderPanel(model, openCell) : nothing} ${renderPrintNotes(model, this.locale)} ${renderLegend(model, this.locale.strings)} ${renderFooter(model, this.locale)}
    </div>`;
  }

  private renderTable(model: MatrixModel): TemplateResult {
    const { strings } = this.locale;
    const active = { row: Math.min(this.active.row, model.rows.length - 1), col: Math.min(this.active.col, model.columns.length - 1) };
    return html`<div class="scroller" part="scroller">
      <table part="table" aria-describedby="summary" @keydown=${this.handleGridKeydown}>
        <caption id="caption" class="caption" part="caption" lang=${captionLanguage(model)}>${model.caption}</caption>
        <thead>
          <tr>
            <td class="corner"></td>
            ${model.columns.map((issue) => html`<th scope="col" part="column-header" lang=${model.language}>${issue.title}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${model.rows.map(
            (row, r) => html`<tr class=${row.party.highlighted ? 'highlighted' : nothing}>
              <th scope="row" part="row-header" style=${customProperties({ '--_party': row.party.color })} aria-current=${row.party.highlighted ? 'true' : nothing}>
                ${renderPartyName(row.party, model.language, strings)}
              </th>
              ${row.cells.map((cell, c) => {
                // One template per cell (button and stance mark inline): a big matrix's render cost is mostly template
                // instances and bindings. The mark takes its colour from the button's stance class.
                const isOpen = this.isOpen(cell);
                return html`<td>
                  <button
                    type="button"
                    class="cell stance-${cell.stance}"
                    part="cell"
                    tabindex=${r === active.row && c === active.col ? 0 : -1}
                    aria-expanded=${isOpen}
                    aria-controls=${isOpen ? 'panel' : nothing}
                    data-cell="${r},${c}"
                  >
                    <span class="stance-mark"
                      ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><use href="#nw-stance-${cell.stance}"></use></svg>
                      <span class="label">${strings[cell.stance]}</span></span
                    >
                    ${this.renderChanged('positions', `${cell.party.id}/${cell.issue.id}`)}
                  </button>
                  ${renderCellSummary(cell, model.language)}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderList(model: MatrixModel): TemplateResult {
    const { strings } = this.locale;
    return html`<div class="list" part="list" role="group" aria-labelledby="caption" aria-describedby="summary">
      <p id="caption" class="caption" part="caption" lang=${captionLanguage(model)}>${model.caption}</p>
      ${model.columns.map(
        (issue, c) => html`<section class="issue" part="issue" aria-labelledby=${`issue-${c}`}>
          <h3 class="issue-heading" id=${`issue-${c}`} lang=${model.language}>${issue.title}</h3>
          <p class="question" lang=${model.language}>${issue.question}</p>
          <ul>
            ${model.rows.map((row, r) => {
              // Every cell is in the tab order here: a list has no arrow-key navigation.
              const cell = row.cells[c]!;
              const isOpen = this.isOpen(cell);
              return html`<li class=${row.party.highlighted ? 'highlighted' : nothing} aria-current=${row.party.highlighted ? 'true' : nothing}>
                <button
                  type="button"
                  class="cell stance-${cell.stance}"
                  part="cell"
                  tabindex="0"
                  aria-expanded=${isOpen}
                  aria-controls=${isOpen ? 'panel' : nothing}
                  data-cell="${r},${c}"
                >
                  <span class="party" style=${customProperties({ '--_party': row.party.color })}>${renderPartyName(row.party, model.language, strings)}</span>
                  <span class="stance">${stanceMark(cell.stance, strings)}</span>
                  ${this.renderChanged('positions', `${cell.party.id}/${cell.issue.id}`)}
                </button>
                ${isOpen ? this.renderPanel(model, cell) : nothing}
                ${renderCellSummary(cell, model.language)}
              </li>`;
            })}
          </ul>
        </section>`,
      )}
    </div>`;
  }

  private renderPanel(model: MatrixModel, cell: MatrixCell): TemplateResult {
    const { strings } = this.locale;
    const lang = model.language;
    return html`<section id="panel" class="panel" part="panel" aria-labelledby="panel-heading">
      <div class="panel-head">
        <h3 id="panel-heading" tabindex="-1">
          ${fillParts(strings.matrixPositionOf, {
            party: html`<span lang=${lang}>${cell.party.name}</span>`,
            issue: html`<span lang=${lang}>${cell.issue.title}</span>`,
          })}
        </h3>
        <button type="button" class="close" part="close" @click=${this.closePanel}>${strings.close}</button>
      </div>
      <p class="panel-stance">${stanceMark(cell.stance, strings)}</p>
      <p class="question" lang=${lang}>${cell.issue.question}</p>
      <p lang=${cell.summary ? lang : nothing}>${cell.summary ?? strings.matrixLegendNotStated}</p>
      ${renderEvidence(cell, lang, this.locale)}
      ${model.source ? html`<p class="attribution">${strings.source}: ${renderSource(model.source, lang)}</p>` : nothing}
    </section>`;
  }
}

/** A caption from the `caption` attribute is in the page's language, the headline in the story's. */
function captionLanguage(model: MatrixModel): string | typeof nothing {
  return model.captionFromOptions ? nothing : model.language;
}

/** The party's name; a highlighted party's is marked, and says so to screen readers. */
function renderPartyName(party: MatrixParty, lang: string, strings: Strings): TemplateResult {
  return party.highlighted
    ? html`<span class="marker" aria-hidden="true">▶</span><span lang=${lang}>${party.name}</span><span class="visually-hidden"> (${strings.matrixHighlighted})</span>`
    : html`<span lang=${lang}>${party.name}</span>`;
}

function renderCellSummary(cell: MatrixCell, lang: string): TemplateResult | typeof nothing {
  return cell.summary ? html`<p class="cell-summary" lang=${lang}>${cell.summary}</p>` : nothing;
}

/** The quotes behind a position, or the article's reported sentence. */
function renderEvidence(cell: MatrixCell, lang: string, locale: Locale): TemplateResult | typeof nothing {
  const { strings } = locale;
  return cell.evidence.length
    ? html`<h4>${strings.evidence}</h4>
        <ul class="evidence">
          ${cell.evidence.map(
            (quote) => html`<li>
              <blockquote>
                <p>${quote.context ? html`<span class="context" lang=${lang}>${quote.context}</span> ` : nothing}<span lang=${lang}>${quoted(quote.text, locale)}</span></p>
              </blockquote>
              <p class="attribution">
                <span lang=${lang}>${[quote.speaker, quote.role].filter(Boolean).join(', ')}</span>${quote.date
                  ? html` · <time datetime=${quote.date}>${formatPartialDate(quote.date, locale)}</time>`
                  : nothing}${quote.venue ? html` · <span lang=${lang}>${quote.venue}</span>` : nothing}${quote.sourceUrl
                  ? html` · <a href=${quote.sourceUrl} rel="noopener noreferrer" target="_blank">${strings.source}</a>`
                  : nothing}
              </p>
            </li>`,
          )}
        </ul>`
    : cell.reported
      ? html`<h4>${strings.reportedByArticle}</h4>
          <blockquote><p lang=${lang}>${quoted(cell.reported, locale)}</p></blockquote>`
      : nothing;
}

/** Printed after the table: every stated position with its evidence, since no panel can be opened on paper. */
function renderPrintNotes(model: MatrixModel, locale: Locale): TemplateResult {
  const lang = model.language;
  const stated = model.rows.flatMap((row) => row.cells.filter((cell) => cell.stance !== 'not-stated'));
  return html`<section class="print-notes">
    ${stated.map(
      (cell) => html`<div class="print-note">
        <h4><span lang=${lang}>${cell.party.name} · ${cell.issue.title}</span>: ${locale.strings[cell.stance]}</h4>
        ${cell.summary ? html`<p lang=${lang}>${cell.summary}</p>` : nothing} ${renderEvidence(cell, lang, locale)}
      </div>`,
    )}
  </section>`;
}

function renderSource(source: NonNullable<MatrixModel['source']>, lang: string): TemplateResult {
  return source.url
    ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank" lang=${lang}>${source.name}</a>`
    : html`<span lang=${lang}>${source.name}</span>`;
}

function renderLegend(model: MatrixModel, strings: Strings): TemplateResult {
  return html`<section class="legend" part="legend" aria-labelledby="legend-heading">
    <h3 id="legend-heading">${strings.legend}</h3>
    <ul>
      ${model.legend.map((stance) => html`<li>${stanceMark(stance, strings)}<span>— ${strings[stanceKey('Legend', stance)]}</span></li>`)}
    </ul>
  </section>`;
}

function renderFooter(model: MatrixModel, locale: Locale): TemplateResult | typeof nothing {
  if (!model.source && !model.updated) return nothing;
  const { strings } = locale;
  return html`<footer class="footer" part="footer">
    ${model.source ? html`<span>${strings.source}: ${renderSource(model.source, model.language)}</span>` : nothing}
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
