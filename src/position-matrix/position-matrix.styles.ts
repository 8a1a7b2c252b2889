import { css, unsafeCSS } from 'lit';

/**
 * One rule per party count, 1 to 30 (the format's limit), so CSS can size the fit container from
 * the `data-parties` attribute alone (typed `attr()` is Chromium-only). Built from constants, never
 * from story data.
 */
const partyCounts = unsafeCSS(Array.from({ length: 30 }, (_, i) => `.fit[data-parties='${i + 1}']{--_n:${i + 1}}`).join(''));

/**
 * The by-issue presentation of the grid's markup, in `auto` where a party's column would get less than 1.75 rem, and in `compact`: one
 * block per issue, its parties grouped by stance (stated groups first, each opened by its mark and
 * word), then the parties that stated nothing, small and grey. The column headers stay for screen
 * readers; each button is named in full.
 */
const byIssue = css`
  :is([data-layout='auto'], [data-layout='compact']) :is(table, tbody) {
    display: block;
    width: auto;
    min-width: 0;
  }
  :is([data-layout='auto'], [data-layout='compact']) thead {
    display: block;
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :is([data-layout='auto'], [data-layout='compact']) tbody > tr {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.125rem 0.375rem;
    padding: var(--_space-xs) 0;
    border-block-start: 1px solid var(--_border);
  }
  /* A line break between the stated groups and the not-stated one. */
  :is([data-layout='auto'], [data-layout='compact']) tbody > tr::after {
    content: '';
    flex-basis: 100%;
    order: 5;
  }
  :is([data-layout='auto'], [data-layout='compact']) tbody > tr > * {
    display: flex;
    flex-wrap: wrap;
    padding: 0;
    border: 0;
    background: none;
  }
  :is([data-layout='auto'], [data-layout='compact']) th[scope='row'] {
    display: block;
    position: static;
    flex-basis: 100%;
    width: auto;
    font-size: var(--_font-size);
  }
  :is([data-layout='auto'], [data-layout='compact']) td.stance-supports {
    order: 1;
  }
  :is([data-layout='auto'], [data-layout='compact']) td.stance-opposes {
    order: 2;
  }
  :is([data-layout='auto'], [data-layout='compact']) td.stance-conditional {
    order: 3;
  }
  :is([data-layout='auto'], [data-layout='compact']) td.stance-unclear {
    order: 4;
  }
  :is([data-layout='auto'], [data-layout='compact']) td.stance-not-stated {
    order: 6;
  }
  :is([data-layout='auto'], [data-layout='compact']) td > .cell {
    display: inline-flex;
    align-items: baseline;
    justify-content: start;
    gap: 0.375rem;
    width: auto;
    min-height: 1.5rem;
    padding: 0;
    font-size: var(--_font-size-lead);
    line-height: 1.5;
    text-align: start;
  }
  :is([data-layout='auto'], [data-layout='compact']) td > .cell::before {
    content: none;
  }
  /* The party's short name, from data-party, isolated in its own direction (FSI … PDI, as <bdi>); screen readers have the button's name. */
  :is([data-layout='auto'], [data-layout='compact']) .cell::after {
    content: '\\2068' attr(data-party) '\\2069';
    content: '\\2068' attr(data-party) '\\2069' / '';
    /* Longhands: WebKit drops a text-decoration shorthand that carries a thickness, underline and all. */
    text-decoration-line: underline;
    text-decoration-thickness: 1px;
    text-decoration-color: var(--_border);
    text-underline-offset: 0.2em;
  }
  /* A comma after each name but a group's last, in the page's language and direction. */
  :is([data-layout='auto'], [data-layout='compact']) :is(
      td.stance-supports:nth-last-child(n + 2 of .stance-supports),
      td.stance-opposes:nth-last-child(n + 2 of .stance-opposes),
      td.stance-conditional:nth-last-child(n + 2 of .stance-conditional),
      td.stance-unclear:nth-last-child(n + 2 of .stance-unclear),
      td.stance-not-stated:nth-last-child(n + 2 of .stance-not-stated)
    ) .cell::after {
    content: '\\2068' attr(data-party) '\\2069' var(--_comma);
    content: '\\2068' attr(data-party) '\\2069' var(--_comma) / '';
  }
  :is([data-layout='auto'], [data-layout='compact']) .cell:hover::after {
    text-decoration-color: currentColor;
  }
  :is([data-layout='auto'], [data-layout='compact']) td > .cell .label {
    position: static;
    width: auto;
    height: auto;
    margin: 0;
    overflow: visible;
    clip-path: none;
    align-self: center;
  }
  /* Only the first cell of a group shows the mark and word; the others keep them for screen readers. */
  :is([data-layout='auto'], [data-layout='compact']) :is(
      td.stance-supports:nth-child(n + 2 of .stance-supports),
      td.stance-opposes:nth-child(n + 2 of .stance-opposes),
      td.stance-conditional:nth-child(n + 2 of .stance-conditional),
      td.stance-unclear:nth-child(n + 2 of .stance-unclear),
      td.stance-not-stated:nth-child(n + 2 of .stance-not-stated)
    ) .label {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :is([data-layout='auto'], [data-layout='compact']) td.stance-not-stated .cell {
    min-height: 0;
    color: var(--_muted);
    font-size: var(--_font-size-note);
    line-height: 1.4;
  }
  :is([data-layout='auto'], [data-layout='compact']) td.stance-not-stated .cell::after {
    text-decoration: none;
  }
  :is([data-layout='auto'], [data-layout='compact']) tr.detail {
    display: block;
    padding: 0;
    border: 0;
  }
`;

export const matrixStyles = css`
  ${partyCounts}
  /*
   * The stance colours differ in lightness as well as hue (CIE L* about 29, 37, 48 and 60 on light,
   * 92, 81, 64 and 52 on dark), each 3:1 or more against the background: with the marks' shapes,
   * the grid reads in greyscale and with any common colour-vision deficiency.
   */
  /* Only where light-dark() works (else the shared defaults hold), and not in forced colours (CanvasText there). */
  @supports (color: light-dark(#000, #fff)) {
    @media (forced-colors: none) {
      :host {
        --_supports: var(--nw-color-supports, light-dark(#064e3b, #bbf7d0));
        --_opposes: var(--nw-color-opposes, light-dark(#dc2626, #f87171));
        --_conditional: var(--nw-color-conditional, light-dark(#d97706, #fbbf24));
        --_unclear: var(--nw-color-unclear, light-dark(#6d28d9, #8b5cf6));
      }
    }
  }
  .base {
    container-name: matrix;
    /* The comma between names in the by-issue presentation, in the page's language. */
    --_comma: ',';
    border-block-start: 2px solid var(--_fg);
    padding-block: var(--_space-s);
  }
  :host(:lang(ar)) .base {
    --_comma: '،';
  }
  /* In the page's theme it takes the page's background (no slab on a tinted page); with its own, it needs room around its edges. */
  :host([theme]:not([theme='page'])) .base {
    background: var(--_bg);
    padding-inline: var(--_space-m);
  }
  .caption {
    margin: 0;
    font-size: var(--_font-size-title);
    font-weight: 700;
    line-height: 1.25;
  }
  .standfirst {
    margin: var(--_space-xs) 0 0;
    font-size: var(--_font-size-lead);
    line-height: 1.4;
    color: var(--_muted);
  }

  /* The marks: one shape per stance, drawn by CSS (no image, nothing a strict CSP could block). */
  .stance-supports {
    --_stance: var(--_supports);
  }
  .stance-opposes {
    --_stance: var(--_opposes);
  }
  .stance-conditional {
    --_stance: var(--_conditional);
  }
  .stance-unclear {
    --_stance: var(--_unclear);
  }
  .stance-not-stated {
    --_stance: var(--_not-stated);
  }
  .label {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    font-weight: 700;
    white-space: nowrap;
  }
  :is(.label, td > .cell)::before {
    content: '';
    flex: none;
    inline-size: var(--_mark, 0.875em);
    block-size: var(--_mark, 0.875em);
    background: var(--_stance);
    print-color-adjust: exact;
  }
  /* ● */
  .stance-supports :is(.label, td > .cell)::before {
    border-radius: 50%;
  }
  /* ✕ */
  .stance-opposes :is(.label, td > .cell)::before {
    clip-path: polygon(18% 4%, 50% 36%, 82% 4%, 96% 18%, 64% 50%, 96% 82%, 82% 96%, 50% 64%, 18% 96%, 4% 82%, 36% 50%, 4% 18%);
  }
  /* ◐ */
  .stance-conditional :is(.label, td > .cell)::before {
    border: 0.125em solid var(--_stance);
    border-radius: 50%;
    background: linear-gradient(90deg, var(--_stance) 50%, transparent 0);
  }
  /* ? */
  .stance-unclear :is(.label, td > .cell)::before {
    content: '?';
    inline-size: auto;
    block-size: auto;
    background: none;
    color: var(--_stance);
    font-size: calc(var(--_mark, 0.875em) * 1.25);
    font-weight: 800;
    line-height: 1;
  }
  /* – : an absence, the quietest mark. */
  .stance-not-stated :is(.label, td > .cell)::before {
    block-size: 1px;
    inline-size: 0.75em;
  }

  /* The key: above the grid, the stances it uses, each once in words. */
  .legend {
    margin-block: var(--_space-s);
    font-size: var(--_font-size-label);
  }
  /* Flex all the way down: each entry centred on its mark, whatever the mark's height (an inline box would sit on the mark's bottom). */
  .legend :is(ul, li) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  /* "Not stated" is the quietest word; before a list of parties it has no mark but a colon. */
  .stance-not-stated .label {
    font-weight: 400;
    color: var(--_muted);
  }
  :is(.groups > .stance-not-stated, td.stance-not-stated > .cell) > .label {
    gap: 0;
  }
  :is(.groups > .stance-not-stated, td.stance-not-stated > .cell) > .label::before {
    content: none;
  }
  :is(.groups > .stance-not-stated, td.stance-not-stated > .cell) > .label::after {
    content: ':';
  }
  .hint,
  .more {
    margin: 0.25rem 0 0;
    font-size: var(--_font-size-note);
    color: var(--_muted);
  }
  /* The legend is already label size. */
  .legend .hint {
    font-size: inherit;
  }

  /* The grid: an issue per row, a party per column. */
  .fit {
    /*
     * Decides, without script, how the grid is presented: this container's content box is the room
     * each party's column would get beside a 6.5 rem issue column, (width − 6.5 rem) ÷ parties, so
     * queries compare it with what a column needs. Its child takes the full width back with a
     * negative margin. The issue column is drawn wider on wide screens (--_issue-w), which no
     * container's size depends on: Firefox does not re-query a container whose size hangs on a
     * custom property set by another container query.
     */
    container: fit / inline-size;
    --_n: 30;
    /* Drawn as wide as the type needs on pages with larger text (18 px: 117 px for 14.4 px titles, so "membership" stays whole). */
    --_issue-w: max(6.5rem, 6.5em);
    padding-inline-end: calc(100% - (100% - 6.5rem) / var(--_n));
  }
  @container matrix (width >= 40rem) {
    .fit {
      --_issue-w: max(11rem, 11em);
    }
  }
  .scroller {
    /* The containing block of the cells' visually hidden words, which would otherwise escape the scroll and widen the page. */
    position: relative;
    margin-inline-end: calc((1 - var(--_n)) * 100% - 6.5rem);
    overflow-x: auto;
    scroll-padding-inline-start: calc(var(--_issue-w) + 0.5rem);
  }
  /* Fixed layout: equal party columns, at most 6 rem each, and a big table is laid out without measuring every cell. */
  table {
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    width: min(100%, var(--_issue-w) + var(--_n) * 6rem);
  }
  /* Only the table layout scrolls: its columns keep the 1.75 rem below which auto gives up the grid. */
  [data-layout='table'] table {
    min-width: calc(var(--_issue-w) + var(--_n) * 1.75rem);
  }
  /* In the widget's text size, as every other user of --_issue-w, not the party headers' label size. */
  .corner {
    width: var(--_issue-w);
    font-size: var(--_font-size);
  }
  th,
  td {
    padding: 0;
    text-align: center;
  }
  thead th {
    padding: 0 0.125rem 0.25rem;
    vertical-align: bottom;
    font-size: var(--_font-size-label);
    font-weight: 600;
    line-height: 1.2;
    hyphens: auto;
    overflow-wrap: break-word;
    border-block-end: 3px solid var(--_party-ink, var(--_border));
  }
  .highlighted {
    background: var(--_surface);
    font-weight: 800;
  }
  .marker {
    display: inline-block;
    margin-inline-end: 0.25em;
    color: var(--_accent);
  }
  th[scope='row'] {
    padding-block: 0.25rem;
    padding-inline: 0 0.375rem;
    /* The widget's start edge, whatever the title's own direction (English titles on an Arabic page). */
    text-align: var(--_start-edge, left);
    font-size: var(--_font-size-label);
    font-weight: 600;
    line-height: 1.25;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  tbody tr + tr > *,
  tbody tr.detail + tr > * {
    border-block-start: 1px solid var(--_border);
  }
  /* Only a scrolling grid pins its issue titles (opaque, so the cells pass under them); elsewhere they take the page's background. */
  [data-layout='table'] :is(th[scope='row'], .corner) {
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    background: var(--_bg);
  }
  /* Until the grid is scrolled nothing passes under them: no slab of the widget's background on a page of another colour. */
  .scroller:not(.scrolled) :is(th[scope='row'], .corner) {
    background: none;
  }
  td > .cell {
    --_mark: 1rem;
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    min-height: 2.25rem;
    padding: 0.25rem;
    border: 0;
    background: none;
  }
  td > .cell .label {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  td > .cell:hover {
    background: var(--_surface);
  }
  .cell[aria-expanded='true'] {
    box-shadow: inset 0 0 0 2px var(--_fg);
  }
  .cell:focus-visible {
    position: relative;
    z-index: 1;
    outline-width: 3px;
    outline-offset: -3px;
  }
  .cell-summary {
    margin: 0.125rem 0 0.25rem;
    font-size: var(--_font-size-note);
    line-height: 1.35;
    color: var(--_muted);
    text-align: start;
  }
  .detail > td {
    padding: var(--_space-xs) 0 var(--_space-s);
    text-align: start;
  }

  /*
   * Short names that do not fit across turn on their side (read from the bottom up). In em of the
   * widget's text (the container's), as the names' label size and the drawn issue column grow with it:
   * "Germany" split inside the word at 672 px on an 18 px page with a rem threshold.
   * Names whose words are at most 7 characters (the model's shortNames: "Germany") also stay across
   * while their own column (.room, in the names' type) holds 8.5 ch: a 7-letter word takes about 8 ch
   * in Georgia-like faces, 7.2 in DejaVu Serif. At 672 px on 17 and 18 px pages they stay across.
   */
  thead .room {
    display: block;
    container: room / inline-size;
  }
  @container fit (width < 5.5em) {
    .scroller:not(.short-names) thead th .name {
      display: inline-block;
      writing-mode: vertical-rl;
      rotate: 180deg;
      white-space: nowrap;
      text-align: start;
    }
    .scroller:not(.short-names) thead .marker {
      display: none;
    }
    @container room (width < 8.5ch) {
      .short-names thead th .name {
        display: inline-block;
        writing-mode: vertical-rl;
        rotate: 180deg;
        white-space: nowrap;
        text-align: start;
      }
      .short-names thead .marker {
        display: none;
      }
    }
  }
  /*
   * Where a party's column would get less than 1.75 rem, auto presents one block per issue: never a
   * clipped grid. Compact, and auto with summaries, count 64 parties to be there (up to 1,900 px:
   * more would multiply the rounding of the column's room into pixels of overflow).
   */
  [data-layout='compact'] .fit,
  :host([show-summary]) [data-layout='auto'] .fit {
    --_n: 64;
  }
  @container fit (width < 1.75rem) {
    ${byIssue}
  }
  /* With summaries, a party a line (flex-basis means nothing to a table cell of the grid). */
  :host([show-summary]) tbody td {
    flex-basis: 100%;
  }

  /* List: one section per issue, its parties grouped by stance (lists are reset in the shared styles). */
  .issue {
    padding-block: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }
  h3 {
    font-size: var(--_font-size);
    margin: 0;
  }
  .question {
    margin: 0 0 var(--_space-xs);
    font-size: var(--_font-size-label);
    color: var(--_muted);
  }
  .groups {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.125rem 1rem;
  }
  /* A group runs as text: its mark, then its parties, wrapping like words. */
  .groups > li > .label {
    margin-inline-end: 0.375rem;
    font-size: var(--_font-size-label);
  }
  .groups > li > ul {
    display: inline;
  }
  .groups > li > ul > li {
    display: inline-flex;
    margin-inline-end: 0.5rem;
  }
  .groups > .stance-not-stated {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: var(--_font-size-label);
  }
  .list .party {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
  }
  .list .party::before {
    content: '';
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 1px;
    background: var(--_party-ink, var(--_border));
  }
  .list .party:hover,
  .list .cell[aria-expanded='true'] {
    text-decoration: underline;
  }

  /* Detail panel */
  .panel {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 40rem;
    margin-block: var(--_space-s);
    padding: var(--_space-m);
    background: var(--_surface);
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    font-size: var(--_font-size-lead);
    text-align: start;
  }
  .panel-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_space);
  }
  .panel h3,
  .panel h4,
  .panel p {
    margin: 0 0 0.5rem;
  }
  .panel h4 {
    font-size: var(--_font-size-label);
    margin-block-start: 0.75rem;
  }
  .close {
    flex: none;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    border-radius: calc(var(--_radius) / 2);
  }
  blockquote {
    margin: 0 0 0.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    font-family: var(--_quote-font);
  }
  .evidence > li + li {
    margin-block-start: 0.75rem;
  }
  .context,
  .attribution {
    color: var(--_muted);
  }
  .attribution {
    font-size: var(--_font-size-label);
  }

  /* The source line */
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block-start: var(--_space-s);
    font-size: var(--_font-size-note);
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    /* The marks keep their shapes, in CanvasText. */
    :is(.label, td > .cell)::before {
      forced-color-adjust: none;
    }
    .cell[aria-expanded='true'] {
      outline: 2px solid Highlight;
    }
    th.highlighted,
    li.highlighted {
      text-decoration: underline;
    }
  }

  .print-notes {
    display: none;
  }
  @media print {
    .print-notes {
      display: block;
      font-size: var(--_font-size-label);
    }
    .print-note {
      break-inside: avoid;
    }
    .print-note,
    .print-quotes > li {
      margin-block-end: 0.375em;
    }
    .detail,
    .panel,
    .close,
    .marker,
    .hint,
    .more {
      display: none;
    }
    .base {
      padding: 0;
    }
    .scroller {
      overflow: visible;
    }
    th[scope='row'],
    .corner {
      position: static;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
