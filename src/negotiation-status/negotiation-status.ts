import { html, nothing } from 'lit';
import { comparePartialDates, todayUtc, toIsoString } from '../data/dates.js';
import { partyColor } from '../shared/party-color.js';
import { format } from '../shared/i18n.js';
import { formatList, formatNumber, formatPartialDate, formatRelativeDays, quoted } from '../shared/format.js';
import { externalLink } from '../shared/link.js';
import { PrintController } from '../shared/print-controller.js';
import { StoryElement } from '../shared/story-element.js';
import { MidnightController } from './midnight-controller.js';
import { buildStatusModel } from './status-model.js';
import { widgetStyles } from './negotiation-status.styles.js';
import type { TemplateResult, PropertyDeclarations } from 'lit';
import type { LoadResult } from '../data/errors.js';
import type { ParsedDate } from '../data/dates.js';
import type { Story } from '../data/story.js';
import type { StoryLang } from '../shared/story-element.js';
import type { EventView, PartyRef, StageState, StatusModel } from './status-model.js';

export type StatusLayout = 'full' | 'compact' | 'timeline';

/** Events shown before the next one in the full layout; earlier ones wait behind "Show earlier events". */
const RECENT_DONE = 2;
/** Upcoming events shown after the next one, and obstacles shown, before a "Show …" button in the full layout. */
const LATER_SHOWN = 3;
/** The timeline layout's window: events shown on each side of the next one before the buttons. */
const TIMELINE_WINDOW = 25;
const OBSTACLES_SHOWN = 8;
/** Party chips shown before "+N more" (four are shown as four). */
const PARTY_CHIPS = 3;

/**
 * Where the talks stand: the current stage, the day of the war, what happened and what is next.
 *
 * Reads the `negotiation` part of a story. The `full` layout leads with the current stage and
 * the day count (in the story's own words where it gives `dayCountLabel`, with its `dayCountBasis`),
 * the next event and its date beside them, then the typical stages of talks, one timeline (a dot per
 * event shaped by status, neutral for the past, the accent only for "Next"; a break in the line
 * over a gap of more than a year; each quote folded under its speaker's name, never cut), the
 * obstacles and the source; `compact` is one labelled line (the talks' `label`, stage, day count,
 * next event with its date, and the date it is true for); `timeline` is the timeline alone. Days
 * and "next" count against the story's `asOf`, or against `now` when `live` is set; the stated
 * "As of" date is always the date they count from, and "in 2 days" shows only when `live`, where it
 * is true for the reader's today. The full layout renders a window of events around the next one and the first
 * few obstacles (the timeline layout, 25 events each side of the next); the rest wait behind
 * buttons, so a story of 500 events costs what is on screen.
 *
 * @tagname negotiation-status
 * @slot - Fallback content, shown while the story loads and when it fails; hidden once rendered.
 * @csspart base - The outer wrapper.
 * @csspart header - The title, current stage, day count and date (full layout).
 * @csspart hero - The current stage and day count, with the next event beside them (full layout).
 * @csspart stages - The stage tracker (full layout).
 * @csspart stage - One stage of the tracker.
 * @csspart timeline - The timeline section.
 * @csspart event - One timeline event.
 * @csspart event-next - The first upcoming event (also has the `event` part).
 * @csspart next - The "Next" badge on the first upcoming event.
 * @csspart badge - An event's status: text for screen readers, shown where it says more than the dot ("Tentative", "Cancelled").
 * @csspart obstacles - The obstacles section (full layout).
 * @csspart obstacle-issue - An obstacle's issue: its title, opening to the full question.
 * @csspart footer - The source and update date (full layout).
 * @csspart banner - The one-line banner (compact layout).
 * @csspart toggle - The buttons that show earlier or later events, or every obstacle (full layout).
 * @cssprop [--nw-color-text=light-dark(#1b1b1f, #ececf1)] - Text.
 * @cssprop [--nw-color-muted=light-dark(#55555e, #b5b5bf)] - Dates, parties, labels and upcoming stages.
 * @cssprop [--nw-color-background=light-dark(#ffffff, #1b1b1f)] - The widget's background.
 * @cssprop [--nw-color-surface=light-dark(#f4f4f6, #26262c)] - The compact banner's background.
 * @cssprop [--nw-color-border=light-dark(#c9c9d1, #4a4a55)] - Borders, the timeline rule and stage connectors.
 * @cssprop [--nw-color-accent=light-dark(#1d4ed8, #93b4fd)] - The current stage and the "Next" badge.
 * @cssprop [--nw-color-opposes=light-dark(#b91c1c, #fca5a5)] - Cancelled events.
 * @cssprop [--nw-color-conditional=light-dark(#92400e, #fcd34d)] - Tentative events.
 * @cssprop [--nw-radius=0.5rem] - Corner radius.
 * @cssprop [--nw-space=1rem] - Padding and spacing between sections.
 * @cssprop [--nw-font-family=inherit] - The font; the page's by default.
 * @cssprop [--nw-quote-font-family=var(--nw-font-family)] - The font of quoted words.
 * @cssprop [--nw-heading-font-family=var(--nw-font-family)] - The font of the title and section headings: the page's heading face, where it has one.
 * @fires nw-error - The story could not be shown. `detail`: `{ storyId, code, message }`.
 */
export class NegotiationStatus extends StoryElement<StatusModel> {
  static override styles = [...StoryElement.styles, widgetStyles];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true, useDefault: true },
    live: { type: Boolean, reflect: true, useDefault: true },
    now: { attribute: false },
    showEarlier: { state: true },
    showLater: { state: true },
    showAllObstacles: { state: true },
  };

  /** What to show: `full`, `compact` (one labelled line for the top of an article) or `timeline` (the timeline alone). */
  layout: StatusLayout = 'full';

  /** Count the day of the war and the next event against `now` instead of the story's `asOf` (and say "in 2 days", which is then true). */
  live = false;

  /** The clock `live` counts against (its UTC day); the current time unless set, so tests and archives can fix it. */
  get now(): Date {
    return this.#fixedNow ?? new Date();
  }
  set now(value: Date | undefined) {
    this.#fixedNow = value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
  }

  private showEarlier = false;
  private showLater = false;
  private showAllObstacles = false;

  /** Between `beforeprint` and `afterprint`: every event is rendered. */
  readonly #print = new PrintController(this, () => this.performUpdate());

  #fixedNow?: Date;

  constructor() {
    super();
    // A widget counting to today (`live`) on the real clock turns the page at UTC midnight.
    new MidnightController(this, () => this.live && !this.#fixedNow);
  }

  /** Readers are told what is missing; the detail goes to the console and `nw-error`. */
  protected override readerError(): string {
    return this.locale.strings.statusUnavailable;
  }

  protected override buildModel(story: Story): LoadResult<StatusModel> {
    return buildStatusModel(story, { strings: this.locale.strings, today: this.live ? todayUtc(this.now) : undefined });
  }

  /** Besides the story and the language, the model depends on the reference day only. */
  protected override modelKey(): string {
    return this.live ? toIsoString(todayUtc(this.now)) : '';
  }


  #handleToggle(): void {
    this.showEarlier = !this.showEarlier;
  }

  #handleLaterToggle(): void {
    this.showLater = !this.showLater;
  }

  #handleObstaclesToggle(): void {
    this.showAllObstacles = !this.showAllObstacles;
  }

  protected override renderModel(model: StatusModel): unknown {
    if (this.layout === 'compact') return this.#renderCompact(model);
    if (this.layout === 'timeline') {
      return html`<section class="base layout-timeline" part="base" lang=${this.pageLang} aria-labelledby="timeline-heading">
        ${this.#renderTimeline(model, false)}
      </section>`;
    }
    const s = this.locale.strings;
    const lang = this.storyLang(model.language);
    return html`<section class="base layout-full" part="base" lang=${this.pageLang} aria-labelledby="title">
      <header class="header" part="header">
        <div class="headline">
          <h2 id="title" class="title" lang=${lang} dir="auto">${model.title}</h2>
          ${this.#renderDateline(model)}
        </div>
        <div class="hero" part="hero">
          <div class="hero-now">
            <p class="stage-now"><span class="label">${s.stageCurrent}</span> <strong lang=${lang} dir="auto">${model.stage.label}</strong></p>
            ${this.#renderDay(model)}
          </div>
          ${model.next ? this.#renderHeroNext(model.next, model) : nothing}
        </div>
      </header>
      ${this.#renderStages(model)} ${this.#renderTimeline(model, true)} ${this.#renderObstacles(model)} ${this.#renderFooter(model)}
    </section>`;
  }

  /**
   * The date the widget is true for: the reference date, so the day count, "in 2 days" and the
   * stated date always agree (with `live`, today, and the date the events were reported on).
   */
  #renderDateline(model: StatusModel): TemplateResult {
    const s = this.locale.strings;
    const reference = formatPartialDate(model.reference, this.locale);
    const reported = !sameDay(model.reference, model.asOf);
    return html`<p class="dateline">
      <span class="as-of"><time datetime=${toIsoString(model.reference)}>${format(s.asOf, { date: reference })}</time></span>
      ${reported ? html`<span class="reported">${format(s.statusReportedOn, { date: formatPartialDate(model.asOf, this.locale) })}</span>` : nothing}
    </p>`;
  }

  /** "Day 1,085 of the war", the number set apart so it can lead. */
  #renderDay(model: StatusModel): TemplateResult | typeof nothing {
    if (model.dayOfWar === null) return nothing;
    const [before = '', after = ''] = (model.dayCountLabel ?? this.locale.strings.dayOfWar).split('{n}');
    const lang = model.dayCountLabel ? this.storyLang(model.language) : undefined;
    return html`<p class="day"><span lang=${lang ?? nothing}>${before}<span class="day-n">${formatNumber(model.dayOfWar, this.locale)}</span>${after}</span>${this.#renderDayBasis(model)}</p>`;
  }

  /** ", as the article counts": the story's word for where the count comes from, in its language. */
  #renderDayBasis(model: StatusModel): TemplateResult | typeof nothing {
    return model.dayCountBasis
      ? html`<span class="day-basis">${this.locale.strings.listSeparator}<span lang=${this.storyLang(model.language)}>${model.dayCountBasis}</span></span>`
      : nothing;
  }

  #renderHeroNext(next: EventView, model: StatusModel): TemplateResult {
    const s = this.locale.strings;
    const lang = this.storyLang(model.language);
    return html`<div class="hero-next">
      <p class="label">${s.next}</p>
      <p class="hero-next-title" lang=${lang} dir="auto">${next.title}</p>
      <p class="hero-next-when">${this.#renderWhen(next, model)}${next.daysAway === undefined
          ? nothing
          : html`<span class="sep" aria-hidden="true"> · </span><span class="relative">${formatRelativeDays(next.daysAway, this.locale)}</span>`}</p>
    </div>`;
  }

  #renderCompact(model: StatusModel): TemplateResult {
    const s = this.locale.strings;
    const lang = this.storyLang(model.language);
    const next = model.next;
    return html`<section class="base layout-compact" part="base" lang=${this.pageLang} aria-label=${model.title}>
      <p class="banner" part="banner">
        <span class="item kicker"><span lang=${lang} dir="auto">${model.label}</span></span>
        <span class="item stage-item"><span class="visually-hidden">${s.stageCurrent}</span> <strong lang=${lang} dir="auto">${model.stage.label}</strong></span>
        ${model.dayOfWar === null
          ? nothing
          : html`<span class="item day-item"><span lang=${model.dayCountLabel ? lang : nothing}>${format(model.dayCountLabel ?? s.dayOfWar, { n: formatNumber(model.dayOfWar, this.locale) })}</span>${this.#renderDayBasis(model)}</span>`}
        ${next
          ? // No white space before an item's end: its separator dot follows the last word.
            html`<span class="item next-item"><strong class="next-badge" part="next">${s.next}</strong>&nbsp;<span lang=${lang} dir="auto">${next.title}</span>${s.listSeparator}<span class="when">${this.#renderWhen(next, model)}${next.daysAway === undefined
                ? nothing
                : html` <span class="relative">(${formatRelativeDays(next.daysAway, this.locale)})</span>`}</span></span>`
          : nothing}
        <span class="item as-of"><time datetime=${toIsoString(model.reference)}>${format(s.asOf, { date: formatPartialDate(model.reference, this.locale) })}</time></span>
      </p>
    </section>`;
  }

  #renderStages(model: StatusModel): TemplateResult {
    const s = this.locale.strings;
    const stateText = { done: `(${s.stageDone})`, current: `(${s.stageCurrent})`, upcoming: `(${s.stageUpcoming})` };
    const lang = this.storyLang(model.language);
    return html`<div class="stages" part="stages">
      <h3 class="stages-head">${s.stages}</h3>
      <ol class="stage-list">
        ${model.stages.map((stage) => STAGE[stage.state](lang, stage.label, stateText[stage.state]))}
      </ol>
    </div>`;
  }

  #renderTimeline(model: StatusModel, inFull: boolean): TemplateResult {
    const s = this.locale.strings;
    // In the full layout, a window around the present: the RECENT_DONE events before the next one
    // (or before the end when nothing is next), the next, and LATER_SHOWN after it. Earlier and
    // later events wait behind buttons and are not rendered until shown, so a story of 500 events
    // costs what is on screen. (Print renders them all.)
    // The timeline layout has a wider window, for the same reason.
    const events = model.events;
    const [before, after] = inFull ? [RECENT_DONE, LATER_SHOWN] : [TIMELINE_WINDOW, TIMELINE_WINDOW];
    const anchor = model.next ? events.indexOf(model.next) : events.length;
    const earlier = anchor - before > 1 ? anchor - before : 0;
    const laterFrom = anchor + 1 + after;
    const later = events.length - laterFrom > 1 ? events.length - laterFrom : 0;
    const from = earlier > 0 && !(this.showEarlier || this.#print.printing) ? earlier : 0;
    const to = later > 0 && !(this.showLater || this.#print.printing) ? laterFrom : events.length;
    const shown = from === 0 && to === events.length ? events : events.slice(from, to);
    const heading = inFull
      ? html`<h3 id="timeline-heading">${s.timeline}</h3>`
      : html`<h2 id="timeline-heading">${s.timeline}</h2>`;
    return html`<div class="timeline" part="timeline">
      <div class="section-head">
        ${heading}
        ${earlier > 0
          ? html`<button type="button" class="toggle" part="toggle" aria-expanded=${this.showEarlier ? 'true' : 'false'} aria-controls="events" @click=${this.#handleToggle}>
              ${this.showEarlier ? s.showLess : format(s.statusEarlierEvents, { n: earlier }, this.locale)}
            </button>`
          : nothing}
      </div>
      <ol class="events" id="events">
        ${shown.map((event) => this.#renderEvent(event, model))}
      </ol>
      ${later > 0
        ? html`<button type="button" class="toggle toggle-after" part="toggle" aria-expanded=${this.showLater ? 'true' : 'false'} aria-controls="events" @click=${this.#handleLaterToggle}>
            ${this.showLater ? s.showLess : format(s.statusLaterEvents, { n: later }, this.locale)}
          </button>`
        : nothing}
    </div>`;
  }

  #renderEvent(event: EventView, model: StatusModel): TemplateResult {
    const s = this.locale.strings;
    const lang = this.storyLang(model.language);
    const upcoming = (event.status === 'scheduled' || event.status === 'tentative') && !(event.date && isBefore(event.date, model.reference));
    const classes = `event status-${event.status}${event.isNext ? ' is-next' : ''}${upcoming ? ' upcoming' : ''}${event.gapAfter ? ' gap-after' : ''}`;
    // The status is always text for screen readers; shown where it says more than the dot and the date do.
    const quietStatus = event.status === 'done' || (event.isNext && event.status === 'scheduled');
    // Two stacks side by side where the timeline is wide: date, status and parties; title and the rest.
    return html`<li class=${classes} part=${event.isNext ? 'event event-next' : 'event'}>
      <div class="event-side">
        <p class="event-when">${this.#renderWhen(event, model)}</p>
        <div class="event-meta">
          ${event.isNext
            ? html`<p class="next-line">
                <strong class="next-badge" part="next">${s.next}</strong>
                ${event.daysAway === undefined ? nothing : html`<span class="relative">${formatRelativeDays(event.daysAway, this.locale)}</span>`}
              </p>`
            : nothing}
          <span class=${quietStatus ? `badge badge-${event.status} visually-hidden` : `badge badge-${event.status}`} part="badge">${s[event.status]}</span>
          ${this.#renderParties(event.parties, lang)}
        </div>
      </div>
      <div class="event-main">
        <p class="event-title" lang=${lang} dir="auto">${event.title}</p>
        ${this.renderChanged('events', event.id)}
        ${event.description ? html`<p class="event-description" lang=${lang} dir="auto">${event.description}</p>` : nothing}
        ${event.quote ? this.#renderEventQuote(event.quote, lang) : nothing}
      </div>
    </li>`;
  }

  /**
   * A quote inside the timeline: "Quote" and who said it, opening to the whole words inside the
   * article's words around them. The words themselves are never shown cut to fit a line.
   */
  #renderEventQuote(quote: NonNullable<EventView['quote']>, lang: StoryLang): TemplateResult {
    return html`<details class="event-quote">
      <summary>${this.locale.strings.statusQuote} <span class="by" lang=${lang} dir="auto">${quote.attribution}</span></summary>
      <blockquote>
        <p lang=${lang} dir="auto">${quote.context ? `${quote.context} ` : nothing}<span class="quote-text">${quoted(quote.text, this.locale)}</span>${quote.contextAfter
            ? ` ${quote.contextAfter}`
            : nothing}</p>
      </blockquote>
    </details>`;
  }

  /** The event's date at its precision, or its label when undated. */
  #renderWhen(event: EventView, model: StatusModel): TemplateResult {
    if (!event.date) {
      return event.dateLabel
        ? html`<span class="no-date" lang=${this.storyLang(model.language)} dir="auto">${event.dateLabel}</span>`
        : html`<span class="no-date">${this.locale.strings.noDateSet}</span>`;
    }
    // `datetime` is set whenever `date` is.
    return html`<time datetime=${event.datetime}>${formatPartialDate(event.date, this.locale)}</time>`;
  }

  /**
   * The parties as a list; past `PARTY_CHIPS` + 1 of them, the first few and "+97 more", the rest
   * named for screen readers in the last item (a story may name 100 parties on each of 500 obstacles).
   */
  #renderParties(parties: PartyRef[], lang: StoryLang): TemplateResult | typeof nothing {
    if (parties.length === 0) return nothing;
    const capped = parties.length > PARTY_CHIPS + 1;
    const chips = capped ? parties.slice(0, PARTY_CHIPS) : parties;
    return html`<ul class="parties" aria-label=${this.locale.strings.statusParties}>
      ${chips.map((p) => html`<li class="party party-ink" lang=${lang} dir="auto" data-party-color=${swatch(p)}>${p.shortName}</li>`)}
      ${capped ? this.#renderMoreParties(parties.slice(PARTY_CHIPS), lang) : nothing}
    </ul>`;
  }

  #renderMoreParties(rest: PartyRef[], lang: StoryLang): TemplateResult {
    const more = format(this.locale.strings.statusMoreParties, { n: rest.length }, this.locale);
    return html`<li class="more"><span aria-hidden="true">${more}</span><span class="visually-hidden" lang=${lang}>${formatList(
        rest.map((p) => p.shortName),
        this.locale,
      )}</span></li>`;
  }

  #renderObstacles(model: StatusModel): TemplateResult | typeof nothing {
    if (model.obstacles.length === 0) return nothing;
    const s = this.locale.strings;
    const lang = this.storyLang(model.language);
    const [issueBefore = '', issueAfter = ''] = s.statusIssue.split('{title}');
    const capped = model.obstacles.length > OBSTACLES_SHOWN + 1 && !(this.showAllObstacles || this.#print.printing);
    const obstacles = capped ? model.obstacles.slice(0, OBSTACLES_SHOWN) : model.obstacles;
    const more = model.obstacles.length > OBSTACLES_SHOWN + 1;
    return html`<div class="obstacles" part="obstacles">
      <div class="section-head"><h3>${s.obstacles}</h3></div>
      <ul class="obstacle-list" id="obstacles">
        ${obstacles.map(
          (o) => html`<li class="obstacle">
            ${o.issue
              ? html`<details class="issue" part="obstacle-issue">
                  <summary><span class="visually-hidden">${issueBefore}</span><span lang=${lang} dir="auto">${o.issue.title}</span><span class="visually-hidden">${issueAfter}</span></summary>
                  <p class="question" lang=${lang} dir="auto">${o.issue.question}</p>
                </details>`
              : nothing}
            <div class="obstacle-body" lang=${lang} dir="auto">
              <p class="obstacle-text">${o.text}</p>
              ${this.renderChanged('obstacles', o.id)}
              ${this.#renderParties(o.parties, lang)}
            </div>
          </li>`,
        )}
      </ul>
      ${more
        ? html`<button type="button" class="toggle toggle-after" part="toggle" aria-expanded=${this.showAllObstacles ? 'true' : 'false'} aria-controls="obstacles" @click=${this.#handleObstaclesToggle}>
            ${this.showAllObstacles ? s.showLess : format(s.statusAllObstacles, { n: model.obstacles.length }, this.locale)}
          </button>`
        : nothing}
    </div>`;
  }

  #renderFooter(model: StatusModel): TemplateResult | typeof nothing {
    if (!model.source && !model.updated) return nothing;
    const s = this.locale.strings;
    const source = model.source;
    return html`<footer class="footer" part="footer">
      ${source
        ? html`<p class="source">
            <span class="label">${s.source}</span>
            ${externalLink(source.url, source.name, this.storyLang(model.language))}
          </p>`
        : nothing}
      ${model.updated ? html`<p class="updated">${format(s.updated, { date: formatPartialDate(model.updated, this.locale) })}</p>` : nothing}
    </footer>`;
  }
}

/**
 * One template per stage state, with its class, icon and `aria-current` as static
 * markup, and the state's words in parentheses as one text.
 */
const STAGE: Record<StageState, (lang: StoryLang, label: string, stateText: string) => TemplateResult> = {
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

function sameDay(a: ParsedDate, b: ParsedDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Whether a date's whole span ends before the reference day (a past event still marked scheduled). */
function isBefore(date: ParsedDate, reference: ParsedDate): boolean {
  return comparePartialDates(date, reference) < 0 && date.precision === 'day';
}

/** The party's colour for its swatch (none when the party has no colour). */
function swatch(party: PartyRef): unknown {
  return partyColor(party.color);
}

declare global {
  interface HTMLElementTagNameMap {
    'negotiation-status': NegotiationStatus;
  }
}
