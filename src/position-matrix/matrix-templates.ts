/**
 * The matrix's parts that hold no state: functions of the view model and the locale (the key, the
 * source line, a party's name, a cell's panel with its evidence, the print notes), which the
 * element's templates compose.
 */
import { html, nothing } from 'lit';
import { fillParts, format } from '../shared/i18n.js';
import { formatNumber, formatPartialDate, quoted, quotedInContext } from '../shared/format.js';
import { externalLink } from '../shared/link.js';
import type { TemplateResult } from 'lit';
import type { StoryLang } from '../shared/story-element.js';
import type { MatrixCell, MatrixEvidence, MatrixModel, MatrixParty } from './matrix-model.js';
import type { MatrixLocale } from './strings.js';

/** A party's name (in a column header, its short name shown and its full name for screen readers); a highlighted party's is marked, and says so to screen readers. */
export function renderPartyName(party: MatrixParty, lang: StoryLang, strings: MatrixLocale['strings'], full = false): TemplateResult {
  const name =
    full || party.shortName === party.name
      ? html`<span class="name" lang=${lang}>${party.name}</span>`
      : html`<span class="name" lang=${lang} aria-hidden="true">${party.shortName}</span><span class="visually-hidden" lang=${lang}>${party.name}</span>`;
  return party.highlighted
    ? html`<span class="marker" aria-hidden="true">▶</span>${name}<span class="visually-hidden"> (${strings.matrixHighlighted})</span>`
    : name;
}

export function renderCellSummary(cell: MatrixCell, lang: StoryLang): TemplateResult | typeof nothing {
  return cell.summary ? html`<p class="cell-summary" lang=${lang}>${cell.summary}</p>` : nothing;
}

/** A cell's panel: the position, the question, the summary, the evidence and the source; `close` is its close button's handler. */
export function renderPanel(model: MatrixModel, cell: MatrixCell, lang: StoryLang, locale: MatrixLocale, close: () => void): TemplateResult {
  const { strings } = locale;
  return html`<section id="panel" class="panel" part="panel" aria-labelledby="panel-heading">
    <div class="panel-head">
      <h3 id="panel-heading" tabindex="-1">
        ${fillParts(strings.matrixPositionOf, {
          party: html`<span lang=${lang}>${cell.party.name}</span>`,
          issue: html`<span lang=${lang}>${cell.issue.title}</span>`,
        })}
      </h3>
      <button type="button" class="close" part="close" @click=${close}>${strings.close}</button>
    </div>
    <p class="stance-${cell.stance} panel-stance"><span class="label">${strings[cell.stance]}</span></p>
    <p class="question" lang=${lang} dir="auto">${cell.issue.question}</p>
    <p lang=${cell.summary ? lang : nothing} dir="auto">${cell.summary ?? strings.matrixLegendNotStated}</p>
    ${renderEvidence(cell, lang, locale)}
    ${model.source ? html`<p class="attribution">${strings.source}: ${externalLink(model.source.url, model.source.name, lang)}</p>` : nothing}
  </section>`;
}

/** Who said a quote, in what role, when, where, and the source link. */
function renderAttribution(quote: MatrixEvidence, lang: StoryLang, locale: MatrixLocale): TemplateResult {
  return html`<span lang=${lang}>${[quote.speaker, quote.role].filter(Boolean).join(', ')}</span>${quote.date
      ? html` · <time datetime=${quote.date}>${formatPartialDate(quote.date, locale)}</time>`
      : nothing}${quote.venue ? html` · <span lang=${lang}>${quote.venue}</span>` : nothing}${quote.sourceUrl ? html` · ${externalLink(quote.sourceUrl, locale.strings.source)}` : nothing}`;
}

/** The quotes behind a position, and the article's reported sentence where it gives one. */
function renderEvidence(cell: MatrixCell, lang: StoryLang, locale: MatrixLocale): TemplateResult {
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
export function renderPrintNotes(model: MatrixModel, locale: MatrixLocale): TemplateResult {
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

/** The key: the stances the grid uses, each with its mark and word ("not stated" last), and how to open a cell. */
export function renderLegend(model: MatrixModel, strings: MatrixLocale['strings']): TemplateResult {
  return html`<section class="legend" part="legend" aria-labelledby="legend-heading">
    <h3 id="legend-heading" class="visually-hidden">${strings.legend}</h3>
    <ul>
      ${model.legend.map((stance) => html`<li class="stance-${stance}"><span class="label">${strings[stance]}</span></li>`)}
    </ul>
    <p class="hint">${strings.matrixHint}</p>
  </section>`;
}

/** The source line: "Source: …", and the date the positions are true for. */
export function renderFooter(model: MatrixModel, locale: MatrixLocale): TemplateResult | typeof nothing {
  const { source, updated, asOf } = model;
  if (!source && !updated && !asOf) return nothing;
  const { strings } = locale;
  const date = (template: string, value: string) => html`<span>${format(template, { date: formatPartialDate(value, locale) })}</span>`;
  return html`<footer class="footer" part="footer">
    ${source ? html`<span>${strings.source}: ${externalLink(source.url, source.name, model.language)}</span>` : nothing}
    ${updated ? date(strings.updated, updated) : asOf ? date(strings.matrixAsOf, asOf) : nothing}
  </footer>`;
}