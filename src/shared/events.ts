// The details of the events every widget fires: here, apart from the element, so the live code
// (live-controller.ts) names them without importing the element that loads it.
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
