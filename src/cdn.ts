/**
 * Entry of the single-file CDN bundles (`dist/cdn/negotiation-widgets.js` and `.iife.js`): as
 * src/index.ts, except that the built-in stories are not inside. A widget that shows one fetches
 * it (`stories/<id>.json` beside the script, checked against a hash in the script), so the
 * synchronous `getBuiltInStory` and `builtInStoryIds` are only in the npm package's data.js.
 */
import './quote-card.js';
import './position-matrix.js';
import './negotiation-status.js';

export * from './elements.js';
export type * from './data/story.js';
export { STANCES, PARTY_KINDS, EVENT_STATUSES } from './data/story.js';
// The lean check (the verdict and the first problem): every problem with hints is the npm package's
// data.js and the CLI, which a reader's browser never needs.
export { validateStoryLean as validateStory, formatValidationErrors, isHttpUrl, LIMITS } from './data/validate.js';
export { parsePartialDate, comparePartialDates, daysBetween } from './data/dates.js';
export type { ParsedDate, DatePrecision } from './data/dates.js';
export { DEFAULT_STORY_ID } from './data/stories/default-id.js';
export type { StoryError, StoryErrorCode } from './data/errors.js';
