import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Stance } from '../data/story.js';
import type { Strings } from '../shared/i18n.js';

/**
 * One shape per stance, so the meaning never rests on colour: a filled disc with a tick, a square
 * with a cross, a half-filled diamond, a circle with a question mark, a dashed ring; drawn in
 * `currentColor`. Rendered once per widget as symbols: each mark references its shape with `<use>`,
 * one template per mark instead of two (a cell's render cost is mostly template instances).
 */
export const stanceSymbols: TemplateResult = html`<svg class="stance-symbols" aria-hidden="true" focusable="false"><defs><symbol id="nw-stance-supports" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M4.5 8.2l2.4 2.4 4.6-5" fill="none" stroke="var(--_icon-knockout)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" /></symbol><symbol id="nw-stance-opposes" viewBox="0 0 16 16"><rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="currentColor" /><path d="M5 5l6 6M11 5l-6 6" stroke="var(--_icon-knockout)" stroke-width="1.8" stroke-linecap="round" /></symbol><symbol id="nw-stance-conditional" viewBox="0 0 16 16"><path d="M8 1l7 7-7 7-7-7z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" /><path d="M8 1l-7 7 7 7z" fill="currentColor" /></symbol><symbol id="nw-stance-unclear" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.8" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.7-.8 1.3v.4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /><circle cx="8" cy="11.8" r="0.9" fill="currentColor" /></symbol><symbol id="nw-stance-not-stated" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.8" fill="none" stroke="currentColor" stroke-width="1.3" stroke-dasharray="2.2 2" /><path d="M5.5 8h5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></symbol></defs></svg>`;

/** The stance's icon (hidden from assistive technology) and its text label from `strings`. */
export function stanceMark(stance: Stance, strings: Strings): TemplateResult {
  return html`<span class="stance-${stance} stance-mark"
    ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><use href="#nw-stance-${stance}"></use></svg>
    <span class="label">${strings[stance]}</span></span
  >`;
}
