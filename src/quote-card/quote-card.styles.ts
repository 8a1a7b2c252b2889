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
    text-align: start;
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
  .footer {
    gap: var(--_space-s);
  }
  .issues {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .issues li {
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: var(--_font-size-label);
  }
  .actions {
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .copy {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.75rem;
    border-radius: calc(var(--_radius) * 0.75);
  }
  .copy:hover {
    border-color: var(--_fg);
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
   * Layout: pull, a large pull quote without card chrome. The words scale with the container
   * (20 px in a 288 px side column, capped at 28 px), the opening mark hangs in the start margin so
   * the lines of words align, and the actions stay quiet under the attribution.
   */
  .layout-pull .card {
    padding-block: var(--_space-m) var(--_space);
    border-block-start: 3px solid var(--_accent-edge);
  }
  .layout-pull blockquote {
    font-size: clamp(var(--_font-size), 0.75rem + 2.75cqi, calc(var(--_font-size-title) * 1.4));
  }
  /* On the paragraph, which takes the direction of its own words (dir=auto), so the mark hangs on their start side. */
  .layout-pull .text {
    padding-inline-start: 0.5em;
    font-size: inherit;
    font-weight: 400;
    line-height: 1.3;
  }
  .layout-pull .mark {
    display: inline-block;
    inline-size: 0.5em;
    margin-inline-start: -0.5em;
    text-align: end;
    color: var(--_accent-edge);
  }
  .layout-pull .avatar {
    width: 2.25rem;
    height: 2.25rem;
    border-width: 2px;
    font-size: var(--_font-size-note);
  }
  .layout-pull .issues li {
    padding-block: 0;
  }
  .layout-pull .copy {
    min-block-size: 1.75rem;
    padding-block: 0;
    border-color: transparent;
    background: none;
    color: var(--_muted);
  }
  .layout-pull .copy:hover {
    color: var(--_fg);
    border-color: var(--_border);
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
  /* Attribution on one wrapping line: name · role, party · venue, date · source. */
  .layout-compact .who {
    flex-flow: wrap;
    align-items: baseline;
    column-gap: 0.4em;
    font-size: var(--_font-size-label);
  }
  /* After each item but the last, so a wrapped line ends with the dot instead of starting with one. */
  .layout-compact .who > :not(:last-child)::after {
    content: '·';
    content: '·' / '';
    margin-inline-start: 0.4em;
    color: var(--_muted);
  }
  .layout-compact .copy {
    min-block-size: 1.75rem;
    padding-block: 0.125rem;
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
