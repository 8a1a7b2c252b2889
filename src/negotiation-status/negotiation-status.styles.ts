import { css } from 'lit';

/**
 * `<negotiation-status>`: layout by container queries on `.base`, sizes from the shared type and
 * spacing scales, colours from the shared private tokens.
 *
 * Reading order, top to bottom: the title and the date it is true for; the hero (current stage
 * and day count, the next event beside them); the stage tracker; the timeline (one rule, dots
 * by status); the obstacles; the source.
 */
export const widgetStyles = css`
  /* The status's text is the lead step: the steps inside it are taken from the host's size again. */
  :host {
    --_font-size: calc(1em / 0.9);
  }
  .base {
    --_hero: calc(var(--_font-size-title) * 1.4);
    /* The date column: "12 February 2025" at label size with room to spare in wider faces (Georgia on Apple devices). */
    --_when: 10rem;
    --_dot: 0.75rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
    overflow-wrap: anywhere;
    font-size: var(--nw-font-size-lead, 0.9em);
    /* News-graphic leading: tight enough that the full layout fits a screen at 672 px. */
    line-height: 1.35;
  }
  /* Lists are reset in the shared styles. */
  p,
  h2,
  h3,
  figure,
  blockquote {
    margin: 0;
  }
  /* Each block of story text aligns by its own direction (dir=auto); inline runs keep theirs. */
  [lang] {
    unicode-bidi: plaintext;
  }
  time {
    white-space: nowrap;
  }
  h2 {
    font-size: var(--_font-size-title);
    line-height: 1.25;
  }
  h3 {
    font-size: var(--_font-size-label);
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  :lang(ar) h3,
  h3:lang(ar) {
    letter-spacing: 0;
  }
  .label {
    display: block;
    font-size: var(--_font-size-label);
    font-weight: 700;
    color: var(--_muted);
  }
  .layout-full {
    display: grid;
    gap: var(--_space);
  }
  .dateline,
  .footer,
  .event-when,
  .event-meta,
  .obstacle .parties,
  .issue,
  figcaption {
    font-size: var(--_font-size-label);
    color: var(--_muted);
  }
  /* Inside an obstacle, already label size: a step there would compound. */
  .obstacle :is(.parties, .issue) {
    font-size: inherit;
  }
  .dateline,
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space);
  }
  .as-of {
    font-weight: 700;
    color: var(--_fg);
  }

  /* Hero: the current stage and the day count lead; the next event sits beside them when there is room. */
  .header {
    display: grid;
    gap: var(--_space-m);
  }
  .hero {
    display: grid;
    gap: var(--_space);
  }
  .stage-now strong {
    display: block;
    font-size: var(--_hero);
    line-height: 1.15;
    color: var(--_accent);
  }
  .day {
    margin-block-start: var(--_space-xs);
    font-size: var(--_font-size);
  }
  .day-n,
  .relative,
  time {
    font-variant-numeric: tabular-nums;
  }
  .day-n {
    font-weight: 700;
  }
  .hero-next {
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent);
  }
  .hero-next-title {
    font-size: var(--_font-size-lead);
    font-weight: 700;
    line-height: 1.3;
  }
  .hero-next-when {
    margin-block-start: var(--_space-xs);
  }
  .hero-next-when .relative {
    font-weight: 700;
    color: var(--_accent);
  }
  .sep {
    color: var(--_muted);
  }
  @container (min-width: 34rem) {
    .hero {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }

  /* Stage tracker: a column of steps when narrow, a row of dots on one rule when wide. */
  .stage-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    font-size: var(--_font-size-label);
  }
  .stage {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    position: relative;
  }
  .stage-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_bg);
    color: var(--_muted);
    line-height: 1;
    position: relative;
    z-index: 1;
  }
  /* The past in neutral ink: green would read as "good"; the accent is for where things stand now. */
  .stage-done .stage-icon {
    border-color: var(--_muted);
    background: var(--_muted);
    color: var(--_bg);
  }
  .stage-current .stage-icon {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
  }
  .stage-current .stage-label {
    font-weight: 700;
    color: var(--_fg);
  }
  .stage-upcoming .stage-label {
    color: var(--_muted);
  }
  /* The pulse: a ring on its own layer that grows and fades (transform and opacity only: composited). */
  .stage-current .stage-icon::after {
    content: '';
    position: absolute;
    inset: -2px;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    opacity: 0;
    pointer-events: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    .stage-current .stage-icon::after {
      animation: nw-status-pulse 1.6s ease-out 2;
    }
  }
  @keyframes nw-status-pulse {
    from {
      transform: scale(1);
      opacity: 0.7;
    }
    to {
      transform: scale(2);
      opacity: 0;
    }
  }
  @container (min-width: 34rem) {
    .stage-list {
      flex-direction: row;
      gap: 0;
    }
    .stage {
      flex: 1 1 0;
      min-width: 0;
      flex-direction: column;
      gap: var(--_space-xs);
      text-align: center;
    }
    .stage + .stage::before {
      content: '';
      position: absolute;
      inset-block-start: calc(0.625rem - 1px);
      inset-inline-end: 50%;
      width: 100%;
      border-block-start: 2px solid var(--_border);
    }
    .stage-done + .stage::before {
      border-color: var(--_muted);
    }
    .stage-upcoming + .stage-upcoming::before {
      border-block-start-style: dashed;
    }
  }

  /* Section heads: a small heading over a hairline, the toggle at its end. */
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space);
    padding-block-end: var(--_space-xs);
    margin-block-end: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
  }
  .toggle {
    padding: 0 var(--_space-s);
    min-height: 1.5rem;
    border-radius: var(--_radius);
    color: var(--_accent);
    font-size: var(--_font-size-label);
  }
  .toggle-after {
    margin-block-start: var(--_space-s);
  }

  /*
   * Timeline: one continuous rule with a dot per event, coloured and shaped by status. Narrow: the
   * rule at the start edge, the date above the title. Wide: dates and parties in a column on the
   * start side of the rule, titles, descriptions and quotes on the other.
   */
  .events {
    display: grid;
  }
  .event {
    --_status: var(--_muted);
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    column-gap: 1.75rem;
    padding-inline-start: 1.5rem;
    padding-block-end: var(--_space-s);
    break-inside: avoid;
  }
  .event:last-child {
    padding-block-end: 0;
  }
  /* Narrow: one column, date and title first, then status and parties, then the rest. */
  .event-side,
  .event-main {
    display: contents;
  }
  .event-when {
    order: -2;
  }
  .event-title {
    order: -1;
  }
  /* Neutral marks for the past and the planned; the accent only for "Next". */
  .status-done {
    --_status: var(--_muted);
  }
  .status-scheduled {
    --_status: var(--_fg);
  }
  .status-tentative {
    --_status: var(--_conditional);
  }
  .status-cancelled {
    --_status: var(--_opposes);
  }
  /* The rule: from this event's dot to the next one's, dashed where the events are still to come. */
  .event::before {
    content: '';
    position: absolute;
    inset-block: calc(0.7em) 0;
    inset-inline-start: calc(var(--_dot) / 2 - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  .event.upcoming::before {
    border-inline-start-style: dashed;
  }
  /* More than a year to the next event: the line breaks (two short strokes across a gap), so years do not look like a day. */
  .gap-after::before {
    border-inline-start: 0;
    width: 2px;
    background: linear-gradient(var(--_border) 0 35%, transparent 35% 65%, var(--_border) 65%);
  }
  .event:last-child::before {
    display: none;
  }
  /* The dot: filled when done, a ring when planned, dashed when tentative, a ring with a bar when cancelled. */
  .event::after {
    content: '';
    position: absolute;
    inset-block-start: calc(0.7em - var(--_dot) / 2);
    inset-inline-start: 0;
    width: var(--_dot);
    height: var(--_dot);
    border-radius: 50%;
    border: 2px solid var(--_status);
    background: var(--_bg);
  }
  .status-done::after {
    background: var(--_status);
  }
  .status-tentative::after {
    border-style: dashed;
  }
  .status-cancelled::after {
    background: linear-gradient(to bottom, transparent 40%, var(--_status) 40% 60%, transparent 60%) var(--_bg);
  }
  .is-next {
    --_status: var(--_accent);
  }
  .is-next::after {
    background: var(--_status);
    box-shadow: 0 0 0 3px var(--_bg), 0 0 0 5px var(--_status);
  }
  /* Quiet dates: the titles carry the line. */
  .event-when {
    color: var(--_muted);
  }
  .no-date {
    font-weight: 400;
    font-style: italic;
  }
  .event-title {
    font-weight: 600;
    line-height: 1.35;
  }
  .status-cancelled .event-title {
    text-decoration: line-through;
  }
  .event-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
  }
  .event-meta:empty {
    display: none;
  }
  .next-line {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space-xs);
  }
  .next-badge {
    padding: 0 var(--_space-xs);
    border-radius: calc(var(--_radius) / 2);
    /* The transparent border shows up in forced colors, where backgrounds are dropped. */
    border: 1px solid transparent;
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 700;
  }
  .next-line .relative {
    font-weight: 700;
    color: var(--_accent);
  }
  .badge {
    font-weight: 700;
    color: var(--_status);
  }
  .event-description {
    font-size: var(--_font-size-label);
    color: var(--_muted);
  }
  @container (min-width: 30rem) {
    /* Two stacks side by side: the parties sit right under the date however many lines the title takes, and the title's column has no gap. */
    .event {
      grid-template-columns: var(--_when) minmax(0, 1fr);
      padding-inline-start: 0;
    }
    .event-side,
    .event-main {
      display: block;
    }
    .event::before,
    .event::after {
      inset-inline-start: calc(var(--_when) + 0.875rem - var(--_dot) / 2);
    }
    .event::before {
      inset-inline-start: calc(var(--_when) + 0.875rem - 1px);
    }
    .event-side {
      text-align: end;
    }
    /*
     * In the date column, "Next", the status and the parties each take their own line, in every
     * engine and face: "Tentative ● US ● Russia" fitted one line in Chromium only. The parties wrap
     * between parties, each dot with its name.
     */
    .event-meta {
      flex-direction: column;
      align-items: flex-end;
    }
    .event-meta .parties {
      justify-content: flex-end;
    }
  }

  /* A quote on the line: who said it, opening to the whole words with their framing (a quotation is never cut). */
  .event-quote summary {
    display: flex;
    gap: var(--_space-s);
    align-items: baseline;
    min-width: 0;
    font-size: var(--_font-size-label);
    color: var(--_muted);
  }
  .event-quote summary::-webkit-details-marker {
    display: none;
  }
  .event-quote summary::before {
    content: '▸';
    flex: none;
    font-size: var(--_font-size-note);
  }
  .event-quote[open] summary::before {
    content: '▾';
  }
  :host(:dir(rtl)) .event-quote:not([open]) summary::before {
    content: '◂';
  }
  .by {
    color: var(--_fg);
  }
  .event-quote blockquote {
    margin-block-start: var(--_space-xs);
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_border);
    font-family: var(--_quote-font);
  }
  .quote-text {
    font-style: italic;
  }
  /* No synthetic italics on scripts without them. */
  .quote-text:lang(ar),
  :lang(ar) > .quote-text {
    font-style: normal;
  }

  /* Party marks: a dot in the party's ink (3:1 in both themes), the name in text colour. */
  .parties {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-s);
  }
  .party {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
  }
  .party::before {
    content: '';
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_party-ink, var(--_muted));
    align-self: center;
  }
  .more {
    font-style: normal;
  }

  /* Obstacles: the issue as a short label on the start side, the text with its parties at its end; hairlines between. */
  .obstacle-list {
    display: grid;
  }
  .obstacle {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    column-gap: 1.75rem;
    row-gap: var(--_space-xs);
    padding-block: var(--_space-xs);
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    font-size: var(--_font-size-label);
  }
  .obstacle:first-child {
    padding-block-start: 0;
    border-block-start: 0;
  }
  /* The parties run on after the text when they fit on its last line. */
  .obstacle-text {
    display: inline;
    margin-inline-end: var(--_space-s);
  }
  .obstacle .parties {
    display: inline-flex;
    vertical-align: baseline;
  }
  .issue summary {
    font-weight: 700;
    color: var(--_fg);
  }
  .issue .question {
    margin-block-start: var(--_space-xs);
    color: var(--_fg);
    font-weight: 400;
  }
  @container (min-width: 30rem) {
    .obstacle {
      grid-template-columns: var(--_when) minmax(0, 1fr);
    }
    .obstacle .issue {
      grid-column: 1;
      grid-row: 1;
      text-align: end;
    }
    /* Open, the question stays under its label in the label's column: the text beside it does not move. */
    .obstacle-body {
      grid-column: 2;
      grid-row: 1;
    }
  }
  .footer {
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }
  .source .label {
    display: inline;
    margin-inline-end: var(--_space-xs);
  }

  /*
   * Compact: one labelled line between two rules, as a desk sets a kicker ("UKRAINE TALKS · Talks
   * announced · … · As of 12 February 2025"), wrapping item by item; the date it is true for always on it.
   */
  .layout-compact {
    padding: var(--_space-xs) 0;
    border-width: 1px 0;
    border-radius: 0;
    background: none;
    /* Kicker type, the label step, for the whole line: it stays short above a headline. */
    font-size: var(--nw-font-size-label, max(13px, 0.8em));
  }
  :host(:is([theme=light], [theme=dark], [theme=auto])) .layout-compact {
    padding-inline: var(--_space-s);
    background: var(--_bg);
  }
  /* Each item its own bidirectional run: English story text in an Arabic line keeps its words and its separator together. */
  .banner .item,
  .day-basis > span {
    unicode-bidi: isolate;
  }
  .banner .item:not(:last-child)::after {
    content: '·';
    content: '·' / '';
    margin-inline-start: 0.4em;
    color: var(--_muted);
  }
  /* Capitals read larger: a step down from the line, never under 13 px. */
  .banner .kicker {
    font-size: max(13px, 0.9em);
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .banner .kicker:lang(ar) {
    letter-spacing: 0;
  }
  /* A word, not a pill: the line is a kicker, not a notification. */
  .banner .next-badge {
    padding: 0;
    background: none;
    color: var(--_fg);
    font-size: inherit;
  }
  .banner .when,
  .banner .as-of {
    color: var(--_muted);
    font-weight: 400;
  }
  .banner .relative {
    color: var(--_fg);
    font-weight: 700;
  }
  /* Centred stage labels and the end-aligned issue label keep their container's alignment. */
  .stage-label,
  .issue [dir] {
    text-align: inherit;
  }
  /* The stage tracker's heading: these are typical stages, not a forecast. */
  .stages-head {
    margin-block-end: var(--_space-s);
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .stage-current .stage-icon,
    .stage-done .stage-icon {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .event::after {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .status-done::after,
    .is-next::after {
      background: CanvasText;
    }
    .party::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .gap-after::before {
      forced-color-adjust: none;
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
  }
`;
