// The events every widget fires (their details, and the one place they are dispatched): here, apart
// from the element, so the live code (live-controller.ts) uses them without importing the element.
import type { DiffIds } from '../data/diff.js';
import type { StoryError } from '../data/errors.js';

/** `detail` of the `nw-error` event. */
export interface NwErrorDetail {
  /** The story involved, when known. */
  storyId: string | null;
  code: StoryError['code'];
  message: string;
  /** True when a refresh failed and the widget still shows the last good story. */
  stale?: boolean;
}

/** `detail` of the `nw-update` event: ids of what a refresh added, changed and removed (a position's id is `party/issue`). */
export interface NwUpdateDetail {
  storyId: string;
  added: DiffIds;
  changed: DiffIds;
  removed: DiffIds;
}

/** Events bubble and are composed, so a publisher's analytics can listen on `document`. */
export function dispatchWidgetEvent(el: HTMLElement, name: string, detail: object): void {
  el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

/**
 * The one way a widget reports a failure: an `nw-error` event and, unless `warn` is false (a
 * warning already given for it), one console warning naming the element. The visible error is
 * the element's to render.
 */
export function reportError(el: HTMLElement, detail: NwErrorDetail, warn = true): void {
  if (warn) console.warn(`<${el.localName}>: ${detail.message}`);
  dispatchWidgetEvent(el, 'nw-error', detail);
}
