/**
 * The templates of one item of `<negotiation-status>`: a stage, a timeline event (its date, status,
 * parties and quote), an obstacle. Functions of the view model, the page's locale and `lang` for the
 * story's text (nothing where the page is already in its language); the element lays them out in
 * sections and owns what the reader changes (which lists are open).
 */
import { html, nothing } from 'lit';
import { format } from '../shared/i18n.js';
import { formatList, formatPartialDate, formatRelativeDays, quoted } from '../shared/format.js';
import { partyColor } from '../shared/custom-properties.js';
import { firstFew, PARTIES_SHOWN, stillToCome } from './timeline-model.js';
import type { TemplateResult } from 'lit';
import type { ParsedDate } from '../data/dates.js';
import type { StoryLang } from '../shared/story-element.js';
import type { EventView, ObstacleView, PartyRef, StageState } from './status-model.js';
import type { StatusLocale } from './strings.js';

/**
 * One template per stage state, with its class, icon and `aria-current` as static
 * markup, and the state's words in parentheses as one text.
 */
export const STAGE: Record<StageState, (lang: StoryLang, label: string, stateText: string) => TemplateResult> = {
  done: (lang, label, stateText) => html`<li class="stage stage-done" part="stage">
            <span class="stage-icon" aria-hidden="true">✓</span>
            <span class="stage-label" lang=${lang} dir="auto">${label}</span>
            <span class="visually-hidden">${stateText}</span>
          </li>`,
  current: (lang, label, stateText) => html`<li class="stage stage-current" part="stage" aria-current="step">
            <span class="stage-icon" aria-hidden="true">●</span>
            <span class="stage-label" lang=${lang} dir="auto">${label}</span>
            <span class="visually-hidden">${stateText}</span>
          </li>`,
  upcoming: (lang, label, stateText) => html`<li class="stage stage-upcoming" part="stage">
            <span class="stage-icon" aria-hidden="true">○</span>
            <span class="stage-label" lang=${lang} dir="auto">${label}</span>
            <span class="visually-hidden">${stateText}</span>
          </li>`,
};

/**
 * One event of the timeline. `reference` is the day the widget counts against (what is still to
 * come); `changed`, the mark a refresh puts on an event that changed.
 */
export function renderEvent(event: EventView, reference: ParsedDate, changed: unknown, locale: StatusLocale, lang: StoryLang): TemplateResult {
  const s = locale.strings;
  const classes = `event status-${event.status}${event.isNext ? ' is-next' : ''}${stillToCome(event, reference) ? ' upcoming' : ''}${event.gapAfter ? ' gap-after' : ''}`;
  // The status is always text for screen readers; shown where it says more than the dot and the date do.
  const quietStatus = event.status === 'done' || (event.isNext && event.status === 'scheduled');
  // Two stacks side by side where the timeline is wide: date, status and parties; title and the rest.
  return html`<li class=${classes} part=${event.isNext ? 'event event-next' : 'event'}>
      <div class="event-side">
        <p class="event-when">${renderWhen(event, locale, lang)}</p>
        <div class="event-meta">
          ${event.isNext
            ? html`<p class="next-line">
                <strong class="next-badge" part="next">${s.next}</strong>
                ${event.daysAway === undefined ? nothing : html`<span class="relative">${formatRelativeDays(event.daysAway, locale)}</span>`}
              </p>`
            : nothing}
          <span class=${quietStatus ? `badge badge-${event.status} visually-hidden` : `badge badge-${event.status}`} part="badge">${s[event.status]}</span>
          ${renderParties(event.parties, locale, lang)}
        </div>
      </div>
      <div class="event-main">
        <p class="event-title" lang=${lang} dir="auto">${event.title}</p>
        ${changed}
        ${event.description ? html`<p class="event-description" lang=${lang} dir="auto">${event.description}</p>` : nothing}
        ${event.quote ? renderEventQuote(event.quote, locale, lang) : nothing}
      </div>
    </li>`;
}

/**
 * A quote inside the timeline: "Quote" and who said it, opening to the whole words inside the
 * article's words around them. The words themselves are never shown cut to fit a line.
 */
function renderEventQuote(quote: NonNullable<EventView['quote']>, locale: StatusLocale, lang: StoryLang): TemplateResult {
  return html`<details class="event-quote">
      <summary>${locale.strings.statusQuote} <span class="by" lang=${lang} dir="auto">${quote.attribution}</span></summary>
      <blockquote>
        <p lang=${lang} dir="auto">${quote.context ? `${quote.context} ` : nothing}<span class="quote-text">${quoted(quote.text, locale)}</span>${quote.contextAfter
            ? ` ${quote.contextAfter}`
            : nothing}</p>
      </blockquote>
    </details>`;
}

/** The event's date at its precision, or its label when undated. */
export function renderWhen(event: EventView, locale: StatusLocale, lang: StoryLang): TemplateResult {
  if (!event.date) {
    return event.dateLabel
      ? html`<span class="no-date" lang=${lang} dir="auto">${event.dateLabel}</span>`
      : html`<span class="no-date">${locale.strings.noDateSet}</span>`;
  }
  // `datetime` is set whenever `date` is.
  return html`<time datetime=${event.datetime}>${formatPartialDate(event.date, locale)}</time>`;
}

/** One obstacle; `changed` is the mark a refresh puts on an obstacle that changed. */
export function renderObstacle(obstacle: ObstacleView, changed: unknown, locale: StatusLocale, lang: StoryLang): TemplateResult {
  // The words around the issue's title ("Issue: …") are for screen readers.
  const [issueBefore = '', issueAfter = ''] = locale.strings.statusIssue.split('{title}');
  return html`<li class="obstacle">
            ${obstacle.issue
              ? html`<details class="issue" part="obstacle-issue">
                  <summary><span class="visually-hidden">${issueBefore}</span><span lang=${lang} dir="auto">${obstacle.issue.title}</span><span class="visually-hidden">${issueAfter}</span></summary>
                  <p class="question" lang=${lang} dir="auto">${obstacle.issue.question}</p>
                </details>`
              : nothing}
            <div class="obstacle-body" lang=${lang} dir="auto">
              <p class="obstacle-text">${obstacle.text}</p>
              ${changed}
              ${renderParties(obstacle.parties, locale, lang)}
            </div>
          </li>`;
}

/**
 * The parties as a list; past `PARTIES_SHOWN` + 1 of them, the first few and "+97 more", the rest
 * named for screen readers in the last item (a story may name 100 parties on each of 500 obstacles).
 */
function renderParties(parties: PartyRef[], locale: StatusLocale, lang: StoryLang): TemplateResult | typeof nothing {
  if (parties.length === 0) return nothing;
  const { shown, folds } = firstFew(parties, PARTIES_SHOWN, false);
  return html`<ul class="parties" aria-label=${locale.strings.statusParties}>
      ${shown.map((p) => html`<li class="party party-ink" lang=${lang} dir="auto" data-party-color=${partyColor(p.color)}>${p.shortName}</li>`)}
      ${folds ? renderMoreParties(parties.slice(PARTIES_SHOWN), locale, lang) : nothing}
    </ul>`;
}

function renderMoreParties(rest: PartyRef[], locale: StatusLocale, lang: StoryLang): TemplateResult {
  const more = format(locale.strings.statusMoreParties, { n: rest.length }, locale);
  return html`<li class="more"><span aria-hidden="true">${more}</span><span class="visually-hidden" lang=${lang}>${formatList(
      rest.map((p) => p.shortName),
      locale,
    )}</span></li>`;
}
