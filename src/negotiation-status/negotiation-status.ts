import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { todayUtc, toIsoString } from '../data/dates.js';
import { customProperties } from '../shared/custom-properties.js';
import { format } from '../shared/i18n.js';
import { formatNumber, formatPartialDate, formatRelativeDays, quoted } from '../shared/format.js';
import { externalLink } from '../shared/link.js';
import { StoryElement } from '../shared/story-element.js';
import { buildStatusModel } from './status-model.js';
import { widgetStyles } from './negotiation-status.styles.js';
import type { PropertyValues, TemplateResult } from 'lit';
import type { LoadResult } from '../data/errors.js';
import type { Story } from '../data/story.js';
import type { EventView, PartyRef, StageState, StatusModel } from './status-model.js';

export type StatusLayout = 'full' | 'compact' | 'timeline';

/** Done events shown before "Show earlier events" in the full layout. */
const RECENT_DONE = 3;
const STATUS_ICON = { done: '✓', scheduled: '◷', tentative: '?', cancelled: '✕' } as const;

/**
 * Built models by story object, then by language and reference day. A validated story is a fresh
 * object the data layer never changes, and rendering never changes a model, so widgets share them.
 */
const modelCache = new WeakMap<Story, Map<string, LoadResult<StatusModel>>>();

/**
 * Where the talks stand: the current stage, the day of the war, what happened and what is next.
 *
 * Reads the `negotiation` part of a story. The `full` layout shows a header, the stage tracker,
 * the timeline, the obstacles and the source; `compact` is a one-line banner (stage, day count,
 * next event); `timeline` is the timeline alone. Days and "next" count against the story's
 * `asOf`, or against `now` when `live` is set.
 *
 * @tagname negotiation-status
 * @slot - Fallback content, shown while the story loads and when it fails; hidden once rendered.
 * @csspart base - The outer wrapper.
 * @csspart header - The title, current stage, day count and date (full layout).
 * @csspart stages - The stage tracker (full layout).
 * @csspart stage - One stage of the tracker.
 * @csspart timeline - The timeline section.
 * @csspart event - One timeline event.
 * @csspart event-next - The first upcoming event (also has the `event` part).
 * @csspart next - The "Next" badge on the first upcoming event.
 * @csspart badge - An event's status badge.
 * @csspart obstacles - The obstacles section (full layout).
 * @csspart obstacle-issue - An obstacle's issue: its title, opening to the full question.
 * @csspart footer - The source and update date (full layout).
 * @csspart banner - The one-line banner (compact layout).
 * @csspart toggle - The button that shows earlier events (full layout).
 * @cssprop [--nw-color-text=light-dark(#1b1b1f, #ececf1)] - Text.
 * @cssprop [--nw-color-muted=light-dark(#55555e, #b5b5bf)] - Dates, parties, labels and upcoming stages.
 * @cssprop [--nw-color-background=light-dark(#ffffff, #1b1b1f)] - The widget's background.
 * @cssprop [--nw-color-surface=light-dark(#f4f4f6, #26262c)] - The compact banner's background.
 * @cssprop [--nw-color-border=light-dark(#c9c9d1, #4a4a55)] - Borders, the timeline rule and stage connectors.
 * @cssprop [--nw-color-accent=light-dark(#1d4ed8, #93b4fd)] - The current stage and the "Next" badge.
 * @cssprop [--nw-color-supports=light-dark(#166534, #86efac)] - Done stages and events.
 * @cssprop [--nw-color-opposes=light-dark(#b91c1c, #fca5a5)] - Cancelled events.
 * @cssprop [--nw-color-conditional=light-dark(#92400e, #fcd34d)] - Tentative events.
 * @cssprop [--nw-radius=0.5rem] - Corner radius.
 * @cssprop [--nw-space=1rem] - Padding and spacing between sections.
 * @cssprop [--nw-font-family=inherit] - The font; the page's by default.
 * @cssprop [--nw-quote-font-family=var(--nw-font-family)] - The font of quoted words.
 * @fires nw-error - The story could not be shown. `detail`: `{ storyId, code, message }`.
 */
export class NegotiationStatus extends StoryElement<StatusModel> {
  static override styles = [...StoryElement.styles, widgetStyles];

  /** What to show: `full`, `compact` (a one-line banner) or `timeline` (the timeline alone). */
  @property({ reflect: true, attribute: 'layout' }) layout: StatusLayout = 'full';

  /** Count the day of the war and the next event against `now` instead of the story's `asOf`. */
  @property({ type: Boolean, reflect: true, attribute: 'live' }) live = false;

  /** The clock `live` counts against (its UTC day); the current time unless set, so tests and archives can fix it. */
  @property({ attribute: false })
  get now(): Date {
    return this.fixedNow ?? new Date();
  }
  set now(value: Date | undefined) {
    this.fixedNow = value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
  }

  @state() private showEarlier = false;

  private fixedNow?: Date;
  private midnightTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-arms the midnight timer of a live widget that was moved.
    if (this.live && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.midnightTimer);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A live widget on the real clock turns the page at UTC midnight.
    clearTimeout(this.midnightTimer);
    if (this.live && !this.fixedNow && this.isConnected) {
      const now = Date.now();
      // setUTCHours returns the new time: a second past the coming UTC midnight.
      this.midnightTimer = setTimeout(() => this.requestUpdate(), new Date(now).setUTCHours(24, 0, 1, 0) - now);
    }
  }

  protected override buildModel(story: Story): LoadResult<StatusModel> {
    // The model depends on the story, the language of the error messages and the reference day only.
    const now = this.now;
    const key = `${this.locale.language}|${this.live ? toIsoString(todayUtc(now)) : 'as-of'}`;
    let byKey = modelCache.get(story);
    if (!byKey) {
      byKey = new Map();
      modelCache.set(story, byKey);
    }
    let result = byKey.get(key);
    if (!result) {
      result = buildStatusModel(story, { strings: this.locale.strings, live: this.live, now });
      // A live page runs from day to day: keep the cache small.
      if (byKey.size >= 16) byKey.clear();
      byKey.set(key, result);
    }
    return result;
  }

  private handleToggle(): void {
    this.showEarlier = !this.showEarlier;
  }

  protected override renderModel(model: StatusModel): unknown {
    if (this.layout === 'compact') return this.renderCompact(model);
    if (this.layout === 'timeline') {
      return html`<section class="base layout-timeline" part="base" aria-labelledby="timeline-heading">
        ${this.renderTimeline(model, false)}
      </section>`;
    }
    const s = this.locale.strings;
    return html`<section class="base layout-full" part="base" aria-labelledby="title">
      <header class="header" part="header">
        <h2 id="title" class="title" lang=${model.language}>${model.title}</h2>
        <p class="stage-now"><span class="label">${s.stageCurrent}</span> <strong lang=${model.language}>${model.stage.label}</strong></p>
        <p class="meta">
          ${this.renderDay(model)}
          <span class="as-of">${fill(s.asOf, 'date', formatPartialDate(model.asOf, this.locale))}</span>
        </p>
      </header>
      ${this.renderStages(model)} ${this.renderTimeline(model, true)} ${this.renderObstacles(model)} ${this.renderFooter(model)}
    </section>`;
  }

  private renderDay(model: StatusModel): TemplateResult | typeof nothing {
    if (model.dayOfWar === null) return nothing;
    return html`<span class="day">${fill(this.locale.strings.dayOfWar, 'n', formatNumber(model.dayOfWar, this.locale))}</span>`;
  }

  private renderCompact(model: StatusModel): TemplateResult {
    const s = this.locale.strings;
    const next = model.next;
    return html`<section class="base layout-compact" part="base" aria-label=${model.title}>
      <p class="banner" part="banner">
        <span class="item stage-item">
          <span class="icon" aria-hidden="true">●</span>
          <span class="visually-hidden">${s.stageCurrent}</span>
          <strong lang=${model.language}>${model.stage.label}</strong>
        </span>
        ${model.dayOfWar === null ? nothing : html`<span class="sep" aria-hidden="true">·</span> ${this.renderDay(model)}`}
        ${next
          ? html`<span class="sep" aria-hidden="true">·</span>
              <span class="item next-item">
                <strong class="next-badge" part="next">${s.next}</strong>
                <span lang=${model.language}>${next.title}</span>
                <span class="when">(${this.renderWhen(next, model, true)})</span>
              </span>`
          : nothing}
      </p>
    </section>`;
  }

  private renderStages(model: StatusModel): TemplateResult {
    const s = this.locale.strings;
    const stateText = { done: `(${s.stageDone})`, current: `(${s.stageCurrent})`, upcoming: `(${s.stageUpcoming})` };
    const lang = model.language;
    return html`<div class="stages" part="stages">
      <h3>${s.stages}</h3>
      <ol class="stage-list">
        ${model.stages.map((stage) => STAGE[stage.state](lang, stage.label, stateText[stage.state]))}
      </ol>
    </div>`;
  }

  private renderTimeline(model: StatusModel, inFull: boolean): TemplateResult {
    const s = this.locale.strings;
    // In the full layout, older done events wait behind a button (always shown in print).
    // (A done event is never the next one: that is scheduled or tentative.)
    const done = model.events.filter((e) => e.status === 'done');
    const hidden = new Set(inFull && done.length > RECENT_DONE + 1 ? done.slice(0, -RECENT_DONE) : []);
    const heading = inFull
      ? html`<h3 id="timeline-heading">${s.timeline}</h3>`
      : html`<h2 id="timeline-heading">${s.timeline}</h2>`;
    return html`<div class="timeline" part="timeline">
      ${heading}
      ${hidden.size > 0
        ? html`<button type="button" class="toggle" part="toggle" aria-expanded=${this.showEarlier ? 'true' : 'false'} aria-controls="events" @click=${this.handleToggle}>
            ${this.showEarlier ? s.showLess : fill(s.statusEarlierEvents, 'n', formatNumber(hidden.size, this.locale))}
          </button>`
        : nothing}
      <ol class="events" id="events">
        ${model.events.map((event) => this.renderEvent(event, model, !this.showEarlier && hidden.has(event)))}
      </ol>
    </div>`;
  }

  private renderEvent(event: EventView, model: StatusModel, collapsed: boolean): TemplateResult {
    const s = this.locale.strings;
    const lang = model.language;
    const classes = `event status-${event.status}${event.isNext ? ' is-next' : ''}${collapsed ? ' collapsed' : ''}`;
    return html`<li class=${classes} part=${event.isNext ? 'event event-next' : 'event'}>
      <div class="event-when">${this.renderWhen(event, model, false)}</div>
      <div class="event-body">
        ${event.isNext
          ? html`<p class="next-line">
              <strong class="next-badge" part="next">${s.next}</strong>
              ${event.daysAway === undefined ? nothing : html`<span class="relative">${formatRelativeDays(event.daysAway, this.locale)}</span>`}
            </p>`
          : nothing}
        <p class="event-title" lang=${lang}>${event.title}</p>
        <p class="event-status">
          <span class="badge badge-${event.status}" part="badge"><span class="icon" aria-hidden="true">${STATUS_ICON[event.status]}</span> ${s[event.status]}</span>
        </p>
        ${event.description ? html`<p class="event-description" lang=${lang}>${event.description}</p>` : nothing}
        ${this.renderParties(event.parties, lang)}
        ${event.quote
          ? html`<figure class="event-quote">
              <blockquote>
                <p lang=${lang}>${event.quote.context ? `${event.quote.context} ` : nothing}<span class="quote-text">${quoted(event.quote.text, this.locale)}</span></p>
              </blockquote>
              <figcaption lang=${lang}>— ${event.quote.attribution}</figcaption>
            </figure>`
          : nothing}
      </div>
    </li>`;
  }

  /** The event's date at its precision, or its label when undated; with the relative phrase in the banner. */
  private renderWhen(event: EventView, model: StatusModel, banner: boolean): TemplateResult {
    if (!event.date) {
      return event.dateLabel
        ? html`<span class="no-date" lang=${model.language}>${event.dateLabel}</span>`
        : html`<span class="no-date">${this.locale.strings.noDateSet}</span>`;
    }
    const text = banner && event.daysAway !== undefined ? formatRelativeDays(event.daysAway, this.locale) : formatPartialDate(event.date, this.locale);
    // `datetime` is set whenever `date` is.
    return html`<time datetime=${event.datetime}>${text}</time>`;
  }

  private renderParties(parties: PartyRef[], lang: string): TemplateResult | typeof nothing {
    if (parties.length === 0) return nothing;
    return html`<ul class="parties" aria-label=${this.locale.strings.statusParties}>
      ${parties.map(
        (p) => html`<li class="party" lang=${lang} style=${swatch(p)}>
          <span class="swatch" aria-hidden="true"></span>${p.shortName}
        </li>`,
      )}
    </ul>`;
  }

  private renderObstacles(model: StatusModel): TemplateResult | typeof nothing {
    if (model.obstacles.length === 0) return nothing;
    const s = this.locale.strings;
    return html`<div class="obstacles" part="obstacles">
      <h3>${s.obstacles}</h3>
      <ul class="obstacle-list">
        ${model.obstacles.map(
          (o) => html`<li class="obstacle">
            <p class="obstacle-text" lang=${model.language}>${o.text}</p>
            <div class="obstacle-meta">
              ${this.renderParties(o.parties, model.language)}
              ${o.issue
                ? html`<details class="issue" part="obstacle-issue">
                    <summary>${fill(s.statusIssue, 'title', o.issue.title)}</summary>
                    <p class="question" lang=${model.language}>${o.issue.question}</p>
                  </details>`
                : nothing}
            </div>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderFooter(model: StatusModel): TemplateResult | typeof nothing {
    if (!model.source && !model.updated) return nothing;
    const s = this.locale.strings;
    const source = model.source;
    return html`<footer class="footer" part="footer">
      ${source
        ? html`<p class="source">
            <span class="label">${s.source}</span>
            ${externalLink(source.url, source.name, model.language)}
          </p>`
        : nothing}
      ${model.updated ? html`<p class="updated">${fill(s.updated, 'date', formatPartialDate(model.updated, this.locale))}</p>` : nothing}
    </footer>`;
  }
}

/**
 * One template per stage state, with its class, icon and `aria-current` as static
 * markup, and the state's words in parentheses as one text.
 */
const STAGE: Record<StageState, (lang: string, label: string, stateText: string) => TemplateResult> = {
  done: (lang, label, stateText) => html`<li class="stage stage-done" part="stage">
            <span class="stage-icon" aria-hidden="true">✓</span>
            <span class="stage-label" lang=${lang}>${label}</span>
            <span class="visually-hidden">${stateText}</span>
          </li>`,
  current: (lang, label, stateText) => html`<li class="stage stage-current" part="stage" aria-current="step">
            <span class="stage-icon" aria-hidden="true">●</span>
            <span class="stage-label" lang=${lang}>${label}</span>
            <span class="visually-hidden">${stateText}</span>
          </li>`,
  upcoming: (lang, label, stateText) => html`<li class="stage stage-upcoming" part="stage">
            <span class="stage-icon" aria-hidden="true">○</span>
            <span class="stage-label" lang=${lang}>${label}</span>
            <span class="visually-hidden">${stateText}</span>
          </li>`,
};

/**
 * `format` with one placeholder, remembered: the widget fills the same few strings on every update,
 * and each fill runs a regular expression. Bounded, for pages that run for days.
 */
const filled = new Map<string, string>();

function fill(template: string, name: string, value: string): string {
  const key = `${template}\u0000${name}\u0000${value}`;
  let text = filled.get(key);
  if (text === undefined) {
    text = format(template, { [name]: value });
    if (filled.size >= 500) filled.clear();
    filled.set(key, text);
  }
  return text;
}

/** The party's colour for its swatch, through the CSSOM (none when the party has no colour). */
function swatch(party: PartyRef): unknown {
  return customProperties({ '--_party': party.color });
}

declare global {
  interface HTMLElementTagNameMap {
    'negotiation-status': NegotiationStatus;
  }
}
