// What the single-file CDN bundles hand their live code (dist/cdn/live/negotiation-widgets-live.js)
// when it loads: the bundle's own Lit, data layer and clock, so the file carries no second copy. The
// live code's build resolves every import outside the live modules to this module (rollup.config.mjs,
// liveCodeFile) and fails when the code needs a name that is not here.
export { css, html, nothing } from 'lit';
export { clock, refreshIntervalMs } from '../data/live-clock.js';
export { comparePartialDates, parsePartialDate } from '../data/dates.js';
export { storyError } from '../data/errors.js';
export { DEFAULT_TIMEOUT_MS, requestStory } from '../data/loader.js';
export { dispatchWidgetEvent, reportError } from './events.js';
export { formatPartialDate } from './format.js';
export { addEnglish, format } from './i18n.js';
