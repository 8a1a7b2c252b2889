import { html, nothing } from 'lit';
import { comparePartialDates, todayUtc, toIsoString } from '../data/dates.js';
// First among the shared imports: the order of first imports here orders the CDN files' shared
// chunk, and this order keeps its bytes (the matrix's ceiling in test/bench/size.mjs).
import { renderEvent, renderObstacle, renderWhen, STAGE } from './status-templates.js';
import { format } from '../shared/i18n.js';
import { formatNumber, formatPartialDate, formatRelativeDays } from '../shared/format.js';
import { externalLink } from '../shared/link.js';
import { PrintController } from '../shared/print-controller.js';
import { StoryElement } from '../shared/story-element.js';
import { MidnightController } from './midnight-controller.js';
import { buildStatusModel } from './status-model.js';
import { firstFew, FULL_WINDOW, OBSTACLES_SHOWN, TIMELINE_WINDOW, timelineWindow } from './timeline-model.js';
import { widgetStyles } from './negotiation-status.styles.js';
import type { TemplateResult, PropertyDeclarations } from 'lit';
import type { LoadResult } from '../data/errors.js';
import type { Story } from '../data/story.js';
import type { EventView, StatusModel } from './status-model.js';
import type { STATUS_STRINGS } from './strings.js';

export type StatusLayout = 'full' | 'compact' | 'timeline';

/** The properties that say whether the reader opened a folded list (its button flips it). */
type Fold = 'showEarlier' | 'showLater' | 'showAllObstacles';

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
export class NegotiationStatus extends StoryElement<StatusModel, typeof STATUS_STRINGS> {
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

  /** The folded lists the reader opened with their buttons. */
  private showEarlier = false;
  private showLater = false;
  private showAllObstacles = false;

  /** Between `beforeprint` and `afterprint`: every list renders whole (paper has no buttons). */
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
    const reported = comparePartialDates(model.reference, model.asOf) !== 0;
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
      <p class="hero-next-when">${renderWhen(next, this.locale, lang)}${next.daysAway === undefined
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
            html`<span class="item next-item"><strong class="next-badge" part="next">${s.next}</strong>&nbsp;<span lang=${lang} dir="auto">${next.title}</span>${s.listSeparator}<span class="when">${renderWhen(next, this.locale, lang)}${next.daysAway === undefined
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
    const printing = this.#print.printing;
    const open = { earlier: this.showEarlier || printing, later: this.showLater || printing };
    const { earlier, later, shown } = timelineWindow(model.events, model.next, inFull ? FULL_WINDOW : TIMELINE_WINDOW, open);
    const lang = this.storyLang(model.language);
    const heading = inFull
      ? html`<h3 id="timeline-heading">${s.timeline}</h3>`
      : html`<h2 id="timeline-heading">${s.timeline}</h2>`;
    return html`<div class="timeline" part="timeline">
      <div class="section-head">
        ${heading}
        ${earlier ? this.#renderToggle('showEarlier', 'toggle', 'events', s.statusEarlierEvents, earlier) : nothing}
      </div>
      <ol class="events" id="events">
        ${shown.map((event) => renderEvent(event, model.reference, this.renderChanged('events', event.id), this.locale, lang))}
      </ol>
      ${later ? this.#renderToggle('showLater', 'toggle toggle-after', 'events', s.statusLaterEvents, later) : nothing}
    </div>`;
  }

  /** The button that opens a folded list ("Show earlier events (12)") and folds it again ("Show less"). */
  #renderToggle(fold: Fold, className: string, controls: string, label: string, n: number): TemplateResult {
    const opened = this[fold];
    return html`<button type="button" class=${className} part="toggle" aria-expanded=${opened ? 'true' : 'false'} aria-controls=${controls} @click=${() => (this[fold] = !this[fold])}>
      ${opened ? this.locale.strings.showLess : format(label, { n }, this.locale)}
    </button>`;
  }

  #renderObstacles(model: StatusModel): TemplateResult | typeof nothing {
    if (model.obstacles.length === 0) return nothing;
    const s = this.locale.strings;
    const lang = this.storyLang(model.language);
    const { shown, folds } = firstFew(model.obstacles, OBSTACLES_SHOWN, this.showAllObstacles || this.#print.printing);
    return html`<div class="obstacles" part="obstacles">
      <div class="section-head"><h3>${s.obstacles}</h3></div>
      <ul class="obstacle-list" id="obstacles">
        ${shown.map((obstacle) => renderObstacle(obstacle, this.renderChanged('obstacles', obstacle.id), this.locale, lang))}
      </ul>
      ${folds ? this.#renderToggle('showAllObstacles', 'toggle toggle-after', 'obstacles', s.statusAllObstacles, model.obstacles.length) : nothing}
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

declare global {
  interface HTMLElementTagNameMap {
    'negotiation-status': NegotiationStatus;
  }
}
