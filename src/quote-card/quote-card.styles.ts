import { css } from 'lit';

/**
 * `<quote-card>`'s own styles; tokens (`--_fg`, `--_space`, …) and what every widget shares (the
 * button and list resets, focus ring, reduced motion, forced-colors palette) come from the shared host styles.
 */
export const quoteCardStyles = css`
  .card,
  figure {
    display: flex;
    flex-flow: column;
    min-inline-size: 0;
  }
  .card {
    /* The party colour clamped per theme (shared .party-ink), so the edge and the ring keep 3:1. */
    --_accent-edge: var(--_party-ink, var(--_accent));
    gap: var(--_space-m);
  }
  figure {
    gap: var(--_space-s);
  }
  p,
  figure,
  blockquote {
    margin: 0;
  }
  .context,
  .text,
  .who,
  .issues li {
    overflow-wrap: anywhere;
  }
  .context {
    font-size: var(--_font-size-lead);
  }
  .text {
    font-family: var(--_quote-font);
    font-size: var(--_font-size-title);
    line-height: 1.4;
  }
  /* Dates never break inside ("12 February 2025"). */
  time {
    white-space: nowrap;
  }
  /* No synthetic italics on scripts without them. */
  :lang(ar) {
    font-style: normal;
  }

  /* Attribution: speaker mark, who, when and where. */
  figcaption {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-inline-size: 0;
  }
  /* Square boxes: width and height are the same whatever the writing mode. */
  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    border-radius: 50%;
    border: 3px solid var(--_accent-edge);
    /* Text sits on the page colours, lightly tinted: AA in both themes whatever the party colour. */
    background: color-mix(in srgb, var(--_accent-edge) 12%, var(--_bg));
    font-size: var(--_font-size-label);
    font-weight: 700;
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }
  .who {
    display: flex;
    flex-flow: column;
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
  }
  .context,
  .meta,
  .when,
  .source,
  .status {
    color: var(--_muted);
  }
  .meta,
  .when,
  .source,
  .status,
  .copy {
    font-size: var(--_font-size-label);
  }

  /* Issue tags and actions. */
  .footer,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  /* The issues, then the copy button under them at the start edge. */
  .footer {
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-xs);
  }
  /* The issues as a quiet line of text ("NATO membership · Territorial integrity"), not pills. */
  .issues {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
    font-size: var(--_font-size-label);
    color: var(--_muted);
  }
  .issues li:not(:last-child)::after {
    content: '·';
    content: '·' / '';
    margin-inline-start: 0.4em;
  }
  .actions {
    gap: 0.5rem;
  }
  /* Quiet: a text button at the footer's start, outlined only on hover and focus. */
  .copy {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 1.75rem;
    padding: 0.125rem 0.375rem;
    margin-inline-start: -0.375rem;
    border-color: transparent;
    border-radius: calc(var(--_radius) * 0.75);
    background: none;
    color: var(--_muted);
  }
  .copy:hover {
    border-color: var(--_border);
    color: var(--_fg);
  }
  .copy svg {
    width: 1em;
    height: 1em;
    flex: none;
  }

  /* Layout: card (default), a bordered card for the article flow. */
  .layout-card .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent-edge);
    border-radius: var(--_radius);
  }

  /*
   * Layout: pull, display type and nothing else: a short rule, the words at 1.375 to 2 times the
   * text size with the container (22 px in a 288 px side column, 32 px from about 570 px), the
   * opening mark hung in the start margin so the rule, the words and the attribution share one edge.
   */
  .layout-pull .card {
    --_pull-size: clamp(calc(var(--_font-size) * 1.375), 0.75rem + 3.5cqi, calc(var(--_font-size) * 2));
    padding-block: var(--_space-m) var(--_space);
    padding-inline-start: calc(var(--_pull-size) * 0.5);
  }
  .layout-pull .card::before {
    content: '';
    inline-size: 3rem;
    border-block-start: 3px solid var(--_accent-edge);
  }
  .layout-pull blockquote {
    font-size: var(--_pull-size);
  }
  .layout-pull .text {
    font-size: inherit;
    font-weight: 400;
    line-height: 1.25;
  }
  /* In the paragraph, which takes the direction of its own words (dir=auto), so the mark hangs on their start side. */
  .layout-pull .mark {
    display: inline-block;
    inline-size: 0.5em;
    margin-inline-start: -0.5em;
    text-align: end;
    color: var(--_accent-edge);
  }
  .layout-pull .name {
    font-size: var(--_font-size-label);
  }

  /* The card layout, and any layout with a forced theme, paints its own background, so the text keeps its contrast on any page. */
  .layout-card .card,
  :host(:is([theme=light], [theme=dark], [theme=auto])) .card {
    background: var(--_bg);
  }
  :host(:is([theme=light], [theme=dark], [theme=auto])) .layout-pull .card {
    padding-inline: var(--_space);
  }
  :host(:is([theme=light], [theme=dark], [theme=auto])) .layout-compact .card {
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
  }

  /* Layout: compact, one or two lines with attribution, for sidebars and lists. */
  .layout-compact .card {
    gap: 0.5rem;
  }
  .layout-compact .text {
    font-size: var(--_font-size);
    line-height: 1.45;
  }
  .layout-compact .context {
    font-size: var(--_font-size-label);
  }
  .layout-compact .avatar {
    width: 2rem;
    height: 2rem;
    border-width: 2px;
    font-size: var(--_font-size-note);
  }
  .layout-compact figcaption {
    gap: 0.5em;
  }
  /* Attribution on one wrapping line in newsroom style: name, role, party, venue, date, source. */
  /* A comma after each item but the last: a line may end with a comma, as prose does, and never starts with one. */
  .layout-compact .who {
    --_comma: ',';
    flex-flow: wrap;
    align-items: baseline;
    column-gap: 0.3em;
    font-size: var(--_font-size-label);
  }
  .layout-compact .who > * {
    font-size: inherit;
  }
  :host(:lang(ar)) .layout-compact .who {
    --_comma: '،';
  }
  .layout-compact .who > :not(:last-child)::after {
    content: var(--_comma);
    content: var(--_comma) / '';
  }

  /* Narrow containers (sidebars, phones): tighter padding, actions on their own line. */
  @container (max-width: 22rem) {
    .layout-card .card {
      padding: var(--_space-m);
    }
    .layout-card .text {
      font-size: calc(var(--_font-size-title) * 0.9);
    }
    .actions {
      margin-inline-start: 0;
    }
    .avatar {
      width: 2.25rem;
      height: 2.25rem;
    }
  }
  /* Wide containers: the quote leads. */
  @container (min-width: 40rem) {
    .layout-card .card {
      padding: calc(var(--_space) * 1.5);
    }
    .layout-card .text {
      font-size: calc(var(--_font-size-title) * 1.2);
    }
  }

  /* The party edge and speaker ring in the system text colour. */
  @media (forced-colors: active) {
    .card {
      --_accent-edge: CanvasText;
    }
  }

  @media print {
    .actions {
      display: none;
    }
    .card {
      break-inside: avoid;
    }
    .source a::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
