import { css, unsafeCSS } from 'lit';

/**
 * One rule per column count, 1 to 11, so CSS can size the fit container from the `data-columns`
 * attribute alone (typed `attr()` is Chromium-only); more columns count as 12, where the 56 rem cap
 * decides. Built from constants, never from story data.
 */
const columnCounts = unsafeCSS(
  Array.from({ length: 11 }, (_, i) => `.fit[data-columns='${i + 1}']{--_cols:${i + 1}}`).join(''),
);

/** Likewise the widest header and party word, in quarter em (`data-word`, `data-party-word`, 1 to 100): `--_word`, `--_party-word` in em. */
const wordWidths = unsafeCSS(
  Array.from({ length: 100 }, (_, i) => `.fit[data-word='${i + 1}']{--_word:${(i + 1) / 4}}.fit[data-party-word='${i + 1}']{--_party-word:${(i + 1) / 4}}`).join(''),
);

export const matrixStyles = css`
    ${columnCounts}
    ${wordWidths}
    .base {
      container-name: matrix;
      /* The comma between titles in the compact presentation, in the page's language. */
      --_comma: ',';
      /* Room the table needs at least: each issue column (the party column: see .fit). */
      --_col-min: 4.5rem;
      background: var(--_bg);
      border-block-start: 2px solid var(--_fg);
      padding-block: var(--_space-m) var(--_space-s);
    }
    /* With its own background (a theme unlike the page's), the widget needs room around its edges. */
    :host([theme]:not([theme=page])) .base {
      padding-inline: var(--_space-m);
    }
    .caption {
      font-size: var(--_font-size-title);
      font-weight: 700;
      line-height: 1.25;
      text-align: start;
      margin: 0 0 var(--_space-m);
      caption-side: top;
    }

    /* The stance mark: one element, a filled label (icon and word on the stance colour). */
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
      gap: 0.3em;
      padding: 0.0625rem 0.375rem;
      border-radius: 2px;
      /* The text is the background colour: the stance colours keep 4.5:1 against it, so it keeps 4.5:1 on them. */
      background: var(--_stance);
      color: var(--_on-stance, var(--_bg));
      font-size: var(--_font-size-label);
      font-weight: 700;
      line-height: 1.35;
      white-space: nowrap;
      print-color-adjust: exact;
    }
    /* Icons are shapes cut from the text colour: no image, nothing a strict CSP could block. */
    .label::before {
      content: '';
      flex: none;
      inline-size: 0.75em;
      block-size: 0.75em;
      background: currentColor;
    }
    .stance-supports .label::before {
      clip-path: polygon(6% 52%, 20% 38%, 40% 58%, 80% 14%, 94% 28%, 40% 86%);
    }
    .stance-opposes .label::before {
      clip-path: polygon(18% 4%, 50% 36%, 82% 4%, 96% 18%, 64% 50%, 96% 82%, 82% 96%, 50% 64%, 18% 96%, 4% 82%, 36% 50%, 4% 18%);
    }
    .stance-conditional .label::before {
      clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%, 50% 0, 50% 22%, 50% 78%, 78% 50%, 50% 22%);
    }
    .stance-unclear .label::before {
      content: '?';
      inline-size: auto;
      block-size: auto;
      background: none;
      line-height: 1;
      font-weight: 800;
    }
    /* Not stated is an absence: no fill, a thin dash, the word in the muted colour. */
    .stance-not-stated .label {
      background: none;
      color: var(--_muted);
      padding-inline: 0;
      font-weight: 400;
    }
    .stance-not-stated .label::before {
      block-size: 1px;
      background: var(--_not-stated);
    }

    :host(:lang(ar)) .base {
      --_comma: '،';
    }

    /* Table */
    .fit {
      /*
       * Decides, without script, whether auto shows the table: this container's content box is the
       * room each column would get, (width − party column) ÷ columns, so one query compares it with
       * the room a column needs. Its child takes the full width back with a negative margin.
       */
      container: fit / inline-size;
      --_cols: 12;
      padding-inline-end: calc(100% - (100% - var(--_row-min)) / var(--_cols));
      /*
       * The room a column needs: the minimum, or the widest header word (estimated by the model from
       * its letters) and the header's padding, so that headers wrap between words, never inside one.
       * Carried into the query below as this container's line height, the one length a query can take
       * from a custom property (as 1lh); the container has no text of its own, the scroller resets it.
       */
      --_word: 0;
      --_col: max(var(--_col-min), var(--_word) * var(--_font-size-label) + 0.25rem);
      /* The party column likewise: 6 rem, or its widest name word with the header's padding and party rule, up to 10 rem. */
      --_party-word: 0;
      --_row-min: clamp(6rem, var(--_party-word) * var(--_font-size-lead) + 1rem + 4px, 10rem);
      line-height: var(--_col);
    }
    .scroller {
      /* The containing block of the cells' visually hidden labels, which would otherwise escape the scroll and widen the page. */
      position: relative;
      line-height: 1.5;
      margin-inline-end: calc((1 - var(--_cols)) * 100% - var(--_row-min));
      overflow-x: auto;
      scroll-padding-inline-start: calc(var(--_row-min) + 0.5rem);
    }
    /* Fixed layout: equal issue columns, and a big table is laid out without measuring every cell. */
    table {
      table-layout: fixed;
      border-collapse: separate;
      border-spacing: 0;
      width: 100%;
    }
    /* A table wider than its scroller scrolls under its caption, which stays in view: pinned, as wide as the scroller (its columns' room and the party's). */
    caption {
      position: sticky;
      inset-inline-start: 0;
      max-inline-size: calc(var(--_cols) * 100cqi + var(--_row-min));
    }
    .corner {
      width: var(--_row-min);
    }
    th,
    td {
      padding: 1px;
      text-align: start;
    }
    thead th {
      width: var(--_col);
      min-width: var(--_col);
      padding: 0 0.125rem 0.375rem;
      vertical-align: bottom;
      text-align: center;
      font-size: var(--_font-size-label);
      font-weight: 600;
      line-height: 1.25;
      /* The column fits the widest word; should a face be wider than estimated, a hyphen, and mid-word only as a last resort. */
      hyphens: auto;
      overflow-wrap: break-word;
    }
    thead th,
    thead td {
      border-block-end: 1px solid var(--_border);
    }
    tbody tr:first-child > * {
      padding-block-start: 3px;
    }
    th[scope=row],
    .corner {
      position: sticky;
      inset-inline-start: 0;
      z-index: 2;
      background: var(--_bg);
    }
    th[scope=row] {
      width: var(--_row-min);
      min-width: var(--_row-min);
      max-width: 10rem;
      padding-inline: 0.5rem;
      vertical-align: middle;
      font-size: var(--_font-size-lead);
      font-weight: 600;
      line-height: 1.2;
      /* A name word wider than 10 rem: a hyphen, and mid-word only as a last resort. */
      hyphens: auto;
      overflow-wrap: break-word;
      border-inline-start: 3px solid var(--_party-ink, transparent);
    }
    .highlighted > th,
    .highlighted > td {
      background: var(--_surface);
    }
    .highlighted > th,
    .list li.highlighted {
      font-weight: 800;
    }
    .marker {
      display: inline-block;
      margin-inline-end: 0.25em;
      color: var(--_accent);
    }
    td > .cell {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: 0.3em;
      width: 100%;
      min-height: 2.25rem;
      padding: 0.25rem;
      border: 0;
      border-radius: 2px;
      background: var(--_stance);
      color: var(--_on-stance, var(--_bg));
      text-align: center;
      print-color-adjust: exact;
    }
    td > .cell .label {
      background: none;
      color: inherit;
      padding: 0;
      white-space: normal;
    }
    td > .cell:hover .label {
      text-decoration: underline;
    }
    td.stance-not-stated > .cell {
      /* The containing block of its visually hidden label, which otherwise could widen the scroller by a pixel. */
      position: relative;
      background: none;
    }
    td.stance-not-stated > .cell:hover {
      background: var(--_surface);
    }
    td.stance-not-stated > .cell::before {
      content: '';
      inline-size: 0.75rem;
      block-size: 1px;
      background: var(--_not-stated);
    }
    td.stance-not-stated > .cell .label {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .cell[aria-expanded=true] {
      box-shadow: inset 0 0 0 2px var(--_fg), inset 0 0 0 3px var(--_bg);
    }
    .cell:focus-visible {
      position: relative;
      z-index: 1;
      outline-width: 3px;
      outline-offset: 1px;
    }
    .cell-summary {
      margin: 0.125rem 0 0.25rem;
      font-size: var(--_font-size-note);
      line-height: 1.35;
      color: var(--_muted);
    }
    .detail > td {
      padding: var(--_space-xs) 0 var(--_space-s);
    }

    /*
     * The compact presentation of auto, where the table's columns do not fit: the same table, one
     * block per party, its issues grouped by stance (stated first, each group opened by its mark),
     * then the issues it has not stated, quietly. The column headers stay for screen readers.
     * 1lh is the room a column needs (--_col, above).
     */
    @container matrix (width < 56rem) {
      @container fit (width < 1lh) {
        [data-layout=auto] :is(table, tbody, caption) {
          display: block;
        }
        [data-layout=auto] thead {
          display: block;
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
        [data-layout=auto] tbody > tr {
          display: flex;
          flex-wrap: wrap;
          align-items: baseline;
          gap: 0.125rem 0.375rem;
          padding: var(--_space-xs) 0;
          border-block-start: 1px solid var(--_border);
        }
        [data-layout=auto] tbody > tr.highlighted {
          background: var(--_surface);
        }
        /* A line break between the stated groups and the not-stated one. */
        [data-layout=auto] tbody > tr::after {
          content: '';
          flex-basis: 100%;
          order: 5;
        }
        [data-layout=auto] tbody > tr > * {
          display: block;
          padding: 0;
          background: none;
        }
        /* Flex, not block: no line box of the cell's own font around the button. */
        [data-layout=auto] tbody > tr > td {
          display: flex;
          flex-wrap: wrap;
        }
        [data-layout=auto] th[scope=row] {
          position: static;
          flex-basis: 100%;
          width: auto;
          max-width: none;
          margin-block-end: 0.125rem;
          padding-inline: 0.5rem 0;
          font-size: var(--_font-size);
        }
        [data-layout=auto] td.stance-supports {
          order: 1;
        }
        [data-layout=auto] td.stance-opposes {
          order: 2;
        }
        [data-layout=auto] td.stance-conditional {
          order: 3;
        }
        [data-layout=auto] td.stance-unclear {
          order: 4;
        }
        [data-layout=auto] td.stance-not-stated {
          order: 6;
        }
        [data-layout=auto] .cell {
          display: inline-flex;
          flex-wrap: nowrap;
          align-items: baseline;
          justify-content: start;
          gap: 0.375rem;
          width: auto;
          min-height: 1.5rem;
          padding: 0;
          background: none;
          color: inherit;
          text-align: start;
          font-size: var(--_font-size-lead);
          line-height: 1.5;
        }
        [data-layout=auto] td > .cell::before {
          content: none;
        }
        /*
         * The issue's title, from the cell's data-issue, isolated in its own direction (FSI … PDI: what
         * <bdi> does); screen readers have the column header instead.
         */
        [data-layout=auto] .cell::after {
          content: '\\2068' attr(data-issue) '\\2069';
          content: '\\2068' attr(data-issue) '\\2069' / '';
          text-decoration: underline 1px var(--_border);
          text-underline-offset: 0.2em;
        }
        /*
         * A comma between a group's titles, in the page's language, outside the isolated title: it takes
         * the page's direction and ends each title in the list's reading order (on its left on a
         * right-to-left page, whatever the title's script), and wraps with the last word.
         */
        [data-layout=auto] :is(
            td.stance-supports:nth-last-child(n + 2 of .stance-supports),
            td.stance-opposes:nth-last-child(n + 2 of .stance-opposes),
            td.stance-conditional:nth-last-child(n + 2 of .stance-conditional),
            td.stance-unclear:nth-last-child(n + 2 of .stance-unclear),
            td.stance-not-stated:nth-last-child(n + 2 of .stance-not-stated)
          ) .cell::after {
          content: '\\2068' attr(data-issue) '\\2069' var(--_comma);
          content: '\\2068' attr(data-issue) '\\2069' var(--_comma) / '';
        }
        [data-layout=auto] .cell:hover::after {
          text-decoration-color: currentColor;
        }
        [data-layout=auto] .cell .label {
          align-self: center;
          padding: 0.0625rem 0.375rem;
          background: var(--_stance);
          color: var(--_on-stance, var(--_bg));
          white-space: nowrap;
        }
        /* Only the first cell of a group shows the mark; the others keep it for screen readers. */
        [data-layout=auto]
          :is(
            td.stance-supports:nth-child(n + 2 of .stance-supports),
            td.stance-opposes:nth-child(n + 2 of .stance-opposes),
            td.stance-conditional:nth-child(n + 2 of .stance-conditional),
            td.stance-unclear:nth-child(n + 2 of .stance-unclear),
            td.stance-not-stated:nth-child(n + 2 of .stance-not-stated)
          )
          .label {
          position: absolute;
          width: 1px;
          height: 1px;
          margin: -1px;
          padding: 0;
          overflow: hidden;
          clip-path: inset(50%);
        }
        [data-layout=auto] td.stance-not-stated:nth-child(1 of .stance-not-stated) .label {
          position: static;
          width: auto;
          height: auto;
          margin: 0;
          overflow: visible;
          clip-path: none;
          background: none;
          color: var(--_muted);
          padding: 0;
        }
        [data-layout=auto] td.stance-not-stated .label::before {
          content: none;
        }
        [data-layout=auto] td.stance-not-stated .label::after {
          content: ':';
        }
        [data-layout=auto] td.stance-not-stated .label {
          gap: 0;
        }
        /* Inline targets in a run of text: the line height sets their size. */
        [data-layout=auto] td.stance-not-stated .cell {
          min-height: 0;
          color: var(--_muted);
          font-size: var(--_font-size-note);
          line-height: 1.4;
        }
        [data-layout=auto] td.stance-not-stated .cell::after {
          text-decoration: none;
        }
        :host([show-summary]) [data-layout=auto] tbody td {
          flex-basis: 100%;
        }
        [data-layout=auto] tr.detail {
          display: block;
          padding: 0;
          border: 0;
        }
      }
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
      vertical-align: 0.0625rem;
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
    .groups > .stance-not-stated > .label::before {
      content: none;
    }
    .groups > .stance-not-stated > .label {
      gap: 0;
    }
    .groups > .stance-not-stated > .label::after {
      content: ':';
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
    .list .cell[aria-expanded=true] {
      text-decoration: underline;
    }
    .groups li.highlighted {
      background: var(--_surface);
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

    /* Legend, footer */
    .legend {
      margin-block-start: var(--_space-m);
      font-size: var(--_font-size-note);
      color: var(--_muted);
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .legend li {
      display: flex;
      align-items: baseline;
      gap: 0.375rem;
    }
    .legend .label {
      align-self: center;
      font-size: var(--_font-size-note);
    }
    .footer {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin-block-start: var(--_space-s);
      font-size: var(--_font-size-note);
      color: var(--_muted);
    }

    @media (forced-colors: active) {
      /* System colours survive forced colours: outlined labels and cells, text and icons in CanvasText. */
      [class*='stance-'] {
        --_stance: Canvas;
        --_on-stance: CanvasText;
      }
      .label::before,
      .stance-not-stated .cell::before {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .stance-unclear .label::before {
        background: none;
        color: CanvasText;
      }
      td:not(.stance-not-stated) > .cell,
      .label {
        border: 1px solid CanvasText;
      }
      .stance-not-stated .label,
      .cell .label {
        border: 0;
      }
      .close {
        border-color: ButtonText;
      }
      .cell[aria-expanded=true] {
        outline: 2px solid Highlight;
      }
      .highlighted > th,
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
      .marker {
        display: none;
      }
      .base {
        padding: 0;
      }
      .scroller {
        overflow: visible;
      }
      th[scope=row],
      .corner {
        position: static;
      }
      a[href]::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
    }
  `;
