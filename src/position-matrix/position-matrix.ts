import { html, nothing } from 'lit';
import { partyColor } from '../shared/custom-properties.js';
import { format } from '../shared/i18n.js';
import { PrintController } from '../shared/print-controller.js';
import { ScrollerController } from './scroller-controller.js';
import { GridNavigationController } from './grid-navigation-controller.js';
import { StoryElement } from '../shared/story-element.js';
import { STANCES } from '../data/story.js';
import { buildMatrix, cellName } from './matrix-model.js';
import { renderCellSummary, renderFooter, renderLegend, renderPanel, renderPartyName, renderPrintNotes } from './matrix-templates.js';
import { matrixStyles } from './position-matrix.styles.js';
import type { TemplateResult, PropertyDeclarations } from 'lit';
import type { LoadResult } from '../data/errors.js';
import type { Stance, Story } from '../data/story.js';
import type { MatrixModel } from './matrix-model.js';
import type { MATRIX_STRINGS } from './strings.js';

export type MatrixLayout = 'auto' | 'table' | 'compact' | 'list';

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
 * A graphic: a title saying what the grid shows, the story's standfirst, a key of the stances the
 * grid uses, the grid, and a source line. The grid has an issue per row and a party per column
 * (its short name); each cell is a mark, one shape per stance (● supports, ✕ opposes,
 * ◐ conditional, ? unclear, a thin dash where no position is reported), differing in lightness as
 * well as hue, so it reads in greyscale and with any common colour-vision deficiency. Where the
 * short names do not fit across, they turn on their side. Where even that leaves too little room
 * for the parties (1.75 rem each beside a 6.5 rem issue column), `layout="auto"` presents the same
 * markup, by CSS container queries alone, as one block per issue with its parties grouped by
 * stance ("● Supports Ukraine, France ✕ Opposes US", then "Not stated" small and grey); nothing is
 * measured in script, so a server-rendered widget is right at every width, and a grid is never
 * clipped. `layout="compact"` is that by-issue presentation (up to 1,900 px wide);
 * `layout="table"` is always the grid, scrolling
 * sideways inside the widget where it must (the parties past the edge are counted under it).
 * `layout="list"` is one section per issue, its parties grouped by stance, in list markup.
 * Each cell opens a panel with the position, the verbatim quotes or the article's own sentence,
 * and the source. In the grid, arrow keys, Home and End move between cells. On paper, notes
 * follow: each stated position with its summary and the numbers of its quotes, then each quote
 * once. They are rendered from `beforeprint` to `afterprint` only, so screens skip their cost (a
 * tool that prints without those events, such as a headless PDF export, should dispatch
 * `beforeprint` first).
 *
 * The wrapper's `data-layout` attribute is the layout asked for: `auto`, `table`, `compact` or `list`.
 *
 * @tagname position-matrix
 * @csspart base - The outer wrapper (`data-layout`: `auto`, `table`, `compact` or `list`).
 * @csspart caption - The title (the story's `matrix.title`, or "Where they stand: 6 parties on 7 issues", unless `caption` is set).
 * @csspart standfirst - The line under the title (the story's `matrix.standfirst`).
 * @csspart scroller - The wrapper around the table, which scrolls sideways when the table is wider (`layout="table"` only).
 * @csspart table - The `<table>` (also in the by-issue presentation of `auto` and `compact`).
 * @csspart row-header - A row's header: an issue (also `issue-header`).
 * @csspart column-header - A column's header: a party (also `party-header`).
 * @csspart cell - A cell's button (every layout).
 * @csspart list - The list layout's wrapper.
 * @csspart issue - One issue's section in the list layout.
 * @csspart panel - The detail panel.
 * @csspart close - The detail panel's close button.
 * @csspart legend - The key: the stances the grid uses, and how to open a cell.
 * @csspart more - Under a `layout="table"` grid that scrolls: how many parties are past the edge.
 * @csspart footer - The source line: the source, and the date the positions are true for.
 *
 * @cssprop --nw-color-supports - The "Supports" disc (default: dark green / pale green); each stance colour differs from the others in lightness.
 * @cssprop --nw-color-opposes - The "Opposes" cross (default: red / light red).
 * @cssprop --nw-color-conditional - The "Conditional" half disc (default: amber).
 * @cssprop --nw-color-unclear - The "Unclear" question mark (default: violet).
 * @cssprop --nw-color-not-stated - The "Not stated" dash (default: grey).
 *
 * @fires nw-select - The reader activated a cell. `detail`: `{ storyId, party, issue, stance }`.
 * @fires nw-error - The story could not be shown. `detail`: `{ storyId, code, message }`.
 */
export class PositionMatrix extends StoryElement<MatrixModel, typeof MATRIX_STRINGS> {
  static override styles = [...StoryElement.styles, matrixStyles];

  static override properties: PropertyDeclarations = {
    parties: {},
    issues: {},
    highlight: {},
    caption: {},
    description: {},
    layout: {},
    showSummary: { type: Boolean, attribute: 'show-summary', reflect: true, useDefault: true },
  };

  /** Comma-separated party ids: the columns and their order (default: all, in story order). */
  parties?: string;

  /** Comma-separated issue ids: the rows and their order (default: all, in story order). */
  issues?: string;

  /** A party id whose column is emphasised. */
  highlight?: string;

  /** Replaces the title (default: the story's `matrix.title`, or "Where they stand: 6 parties on 7 issues"). */
  caption?: string;

  /** Replaces the generated summary sentence that describes the matrix. */
  description?: string;

  /** `auto` (the grid where each party gets 1.75 rem or more beside a 6.5 rem issue column, else one block per issue: never a clipped grid), `table` (always the grid; scrolls sideways inside the widget where it must, and says how many parties are past the edge), `compact` (one block per issue, its parties grouped by stance, up to 1,900 px wide) or `list` (one section per issue, in list markup). */
  layout: MatrixLayout = 'auto';

  /** Shows each position's one-line summary under its stance (`auto` then presents one block per issue). */
  showSummary = false;

  /** The cells' tab stop and keys, the open cell's panel, and where the focus goes between them. */
  readonly #navigation = new GridNavigationController(
    this,
    () => this.model,
    (cell) => this.emit<Omit<NwSelectDetail, 'storyId'>>('nw-select', { party: cell.party.id, issue: cell.issue.id, stance: cell.stance }),
  );

  /** In `layout="table"`: whether the table overflows its scroller, and how many parties' columns are out of its view. */
  readonly #scroller = new ScrollerController(this);

  /** Between `beforeprint` and `afterprint`: the print notes are rendered (paper only, so the screen skips their cost). */
  readonly #print = new PrintController(this, () => this.performUpdate());

  /** The presentation in use, `table` (the grid) or `list` (the by-issue presentation of `auto` and `compact` counts as `list`); reads the layout, so call it only when needed. */
  get currentLayout(): 'table' | 'list' {
    if (this.layout === 'table' || this.layout === 'list') return this.layout;
    const row = this.renderRoot.querySelector('tbody > tr');
    return !row || getComputedStyle(row).display === 'table-row' ? 'table' : 'list';
  }

  protected override buildModel(story: Story): LoadResult<MatrixModel> {
    return buildMatrix(story, this, this.locale);
  }

  protected override modelKey(): string {
    return [this.parties, this.issues, this.highlight, this.caption, this.description].join('\u0000');
  }

  protected override renderModel(model: MatrixModel): TemplateResult {
    const layout = (['table', 'compact', 'list'] as const).find((each) => each === this.layout) ?? 'auto';
    const lang = this.storyLang(model.language);
    return html`<div class="base" part="base" lang=${this.pageLang} data-layout=${layout} @keydown=${this.#navigation.handleEscape} @focusin=${this.#navigation.handleFocusIn} @click=${this.#navigation.handleClick}>
      <p id="caption" class="caption" part="caption" lang=${model.captionFromOptions ? nothing : lang} dir="auto">${model.caption}</p>
      ${model.standfirst ? html`<p class="standfirst" part="standfirst" lang=${lang} dir="auto">${model.standfirst}</p>` : nothing}
      ${renderLegend(model, this.locale.strings)}
      ${layout === 'list' ? this.#renderList(model) : this.#renderTable(model)}
      <p id="summary" class="visually-hidden">${model.summary}</p>
      ${renderFooter(model, this.locale)} ${this.#print.printing ? renderPrintNotes(model, this.locale) : nothing}
    </div>`;
  }

  #renderTable(model: MatrixModel): TemplateResult {
    const { strings } = this.locale;
    const lang = this.storyLang(model.language);
    const active = this.#navigation.tabStop(model);
    const open = this.#navigation.openCell(model);
    const summaries = this.showSummary;
    // `data-parties` (1 to 30) sizes the container that decides, in CSS, how the grid is presented.
    return html`<div class="fit" data-parties=${Math.min(model.rows.length, 30)}>
      <div class="scroller${model.shortNames ? ' short-names' : ''}" part="scroller" @scroll=${this.layout === 'table' ? this.#scroller.sync : nothing}>
        <table part="table" aria-labelledby="caption" aria-describedby="summary" @keydown=${this.#navigation.handleKeydown}>
          <thead>
            <tr>
              <td class="corner"></td>
              ${model.rows.map(
                ({ party }) => html`<th
                  scope="col"
                  part="column-header party-header"
                  class="party-ink${party.highlighted ? ' highlighted' : ''}"
                  data-party-color=${partyColor(party.color)}
                  aria-current=${party.highlighted ? 'true' : nothing}
                ><span class="room">${renderPartyName(party, lang, strings)}</span></th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${model.columns.map(
              (issue, r) => html`<tr>
                  <th scope="row" part="row-header issue-header" lang=${lang} dir="auto">${issue.title}</th>
                  ${model.rows.map((row, c) => {
                    // One lean template per cell: td > button > the word (the mark is drawn by CSS). The stance class sits on
                    // the td, where the by-issue presentation groups cells by stance; the party's short name is there for it as `data-party`.
                    const cell = row.cells[r]!;
                    const isOpen = cell === open;
                    const changed = this.renderChanged('positions', `${cell.party.id}/${cell.issue.id}`);
                    return html`<td class="stance-${cell.stance}${row.party.highlighted ? ' highlighted' : ''}">
                      <button
                        type="button"
                        class="cell"
                        part="cell"
                        tabindex=${r === active.row && c === active.col ? 0 : -1}
                        aria-label=${
                          // A live refresh's "Changed" label is in the name too.
                          cellName(cell, strings) + (changed === nothing ? '' : ` ${strings.changed}`)
                        }
                        aria-expanded=${isOpen}
                        aria-controls=${isOpen ? 'panel' : nothing}
                        data-cell="${r},${c}"
                        data-party=${row.party.shortName}
                      ><span class="label">${strings[cell.stance]}</span>${changed}</button>${summaries ? renderCellSummary(cell, lang) : nothing}
                    </td>`;
                  })}
                </tr>
                ${open?.issue === issue
                  ? html`<tr class="detail">
                      <td colspan=${model.rows.length + 1}>${renderPanel(model, open, lang, this.locale, this.#navigation.close)}</td>
                    </tr>`
                  : nothing}`,
            )}
          </tbody>
        </table>
      </div>
    </div>
    ${this.#scroller.hidden ? html`<p class="more" part="more">${format(strings.matrixMore, { n: this.#scroller.hidden }, this.locale)}</p>` : nothing}`;
  }

  #renderList(model: MatrixModel): TemplateResult {
    const { strings } = this.locale;
    const lang = this.storyLang(model.language);
    const open = this.#navigation.openCell(model);
    return html`<div class="list" part="list" role="group" aria-labelledby="caption" aria-describedby="summary">
      ${model.columns.map((issue, r) => {
        const cells = model.rows.map((row) => row.cells[r]!);
        return html`<section class="issue" part="issue" aria-labelledby="issue-${r}">
          <h3 class="issue-heading" id="issue-${r}" lang=${lang}>${issue.title}</h3>
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
                        const isOpen = cell === open;
                        const c = model.rows.findIndex((row) => row.party === cell.party);
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
                            ${renderPartyName(cell.party, lang, strings, true)} ${this.renderChanged('positions', `${cell.party.id}/${cell.issue.id}`)}
                          </button>
                          ${this.showSummary ? renderCellSummary(cell, lang) : nothing}
                        </li>`;
                      })}
                    </ul>
                  </li>`
                : nothing;
            })}
          </ul>
          ${open?.issue === issue ? renderPanel(model, open, lang, this.locale, this.#navigation.close) : nothing}
        </section>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'position-matrix': PositionMatrix;
  }
  interface HTMLElementEventMap {
    'nw-select': CustomEvent<NwSelectDetail>;
  }
}
