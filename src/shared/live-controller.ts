/**
 * A widget's side of live stories (`refresh`, `refresh()`): its subscription to the URL's shared
 * poller, the "Updated 14:32" line, the "Changed" marks, the polite announcement, `nw-update` and
 * stale `nw-error` events. Loaded on demand by the story controller (story-controller.ts), with the poller and
 * the diff, so pages whose widgets don't refresh never download them; the single-file CDN bundles
 * load it the same way from a file beside them (live-script.ts).
 */
import { css, html, nothing } from 'lit';
import { clock } from '../data/live-clock.js';
import { DEFAULT_TIMEOUT_MS } from '../data/loader.js';
import { dispatchWidgetEvent, reportError } from './events.js';
import { refreshIntervalMs, watchStory } from '../data/live.js';
import { announcementFor, messagesFor } from './live-messages.js';
import { formatPartialDate } from './format.js';
import { addEnglish, format } from './i18n.js';
import { LIVE_STRINGS } from './live-strings.js';
import type { TemplateResult } from 'lit';
import type { DiffKind } from '../data/diff.js';
import type { StoryError } from '../data/errors.js';
import type { LiveAnnouncement, LiveHandle, LiveSubscriber, LiveUpdate } from '../data/live.js';
import type { Story } from '../data/story.js';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Locale } from './i18n.js';

/**
 * What the live side reads and does through the widget's story controller (story-controller.ts,
 * which loads this module: named here so the two do not import each other).
 */
export interface LiveSource {
  readonly host: ReactiveElement & { refreshInterval?: number; timeout: number };
  readonly story: Story | undefined;
  readonly error: StoryError | undefined;
  readonly arrivedAt?: number;
  readonly view: { refuses(story: Story): StoryError | undefined; locale(): Locale };
  /** The `src` story's absolute URL, when `src` is the source in use. */
  url(): string | undefined;
  /** Shows a story a refresh brought (the controller's state, never the element's). */
  show(story: Story): void;
}

/** How long an item that changed on a refresh keeps its "Changed" mark. */
const CHANGED_MARK_MS = 10 * 60_000;

addEnglish(LIVE_STRINGS);

/** The "Updated" line and the "Changed" label: small, muted text; the label is a word, not a colour. Adopted when a widget's live side starts. */
const liveStyles = css`
  .updated {
    margin: var(--_space-xs) 0 0;
    font-size: var(--_font-size-note);
    color: var(--_muted);
  }
  .changed {
    display: inline-block;
    /* Its own width, also as a flex or grid item. */
    inline-size: fit-content;
    align-self: flex-start;
    justify-self: start;
    margin-inline-start: var(--_space-xs);
    padding: 0 var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-size-note);
    font-weight: 600;
    line-height: 1.4;
    color: var(--_fg);
  }
`;

/** A widget's subscription to its `src` story's poller; added to the element by its story controller once the live code has loaded. */
export class LiveController implements ReactiveController {
  handle?: LiveHandle;
  private url?: string;
  /** When a refresh last brought a change (ms since the epoch), for the "Updated" line. */
  private updatedAt?: number;
  /** `kind:id` of items a refresh changed → until when they are marked. */
  private marks = new Map<string, number>();
  private staleError?: StoryError;
  /** The last change was refused by this widget's own checks (it took away what the widget shows). */
  private refusedUpdate = false;
  private announcement = '';
  /** The `refresh` value this widget last warned about (one warning per value, as for `timeout`). */
  private warnedRefresh?: number;

  private readonly el: LiveSource['host'];

  constructor(private readonly source: LiveSource) {
    const el = (this.el = source.host);
    const root = el.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, liveStyles.styleSheet!];
    // A native <details> closing updates nothing in Lit: a held announcement waits for this instead.
    root.addEventListener('toggle', () => this.handle?.flush(), true);
    el.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.release();
  }

  hostUpdated(): void {
    // An announcement held back while a panel was open goes out once it closed.
    this.handle?.flush();
  }

  /**
   * Starts, reconfigures or stops watching `src`, as `refresh`, the source and the connection say.
   * A story whose load failed is watched too (with `refresh`), until a check brings a good one.
   */
  sync(onDemand = false): void {
    const { el, source } = this;
    const { story } = source;
    // Without `refresh`, a widget asked to `refresh()` stays subscribed, checking only when asked.
    const asked = refreshIntervalMs(el.refreshInterval);
    if (asked !== undefined && asked < el.refreshInterval! * 1000 && el.refreshInterval !== this.warnedRefresh) {
      // Above the maximum (24 h): timers cannot wait that long, so it counts as the maximum.
      this.warnedRefresh = el.refreshInterval;
      console.warn(`<${el.localName}>: refresh ${el.refreshInterval} is more than the ${asked / 1000} s (24 hours) a widget waits between checks; using that (refresh is in seconds, not milliseconds).`);
    }
    const interval = asked ?? (onDemand || this.handle ? Infinity : undefined);
    const url = source.url();
    // Without a story, the widget shows its load's error: watched until a check brings a good story.
    const recovering = !story && asked !== undefined && source.error !== undefined;
    if ((!story && !recovering) || !url || interval === undefined || !el.isConnected) {
      this.release();
      return;
    }
    this.subscriber.intervalMs = interval;
    this.subscriber.timeoutMs = el.timeout;
    if (this.handle && this.url === url) {
      this.handle.reconfigure();
      return;
    }
    this.release();
    this.handle = watchStory(url, story, this.subscriber);
    this.url = url;
    // A change that arrived before this widget subscribed (or the first good version, for a widget
    // whose load failed): shown as it is, not announced.
    const latest = this.handle.story;
    if (latest && latest !== story) source.show(latest);
    el.requestUpdate();
  }

  /** Leaves the poller (the marks and the "Updated" time stay, for a widget moved in the page). */
  release(): void {
    this.handle?.release();
    this.handle = undefined;
    this.url = undefined;
  }

  /** Leaves the poller and forgets what this story's refreshes brought (a new source). */
  reset(): void {
    this.release();
    this.marks.clear();
    this.updatedAt = undefined;
    this.staleError = undefined;
    this.refusedUpdate = false;
  }

  /** The "Changed" label, on an item a refresh changed within the last few minutes. */
  renderChanged(kind: DiffKind, id: string): TemplateResult | typeof nothing {
    return (this.marks.get(`${kind}:${id}`) ?? 0) > clock.now() ? html`<span class="changed" part="changed">${this.source.view.locale().strings.changed}</span>` : nothing;
  }

  renderUpdated(): TemplateResult | typeof nothing {
    if (!this.handle) return nothing;
    const locale = this.source.view.locale();
    const { strings } = locale;
    const { story } = this.source;
    // Always a line (the time the story arrived, when it has no date), so a first change adds no height.
    const at = this.updatedAt ?? (story?.updated ? undefined : this.source.arrivedAt);
    const when =
      at !== undefined
        ? format(strings.liveUpdatedAt, { time: new Intl.DateTimeFormat(locale.tag, { hour: '2-digit', minute: '2-digit' }).format(at) })
        : story?.updated
          ? format(strings.updated, { date: formatPartialDate(story.updated, locale) })
          : '';
    if (!when && !this.staleError) return nothing;
    return html`<p class="updated" part="updated">${when}${this.staleError ? html`${when ? ' · ' : ''}<span class="stale">${strings.liveStale}</span>` : nothing}</p>`;
  }

  /** The "Updated" line and the polite live region, after the widget's content. */
  renderRegion(): TemplateResult {
    return html`${this.renderUpdated()}<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /**
   * Where the browser has no CSS scroll anchoring (Safari), a widget wholly above the viewport that
   * changes height on a refresh would move the text the reader is on: scroll by the difference once
   * it has rendered. Elsewhere the browser keeps the reader's place itself.
   */
  private holdPlace(): void {
    if (typeof CSS === 'undefined' || CSS.supports('overflow-anchor', 'auto')) return;
    const before = this.el.getBoundingClientRect();
    if (before.bottom > 0) return;
    void this.el.updateComplete.then(() => {
      const delta = this.el.getBoundingClientRect().height - before.height;
      if (delta) window.scrollBy(0, delta);
    });
  }

  /** The widget's side of the shared poller. */
  private readonly subscriber: LiveSubscriber = {
    intervalMs: Infinity,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    update: (update: LiveUpdate) => {
      const { diff } = update;
      // A change that takes away what this widget shows (its quote, its party) keeps the last good view.
      const refusal = this.source.view.refuses(update.story);
      if (refusal) {
        this.refusedUpdate = true;
        this.subscriber.stale({ ...refusal, stale: true });
        return;
      }
      this.refusedUpdate = false;
      const until = update.at + CHANGED_MARK_MS;
      for (const kind of ['quotes', 'positions', 'events', 'obstacles'] as const) {
        for (const id of [...diff.added[kind], ...diff.changed[kind]]) this.marks.set(`${kind}:${id}`, until);
      }
      this.updatedAt = update.at;
      this.staleError = undefined;
      this.holdPlace();
      this.source.show(update.story);
      dispatchWidgetEvent(this.el, 'nw-update', { storyId: diff.storyId, added: diff.added, changed: diff.changed, removed: diff.removed });
    },
    recovered: (story: Story) => {
      // The error on screen gives way to the story, quietly: nothing changed that the reader had seen.
      if (!this.source.story) this.source.show(story);
    },
    stale: (error: StoryError) => {
      // While the first load's error is on screen, it was reported once already: checks that fail too stay quiet.
      const { story } = this.source;
      if (!story) return;
      this.staleError = error;
      this.holdPlace();
      this.el.requestUpdate();
      // The poller warned once for the run of failures, however many widgets show the URL.
      reportError(this.el, { storyId: story.id, code: error.code, message: error.message, stale: true }, false);
    },
    checked: (now: number) => {
      let expired = false;
      for (const [key, until] of this.marks) {
        if (until <= now) {
          this.marks.delete(key);
          expired = true;
        }
      }
      if (expired || (this.staleError && !this.refusedUpdate)) {
        if (!this.refusedUpdate) this.staleError = undefined;
        this.holdPlace();
        this.el.requestUpdate();
      }
    },
    panelOpen: () => !!this.el.renderRoot?.querySelector?.('[part~="panel"], details[open]'),
    messages: messagesFor,
    announce: (announcement: LiveAnnouncement) => {
      const text = announcementFor(announcement, this.source.view.locale());
      // The same words twice would not be read again: vary them invisibly.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
      this.el.requestUpdate();
    },
  };
}
