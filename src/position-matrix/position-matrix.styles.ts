import { css } from 'lit';

export const matrixStyles = css`
  .base {
    --_icon-knockout: var(--_bg);
    --_row-header-width: 10rem;
    --_radius-s: calc(var(--_radius) / 2);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .sizer {
    height: 0;
  }
  .caption {
    font-weight: 700;
    font-size: 1.05em;
    text-align: start;
    margin: 0 0 var(--_space-m);
    caption-side: top;
  }
  /* Square boxes: width and height are the same whatever the writing mode. */
  .stance-symbols {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    vertical-align: -0.15em;
  }
  .stance-supports .icon {
    color: var(--_supports);
  }
  .stance-opposes .icon {
    color: var(--_opposes);
  }
  .stance-conditional .icon {
    color: var(--_conditional);
  }
  .stance-unclear .icon {
    color: var(--_unclear);
  }
  .stance-not-stated .icon {
    color: var(--_not-stated);
  }
  .stance-not-stated .label,
  .cell-summary,
  .question,
  .context,
  .attribution,
  .footer {
    color: var(--_muted);
  }
  /* "Not stated" is an absence, not a stance: muted, italic, a dashed outline. */
  .stance-not-stated .label {
    font-style: italic;
  }

  /* Table layout */
  .scroller {
    overflow-x: auto;
    scroll-padding-inline-start: calc(var(--_row-header-width) + 0.5rem);
    border-radius: var(--_radius-s);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
  }
  th,
  td {
    padding: 0.25rem;
    vertical-align: top;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  th {
    font-weight: 600;
  }
  thead th {
    font-size: 0.9em;
    vertical-align: bottom;
    min-width: 7rem;
  }
  th[scope=row],
  .corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_bg);
  }
  th[scope=row] {
    width: var(--_row-header-width);
    min-width: var(--_row-header-width);
    max-width: var(--_row-header-width);
    vertical-align: middle;
    border-inline-start: 4px solid var(--_party, transparent);
    padding-inline-start: 0.5rem;
  }
  .highlighted > th,
  .highlighted > td,
  li.highlighted {
    background: var(--_surface);
  }
  .highlighted > th,
  li.highlighted .party {
    font-weight: 800;
  }
  .marker {
    display: inline-block;
    margin-inline-end: 0.25em;
    color: var(--_accent);
  }
  .cell {
    display: flex;
    align-items: center;
    gap: 0.4em;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.3rem 0.5rem;
    border-color: transparent;
    border-radius: var(--_radius-s);
    background: none;
    text-align: start;
  }
  .cell:hover {
    background: var(--_surface);
    border-color: var(--_border);
  }
  .cell[aria-expanded=true] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .cell.stance-not-stated {
    border-style: dashed;
    border-color: var(--_border);
  }
  .cell:focus-visible {
    outline-offset: -2px;
    outline-width: 3px;
  }
  .cell-summary {
    display: none;
    margin: 0.25rem 0 0;
  }
  .cell-summary,
  .attribution {
    font-size: 0.85em;
  }
  :host([show-summary]) .cell-summary {
    display: block;
  }

  /* List layout (lists are reset in the shared styles) */
  .issue {
    margin-block-end: var(--_space);
  }
  h3 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  .question {
    margin: 0 0 0.5rem;
    font-size: 0.9em;
  }
  .list li {
    border-block-end: 1px solid var(--_border);
    padding: 0.15rem 0;
  }
  .list .cell {
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .list .party {
    border-inline-start: 4px solid var(--_party, transparent);
    padding-inline-start: 0.4rem;
  }
  .list .stance {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }

  /* Detail panel */
  .panel {
    margin-block: var(--_space-m);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
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
    font-size: 0.9em;
    margin-block-start: 0.75rem;
  }
  .panel-stance {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .close {
    flex: none;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    border-radius: var(--_radius-s);
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

  /* Legend, summary, footer */
  .legend {
    margin-block-start: var(--_space);
    font-size: 0.875em;
  }
  .legend ul {
    display: grid;
    gap: 0.25rem 1rem;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
  }
  /* Icon and label stay together; the explanation wraps beside them. */
  .legend .stance-mark {
    flex: none;
  }
  @container (min-width: 560px) {
    .legend ul {
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block-start: var(--_space-m);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
    font-size: 0.8em;
  }
  @container (max-width: 360px) {
    .base {
      padding: var(--_space-s);
    }
  }

  @media (forced-colors: active) {
    .cell,
    .close {
      border-color: ButtonText;
    }
    .cell[aria-expanded=true] {
      border-color: Highlight;
    }
    .highlighted > th,
    li.highlighted .party {
      text-decoration: underline;
    }
  }

  .print-notes {
    display: none;
  }
  @media print {
    .print-notes {
      display: block;
    }
    .print-note {
      break-inside: avoid;
    }
    .print-note h4 {
      margin: 0.75em 0 0.25em;
    }
    .panel,
    .close,
    .marker {
      display: none;
    }
    .base {
      border: 0;
      padding: 0;
    }
    .scroller {
      overflow: visible;
    }
    th[scope=row],
    .corner {
      position: static;
    }
    .cell {
      border: 0;
      min-height: 0;
      padding: 0;
    }
    .cell-summary {
      display: block;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
