import { css } from 'lit';

/** `<quote-card>`'s own styles; tokens (`--_fg`, `--_space`, …) come from the shared host styles. */
export const quoteCardStyles = css`
  .card {
    --_accent-edge: var(--_party, var(--_accent));
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    color: var(--_fg);
  }
  figure,
  blockquote {
    margin: 0;
  }
  figure {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  .context {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .text {
    margin: 0;
    font-family: var(--_quote-font);
    font-size: 1.25rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .toggle {
    align-self: flex-start;
    min-block-size: 24px;
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    font-size: 0.875rem;
  }

  /* Attribution: speaker mark, who, when and where. */
  figcaption {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-inline-size: 0;
  }
  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border-radius: 50%;
    border: 3px solid var(--_accent-edge);
    /* Text sits on the page colours, lightly tinted: AA in both themes whatever the party colour. */
    background: var(--_surface);
    background: color-mix(in srgb, var(--_accent-edge) 12%, var(--_bg));
    color: var(--_fg);
    font-size: 0.875rem;
    font-weight: 700;
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .name {
    font-weight: 600;
  }
  .meta,
  .when,
  .source {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .source a {
    color: var(--_accent);
  }

  /* Issue tags and actions. */
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .issues {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .issues li {
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .copy {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg);
    cursor: pointer;
    font-size: 0.875rem;
  }
  .copy:hover {
    border-color: var(--_fg);
  }
  .copy svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  /* Layout: card (default), a bordered card for the article flow. */
  .layout-card .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent-edge);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  /* Layout: pull, a large pull quote without card chrome. */
  .layout-pull .card {
    padding-block: var(--_space);
    border-block-start: 4px solid var(--_accent-edge);
  }
  .layout-pull .text {
    font-size: clamp(1.375rem, 1rem + 2.5cqi, 2.25rem);
    font-weight: 600;
    line-height: 1.25;
  }
  .layout-pull .context {
    font-size: 1rem;
  }

  /* A forced theme paints its own background, so the text keeps its contrast on any page. */
  :host([theme='light']) .card,
  :host([theme='dark']) .card,
  :host([theme='auto']) .card {
    background: var(--_bg);
  }
  :host([theme='light']) .layout-pull .card,
  :host([theme='dark']) .layout-pull .card,
  :host([theme='auto']) .layout-pull .card {
    padding-inline: var(--_space);
  }
  :host([theme='light']) .layout-compact .card,
  :host([theme='dark']) .layout-compact .card,
  :host([theme='auto']) .layout-compact .card {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
  }

  /* Layout: compact, one or two lines with attribution, for sidebars and lists. */
  .layout-compact .card {
    gap: 0.5rem;
  }
  .layout-compact .text {
    font-size: 1rem;
    line-height: 1.45;
  }
  .layout-compact .context {
    font-size: 0.875rem;
  }
  .layout-compact .text.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .layout-compact .avatar {
    inline-size: 2rem;
    block-size: 2rem;
    border-width: 2px;
    font-size: 0.6875rem;
  }
  .layout-compact figcaption {
    gap: 0.5em;
  }
  /* Attribution on one wrapping line: name · role, party · venue, date · source. */
  .layout-compact .who {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.4em;
    font-size: 0.875rem;
  }
  .layout-compact .who > * + *::before {
    content: '·';
    content: '·' / '';
    margin-inline-end: 0.4em;
    color: var(--_muted);
  }
  .layout-compact .copy {
    min-block-size: 1.75rem;
    padding-block: 0.125rem;
  }

  /* Narrow containers (sidebars, phones): tighter padding, actions on their own line. */
  @container (max-width: 22rem) {
    .layout-card .card {
      padding: calc(var(--_space) * 0.75);
    }
    .layout-card .text {
      font-size: 1.125rem;
    }
    .actions {
      margin-inline-start: 0;
    }
    .avatar {
      inline-size: 2.25rem;
      block-size: 2.25rem;
    }
  }
  /* Wide containers: the quote leads. */
  @container (min-width: 40rem) {
    .layout-card .card {
      padding: calc(var(--_space) * 1.5);
    }
    .layout-card .text {
      font-size: 1.5rem;
    }
  }

  @media (forced-colors: active) {
    .avatar,
    .layout-card .card,
    .layout-pull .card {
      border-color: CanvasText;
    }
    .toggle {
      color: LinkText;
    }
  }

  @media print {
    .actions,
    .toggle {
      display: none !important;
    }
    .layout-compact .text.clamped {
      display: block;
      -webkit-line-clamp: unset;
      line-clamp: none;
      overflow: visible;
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
