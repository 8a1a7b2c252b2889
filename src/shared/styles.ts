import { css } from 'lit';

/**
 * Shared by every widget. Public `--nw-*` tokens resolve once on `:host` into private `--_*`
 * variables used inside, so each token has one default. Colours use `light-dark()`, which follows
 * the host's `color-scheme`: inherited from the page by default (`theme="page"`), or set by `theme`.
 */
export const hostStyles = css`
  :host {
    --_fg: var(--nw-color-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--nw-color-muted, light-dark(#55555e, #b5b5bf));
    --_bg: var(--nw-color-background, light-dark(#fff, #1b1b1f));
    --_surface: var(--nw-color-surface, light-dark(#f4f4f6, #26262c));
    --_border: var(--nw-color-border, light-dark(#c9c9d1, #4a4a55));
    --_accent: var(--nw-color-accent, light-dark(#1d4ed8, #93b4fd));
    --_focus: var(--nw-color-focus, light-dark(#1d4ed8, #93b4fd));
    --_supports: var(--nw-color-supports, light-dark(#166534, #86efac));
    --_opposes: var(--nw-color-opposes, light-dark(#b91c1c, #fca5a5));
    --_conditional: var(--nw-color-conditional, light-dark(#92400e, #fcd34d));
    --_unclear: var(--nw-color-unclear, light-dark(#4338ca, #c4b5fd));
    --_not-stated: var(--nw-color-not-stated, light-dark(#55555e, #b5b5bf));
    --_radius: var(--nw-radius, 0.5rem);
    /* One spacing scale and one type scale for the three widgets, so they read as one family. */
    --_space: var(--nw-space, 1rem);
    --_space-xs: calc(var(--_space) * 0.25);
    --_space-s: calc(var(--_space) * 0.5);
    --_space-m: calc(var(--_space) * 0.75);
    --_space-l: calc(var(--_space) * 1.5);
    /*
     * One small type scale that follows the page: steps of the text size the widget inherits (an
     * 18 px page: 21.6 px titles, 16.2 px lead text, 14.4 px labels, 13.5 px notes), the smallest
     * never under 13 px, the least a desk prints. --nw-font-size sets the host's size. The steps
     * are em, resolved where they are used, by elements whose parent has the widget's text size (a
     * widget whose text is another step says so in --_font-size), so no step compounds another.
     */
    font-size: var(--nw-font-size, 1em);
    --_font-size: 1em;
    --_font-size-title: var(--nw-font-size-title, calc(var(--_font-size) * 1.2));
    --_font-size-lead: var(--nw-font-size-lead, calc(var(--_font-size) * 0.9));
    --_font-size-label: var(--nw-font-size-label, max(13px, var(--_font-size) * 0.8));
    --_font-size-note: var(--nw-font-size-note, max(13px, var(--_font-size) * 0.75));
    --_font: var(--nw-font-family, inherit);
    --_quote-font: var(--nw-quote-font-family, var(--_font));
    --_heading-font: var(--nw-heading-font-family, var(--_font));
    display: block;
    /* As a flex item, take the free space rather than the contained wrapper's zero width. */
    flex: 1 1 auto;
    box-sizing: border-box;
    color: var(--_fg);
    font-family: var(--_font);
    line-height: 1.5;
    /* Set rather than inherited, like line-height: pages set body { text-align: justify }. */
    text-align: start;
  }
  /* Browsers without light-dark() (Chrome 120–122) get the light palette. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_fg: var(--nw-color-text, #1b1b1f);
      --_muted: var(--nw-color-muted, #55555e);
      --_bg: var(--nw-color-background, #fff);
      --_surface: var(--nw-color-surface, #f4f4f6);
      --_border: var(--nw-color-border, #c9c9d1);
      --_accent: var(--nw-color-accent, #1d4ed8);
      --_focus: var(--nw-color-focus, #1d4ed8);
      --_supports: var(--nw-color-supports, #166534);
      --_opposes: var(--nw-color-opposes, #b91c1c);
      --_conditional: var(--nw-color-conditional, #92400e);
      --_unclear: var(--nw-color-unclear, #4338ca);
      --_not-stated: var(--nw-color-not-stated, #55555e);
    }
  }
  /*
   * Party marks: the story gives one colour per party; this keeps each mark at 3:1 or more against
   * the widget background in both themes by clamping its OKLCH lightness per scheme. An element that
   * sets --_party (through the CSSOM) and has this class paints with --_party-ink.
   */
  .party-ink {
    --_party-ink: light-dark(oklch(from var(--_party) min(l, 0.55) c h), oklch(from var(--_party) max(l, 0.72) c h));
  }
  @supports not (color: oklch(from red l c h)) {
    .party-ink {
      --_party-ink: var(--_party);
    }
  }
  /* Server-rendered, before the script defines the element (or with JavaScript off): controls only a script can work keep their room, unseen. */
  :host(:not(:defined)) :is(.toggle, .copy) {
    visibility: hidden;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme=light]) {
    color-scheme: light;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([theme=auto]) {
    color-scheme: light dark;
  }
  /* Not inherit: a page's * { box-sizing: content-box } beats :host and would flow inside. */
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  /*
   * The container lives on an inner wrapper, not the host. Size containment gives the wrapper no
   * intrinsic width, so in shrink-to-fit places (a float, a flex item) it would collapse to zero:
   * the intrinsic fallback keeps it at the widgets' 240 px floor there, and normal blocks still fill.
   */
  .base {
    container-type: inline-size;
    contain-intrinsic-inline-size: auto 15rem;
    color: var(--_fg);
    /* Scrollbars in the widget's colours (inherited by every scroller inside): Firefox's classic scrollbar is otherwise a bright band under a dark widget. */
    scrollbar-color: var(--_muted) var(--_surface);
  }
  /* Loading, or failed with fallback content: the fallback lays out as it did before the upgrade. */
  .base.pending {
    display: contents;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Every widget button is bordered on the background unless it says otherwise. */
  button {
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  button,
  summary {
    cursor: pointer;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .error {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_opposes);
    border-radius: var(--_radius);
    padding: var(--_space-m) var(--_space);
    background: var(--_bg);
  }
  .error strong {
    display: block;
  }
  .error p {
    margin: 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .error-detail {
    margin-block-start: var(--_space-xs);
    font-size: var(--_font-size-note);
    color: var(--_muted);
  }
  /* Titles in the page's heading face where it gives one (a sans over serif body text, say). */
  h2,
  h3,
  caption {
    font-family: var(--_heading-font);
  }
  /*
   * A block of story text in another direction than the page (English on an Arabic page) keeps
   * its own direction inside (dir=auto) but aligns to the widget's start edge like every other
   * block, so one column never alternates edges; every engine then agrees (Firefox and WebKit give
   * list items match-parent themselves; Chromium's match-parent aligns by the element's own direction).
   */
  :host(:dir(rtl)) {
    --_start-edge: right;
  }
  [dir='auto'] {
    text-align: var(--_start-edge, left);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_focus: Highlight;
      --_supports: CanvasText;
      --_opposes: CanvasText;
      --_conditional: CanvasText;
      --_unclear: CanvasText;
      --_not-stated: CanvasText;
    }
    .party-ink {
      --_party-ink: CanvasText;
    }
  }
`;
