import { css } from 'lit';

/** `<negotiation-status>`: layout by container queries on `.base`, colours from the shared private tokens. */
export const widgetStyles = css`
  .base {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* Lists are reset in the shared styles. */
  p,
  h2,
  h3,
  figure,
  blockquote {
    margin: 0;
  }
  /* Story text carries its own lang; it takes its direction from its content, so English in an RTL page keeps its punctuation in place. */
  [lang] {
    unicode-bidi: plaintext;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1em;
    margin-block-end: var(--_space-s);
  }
  .layout-full > * + * {
    margin-block-start: calc(var(--_space) * 1.25);
  }
  .label,
  .meta,
  .issue,
  .footer,
  figcaption,
  .party,
  .sep {
    color: var(--_muted);
  }
  .meta,
  .footer,
  .parties,
  .next-line,
  .obstacle-meta,
  .banner {
    display: flex;
    flex-wrap: wrap;
  }
  .next-line,
  .obstacle-meta,
  .banner {
    align-items: baseline;
  }
  .meta,
  .footer,
  .obstacle-meta {
    gap: 0.25em 1em;
  }
  .meta,
  .footer {
    font-size: 0.875em;
  }
  .header,
  .event-body,
  .obstacle {
    display: grid;
    gap: 0.25em;
  }
  .stage-now strong {
    font-size: 1.125em;
  }

  /* Stage tracker: a vertical list when narrow, a row of steps when wide. */
  .stage-list {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
  }
  .stage {
    display: flex;
    align-items: center;
    gap: 0.5em;
    position: relative;
  }
  .stage-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_bg);
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1;
    position: relative;
    z-index: 1;
  }
  .stage-done .stage-icon {
    border-color: var(--_supports);
    color: var(--_supports);
  }
  .stage-current .stage-icon {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
  }
  .stage-current .stage-label {
    font-weight: 700;
  }
  .stage-upcoming .stage-label {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .stage-current .stage-icon {
      animation: nw-status-pulse 1.2s ease-in-out 2;
    }
  }
  @keyframes nw-status-pulse {
    50% {
      box-shadow: 0 0 0 0.35em color-mix(in srgb, var(--_accent) 30%, transparent);
    }
  }
  @container (min-width: 36rem) {
    .stage-list {
      flex-direction: row;
      gap: 0;
    }
    .stage {
      flex: 1 1 0;
      flex-direction: column;
      text-align: center;
      font-size: 0.875em;
    }
    .stage + .stage::before {
      content: '';
      position: absolute;
      inset-block-start: 0.75em;
      inset-inline-end: 50%;
      width: 100%;
      border-block-start: 2px solid var(--_border);
    }
    .stage-done + .stage::before {
      border-color: var(--_supports);
    }
  }

  /* Timeline: date above the event when narrow, in a column at the start side when wide. */
  .toggle {
    margin-block-end: 0.5em;
    padding: 0.25em 0.75em;
    min-height: 2em;
    border-radius: var(--_radius);
    color: var(--_accent);
  }
  .events,
  .obstacle-list {
    display: grid;
    gap: 0.75em;
  }
  .event {
    display: grid;
    gap: 0.125em 1em;
    break-inside: avoid;
  }
  .event.collapsed {
    display: none;
  }
  .event-when {
    font-size: 0.875em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .event-body {
    justify-items: start;
    border-inline-start: 2px solid var(--_border);
    padding-inline-start: 0.75em;
  }
  .is-next .event-body {
    border-inline-start-color: var(--_accent);
  }
  .event-title {
    font-weight: 600;
  }
  .status-cancelled .event-title {
    text-decoration: line-through;
  }
  @container (min-width: 30rem) {
    .event {
      grid-template-columns: 10em minmax(0, 1fr);
    }
    .event-when {
      text-align: end;
      padding-block-start: 0.125em;
    }
  }
  /* Pills bordered in their own text colour. */
  .badge,
  .next-badge {
    display: inline-flex;
    align-items: baseline;
    gap: 0.25em;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    background: var(--_bg);
  }
  .badge-done {
    color: var(--_supports);
  }
  .badge-scheduled {
    color: var(--_accent);
  }
  .badge-tentative {
    color: var(--_conditional);
  }
  .badge-cancelled {
    color: var(--_opposes);
  }
  .next-badge {
    /* The transparent border shows up in forced colors, where backgrounds are dropped. */
    border-color: transparent;
    background: var(--_accent);
    color: var(--_bg);
  }
  .next-line {
    gap: 0.5em;
  }
  .relative {
    font-weight: 600;
  }
  .parties {
    gap: 0.125em 0.75em;
  }
  .party {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-size: 0.8125em;
  }
  .swatch {
    width: 0.625em;
    height: 0.625em;
    border-radius: 50%;
    background: var(--_party, var(--_border));
  }
  .event-quote {
    font-family: var(--_quote-font);
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75em;
  }
  .quote-text {
    font-style: italic;
  }
  figcaption {
    font-size: 0.875em;
  }

  /* Obstacles */
  .obstacle,
  .footer {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .issue {
    font-size: 0.8125em;
  }
  .issue .question {
    margin: 0.25em 0 0;
    color: var(--_fg);
  }
  .source .label {
    font-weight: 600;
  }

  /* Compact: one line when there is room, wrapping item by item when there is not. */
  .layout-compact {
    padding: 0.5em 0.75em;
    background: var(--_surface);
  }
  .banner {
    gap: 0.25em 0.5em;
  }
  .banner .item {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.4em;
  }
  .banner .icon {
    color: var(--_accent);
  }
  .banner .next-badge {
    background: var(--_surface);
    color: var(--_fg);
    border-color: var(--_accent);
  }
  @container (max-width: 24rem) {
    .banner .sep {
      display: none;
    }
    .banner {
      flex-direction: column;
    }
  }

  @media (forced-colors: active) {
    .stage-current .stage-icon {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .swatch {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
      background: none;
    }
    .toggle {
      display: none;
    }
    .event.collapsed {
      display: grid;
    }
    .stage-current .stage-icon {
      animation: none;
    }
  }
`;
